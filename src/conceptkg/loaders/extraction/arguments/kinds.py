"""What a word or span of the text is, for the argument finder: a time expression, a place, a
person's name (a mixin of
:class:`~conceptkg.loaders.extraction.arguments.finder.ArgumentFinder`, whose word lists and
segmentation it uses)."""

from __future__ import annotations

from ..words.tokens import Tok, word_tag

__all__ = ["ArgumentKinds"]


class ArgumentKinds:
    """Kinds of words and spans: times, places, persons."""

    def is_time(self, t: Tok) -> bool:
        """A time expression (今天, 5月, 近年来), not 周年 or 新一代."""
        digits = any(map(str.isdigit, t.text))
        if t.tag == "t" and t.text not in self.non_time:
            return digits or t.text in self.lead or t.text.startswith(self._time_start_chars) \
                or t.text.endswith(("来", "前", "后", "天", "日", "间"))
        return digits and bool(self._date.match(t.text))

    def _place_name(self, s: int, e: int) -> bool:
        """The words before a level suffix (市, 省) form a name: no verb or adjective among
        them (制造强省 is a goal, not a province), nor a preposition or particle (甲厅与省: two
        names); two characters that no dictionary word joins, none of them a function
        character, are a name whatever their own tags (甲乙市)."""
        words = self.tokens(s, e)
        stem = self.sim[s:e - 1]
        if len(stem) == 2 and word_tag(stem) is None and word_tag(stem + self.sim[e - 1]) in (
                None, "ns") and \
                not any(ch in self.lex.charset("not_place_start_chars") for ch in stem):
            return True  # 甲乙市: two characters no dictionary joins (their own tags say
            # nothing) before the level name a place
        if (len(words) == 1 or (len(words[-1].text) > 1 and words[-1].text[0] != "全")) and \
                words[-1].tag != "ns":
            return False  # 园林城市, 特色集市: a word of the dictionary ends it, no place (甲省
            # 全省: the whole province)
        return not any(t.tag in ("v", "vn", "a", "ad", "d", "c", "p", "uj") or t.text == "、"
                       for t in words[:-1]) and \
            not (len(words) > 1 and words[-1].tag in ("v", "a"))

    def has_word(self, word: str, s: int, e: int) -> bool:
        return self.sim.find(word, s, e) >= 0

    def is_place(self, s: int, e: int) -> bool:
        """sim[s:e] names a place (a place mention, 海州市, or a place in jieba's dictionary)."""
        text = self.sim[s:e]
        if self.dm.at_of_type(s, e, ("Place",)) is not None:  # (a place mention of the span)
            return True
        if bool(self.place_re and self.place_re.match(text) and self._place_name(s, e)) \
                or word_tag(text) == "ns":
            return True
        return self.minor_place(text)

    def minor_place(self, text: str) -> bool:
        """A district, town or township (临江区, 江口镇): a lower-level suffix
        (``minor_place_suffixes``) after a word the dictionary tags as a place, or after two
        characters that no dictionary word joins, none of them a function character, the whole
        no dictionary word but a name (甲乙镇, like 甲乙市 in :meth:`_place_name`; not 示范区,
        核心区, 园区, nor 甲港区, where the suffix closes a word of its own: 港区)."""
        if not text.endswith(self.minor_places):  # (most texts: no suffix to look for)
            return False
        suffix = next((x for x in self.minor_places if text.endswith(x)), None)
        if suffix is None or len(text) - len(suffix) < 2:
            return False
        stem = text[: -len(suffix)]
        if text in self.lex.list("park_suffixes"):
            return False  # 经开区, 综保区: a kind of park, no place's name
        if word_tag(stem) == "ns":
            return True
        return len(stem) == 2 and word_tag(stem) in (None, "nr", "nz") and \
            word_tag(text) in (None, "ns", "nr", "nz") and \
            word_tag(stem[-1] + suffix) is None and \
            not any(ch in self.lex.charset("not_place_start_chars") for ch in stem)

    def is_person(self, text: str) -> bool:
        """A personal name: a common surname and one or two characters the dictionary does not
        know as a word (张三, 李晓明), or a word tagged as a name."""
        tag = word_tag(text)
        if tag in ("nrfg", "nrt") or (tag == "nr" and text[:1] in self.surnames):
            return True  # (the dictionary tags many plain words nr: 养老, 幸福感)
        return 2 <= len(text) <= 3 and text[0] in self.surnames and tag is None and \
            word_tag(text[1:]) not in ("n", "vn", "v", "nz", "ns")
