"""INCLUDES on sentences of our own: a 等-list whose clause ends with what is done to its head
(加快发展, 配套设施建设) has the head before that action; a phrase that is nothing but the
action (等振兴发展, 等健康发展) owns no list."""

from tests.loaders.extraction_helpers import edges, extract


def _parts(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_the_head_ends_before_its_development():
    got = _parts("岚州支持竹编、茶叶等重点产业发展。")
    assert {("重点产业", "竹编"), ("重点产业", "茶叶")} <= got


def test_the_head_ends_before_a_manner_and_its_development():
    got = _parts("栖梧区引导非遗刺绣、智能穿戴等新业态加快发展。")
    assert {("新业态", "非遗刺绣"), ("新业态", "智能穿戴")} <= got


def test_the_head_ends_before_its_construction():
    got = _parts("岚州加快推进冷链仓储、城市配送等物流设施建设。")
    assert {("物流设施", "冷链仓储"), ("物流设施", "城市配送")} <= got


def test_an_action_alone_owns_no_list():
    got = _parts("岚州促进山区、库区、牧区等振兴发展。")
    assert not any(s.endswith("发展") for s, _t in got)


def test_an_action_word_before_the_action_is_left_alone():
    got = _parts("鼓励恒拓集团参与保税仓库、分拨站点等项目投资建设。")
    assert not any(s == "项目投资" for s, _t in got)


def test_a_renewal_closes_the_head():
    got = _parts("古镇夜游、江湾骑行等文旅线路焕新升级，持续拉动周边消费。")
    assert not any(s.endswith("升级") for s, _t in got)
