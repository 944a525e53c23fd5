"""Articles of measures (第N条 …（责任单位：A、B）) are numbered tasks: their units carry out
the programmes the article sets up."""

from __future__ import annotations

from tests.loaders.extraction_helpers import edges, extract

_TEXT = (
    "青禾省促进小微企业发展若干措施\n\n一、优化发展环境\n\n"
    "第五条  实施“青苗行动”，引导银行扩大首贷投放。（责任单位：省财政厅、省金融局）\n\n"
    "第六条  设立规模20亿元的青禾小微企业发展基金，重点投向先进制造。（责任单位：省财政厅）\n\n"
    "第七条  支持企业开展研发活动，研发费用按规定给予补助。（责任单位：省科技厅）\n"
)


def _implemented(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "IMPLEMENTS"}


def test_an_articles_units_carry_out_its_programme() -> None:
    got = _implemented(_TEXT)
    assert ("省财政厅", "青苗行动") in got
    assert ("省金融局", "青苗行动") in got


def test_a_fund_is_named_after_its_last_de() -> None:
    got = _implemented(_TEXT)
    assert ("省财政厅", "青禾小微企业发展基金") in got
    assert not any(t.startswith("规模") for _s, t in got)


def test_an_article_without_a_programme_gives_its_units_nothing_odd() -> None:
    got = _implemented(_TEXT)
    assert not any(s == "省科技厅" and "规定" in t for s, t in got)


def test_a_numbered_task_names_only_its_first_clause() -> None:
    got = _implemented("二、重点任务\n\n1.实施“青苗行动”，引导银行扩大首贷投放。"
                       "（责任单位：省财政厅）\n")
    assert ("省财政厅", "青苗行动") in got
    assert not any("，" in t for _s, t in got)


def test_a_frequency_and_a_count_before_a_block_programme() -> None:
    got = _implemented(
        "二、重点任务\n\n第三条  建立青禾企业联系制度，每季度召开一次政企恳谈会议。"
        "（责任单位：省工商联）\n")
    assert ("省工商联", "政企恳谈会议") in got
    assert not any(t.startswith("一次") for _s, t in got)


def test_a_quoted_title_stays_the_units_beside_its_programmes() -> None:
    got = _implemented(
        "二、重点任务\n\n2.培育“青禾坊”特色街区。每季度举办一次“青禾坊”市集活动。"
        "（责任单位：县商务局）\n")
    assert ("县商务局", "“青禾坊”特色街区") in got or ("县商务局", "青禾坊特色街区") in got
