"""Round fifty-four on texts of our own: who acts in a company's statement. A letter whose
title calls it a 贺信 is by the body its first paragraph names (bare 集团 stands for it); a span
read as a body by its suffix alone that holds a verb of founding (集团成立甲研究院) is no body;
a subsidiary's name starts after the word 子公司 (全资子公司甲乙有限公司)."""

from tests.loaders.extraction_helpers import edges, extract, node_types

_LETTER = ("{title}\n\n全集团干部职工、同志们：\n\n"
           "辞旧迎新之际，我谨代表岱衡建工集团党委和董事会，向全体职工致以问候！\n\n"
           "这一年，集团实施“青禾工程”，培养青年骨干三百余名。岱衡路桥公司开通两条物流专线。\n")


def _implements(text: str) -> set[tuple[str, str]]:
    return {(a, b) for a, r, b in edges(extract(text)) if r == "IMPLEMENTS"}


def test_a_new_year_letter_is_by_the_body_it_names():
    got = _implements(_LETTER.format(title="致全体员工的新年贺信"))
    assert ("岱衡建工集团", "青禾工程") in got


def test_a_text_of_no_speech_genre_gives_bare_group_no_owner_from_its_first_paragraph():
    got = _implements(_LETTER.format(title="岱衡路桥公司两条专线开通"))
    assert ("岱衡建工集团", "青禾工程") not in got


def test_a_founding_verb_parts_founder_and_founded_body():
    text = ("岱衡建工集团2031年工作报告\n\n集团成立智能建造研究院，并牵头组建“绿建创新联合体”，"
            "联合体由三所高校组成。")
    got = _implements(text)
    assert ("岱衡建工集团", "绿建创新联合体") in got
    assert not any("成立" in a for a, _ in got)


def test_a_body_named_with_a_founding_verb_as_part_of_its_name_stays_one():
    # 设立 only inside a span (not at its start) parts it; a name that merely opens the
    # sentence keeps its body
    got = node_types(extract("北岙设备制造有限公司推出“稳链”服务包。"))
    assert got.get("北岙设备制造有限公司") == "Organization"


def test_a_subsidiary_name_starts_after_the_word_subsidiary():
    text = ("澄屿材料股份有限公司2031年年度报告摘要\n\n"
            "全资子公司澄屿涂层材料有限公司完成溶剂回收系统改造，能耗下降一成。")
    orgs = {n for n, t in node_types(extract(text)).items() if t == "Organization"}
    assert "澄屿涂层材料有限公司" in orgs
    assert not any(n.startswith(("全资", "子公司")) for n in orgs)
