"""A subjectless closing cue clause (…，有力助推B; …，带动C) continues the programme launched
earlier in the sentence, past clauses of what it did (开展X行动，在Y建成Z，每年…，有力助推B: X), and
the means of a task clause right before it (以A丰富B，带动C: A). A change word before a figure
still closes the driven thing (带动A增收8000元: A增收). Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> dict[tuple[str, str], tuple[str, ...]]:
    kg = extract(text)
    return {(kg.node(e.source).name, kg.node(e.target).name): tuple(kg.node(e.target).aliases)
            for e in kg.edges() if e.type == "DRIVES"}


def test_programme_launched_earlier_drives_the_closing_clause():
    got = _drives("今年开展“渔灯计划”帮扶行动，在湖湾三个村新建冷库9座，"
                  "年均为渔户节省成本300余万元，有力助推渔村振兴。")
    assert ("渔灯计划帮扶行动", "渔村振兴") in got


def test_means_of_a_task_clause_drives_the_next():
    got = _drives("举办湖鲜美食季，以美食体验丰富夜游新玩法，带动湖区民宿集聚。")
    assert any(s == "美食体验" and t.startswith("湖区民宿") for s, t in got)
    got = _drives("以美食体验为重点，带动湖区民宿集聚。")
    assert not any(s == "美食体验" for s, _ in got)


def test_change_word_before_a_figure_closes_the_target():
    got = _drives("湖区稻虾产业带动养殖户人均增收5000元。")
    assert any("养殖户人均增收" in (t, *a) for (_, t), a in got.items())
