"""A clause of time that says a named thing is done (甲项目建成投产后，将带动B; 乙产业园建成后将
带动B) hands that thing to its cue as the driver; a bare head (项目, 计划) stands for the thing
named just before. A clause of time that names only an act, or whose subject is a body, gives
no driver."""

from tests.loaders.extraction_helpers import edges, extract


def _drives(text: str) -> set[tuple[str, str]]:
    return {(e[0], e[2]) for e in edges(extract(text)) if e[1] == "DRIVES"}


def test_the_thing_of_a_time_clause_drives():
    got = _drives("岚州年产10万吨锂电材料项目投产后，将带动上下游配套企业集聚。")
    assert any(s == "岚州年产10万吨锂电材料项目" for s, _ in got)
    got = _drives("恒拓智造产业园全面建成后将带动上下游配套企业加速集聚。")
    assert any(s == "恒拓智造产业园" for s, _ in got)


def test_a_bare_head_stands_for_the_thing_named_before():
    got = _drives("恒拓集团在岚州投资建设年产8万吨稻米精深加工项目。"
                  "项目建成后将带动周边乡镇优质稻订单种植。")
    assert any(s == "年产8万吨稻米精深加工项目" for s, _ in got)


def test_an_act_or_a_body_drives_nothing():
    assert not _drives("开展业务后，将为用户带来更多服务。")
    assert not any(s == "恒拓集团" for s, _ in _drives("恒拓集团投产后，将带动就业增长。"))
    assert not any(s == "项目" for s, _ in _drives("项目建成后将带动就业增长。"))


def test_a_bare_head_far_back_stands_for_the_only_thing_with_it():
    filler = "当地干部群众积极参与，各项工作有序推进，取得明显成效。" * 12
    got = _drives("恒拓集团投资建设岚州智能装备产业园。" + filler +
                  "产业园的落地还将带动配套服务业发展。")
    assert any(s == "岚州智能装备产业园" for s, _ in got)
