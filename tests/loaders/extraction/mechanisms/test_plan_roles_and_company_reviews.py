"""Document mechanisms: role boxes after a plan's tasks, a company's review naming its
own body, relative clauses of building, short company names, topic chains past an object's own
light verb, listed drivers joined by 和, and a pronoun after a question. All texts are made up
for these tests."""

from tests.loaders.extraction_helpers import edges, extract

NOTICE = ("丰禾省推进智慧农业发展若干措施\n\n"
          "一、推进农业遥感监测应用。建设覆盖全省的遥感监测网络。（省农业农村厅牵头，"
          "省自然资源厅、省工业和信息化厅、各市州人民政府按职责分工负责）\n\n"
          "二、夯实农机装备基础。推广北斗导航农机。（省农机局、省财政厅负责）\n\n"
          "三、提升服务能力。每年培训新型农民5000人（含线上培训）。\n\n"
          "四、加强宣传引导。组织开展主题宣传（详见附件）。\n")


def test_every_unit_of_a_role_box_carries_out_the_numbered_task():
    got = edges(extract(NOTICE))
    for unit in ("省农业农村厅", "省自然资源厅", "省工业和信息化厅"):
        assert (unit, "IMPLEMENTS", "农业遥感监测应用") in got
    for unit in ("省农机局", "省财政厅"):
        assert (unit, "IMPLEMENTS", "农机装备基础") in got  # 夯实 opens the task


def test_a_bracket_without_roles_or_bodies_names_no_unit():
    got = edges(extract(NOTICE))
    assert not any(r == "IMPLEMENTS" and t.startswith(("服务能力", "宣传引导"))
                   for _s, r, t in got)
    assert not any("人民政府" in s for s, r, _t in got if r == "IMPLEMENTS")


REVIEW = ("稳中求进开新局——青川集团2025年工作综述\n\n"
          "2025年，青川能源集团有限公司（以下简称“青川集团”）统筹发展和安全。"
          "青川风电公司、青川储能公司、青川售电公司各项指标稳步提升。\n\n"
          "集团启动“百村光伏”行动，建成村级电站30座。青川风电公司完成机组改造。\n")


def test_a_work_review_is_by_the_body_its_title_names():
    got = edges(extract(REVIEW))
    assert ("青川能源集团有限公司", "IMPLEMENTS", "百村光伏行动") in got


def test_a_news_digest_without_such_a_title_keeps_bare_jituan_unresolved():
    text = REVIEW.replace("稳中求进开新局——青川集团2025年工作综述", "能源企业动态")
    got = edges(extract(text))
    assert ("青川能源集团有限公司", "IMPLEMENTS", "百村光伏行动") not in got


def test_bodies_of_a_relative_clause_of_building_carry_out_what_it_qualifies():
    got = edges(extract("临江市交通局牵头建设的“畅行通”出行服务平台已覆盖全市。\n\n"
                        "星岚储能公司与临江港务集团联合开发的临江湾储能示范项目年底投产。"))
    assert ("临江市交通局", "IMPLEMENTS", "畅行通出行服务平台") in got
    assert ("临江港务集团", "IMPLEMENTS", "临江湾储能示范项目") in got
    assert ("星岚储能公司", "IMPLEMENTS", "临江湾储能示范项目") in got


def test_a_body_after_a_preposition_other_than_you_builds_nothing():
    got = edges(extract("为星岚储能公司建设的临江湾储能示范项目年底投产。"))
    assert not any(r == "IMPLEMENTS" for _s, r, _t in got)


def test_a_company_named_without_its_trade_word_is_the_same_company():
    kg = extract("远帆智能科技有限公司今年扩大产能。\n\n远帆智能推出“晨光”工业大模型。")
    names = {n.name for n in kg.nodes() if n.type == "Organization"}
    assert "远帆智能" not in names
    assert ("远帆智能科技有限公司", "IMPLEMENTS", "晨光工业大模型") in edges(kg)


def test_a_light_verb_inside_the_object_leaves_the_subject_a_topic():
    got = edges(extract("公共检测平台降低了小微企业使用精密仪器的成本，有助于激发新材料研发创新。"))
    assert ("公共检测平台", "DRIVES", "新材料研发创新") in got


def test_a_light_verb_right_after_the_subject_makes_it_an_actor():
    got = edges(extract("公共检测平台加快建设区域网络，有助于激发新材料研发创新。"))
    assert not any(s == "公共检测平台" and r == "DRIVES" for s, r, _t in got)


def test_listed_drivers_joined_by_he_drive_one_by_one():
    got = edges(extract("张明认为，土地、资本和劳动力正在成为推动县域产业升级的关键生产要素。"))
    for src in ("土地", "资本", "劳动力"):
        assert (src, "DRIVES", "县域产业升级") in got
    assert not any(s == "资本和劳动力" for s, _r, _t in got)


def test_it_after_a_question_stands_for_what_the_question_names():
    got = edges(extract("何谓数字经济？从内涵看，它既包括数据服务、云计算、工业软件。"))
    for part in ("数据服务", "云计算", "工业软件"):
        assert ("数字经济", "INCLUDES", part) in got


def test_it_without_a_topic_before_includes_nothing():
    got = edges(extract("会议开得很好。它包括数据服务、云计算、工业软件。"))
    assert not any(r == "INCLUDES" and t == "云计算" for _s, r, t in got)


def test_a_gap_of_people_is_a_measure_of_the_head():
    got = edges(extract("目前护理员、康复师等专业人才缺口较大。"))
    assert ("专业人才", "INCLUDES", "护理员") in got
