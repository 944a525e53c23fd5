"""Where the head of a 等-list ends before a predicate (``A、B等H供应充足``: H), and the lists
of ``以B、C为代表的A``, read for :class:`.cue_includes.CueIncludes`. A mixin of methods only:
the state is :class:`.cue_includes.CueIncludes`'s (its word lists), and each call's state is the
sentence's :class:`~..discourse.context.SentenceContext`.
"""

from __future__ import annotations

from typing import Any

from ..discourse.context import SentenceContext
from ..rules.common import Found
from ..words.tokens import Tok

__all__ = ["EtcPredicates", "PREDICATE_TAGS"]

#: the tags of words that say how a thing is or fares (充足, 广泛应用, 尤为): no part of a name
PREDICATE_TAGS = ("a", "ad", "d", "l", "i", "z")


class EtcPredicates:
    """Head ends before predicates, and represented lists; the host gives the word lists and
    ``_head``, ``_items`` and ``_emit``."""

    kind_heads: Any
    rel_heads: Any
    state_words: Any
    predicate_openers: Any
    _head: Any
    _items: Any
    _emit: Any

    def _before_predicate(self, ctx: SentenceContext, s: int, e: int, short: bool = False
                          ) -> int:
        """Where the phrase sim[s:e] ends when a predicate closes it (see _predicate_tail)."""
        words = ctx.tokens((s, e))
        state = next((k for k in range(1, len(words)) if ctx.sim[words[k].start:e]
                      in self.state_words and any(t.noun for t in words[:k])), None)
        if state is not None:  # (为代表的新型消费蓬勃兴起: 新型消费; DRIVES.state_predicates)
            return words[state - 1].end
        j = self._predicate_tail(ctx, words, short)
        return e if j is None else words[j - 1].end

    def _predicate_tail(self, ctx: SentenceContext, words: list[Tok], short: bool = False
                        ) -> int | None:
        """Where a predicate that closes a list's head starts (A、B等H供应充足, 等H广泛应用): an
        adjective, adverb or idiom with no noun after it (配套服务 is a noun), and the verbs
        right before it; None when the head has none, or what is left would be shorter than
        three characters and no lexicon term (等竞相争艳: no head at all) unless ``short``."""
        j = next((k for k in range(1, len(words)) if words[k].tag in PREDICATE_TAGS
                  and words[k].text not in ctx.args.nominal
                  and not words[k].text.endswith(self.kind_heads)
                  and not any(t.noun and not (words[k].tag == "a" and self._action(ctx, t))
                              for t in words[k + 1:])), None)
        if j is None:
            return None
        while j > 1 and ((words[j - 1].tag in ("v", "vn") and not words[j - 1].text.endswith(
                ctx.args.init_heads)) or words[j - 1].text in self.predicate_openers):
            j -= 1  # 供应充足, 增长明显, 总体平稳: the verb belongs to the predicate
        head = ctx.sim[words[0].start:words[j - 1].end]
        if not any(t.tag[:1] in ("n", "j") for t in words[:j]) or (
                len(head) < 3 and not short and ctx.lex.lookup(head) is None):
            return None
        return j

    def _state_before_verb(self, ctx: SentenceContext, words: list[Tok]) -> int | None:
        """Where a head's predicate starts with a word of manner or state (two characters or
        more, no noun) right before a verb (等H合理规划X, 等H兜底保供) or after one at the phrase's
        end (等H发展兴旺): the nouns before it are the head, even a two-character one."""
        j = next((k for k in range(1, len(words)) if words[k].tag in ("a", "ad", "d", "z", "s")
                  and len(words[k].text) > 1 and words[k].text not in ctx.args.nominal
                  and (words[k + 1].tag[:1] == "v" if k + 1 < len(words)
                       else words[k - 1].tag in ("v", "vn"))), None)
        if j is None or not all(t.noun for t in words[:j]):
            return None
        while j > 1 and words[j - 1].tag in ("v", "vn"):
            j -= 1  # 等H发展兴旺: the verb belongs to the predicate
        return j if words[j - 1].tag[:1] in ("n", "j") else None

    def _action(self, ctx: SentenceContext, t: Tok) -> bool:
        """A verb the dictionary tags as a noun, no kind of thing (融合, 联动: 等H高效融合 says
        how H works together; 产业, 技术 name kinds)."""
        return t.text in ctx.args.nominal and not t.text.endswith(self.kind_heads) and \
            not t.text.endswith(self.rel_heads)

    def _represented(self, ctx: SentenceContext, toks: list[Tok], q: int,
                     out: list[Found]) -> None:
        # 以 B、C 为代表的 A
        if toks[q - 1].text != "为" and not toks[q].text.startswith("为"):
            return
        k = q - 2 if toks[q - 1].text == "为" else q - 1
        i = k
        while i >= 0 and toks[i].text != "以":
            i -= 1
        if i < 0:
            return
        j = q + 1
        if j < len(toks) and toks[j].text == "的":
            j += 1
        if j == q + 1 and (j == len(toks) or toks[j].tag == "x"):
            # H以B、C为代表 (nothing after): the subject before 以 is the head
            span = ctx.args.subject(toks, i) if i > 0 else None
            head = self._head(ctx, span, "cue_includes_represented") if span else None
        else:
            item = ctx.args._item(toks, j, len(toks), frozenset())
            head = item and ctx.args.entity(
                item[0], self._before_predicate(ctx, item[0], item[1]),
                "cue_includes_represented")  # (为代表的H广泛应用: H)
        if not head:
            return
        self._emit(ctx, head, self._items(ctx, toks[:k + 1], i + 1, "cue_includes_represented",
                                          head), "cue_includes_represented", out)
