"""A verb of driving followed by 型 (引领型, 驱动型, 支撑型, 拉动型…, ``modifier_words``) names a
kind of thing, not an action: 创新驱动型经济 is a kind of economy that nothing is said to drive;
the bare verb still drives."""

from tests.loaders.extraction_helpers import edges, extract


def _drives(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "DRIVES"}


def test_a_kind_named_by_a_verb_of_driving_drives_nothing():
    assert not _drives("要科学布局前瞻引领型、战略导向型、应用支撑型重大科技设施。"
                       "加快建设创新驱动型经济。推动消费拉动型增长。")


def test_the_bare_verb_still_drives():
    assert ("创新", "DRIVES", "产业升级") in _drives("创新驱动产业升级。")
