"""What an amount measures: the thing it is about, never the body that reports it."""

from __future__ import annotations

import pytest

from conceptkg.loaders.extraction.amount_subject import reports
from tests.loaders.extraction_helpers import extract


def measured(text: str) -> dict[str, str]:
    kg = extract(text)
    return {kg.node(e.source).name: kg.node(e.target).name
            for e in kg.edges() if e.type == "MEASURES"}


@pytest.mark.parametrize("text", [
    "记者从江南省商务厅了解到，今年一季度，全省数字经济规模同比增长12.5%。",
    "据江南省统计局统计，今年一季度，全省数字经济规模同比增长12.5%。",
    "江南省统计局今天发布数据显示，一季度全省数字经济规模同比增长12.5%。",
    "记者从江南省交通运输厅了解到，今天预计全省旅客发送量超过1.2亿人次。",
    "据江南省统计局统计，今年一季度全省工业用电量同比增长6.1%。",
    "江南省林业局监测显示，目前全省74%的古树得到有效保护。",
])
def test_the_reporting_body_is_not_what_a_figure_measures(text):
    got = measured(text)
    assert not {"江南省商务厅", "江南省统计局", "江南省交通运输厅", "江南省林业局"} & set(
        got.values())
    assert set(got.values()) <= {"数字经济"}


def test_the_subject_of_the_sentence_is_measured():
    assert measured("江南省邮政分公司今年营业收入达到12.5亿元。") == {
        "营业收入 12.5亿元": "江南省邮政分公司"}


def test_a_paragraph_authority_is_not_carried_to_the_next_sentence():
    got = measured("江南省工业和信息化厅实施智能制造示范工程。当月产量为35万吨。")
    assert got == {}


def test_reports_looks_at_the_words_around_the_name():
    sim = "记者从某某局了解到，产量增长了5%。某某局实施了改造。"
    s = sim.index("某某局")
    assert reports(sim, s, s + 3)
    s2 = sim.index("某某局", s + 1)
    assert not reports(sim, s2, s2 + 3)
