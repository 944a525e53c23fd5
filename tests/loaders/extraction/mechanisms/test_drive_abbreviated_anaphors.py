"""A pointing word fused with one character of its head (此访: this visit) stands for the visit
the sentence named before: that visit drives, also when the cue opens the last of a list of
predicates after a verb of belief (相信此访将增进A、促进B). Without a visit named before, or with
a visit named only after it, nothing drives. Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> set[tuple[str, str]]:
    kg = extract(text)
    return {(kg.node(e.source).name, kg.node(e.target).name)
            for e in kg.edges() if e.type == "DRIVES"}


def test_abbreviation_stands_for_the_visit_named_before():
    assert ("部长此次正式访问", "两地民间友好") in _drives(
        "各界对部长此次正式访问充满期待，相信此访将促进两地民间友好。")


def test_abbreviation_opens_a_list_of_predicates_after_a_verb_of_belief():
    assert ("部长此次正式访问", "两地民间友好") in _drives(
        "各界对部长此次正式访问充满期待，相信此访将深化经贸合作、促进两地民间友好。")


def test_no_visit_named_before_drives_itself():
    # (the abbreviation stands for the visit on its own: drives/pointed_events.py)
    assert _drives("此访将促进两地民间友好。") == {("此访", "两地民间友好")}


def test_a_visit_named_after_is_no_antecedent():
    got = _drives("相信此访将促进两地民间友好，部长此次正式访问备受期待。")
    assert not any(s == "部长此次正式访问" for s, _ in got), got


def test_subject_after_a_verb_of_belief_drives_the_last_predicate():
    assert ("数字经济", "共同富裕") in _drives("大家相信数字经济将增进民生福祉、促进共同富裕。")


def test_a_task_list_after_a_verb_of_belief_has_no_subject():
    assert not _drives("大家相信要增进民生福祉、促进共同富裕。")
