"""INCLUDES on sentences of our own: where the head of a 等-list ends. A localizer closes the
frame 在A、B等H中 (what follows is the clause's action); a glued word of what is done to the
head (数字化改造), a word that 了 follows (贡献了, 成了) and a composing verb glued to it (人员构成)
are no part of it; a verb before a final noun of a kind stays in it (等雨水收集设施); a list
followed by a verb of becoming (等成为Y) or its vague head and a verb (向A、B等领域提供X的Y)
has no head; a count and a measure word alone (等四大类) name none; a time word between the
head and its verb (等H夜间开放) is no part of the head."""

from tests.loaders.extraction_helpers import edges, extract


def _parts(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_a_localizer_closes_the_head():
    got = _parts("岚州在柑橘、香菇、油茶等优势产业中分批建设智慧示范园。")
    assert {("优势产业", "柑橘"), ("优势产业", "香菇"), ("优势产业", "油茶")} <= got
    assert not any("建设" in s for s, _t in got)


def test_a_bare_head_before_a_localizer_stays_without_edges():
    got = _parts("新版本在图像识别、语音合成等测试中平均提升9%。")
    assert not any(s == "测试" for s, _t in got)


def test_a_glued_digital_upgrade_is_no_part_of_the_head():
    got = _parts("推动乡村公路、小型水库、农贸市场等公共设施数字化改造。")
    assert {("公共设施", "乡村公路"), ("公共设施", "小型水库")} <= got


def test_a_noun_before_le_is_a_predicate():
    got = _parts("岚州的柑橘、油茶等优势产业贡献了全县农业产值的一半。")
    assert ("优势产业", "柑橘") in got
    assert not any("贡献" in s for s, _t in got)


def test_a_one_character_noun_before_le_is_a_predicate():
    got = _parts("香菇、板栗、手工粉丝等山货成了直播间的抢手货。")
    assert ("山货", "香菇") in got
    assert not any(s.startswith("山货成") for s, _t in got)


def test_a_verb_before_a_kind_noun_stays_in_the_head():
    got = _parts("园区配套建设雨水收集池、中水回用站等雨水收集设施。")
    assert ("雨水收集设施", "中水回用站") in got
    assert not any(s == "雨水" for s, _t in got)


def test_a_verb_before_an_action_noun_is_not_kept():
    got = _parts("推动宠物经济、露营经济等业态集聚发展。")
    assert not any(s.startswith("业态集聚") for s, _t in got)


def test_a_list_that_becomes_something_has_no_head():
    got = _parts("推动岚州茶饮、竹编文创等成为县域新的消费热点。")
    assert not any(s.endswith("热点") for s, _t in got)


def test_a_vague_head_before_a_verb_owns_no_relative_clause():
    got = _parts("恒拓基金将向生物育种、智慧农机等领域提供不少于5亿元的股权投资。")
    assert not got


def test_a_count_and_a_measure_word_name_no_head():
    got = _parts("制定涵盖安全生产、环境保护、产品质量、文明服务等四大类、15项条款的考核办法。")
    assert not any(s.endswith("大类") for s, _t in got)


def test_a_belt_glued_to_its_noun_stays_in_the_head():
    got = _parts("岚州培育柑橘、油茶、香菇等5个特色产业带，推动企业抱团发展。")
    assert any(s.endswith("特色产业带") for s, _t in got)


def test_a_time_word_before_the_heads_verb_is_no_part_of_it():
    got = _parts("鼓励共享自习室、社区书屋等公共空间夜间开放。")
    assert ("公共空间", "社区书屋") in got
    assert not any(s.endswith("夜间") for s, _t in got)


def test_a_time_word_that_opens_a_name_stays():
    got = _parts("推动岚州夜市、滨江步行街等夜间经济集聚区提档升级。")
    assert ("夜间经济集聚区", "岚州夜市") in got


def test_a_composing_verb_glued_to_the_head_is_cut_off():
    got = _parts("组建由规划、环评、测绘等专业人员构成的服务专班。")
    assert not any(s.endswith("构成") for s, _t in got)
