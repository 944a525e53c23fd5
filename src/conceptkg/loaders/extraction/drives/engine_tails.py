"""Engine nouns and the B of an engine frame:

- ``带动B的引擎作用愈加突出``, ``是支撑B的核心支柱``: a cue's object that ends with 的 and an
  engine noun (``DRIVES.engine_nouns``, after ``engine_modifiers``; a ``role_effect_heads``
  word may close it) names the role the driving thing plays; what is driven is B, before 的;
- ``A成为X与Y融合的重要引擎``: a B that joins two things (one ``mutual_joins`` word) and closes
  with a ``joint_tails`` word (融合, 协同发展) is one process, each side a name.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from ..discourse.context import SentenceContext
from ..words.tokens import Tok

__all__ = ["engine_tail_start", "joint_process"]


def engine_tail_start(text: str, engines: Collection[str], mods: Collection[str],
                      roles: Collection[str]) -> int | None:
    """Offset in ``text`` (an object of a cue) of the last 的 when all after it is modifiers and an
    engine noun (a role noun may follow it), and at least two characters come before it; else
    None."""
    de = text.rfind("的")
    if de < 2:
        return None
    rest = text[de + 1:]
    for r in sorted(roles, key=len, reverse=True):
        if rest.endswith(r) and len(rest) > len(r):
            rest = rest[:-len(r)]
            break
    changed = True
    while changed and rest:
        changed = False
        for m in sorted(mods, key=len, reverse=True):
            if rest.startswith(m) and rest[len(m):]:
                rest, changed = rest[len(m):], True
                break
    return de if rest in engines else None


def joint_process(ctx: SentenceContext, words: list[Tok], joins: Collection[str],
                  ok: Callable[[list[Tok]], bool]) -> bool:
    """Whether ``words`` say that two things grow together (X与Y融合, X和Y协同发展): one join
    word, each side of it accepted by ``ok`` (the tail word with the second side)."""
    if not words or not ctx.sim[words[0].start:words[-1].end].endswith(
            tuple(ctx.lex.list("joint_tails"))):
        return False
    at = [j for j, t in enumerate(words) if t.text in joins]
    if len(at) != 1 or not 0 < at[0] < len(words) - 2:
        return False
    return ok(words[:at[0]]) and ok(words[at[0] + 1:])
