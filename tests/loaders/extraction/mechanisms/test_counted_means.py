"""A list closed by 等 and a counted unit of means (等多种方式, 等多种手段, ``summary_units``)
names no kind of thing: the items are ways something is done, no parts of a node 多种方式. A
counted head that names things (等多项举措) still owns its list."""

from tests.loaders.extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "INCLUDES"}


def test_a_counted_unit_of_means_owns_no_list():
    got = _includes("全省通过甲乙升级、丙丁引资、戊己营销等多种方式，延长产业链。"
                    "各地采取庚辛补贴、壬癸培训等多种手段稳定就业。")
    assert not got


def test_a_counted_head_of_things_still_owns_its_list():
    got = _includes("甲市推出消费券、以旧换新等多项举措。")
    assert ("多项举措", "INCLUDES", "消费券") in got
