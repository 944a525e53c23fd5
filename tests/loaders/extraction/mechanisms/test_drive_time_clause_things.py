"""A clause of time that says a named thing is done (甲项目建成投产后，将带动B; 乙产业园建成后将
带动B) hands that thing to its cue as the driver; a bare head (项目, 计划) stands for the thing
named just before. A clause of time that names only an act, or whose subject is a body, gives
no driver."""

from tests.loaders.extraction_helpers import drive_pairs as _drives


def test_the_thing_of_a_time_clause_drives():
    got = _drives("岚州年产3万吨竹纤维项目投产后，将带动沿线竹农扩大种植。")
    assert any(s == "岚州年产3万吨竹纤维项目" for s, _ in got)
    got = _drives("恒拓智造产业园全面建成后将带动三家物流仓储企业落户。")
    assert any(s == "恒拓智造产业园" for s, _ in got)


def test_a_bare_head_stands_for_the_thing_named_before():
    got = _drives("恒拓集团在青禾镇投资建设年产2万吨菌菇烘干项目。"
                  "项目竣工后将带动邻近村组扩大菌菇栽培。")
    assert any(s == "年产2万吨菌菇烘干项目" for s, _ in got)


def test_an_act_or_a_body_drives_nothing():
    assert not _drives("开展业务后，将为用户带来更多服务。")
    assert not any(s == "恒拓集团" for s, _ in _drives("恒拓集团投产后，将带动就业增长。"))
    assert not any(s == "项目" for s, _ in _drives("项目竣工后将带动村民务工。"))


def test_a_bare_head_far_back_stands_for_the_only_thing_with_it():
    filler = "岚州今年春季雨水偏多，镇上的茶园比往年晚半个月开采。" * 12
    got = _drives("恒拓集团投资建设岚州智能装备产业园。" + filler +
                  "产业园的投运还会带动镇上的小吃摊和民宿。")
    assert any(s == "岚州智能装备产业园" for s, _ in got)
