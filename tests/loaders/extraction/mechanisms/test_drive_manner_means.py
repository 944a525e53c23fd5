"""A subject that ends with a word of "by many means" (多举措, 多措并举, 多点发力 …:
``DRIVES.manner_words``, also when the segmenter splits 多 from its noun) says how its actor
works, not what drives: the words are cut off the source, and an actor or nothing left drives
nothing. A bare adverb or verb (广泛, 用力: ``drive_bare_sources``) drives nothing either. A thing
before the manner words still drives."""

from tests.loaders.extraction_helpers import drive_pairs as _drives


def test_many_measures_alone_drive_nothing():
    assert not _drives("多举措推动县域商业体系建设。")


def test_actor_with_many_measures_drives_nothing():
    got = _drives("两部门多举措促进农民工等群体就业。")
    assert not any("举措" in s or s == "两部门" for s, _ in got), got


def test_bare_adverb_before_provide_drives_nothing():
    got = _drives("要深入调查研究，广泛听取群众意见，为方案编制提供有力支撑。")
    assert not any(s == "广泛" for s, _ in got), got


def test_bare_verb_of_effort_drives_nothing():
    got = _drives("要持续用力推动城乡就业扩容提质。")
    assert not any(s == "用力" for s, _ in got), got


def test_thing_before_manner_words_still_drives():
    got = _drives("数字经济多点发力带动传统产业升级。")
    assert any(s == "数字经济" for s, _ in got), got
