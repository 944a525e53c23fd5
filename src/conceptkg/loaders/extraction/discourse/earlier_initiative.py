"""The initiative a short subject takes up: a report names a programme in full once
(``澄屿创新联盟今日揭牌``) and later only by its head (``该联盟由甲大学、乙集团共同发起``,
``冷链班列由乙集团开行``). A subject that is a word of ``head_determiners`` (该, 此, 首趟 …)
followed by a word ending with an initiative head, or a bare name of at most four characters
ending with one, stands for the nearest earlier full name that ends with the same words (a
name the subject's words close, longer than them, typed Initiative). After a determiner, three
or four characters without such a head may abbreviate an earlier name (``本届农博会`` for
``澄屿农业博览会``): the nearest Initiative ending with the same character that holds all of
them in order. The search looks back
with ``str.rfind`` a few times only and reads one short window of words per hit.
"""

from __future__ import annotations

from ..arguments.phrases import Ent
from .context import SentenceContext

__all__ = ["earlier_initiative"]

_NAME_PUNCT = frozenset("“”—-")
_STOP_TAGS = ("p", "uj", "ul", "c", "r", "d", "t", "f", "q", "u", "y")
_TRIES = 6
_WINDOW = 24


def _short(ctx: SentenceContext, s: int) -> tuple[int, bool]:
    """Where the subject's own words start, and whether a determiner opens it (该联盟, or
    联盟 right after 该)."""
    for w in sorted(ctx.lex.list("head_determiners"), key=len, reverse=True):
        if ctx.sim.startswith(w, s):
            return s + len(w), True
        if ctx.sim.endswith(w, 0, s):
            return s, True
    return s, False


def earlier_initiative(ctx: SentenceContext, s: int, e: int, rule: str) -> Ent | None:
    """The full name an initiative's short subject ``sim[s:e]`` takes up, else None."""
    k, det = _short(ctx, s)
    rest = ctx.sim[k:e]
    if det and 3 <= len(rest) <= 4 and not rest.endswith(ctx.args.init_heads2):
        return _abbreviated(ctx, k, rest, rule)  # 本届农博会: an earlier 农业博览会
    if len(rest) < 2 or not rest.endswith(ctx.args.init_heads2) or (not det and len(rest) > 4):
        return None
    p = k
    item = any(ctx.sim.startswith(w, s) or ctx.sim.endswith(w, 0, s)
               for w in ctx.lex.list("item_determiners"))
    # (这项活动: the matter its own paragraph has just described)
    lo = ctx.sim.rfind("\n", 0, k) + 1 if item else 0
    for _ in range(_TRIES):
        p = ctx.sim.rfind(rest, lo, p)
        if p <= 0:
            return None
        ent = _name_ending(ctx, p, p + len(rest), rule)
        if ent is not None and len(ent.name) > len(rest):
            return ent
    return None


def _in_order(short: str, name: str) -> bool:
    """Whether the characters of ``short`` occur in ``name`` in their order."""
    it = iter(name)
    return all(c in it for c in short)


def _abbreviated(ctx: SentenceContext, k: int, rest: str, rule: str) -> Ent | None:
    """The nearest earlier Initiative that ``rest`` abbreviates: a longer name ending with
    the same character that holds all of its characters in order (农博会: 农业博览会)."""
    p = k
    for _ in range(_TRIES):
        p = ctx.sim.rfind(rest[-1], 0, p)
        if p <= 0:
            return None
        ent = _name_ending(ctx, p, p + 1, rule)
        if ent is not None and len(ent.name) > len(rest) + 1 and _in_order(rest, ent.name):
            return ent
    return None


def _name_ending(ctx: SentenceContext, p: int, q: int, rule: str) -> Ent | None:
    """The Initiative named by the words of the clause that end at ``q`` (ending with the
    short form at ``p``)."""
    w = p
    while w > 0 and p - w < _WINDOW and ctx.sim[w - 1] not in "，。；！？：\n,;:!? \u3000（(":
        w -= 1
    toks = ctx.args.tokens(w, q)
    if not toks or toks[-1].end != q:
        return None
    dets = ctx.lex.list("head_determiners")
    j = len(toks)
    while j > 0:
        t = toks[j - 1]
        if t.text == "”":  # (a quoted name is one piece, however its words are tagged)
            opening = next((i for i in range(j - 2, -1, -1) if toks[i].text == "“"), None)
            if opening is not None:
                j = opening
                continue
        if t.text in _NAME_PUNCT or (t.tag == "x" and t.text in _NAME_PUNCT):
            j -= 1
            continue
        if t.tag.startswith("t") and j > 1 and (toks[j - 2].text == "”" or (
                j == len(toks) and t.text in ctx.lex.list("event_heads"))):
            j -= 1  # (“甲乙里”夜经济集聚区: a word of time right after a quoted name is inside;
            # 电商直播节: an event's head, whatever its tag)
            continue
        if t.tag == "x" or t.tag.startswith(_STOP_TAGS) or t.text in ctx.args.cue_verbs or \
                t.text in ctx.args.lead or t.text in dets:
            break
        j -= 1
    if j > 0 and toks[j - 1].text in ctx.lex.words("route_words"):
        return None  # (甲至乙走廊: a name cut at its joining word is no name)
    while j < len(toks) and toks[j].text in "”—-":
        j += 1  # (a closing mark is no start of a name)
    if j >= len(toks) or toks[j].start >= p:
        return None
    ent = ctx.args.entity(toks[j].start, q, rule, hint="Initiative")
    return ent if ent is not None and ent.type == "Initiative" else None
