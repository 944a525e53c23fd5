"""A 等-list that is what a talk is about (``围绕A、B等深入交流``, ``就A、B等展开讨论``): the words
after 等 are a verb of talking (``etc_talk_verbs``), alone after an opener of a topic
(``etc_topic_openers``: 围绕, 就) or after a manner of talking (``etc_talk_manners``: 深入,
展开); the list names topics and has no head. A talk noun after a list that is the object of
another verb (深化A、B等交流: exchanges in those fields) is left to the usual reading.
Called from :meth:`.cue_etc.EtcLists._etc`; the words are in zh/grammar.yaml.
"""

from __future__ import annotations

from ..discourse.context import SentenceContext
from ..words.tokens import Tok

__all__ = ["talk_topics"]


def talk_topics(ctx: SentenceContext, toks: list[Tok], a: int, q: int) -> bool:
    """True when the list ``toks[a:q]`` closed by 等 at ``q`` is the topic of a talk that the
    rest of the clause names (see the module)."""
    rest = [t for t in toks[q + 1:] if t.tag != "x"]
    if not rest or rest[-1].text not in ctx.lex.words("etc_talk_verbs") or len(rest) > 3:
        return False
    manners = ctx.lex.words("etc_talk_manners")
    if len(rest) > 1:
        return all(t.text in manners for t in rest[:-1])
    return a > 0 and toks[a - 1].text in ctx.lex.words("etc_topic_openers")
