"""A为推进B作出了贡献, A为促进B发挥了作用: a contribution made to a cue phrase makes A drive B
(the contribution is no part of B); a contribution willed (愿为…作出更大贡献), made without a cue
(为当地作出了贡献) or made by a body drives nothing. Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> set[tuple[str, str]]:
    kg = extract(text)
    return {(kg.node(e.source).name, kg.node(e.target).name)
            for e in kg.edges() if e.type == "DRIVES"}


def test_contribution_to_a_verb_of_progress():
    assert ("跨江大桥", "两岸物流发展") in _drives("跨江大桥为推进两岸物流发展作出了重要贡献。")


def test_contribution_of_the_topic_before():
    got = _drives("跨江大桥建成以来，为推进两岸物流发展作出了重要贡献。")
    assert got == {("跨江大桥", "两岸物流发展")}


def test_contribution_is_no_part_of_the_target():
    got = _drives("跨江大桥建成以来，为促进两岸物流发展作出了重要贡献。")
    assert got == {("跨江大桥", "两岸物流发展")}


def test_a_role_played():
    assert ("两地合作", "区域物流发展") in _drives("两地合作为促进区域物流发展发挥了积极作用。")


def test_item_opening_with_another_verb_is_left_out():
    got = _drives("跨江大桥为推进两岸物流发展、保障防汛安全作出了重要贡献。")
    assert ("跨江大桥", "两岸物流发展") in got
    assert not any(t.endswith("安全") for _, t in got)


def test_will_drives_nothing():
    assert not _drives("跨江大桥愿为推进两岸物流发展作出更大贡献。")


def test_no_cue_drives_nothing():
    assert not _drives("跨江大桥为当地作出了重要贡献。")


def test_a_body_drives_nothing():
    assert not _drives("省交通运输厅为推进两岸物流发展作出了重要贡献。")
