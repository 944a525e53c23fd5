"""INCLUDES rules: ``A包括B、C``, ``包括A、B在内的X``, ``A包括两个部分：一是B，二是C``,
``A，一方面是B；另一方面是C`` and list heads ``B、C等A``."""

from __future__ import annotations

from ..arguments.phrases import Ent, ent_of
from ..lists.kind_lists import kind_list
from ..lists.list_items import count_of
from ..mentions.find import is_proper_name
from .clause_objects import clause_object
from .common import Found
from .counted import CountedRules
from .document_tasks import DocumentTasks
from .groups import GroupRules
from .include_attributive_roles import IncludeAttributiveRoles
from .include_frames import IncludeFrames, parts_of
from .include_role_labels import IncludeRoleLabels
from .named_kinds import named_kind
from .plus_chains import PlusChains
from .summary_owner import SummaryOwners

__all__ = ["IncludesRules"]


class IncludesRules(GroupRules, CountedRules, SummaryOwners, IncludeFrames, PlusChains,
                    DocumentTasks, IncludeRoleLabels, IncludeAttributiveRoles):
    """The INCLUDES rules of :class:`~conceptkg.loaders.extraction.relations.SentenceRules`."""

    def includes(self, ss: int, se: int, cls: list[tuple[int, int]]) -> list[Found]:
        sim = self.sim
        out: list[Found] = []
        anchor: Ent | None = None
        types = ("Concept", "Factor", "Initiative", "Organization")
        if self.ord_anchor is not None and ss != self.ord_sent and \
                not self.rx("ordinal_at").match(sim, ss, se):
            self.ord_anchor = None
        group_anchor: Ent | None = None  # A of "A包括B、C两大X，D、E三大Y"
        for ci, (cs, ce) in enumerate(cls):
            if group_anchor is not None:
                lead = self.rx("group_lead").match(sim, cs, ce)
                found = self._group(group_anchor, lead.end() if lead else cs, ce)
                if found:
                    out.extend(found)
                    continue
                group_anchor = None
            if self.ord_anchor is not None and self.rx("ordinal_at").match(sim, cs, ce):
                b = self.ph.resolve(cs + 2, self.ph.cut_at_stop(cs + 2, ce)) or \
                    self._described_item(cs + 2, ce)
                if b is not None and b.type in ("Concept", "Factor", "Initiative") and \
                        not b.weak and b.name != self.ord_anchor.name:
                    out.append(Found(self.ord_anchor, "INCLUDES", b, "includes_ordinal"))
                continue
            for v in self.incl_verbs.finditer(sim, cs, ce):
                vs, ve = v.span()
                if not self._verb_ok(vs, ve):
                    continue
                inner = self.rx("including_end").search(sim, ve, ce)
                if inner is not None:  # 包括A、B在内的X: X includes A, B
                    x = self.ph.resolve(inner.end(), self.ph.cut_at_stop(inner.end(), ce))
                    if x is not None and x.type in ("Concept", "Factor", "Initiative") and \
                            (x.rule != "noun_phrase" or len(x.name) >= 4):
                        # (包括A、B在内的产业体系: a system or programme holds its named parts)
                        hint = "Factor" if x.type == "Factor" else None
                        kinds = ("Concept", "Factor", "Initiative") if x.type == "Initiative" \
                            else ("Concept", "Factor")
                        for b in self.ph.items(ve, inner.start(), hint, fill=True) or \
                                self._unknown_items(ve, inner.start(), x.type):
                            if b.name != x.name and b.type in kinds:
                                out.append(Found(x, "INCLUDES", b, "includes_inner"))
                    continue
                vm = next((vs - len(w) for w in self.words_of_modal if sim.endswith(w, cs, vs)
                           and vs - len(w) >= cs), vs)  # (X应当包括A、B: X is to be made of…)
                a = self._anaphor_before(cs, vm) or self._adjacent_before(cs, vm, types) or \
                    self._with_generic(cs, vm) or self._group_opening(cs, vm) or \
                    self._pronoun_subject(cs, vm) or self._bare_head(cs, vm)
                intro = self._summary_intro(vs, ve, ce)
                divided = intro is None and a is not None and \
                    a.type in ("Initiative", "Concept", "Factor") and \
                    self.counted_noun_tail.search(sim, ve + 2, ce) is not None
                if divided:
                    intro = False  # X平台分为A、B、C三个子系统: parts, as many as counted
                if intro is None:
                    continue  # (分为 lists parts only before 三类：一是…)
                a = a or (self._summary_owner(cls, ci, vs) if intro else None)
                # A包括四项重点行动：B、C…
                if self.rx("counted_label").fullmatch(sim[ve:ce].strip()):
                    owner = a or self._lead_phrase(cs, vs)
                    counted = self._colon_counted(sim[ve:ce].strip(), ce, se, owner) \
                        if owner is not None else []
                    if counted:
                        out += [Found(owner, "INCLUDES", b, "includes_verb") for b in counted]
                        break
                whole = self.ph.resolve(cs, vs, strict=True) if a is not None else None
                if whole is not None and whole.end == vs and whole.start < a.start and \
                        whole.type in ("Concept", "Factor") and \
                        self.rx("lead").match(sim[cs:whole.start]):
                    a = whole  # 高端装备制造业涵盖…: the compound, not its tail 制造业
                if a is None and self.rx("only_filler").match(sim[cs:vm]):
                    if anchor is not None and not (ci > 0 and self.ord_anchor is not None and
                                                   self.rx("ordinal_at").match(sim, *cls[ci - 1])):
                        a = anchor  # (一是A，包括B、C: A's parts, not the summary owner's)
                    elif ci > 0:  # 建设高素质教师队伍，包括… (the previous clause ends with A)
                        pcs, pce = cls[ci - 1]  # (我们建设了X，包括…: X, the object of its verb)
                        a = self._adjacent_before(pcs, pce, types) or clause_object(
                            sim, self.ph, pcs, pce, self.words("object_aspect_marks"))
                if a is None:  # 甲乙包括A、B和C三个要素 (a subject the lexicon lacks)
                    out.extend(self.counted_topic(cs, vs, ve, ce))
                    continue
                anchor = a
                framed = self._role_frames(ve, se)
                if framed:  # A包括以B为核心，以C和D为两翼: B, C and D
                    out += [Found(a, "INCLUDES", b, "includes_verb") for b in framed
                            if b.name != a.name]
                    break
                slot = sim[ve:ce].strip()
                if not slot or self.incl_units.match(slot):  # A包括三个方面：一是B，二是C
                    self.ord_anchor, self.ord_sent = a, ss
                    continue
                hint = "Factor" if a.type == "Factor" else None
                found = self._group(a, ve, ce)
                if found:  # A包括B、C、D四大主导产业，E、F三大新兴产业
                    out.extend(found)
                    group_anchor = a
                    continue
                tail = self.incl_tail.search(sim, ve, ce)  # A体现在B、C、D三个方面
                cut = tail or self.counted_noun_tail.search(sim, ve + 2, ce)  # (…和C三个子产品)
                if cut is not None and cut is not tail and (
                        sim[cut.start() - 1] in self.lex.charset("list_join_marks") or
                        getattr(self.dm.at(cut.start("noun"), ce), "weak", True) is False):
                    cut = None  # (…和三大H: a counted item of its own; A、B两大支柱产业: a group)
                kind = named_kind(self, ve, cut.start() if cut else ce)
                if kind is not None and kind.name != a.name:
                    out.append(Found(a, "INCLUDES", kind, "includes_verb"))  # X包括A、B等H:
                    continue  # X includes the named kind H, H the items (the 等-rules)
                items, _ = self._slot_items(ve, cut.start() if cut else ce, hint, fill=True)
                if not items and a.type in ("Concept", "Factor") and not a.weak:
                    # 支柱产业包括装备制造、绿色化工和现代食品: unknown items take A's type
                    items = self._unknown_items(
                        ve, self.ph.cut_at_stop(ve, cut.start() if cut else ce), a.type)
                elif not items and a.type == "Initiative" and cut is not None and (
                        cut is not tail or tail.group("unit") in self.task_heads):
                    # X行动包括A、B、C三项重点任务, X平台分为A、B、C三个子系统: as many parts
                    # as the count says
                    parts = self._unknown_items(ve, cut.start(), "Initiative", known=True)
                    items = parts if len(parts) == count_of(cut.group("n")) else []
                if divided and (cut is None or len(items) != count_of(cut.group("n"))):
                    items = []
                for b in items:
                    if b.name != a.name and b.type != "Organization":
                        out.append(Found(a, "INCLUDES", b, "includes_verb"))
        out.extend(self._colon_list(cls))
        out.extend(self._taken_as(ss, se))
        out.extend(self._aspects(ss, se))
        out.extend(self._represented(ss, se))
        out.extend(self._labelled_lists(cls))
        out.extend(self._appositive_frames(cls, se))
        out.extend(self.role_labels(ss, se, cls))
        out.extend(self.attributive_roles(ss, se))
        out.extend(self.counted_lists(ss, se, cls))
        for cs, ce in cls:
            out.extend(self.plus_chains(cs, ce))
            out.extend(self.document_tasks(cs, ce))
        return out

    @property
    def words_of_modal(self) -> tuple[str, ...]:
        """Modals right before an including verb (``INCLUDES.modal_leads``), longest first."""
        return tuple(sorted(self.lex.cues("INCLUDES", "modal_leads"), key=len, reverse=True))

    def _pronoun_subject(self, cs: int, vs: int) -> Ent | None:
        """它(既)包括…, 其主要包括…: a pronoun that is the whole subject stands for the topic of
        the sentence before (何谓X？它包括…: X), when that is a thing."""
        m = self.rx("pronoun_topic").match(self.sim, cs, vs)
        t = self.prev_topic
        if m is None or t is None or t.type not in ("Concept", "Factor", "Initiative") or \
                not self.rx("only_filler").match(self.sim[m.end():vs]):
            return None
        return Ent(t.name, t.type, cs, vs, "anaphor", t.aliases)

    def _described_item(self, s: int, e: int) -> Ent | None:
        """一是面向青年的技能培训: an item that is a whole noun phrase with a 的 modifier (the
        whole clause, when the words after its last 的 name a thing); not a clause with a verb
        after the 的 (一是要加快建设X)."""
        text = self.sim[s:e].strip()
        de = text.rfind("的")
        if not 4 <= len(text) <= 24 or de < 2 or len(text) - de - 1 < 2:
            return None
        tail = self.ph.resolve(s + de + 1, e)
        if tail is not None and (tail.start != s + de + 1 or tail.end != e):
            return None
        if tail is None and not self.ph.valid_name(text[de + 1:], "Concept"):
            return None
        type_ = tail.type if tail is not None else "Concept"
        return Ent(text, type_, s, e, "noun_phrase") if type_ in ("Concept", "Factor") else None

    def _lead_phrase(self, cs: int, vs: int) -> Ent | None:
        """The Initiative or Concept the clause before ``vs`` names after its lead words
        (记者了解到，“X”计划包括…)."""
        ent = self.ph.resolve(cs, vs)
        if ent is not None and ent.type in ("Initiative", "Concept") and ent.end == vs and \
                self.rx("lead").match(self.sim[cs:ent.start]):
            return ent
        text = self.sim[cs:vs].strip()
        name = text.replace("“", "").replace("”", "")
        if text.startswith("“") and self.ph.valid_name(name, "Initiative") and \
                self.ph.head_type(name) in ("Initiative", "Concept"):  # “X”计划
            return Ent(name, self.ph.head_type(name) or "Initiative", vs - len(text), vs,
                       "noun_phrase")
        return None

    def _colon_counted(self, slot: str, ce: int, se: int, a: Ent) -> list[Ent]:
        """包括四项重点行动：B、C、D和E — a counted label that ends its clause with a colon,
        then a list of as many items: the items (typed by the label's head, else their own)."""
        sim = self.sim
        m = self.rx("counted_label").fullmatch(slot)
        if m is None or sim[ce:ce + 1] not in ("：", ":"):
            return []
        end = ce + 1
        while end < se and sim[end] not in "。；;":
            end += 1
        parts = [(x, y) for x, y in parts_of(sim, ce + 1, end) if y > x]
        if len(parts) != count_of(m.group(1)):
            return []
        hint = self.ph.head_type(m.group(2))
        hint = hint if hint in ("Initiative", "Concept") else "Concept"
        out = []
        for x, y in parts:
            ent = self.ph.resolve(x, y, hint)
            if ent is None or ent.name == a.name or ent.type not in (
                    "Concept", "Factor", "Initiative"):
                return []
            out.append(ent)
        return out

    def _with_generic(self, cs: int, vs: int) -> Ent | None:
        """新能源产业涵盖…: a known term followed by a generic head (产业, 行业, 领域)."""
        for m in self._mentions(cs, vs):
            if m.type in ("Concept", "Factor") and not m.weak and \
                    self.rx("generic_tail").fullmatch(self.sim, m.end, vs) and \
                    self.rx("lead").match(self.sim[cs:m.start]):
                return ent_of(m)
        return None

    def _group(self, a: Ent, s: int, e: int) -> list[Found]:
        """A list closed by a numbered name (B、C、D四大主导产业): A INCLUDES the group, the
        group INCLUDES B, C, D. A count that only repeats the items' own head (网络体系、
        平台体系三大体系) is no group: A INCLUDES the items."""
        ms = self._mentions(s, e)
        if not ms or ms[-1].rule != "numbered_name" or ms[-1].end != e or ms[-1].start <= s:
            return []
        group = ent_of(ms[-1])
        parts = [self.sim[x:y] for x, y in self.ph.split(s, group.start)]
        head = self.rx("number_head").sub("", group.name)
        hint = "Factor" if a.type == "Factor" else None
        items = self.ph.items(s, group.start, hint, fill=True)
        if not items:
            return []
        if parts and all(p.endswith(head) for p in parts):
            return [Found(a, "INCLUDES", b, "includes_verb") for b in items
                    if b.name != a.name and b.type in ("Concept", "Factor", "Initiative")]
        out = [Found(a, "INCLUDES", group, "includes_group")]
        out += [Found(group, "INCLUDES", b, "includes_group") for b in items
                if b.name != group.name and b.type in ("Concept", "Factor", "Initiative")]
        return out

    def _comitative_start(self, ls: int, le: int, he: int, ce: int) -> int:
        """Where a list starts when 与 before its first 、 is a preposition (X与A、B等H相结合:
        ``comitative_preps``, and one of ``comitative_verbs`` within a few characters after
        the head, which ends by ``he``): right after it; else ``ls``."""
        sim = self.sim
        sep = sim.find("、", ls, le)
        if sep < 0:
            return ls
        p = max(sim.rfind(w, ls, sep) for w in self.words("comitative_preps"))
        if p <= ls:
            return ls
        tail = sim[max(le + 1, he - 4):min(ce, he + 6)]
        return p + 1 if any(v in tail for v in self.words("comitative_verbs")) else ls

    def list_heads(self, ss: int, se: int, cls: list[tuple[int, int]],
                   consumed: set[int]) -> tuple[list[Found], list[Ent]]:
        """A、B、C等H: H INCLUDES A, B, C when H is a known (non-generic) entity; items of a
        list headed by 企业/公司 become organisations."""
        sim, ph = self.sim, self.ph
        found: list[Found] = []
        nodes: list[Ent] = []
        org_heads = self.lex.words("org_heads")
        for cs, ce in cls:
            i = cs - 1
            while (i := sim.find("等", i + 1, ce)) >= 0:  # (each 等 of the clause)
                if ph._covered(i) or i in consumed:
                    continue
                ls, le = ph.list_before(cs, i)
                ls = self._comitative_start(ls, le, ph.cut_at_stop(i + 1, ce), ce)
                he = ph.cut_at_stop(i + 1, ce)
                head = None
                for m in self._mentions(i + 1, min(ce, i + 14)):
                    if self.rx("count_or_modifier").match(sim[i + 1:m.start]):
                        head = m
                    break
                head_text = sim[i + 1:he]
                if head is not None and head.end < he and (
                        self.ph.head_type(sim[head.start:he]) in ("Initiative", "Organization")
                        or any(sim.startswith(h, head.end, he) for t in ("Initiative",
                               "Organization") for h in ph.heads[t])):
                    continue  # 甲、乙等4个氢能产业示范区, 等X基地落成: 氢能 only qualifies the head
                kind = kind_list(ph, i, ls, le) if head is None else None
                if kind is not None:  # 土地、资本、技术等要素: the kind word owns its terms
                    found += [Found(kind[0], "INCLUDES", b, "includes_kind_list")
                              for b in kind[1]]
                    continue
                if head is None and head_text.endswith(org_heads) and "、" in sim[ls:le]:
                    for b in ph.items(ls, le, "Organization"):
                        if b.rule == "noun_phrase" and 2 <= len(b.name) <= 8 and \
                                is_proper_name(b.name):
                            nodes.append(Ent(b.name, "Organization", b.start, b.end,
                                             "org_list_item"))
                    continue
                if head is None or head.weak or head.type not in ("Concept", "Factor",
                                                                  "Initiative"):
                    continue
                head = ent_of(head)
                if sim[head.end:he] in ("产业", "行业", "技术"):  # 风电、光伏等新能源产业
                    head = Ent(sim[head.start:he], "Concept", head.start, he, "noun_phrase")
                elif sim.startswith(self.words("thing_heads"), head.end):  # A、B等智能制造装备
                    te = head.end + 2
                    head = Ent(sim[head.start:te], "Factor", head.start, te, "noun_phrase")
                hint = "Factor" if head.type == "Factor" else None
                items = ph.items(ls, le, hint, strict=("、" not in sim[ls:le]),
                                 fill="、" in sim[ls:le])
                if not items and "、" in sim[ls:le] and head.type in ("Concept", "Factor"):
                    items = self._unknown_items(ls, le, head.type)  # 直播电商、社区团购等新业态
                if len(items) >= 2 and not head_text.endswith(org_heads) and all(
                        b.name.endswith(org_heads) or b.type == "Organization" for b in items):
                    continue  # 整合高校、院所等科研资源: the bodies own the thing, no members
                for b in items:
                    if b.name != head.name and b.type in ("Concept", "Factor", "Initiative"):
                        found.append(Found(head, "INCLUDES", b, "includes_list_head"))
        return found, nodes
