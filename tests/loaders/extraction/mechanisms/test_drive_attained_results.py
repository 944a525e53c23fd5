"""``带动B实现较快增长``, ``带动B再创新高``: what B attains is no part of B; the driven thing ends
before the verb of attaining (``drive_target_cut_verbs``). 推动实现B keeps B (the verb opens the
object, nothing stands before it). A figure alone (带动超500万人次…) is how many, no target
(``drive_figure_target``)."""

from tests.loaders.extraction_helpers import drive_pairs as _drives


def test_growth_attained_is_cut():
    got = _drives("消费季活动带动餐饮销售实现较快增长。")
    assert ("消费季活动", "餐饮销售") in got, got


def test_record_attained_is_cut():
    got = _drives("冰雪赛事带动周边民宿入住量再创新高。")
    assert not any(t.endswith("新高") for _, t in got), got


def test_attaining_verb_first_keeps_object():
    assert ("数字技术", "高质量发展") in _drives("数字技术推动实现高质量发展。")


def test_figure_alone_is_no_target():
    got = _drives("岚州发放冰雪体验券，带动超500万人次进入雪场。")
    assert not any(t.startswith("超500") for _, t in got), got
    got = _drives("竹编产业带动3万人实现家门口就业。")
    assert not any(t.startswith("3万") or t.startswith("人") for _, t in got), got
