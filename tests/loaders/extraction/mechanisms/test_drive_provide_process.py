"""``A的快速发展为B注入动力``: a process said as a noun before 为…提供/注入 (a word of manner and
an action after 的) names A as what provides, the whole phrase an alias, as it does before a cue
verb. A body before 的 still drives nothing."""

from tests.loaders.extraction_helpers import edges, extract


def _drives(text: str) -> set[tuple[str, str]]:
    return {(e[0], e[2]) for e in edges(extract(text)) if e[1] == "DRIVES"}


def test_process_subject_provides():
    got = _drives("岚州新材料产业的快速发展为全市结构调整注入了强劲动力。")
    assert any(s.endswith("新材料产业") for s, _ in got), got


def test_process_subject_with_manner_provides():
    got = _drives("公共数据的有序开放为中小企业产品研发提供重要支撑。")
    assert any(s == "公共数据" for s, _ in got), got


def test_body_process_drives_nothing():
    got = _drives("恒拓集团有限公司的快速发展为全市结构调整注入了强劲动力。")
    assert not any("恒拓" in s for s, _ in got), got


def test_fresh_money_is_a_force():
    got = _drives("“岚苗计划”为初创期科技企业成长注入了金融活水。")
    assert any(d.endswith("科技企业成长") for _, d in got), got


def test_change_word_closes_general_target():
    got = _drives("新产品、新服务竞相涌现，为经济回升向好注入了强劲动力。")
    assert any(d.endswith("经济回升向好") for _, d in got), got
