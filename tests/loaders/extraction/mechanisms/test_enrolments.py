"""A body that enrols people or firms into a quoted programme's support runs the programme:
``甲局要将X人才纳入“乙计划”支持范围`` (``enrolment_verbs``, ``enrolment_scopes``; rule
``enrolment``); a task box's units run it too. An appraisal or list something is put into
enrols nobody into a programme."""

from tests.loaders.extraction_helpers import edges, extract


def _impl(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "IMPLEMENTS"}


def test_the_enrolling_body_runs_the_programme():
    got = _impl("市人力资源社会保障局要将新能源领域紧缺人才纳入“栾川英才计划”支持范围，"
                "对新引进的高层次人才给予安家补贴。")
    assert ("市人力资源社会保障局", "IMPLEMENTS", "栾川英才计划") in got


def test_a_scope_word_with_an_adverb_reads_the_same():
    got = _impl("省人力资源社会保障厅将数据领域高层次人才列入“苇塘人才计划”重点支持范围。")
    assert ("省人力资源社会保障厅", "IMPLEMENTS", "苇塘人才计划") in got


def test_the_units_of_a_box_run_the_programme_a_task_enrols_into():
    text = ("松岭省促进民营经济发展若干措施\n\n一、加强人才支撑\n\n"
            "第八条  加强人才支撑，将民营企业引进的高层次人才纳入“苇塘人才计划”支持范围，"
            "在落户、子女入学等方面同等对待。（责任单位：省委人才办、省人力资源社会保障厅）\n")
    got = _impl(text)
    assert {("省委人才办", "IMPLEMENTS", "苇塘人才计划"),
            ("省人力资源社会保障厅", "IMPLEMENTS", "苇塘人才计划")} <= got


def test_an_appraisal_is_no_programme():
    got = _impl("市人力资源社会保障局将稳就业工作纳入“栾川之星”年度考核，每季度通报一次。")
    assert not any(t.startswith("栾川之星") for _, _, t in got)


def test_enrolling_without_a_quoted_programme_gives_nothing():
    got = _impl("市人力资源社会保障局将新职业纳入紧缺人才目录支持范围。")
    assert not any(s == "市人力资源社会保障局" and "目录" in t for s, _, t in got)
