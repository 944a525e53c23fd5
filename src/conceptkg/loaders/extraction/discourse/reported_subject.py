"""The subject of reported speech: in ``甲委员会副主席某某说，乙会要加强X，推出Y`` the speaker's
body (甲委员会) does not act in what is reported once the speech names a subject of its own
(乙会 before a word of obligation or intent, ``reported_subject_modals``), even one the
organisation finder does not know. ``某某说，要推出Y`` (no subject) and ``…说，我们将推出Y``
(a pronoun: the speaker's own side) keep the speaker's body."""

from __future__ import annotations

from ...zh import shipped
from .context import SentenceContext

__all__ = ["reported_subject"]

#: localizers the segmenter may join to a speech verb (讨论时说, 在讲话中说)
_LOCALIZERS = shipped().words("speech_localizers")
#: the segmenter's tags of a noun that may be a subject (not a pronoun, time or place word)
_NOUN_TAGS = ("n", "nt", "nz", "j", "nrt", "ng")


def reported_subject(ctx: SentenceContext, clause: tuple[int, int]) -> bool:
    """Whether ``clause`` follows a clause that ends with a speech verb (``speech_verbs``) and
    opens with a noun subject of one to three words before a word of
    ``reported_subject_modals`` (民革要…, 协会将…)."""
    prev = next((c for c in reversed(ctx.clauses) if c[1] <= clause[0]), None)
    if prev is None:
        return False
    ptoks = ctx.tokens(prev)
    speech = set(ctx.lex.list("speech_verbs"))
    last = ptoks[-1].text if ptoks else ""
    if last not in speech and not (last[:1] in _LOCALIZERS and last[1:] in speech):
        return False  # (在会上说, 讨论时说: the segmenter joins a localizer to 说)
    modals = set(ctx.lex.list("reported_subject_modals"))
    toks = ctx.tokens(clause)
    k = 0
    while k < len(toks) and k < 3 and toks[k].tag in _NOUN_TAGS and toks[k].text not in modals:
        k += 1
    return 0 < k < len(toks) and toks[k].text in modals
