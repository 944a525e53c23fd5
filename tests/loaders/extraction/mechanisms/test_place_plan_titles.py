"""A place's plan named by its title line: the place, even one no dictionary knows, implements
the whole title, and the title's verb drives nothing. All texts are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract, node_types

BODY = "一、总体要求\n\n坚持统筹推进，加快补齐短板。\n"


def test_an_unknown_district_implements_its_whole_plan_title():
    got = edges(extract("澈沅区推动智慧康养高质量发展2030年工作方案\n\n" + BODY))
    assert ("澈沅区", "IMPLEMENTS", "澈沅区推动智慧康养高质量发展2030年工作方案") in got
    assert not any(len(s) < 2 for s, _r, _t in got)  # (no one-character actor)
    assert not any(r == "DRIVES" for _s, r, _t in got)  # (推动 in a title drives nothing)
    assert not any(t == "智慧康养高质量发展2030年工作方案" for _s, _r, t in got)


def test_a_title_that_opens_with_a_verb_or_a_plain_word_names_no_place():
    for title in ("推进智慧康养高质量发展2030年工作方案", "关于智慧康养发展的工作方案"):
        got = edges(extract(title + "\n\n" + BODY))
        assert not any(r == "IMPLEMENTS" and t.endswith("工作方案") for _s, r, t in got)


TASKS = ("云屏区推进数字文旅发展2030年工作方案\n\n二、重点任务\n\n"
         "1. 加快推进云屏游客集散中心建设，年底前完成主体工程。\n"
         "牵头单位：区交通局；配合单位：区规划局。\n\n"
         "2. 加快补齐文旅设施短板，年底前完成改造。\n"
         "牵头单位：区文旅局；配合单位：区商务局。\n")


def test_a_task_clause_opening_with_adverbs_names_its_programme():
    got = edges(extract(TASKS))
    # (a centre of a name of its own: named without 建设, which stays an alias)
    assert ("区交通局", "IMPLEMENTS", "云屏游客集散中心") in got
    assert ("区规划局", "IMPLEMENTS", "云屏游客集散中心") in got


def test_a_task_clause_whose_adverbs_open_no_implementing_verb_names_none():
    got = edges(extract(TASKS))
    assert not any(s in ("区文旅局", "区商务局") for s, _r, _t in got)


def test_an_uncounted_head_of_kinds_or_directions_owns_no_list():
    kg = extract("集团重点布局港口物流、文旅康养、清洁能源等板块。\n\n"
                 "学院开设无人车维修、机器人运维等专业方向。")
    assert not any(r == "INCLUDES" for _s, r, _t in edges(kg))
    assert {"港口物流", "文旅康养", "机器人运维"} <= set(node_types(kg))  # (the items stay)


def test_a_counted_head_of_kinds_still_owns_its_list():
    got = edges(extract("公司形成智能装备、精密部件、系统集成三大业务板块。"))
    assert ("业务板块", "INCLUDES", "精密部件") in got


def test_a_built_thing_ends_at_its_head_before_a_completion_predicate():
    got = edges(extract("由云屏能源公司投资建设的北岭风光储基地全面投产，总装机50万千瓦。\n\n"
                        "云屏储能公司牵头建设的南湾抽水蓄能电站首台机组并网发电。"))
    assert ("云屏能源公司", "IMPLEMENTS", "北岭风光储基地") in got
    assert ("云屏储能公司", "IMPLEMENTS", "南湾抽水蓄能电站") in got


def test_a_built_thing_without_a_completion_predicate_keeps_its_words():
    got = edges(extract("云屏能源公司投资建设的北岭风光储基地二期工程进展顺利。"))
    assert not any(t == "北岭风光储基地" for _s, _r, t in got)
