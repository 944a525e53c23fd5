"""Entity resolution across documents: one node per real-world body.

Each organisation name gets a *key*: the name with what does not make another body taken away
(the shipped lexicon's and this package's well-known equivalents, a session number, a legal
form, the country a company is registered in, a country's short form). Nodes whose keys agree are
merged automatically, each merge recorded with its reasons. What keeps bodies apart is kept: a
foreign country before a government body (a foreign ministry is not the domestic one), so such
mentions are even split out of the bare name the extractor filed them under. Weaker evidence
(an abbreviation, a descriptive or place prefix) only makes a *suggestion*, for a person to
accept with ``conceptkg curate merge``.
"""

from __future__ import annotations

import functools
import re
import shlex
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import yaml

from ..graph.knowledge_graph import KnowledgeGraph
from ..graph.models import Node, normalize_name
from ..loaders.zh import shipped
from .auto_merge import auto_merge, documents_naming
from .ops import Changes, evidence_complete, split_alias

__all__ = ["Rules", "Suggestion", "auto_resolve", "foreign_splits", "name_key", "rules",
           "suggest"]

RESOLVED_TYPES = ("Organization",)
#: a name that starts with an administrative level names a body relative to some place
RELATIVE = tuple(shipped().chars("admin_level_chars"))


@dataclass(frozen=True)
class Rules:
    foreign: tuple[str, ...]
    foreign_short: dict[str, str]
    government: tuple[str, ...]
    company: tuple[str, ...]
    legal: tuple[str, ...]
    session: re.Pattern[str]
    equivalent: dict[str, str]  # name → canonical name of its group
    generic: frozenset[str]
    countries: tuple[str, ...]  # foreign names and short forms, longest first
    national: tuple[str, ...]  # "国家…公司" after a country is that country's own company

    def country(self, name: str) -> tuple[str, str]:
        """(country, rest) when ``name`` starts with a foreign country (or its short form)."""
        for c in self.countries:
            if name.startswith(c) and len(name) > len(c) + 1:
                return self.foreign_short.get(c, c), name[len(c):]
        return "", name

    def is_government(self, name: str) -> bool:
        return name.endswith(self.government)

    def distinctive_company(self, name: str) -> bool:
        """``name`` is a company or foundation with a name of its own (not "国家铁路公司")."""
        suffix = next((c for c in self.company if name.endswith(c)), "")
        head = name[: -len(suffix)] if suffix else ""
        return len(head) >= 2 and head not in self.generic and self.core(head) not in \
            self.generic and not name.startswith(self.national)

    def core(self, name: str) -> str:
        """``name`` without its legal form (when something distinctive of two characters or
        more is left)."""
        for suffix in self.legal:
            rest = name[: -len(suffix)]
            if name.endswith(suffix) and len(rest) >= 2 and rest not in self.generic:
                return rest
        return name


@functools.cache
def rules() -> Rules:
    data: dict[str, Any] = yaml.safe_load(
        resources.files("conceptkg.curation").joinpath("data/resolution.yaml")
        .read_text(encoding="utf-8"))
    eq: dict[str, str] = {}
    for group in data["equivalent"]:
        for n in group:
            eq[n] = group[0]
    countries = tuple(sorted((*data["foreign"], *data["foreign_short"]), key=len, reverse=True))
    return Rules(tuple(data["foreign"]), dict(data["foreign_short"]),
                 tuple(data["government"]), tuple(data["company"]),
                 tuple(sorted(data["legal"], key=len, reverse=True)),
                 re.compile(data["session"]), eq, frozenset(data["generic"]), countries,
                 tuple(data["national"]))


def _lexicon_canonical(name: str) -> str:
    from ..loaders.lexicon import get_lexicon

    # (the shipped lexicon under the key the extraction loads it with: get_lexicon() would be
    # another cache entry, and a second load of the lexicon at the end of every build)
    term = get_lexicon(()).lookup(name)
    return term.name if term is not None and term.type == "Organization" else name


def name_key(name: str, r: Rules | None = None) -> tuple[str, list[str]]:
    """The key under which ``name`` is resolved, and the reasons (what was taken away)."""
    r = r or rules()
    why: list[str] = []
    key = name
    if key.endswith("人民政府") and len(key) > 4:
        key = key[:-4] + "政府"
        why.append("人民政府 is 政府")
    stripped = r.session.sub("", key)
    if stripped != key and len(stripped) >= 2:
        key = stripped
        why.append("session number")
    for canonical in (r.equivalent.get, _lexicon_canonical):
        canon = canonical(key) or key
        if canon != key:
            key = canon
            why.append("well-known short/full form (lexicon)")
    country, rest = r.country(key)
    if country:
        if not r.is_government(rest) and r.distinctive_company(rest):
            key = rest
            why.append(f"country of registration ({country})")
        elif country + rest != key:
            key = country + rest
            why.append(f"short form of {country}")
    core = r.core(key)
    if core != key:
        key = core
        why.append("legal form")
    return normalize_name(key), why


@dataclass
class Suggestion:
    """Two nodes that may be one: ``name`` merged into ``into`` (automatic or suggested)."""

    name: str
    into: str
    type: str
    reason: str
    auto: bool
    evidence: list[str] = field(default_factory=list)
    mentions: tuple[int, int] = (0, 0)

    @property
    def command(self) -> str:
        # (quoted for a shell where needed: it is shown to be pasted)
        return f"conceptkg curate merge {_shell(self.name)} {_shell(self.into)} " \
            f"--type {self.type}"


def _shell(word: str) -> str:
    """``word`` as a shell reads it back: quoted when it holds a space or a character the
    shell treats specially (Chinese names stay as they are)."""
    return shlex.quote(word) if _SPECIAL.search(word) else word


_SPECIAL = re.compile(r"[\s'\"\\`$&|;<>()*?\[\]{}!#~=%^]")


def _survivor(nodes: list[Node]) -> Node:
    return sorted(nodes, key=lambda n: (-n.mentions, len(n.name), n.id))[0]


def _qualifier(sentence: str, name: str, r: Rules) -> str:
    """The one country that stands before every mention of ``name`` in ``sentence``, or ""."""
    starts = [m.start() for m in re.finditer(re.escape(name), sentence)]
    before = {next((c for c in r.countries if sentence.endswith(c, 0, i)), "")
              if sentence.endswith(r.countries, 0, i) else "" for i in starts}
    return before.pop() if len(before) == 1 else ""


def _foreign_mentions(node: Node, r: Rules) -> dict[str, str]:
    """Foreign bodies filed under the domestic name ``node``: country + name → country, for
    each country that stands before every mention of the name in one of its sentences."""
    found: dict[str, str] = {}
    if not r.is_government(node.name) or r.country(node.name)[0]:
        return found
    for e in node.evidence:
        c = _qualifier(e.sentence, node.name, r)
        if c:
            found.setdefault(c + node.name, c)
    return found


def auto_resolve(kg: KnowledgeGraph, ch: Changes, blocked: set[tuple[str, str]],
                 naming: Callable[[str], int] | None = None) -> list[Suggestion]:
    """Apply the automatic merges and foreign splits to ``kg``; returns what was done.
    ``naming`` (how many stored documents contain a name; by default the documents of ``kg``)
    chooses the name a merged body keeps (see :mod:`.auto_merge`). (The spelling a node keeps
    among names that differ only in case, width or quotes is chosen before, with or without
    resolution: :func:`.respell.respell`.)"""
    naming = naming or documents_naming(kg)
    r = rules()
    done = foreign_splits(kg, ch, blocked)
    for m in auto_merge(kg, ch, blocked, RESOLVED_TYPES, lambda x: name_key(x, r), naming):
        done.append(Suggestion(m.name, m.into, m.type, m.reason, True,
                               [*m.evidence, *m.into_evidence], (m.mentions, m.into_mentions)))
    return done


def foreign_splits(kg: KnowledgeGraph, ch: Changes, blocked: set[tuple[str, str]]
                   ) -> list[Suggestion]:
    """Split the mentions of foreign bodies out of the domestic body they were filed under.
    A build does it to each document's graph before the graph is stored (see
    :func:`.apply.document_resolver`): before evidence lists are capped in the store, so that
    what a body keeps does not depend on the order its documents were built in."""
    r = rules()
    done: list[Suggestion] = []
    for node in [n for n in kg.nodes() if n.type in RESOLVED_TYPES]:
        complete = evidence_complete(node)  # (before a split shortens a capped list)
        for full, country in sorted(_foreign_mentions(node, r).items()):
            if (normalize_name(full), normalize_name(node.name)) in blocked:
                continue
            note = {"op": "auto-split", "from": full, "into": node.name,
                    "what": f"{full} is not {node.name}",
                    "note": f"foreign qualifier ({country})"}
            node.aliases = sorted({*node.aliases, full})
            split_alias(kg, node, full, ch, note,
                        belongs=lambda s, n=node.name, c=country: _qualifier(s, n, r) == c,
                        complete=complete)
            done.append(Suggestion(full, node.name, node.type,
                                   f"kept apart: foreign qualifier ({country})", True))
    return done


def _sentences(a: Node, b: Node) -> list[str]:
    return [x.evidence[0].sentence for x in (a, b) if x.evidence]


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def suggest(kg: KnowledgeGraph, blocked: set[tuple[str, str]]) -> list[Suggestion]:
    """Candidate merges that are not made automatically, with the reason and evidence."""
    r = rules()
    out: list[Suggestion] = []
    for t in RESOLVED_TYPES:
        nodes = [n for n in kg.nodes() if n.type == t]
        tails: dict[str, int] = {}  # how many longer names end with a name
        for a in nodes:
            for b in nodes:
                if len(a.name) < len(b.name) and b.name.endswith(a.name):
                    tails[a.name] = tails.get(a.name, 0) + 1
        for a in nodes:
            if tails.get(a.name, 0) > 1 or a.name.startswith(RELATIVE):
                continue  # a class of bodies ("…协商会"), or relative to a place ("市…")
            for b in nodes:
                if a is b or len(a.name) >= len(b.name):
                    continue
                why = _why(a.name, b.name, r)
                if not why:
                    continue
                big = _survivor([a, b])
                small = b if big is a else a
                if (normalize_name(small.name), normalize_name(big.name)) in blocked:
                    continue
                out.append(Suggestion(small.name, big.name, t, why, False,
                                      _sentences(small, big), (small.mentions, big.mentions)))
    return out


def _one_block_removed(short: str, long: str) -> bool:
    """``short`` is ``long`` with one run of characters taken out ("北京科技大学" → "北京大学"):
    most often another body of the same kind, not an abbreviation."""
    n = len(short)
    i = next((k for k in range(n) if short[k] != long[k]), n)
    return long.endswith(short[i:]) and long.startswith(short[:i])


def _places() -> tuple[str, ...]:
    from ..loaders.lexicon import get_lexicon

    return tuple(get_lexicon(()).list("places"))  # (one cache entry: see _lexicon_canonical)


def _why(short: str, long: str, r: Rules) -> str:
    """Why ``short`` may name the same body as ``long`` (empty: no reason)."""
    if len(short) < 3:
        return ""
    if long.endswith(short):
        prefix = long[: -len(short)]
        country = r.foreign_short.get(prefix, prefix)
        if country in r.foreign and r.is_government(short):
            return ""  # a foreign government body is never the domestic one
        if prefix == "中国":
            return "the same name with 中国 before it"
        if country in r.foreign:
            return f"prefix {prefix}: country of registration"
        if prefix.endswith(("省", "市", "县", "区", "州")) or prefix in _places():
            return f"prefix {prefix}: a place-qualified branch, kept apart unless the text " \
                "equates them"
        return f"descriptive prefix {prefix}"
    if len(short) >= 4 and short[0] == long[0] and short[-1] == long[-1] \
            and _subsequence(short, long) and len(short) * 2 >= len(long) \
            and not _one_block_removed(short, long):
        return "abbreviation (the characters of the long name, in order)"
    return ""
