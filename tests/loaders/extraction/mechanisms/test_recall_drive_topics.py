"""Round fifteen on sentences of our own: a clause that opens with a cue (or with 为B提供…)
and has no subject of its own continues the subject of the clause before (a topic chain); the
subject of a verb after a verb of speech starts after that verb. Bodies, people, tasks, words
of manner and parallel subjects give no topic."""

from tests.loaders.extraction_helpers import drive_pairs as _drives


def test_a_subjectless_cue_clause_continues_the_subject_before():
    got = _drives("尤其是甲乙自由贸易协定正式落地，有力推动远洋渔业合作走深走实，"
                  "为两国港口贸易注入新的动力。")
    assert any(s.startswith("甲乙自由贸易协定") and d == "远洋渔业合作" for s, d in got)
    assert any(s.startswith("甲乙自由贸易协定") and d == "两国港口贸易" for s, d in got)
    got = _drives("近十年来，临江县红树林公园切实守护了滩涂，带动周边乡村旅游增长3亿元。")
    assert ("临江县红树林公园", "周边乡村旅游增长") in got


def test_the_subject_after_a_verb_of_speech_drives():
    got = _drives("多位学者表示海州港口物流为沿海经济带来强劲动力。")
    assert ("海州港口物流", "沿海经济") in got


def test_bodies_tasks_and_manner_give_no_topic():
    # a body, a body's will, a task opening with a verb, a word of manner
    assert not _drives("海州市渔业部门出台多项措施，推动远洋捕捞合作。")
    assert not _drives("临江县要深化港口改革，推动远洋渔业合作。")
    assert not _drives("弘扬海洋文化，推动远洋捕捞合作。")
    assert not _drives("高标准打造港口物流高地，持续赋能远洋捕捞合作。")
    assert not _drives("高标准打造港口物流新格局，持续赋能远洋捕捞合作。")
    # two subjects before the cue clause: which of them drives is not said
    assert not _drives("海鲜大量涌入，牛肉供给充足，带动水产品价格回落。")
