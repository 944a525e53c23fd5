"""Document mechanisms: a body's account of how it fared names its own body, plan
tasks whose first sentence runs on over commas, a federation of co-operatives on a units line,
and role frames after a word of "namely". All texts are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract

ACCOUNT = ("青川能源集团有限公司2030年度经营情况说明\n\n"
           "2030年，青川能源集团统筹发展和安全。青川风电公司、青川储能公司、青川售电公司"
           "各项指标稳步提升。\n\n"
           "集团启动“千户屋顶”行动，新建屋顶电站30座。青川风电公司完成机组改造。\n")


def test_an_account_of_how_a_body_fared_is_by_the_body_its_title_names():
    got = edges(extract(ACCOUNT))
    assert ("青川能源集团有限公司", "IMPLEMENTS", "千户屋顶行动") in got


def test_without_such_a_title_bare_jituan_stays_unresolved():
    got = edges(extract(ACCOUNT.replace("2030年度经营情况说明", "等企业动态")))
    assert ("青川能源集团有限公司", "IMPLEMENTS", "千户屋顶行动") not in got


PLAN = ("丰河县2030年商贸提升工作方案\n\n"
        "（一）完善流通网络\n"
        "1.依托“丰味”农产品品牌，建设县级冷链集配中心，引进冷库运营商5家。\n"
        "责任单位：县商务局（牵头），县农业农村局、县供销合作社联合社\n"
        "2.组织“丰河好物”美食消费季，发放餐饮券300万元，带动餐饮消费。\n"
        "责任单位：县商务局（牵头），县财政局\n"
        "3.开展“丰收课堂”技能培训，年内培训学员800名。\n"
        "责任单位：县人力资源和社会保障局（牵头），县妇联\n"
        "4.加大财政投入，改进审批流程，确保任务落地。\n"
        "责任单位：县财政局（牵头），县发展改革局\n")


def test_a_task_running_on_over_commas_names_the_programme_its_first_setting_up_clause_names():
    got = edges(extract(PLAN))
    for unit in ("县商务局", "县农业农村局", "县供销合作社联合社"):
        assert (unit, "IMPLEMENTS", "县级冷链集配中心") in got
    for unit in ("县商务局", "县财政局"):
        assert (unit, "IMPLEMENTS", "丰河好物美食消费季") in got
    for unit in ("县人力资源和社会保障局", "县妇联"):
        assert (unit, "IMPLEMENTS", "丰收课堂技能培训") in got


def test_a_task_whose_clauses_set_up_no_programme_is_carried_out_by_nobody():
    got = edges(extract(PLAN))
    assert not any(s == "县发展改革局" for s, r, _t in got if r == "IMPLEMENTS")
    assert ("县供销合作社", "IMPLEMENTS", "县级冷链集配中心") not in got


def test_role_frames_after_namely_spell_out_the_thing_before():
    got = edges(extract("我们将围绕“一核两带”产业格局，即以现代物流为核心，"
                        "以跨境电商和冷链仓储为两带，加快建设区域枢纽。"))
    for part in ("现代物流", "跨境电商", "冷链仓储"):
        assert ("一核两带", "INCLUDES", part) in got


def test_a_single_frame_after_namely_spells_out_nothing():
    got = edges(extract("我们将围绕“一核两带”产业格局，即以现代物流为核心，加快建设区域枢纽。"))
    assert not any(s == "一核两带" for s, r, _t in got if r == "INCLUDES")
