"""From the entities and relations found in one document to its :class:`KnowledgeGraph`.

The builder keeps one typed record per node and per edge while the document is read
(:class:`NodeRecord`, :class:`EdgeRecord`: evidence spans, aliases, the rules that found them,
the score of each supporting sentence), folds generic initiative names into the named ones
(:mod:`.resolve`) and hands over fresh models without copies.
"""

from __future__ import annotations

import re

from ...graph.knowledge_graph import KnowledgeGraph
from ...graph.models import (
    MAX_NODE_EVIDENCE_PER_DOCUMENT,
    Document,
    Edge,
    Evidence,
    Node,
    node_id,
    normalize_name,
)
from .confidence import edge_confidence, evidence_score, independent_of_rules, span_kind
from .cue_aliases import without_cue_aliases
from .mentions.mention_types import Amount, Ent
from .name_leads import strip_name_lead
from .quotes import paired_quotes, unquoted
from .records import EdgeRecord, NodeRecord, Span
from .resolve import merge_chunk_twins, merge_generic_initiatives, merge_short_organisations
from .rules.common import Found
from .section_labels import drop_section_labels

__all__ = ["GraphBuilder"]

_DIGIT = re.compile(r"[0-9０-９]")


class GraphBuilder:
    """Collects the nodes and edges of one document."""

    def __init__(self, doc: Document, sim: str, count_tail: re.Pattern[str] | None = None,
                 home_prefix: re.Pattern[str] | None = None,
                 self_words: tuple[str, ...] = (), pronouns: tuple[str, ...] = (),
                 measure_lead: re.Pattern[str] | None = None,
                 name_leads: tuple[str, ...] = (),
                 section_labels: tuple[frozenset[str], re.Pattern[str] | None, str] = (
                     frozenset(), None, ""),
                 process_tail: re.Pattern[str] | None = None,
                 bare_sources: frozenset[str] = frozenset(),
                 relation_cues: dict[str, tuple[str, ...]] | None = None) -> None:
        self.doc = doc
        # (X包括A: the cue word of an edge's relation opens no alias of its ends)
        self.relation_cues = relation_cues or {}
        self._any_cue = tuple(sorted({w for ws in self.relation_cues.values() for w in ws},
                                     key=len, reverse=True))
        # (以正在开展的X为契机; 作出指示，指导推动X: an adverb or a bare verb drives nothing)
        self.bare_sources = bare_sources
        self.section_labels = section_labels  # (二、重点任务: a heading names no thing)
        # (实施甲行动, 两家乙支行: a verb or a count opens no name)
        self.name_leads = tuple(sorted(name_leads, key=len, reverse=True))
        self.process_tail = process_tail  # (推进X工程建设: the programme is X工程)
        self.pronouns = frozenset(pronouns)
        # (公司降本增效: a concept of the document's own body is named without it)
        self.self_words = tuple(sorted(self_words, key=len, reverse=True))
        self.sim = sim
        self.count_tail = count_tail  # (开通X线路4条: the count is no part of a name)
        self.measure_lead = measure_lead  # (规模3亿元的X基金: nor is the size before it)
        self.home_prefix = home_prefix  # (海州省 + 农业农村厅: the short form is the body)
        self.nodes: dict[str, NodeRecord] = {}
        self._at: dict[tuple[int, int, str], str] = {}  # (start, end, name) → node id
        self._spans: dict[tuple[int, int], set[str]] = {}  # (start, end) → node ids
        self.edges: dict[tuple[str, str, str], EdgeRecord] = {}
        # one string per sentence, however many nodes and edges it supports (less memory, and
        # a graph sent from a worker process carries each sentence once); one evidence record
        # per sentence and rule, shared by the nodes it supports (records are never changed)
        self._sentences: dict[Span, str] = {}
        self._evidences: dict[tuple[int, int, str], Evidence] = {}

    def _evidence(self, s: int, e: int, rule: str) -> Evidence:
        ev = self._evidences.get((s, e, rule))
        if ev is None:
            sentence = self._sentences.get((s, e))
            if sentence is None:
                sentence = self._sentences[(s, e)] = self.doc.text[s:e]
            ev = self._evidences[(s, e, rule)] = Evidence(
                document=self.doc.id, sentence=sentence, start=s, end=e, rule=rule)
        return ev

    def node(self, ent: Ent, sent: Span, rule: str | None = None) -> str:
        if unquoted(ent.name) != ent.name:  # (“甲乙行动”: the name without its quote marks)
            ent = Ent(unquoted(ent.name), ent.type, ent.start, ent.end, ent.rule, ent.aliases)
        ent = strip_name_lead(ent, self.name_leads)
        if ent.type in ("Initiative", "Concept", "Factor") and self.count_tail is not None \
                and ent.rule != "lexicon":
            m = self.count_tail.search(ent.name)
            if m is not None and m.start() >= 3:
                ent = Ent(ent.name[:m.start()], ent.type, ent.start, ent.end, ent.rule,
                          (*ent.aliases, ent.name))
        if ent.type == "Initiative" and self.measure_lead is not None:
            m = self.measure_lead.match(ent.name)
            if m is not None and len(ent.name) - m.end() >= 4:
                ent = Ent(ent.name[m.end():], ent.type, ent.start + m.end(), ent.end, ent.rule,
                          (*ent.aliases, ent.name))
        if ent.type == "Initiative" and self.process_tail is not None:
            m = self.process_tail.search(ent.name)
            cut = -1 if m is None else m.start("tail") if m.group("tail") else m.start("facility")
            if m is not None and not m.group("tail") and \
                    len(ent.name[:m.start()]) < 5 and not _DIGIT.search(ent.name):
                cut = -1  # (智慧园区建设: no facility of a name of its own)
            if cut >= 4:
                ent = Ent(ent.name[:cut], ent.type, ent.start, ent.end, ent.rule,
                          (*ent.aliases, ent.name))
        if ent.type == "Concept" and ent.name.startswith(self.self_words):
            w = next(w for w in self.self_words if ent.name.startswith(w))
            if len(ent.name) - len(w) >= 4:
                ent = Ent(ent.name[len(w):], ent.type, ent.start + len(w), ent.end, ent.rule,
                          (*ent.aliases, ent.name))
        nid = node_id(ent.type, ent.name)
        rec = self.nodes.get(nid)
        if rec is None:
            rec = self.nodes[nid] = NodeRecord(ent.name, ent.type)
        rec.rules.add(ent.rule)
        rec.spans.add((ent.start, ent.end))
        self._at[(ent.start, ent.end, ent.name)] = nid
        self._spans.setdefault((ent.start, ent.end), set()).add(nid)
        surface = "" if ent.rule == "anaphor" else self.sim[ent.start:ent.end].strip("“”\"")
        self._add_aliases(rec, (surface, *ent.aliases))
        k = (sent[0], sent[1], rule or ent.rule)
        if k not in rec.evidence and len(rec.evidence) < MAX_NODE_EVIDENCE_PER_DOCUMENT:
            rec.evidence[k] = None
        return nid

    def more_aliases(self, ent: Ent) -> None:
        """The aliases of ``ent`` for the node already made of the same span and name (a second
        reading of it, refused as an edge: 带动A提质增效 read as A by an earlier rule), but
        none that opens with a relation's cue word right before it (包括A: the refused edge's
        cue, whichever relation it was)."""
        nid = self._at.get((ent.start, ent.end, ent.name))
        if nid is None:
            return
        ent = without_cue_aliases(ent, self.sim, self._any_cue)
        self._add_aliases(self.nodes[nid], ent.aliases)

    def _add_aliases(self, rec: NodeRecord, names: tuple[str, ...]) -> None:
        """Each of ``names`` that is no other spelling of the node's name, no longer than 30
        characters and no pronoun (我们, 本行, 该公司: a pronoun is no name of the body)."""
        key = None
        for a in (unquoted(paired_quotes(n)) for n in names):
            if not a or a == rec.name or a in rec.aliases:
                continue  # (the name itself, or an alias it has: most mentions, nothing to add)
            if key is None:
                key = normalize_name(rec.name)
            if normalize_name(a) != key and len(a) <= 30 and a not in self.pronouns:
                rec.aliases.add(a)

    def longer_alias(self, s: int, e: int, name: str) -> None:
        """``name`` (a longer reading from ``s``) is an alias of every node made of ``s``-``e``."""
        for nid in self._spans.get((s, e), ()):
            rec = self.nodes[nid]
            if name.startswith(rec.name):  # (only the node whose name the longer one goes on
                self._add_aliases(rec, (name,))  # from)

    def edge(self, f: Found, sent: Span) -> None:
        if f.type == "DRIVES" and f.source.name in self.bare_sources:
            return
        cues = self.relation_cues.get(f.type, ())
        src = self.node(without_cue_aliases(f.source, self.sim, cues), sent)
        dst = self.node(without_cue_aliases(f.target, self.sim, cues), sent)
        if src == dst:
            return
        rec = self.edges.setdefault((src, f.type, dst), EdgeRecord())
        rec.evidence[(sent[0], sent[1], f.rule)] = None
        score = evidence_score(f.rule, span_kind(f.source.rule), span_kind(f.target.rule))
        if rec.scores is None:
            rec.scores = {}
        other = independent_of_rules(f.rule)  # (the LLM: a second reading of the sentence)
        key = (sent[0], sent[1], other) if other else sent
        rec.scores[key] = max(rec.scores.get(key, 0.0), score)
        for s, e in f.extra_evidence:
            rec.evidence[(s, e, f.rule)] = None

    def amount(self, a: Amount, sent: Span, subject: Ent | None) -> None:
        name = f"{a.label} {a.raw}".strip() if a.label else a.raw
        # the same words and figure in two documents are two facts: the id is per document
        nid = node_id("Metric", f"{self.doc.id}:{name}")
        rec = self.nodes.setdefault(nid, NodeRecord(name, "Metric"))
        rec.attributes.update({"value": a.value, "unit": a.unit, "text": a.raw})
        if a.label:
            rec.attributes["label"] = a.label
        rec.evidence[(sent[0], sent[1], "amount")] = None
        rec.spans.add(sent)
        if subject is not None:
            sid = self.node(subject, sent)
            rec2 = self.edges.setdefault((nid, "MEASURES", sid), EdgeRecord())
            rec2.evidence[(sent[0], sent[1], "amount")] = None

    def graph(self) -> KnowledgeGraph:
        """The graph; models are fresh objects, handed over without copies."""
        merge_generic_initiatives(self.nodes, self.edges)
        merge_chunk_twins(self.nodes, self.edges)
        drop_section_labels(self.nodes, self.edges, *self.section_labels)
        if self.home_prefix is not None:
            merge_short_organisations(self.nodes, self.edges, self.home_prefix)
        kg = KnowledgeGraph()
        # evidence in the order of its key (document, start, end, rule): one document here, so
        # the order of the (start, end, rule) records, sorted before the models are made
        for nid in sorted(self.nodes):
            rec = self.nodes[nid]
            ev = [self._evidence(s, e, r) for (s, e, r) in sorted(rec.evidence)]
            aliases = sorted(rec.aliases)
            kg.add_node(Node(id=nid, name=rec.name, type=rec.type, aliases=aliases,
                             attributes=rec.attributes, evidence=ev,
                             counts={self.doc.id: max(1, len(rec.spans))},
                             alias_docs={a: [self.doc.id] for a in aliases}), copy=False)
        for (src, typ, dst) in sorted(self.edges):
            erec = self.edges[(src, typ, dst)]
            ev = [self._evidence(s, e, r) for (s, e, r) in sorted(erec.evidence)]
            conf = edge_confidence(erec.scores.values()) if erec.scores is not None else 1.0
            kg.add_edge(Edge(source=src, target=dst, type=typ, evidence=ev, confidence=conf),
                        copy=False)
        return kg
