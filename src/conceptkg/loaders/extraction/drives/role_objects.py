"""Where the object of a role phrase ends: ``A对B(的)带动作用``, ``A对B带动明显``,
``发挥A对B的促进作用`` (``促进作用`` one word). The cue word qualifies a role noun
(``DRIVES.role_nouns``), is fused with one, or is followed by a word of degree
(``DRIVES.role_degrees``: 明显, 显著); B is what lies between the preposition and the cue
(less a final 的). A drives B (:meth:`.cue_frames.DriveFrames._role_object`)."""

from __future__ import annotations

from ..words.tokens import Tok

__all__ = ["role_object_end"]

_SPAN = 10  # the most tokens of B (and of what sits between 的 and the cue)


def _fused(text: str, verbs: frozenset[str], nouns: frozenset[str]) -> bool:
    return any(text.endswith(r) and text[:-len(r)] in verbs for r in nouns)


def role_object_end(toks: list[Tok], k: int, verbs: frozenset[str], nouns: frozenset[str],
                    degrees: frozenset[str], takes: frozenset[str]) -> int | None:
    """The index right after B, for the preposition at ``k``, or None where no role phrase
    follows in the clause; B ends before a verb of ``takes`` (对B发挥引领作用, 对B起到支撑作用)."""
    n = len(toks)
    de = next((j for j in range(k + 2, min(n, k + _SPAN)) if toks[j].text == "的"), None)
    if de is not None:  # 对B的(引擎)带动作用: the role noun within three tokens of 的
        r = next((j for j in range(de + 2, min(n, de + 4)) if toks[j].text in nouns), None)
        if r is not None and toks[r - 1].text in verbs:
            return next((j for j in range(k + 2, de) if toks[j].text in takes), de)
    take = None
    for j in range(k + 2, min(n, k + _SPAN + 1)):
        t = toks[j]
        if t.tag == "x":
            return None
        if take is None and t.text in takes:
            take = j
        fused = _fused(t.text, verbs, nouns)
        if not fused and not (t.text in verbs and j + 1 < n and (
                toks[j + 1].text in nouns or toks[j + 1].text in degrees)):
            continue
        end = take if take is not None else j - 1 if toks[j - 1].text == "的" else j
        return end if end > k + 1 else None
    return None
