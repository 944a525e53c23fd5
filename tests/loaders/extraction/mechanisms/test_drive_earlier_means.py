"""A subjectless closing cue clause (…，有力助推B; …，带动C) continues the programme launched
earlier in the sentence, past clauses of what it did (开展X行动，在Y建成Z，每年…，有力助推B: X), and
the means of a task clause right before it (以A丰富B，带动C: A). A change word before a figure
still closes the driven thing (带动A增收1.1万元: A增收). Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> dict[tuple[str, str], tuple[str, ...]]:
    kg = extract(text)
    return {(kg.node(e.source).name, kg.node(e.target).name): tuple(kg.node(e.target).aliases)
            for e in kg.edges() if e.type == "DRIVES"}


def test_programme_launched_earlier_drives_the_closing_clause():
    got = _drives("持续开展“光伏进海岛”帮扶行动，在对口帮扶的雾岭县建成光伏电站42座，"
                  "每年为村集体带来收益约800万元，有力助推海岛振兴。")
    assert ("光伏进海岛帮扶行动", "海岛振兴") in got


def test_means_of_a_task_clause_drives_the_next():
    got = _drives("开展“低空+茶旅”融合行动，以低空旅游丰富茶旅消费新场景，带动山地民宿集聚。")
    assert any(s == "低空旅游" and t.startswith("山地民宿") for s, t in got)
    got = _drives("以低空旅游为重点，带动山地民宿集聚。")
    assert not any(s == "低空旅游" for s, _ in got)


def test_change_word_before_a_figure_closes_the_target():
    got = _drives("雾岭茶产业带动茶农人均增收3000元以上。")
    assert any("茶农人均增收" in (t, *a) for (_, t), a in got.items())
