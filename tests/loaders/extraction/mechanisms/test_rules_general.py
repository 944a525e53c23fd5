"""Rules added for documents nobody tuned for, each on sentences written for the tests."""

from tests.loaders.extraction_helpers import edges, extract, node_types


def test_coordinated_subjects_both_drive():
    got = edges(extract("云计算和区块链催生新业态。"))
    assert {("云计算", "DRIVES", "新业态"), ("区块链", "DRIVES", "新业态")} <= got


def test_object_naming_a_change_gives_the_term():
    # 转型升级 / X化发展 / 提升 after a known term: the term is the target
    assert ("人工智能", "DRIVES", "制造业") in edges(extract("人工智能赋能制造业转型升级。"))
    assert ("云计算", "DRIVES", "现代服务业") in edges(
        extract("以云计算驱动现代服务业数字化、网络化发展。"))


def test_weak_term_opening_the_clause_drives():
    assert ("数据", "DRIVES", "实体经济") in edges(extract("数据要素为实体经济提供新的动能。"))
    assert ("数据", "DRIVES", "现代服务业") in edges(extract("数据要素赋能现代服务业。"))
    # inside a clause, a weak word is still no subject
    assert not {e for e in edges(extract("加快汇聚各类数据赋能现代服务业。"))
                if e[0] == "数据"}


def test_engine_with_unknown_opening_name_and_force_noun():
    got = edges(extract("复合型人才是推动数字经济发展的重要力量。"), rule=True)
    assert ("复合型人才", "DRIVES", "数字经济", ("drives_engine",)) in got


def test_represented_list_is_included():
    got = edges(extract("布局以量子信息、人工智能为代表的未来产业。"), rule=True)
    assert {("未来产业", "INCLUDES", "量子信息", ("includes_represented",)),
            ("未来产业", "INCLUDES", "人工智能", ("includes_represented",))} <= got


def test_list_head_with_a_thing_head_is_the_longer_name():
    kg = extract("数控机床、工业机器人等智能制造设备广泛应用。")
    got = edges(kg)
    assert ("智能制造设备", "INCLUDES", "数控机床") in got
    assert ("智能制造", "INCLUDES", "数控机床") not in got
    assert node_types(kg)["智能制造设备"] == "Factor"


def test_grouped_list_by_numbered_names():
    kg = extract("现代化产业体系包括新能源、新材料两大支柱产业，以及现代物流、"
                 "电子商务两大现代服务业。")
    got = edges(kg)
    # a numbered group of industries is the concept itself, the numbered form an alias
    assert {("现代化产业体系", "INCLUDES", "支柱产业"),
            ("支柱产业", "INCLUDES", "新能源"),
            ("现代化产业体系", "INCLUDES", "现代服务业"),
            ("现代服务业", "INCLUDES", "现代物流")} <= got
    aliases = {n.name: set(n.aliases) for n in kg.nodes()}
    assert "两大支柱产业" in aliases["支柱产业"]
    assert ("现代化产业体系", "INCLUDES", "新能源") not in got
    assert node_types(kg)["支柱产业"] == "Concept"


def test_count_repeating_the_items_head_is_no_group():
    got = edges(extract("数据基础制度包括产权制度、流通制度、分配制度三大制度。"))
    assert ("数据基础制度", "INCLUDES", "三大制度") not in got


def test_control_verb_compound_keeps_the_subject():
    got = edges(extract("省工业和信息化厅组织实施“智改数转”行动。"))
    assert ("省工业和信息化厅", "IMPLEMENTS", "智改数转行动") in got
    # a real control verb hands the action to its object
    got = edges(extract("省工业和信息化厅支持企业实施“智改数转”行动。"))
    assert ("省工业和信息化厅", "IMPLEMENTS", "智改数转行动") not in got


def test_drafting_a_plan_implements_it():
    got = edges(extract("市发展改革委牵头编制氢能产业发展规划。"))
    assert ("市发展改革委", "IMPLEMENTS", "氢能产业发展规划") in got
