"""Document mechanisms: the issuer of a document named in its title line, a role
strengthened (强化A对B的支撑作用), and a quality the dictionary tags as a name before an
instrument (以高素质X支撑B). All texts are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract

BODY = ("各县（区）人民政府，市政府各部门：\n\n"
        "现将有关措施印发给你们，请认真贯彻落实。\n")


def test_a_title_that_issues_a_document_makes_its_body_implement_it():
    got = edges(extract("丰禾市人民政府办公室关于印发《丰禾市加快智慧农业发展若干措施》的通知\n\n"
                        + BODY))
    assert ("丰禾市人民政府办公室", "IMPLEMENTS", "丰禾市加快智慧农业发展若干措施") in got


def test_a_title_without_book_marks_names_the_document_too():
    got = edges(extract("丰禾省人民政府办公厅关于印发丰禾省推进林下经济发展若干措施的通知\n\n"
                        + BODY))
    assert ("丰禾省人民政府办公厅", "IMPLEMENTS", "丰禾省推进林下经济发展若干措施") in got


def test_a_forwarded_document_or_a_non_policy_name_is_not_the_title_body_s_own():
    for title in ("丰禾市人民政府办公室关于转发《丰禾省林下经济发展若干措施》的通知",
                  "丰禾市人民政府办公室关于印发《丰禾市林下经济发展典型案例汇编》的通知"):
        got = edges(extract(title + "\n\n" + BODY))
        assert not any(s == "丰禾市人民政府办公室" and r == "IMPLEMENTS" for s, r, _t in got)


def test_a_strengthened_role_makes_its_holder_drive():
    got = edges(extract("强化数字技术对智慧农业发展的支撑作用，推动成果就地转化。"))
    assert ("数字技术", "DRIVES", "智慧农业发展") in got


def test_a_role_without_a_verb_of_giving_or_strengthening_reads_no_frame():
    got = edges(extract("研究数字技术对智慧农业发展的影响，形成专题报告。"))
    assert not any(s == "数字技术" and r == "DRIVES" for s, r, _t in got)


def test_a_quality_tagged_as_a_name_is_part_of_the_instrument():
    got = edges(extract("以高素质人才队伍支撑智慧农业提质扩量。"))
    assert ("高素质人才队伍", "DRIVES", "智慧农业") in got or \
        ("高素质人才队伍", "DRIVES", "智慧农业提质扩量") in got
