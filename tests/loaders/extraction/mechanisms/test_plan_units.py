"""Plans: the units lines after a numbered task (牵头单位：A；责任单位：B、C) name every unit
that carries the task out. All texts are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract

PLAN = ("青禾县2025年产业提升实施方案\n\n"
        "一、重点任务\n"
        "1. 开展中小企业数字化体检。组织服务商为规上企业免费体检。\n"
        "责任单位：县工业和信息化局，各乡（镇、街道）人民政府\n"
        "2. 实施低空经济“展翼计划”。在产业园建设无人机测试场。\n"
        "牵头单位：县发展改革局；责任单位：县交通运输局、青禾产业园管委会\n"
        "3. 落实“禾才计划”。引进高层次人才团队10个。\n"
        "责任单位：县委人才办、县人力资源和社会保障局\n"
        "4. 强化要素保障。统筹用地和资金。\n"
        "二、保障措施\n"
        "加强组织领导。\n")


def test_every_unit_after_a_semicolon_carries_out_the_task():
    got = edges(extract(PLAN))
    for unit in ("县发展改革局", "县交通运输局", "青禾产业园管委会"):
        assert (unit, "IMPLEMENTS", "低空经济展翼计划") in got


def test_a_unit_the_dictionary_does_not_know_is_taken_by_its_ending():
    got = edges(extract(PLAN))
    assert ("县委人才办", "IMPLEMENTS", "禾才计划") in got
    assert ("县人力资源和社会保障局", "IMPLEMENTS", "禾才计划") in got


def test_a_task_that_names_no_programme_is_carried_out_by_its_units():
    got = edges(extract(PLAN))
    assert ("县工业和信息化局", "IMPLEMENTS", "中小企业数字化体检") in got
    # distributive units (各乡…人民政府) are no single body, also not a bracketed part of one
    assert not any("人民政府" in s or s.startswith("街道") for s, r, _t in got
                   if r == "IMPLEMENTS")


def test_a_task_without_units_gives_no_edge():
    got = edges(extract(PLAN))
    assert not any(t.startswith(("要素保障", "强化要素")) for _s, _r, t in got)


def test_units_on_lines_of_their_own_all_count_and_then_the_block_ends():
    text = ("青禾县产业强县实施方案\n\n"
            "（一）实施茶园提质行动。新建生态茶园2万亩。\n"
            "牵头单位：县农业农村局\n"
            "配合单位：县市场监管局、县妇联、县供销社\n"
            "（二）推进竹材加工园建设。引进竹基新材料项目。\n"
            "牵头单位：县林业局\n")
    got = edges(extract(text))
    for unit in ("县农业农村局", "县市场监管局", "县妇联", "县供销社"):
        assert (unit, "IMPLEMENTS", "茶园提质行动") in got
    assert ("县林业局", "IMPLEMENTS", "茶园提质行动") not in got
    assert ("县供销社", "IMPLEMENTS", "竹材加工园") not in got


BOXED = ("岚溪县2026年重点工作任务\n\n"
         "（一）持续打好蓝湖保卫战。整治入湖排口40个。（责任单位：县生态环境分局、县水利局）\n"
         "（二）实施和美村庄建设行动。建成示范村10个。（责任单位：县农业农村局）\n"
         "（三）办好岚溪职教联盟。新增合作企业20家。（责任单位：县教育局）\n")


def test_a_task_title_loses_its_opening_verb_and_result():
    # 打好X / 办好X: a one-character verb and its result open the title like a listed verb
    got = edges(extract(BOXED))
    assert ("县水利局", "IMPLEMENTS", "蓝湖保卫战") in got
    assert ("县教育局", "IMPLEMENTS", "岚溪职教联盟") in got
    assert not any(t.startswith(("打好", "好", "办好")) for _s, _r, t in got)


def test_a_conjunction_after_the_opening_verb_stays_in_the_title():
    got = edges(extract(BOXED))
    assert ("县农业农村局", "IMPLEMENTS", "和美村庄建设行动") in got
    assert ("县农业农村局", "IMPLEMENTS", "美村庄建设行动") not in got


def test_a_title_opening_with_a_verb_and_its_result_gives_one_programme():
    text = ("岚溪县2026年重点工作任务\n\n"
            "（一）打好蓝湖保卫战。整治入湖排口40个。（责任单位：县生态环境分局）\n"
            "（二）全面推行河长制。建立三级河长。（责任单位：县水利局）\n")
    got = edges(extract(text))
    assert ("县生态环境分局", "IMPLEMENTS", "蓝湖保卫战") in got
    assert ("县水利局", "IMPLEMENTS", "河长制") in got
    assert not any(t.startswith(("打好", "全面推行")) for _s, _r, t in got)
