"""Rule-and-lexicon extraction of typed entities and relations from one document.

Steps (all deterministic, offline):

1. the normalized text is converted to simplified characters for matching (same length, so
   every offset is shared; evidence keeps the original text);
2. :mod:`mentions` finds lexicon terms, organisations (suffix and place+core rules, with the
   short forms a document uses), quoted and numbered names, and amounts;
3. :mod:`enumerations` reads side-bars and glossary boxes across sentences;
4. sentence by sentence, :mod:`relations` applies the cue-word rules for DRIVES, INCLUDES and
   IMPLEMENTS, carrying the organisation a paragraph is about into sentences without subject;
5. entities are merged by canonical name (aliases kept) into a :class:`KnowledgeGraph` in
   which every node and edge carries :class:`Evidence` with the rule that produced it.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from ...graph.knowledge_graph import KnowledgeGraph
from ...graph.models import Document
from ..lexicon import Lexicon, get_lexicon, load_lexicon
from ..reading.normalize import to_simplified
from ..reading.sentences import Sentence, split_sentences
from .amount_subject import amount_subject
from .arguments.finder import ArgumentFinder
from .arguments.phrases import Ent, Phrases
from .builder import GraphBuilder
from .cue_aliases import relation_cues
from .discourse.context import DocState, SentenceContext
from .drive_ends import DriveEnds
from .implements.offered_kinds import OfferedKinds
from .implements.parties import agreement_parties, both_parties, signing_parties
from .implements.postposed_leads import PostposedLeads
from .includes.activity_programmes import ActivityProgrammes
from .includes.field_kinds import FieldKinds
from .includes.generic_kind_heads import GenericKindHeads
from .includes.list_checks import ListChecks
from .includes.list_item_nodes import list_item_nodes
from .includes.outside import OutsideHeads
from .includes.record_lists import RecordLists
from .includes.repeated_kinds import drop_repeated_kinds
from .includes.subsidiaries import Subsidiaries
from .includes.unit_owners import UnitOwners
from .layout.enumerations import document_rules
from .layout.heading_issuer import section_programmes
from .layout.headings import document_title, programme_headings
from .layout.plan_summaries import PlanSummaries
from .layout.responsibility import ResponsibleUnits
from .lists.list_items import count_of
from .mentions.find import find_mentions
from .negation import Negation
from .plans.blocks import office_place, plan_issuers
from .registry import RelationComponent, relation_components
from .relations import Found, SentenceRules, clauses

if TYPE_CHECKING:
    from .llm.config import LLMConfig

__all__ = ["extract_document", "get_lexicon", "load_lexicon", "Lexicon"]

log = logging.getLogger(__name__)




def _superseded(f: Found, generic: list[Found], kinds: tuple[str, ...] = ()) -> bool:
    """An IMPLEMENTS edge whose actor is a strict part of a longer organisation name that
    another rule found for the same target (国务院 inside 国务院办公厅; not a member of a
    group that acts too: 甲部等8部门); an INCLUDES edge whose head only qualifies the kind of
    thing (``kinds``: 设施, 产品) that ends a longer head another rule read for the same item
    (A、B等新技术设施: not 新技术)."""
    for g in generic:
        if g.type == f.type == "INCLUDES" and g.source.start == f.source.start \
                and g.source.end > f.source.end and g.source.name.endswith(kinds) \
                and g.target.start == f.target.start and g.target.end == f.target.end:
            return True
        if g.type == f.type == "IMPLEMENTS" and g.source.start <= f.source.start \
                and "等" not in g.source.name \
                and f.source.end <= g.source.end \
                and (g.source.end - g.source.start) > (f.source.end - f.source.start) \
                and g.target.start < f.target.end and f.target.start < g.target.end:
            return True
    return False


def _process_tail(lexicon: Lexicon) -> re.Pattern[str] | None:
    """A programme head closed by a noun of carrying it out (``…工程建设``), or a facility head
    closed by a noun of building it (``…产业园建设``: group ``facility``), see the builder."""
    heads, tails = lexicon.alternation("programme_process_heads"), \
        lexicon.alternation("programme_process_tails")
    fheads, ftails = lexicon.alternation("facility_process_heads"), \
        lexicon.alternation("facility_process_tails")
    if not heads or not tails:
        return None
    facility = f"|(?:{fheads})(?P<facility>{ftails})" if fheads and ftails else ""
    return lexicon.derived("process_tail", "programme_process_tails", lambda: re.compile(
        f"(?:(?:{heads})(?P<tail>{tails}){facility})$"))


def _outside_list(f: Found, outside: OutsideHeads) -> bool:
    """An INCLUDES edge whose head names people, concrete things or places (候鸟, 展馆:
    ``outside_heads``), whichever rule read it: its items are no parts of a node of the schema."""
    return f.type == "INCLUDES" and outside.of(f.source.name) is not None


def _prepare(components: list[RelationComponent], sim: str, sents: list[Sentence],
             args: ArgumentFinder) -> None:
    """Components with a ``prepare`` hook (a batching extractor) learn the sentences with a
    cue first."""
    hooks = [comp.prepare for comp in components if hasattr(comp, "prepare")]
    if hooks:
        cued = [(st.start, st.end) for st in sents if args.has_cue(st.start, st.end)]
        for hook in hooks:
            hook(sim, cued)


def extract_document(doc: Document, lexicon: Lexicon, llm: LLMConfig | None = None
                     ) -> KnowledgeGraph:
    """The knowledge graph of one document (a pure function of the document and lexicon; with
    ``llm``, of the model's cached answers too)."""
    text = doc.text
    sim = to_simplified(text)
    if len(sim) != len(text):  # pragma: no cover - to_simplified is length preserving
        sim = text
    sents = split_sentences(text)
    dm = find_mentions(sim, lexicon)
    ph = Phrases(sim, lexicon, dm)
    rules = SentenceRules(sim, lexicon, dm, ph)
    b = GraphBuilder(doc, sim, lexicon.regex("count_tail"), lexicon.regex("home_prefix"),
                     tuple(lexicon.list("org_self_mentions") + lexicon.list("pronouns")),
                     tuple(lexicon.list("pronouns")), lexicon.regex("measure_lead"),
                     tuple(lexicon.list("node_name_leads")),
                     (frozenset(lexicon.list("section_labels")),
                      lexicon.regex("section_label_time"),
                      "".join(lexicon.list("label_colon_chars"))),
                     _process_tail(lexicon), frozenset(lexicon.list("drive_bare_sources")),
                     relation_cues(lexicon))
    doc_found, consumed = document_rules(sents, sim, lexicon, dm, ph)
    args = ArgumentFinder(sim, lexicon, dm)
    outside = OutsideHeads(lexicon)
    negation = Negation(lexicon)
    drive_ends = DriveEnds(lexicon)
    postposed = PostposedLeads(lexicon)
    vague_tails = (*lexicon.cues("INCLUDES", "vague_tails"), *lexicon.list("about_list_tails"))
    fields = lexicon.words("field_heads")
    field_kinds = FieldKinds(lexicon)
    records = RecordLists(lexicon)
    offered = OfferedKinds(lexicon)
    unit_owners = UnitOwners(lexicon)
    generic_kinds = GenericKindHeads(lexicon)
    programmes = ActivityProgrammes(lexicon)
    plan_summaries = PlanSummaries(lexicon)
    list_checks = ListChecks(lexicon)
    kinds = (*lexicon.words("thing_heads"), *lexicon.words("factor_heads"),
             *lexicon.cues("INCLUDES", "head_nouns"))
    for f, k in doc_found + ResponsibleUnits(lexicon)(sents, sim, args):
        if not _outside_list(f, outside):
            b.edge(f, (sents[k].start, sents[k].end))
    amounts = iter(dm.amounts)
    pending = next(amounts, None)
    context: list[Ent] = []
    context_para = -1
    state = DocState()
    rules.block = state.block  # (the open task block: the project rules and the components)
    main = dm.speaker or dm.main_org
    title_actor, title_edge, title_idx = document_title(sents, sim, args)
    if title_edge is not None:
        b.edge(title_edge, (sents[title_idx].start, sents[title_idx].end))
    if not main and title_actor is not None:
        main = title_actor.name
    if main:
        state.self_org = Ent(main, "Organization", 0, 0, "org_self")
        args.set_self(main)
    rules.issuer, state.issuer = plan_issuers(sim, lexicon, title_actor, title_edge is not None,
                                              main)
    state.issuer_body = office_place(sim, lexicon, title_actor,
                                     title_edge.target if title_edge is not None else None, args)
    state.issuer = state.issuer or state.issuer_body is not None
    headings = programme_headings(sents, sim, args)
    for ent, k in headings:
        b.node(ent, (sents[k].start, sents[k].end))
    for f, k in section_programmes(sents, sim, lexicon, args, title_actor, title_edge.target
                                   if title_edge is not None else None, headings):
        b.edge(f, (sents[k].start, sents[k].end))  # （一）实施X行动: the issuing place's
    state.parties = agreement_parties(sim, dm, lexicon)  # 甲与乙签署…: whom 双方 names
    both = frozenset(lexicon.cues("IMPLEMENTS", "both_parties"))
    counted = frozenset(lexicon.list("counted_parties"))
    units_of = Subsidiaries(lexicon)
    components = relation_components(lexicon, llm)
    _prepare(components, sim, sents, args)
    flagged = [(comp, getattr(comp, "needs_cue", False), getattr(comp, "independent", False))
               for comp in components]  # (asked once, not for every sentence)
    short_forms = tuple(args.self_names - args.self_refs)  # X集团 → X (not 公司, 我们)
    # the words by which the writing body names itself opening a sentence (我厅, 我市, 本公司;
    # not 我们, which a speech's speaker says)
    own_words = tuple(w for w in lexicon.list("first_person_pronouns") if w in args.self_refs)
    ordinal = lexicon.regex("ordinal_at")
    enablers = tuple(lexicon.cues("IMPLEMENTS", "enabling_verbs"))
    items: tuple[int, list[Ent]] = (-1, [])  # the last item paragraph (一是…) and its owner

    def para_start(st: Sentence) -> int:
        return st.start if st.start == 0 or sim[st.start - 1] == "\n" else -1

    last = (0, 0, -1)  # the sentence before: its span and paragraph
    signed: tuple[int, int, list[Ent]] = (-1, 0, [])  # the last parties a count named
    for st in sents:
        ss, se = st.start, st.end
        span = (ss, se)
        if st.heading:
            context = []
        elif st.start == para_start(st) and ordinal.match(sim, ss, se) and (
                items[0] == st.paragraph - 1 or (context and context_para == st.paragraph - 1)):
            # X将推进三方面工作。\n一是…\n二是…: X carries out each item, whatever body an item
            # paragraph names after its first sentence
            owner = items[1] if items[0] == st.paragraph - 1 else context
            context, context_para, items = owner, st.paragraph, (st.paragraph, owner)
        elif context and st.paragraph != context_para and (
                not lexicon.regex("company_word").search(context[0].name) or
                not main or
                lexicon.regex("section_opening").match(sim, ss, se)):
            # an authority's name carries within its paragraph only; a company's name up to
            # the next numbered section (（五）…, 第四，…), in a text about a company only (one
            # with a main organisation: not in a digest of news)
            context = []
        cls = clauses(sim, ss, se)
        subj = rules.subject_orgs(ss, se, cls)
        if not subj and short_forms and sim[ss:se].lstrip().startswith(short_forms):
            subj = [state.self_org]  # X集团 …。X深化A。推进B: X (a short form) acts in B too
        if not subj and state.self_org is not None and not dm.speaker and \
                sim[ss:se].lstrip().startswith(own_words):
            subj = [state.self_org]  # 我厅联合B启动X。全面实施Y: the writing body acts in Y
        if not subj and state.parties:
            subj = [Ent(w, "Organization", c, c + len(w), "agreement_party") for c, _ in cls
                    for w in both if sim.startswith(w, c)][:1]  # 根据协议，双方将推进…
        if len(subj) == 1 and not sim.endswith(enablers, ss, subj[0].start):
            # (支持甲厅组建X。开展Y: the body a task enables acts in X only, not in the
            # sentences after)
            context = subj
            context_para = st.paragraph
        for m in dm.between(ss, se):
            if m.type and not m.weak:
                b.node(Ent(m.name, m.type, m.start, m.end, m.rule, m.aliases), span)
        for m in dm.facilities_between(ss, se) + dm.held_between(ss, se):
            b.node(Ent(m.name, m.type, m.start, m.end, m.rule, m.aliases), span)
        found = rules.drives(ss, se, cls)
        found += rules.includes(ss, se, cls)
        heads, org_items = rules.list_heads(ss, se, cls, consumed)
        found += heads
        # 实施X工程，…，由甲厅负责: the units the sentence closes with act in it
        post = postposed.units(sim, ss, se, args)
        found += rules.implements(ss, se, cls, post or context)
        found += rules.projects(ss, se)
        found += units_of(sim, ss, se, dm, state.self_org)  # X旗下A、B两家子公司
        state.context = context
        state.claimed = {}
        state.refused = []
        state.longer = []
        ctx = SentenceContext(sim, ss, se, st.paragraph, lexicon, dm, args, state)
        for f in found:
            ctx.claim(f.type, f.source, f.target)
        cue = args.has_cue(ss, se)
        generic: list[Found] = []
        extra: list[Found] = []  # independent extractors: they add, supersede nothing
        for comp, needs_cue, independent in flagged:
            # the shipped components read only sentences with a cue word: the others are not
            # segmented at all
            if cue or not needs_cue:
                if independent:
                    extra += comp(ctx)
                else:
                    generic += comp(ctx)
        if generic:
            found = [f for f in found if not _superseded(f, generic, kinds)] + generic
        found += extra
        if title_edge is not None and ss == sents[title_idx].start:
            # 甲区推进X工作方案: the title's own edge names the plan; its verb drives nothing
            # and the words after the verb are no second plan
            whole = title_edge.target.name
            found = [f for f in found if f.target.name == whole or not (
                f.type == "DRIVES" or whole.endswith(f.target.name))]
        found, unowned = unit_owners(ctx, found)  # A、B三大板块: the whole that has them
        found = drop_repeated_kinds(found)  # X设施，包括A、B等Y设施: X's list only
        found = plan_summaries(found)  # 《方案》涵盖A、B两大行动: the plan's items
        found = list_checks(sim, found)  # A、B及C、D四类: four items, no count in D
        for ent in org_items + rules.loose + unowned + list_item_nodes(ctx, found):
            b.node(ent, span)
        rules.loose = []
        for f in found:
            if _outside_list(f, outside):
                continue
            if drive_ends.bad(f):  # 扎扎实实推进B; 为B注入新动力 read as a target
                continue
            if negation.denies(sim, f):  # 甲没有开展X: the sentence denies it
                b.node(f.target, span)
                continue
            if f.type == "INCLUDES" and f.source.name.endswith(fields) and \
                    (kind := field_kinds.kind_edge(f)) is not None:
                b.edge(kind, span)  # A、B等未来产业方向: 未来产业 has them
                continue
            if f.type == "INCLUDES" and programmes.generic(f.source.name):
                owner = programmes.owner(ctx, ss, f)  # 会期举办A、B等12场专题活动: the event's
                if owner is None or owner.name == f.target.name:  # parts; else no owner
                    b.node(f.target, span)
                    continue
                f = Found(owner, f.type, f.target, "includes_programme", f.extra_evidence)
            if f.type == "INCLUDES" and f.rule != "cue_includes_counted" and \
                    f.source.name.endswith(vague_tails):
                b.node(f.target, span)  # A、B等板块: a head of kinds owns nothing; items stay
                continue
            if f.type == "INCLUDES" and (f.source.name.endswith(fields)
                                         or generic_kinds.generic(f.source.name)):
                b.node(f.target, span)  # A、B等研究方向: subjects of a field, no parts of it;
                continue  # A、B等配套设施: a generic kind of provision, no concept
            if f.type == "INCLUDES" and f.rule == "cue_includes_etc" and \
                    generic_kinds.bare(sim, f.source):
                b.node(f.target, span)  # A、B等业态: a bare word of sort, no concept
                continue
            if f.type == "INCLUDES" and records.handled(ctx, f.source):
                continue  # 汇聚A、B等数据，: topics of the records, no parts
            if offered.offered(sim, f, se):
                continue  # 开设A、B等专业: majors and routes a body offers, no programmes
            if f.type == "IMPLEMENTS" and f.source.name in counted:
                n = count_of(f.source.name[0])
                # (甲与乙、丙签署协议。根据协议，三方共建X: the signing of the sentence before)
                agreed = any(sim.find(v, ss, se) >= 0
                             for v in lexicon.cues("IMPLEMENTS", "agreement_verbs"))
                local = signing_parties(sim, dm, lexicon, ss, se, n) or (
                    signing_parties(sim, dm, lexicon, last[0], last[1], n)
                    if last[2] == st.paragraph else []) or (
                    signed[2] if signed[:2] == (st.paragraph, n) and not agreed else [])
                # (…签署协议。根据协议，三方将共建X；共同设立Y: the same three, on, until a
                # sentence that signs again)
                signed = (st.paragraph, n, local) if local else signed
                for p in local:  # 甲与乙、丙签署协议，三方共同发起X: each of the three
                    b.edge(Found(p, f.type, f.target, f.rule, f.extra_evidence), span)
                if local:
                    continue
            if f.type == "IMPLEMENTS" and f.source.name in both and (
                    local := signing_parties(sim, dm, lexicon, ss, se, 2) or (
                        signing_parties(sim, dm, lexicon, last[0], last[1], 2)
                        if last[2] == st.paragraph else []) or state.parties):
                # 双方共建X: each party (of the signing in this sentence or the one before,
                # else the document's)
                for p in both_parties(f.source, local, both):
                    b.edge(Found(p, f.type, f.target, f.rule, f.extra_evidence), span)
                continue
            b.edge(f, span)
        for ent in state.refused:  # 以A带动B提质增效 read twice: B keeps the longer name too
            b.more_aliases(ent)
        for s_, e_, name in state.longer:
            b.longer_alias(s_, e_, name)
        rules.prev_topic = rules.topic(ss, se) or rules.first(ss, se, ("Concept",)) \
            or rules.prev_topic
        last = (ss, se, st.paragraph)
        while pending is not None and pending.start < se:
            if pending.start >= ss:
                b.amount(pending, span, amount_subject(rules, sim, ss, pending.start))
            pending = next(amounts, None)
    return b.graph()
