"""Rules added for unseen documents: names a document teaches about itself, report/speech
subjects, section resets, co-subjects, and the INCLUDES forms 体现在…N个方面 / 包括…在内的X.
All texts are written for these tests (made-up places and companies)."""

from conceptkg.loaders.reading.normalize import normalize_text
from tests.loaders.extraction_helpers import edges, extract, node_types


def test_place_learned_from_a_government_body():
    kg = extract("云岭省人民政府印发“云岭数谷”建设方案。云岭省数据局搭建公共数据开放平台。")
    types = node_types(kg)
    assert types.get("云岭省人民政府") == "Organization"
    assert types.get("云岭省数据局") == "Organization"
    assert ("云岭省数据局", "IMPLEMENTS", "公共数据开放平台") in edges(kg)


def test_an_ordinary_word_is_not_learned_as_a_place():
    types = node_types(extract("发展城市政府治理能力。"))
    assert not any(n.startswith("发展") for n in types)


def test_park_organisation_and_bare_park_mention():
    kg = extract("南屿市委高度重视。南屿高新区举办首届低空经济大会。园区搭建无人机公共测试平台。")
    got = edges(kg)
    assert node_types(kg).get("南屿高新区") == "Organization"
    assert ("南屿高新区", "IMPLEMENTS", "无人机公共测试平台") in got


def test_place_acting_is_its_government():
    kg = extract("南屿市委部署工作。南屿市实施“南屿英才计划”，引进人才。")
    assert ("南屿市", "IMPLEMENTS", "南屿英才计划") in edges(kg)


def test_companies_of_a_list_are_found_again_later():
    kg = extract("园区引进蓝芯微电子、远航动力电池等上下游企业30家。"
                 "蓝芯微电子投资10亿元建设晶圆封装生产线。")
    assert node_types(kg).get("蓝芯微电子") == "Organization"
    assert ("蓝芯微电子", "IMPLEMENTS", "晶圆封装生产线") in edges(kg)


def test_speech_organisation_acts_for_subjectless_clauses():
    pad = "过去一年，各项工作取得了新的进展，成绩来之不易，是全体干部职工顽强拼搏的结果。" * 2
    text = ("在远帆能源集团2024年工作会议上的讲话\n"
            "同志们：\n"
            "远帆数科公司上线“帆链”工业互联网平台。" + pad + "\n"
            "第二，深化改革。全面推行“一企一策”改革方案，实施“领航人才工程”。" + pad)
    got = edges(extract(text))
    org = "远帆能源集团"
    assert (org, "IMPLEMENTS", "一企一策改革方案") in got
    assert (org, "IMPLEMENTS", "领航人才工程") in got
    assert ("远帆数科公司", "IMPLEMENTS", "领航人才工程") not in got


def test_a_clause_with_its_own_subject_does_not_take_the_sentence_subject():
    got = edges(extract("省商务厅推出“外贸十条”政策，省数字服务管理局建成企业开办平台。"))
    assert ("省商务厅", "IMPLEMENTS", "企业开办平台") not in got


def test_co_subject_after_yu_with_a_joint_verb_and_partner_clause():
    got = edges(extract("东岳大学与省科学院共建概念验证中心。"))
    assert ("东岳大学", "IMPLEMENTS", "概念验证中心") in got
    assert ("省科学院", "IMPLEMENTS", "概念验证中心") in got
    got = edges(extract("远帆研究院要组建储能创新联盟，联合东岳大学建设氢能实验室。"))
    assert ("远帆研究院", "IMPLEMENTS", "氢能实验室") in got
    assert ("东岳大学", "IMPLEMENTS", "氢能实验室") in got


def test_includes_tiexian_zai_with_counted_tail():
    got = edges(extract("新质生产力主要体现在数智化转型、绿色低碳发展两个方面。"))
    assert ("新质生产力", "INCLUDES", "数智化转型") in got
    assert ("新质生产力", "INCLUDES", "绿色低碳发展") in got


def test_includes_baokuo_zainei():
    got = edges(extract("打造一支包括首席科学家、青年工程师、技能工匠在内的创新人才队伍。"))
    assert ("创新人才队伍", "INCLUDES", "首席科学家") in got
    assert ("创新人才队伍", "INCLUDES", "技能工匠") in got


def test_list_head_extended_by_industry_word():
    got = edges(extract("大力发展风电、光伏等新能源产业。"))
    assert ("新能源产业", "INCLUDES", "风电") in got


def test_nouns_ending_in_di_are_names():
    got = edges(extract("远帆能源集团加快建设东港海上风电基地。"))
    assert ("远帆能源集团", "IMPLEMENTS", "东港海上风电基地") in got


def test_legal_forms_of_one_company_merge():
    kg = extract("远帆科技集团有限公司发布年报。远帆科技集团推出“帆云”平台。")
    orgs = [n for n, t in node_types(kg).items() if t == "Organization"]
    assert orgs == ["远帆科技集团有限公司"]


def test_quote_followed_by_a_clause_is_no_name():
    types = node_types(extract("南屿市以“链”聚势打造千亿级产业集群。"))
    assert not any(n.startswith("链") for n in types)


def test_spaced_out_digits_are_joined():
    text = normalize_text("产 值 突 破 3 2 万 辆 ， 建 设 5 G 专 网\n在2023 2024年")
    assert "32万辆" in text and "5G专网" in text and "2023 2024年" in text


def test_a_short_form_of_one_body_of_the_document_is_that_body():
    kg = extract("近日，海州省农业农村厅印发智慧农业方案。\n农业农村厅设立智慧农业专项资金。")
    got = edges(kg)
    assert ("海州省农业农村厅", "IMPLEMENTS", "智慧农业专项资金") in got
    assert not any(e[0] == "农业农村厅" for e in got)
    alias = next(n for n in kg.nodes() if n.name == "海州省农业农村厅").aliases
    assert "农业农村厅" in alias


def test_a_short_form_shared_by_two_bodies_stays_apart():
    kg = extract("海州省农业农村厅印发甲方案。临江省农业农村厅印发乙方案。\n"
                 "农业农村厅设立智慧农业专项资金。")
    assert ("农业农村厅", "IMPLEMENTS", "智慧农业专项资金") in edges(kg)


def test_a_foreign_body_is_no_full_name_of_a_home_one():
    kg = extract("美国商务部宣布新规。\n商务部启动消费提振行动。")
    assert ("商务部", "IMPLEMENTS", "消费提振行动") in edges(kg)



def test_the_short_form_of_the_document_body_sets_the_context():
    # a subjectless sentence after one the document's body opens by its short form is the
    # body's, not that of a firm named in an earlier section
    kg = extract("临航集团发布2024年工作综述。\n临航集团全年安全飞行。\n"
                 "海州机场集团深化大协同建设。\n"
                 "临航持续开展节能降碳改造，逐步建立了贯穿各环节的低碳运营体系。"
                 "积极参加氢能飞机应用试点。")
    got = edges(kg)
    assert ("临航集团", "IMPLEMENTS", "氢能飞机应用试点") in got
    assert ("海州机场集团", "IMPLEMENTS", "氢能飞机应用试点") not in got


def test_bare_group_is_the_reports_company_however_many_subsidiaries_it_names():
    # the title names the company once; its committee and subsidiaries are named more often
    text = ("远帆能源集团有限公司2024年工作报告\n\n"
            "一年来，集团党委带领全体职工攻坚克难。远帆储运公司完成码头扩建。"
            "远帆新能源公司新增装机80万千瓦。远帆数科公司上线调度系统。\n\n"
            "年初，集团正式启动“青峦倍增”行动。\n")
    got = edges(extract(text))
    assert ("远帆能源集团有限公司", "IMPLEMENTS", "青峦倍增行动") in got


def test_bare_group_in_a_digest_without_a_report_title_stays_unresolved():
    text = ("远帆能源集团发布年度数据。远帆储运公司完成码头扩建。远帆新能源公司新增装机。"
            "远帆数科公司上线调度系统。\n\n集团正式启动“青峦倍增”行动。\n")
    got = edges(extract(text))
    assert not any(s == "远帆能源集团" and t == "青峦倍增行动" for s, _r, t in got)
