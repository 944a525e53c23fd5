"""A clause that says how long a thing has been in force (A签订十年来，A成立三年以来) names the
topic a subjectless clause after it continues, as A实施以来 does; the founding verbs (签订, 成立)
count like the verbs of coming into use. Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> set[tuple[str, str]]:
    kg = extract(text)
    return {(kg.node(e.source).name, kg.node(e.target).name)
            for e in kg.edges() if e.type == "DRIVES"}


def test_span_of_time_before_lai():
    got = _drives("双边协定签订十年来，为推进边境贸易增长作出了重要贡献。")
    assert ("双边协定", "边境贸易增长") in got


def test_span_of_time_with_digits():
    got = _drives("互助条约签订65年来，为推进两国友好交往作出了重要贡献。")
    assert ("互助条约", "两国友好交往") in got


def test_a_clause_with_a_subject_of_its_own_stops_it():
    assert ("双边协定", "边境贸易增长") not in _drives(
        "双边协定签订十年来，双方企业为推进边境贸易增长作出了重要贡献。")
