"""``A的快速发展为B注入动力``: a process said as a noun before 为…提供/注入 (a word of manner and
an action after 的) names A as what provides, the whole phrase an alias, as it does before a cue
verb. A body before 的 still drives nothing. A word of change after a thing too general to
stand alone (经济回升向好) makes the whole phrase what is driven; after a thing of its own, the
thing is driven and the whole phrase is its alias."""

from tests.loaders.extraction_helpers import drive_pairs as _drives
from tests.loaders.extraction_helpers import edges, extract


def test_process_subject_provides():
    got = _drives("岚州冰雪旅游的快速发展为县域消费扩容注入了新的活力。")
    assert any(s.endswith("冰雪旅游") for s, _ in got), got


def test_process_subject_with_manner_provides():
    got = _drives("气象数据的持续开放为特色农业精细管理提供重要支撑。")
    assert any(s == "气象数据" for s, _ in got), got


def test_body_process_drives_nothing():
    got = _drives("恒拓集团有限公司的快速发展为县域消费扩容注入了新的活力。")
    assert not any("恒拓" in s for s, _ in got), got


def test_fresh_money_is_a_force():
    got = _drives("“岚禾贷”为家庭农场成长带来了金融活水。")
    assert any(d == "家庭农场成长" for _, d in got), got


def test_change_word_closes_general_target():
    got = _drives("新门店、新玩法接连亮相，为经济回升向好增添了持久动力。")
    assert any(d.endswith("经济回升向好") for _, d in got), got


def test_change_word_after_a_thing_is_its_alias():
    kg = extract("消费场景不断出新，为文旅市场回升向好提供了持久动力。")
    assert ("消费场景", "DRIVES", "文旅市场") in edges(kg)
    aliases = {n.name: n.aliases for n in kg.nodes()}
    assert "文旅市场回升向好" in aliases["文旅市场"], aliases
