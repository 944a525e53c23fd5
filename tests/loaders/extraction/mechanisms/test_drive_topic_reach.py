"""Topic chains of DRIVES (A…，…，带动B): a subjectless cue clause continues the subject up to two
clauses back; a clause that announces with a colon (X是Y：A…) is no rival subject; a clause of
means (并通过X效应，) has none; bodies joined by a word of partnership (甲厅会同乙委) act and
drive nothing. Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> set[tuple[str, str]]:
    kg = extract(text)
    return {(kg.node(e.source).name, kg.node(e.target).name)
            for e in kg.edges() if e.type == "DRIVES"}


def test_subject_two_clauses_back_drives():
    got = _drives("潮汐能源大幅降低了海岛用电成本，吸引渔业加工企业加快集聚，也带动了冷链物流、"
                  "海产电商等新业态快速成长。")
    assert ("潮汐能源", "新业态") in got


def test_colon_and_means_clauses_do_not_end_the_chain():
    got = _drives("转型既是责任，也是机遇：雾岭风场的集中落地，拉动了叶片制造等配套产业的发展。")
    assert any(s.startswith("雾岭风场") for s, _ in got)
    got = _drives("山货消费的持续释放，将拉动内需增长，并通过产业关联效应，带动冷链物流、"
                  "山货电商等相关产业发展。")
    assert ("山货消费", "冷链物流") in got and not any(s.endswith("效应") for s, _ in got)


def test_bodies_joined_by_a_partner_word_drive_nothing():
    got = _drives("甲省财政厅会同甲省国资委设立海岛基金，重点投向渔港项目，撬动社会资本。")
    assert not any("会同" in s for s, _ in got)
