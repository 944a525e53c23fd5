"""DRIVES sources and targets of the tenth round, each on sentences of our own: what stands
before a cue but names no driving thing (a bare word after an adverb, a verb of motion and a
place, distributive actors and how they act, manner words, the earlier objects of a verb's
list), the term a change names, the under-frame with a thing and how it fares, localizers
between nouns, figures after a target, lists qualifying a noun after 的, state clauses with a
verb before the state word, and a listed head that ends before its verb."""

from tests.loaders.extraction_helpers import edges, extract


def _drives(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "DRIVES"}


def test_a_bare_word_after_an_adverb_drives_nothing():
    assert not _drives("围绕秋收，临江县长部署新任务，亲自督导推动全县渔港升级改造。")
    # after a preposition an instrument may open with an adverb
    got = _drives("要以更深层次改革为动力，推动海州古村落保护办法落地见效。")
    assert any(s.endswith("改革") for s, _, _ in got)


def test_a_verb_of_motion_and_a_place_drive_nothing():
    assert not _drives("从临江码头开通的航线，到海州加快推动首批无人渔船下水。")


def test_distributive_actors_and_manner_words_drive_nothing():
    assert not _drives("各地认真部署推动茶园管护扎实开展。")
    assert not _drives("临江县精准有序推动茶产业发展。")
    # their counted means still drive
    got = _drives("各地多项举措推动茶产业提质增效。")
    assert any(s == "多项举措" for s, _, _ in got)


def test_a_list_after_a_verb_is_no_listed_subject():
    got = _drives("嘉宾们谈到在推动茶文化传承、渔港建设、电商平台赋能茶叶销售等工作中的体会。")
    assert not any(d.endswith("体会") for _, _, d in got)
    # a listed subject with no verb before it drives item by item
    got = _drives("茶文化、电子商务共同推动茶叶销售。")
    assert {("茶文化", "DRIVES", "茶叶销售"), ("电子商务", "DRIVES", "茶叶销售")} <= got


def test_the_term_a_change_names_keeps_the_whole_change_as_an_alias():
    kg = extract("数字技术推动传统产业转型升级。")
    drives = [e for e in kg.edges() if e.type == "DRIVES"]
    assert [kg.node(e.target).name for e in drives] == ["传统产业"]
    assert "传统产业转型升级" in kg.node(drives[0].target).aliases


def test_under_a_thing_and_how_it_fares_drives_the_topic_after_a_time_word():
    got = _drives("在海产品出口显著增长的带动下，上半年，海州市渔业产值同比增长8%。")
    assert any(s.startswith("海产品出口") and d.endswith("渔业产值") for s, _, d in got)
    assert ("茶叶出口", "DRIVES", "茶产业") in _drives("在茶叶出口的带动下，茶产业快速发展。")
    # an actor after the frame is not driven
    assert not _drives("在茶叶出口的带动下，海州市商务局快速行动。")


def test_a_localizer_between_nouns_and_a_figure_after_a_state_word():
    got = _drives("渔业产值同比增长12%，拉动全县规模以上企业利润增长0.8个百分点。")
    assert any(d == "全县规模以上企业利润增长" for _, _, d in got)
    # a localizer that ends the phrase still ends it
    got = _drives("数字技术带动50岁以上，也带动消费。")
    assert not any(d.endswith("以上") for _, _, d in got)


def test_a_driven_list_qualifying_a_noun_after_de_ends_at_de():
    got = _drives("全力书写以生态旅游全面推进渔村振兴、海岛繁荣的新篇章。")
    assert got == {("生态旅游", "DRIVES", "渔村振兴"), ("生态旅游", "DRIVES", "海岛繁荣")}
    # a single object keeps its 的
    got = _drives("生态旅游推动临江县的渔村振兴。")
    assert not any(d == "临江县" for _, _, d in got)


def test_a_verb_before_a_state_word_names_a_thing_and_a_figure_ends_a_target():
    got = _drives("临江县渔船补贴申请达2000份，带动渔船销售9亿元。")
    assert any(s.endswith("补贴申请") and d == "渔船销售" for s, _, d in got)
    # a verb with an object of its own is an action: no state clause
    got = _drives("临江县加快建设新渔港，带动渔船销售。")
    assert not any(s.startswith("临江县") for s, _, _ in got)


def test_a_state_of_widening_drives_and_a_listed_head_ends_before_its_verb():
    got = _drives("渔船更新加力扩围，带动船舶修造、渔具加工等行业效益实现较快增长。")
    assert any(s == "渔船更新" and d == "行业效益" for s, _, d in got)
    # an activity word that ends the head stays
    got = _drives("数字技术带动渔船、冷库等渔业设备检修保养。")
    assert any(d == "渔业设备检修保养" for _, _, d in got)
