"""Normalization of PDF and web text, and sentence spans."""

from conceptkg.loaders.reading.normalize import normalize_text, to_simplified
from conceptkg.loaders.reading.sentences import split_sentences

PDF = """在
2031年，岚州提出要以数字技术带动茶叶

加工，加快培育新的增长点，这是一项

长期任务。
划重点
青 禾 镇 已 建 成 三 座 冷 链 仓 库 ，

生鲜损耗明显下降。
新农人
与只会种植的老茶农相比，新农人能熟练

运用电商平台。
——某报记者根据座谈会发言整理而成的文字稿
新实践
本期热词"""


def test_wrapped_pdf_lines_are_joined_and_titles_kept_apart():
    text = normalize_text(PDF)
    lines = text.split("\n")
    assert lines[0] == ("在2031年，岚州提出要以数字技术带动茶叶加工，加快培育新的增长点，"
                        "这是一项长期任务。")
    assert "划重点" in lines
    assert "青禾镇已建成三座冷链仓库，生鲜损耗明显下降。" in lines
    assert "新农人" in lines  # a side-bar title stays a line of its own
    assert "新实践" in lines and "本期热词" in lines
    assert any(x.startswith("——") for x in lines)


def test_headings_are_flagged_in_sentences():
    sents = split_sentences(normalize_text(PDF))
    assert [s.text for s in sents if s.heading][:2] == ["划重点", "新农人"]


def test_web_text_keeps_one_paragraph_per_line():
    long_par = "这是一段很长的新闻正文，" * 10 + "到此结束。"
    raw = f"新闻标题在这里没有标点\n{long_par}\n另一个标题\n{long_par}"
    lines = normalize_text(raw).split("\n")
    assert lines == ["新闻标题在这里没有标点", long_par, "另一个标题", long_par]


def test_simplified_conversion_keeps_length_and_offsets():
    trad = "數字經濟為高質量發展提供動力"
    simp = to_simplified(trad)
    assert simp == "数字经济为高质量发展提供动力"
    assert len(simp) == len(trad)


def test_a_space_between_headline_segments_is_kept():
    headline = "临江推出冬季新玩法 山城冰雪旅游升温"
    assert normalize_text(headline) == headline
    # short runs, spaced-out lines and spaces next to Latin or digits still go
    assert normalize_text("岚州 已建成冷链仓库") == "岚州已建成冷链仓库"
    assert normalize_text("冰 雪 旅 游 正 在 升 温") == "冰雪旅游正在升温"
    assert normalize_text("新建 5G基站 三千余个") == "新建5G基站三千余个"


def test_a_bullet_mark_opening_a_line_is_dropped():
    from conceptkg.loaders.reading.normalize import normalize_text

    text = normalize_text("要闻简报\n■ 青禾镇推行“林下养蜂”立体种养方式\n● 重点产业：竹木家居\n"
                          "全年养蜂规模达到800箱。")
    assert "■" not in text and "●" not in text
    assert "\n青禾镇推行“林下养蜂”立体种养方式" in text
    # a mark inside a line stays
    assert "■" in normalize_text("甲■乙")


def test_kangxi_and_supplement_radicals_read_as_the_characters_they_draw():
    # PDF text layers often give the radical code points (U+2F00…, U+2E80…) for characters
    # whose glyph is the radical's: 人 ⼈, 民 ⺠, 长 ⻓, 工 ⼯ …
    raw = "溪宁市⼈⺠政府印发《岚州⾏动⽅案》后，恒拓集团推进⻓河⼯程和⻔户⽹站。"
    want = "溪宁市人民政府印发《岚州行动方案》后，恒拓集团推进长河工程和门户网站。"
    assert normalize_text(raw) == want


def test_radicals_in_a_pdf_text_give_the_lexicon_nodes(tmp_path):
    from conceptkg.loaders import process_file

    p = tmp_path / "岚州.txt"
    p.write_text("溪宁港以⾼质量发展为⽬标，新质⽣产⼒包含岚州数据和算⼒。", encoding="utf-8")
    names = {n.name for n in process_file(str(p)).nodes()}
    assert {"高质量发展", "新质生产力"} <= names
    assert not any(0x2E80 <= ord(c) <= 0x2FDF for name in names for c in name)
