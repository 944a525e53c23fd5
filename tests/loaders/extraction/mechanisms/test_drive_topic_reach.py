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
    got = _drives("湖区轻轨缩短了通勤时间，让周边商圈加快成形，也带动了社区团购、"
                  "早餐外卖等新业态快速成长。")
    assert ("湖区轻轨", "新业态") in got


def test_colon_and_means_clauses_do_not_end_the_chain():
    got = _drives("开放既是挑战，也是机遇：湖港航线的陆续开通，带动了船舶修造等配套产业的发展。")
    assert any(s.startswith("湖港航线") for s, _ in got)
    got = _drives("民宿产业的不断升温，会扩大本地就业，并借助溢出效应，带动灯具制造、"
                  "短途客运等相关产业发展。")
    assert ("民宿产业", "灯具制造") in got and not any(s.endswith("效应") for s, _ in got)


def test_bodies_joined_by_a_partner_word_drive_nothing():
    got = _drives("湖城住建局会同湖城文旅局设立更新基金，主要用于街区改造，撬动民间投资。")
    assert not any("会同" in s for s, _ in got)
