"""A bureau named right after its ministry with nothing between (甲部乙局开展X) is the body that
acts; the two names together are its name. A place before a body is one name already, and two
bodies parted by a mark both act."""

from tests.loaders.extraction_helpers import edges, extract


def _implements(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "IMPLEMENTS"}


def test_a_ministrys_bureau_acts():
    got = _implements("水利部长江水利委员会启动防汛专项行动。")
    assert ("水利部长江水利委员会", "IMPLEMENTS", "防汛专项行动") in got


def test_bureau_with_place_name_acts():
    got = _implements("自然资源部中国地质调查局开展冰川专项行动。")
    assert any(s.endswith("中国地质调查局") for s, _, _ in got)
    assert not any(s == "中国" for s, _, _ in got)


def test_two_bodies_parted_by_a_mark_both_act():
    got = _implements("商务部、海关总署启动冰川专项行动。")
    assert ("商务部", "IMPLEMENTS", "冰川专项行动") in got
    assert ("海关总署", "IMPLEMENTS", "冰川专项行动") in got


def test_a_place_before_a_bureau_is_one_name():
    got = _implements("海州市商务局开展安全演练。")
    assert ("海州市商务局", "IMPLEMENTS", "安全演练") in got


def test_a_count_of_bodies_after_a_list_is_no_subordinate_body():
    # (r107: 三部门 counts the bodies listed; the last body still acts under its own name)
    got = edges(extract("甲乙部、丙丁部、戊己管理部三部门联合印发《庚辛治理方案》。\n"))
    impl = {a for a, r, _ in got if r == "IMPLEMENTS"}
    assert not any(a.endswith("三部门") for a in impl), impl
    assert "戊己管理部" in impl, impl
