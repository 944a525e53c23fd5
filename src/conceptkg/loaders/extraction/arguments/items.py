"""One item of a cue's argument list (:meth:`ArgumentItems._item`): where the phrase starts
after light verbs, leads and complements, and where a new predicate ends it. A mixin of
:class:`~.finder.ArgumentFinder`, which holds the word lists it reads."""

from __future__ import annotations

from typing import Any

from ..lists.list_items import route_end
from ..words.tokens import Tok

__all__ = ["ArgumentItems"]

_OPEN, _CLOSE = "“《「（(\"", "”》」）)\""


class ArgumentItems:
    """Mixin: the list item reader of :class:`~.finder.ArgumentFinder`."""

    campaigns: Any
    complements: Any
    cue_verbs: Any
    facility_heads: Any
    fare_words: Any
    init_heads: Any
    lead: Any
    light: Any
    nominal: Any
    routes: Any
    state_changes: Any
    stops: Any
    _head_ahead: Any
    _lead_end: Any
    _trim_right: Any
    is_time: Any
    is_verb: Any

    def _item(self, toks: list[Tok], a: int, b: int, verbs: frozenset[str],
              strip_verbs: bool = False, inner: bool = False) -> tuple[int, int, bool] | None:
        light = False
        s = self._lead_end(toks, a, b, light=False)
        if inner and s == a + 1 and toks[a].tag in ("p", "t") and b - a > 1:
            s = a  # A、对B突击、赛后C: an item after a separator keeps its first preposition or
            e = self._trim_right(toks, s, b, item=True)  # time word, and runs to its end
            return (toks[s].start, toks[e - 1].end, False) if e > s + 1 else None
        while s < b - 1 and (toks[s].text in self.light or toks[s].text in verbs
                             or toks[s].text in self.lead
                             or (strip_verbs and toks[s].text in self.cue_verbs)):
            if s + 2 == b and toks[s].text not in verbs and toks[s].text in self.light and \
                    toks[s + 1].tag in ("v", "vn", "n") and len(toks[s + 1].text) == 2 and \
                    toks[s + 1].text not in self.light:
                break  # 推动服务协同: a light verb before a lone short action word qualifies it
            light = light or toks[s].text in self.light or toks[s].text in self.cue_verbs
            s += 1
            if s < b - 1 and toks[s].text == "了" and toks[s - 1].verb:
                s += 1  # 拉动了B、促进了C: the aspect word after the verb is no part of C
        if 0 < s < b - 1 and toks[s].text in self.complements and \
                (toks[s - 1].text in self.cue_verbs or toks[s - 1].verb):
            s += 1  # 构建起X: the verb's complement is no part of X
        if s >= b:
            return None
        if strip_verbs:  # a list item runs whole to its separator (its tags are unreliable)
            e = self._trim_right(toks, s, b, item=True)
            return (toks[s].start, toks[e - 1].end, light) if e > s else None
        # the phrase ends where a new predicate starts
        e = s + 1
        depth = 1 if toks[s].text in _OPEN else 0
        while e < b:
            t = toks[e]
            if t.text in _OPEN:
                depth += 1
            elif t.text in _CLOSE:
                depth = max(0, depth - 1)
            elif depth == 0 and e > s and toks[e - 1].tag == "b" and len(toks[e - 1].text) == 1 \
                    and t.tag[:1] in ("v", "n"):
                pass  # 总产出, 总投资: a one-character modifier belongs to the word after it
            elif depth == 0 and e > s and len(t.text) == 1 and \
                    (toks[e - 1].text + t.text).endswith(self.facility_heads):
                pass  # 服务站146个: a one-character word that closes a facility's head (站)
            elif depth == 0:
                if t.text in self.routes and e > s and route_end(toks, e, b):
                    s = route_end(toks, e, b)  # 开通A至B的C: C, the route qualifies it
                    e, depth = s + 1, int(toks[s].text in _OPEN)
                    continue
                if (t.text in self.stops and not (
                        t.tag == "f" and e > s and e + 1 < b and toks[e + 1].tag[:1] == "n"
                        and toks[e - 1].tag[:1] == "n")) \
                        or t.tag in ("p", "x", "i") or self.is_time(t):
                    break  # (规模以上企业: a localizer between nouns qualifies the next)
                if len(t.text) >= 3 and t.text[:2] in self.lead:
                    break  # 不断涌现, 稳步增长: a predicate
                if e > s and t.text in self.fare_words and e + 1 < b and \
                        toks[e + 1].tag in ("m", "mq") and any(map(str.isdigit, toks[e + 1].text)):
                    break  # B突破500亿元, B增长12%: how B fares, a figure after it
                if (t.tag in ("d", "ad", "c") or (t.text in self.lead and t.tag in ("v", "c"))) \
                        and t.text not in self.nominal:
                    break
                if t.text in self.cue_verbs and t.text not in self.nominal and e + 1 < b:
                    if e > s and e + 2 < b and toks[e + 1].verb and \
                            toks[e + 2].text.endswith(self.init_heads2):
                        e += 3  # A深化提升行动: two verbs before a head name the programme
                        continue
                    if e > s and t.text in self.campaigns and \
                            toks[e + 1].text.endswith(self.init_heads2):
                        e += 2  # 等绿色出行创建行动: a campaign word before a head names it
                        continue
                    break
                if (t.text in self.lead or (t.tag == "m" and t.text[-1] in "次度"
                                            and not t.text[0].isdigit())) \
                        and e + 1 < b and toks[e + 1].verb:
                    break  # an adverb before a verb: 全面开工, 稳步推进, 首次迎来
                if t.verb and e + 1 < b and toks[e - 1].noun and \
                        toks[e - 1].text.endswith(self.init_heads2) and \
                        self._head_ahead(toks, e, b) is None and \
                        not (all(x.tag[:1] == "v" or x.tag == "x" for x in toks[e:b])
                             and "".join(x.text for x in toks[e:b]) not in self.state_changes
                             and not any(x.text in self.state_changes for x in toks[e:b])):
                    break  # 出台8条措施扶持X: a verb after a head opens a predicate (not when
                    # only verbs follow to the item's end: 产品迭代升级 names a process)
                if self.is_verb(t) and e + 1 < b and not toks[e + 1].tag.startswith("u") \
                        and toks[e + 1].tag != "x" and t.text not in self.light \
                        and not (toks[e + 1].tag == "vn" and e + 2 == b):
                    head = self._head_ahead(toks, e, b)
                    if head is None:
                        break
                    e = head
                    continue
            e += 1
        e = self._trim_right(toks, s, e)
        if e <= s:
            return None
        return toks[s].start, toks[e - 1].end, light
