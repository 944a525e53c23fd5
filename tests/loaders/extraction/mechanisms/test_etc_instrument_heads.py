"""A list used as an instrument ends its head with the first word of an instrument's kind
(运用A、B等新型网络技术改造X: 新型网络技术; etc_head_aspects.instrument_end); a measure of new
contracts after the head is left out (等新兴业务新签合同额); lists of majors and lists a basis
is read from own no parts (field_heads 专业, record_preps 依据). All texts are made up for these
tests."""

from tests.loaders.extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_an_instrument_head_ends_before_what_it_is_used_for():
    got = _includes("支持企业运用5G、工业以太网等新型网络技术改造升级车间内网。")
    assert ("新型网络技术", "工业以太网") in got
    assert not any("改造" in s for s, _ in got)


def test_without_a_verb_of_use_the_head_is_read_as_before():
    got = _includes("5G、工业以太网等新型网络技术加快普及。")
    assert ("新型网络技术", "工业以太网") in got


def test_a_measure_of_new_contracts_is_no_part_of_the_head():
    got = _includes("新能源、城市更新等新兴业务新签合同额占比提升到40%。")
    assert ("新兴业务", "城市更新") in got


def test_majors_and_a_basis_own_no_parts():
    assert not _includes("学校开设数控加工、智能制造运维等专业。")
    assert not _includes("该产品依据研发投入、专利数量等指标进行评价。")
