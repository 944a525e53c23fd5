"""DRIVES of the ninth round, each on sentences of our own: a subject before a verb of aim,
a clause of thriving before 为B注入…, the subject (not the object) of the clause before."""

from tests.loaders.extraction_helpers import edges, extract


def test_a_subject_before_a_verb_of_aim_drives():
    got = edges(extract("数字技术有助于推动制造业转型。"))
    assert ("数字技术", "DRIVES", "制造业转型") in got
    # the aim carries across the task clauses after it that open with a cue
    got = edges(extract("《办法》旨在规范林木采伐，促进山区群众增收，推动林业可持续发展。"))
    assert {("办法", "DRIVES", "林业可持续发展"), ("办法", "DRIVES", "山区群众增收")} <= got
    # no subject, or an actor: nothing drives
    assert not any(e[1] == "DRIVES" for e in edges(extract("海州市有利于推动制造业转型。")))


def test_a_subject_after_a_verb_of_hope_and_before_an_aim():
    got = edges(extract("专家相信日益丰富的职业培训有助于丰富技能储备，更好促进居民就业。"))
    assert any(e[0].endswith("职业培训") and e[1:] == ("DRIVES", "居民就业") for e in got)


def test_a_clause_of_thriving_names_what_provides():
    got = edges(extract("近年来，各类研学线路不断涌现，为乡村旅游注入新动能。"))
    assert any(e[0].endswith("研学线路") and e[1:] == ("DRIVES", "乡村旅游") for e in got)


def test_the_subject_of_the_clause_before_provides_not_its_object():
    got = edges(extract("特色茶叶打开海外销路，为县域经济增添动力。"))
    assert ("特色茶叶", "DRIVES", "县域经济") in got
    # a task without a subject (or with an actor) gives its object
    got = edges(extract("企业加强科技创新，为产业发展注入动力。"))
    assert ("科技创新", "DRIVES", "产业发展") in got


def test_a_headline_segment_before_one_that_opens_with_a_cue_drives():
    got = edges(extract("智能农机进村 激发乡村产业新动能"))
    assert ("智能农机进村", "DRIVES", "乡村产业新动能") in got
    # an actor's segment drives nothing
    assert not any(e[1] == "DRIVES" for e in edges(extract("海州市商务局 带动消费")))


def test_a_clause_of_growth_names_what_provides():
    got = edges(extract("县域电商快速发展，为山区茶产业增添新动能。"))
    assert ("县域电商", "DRIVES", "山区茶产业") in got


def test_a_quality_the_dictionary_tags_as_a_name_opens_an_instrument():
    got = edges(extract("海州港以高水平开放带动港口物流升级。"))
    assert ("高水平开放", "DRIVES", "港口物流升级") in got
