"""``B(主要)得益于A、C以及D``: what a result owes itself to drives it (company reports explain
a growth this way). The words are ``DRIVES.benefit_verbs``; B is the clause's subject before the
verb (an organisation's self-mention before it is no part of B: 公司业绩增长 → 业绩增长, the whole
an alias), each item of the list after it (split at 、 and ``DRIVES.benefit_joins``) is a source,
as the clause names it (海外订单回暖: the event, not only its thing). A body or a place is no
source; a B that is an actor is no target; a phrase of degree or a pronoun before the verb
(很大程度上受益于X, 这一变化受益于…) and a count of aspects after it (受益于三个方面) give nothing
(the words of degree or aspect are ``DRIVES.benefit_vague_words``).
"""

from __future__ import annotations

from collections.abc import Callable

from ..arguments.phrases import Ent
from ..discourse.context import SentenceContext
from ..rules.common import Found
from ..words.tokens import Tok
from .clause_words import word_in_clause

__all__ = ["benefit_drives"]

_ACTORS = ("Organization", "Place", "Person")
#: tags that make a phrase before the verb no subject: a localizer, an adverb, a pronoun, a count
_NO_SUBJECT_TAGS = ("f", "d", "ad", "r", "m", "mq")


def _items(toks: list[Tok], joins: frozenset[str]) -> list[list[Tok]]:
    """The items of the list ``toks``, split at 、 and the words of ``joins`` outside quotes."""
    out: list[list[Tok]] = [[]]
    depth = 0
    for t in toks:
        if t.text in "“《「":
            depth += 1
        elif t.text in "”》」":
            depth = max(0, depth - 1)
        if depth == 0 and (t.text == "、" or t.text in joins):
            out.append([])
            continue
        out[-1].append(t)
    return [w for w in out if w]


def benefit_drives(ctx: SentenceContext, verbs: tuple[str, ...], joins: frozenset[str],
                   source: Callable[[SentenceContext, tuple[int, int], str], Ent | None],
                   out: list[Found]) -> None:
    """Add ``A DRIVES B`` for each A listed after a benefit verb whose clause's subject is B."""
    rule = "cue_drives_benefit"
    self_names = ctx.lex.words("org_self_mentions")
    vague = frozenset(ctx.lex.cues("DRIVES", "benefit_vague_words"))  # (很大程度上, 三个方面)
    for w in verbs:
        found = word_in_clause(ctx, w)
        if found is None:
            continue
        _cl, toks, k0, k1 = found
        if not k0 or k1 is None:
            continue
        span = ctx.args.subject(toks, k0)
        if span is None:
            continue
        words = ctx.tokens(span)
        if not any(t.noun for t in words) or any(
                t.tag in _NO_SUBJECT_TAGS or t.text in vague for t in words):
            continue  # (很大程度上受益于X: how much; 这一增长: the one named before)
        aka: tuple[str, ...] = ()
        if len(words) > 1 and words[0].text in self_names and span[1] - words[1].start >= 2:
            aka, span = (ctx.sim[span[0]:span[1]],), (words[1].start, span[1])
        dst = ctx.args.entity(span[0], span[1], rule, extra_aliases=aka)
        if dst is None or dst.type in _ACTORS or ctx.args.organisation(*span):
            continue
        rest = toks[k1:]
        while rest and (rest[-1].tag == "x" or rest[-1].text in ("等", "等等")):
            rest = rest[:-1]
        for item in _items(rest, joins):
            while item and item[-1].text in ("等", "等等"):
                item = item[:-1]
            if not item or item[-1].end - item[0].start < 2 or item[0].tag[:1] == "m" or \
                    item[-1].text in vague:
                continue  # (受益于三个方面: a count of aspects, named after it)
            src = source(ctx, (item[0].start, item[-1].end), rule)
            if src is not None and src.type not in _ACTORS and src.name != dst.name and \
                    ctx.claim("DRIVES", src, dst):
                out.append(Found(src, "DRIVES", dst, rule))
