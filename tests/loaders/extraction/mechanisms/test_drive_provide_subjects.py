"""Who provides in 为B提供/注入…支撑 when the clause of 为 has no subject right before 为: a clause
of time (甲项目建成后将为B…), a clause before that is only noun phrases (A和B，正在为C…), a thing
an earlier clause names after a relative clause and says is done (乙公司建设的甲园区建成投运，…，
为B…); a word of scope opening B (全省, 我市) is dropped in an alias."""

import pytest

from tests.loaders.extraction_helpers import drive_pairs, driven_aliases


def test_time_clause_before_modal():
    got = drive_pairs("东湖光伏项目建成后将为区域经济发展注入新动能。")
    assert ("东湖光伏项目", "区域经济发展") in got, got


def test_noun_clause_before_adverb_each_provides():
    got = drive_pairs("人才回流和技能提升，正在为县域产业转型升级提供有力支撑。")
    assert {s for s, _ in got} >= {"人才回流", "技能提升"}, got


def test_thing_and_its_process_before_modal():
    got = drive_pairs("虚拟电厂的推广应用，将为我市新型电力系统建设提供有力支撑。")
    assert any(s == "虚拟电厂" for s, _ in got), got


def test_task_clause_is_no_subject():
    got = drive_pairs("推动完善冷链网络，全面赋能特色农业，为建设美丽岚州提供新的动能。")
    assert not any(s.startswith("全面") for s, _ in got), got


def test_named_thing_after_relative_clause_done():
    got = drive_pairs("东湖物流公司投资建设的东湖冷链物流园一期建成投运，新增冷库库容8万吨，"
                      "为农产品出村进城提供了有力支撑。")
    assert any(s == "东湖冷链物流园" for s, _ in got), got
    assert not any(s.startswith("东湖物流公司") for s, _ in got), got


def test_quoted_thing_of_relative_clause():
    got = drive_pairs("去年上线运行的“云港产业大脑”，已汇聚数据1.2亿条，"
                      "也为政府科学决策提供了数据支撑。")
    assert any(s == "云港产业大脑" for s, _ in got), got
    got = drive_pairs("公司与东湖大学共建的“智能装备联合实验室”正式挂牌，"
                      "进一步促进了产学研深度融合，为公司关键核心技术攻关提供了有力支撑。")
    assert any(s == "智能装备联合实验室" for s, _ in got), got


def test_scope_word_of_target_dropped_in_alias():
    got = driven_aliases("虚拟电厂的推广应用，将为我市新型电力系统建设提供有力支撑。")
    assert any("新型电力系统建设" in (n, *a) for n, a in got.items()), got


def test_programme_put_out_earlier_in_the_sentence():
    got = drive_pairs("公司推出第一期员工持股计划，覆盖核心技术人员186人，"
                      "为公司持续健康发展注入了强劲动力。")
    assert any(s == "第一期员工持股计划" and "健康发展" in t for s, t in got), got


def test_list_issued_earlier_is_no_provider():
    got = drive_pairs("定期发布紧缺人才目录，每年引进各类人才3000名以上，"
                      "为产业链发展提供人才支撑。")
    assert not any(s == "紧缺人才目录" for s, _ in got), got


def test_scope_word_then_task_verb():
    got = drive_pairs("东湖新材料项目的落地，将为我市打造千亿级新材料产业集群注入强劲动力。")
    assert not any(t.startswith("打造") for _, t in got), got


def test_distant_clause_names_the_thing_done():
    got = drive_pairs("去年上线运行的“云港产业大脑”，已汇聚数据1.2亿条，"
                      "通过对运行状态的实时监测，帮助企业对接上下游资源，"
                      "也为政府科学决策提供了数据支撑。")
    assert any(s == "云港产业大脑" for s, _ in got), got


def test_clause_that_only_names_a_thing_after_its_relative_clause():
    got = drive_pairs("东湖物流公司投资42亿元建设的东湖临空智慧物流枢纽，将整合航空货运功能，"
                      "建成后可年处理货物量120万吨，为东湖打造国际航空货运枢纽提供有力支撑。")
    assert ("东湖临空智慧物流枢纽", "国际航空货运枢纽") in got, got
    got = drive_pairs("园区提供的绿电和碳足迹核算服务，为企业拓展海外市场提供了有力支撑。")
    assert any(s == "绿电和碳足迹核算服务" for s, _ in got), got


def test_relative_phrase_that_is_no_naming_clause():
    got = drive_pairs("灯光秀持续上演，给观众带来城市空间里的全新观演体验，还为城市更新不断赋能。")
    assert not any(s == "全新观演体验" for s, _ in got), got
    got = drive_pairs("营造公平、透明的营商环境，为各类企业在岚州投资兴业提供更多机会。")
    assert not any(s == "营商环境" for s, _ in got), got
    got = drive_pairs("算力是承载数据价值释放的重要底座，要优化数据中心布局，"
                      "为数据流通提供坚实支撑。")
    assert not any(s == "重要底座" for s, _ in got), got


def test_each_object_of_a_listed_task_clause():
    got = drive_pairs("稳定就业、增加居民收入，才能为消费提供持久支撑。")
    assert {("就业", "消费"), ("居民收入", "消费")} <= got, got
    assert not any(s == "稳定" for s, _ in got), got


def test_manner_word_after_the_thing_and_owner_alone():
    got = drive_pairs("上述东湖项目全部达产后，将进一步扩大公司产能规模，"
                      "并为公司向关节模组等高附加值产品延伸提供有力支撑。")
    assert any(s == "上述东湖项目" for s, _ in got), got
    assert not any(t == "公司" or s.endswith("全部") for s, t in got), got


def test_sentence_opening_thing_named_before():
    text = "东湖市上线“链融通”供应链金融平台。截至年末，平台已服务核心企业63家，" \
        "累计投放融资142亿元，为我市稳链强链提供了有力支撑。"
    got = drive_pairs(text)
    assert any(s.endswith("供应链金融平台") and t.endswith("稳链强链") for s, t in got), got
    got = drive_pairs("东湖市上线“链融通”供应链金融平台。平台已服务核心企业63家，"
                      "为我市稳链强链提供了有力支撑。")
    assert not any(s == "核心企业" for s, _ in got), got


def test_sentence_opening_body_is_no_provider():
    got = drive_pairs("截至年末，东湖银行已服务企业63家，为我市稳链强链提供了有力支撑。")
    assert not any(s == "东湖银行" for s, _ in got), got


def test_counted_work_is_also_the_work_alone():
    from tests.loaders.extraction_helpers import extract

    kg = extract("完成12台现役机组灵活性改造，为新能源大规模并网消纳提供坚实支撑。")
    names = {n.name: tuple(n.aliases) for n in kg.nodes()}
    assert any("灵活性改造" in (n, *a) and n != "灵活性改造" for n, a in names.items()), names


def test_thing_whose_tasks_the_clauses_list():
    # the clauses between the opening thing and 为 are its tasks: it provides, not the last
    # task's object
    got = drive_pairs("溪宁物流公约旨在统一各类单证的格式，降低跨境运输成本，提高通关效率，"
                      "为区域贸易繁荣注入新动力。")
    assert ("溪宁物流公约", "区域贸易繁荣") in got, got
    assert not any(s == "通关效率" for s, _ in got), got


def test_party_that_means_to_act_provides_nothing():
    got = drive_pairs("溪宁文旅融合愿同各方深化协作，夯实产业基础，为岚州乡村增添新活力。")
    assert not any(s == "溪宁文旅融合" for s, _ in got), got


def test_speaker_of_the_sentence_provides_nothing():
    got = drive_pairs("会议指出，要优化服务网点，推动快递下乡，为岚州农货进城提供有力支撑。")
    assert not any(s == "会议" for s, _ in got), got


def test_clause_of_figures_or_tasks_is_no_opening_thing():
    got = drive_pairs("每年培训竹编艺人300人次，评选能手15名，为溪宁竹编产业提供人才支撑。")
    assert not any(s.startswith("每年") for s, _ in got), got


def test_each_task_of_a_chain_of_task_clauses_provides():
    got = drive_pairs("推动数字治理，坚定不移扩大跨境电商，为岚州繁荣注入动力。")
    assert {s for s, t in got if t == "岚州繁荣"} >= {"数字治理", "跨境电商"}, got


def test_each_listed_task_after_adverbs_provides():
    got = drive_pairs("应坚持开放合作、大力推动数字转型，为区域现代化注入新的动力。")
    assert {s for s, t in got if t == "区域现代化"} >= {"开放合作", "数字转型"}, got
    # (a list of tasks: the first task drives no later one)
    assert ("开放合作", "数字转型") not in got, got


@pytest.mark.parametrize("text", [
    # clauses of figures say how a thing fared, they list no tasks
    "岚州园区营收增长20%，产值翻番，为区域发展注入动力。",
    # a contribution is the work of whoever made it, not of its tasks
    "溪宁协会积极促进竹编交流，推动构建展销平台，为岚州文创作出了重要贡献。",
])
def test_no_chain_of_tasks_no_task_provides(text):
    got = drive_pairs(text)
    assert not any(s in ("竹编交流", "展销平台", "产值") for s, _ in got), got
