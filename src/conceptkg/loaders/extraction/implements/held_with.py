"""``A与B举行X``: a body that holds a meeting or an event with others (``甲部与乙国工商界人士
举行X对接会``, ``甲部先后与乙、丙两国政界人士举办Y``) holds it; the phrase after the joint
preposition (``IMPLEMENTS.joint_preps``) names those it meets, no clause of their own, when it
runs to a verb of holding (``IMPLEMENTS.event_verbs``: 举行, 举办, 召开 …) with no other verb and
no clause mark between. With any other verb (``甲部与乙企业签署X``, ``甲国与乙国共建Y``) the
preposition still relates the actor to the phrase after it, as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..discourse.context import SentenceContext
    from ..words.tokens import Tok

__all__ = ["held_with_end"]


def held_with_end(ctx: SentenceContext, toks: list[Tok], k: int, q: int, verb: int
                  ) -> int | None:
    """The index of the verb of holding toks[verb] when toks[k] is a joint preposition whose
    phrase runs to it (nouns, list marks, counts only); None otherwise."""
    if toks[k].text not in ctx.lex.cues("IMPLEMENTS", "joint_preps") or \
            toks[verb].text not in ctx.lex.cues("IMPLEMENTS", "event_verbs") or k + 1 >= q:
        return None
    for t in toks[k + 1:q]:
        if t.text != "、" and (t.tag[:1] in ("v", "p", "w", "d") or t.text in "，；。："):
            return None
    return q
