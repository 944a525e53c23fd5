"""Who may provide in 为B提供/注入…: a thing (a platform, a park, a programme, a process), not
people nor a figure; words of aspect (正在, 已经) between the provider and 为 are no part of it."""

from tests.loaders.extraction_helpers import drive_pairs


def test_aspect_word_before_wei():
    got = drive_pairs("东湖数据平台正在为政府科学决策提供支撑。")
    assert any(s == "东湖数据平台" for s, _ in got), got


def test_people_provide_nothing():
    got = drive_pairs("要加强干部队伍建设，大力选拔使用年轻干部，为集团发展提供坚强的人才支撑。")
    assert not any(s == "年轻干部" for s, _ in got), got


def test_figure_provides_nothing():
    got = drive_pairs("数字化改造有效提升了产品稳定性，产品合格率由96.1%提升至98.7%，"
                      "也为公司降本增效注入了新的动力。")
    assert not any(s.endswith("%") for s, _ in got), got


def test_name_with_a_figure_still_provides():
    got = drive_pairs("5G网络为数字乡村建设提供了有力支撑。")
    assert any(s == "5G网络" for s, _ in got), got


def test_place_provides_nothing():
    assert not drive_pairs("东湖市正在为乡村振兴提供支撑。")
