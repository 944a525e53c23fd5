"""它 as the subject of a DRIVES cue stands for the subject of the clause before, or (after a
word of sequence) for what the paragraph's earlier 它 stood for, else for the subject of the
sentence before; 是…的新动力 is an engine frame. All texts are made up."""

from tests.loaders.extraction_helpers import edges, extract


def _drives(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "DRIVES"}


def test_it_stands_for_the_subject_of_the_clause_before():
    got = _drives("海岛旅游本身就是渔村活力的重要来源，它能够带动民宿经营。")
    assert ("海岛旅游", "民宿经营") in got


def test_it_after_a_word_of_sequence_keeps_the_paragraph_topic():
    got = _drives("海岛旅游为何重要？首先，它直接带动民宿经营。"
                  "许多渔民收入更高了。其次，它能够带动远洋观光。")
    assert ("海岛旅游", "民宿经营") in got
    assert ("海岛旅游", "远洋观光") in got


def test_its_thing_is_no_pronoun_subject():
    got = _drives("海岛旅游本身就是渔村活力的重要来源，它的口碑带动民宿经营。")
    assert ("海岛旅游", "民宿经营") not in got


def test_a_new_force_noun_closes_an_engine_frame():
    got = _drives("我们说潮汐电站是海岛电网的底座，而储能集群则是驱动渔港电气化改造的新动力。")
    assert ("储能集群", "渔港电气化改造") in got
