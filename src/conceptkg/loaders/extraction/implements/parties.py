"""The parties of an agreement a document reports (甲公司与乙公司签署合作协议): the bodies that
a word for both parties (``双方``) stands for when it acts (双方将共建X: each party carries
out X).

The first signing in the document names them: two organisations right before a verb of
signing or joining (``IMPLEMENTS.agreement_verbs``), joined by a word of partnership
(``IMPLEMENTS.joint_preps``: 与, 和, 同), with at most a phrase of place or time between the
second and the verb (甲公司与乙公司在海州签署…). A sentence with one party, or three, names
none. Places may be parties (甲市与乙市合作签约仪式…: the two cities, whom 两市 names).
A word that counts the parties (``counted_parties``: 三方) stands for the
bodies of a signing in its own sentence when their number matches (甲与乙、丙签署协议，三方共同
发起X: each of the three carries out X).
"""

from __future__ import annotations

import re
from itertools import pairwise

from ...lexicon import Lexicon
from ..mentions.mention_types import DocMentions, Ent, Mention

__all__ = ["agreement_parties", "both_parties", "signing_parties"]

#: how far before the verb the second party may end (a phrase of place or time between)
_GAP = 12


def _orgs_before(dm: DocMentions, start: int, end: int) -> list[Mention]:
    """The organisation and place mentions in sim[start:end], outermost ones only."""
    out: list[Mention] = []
    for m in dm.between(start, end):
        if m.type not in ("Organization", "Place"):
            continue
        if out and m.start < out[-1].end:
            if m.end - m.start > out[-1].end - out[-1].start:
                out[-1] = m  # (the longer of two overlapping names)
            continue
        out.append(m)
    return out


def _body_ends(lex: Lexicon) -> tuple[str, ...]:
    """Endings of a body's name: organisations and offices (省某某中心)."""
    return tuple(lex.list("org_suffixes")) + tuple(lex.list("gov_dept_suffixes"))


def _joined(gap: str, joints: tuple[str, ...], lex: Lexicon) -> bool:
    """Whether ``gap`` joins two parties: a word of partnership, after an adverb (还与), and
    a phrase of the second body's kind (还与物流企业乙公司: ``org_descriptor_heads``)."""
    kinds = tuple(lex.list("org_descriptor_heads"))
    for j in joints:
        k = gap.find(j)
        rest = gap[k + len(j):] if k >= 0 else ""
        if rest.endswith(kinds) and len(rest) <= 8 and re.fullmatch(r"[\u4e00-\u9fff]+", rest) \
                and _joined(gap[:k + len(j)], joints, lex):
            return True
    for adv in lex.list("party_adverbs"):
        if gap.startswith(adv) and gap[len(adv):] in joints:
            return True
    return gap in joints


def _named_partner(sim: str, a: Mention, verb: int, joints: tuple[str, ...],
                   lex: Lexicon) -> list[Mention]:
    """A second party the mention finder missed: the plain name between the word of
    partnership and the verb, ending like a body's name (甲与省某某中心签署)."""
    gap = sim[a.end:verb]
    for j in joints:
        k = gap.find(j)
        if k < 0 or not _joined(gap[:k + len(j)], joints, lex):
            continue
        name = gap[k + len(j):]
        if a.type == "Place" and a.name[-1:] in lex.list("place_levels"):
            # 甲市与乙市…签约: a place of its level
            cut = name.find(a.name[-1], 2)
            name = name[:cut + 1] if 2 <= cut <= 4 else ""
        if 2 < len(name) <= 15 and re.fullmatch(r"[\u4e00-\u9fff]+", name) and \
                name.endswith(_body_ends(lex) + ((a.name[-1],) if a.type == "Place" else ())):
            st = a.end + k + len(j)
            return [Mention(st, st + len(name), name, "Organization", "agreement_party")]
    return []


def _place_before(sim: str, s: int, b: Mention, joints: tuple[str, ...],
                  levels: list[str]) -> list[Mention]:
    """The first of two places the mention finder missed (甲市与乙市…签约: only 乙市 known):
    the clause opens with a name of the second one's level (``place_levels``) and a word of
    partnership."""
    if b.type != "Place" or b.name[-1:] not in levels:
        return []
    gap = sim[s:b.start]
    j = next((j for j in joints if gap.endswith(j)), None)
    name = gap[:-len(j)] if j else ""
    if 3 <= len(name) <= 5 and name.endswith(b.name[-1]) and \
            re.fullmatch(r"[\u4e00-\u9fff]+", name):
        return [Mention(s, s + len(name), name, "Organization", "agreement_party")]
    return []


def agreement_parties(sim: str, dm: DocMentions, lex: Lexicon) -> list[Ent]:
    """The two parties of the first agreement the text reports, or [] (see the module)."""
    verbs = lex.cues("IMPLEMENTS", "agreement_verbs")
    joints = tuple(lex.cues("IMPLEMENTS", "joint_preps"))
    if not verbs or not any(w in sim for w in lex.cues("IMPLEMENTS", "both_parties")):
        return []  # (only a document that speaks of both parties needs them)
    for v in re.finditer("|".join(map(re.escape, sorted(verbs, key=len, reverse=True))), sim):
        s = max(sim.rfind(c, 0, v.start()) for c in "。！？；\n，") + 1
        orgs = _orgs_before(dm, s, v.start())
        if len(orgs) == 1:
            orgs = _place_before(sim, s, orgs[0], joints, lex.list("place_levels")) + orgs
        if len(orgs) == 1:
            orgs += _named_partner(sim, orgs[0], v.start(), joints, lex)
        if len(orgs) != 2:
            continue
        a, b = orgs
        if _joined(sim[a.end:b.start], joints, lex) and v.start() - b.end <= _GAP and \
                a.name != b.name and sim[s:a.start].strip(" \u3000") == "":
            return [Ent(m.name, "Organization", m.start, m.end, "agreement_party", m.aliases)
                    for m in (a, b)]
    return []


def signing_parties(sim: str, dm: DocMentions, lex: Lexicon, start: int, end: int,
                    n: int) -> list[Ent]:
    """The ``n`` bodies of a signing in sim[start:end] (甲与乙、丙签署协议，三方…): the clause
    opens with the first, a word of partnership follows it, the others are joined by 、 or a
    partnership word and end right before the verb (a phrase of place or time between); []
    when the count differs."""
    joints = tuple(lex.cues("IMPLEMENTS", "joint_preps"))
    for verb in lex.cues("IMPLEMENTS", "agreement_verbs"):
        v = sim.find(verb, start, end)
        if v < 0:
            continue
        s = max(sim.rfind(c, start, v) for c in "。！？；\n，") + 1
        s = max(s, start)
        orgs = _orgs_before(dm, s, v)
        if 1 <= len(orgs) == n - 1:  # (a last party the mention finder missed)
            orgs += _named_partner(sim, orgs[-1], v, ("、", *joints), lex)
        if len(orgs) != n or sim[s:orgs[0].start].strip(" \u3000") or v - orgs[-1].end > _GAP:
            continue
        if not _joined(sim[orgs[0].end:orgs[1].start], joints, lex) or any(
                sim[a.end:b.start] not in ("、", *joints) for a, b in pairwise(orgs[1:])):
            continue
        if len({m.name for m in orgs}) == n:
            return [Ent(m.name, "Organization", m.start, m.end, "agreement_party", m.aliases)
                    for m in orgs]
    return []


def both_parties(ent: Ent, parties: list[Ent], words: frozenset[str]) -> list[Ent]:
    """The parties a word for both of them (``ent``, 双方) stands for; [ent] otherwise."""
    if parties and ent.name in words:
        return [Ent(p.name, p.type, ent.start, ent.end, p.rule, p.aliases) for p in parties]
    return [ent]
