"""DRIVES of the tenth round on sentences of our own: what a thing relies on drives it
(B离不开A的支撑, B要靠A作支撑); each task of an instrument list closed by 等 drives; money or
measures put in place right before 支持 drive what it supports."""

from tests.loaders.extraction_helpers import edges, extract


def _drives(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "DRIVES"}


def test_what_a_thing_relies_on_drives_it():
    got = _drives("渔业生产离不开气象服务赋能，要加强预报预警。")
    assert ("气象服务", "DRIVES", "渔业生产") in got
    assert ("数字技术", "DRIVES", "海州港口升级") in _drives("海州港口升级要靠数字技术作支撑。")
    # the thing relying is named by the clause before
    got = _drives("海岛旅游升温的背后，离不开交通网络的支撑。")
    assert ("交通网络", "DRIVES", "海岛旅游升温") in got


def test_reliance_without_a_driving_noun_or_on_an_actor_gives_nothing():
    assert not _drives("海州市离不开大家的支持。")
    assert not _drives("渔业生产离不开技术人员，要推动技术攻关。")


def test_an_instrument_listing_tasks_gives_each_task_as_a_driver():
    got = _drives("临江县通过改良茶园土壤、培训采茶工人等方式带动茶农增收。")
    assert {("改良茶园土壤", "DRIVES", "茶农增收"), ("培训采茶工人", "DRIVES", "茶农增收")} <= got
    # without 等 the list is no closed list of means: nothing
    assert not _drives("临江县通过改良茶园土壤、培训采茶工人带动茶农增收。")


def test_money_or_measures_put_in_place_drive_what_they_support():
    got = _drives("临江县财政今年安排专项资金，支持渔港设施维修加固。")
    assert ("专项资金", "DRIVES", "渔港设施维修加固") in got
    assert ("政府债券", "DRIVES", "渔港改造") in _drives("海州市可以运用政府债券支持渔港改造。")


def test_a_body_or_money_not_put_in_place_supports_without_driving():
    assert not _drives("海州市政府支持渔港改造。")
    assert not _drives("资金主要用于偿还存量债务，重点支持渔港建设。")
    assert not _drives("县财政通过已有补助渠道支持茶园数字化改造。")
