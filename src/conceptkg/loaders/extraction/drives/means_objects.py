"""What a clause of means puts in place, read as the driver of the subjectless cue clause after
it (``通过实施甲示范工程，促进B``; ``乙县通过建设丙平台，带动B``): the programme or facility the
means clause launches, builds or puts in force drives B, not the body that acts nor the whole
clause. The clause opens (after a subject or not) with a preposition of means
(``drive_means_preps``) and a verb of ``drive_means_verbs``; what follows to the clause's end
must be one initiative. Without one (``通过大力拓展甲供给，推动B``), :func:`means_task_object`
gives the one thing the clause's one task works on.
"""

from __future__ import annotations

from collections.abc import Collection

from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext

__all__ = ["means_object", "means_task_object"]


def means_object(ctx: SentenceContext, clause: tuple[int, int], preps: Collection[str],
                 verbs: Collection[str]) -> Ent | None:
    """The initiative the means clause ``clause`` puts in place, else None."""
    words = ctx.tokens(clause)
    k = next((i for i, t in enumerate(words[:4]) if t.text in preps), None)
    if k is None or k + 2 >= len(words) or words[k + 1].text not in verbs:
        return None
    a, b = words[k + 2].start, words[-1].end
    if any(t.text in ("、", "和", "与", "及", "，") for t in words[k + 2:-1]):
        return None  # (通过建设A、完善B: tasks listed, no one thing)
    ent = ctx.args.entity(a, b, "cue_drives_means")
    if ent is None or ent.type != "Initiative" or ctx.sim[ent.start:ent.end] != ctx.sim[a:b]:
        return None
    return ent


def means_task_object(ctx: SentenceContext, clause: tuple[int, int], preps: Collection[str],
                      rule: str) -> Ent | None:
    """What the task of a means clause works on (``通过大力拓展甲供给，推动B``: 甲供给, the task
    ``拓展甲供给`` an alias), read as the driver of the subjectless cue clause after it, when
    no programme is named (:func:`means_object`): the clause opens (after a subject or not) with
    a preposition of means, adverbs, one verb and one thing to the clause's end (or, right
    after the preposition, one thing: ``依托甲平台，带动B``: 甲平台). None for a
    list of tasks, a second verb (通过友好会谈化解争议: the talks are the means of another
    task), a copula or a thing that acts."""
    words = [t for t in ctx.tokens(clause) if t.tag != "x"]
    k = next((i for i, t in enumerate(words[:4]) if t.text in preps), None)
    if k is None:
        return None
    joins = ("、", "和", "与", "及", "的", "并")  # (a list, or a qualified phrase: no one thing)
    j = k + 1
    while j < len(words) and (words[j].text in ctx.args.lead or (words[j].tag in ("d", "ad")
                              and words[j].text not in ctx.args.nominal)):
        j += 1  # (通过大力拓展A: the adverb)
    if j < len(words) and j == k + 1 and words[j].noun and \
            ctx.args.phrase_ok(words[j:], final_verb=True) and \
            not any(t.text in joins or t.tag in ("p", "m", "r") for t in words[j:]) and \
            not any(t.tag[:1] == "v" for t in words[j:-1]):  # (依托A建设B: A's own task)
        rest, aka = words[j:], ()  # 依托甲平台，带动B: the thing the means names
    else:
        if j + 1 >= len(words) or words[j].tag != "v" or len(words[j].text) < 2 or \
                words[j].text in ctx.args.copulas or words[j].text in ctx.args.nominal:
            return None
        rest = words[j + 1:]
        if any(t.text in joins or t.verb or t.tag == "p" for t in rest):
            return None
        aka = (ctx.sim[words[j].start:rest[-1].end],)
    a, b = rest[0].start, rest[-1].end
    ent = ctx.args.entity(a, b, rule, extra_aliases=aka)
    if ent is None or ent.type not in ("Concept", "Factor", "Initiative") or \
            (ent.start, ent.end) != (a, b):
        return None
    return ent
