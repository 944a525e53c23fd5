"""IMPLEMENTS through a means phrase (甲省通过X开展Y) and a directing verb (部署各级组织开展Y)."""

import pytest

from ...extraction_helpers import edges, extract


@pytest.mark.parametrize("text, expected", [
    # a short nominal means between the actor and the verb
    ("岚州省通过旅游卡开展“畅游岚州”活动，发放旅游卡。",
     ("岚州省", "IMPLEMENTS", "畅游岚州活动")),
    # a body directs the units under it to carry out a programme: it leads the programme
    ("岚州市商务局部署各区开展“消费提振年”行动。",
     ("岚州市商务局", "IMPLEMENTS", "消费提振年行动")),
    ("岚州团委部署各级团支部开展护河志愿服务活动。",
     ("岚州团委", "IMPLEMENTS", "护河志愿服务活动")),
])
def test_directed_and_means(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in edges(extract(text))


@pytest.mark.parametrize("text", [
    # the body after a directing verb is no group of units: nothing it leads is named
    "岚州市政府组织各部门负责人参加培训。",
    # a means that holds a verb phrase of its own is not skipped
    "恒拓集团通过各方面努力提升服务质量。",
])
def test_no_programme(text: str) -> None:
    assert not {e for e in edges(extract(text)) if e[1] == "IMPLEMENTS"}


@pytest.mark.parametrize("text, actor", [
    # a word of time after a company's name in apposition is no part of the name
    ("在岚州，外资企业恒拓不久前表示将在当地出资6亿元建设新的研发基地。", "恒拓"),
])
def test_time_word_closes_appositive_name(text: str, actor: str) -> None:
    assert {e[0] for e in edges(extract(text)) if e[1] == "IMPLEMENTS"} == {actor}


def test_verb_phrase_is_no_actor() -> None:
    # a verb and its object the segmenter's dictionary tags a place does not act
    text = "岚州临江出台举措，在多个行业加大力度落实“双惠”政策。"
    assert "加大力度" not in {e[0] for e in edges(extract(text))}


@pytest.mark.parametrize("text, target", [
    # a study campaign named by the verb phrase of its theme
    ("岚州统战部扎实开展传承和弘扬澜江精神学习教育，认真制定工作方案。",
     "传承和弘扬澜江精神学习教育"),
    ("恒拓集团党委开展学习贯彻岚州条例主题教育。", "学习贯彻岚州条例主题教育"),
])
def test_themed_study_campaign(text: str, target: str) -> None:
    assert {e[2] for e in edges(extract(text)) if e[1] == "IMPLEMENTS"} == {target}


def test_bare_study_campaign_is_no_programme() -> None:
    # a bare campaign noun names no programme of its own
    assert not edges(extract("岚州统战部开展学习教育。"))


@pytest.mark.parametrize("text, target", [
    # 把开展X作为Y: the programme ends before the verb of role
    ("岚州机关工委把开展“清风”专项行动作为重要任务。", "清风专项行动"),
    ("岚州机关工委把开展廉政建设学习教育作为年度首要任务。", "廉政建设学习教育"),
])
def test_disposed_object_ends_at_role_verb(text: str, target: str) -> None:
    assert {e[2] for e in edges(extract(text)) if e[1] == "IMPLEMENTS"} == {target}


def test_permanent_mission_acts() -> None:
    # a country's permanent mission (常驻…代表团) is a body that holds events
    text = "澜国常驻欧盟代表团在布鲁塞尔举办了“岚韵迎春”新春招待活动。"
    assert ("澜国常驻欧盟代表团", "IMPLEMENTS", "岚韵迎春新春招待活动") in edges(extract(text))


def test_bare_delegation_is_no_mission() -> None:
    assert not edges(extract("岚州代表团举办“岚州日”推介活动。"))


def test_directing_body_of_relative_clause_acts() -> None:
    text = "由岚州民政厅指导建设的“岚州便民网”正式上线。"
    assert ("岚州民政厅", "IMPLEMENTS", "岚州便民网") in edges(extract(text))
