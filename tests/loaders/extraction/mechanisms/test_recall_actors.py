"""IMPLEMENTS actors and objects of the ninth round, each on sentences of our own: missions
abroad, a partner after a verb of intent, manner nouns before the verb, a modifier of
duration before the object, a semicolon between clauses of one subject, a bare document
issued, a verb after an initiative head."""

from tests.loaders.extraction_helpers import edges, extract


def test_a_mission_abroad_acts():
    got = edges(extract("甲国驻海州国总领事馆日前举办音乐交流会，当地师生参加。"))
    assert ("甲国驻海州国总领事馆", "IMPLEMENTS", "音乐交流会") in got


def test_a_mission_of_many_places_is_one_body_and_no_list():
    got = edges(extract("甲国驻乙国、丙国、丁国、戊国等国大使馆分别举办了图书推介会。"))
    assert ("甲国驻乙国、丙国、丁国、戊国等国大使馆", "IMPLEMENTS", "图书推介会") in got
    assert not any(e[1] == "INCLUDES" for e in got)


def test_a_partner_after_a_verb_of_intent_leaves_the_actor_acting():
    got = edges(extract("甲方愿同乙方加快建设滨海物流枢纽。"))
    assert ("甲方", "IMPLEMENTS", "滨海物流枢纽") in got
    # no intent: the verb belongs to the phrase after the preposition
    got = edges(extract("我国对乙方建设滨海物流枢纽表示欢迎。"))
    assert ("我国", "IMPLEMENTS", "滨海物流枢纽") not in got


def test_a_manner_noun_before_the_verb_keeps_the_actor():
    got = edges(extract("甲方将与乙方携手合作，深化贸易往来，高标准共建“临海产业园”。"))
    assert ("甲方", "IMPLEMENTS", "临海产业园") in got
    got = edges(extract("海州市高水平建设滨江科创示范区。"))
    assert ("海州市", "IMPLEMENTS", "滨江科创示范区") in got


def test_a_modifier_of_duration_is_no_part_of_the_object():
    got = edges(extract("临江县开展为期三个月的河道清理专项行动。"))
    assert ("临江县", "IMPLEMENTS", "河道清理专项行动") in got


def test_a_semicolon_parts_clauses_of_one_subject():
    got = edges(extract("临江县启动河湖保护行动，完善巡查制度；加快建设“智慧水利平台”。"))
    assert ("临江县", "IMPLEMENTS", "智慧水利平台") in got
    # not past a full stop, nor from a body named in a later clause
    got = edges(extract("临江县启动河湖保护行动。加快建设“智慧水利平台”。"))
    assert ("临江县", "IMPLEMENTS", "智慧水利平台") not in got
    got = edges(extract("实施“山林工程”，由海州市林业局牵头建设临江苗圃基地；实施“绿道工程”。"))
    assert ("海州市林业局", "IMPLEMENTS", "绿道工程") not in got


def test_bodies_issue_a_bare_document():
    got = edges(extract("海州市财政局、海州市税务局近日出台文件，明确减免标准。"))
    assert {("海州市财政局", "IMPLEMENTS", "文件"), ("海州市税务局", "IMPLEMENTS", "文件")} <= got


def test_a_verb_after_an_initiative_head_ends_the_object():
    got = edges(extract("临江县出台8条措施扶持“庭院经济”，涵盖资金补助等。"))
    assert ("临江县", "IMPLEMENTS", "8条措施") in got
    # a head ahead keeps the verbs inside the name
    got = edges(extract("海州市实施老旧厂房改造提升行动。"))
    assert ("海州市", "IMPLEMENTS", "老旧厂房改造提升行动") in got


def test_a_dictionary_word_ending_in_a_level_suffix_is_no_place():
    got = edges(extract("临江县推出特色集市，带动农村消费。"))
    assert ("临江县", "IMPLEMENTS", "特色集市") in got
    assert ("特色集市", "DRIVES", "农村消费") in got
    # a province as a whole still acts
    got = edges(extract("甲省全省推进秸秆还田试点。"))
    assert any(e[0].startswith("甲省") and e[1:] == ("IMPLEMENTS", "秸秆还田试点") for e in got)


def test_museums_and_halls_are_bodies_that_act():
    got = edges(extract("中国海洋博物馆推出的《江海文明》专题展览吸引大批游客。"))
    assert ("中国海洋博物馆", "IMPLEMENTS", "《江海文明》专题展览") in got


def test_a_list_of_tasks_closed_by_a_work_noun_is_carried_out_as_a_whole():
    got = edges(extract("临江县开展河道清淤、堤防加固、物资调配等工作。"))
    assert ("临江县", "IMPLEMENTS", "河道清淤、堤防加固、物资调配等工作") in got


def test_the_body_supported_in_a_second_conjunct_acts():
    got = edges(extract("省里支持临江发展林下经济、支持海州打造“海上粮仓”。"))
    assert ("海州", "IMPLEMENTS", "海上粮仓") in got


def test_manner_words_tagged_as_nouns_stand_between_actor_and_verb():
    got = edges(extract("海州市有序开展防汛演练。"))
    assert ("海州市", "IMPLEMENTS", "防汛演练") in got
    # a manner word the segmenter splits (分批, 分阶段)
    got = edges(extract("海州市分批推进老旧小区改造工程。"))
    assert ("海州市", "IMPLEMENTS", "老旧小区改造工程") in got


def test_a_phrase_naming_whom_the_act_is_done_to_leaves_the_actor_acting():
    got = edges(extract("海州市对辖区企业开展安全生产专项检查。"))
    assert ("海州市", "IMPLEMENTS", "安全生产专项检查") in got
    # the act of another, in a phrase another predicate follows
    got = edges(extract("我国对乙方建设滨海物流枢纽表示欢迎。"))
    assert not any(e[1] == "IMPLEMENTS" for e in got)


def test_words_the_dictionary_tags_as_times_or_names_are_read_as_nouns():
    got = edges(extract("海州市推出夜间集市，带动夜间消费。"))
    assert ("海州市", "IMPLEMENTS", "夜间集市") in got
    assert ("夜间集市", "DRIVES", "夜间消费") in got
