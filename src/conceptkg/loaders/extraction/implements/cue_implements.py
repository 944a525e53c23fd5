"""IMPLEMENTS from an acting organisation to what it launches, builds or hosts
(``relations.IMPLEMENTS`` in the language data):

- ``ORG (等N部门)(今天)(联合) 启动 X、Y``: the organisation implements each object that is
  initiative-like (a quoted or book-title name, an initiative head word) or the object of a
  strong verb (印发, 启动, 举办 …);
- ``ORG …，打造 X，建设 Y``: later clauses that open with a verb keep the sentence's actor;
- ``由 ORG (与 ORG) 主办的 X`` (:mod:`.cue_organised`); ``ORG (与 ORG) 牵头建设的 X``
  (:mod:`.cue_built`); ``实施X，建设Y，由 ORG 负责`` (:mod:`.postposed_leads`);
- ``公司/我省 …``: self-references stand for the organisation the document is by or about;
- a subjectless sentence takes the organisation its paragraph is about.
"""

from __future__ import annotations

import re

from ...lexicon import Lexicon, trie_regex
from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext
from ..discourse.reported_subject import reported_subject
from ..plans.blocks import is_block_clause, start_after_de
from ..rules.common import Found
from .co_organisers import co_organisers
from .cue_actors import ImplementsActors
from .cue_built import ImplementsBuilt
from .cue_checks import ImplementsChecks
from .cue_counted import ImplementsCounted
from .cue_facility import ImplementsFacility
from .cue_objects import ImplementsObjects
from .cue_organised import ImplementsOrganised
from .cue_partners import ImplementsPartners
from .postposed_leads import PostposedLeads

__all__ = ["CueImplements"]



class CueImplements(ImplementsActors, ImplementsObjects, ImplementsBuilt, ImplementsFacility,
                    ImplementsOrganised, ImplementsPartners, ImplementsCounted, ImplementsChecks):
    needs_cue = True
    name = "cue_implements"
    relation = "IMPLEMENTS"

    def __init__(self, lex: Lexicon) -> None:
        self._people_quantity = lex.regex("people_quantity")
        self.people_measures = tuple(lex.cues("INCLUDES", "people_measures"))
        self.held_events = frozenset(lex.cues("IMPLEMENTS", "event_verbs"))
        self.launch = frozenset(lex.cues("DRIVES", "launch_verbs"))
        self.measure = frozenset(lex.cues("DRIVES", "measure_verbs"))
        self.result_adverbs = tuple(lex.cues("DRIVES", "result_adverbs"))
        self.drive_verbs = tuple(lex.cues("DRIVES", "verbs"))
        self.chain = tuple(lex.cues("DRIVES", "chain"))
        self.enabling = frozenset(lex.cues("IMPLEMENTS", "enabling_verbs"))
        self.verbs = frozenset(lex.cues("IMPLEMENTS", "verbs")) | \
            frozenset(lex.cues("IMPLEMENTS", "event_verbs"))
        self.strong = frozenset(lex.cues("IMPLEMENTS", "strong")) | \
            frozenset(lex.cues("IMPLEMENTS", "event_verbs"))
        self.organizer = frozenset(lex.cues("IMPLEMENTS", "organizer"))
        self.subject_organizer = frozenset(lex.cues("IMPLEMENTS", "subject_organizer"))
        self.builders = frozenset(lex.cues("IMPLEMENTS", "builder_verbs"))
        self.events = tuple(lex.cues("IMPLEMENTS", "completion_predicates"))
        self.builder_manners = frozenset(lex.cues("IMPLEMENTS", "builder_manners"))
        self.built_predicates = frozenset(lex.cues("IMPLEMENTS", "built_predicate_words"))
        self.own_manners = tuple(lex.list("own_builder_manners"))
        ends = {w[-1] for w in lex.list("org_suffixes")} | set("".join(lex.list("actor_chars")))
        self.actor_chars = re.compile("[" + re.escape("".join(sorted(ends))) + "]")
        self.subject_parties = frozenset(lex.cues("IMPLEMENTS", "subject_parties"))
        self.relating_preps = frozenset(lex.cues("IMPLEMENTS", "relating_preps"))
        self.basis_preps = frozenset(lex.cues("IMPLEMENTS", "basis_preps"))
        self.parties = trie_regex({*lex.list("acting_parties"), *self.subject_parties})
        self.project_heads = tuple(lex.cues("IMPLEMENTS", "project_heads"))
        self.project_works = frozenset(h + w for h in self.project_heads
                                       for w in lex.cues("IMPLEMENTS", "project_work_tails"))
        self.distributive = tuple(lex.cues("IMPLEMENTS", "distributive_subjects"))
        self.dateline = frozenset(lex.list("dateline_words"))
        self.commentary_labels = lex.words("commentary_labels")
        self.gap_words = frozenset(lex.cues("IMPLEMENTS", "gap_words"))
        self.serial = frozenset(lex.cues("IMPLEMENTS", "serial_verbs"))
        self.scope = frozenset(lex.cues("IMPLEMENTS", "scope_words"))
        self.span_opens = frozenset(lex.cues("IMPLEMENTS", "time_span_opens"))
        self.span_closes = frozenset(lex.cues("IMPLEMENTS", "time_span_closes"))
        self.partners = frozenset(lex.cues("IMPLEMENTS", "partner_words"))
        self.place_preps = frozenset(lex.cues("IMPLEMENTS", "place_preps"))
        self.means = frozenset(lex.cues("IMPLEMENTS", "means_preps"))
        self.directives = frozenset(lex.cues("IMPLEMENTS", "directive_verbs"))
        self.directed = tuple(lex.cues("IMPLEMENTS", "directed_units"))
        self.issue = frozenset(lex.cues("IMPLEMENTS", "issue_verbs"))
        self.issuer_launch = frozenset(lex.list("issuer_launch_verbs"))
        self.short_places = tuple(lex.list("short_place_suffixes"))
        self.actor_groups = tuple(lex.cues("IMPLEMENTS", "actor_group_heads"))
        self.feature_places = tuple(lex.cues("IMPLEMENTS", "feature_places"))
        self.control = frozenset(lex.list("control_verbs"))
        self.org_heads = tuple(lex.list("org_heads"))
        self.policy_heads = frozenset(lex.list("policy_heads")) | \
            frozenset(lex.cues("IMPLEMENTS", "issued_heads"))
        self.whole_area = frozenset(lex.cues("IMPLEMENTS", "whole_area_words"))
        self.orders = tuple(lex.cues("IMPLEMENTS", "order_words"))
        self.conduct = frozenset(lex.cues("IMPLEMENTS", "conduct_verbs"))
        self.campaigns = frozenset(lex.cues("IMPLEMENTS", "campaign_nouns"))
        self.disposal = frozenset(lex.list("disposal_preps"))
        self.taken_as = frozenset(lex.list("taken_as_verbs"))
        self.themed = frozenset(lex.cues("IMPLEMENTS", "themed_campaign_nouns"))
        self.work_nouns = frozenset(lex.cues("IMPLEMENTS", "work_nouns"))
        self.joined = frozenset(lex.list("shared_head_conjunctions"))
        self.manner = frozenset(lex.cues("IMPLEMENTS", "manner_nouns"))
        self.joint_preps = frozenset(lex.cues("IMPLEMENTS", "joint_preps"))
        self.span_words = frozenset(lex.cues("IMPLEMENTS", "span_words"))
        self.lead_verbs = frozenset(lex.cues("IMPLEMENTS", "lead_verbs"))
        self.postposed = PostposedLeads(lex)
        self.self_texts = frozenset(lex.list("document_self_references"))
        self.measure_heads = tuple(lex.list("measure_names"))
        self.measure_count = lex.regex("measure_count")
        self.block_count = lex.regex("block_count")
        self.news_counted = lex.regex("news_measure_count")
        self.single_count = lex.regex("single_count_object")
        self.first_person = frozenset(lex.list("first_person_pronouns"))
        self.body_suffixes = tuple(lex.list("org_suffixes"))
        self.joint_adverbs = frozenset(lex.cues("IMPLEMENTS", "joint_adverbs"))
        self.glossed = lex.regex("short_name_gloss")
        self.facility_heads = tuple(lex.list("facility_heads"))
        self.count_close = lex.regex("implement_count_close")  # 举办X活动300余场
        self.counted_heads = lex.words("counted_programme_heads")
        self.local_deictics = frozenset(lex.cues("IMPLEMENTS", "local_deictics"))
        self.causatives = frozenset(lex.cues("IMPLEMENTS", "causative_verbs"))  # 推动X走深走实
        self.frame_tails = tuple(sorted(lex.list("scope_frame_tails"), key=len, reverse=True))
        self.tally_verbs = frozenset(lex.list("counted_tally_verbs"))
        self.listed_count = lex.regex("listed_count")  # A、B、C三下乡活动
        self.process_tails = lex.words("programme_process_tails")  # (…各建设: no head)
        self.bare_count = lex.regex("implement_counted")  # 推出20条…线路: 20条 is no programme
        self.facility_builds = tuple(sorted(lex.list("facility_build_verbs"), key=len,
                                            reverse=True))
        self.facility_openers = tuple(sorted(lex.list("facility_run_openers"), key=len,
                                             reverse=True))
        self.facility_count = lex.regex("facility_name_count")
        self.facility_count_end = lex.regex("facility_count_before_name")

    # -- the objects --------------------------------------------------------------------------
    def _emit(self, ctx: SentenceContext, actors: list[Ent], objs: list[Ent], rule: str,
              out: list[Found]) -> None:
        for a in actors:
            for o in objs:
                if self.bare_count.fullmatch(o.name) or o.name in self.self_texts:
                    continue  # (a count whose noun the phrase lost: 推出20条适合X的Y线路; 制定
                    # 以下措施: the text itself)
                if o.rule != "quoted_name" and self.single_count.match(o.name):
                    continue  # (是A推出的一款X产品: a kind, no programme's name)
                if rule == "cue_implements_issuer":
                    cut = start_after_de(ctx.sim, o.start, o.end)
                    if cut > 0:  # 建立由A、B组成的X制度: the name after the last 的
                        o = ctx.args.entity(cut, o.end, rule) or o
                    if o.type != "Initiative":
                        continue  # (a policy text's subjectless clause: programmes only)
                if ctx.claim("IMPLEMENTS", a, o):
                    out.append(Found(a, "IMPLEMENTS", o, rule))

    def __call__(self, ctx: SentenceContext) -> list[Found]:
        out: list[Found] = []
        if not ctx.args.has_cue(ctx.start, ctx.end, "IMPLEMENTS"):
            return out
        # 海州市开展X；加快打造Y: a semicolon parts clauses of one subject
        end, actors = ctx.state.semicolon_actors
        if end < 0 or ctx.sim[end:ctx.start].strip(" \u3000"):  # (the same paragraph)
            actors = []
        # …，由甲厅负责 (closing the sentence or in its middle): the clauses before it
        post_at, post = self.postposed.lead_clause(ctx.sim, ctx.start, ctx.end, ctx.args)
        actors = post or actors
        if not actors and not self._may_act(ctx) and not ctx.state.block.is_open and \
                not ctx.args.has_cue(ctx.start, ctx.end, "DRIVES"):
            return out  # nobody who could act, and no clause to continue: nothing to read
        before: list[tuple[int, int]] = []  # clauses without a cue since the last actor
        lead: list[Ent] = []  # 由A牵头，…: the leading units
        topic: tuple[int, Ent | None] = (-1, None)  # X由A主办: X (co-organisers may follow)
        for ci, cl in enumerate(ctx.clauses[:post_at] if post else ctx.clauses):
            if ci == 0 and ctx.sim.startswith("由", cl[0]):
                lead = self._lead_units(ctx, ctx.tokens(cl))
                if lead:
                    actors = list(lead)
                    continue
            if not ctx.args.has_cue(*cl, "IMPLEMENTS"):
                if actors and ctx.sim.startswith(self.distributive, cl[0]):
                    actors = []  # …，各地组织X，推出Y: the actor before does not carry over 各地
                elif actors and reported_subject(ctx, cl) and \
                        not self._opening_actor(ctx, ctx.tokens(cl), None):
                    actors = []  # 甲会副主席说，乙会要…，推出Y: the speech names its own subject
                elif actors and self._may_act(ctx, cl) and self._cue_after(ctx, cl):
                    # 甲市强化X，乙县组织了Y，同时推出Z: the subject that intervenes acts in Z
                    actors = self._opening_actor(ctx, ctx.tokens(cl), None) or actors
                if not actors:
                    before.append(cl)  # their actor is read only if a later clause needs it
                continue
            if before and not actors:
                # the nearest clause before that opens with an actor (目前，我国正聚焦X，组织
                # 实施Y; X表示，我国…，实施Y)
                for c in reversed(before):
                    if self._may_act(ctx, c):  # (else no name of anyone who acts)
                        actors = self._opening_actor(ctx, ctx.tokens(c), None)
                    if actors or self._person_opens(ctx, c):
                        break  # (在X，某某要求…，深化Y: a person speaks between; X does not act)
                before = []
            toks = self._split_verbs(ctx.tokens(cl))
            if topic[1] is not None and topic[0] == ci - 1:  # X由A主办，B、C承办: B, C too
                self._emit(ctx, co_organisers(self, ctx, toks), [topic[1]],
                           "cue_implements_organiser", out)
            topic = (ci, self._organised_by(ctx, toks, out))
            q = next((k for k, t in enumerate(toks) if t.text in self.verbs), None)
            carried = actors or ctx.state.context[:1]
            opens_joint = ci == 0 and toks and q is not None and self._joint_open(toks) and \
                self._subjectless(ctx, toks, q)
            if opens_joint and not carried and ctx.state.self_org is not None and \
                    not self._reported(ctx, toks[0].start):
                carried = [ctx.state.self_org]  # (a report: 与B共建Y, its own body with B)
            if opens_joint and carried:
                actors = list(carried)  # (A推出X。与B共建Y: A acts, with B)
            elif ci == 0 and toks:  # the sentence's actor: an organisation opening it
                actors = self._opening_actor(ctx, toks, q) or actors
            self._built_by(ctx, toks, out, actors)
            if q is None:
                if ci > 0 and actors and toks:  # 甲市强化X，乙县组织了Y，同时推出Z: 乙县 acts
                    actors = self._opening_actor(ctx, toks, None) or actors
                continue
            partner = bool(lead) and q > 1 and toks[0].text in self.partners
            here = self._actors(ctx, toks[1:], q - 1) if partner else self._actors(ctx, toks, q)
            rule = "cue_implements"
            task = False  # a subjectless clause of a plan's task block: its units' programme
            joint: list[Ent] = []  # ；与B合作推出X: B acts with the carried subject, for X only
            if here and actors and not partner and self._joint_open(toks) and \
                    self._subjectless(ctx, toks, q):
                joint, here = [a for a in here if all(a.name != x.name for x in actors)], []
            if here:
                # 由A牵头，会同B编制X: the leading units act with the partners the clause names
                actors = here if not partner else \
                    lead + [a for a in here if all(a.name != x.name for x in lead)]
                # 公司启动X，由子公司A负责实施: the subject and the units after it both act
                actors = actors + [p for p in post if all(p.name != a.name for a in actors)]
            elif self._subjectless(ctx, toks, q) or toks[0].text in ("以", "通过") or (
                    actors and q >= 1 and toks[0].text in self.local_deictics and
                    ctx.args.is_place(actors[0].start, actors[0].end) and
                    self._subjectless(ctx, toks[1:], q - 1) and self._launches(toks[q].text)):
                # (在甲市，当地推出Y: the place the sentence opens with acts there)
                if not actors and ctx.state.context and not self._reported(ctx, toks[0].start):
                    actors = [ctx.state.context[0]]
                    rule = "cue_implements_context"
                elif not actors and ctx.state.self_org is not None and \
                        not self._reported(ctx, toks[0].start) and \
                        ctx.args.self_names & {t.text for t in toks[:q]}:
                    actors = [ctx.state.self_org]  # 公司/我省 …: the document's own organisation
                    rule = "cue_implements_self"
                elif not actors and self._issued(ctx, toks, q):
                    actors = [ctx.state.issuer_body or ctx.state.self_org]  # (实施Y工程)
                    rule = "cue_implements_issuer"
                elif not actors and self._own_account(ctx, toks[0].start):
                    actors = [ctx.state.self_org]  # (a company's own report: 并推出X, its own)
                    rule = "cue_implements_own"
                elif actors:
                    rule = "cue_implements_carry"
                task = ctx.state.block.is_open
            elif ctx.state.block.is_open and is_block_clause(toks, q):
                self._block_programmes(ctx, toks, q)  # 年内建成X
                continue
            else:
                if toks[q].text in self.launch and (ctx.args.has_cue(*cl, "DRIVES")
                                                    or self._next_drives(ctx, cl)):
                    # 密集推出X，激发Y: what was launched may drive what the next clause names,
                    # whoever launched it (not a generic group: 各地开展A、B等活动, 引领Y)
                    ctx.state.objects[cl] = self._objects(ctx, toks, q, group=False)
                elif self._next_drives(ctx, cl):
                    built = self._built_subject(ctx, toks, q)
                    if built is not None:
                        ctx.state.objects[cl] = [built]
                continue
            if task and not actors:
                self._block_programmes(ctx, toks, q)
            if actors or (toks[q].text in self.launch and self._next_drives(ctx, cl)) or \
                    (toks[q].text in self.measure and self._result_next(ctx, cl, toks[q].start)):
                # (…实施一批X举措，进一步促进Y: what was put in place drives Y, with or without
                # an actor)
                objs = self._relative_object(ctx, toks, q, ci)
                self._measure_purpose(ctx, toks, q, out)
                for thing in objs:  # 推出助力A的N条措施: the measures drive A
                    for goal in self._purpose_targets(ctx, toks, q, ci):
                        if ctx.claim("DRIVES", thing, goal):
                            out.append(Found(thing, "DRIVES", goal, "cue_implements_purpose"))
                objs = objs or self._objects(ctx, toks, q)
                if toks[0].text in self.local_deictics:  # (当地推出Y: a programme by its head)
                    objs = [o for o in objs if ctx.args.type_of(o.name) == "Initiative"]
                if not objs:  # 举办X活动300余场: what the words before the count name
                    objs = self._counted_programmes(ctx, toks, q)
                ctx.state.objects[cl] = objs
                if not objs and (actors or joint):  # 甲公司建成乙丙水厂: a facility's name
                    objs = self._facility_objects(ctx, toks, q)
                if actors:  # 我们联合A、B，共同建设X: A and B act with the actor
                    joint += [p for p in self._partners_before(ctx, ci, toks, q)
                              if all(p.name != a.name for a in actors + joint)]
                objs = objs + self._joined_programmes(ctx, toks, q, objs)  # 举办A和B
                self._emit(ctx, actors + joint, objs, rule, out)
            if here and toks[0].text in self.basis_preps:
                actors = []  # 根据甲部发布的X，各地推出Y: 甲部 issued X only; it does not act on
        if ctx.sim[ctx.end - 1:ctx.end] in ("；", ";") and actors and \
                all(ctx.sim.startswith(tuple(self.basis_preps), c[0]) or all(
                    t.tag in ("t", "m", "f", "d", "c", "x") for t in ctx.tokens(c))
                    for c in ctx.clauses if c[1] <= actors[0].start) and \
                not ctx.sim.startswith(tuple(self.joint_preps), ctx.start):  # (与B…: a partner)
            # (the sentence's subject only, after clauses of basis or time at most: not a body
            # named in a later clause, 由X牵头建设Y; 根据协议，三方将共建X；共同设立Y: 三方)
            ctx.state.semicolon_actors = (ctx.end, actors)
        return out
