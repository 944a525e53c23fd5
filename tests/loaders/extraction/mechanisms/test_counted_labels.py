"""A counted label before a colon (包括四项重点行动：A、B…), 对B的带动效应, and a verb inside a
ceremony's name. All texts are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract


def test_a_counted_label_before_a_colon_gives_the_list_after_it():
    got = edges(extract("记者了解到，“千帆”计划包括三项重点行动：渔港人才培训行动、冷链共建行动"
                        "和远洋金融护航行动。"))
    for item in ("渔港人才培训行动", "冷链共建行动", "远洋金融护航行动"):
        assert ("千帆计划", "INCLUDES", item) in got
    assert not any(t.startswith("三项") for _s, _r, t in got)


def test_the_list_after_the_colon_must_have_as_many_items_as_the_count():
    got = edges(extract("“千帆”计划包括四项任务：人才培训、仓储共建和金融护航。"))
    assert not any(r == "INCLUDES" for _s, r, _t in got)


def test_a_driving_effect_on_b():
    assert ("海岛民宿", "DRIVES", "渔民增收") in edges(
        extract("海岛民宿对渔民增收的带动效应已经显现。"))


def test_a_launch_ceremony_launches_nothing():
    got = edges(extract("海州市茶叶协会会长在启动仪式上表示，协会将整合服务资源。"))
    assert not any(r == "IMPLEMENTS" for _s, r, _t in got)


def test_counted_measures_whose_name_holds_the_cue_drive_what_it_names():
    got = edges(extract("青禾县近日印发12条促进茶园提质扩容政策措施，并公布补贴名单。"))
    assert ("12条促进茶园提质扩容政策措施", "DRIVES", "茶园提质扩容") in got
    assert not any(t.endswith("措施") for _s, r, t in got if r == "DRIVES")


def test_counted_measures_before_a_plain_target_keep_it():
    assert ("9项措施", "DRIVES", "渔港转型") in edges(extract("青禾县出台9项措施助推渔港转型。"))


def test_count_words():
    from conceptkg.loaders.extraction.lists.list_items import count_of

    assert [count_of(x) for x in ("三", "两", "12", "１２", "¹", "一二", "多")] == \
        [3, 2, 12, 12, 0, 0, 0]
