"""Who drives, guarded: a bare word for a body that acts (政府引导X) and a phrase of time (三年内
推动X, 下一步将推动X) drive nothing; an amount before a name is how much of it (2.5亿元消费券 →
消费券, an alias); a modifier without a noun before 的 is no part of the driver (持续的X投入为B
提供支撑: X投入). Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> dict[str, tuple[str, ...]]:
    kg = extract(text)
    return {kg.node(e.source).name: tuple(kg.node(e.source).aliases)
            for e in kg.edges() if e.type == "DRIVES"}


def test_actors_and_times_drive_nothing():
    assert "政府" not in _drives("坚持政府引导、企业主体、市场运作。")
    assert not _drives("计划三年内带动园区500家企业。")
    assert not any(s.startswith("下一步") for s in _drives("下一步将推动“雾岭云仓”与海港对接。"))


def test_amount_before_a_name_is_an_alias_of_its_rest():
    got = _drives("3000万元夜市补贴带动夜市营业额1.8亿元。")
    assert any("夜市补贴" in (s, *a) for s, a in got.items())


def test_modifier_before_de_is_left_out_of_the_driver():
    got = _drives("持续的财政投入为湖区水质改善提供了坚实保障。")
    assert "财政投入" in got
    got = _drives("雾岭公司建设的净水基地为湖区水质改善提供了坚实保障。")
    assert "净水基地" not in got
