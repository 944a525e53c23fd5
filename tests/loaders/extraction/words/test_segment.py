"""The one-pass segmenter gives exactly the words of jieba's ``lcut(text, HMM=False)``."""

from __future__ import annotations

from pathlib import Path

import jieba
import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs

from conceptkg.loaders.extraction.words.segment import segment
from conceptkg.loaders.extraction.words.tokens import _jieba, tokenize

SAMPLES = [
    "",
    "市",
    "数字经济带动传统产业转型升级，新能源汽车产量增长三成。",
    "某某集团推出AI+制造试点，5G基站新增1.2万个，GDP增长5.3%。",
    "ABC公司与X1团队合作 开发\r\n新型储能\t平台 。",
    "第14个五年规划纲要提出：加快建设现代化产业体系（2021—2025年）",
    "a b  c\n\n甲乙丙丁戊己庚辛",
    "😀创新驱动发展😀，全球𠀀化",  # characters outside jieba's Chinese range
    "Python3.11与C++#&_%-混排",
]


def _jieba_words(text: str) -> list[str]:
    return jieba.lcut(text, HMM=False)


@pytest.mark.parametrize("text", SAMPLES)
def test_same_words_as_jieba(text):
    dt = _jieba().dt
    assert segment(text, dt) == _jieba_words(text)


def test_words_added_to_jieba_are_used():
    dt = _jieba().dt
    text = "他们提出翠湖蓝图计划并启动实施"
    jieba.add_word("翠湖蓝图计划", freq=50000)
    try:
        words = segment(text, dt)
        assert "翠湖蓝图计划" in words
        assert words == _jieba_words(text)
    finally:
        jieba.del_word("翠湖蓝图计划")
    assert segment(text, dt) == _jieba_words(text)


_ALPHABET = hs.sampled_from(list("创新驱动发展数字经济产业平台建设推进的了和与、，。 \n1a9Z.+%-"))


@settings(max_examples=300, deadline=None)
@given(hs.lists(_ALPHABET, max_size=40).map("".join))
def test_same_words_as_jieba_on_any_mix(text):
    assert segment(text, _jieba().dt) == _jieba_words(text)


def test_tokens_carry_offsets_into_the_text():
    text = "前言。数字经济带动就业"
    toks = tokenize(text, 3, len(text))
    assert [t.text for t in toks] == _jieba_words(text[3:])
    assert all(text[t.start:t.end] == t.text for t in toks)
    assert toks[0].start == 3 and toks[-1].end == len(text)


NEWS = Path(__file__).resolve().parents[5] / "shared" / "corpus" / "news"


@pytest.mark.skipif(not NEWS.is_dir(), reason="needs ../shared/corpus/news")
def test_same_words_as_jieba_on_real_news():
    dt = _jieba().dt
    files = sorted(NEWS.iterdir())[::20]
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            assert segment(line, dt) == _jieba_words(line), (path.name, line[:40])
