"""DRIVES of ``为B提供…支撑`` without a subject: a programme an earlier clause of the sentence
launched (not only the clause right before) provides; a thing set up that is no programme
(开设X培训班) or a rule carried out (落实X制度) provides nothing. Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> set[tuple[str, str]]:
    kg = extract(text)
    return {(kg.node(e.source).name, kg.node(e.target).name)
            for e in kg.edges() if e.type == "DRIVES"}


def test_a_programme_launched_two_clauses_back_provides():
    got = _drives("我们启动“青禾工匠”培育计划，分层分类培养懂农机的复合型人才300余名，"
                  "为集团数字化转型提供了坚实的人才支撑。")
    assert any(s.startswith("青禾工匠") and t.endswith("数字化转型") for s, t in got)
    assert not any(s.startswith("分层") for s, _ in got)
    got = _drives("要求如下。实施“北岭英才”人才计划，对引进的高层次人才给予安家补贴，"
                  "为雾溪数字经济发展提供人才支撑。")
    assert any(s.startswith("北岭英才") and "数字经济" in t for s, t in got)


def test_no_programme_no_provider():
    got = _drives("公司联合甲学院开设数字技能培训班，全年培训工人300人次，"
                  "为企业数字化转型提供人才支撑。")
    assert not any(s.endswith("培训班") for s, _ in got)
    got = _drives("各部门要落实包联重点项目制度，确保项目早落地，为建设雾溪强县提供坚实支撑。")
    assert not any(s.endswith("制度") for s, _ in got)
