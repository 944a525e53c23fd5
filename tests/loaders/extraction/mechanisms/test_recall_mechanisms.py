"""Broad recall mechanisms (numbered groups, unknown list items, project lists, interviews,
engine sentences), each on sentences of our own."""

from tests.loaders.extraction_helpers import edges, extract, node_types


def test_numbered_group_is_the_concept_with_an_alias():
    kg = extract("四大优势产业包括精细化工、电子信息和生物制药。")
    got = edges(kg)
    assert {("优势产业", "INCLUDES", "精细化工"), ("优势产业", "INCLUDES", "电子信息"),
            ("优势产业", "INCLUDES", "生物制药")} <= got
    aliases = {n.name: set(n.aliases) for n in kg.nodes()}
    assert "四大优势产业" in aliases["优势产业"]


def test_numbered_known_term_resolves_to_the_term():
    got = edges(extract("培育光伏、风电等三大新能源产业集群。"))
    assert ("新能源", "INCLUDES", "光伏") in got


def test_numbered_programme_keeps_its_name():
    types = node_types(extract("公司打造七大平台。"))
    assert types.get("七大平台") == "Initiative"


def test_unknown_items_after_includes_need_a_noun_list():
    got = edges(extract("特色产业包括茶叶加工、竹木制品和文化旅游。"))
    assert ("特色产业", "INCLUDES", "茶叶加工") in got
    # a list of tasks is no list of members
    got = edges(extract("特色产业包括加强茶叶加工、完善竹木制品。"))
    assert not any(e[0] == "特色产业" and e[1] == "INCLUDES" for e in got)


def test_known_term_with_generic_head_anchors_the_list():
    got = edges(extract("新能源产业涵盖光伏、风电和氢能。"))
    assert ("新能源", "INCLUDES", "风电") in got


def test_colon_fact_box_and_taken_as():
    got = edges(extract("● 优势产业：精细化工、电子信息、生物制药\n"))
    assert ("优势产业", "INCLUDES", "电子信息") in got
    got = edges(extract("全县把茶叶加工和竹木制品作为特色产业来抓。"))
    assert ("特色产业", "INCLUDES", "竹木制品") in got
    # 作为 + a force noun is no group
    got = edges(extract("我们把科技创新作为第一动力。"))
    assert not any(e[1] == "INCLUDES" and e[2] == "科技创新" for e in got)


def test_unknown_list_items_before_a_known_head():
    got = edges(extract("鼓励发展共享出行、即时配送等新业态。"))
    assert ("新业态", "INCLUDES", "共享出行") in got


def test_project_lines_with_lead_and_partner_units():
    text = ("专栏3 重大工程\n"
            "01 滨江数字港：市商务局牵头，联合滨江大学建设。\n"
            "02 “智造滨江”行动：市科技局、市财政局联合组织实施。\n")
    got = edges(extract(text))
    assert ("市商务局", "IMPLEMENTS", "滨江数字港") in got
    assert ("滨江大学", "IMPLEMENTS", "滨江数字港") in got
    assert ("市科技局", "IMPLEMENTS", "智造滨江行动") in got
    assert ("市财政局", "IMPLEMENTS", "智造滨江行动") in got


def test_responsible_units_line_after_the_project_title():
    text = "（1）智慧港口提升工程。\n牵头单位：市交通运输局、市商务局\n"
    got = edges(extract(text))
    assert ("市交通运输局", "IMPLEMENTS", "智慧港口提升工程") in got
    assert ("市商务局", "IMPLEMENTS", "智慧港口提升工程") in got


def test_numbers_that_are_no_project_items():
    got = edges(extract("3月12日：市商务局牵头召开会议。\n"))
    # the date is no numbered project item (the body may hold the meeting it convenes)
    assert not any(e[1] == "IMPLEMENTS" and ("3月" in e[0] + e[2] or "12日" in e[0] + e[2])
                   for e in got)
    assert not any(e[1] == "IMPLEMENTS" and e[0] != "市商务局" for e in got)


def test_interviewee_city_speaks_in_the_answers():
    text = ("做强实体经济\n——访滨海市委书记王一\n记者：有哪些举措？\n"
            "答：我市实行“园长制”。我们与滨海理工学院共建了滨海海洋研究院。"
            "去年又推出“滨海英才计划”。\n")
    got = edges(extract(text))
    assert ("滨海市", "IMPLEMENTS", "园长制") in got
    assert ("滨海市", "IMPLEMENTS", "滨海海洋研究院") in got
    assert ("滨海理工学院", "IMPLEMENTS", "滨海海洋研究院") in got
    assert ("滨海市", "IMPLEMENTS", "滨海英才计划") in got
    assert ("滨海理工学院", "IMPLEMENTS", "滨海英才计划") not in got


def test_time_clause_company_is_no_subject():
    text = ("做强实体经济\n——访滨海市委书记王一\n"
            "答：滨海汽车集团落地后，吸引了多家企业跟进。同时搭建了滨海检测认证中心。\n")
    got = edges(extract(text))
    assert ("滨海汽车集团", "IMPLEMENTS", "滨海检测认证中心") not in got


def test_ministry_without_place_and_scoped_programme():
    got = edges(extract("生态环境部要实施重点流域治理行动。"))
    assert ("生态环境部", "IMPLEMENTS", "重点流域治理行动") in got


def test_engine_with_coordinated_subjects_and_topic_clause():
    got = edges(extract("算力、数据和算法是驱动数字经济发展的新引擎。"))
    assert {("算力", "DRIVES", "数字经济"), ("数据", "DRIVES", "数字经济")} <= got
    got = edges(extract("人工智能是一种通用技术，是培育新质生产力的重要引擎。"))
    assert ("人工智能", "DRIVES", "新质生产力") in got
    got = edges(extract("可以说，新能源汽车产业已经成为拉动经济增长的第一引擎。"))
    assert ("新能源汽车", "DRIVES", "经济增长") in got


def test_instrument_with_unknown_objects():
    got = edges(extract("以低空经济带动无人机制造、低空物流和低空旅游融合发展。"))
    assert {("低空经济", "DRIVES", "无人机制造"), ("低空经济", "DRIVES", "低空旅游")} <= got


def test_units_line_closes_a_numbered_task_block():
    text = ("二、主要任务\n"
            "（一）实施智慧港口提升工程。每年遴选发布一批标杆项目。\n"
            "责任单位：市交通运输局、市商务局\n"
            "（二）强化人才支撑。每年培训技能人才1万人次。\n"
            "责任单位：市人力资源社会保障局\n")
    got = edges(extract(text))
    assert ("市交通运输局", "IMPLEMENTS", "智慧港口提升工程") in got
    assert ("市商务局", "IMPLEMENTS", "智慧港口提升工程") in got
    assert not any(e[2] == "强化人才支撑" for e in got)
    assert not any(e[0] == "市人力资源社会保障局" and e[2] == "智慧港口提升工程" for e in got)


def test_several_subjects_are_the_base_elements_of_a_named_change():
    got = edges(extract("资本、技术和人才是农业现代化转型的基础要素。"))
    # 农业现代化转型 names the change 现代化转型 only when the lexicon knows it; the subjects
    # all drive what the sentence names
    assert {a for a, t, _ in got if t == "DRIVES"} >= {"资本", "人才"}


def test_named_change_after_a_sector_is_the_target():
    got = edges(extract("工业互联网是制造业数字化转型的核心引擎。"))
    assert ("工业互联网", "DRIVES", "数字化转型") in got


def test_unknown_action_noun_as_instrument():
    got = edges(extract("以工艺流程创新赋能传统产业。"))
    assert ("工艺流程创新", "DRIVES", "传统产业") in got
    # an adverbial phrase is no instrument
    assert not any(t == "DRIVES" and a == "更大力度" for a, t, _ in
                   edges(extract("以更大力度推动改革开放。")))


def test_subject_introduced_by_zuowei_drives_in_the_next_clause():
    got = edges(extract("数据作为关键投入，能够推动全要素生产率持续提升。"))
    assert ("数据", "DRIVES", "全要素生产率") in got


def test_weak_term_with_a_kind_prefix_opens_the_clause():
    got = edges(extract("复合型人才推动科技创新。"))
    assert ("人才", "DRIVES", "科技创新") in got


def test_list_item_keeps_a_qualifier_before_a_known_term():
    got = edges(extract("未来产业包括量子信息、仿生机器人、氢能等。"))
    assert ("未来产业", "INCLUDES", "仿生机器人") in got
    # a task verb before the term is no qualifier
    got = edges(extract("智能制造包括推广机器人、数字孪生、工业软件等。"))
    assert not any(b == "推广机器人" for _, _, b in got)


def test_guessed_list_items_take_the_type_of_the_known_ones():
    kg = extract("加快以5G、卫星互联网、量子通信网为代表的新型基础设施建设。")
    types = node_types(kg)
    assert types.get("5G") == types.get("量子通信网")


def _counted_found(sim):
    from conceptkg.loaders.extraction.arguments.phrases import Phrases
    from conceptkg.loaders.extraction.extract import get_lexicon
    from conceptkg.loaders.extraction.mentions.find import find_mentions
    from conceptkg.loaders.extraction.relations import SentenceRules
    lex = get_lexicon()
    dm = find_mentions(sim, lex)
    ph = Phrases(sim, lex, dm)
    found = SentenceRules(sim, lex, dm, ph).counted_lists(0, len(sim), [(0, len(sim))])
    return {(f.source.name, f.target.name) for f in found}


def test_shared_word_list_head():
    got = _counted_found("鼓励企业推出甲型航运保险、乙类货运保险和丙种仓储保险等物流保险产品。")
    assert ("物流保险", "丙种仓储保险") in got and len(got) == 3


def test_quoted_run_before_counted_head():
    got = _counted_found("方案部署“青山+旅游”“青山+康养”等两大行动。")
    assert {t for _, t in got} == {"青山+旅游", "青山+康养"}


def test_one_line_glossary():
    got = _counted_found("协同智能：指能够感知环境的机器系统，如仿生机器人、巡检无人机等。")
    assert ("协同智能", "仿生机器人") in got


def test_launched_items_share_the_last_items_head():
    kg = extract("该区推出陶艺体验和书法培训项目，带动文具消费。")
    assert ("书法培训项目", "DRIVES", "文具消费") in edges(kg)
    aliases = {n.name: set(n.aliases) for n in kg.nodes()}
    assert "陶艺体验和书法培训项目" in aliases["书法培训项目"]
    got = edges(extract("本市推出旧书集市、社区义诊以及亲子阅读活动，激发社区文化活力。"))
    assert ("亲子阅读活动", "DRIVES", "社区文化活力") in got


def test_items_with_heads_of_their_own_are_not_joined():
    got = edges(extract("该区推出租房补贴政策和书法活动，带动文具消费。"))
    assert ("租房补贴政策", "DRIVES", "文具消费") in got
    assert not any(e[0] == "书法活动" for e in got)
    # a verb that launches nothing (部署) joins no items under one head
    got = edges(extract("该厂部署大型和小型储能系统，降低运营成本。"))
    assert not any(e[0] == "小型储能系统" for e in got)


def test_single_member_before_etc_head_is_not_a_target():
    kg = extract("新办法助力农民工等多类人群增收。")
    got = edges(kg)
    assert ("新办法", "DRIVES", "多类人群增收") in got
    assert ("新办法", "DRIVES", "农民工") not in got
    aliases = {n.name: set(n.aliases) for n in kg.nodes()}
    assert "农民工等多类人群增收" in aliases["多类人群增收"]
    # without 等 the listed phrases are each driven
    got = edges(extract("新办法助力农民工、个体户增收。"))
    assert ("新办法", "DRIVES", "农民工") in got
