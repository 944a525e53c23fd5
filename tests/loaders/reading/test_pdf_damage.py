"""Text damaged the way PDF extraction damages it (lines wrapped at a fixed width mid-word, page
numbers and running headers between the halves of a paragraph, a side-bar box set into a
paragraph, mixed full- and half-width characters) reads into the same graph as the clean text.
The documents are made up."""

from __future__ import annotations

from conceptkg.loaders.reading.normalize import normalize_text
from conceptkg.loaders.reading.pagelayout import drop_page_furniture, wrap_width

from ..extraction_helpers import edges, extract

CLEAN = """栖梧区2031年海洋经济发展行动计划

为加快建设海洋强区，推动港口经济和临港产业协同发展，结合本区实际，制定本计划。

一、主要目标，总体要求
到2031年底，全区涉海产业增加值占全区经济总量比重达到18%，建成一批智慧码头和自动化堆场，培育海洋经济骨干企业20家以上。

二、重点任务
（一）推进港口智能化改造。实施“智港提升”行动，支持栖梧港务集团、青禾船舶等龙头企业建设港航数据平台，带动上下游中小船企上线用数赋能。港航数据平台赋能航运业降本增效，推动传统港口转型升级。
责任单位：区港航中心（牵头），区发展改革局、区海洋局
（二）培育海洋数据市场。组建栖梧海洋数据中心，开展涉海数据开放共享试点，试行数据资产登记。海洋数据共享推动港口经济高质量发展。
（三）加强海洋基础设施建设。新建深水泊位6个，建设海上风电运维基地，运维基地支撑海上风电产业发展。
"""

HEADER = "岚州日报 2025年6月3日 第{n}版"
SIDEBAR = ["相关链接", "岚州市位于澜江中游，下辖三区五县。"]


def _wrap(text: str, width: int, indent: bool = False) -> list[str]:
    out: list[str] = []
    for para in text.split("\n"):
        if not para:
            continue
        if indent and len(para) > width:
            para = "\u3000\u3000" + para
        out.extend(para[i:i + width] for i in range(0, len(para), width))
    return out


def _paged(lines: list[str], every: int) -> list[str]:
    out: list[str] = []
    for i, line in enumerate(lines):
        out.append(line)
        if i % every == every - 1 and i + 1 < len(lines):
            page = i // every + 1
            out += [f"— {page} —", HEADER.format(n=page + 1)]
    return out


def _with_box(lines: list[str], after: str) -> list[str]:
    i = next(k for k, x in enumerate(lines) if x.endswith(after))
    return lines[:i + 1] + SIDEBAR + lines[i + 1:]


_HALF = {"，": ",", "：": ":", "（": "(", "）": ")"}


def _mixed_widths(text: str) -> str:
    """Every other Chinese comma, colon and bracket half-width; digits full-width."""
    out = []
    for k, ch in enumerate(text):
        if ch in _HALF and k % 2:
            ch = _HALF[ch]
        elif ch.isdigit():
            ch = chr(ord(ch) + 0xFEE0)
        out.append(ch)
    return "".join(out)


def _graph(text: str) -> set[tuple]:
    return edges(extract(text))


def test_the_clean_text_has_edges():
    assert len(_graph(CLEAN)) >= 5


def test_wrapped_lines_read_as_the_clean_text():
    clean = _graph(CLEAN)
    for width in (26, 31, 36):
        assert _graph("\n".join(_wrap(CLEAN, width))) == clean, width
        assert _graph("\n".join(_wrap(CLEAN, width, indent=True))) == clean, width


def test_page_furniture_between_the_halves_of_a_paragraph_goes():
    clean = _graph(CLEAN)
    damaged = "\n".join(_paged(_wrap(CLEAN, 31), every=5))
    assert "岚州日报" not in normalize_text(damaged)
    assert _graph(damaged) == clean


def test_a_side_box_that_cuts_a_sentence_is_moved_after_its_paragraph():
    lines = _wrap(CLEAN, 31)
    cut = next(x for x in lines if "上下游" in x and not x.endswith("。"))
    damaged = "\n".join(_with_box(lines, cut))
    text = normalize_text(damaged)
    assert "上下游中小船企上线用数赋能" in text.replace("\n", "")
    assert "相关链接" in text.split("\n")  # the box's label stays a line of its own
    assert _graph(damaged) == _graph(CLEAN)


def test_mixed_widths_read_as_the_clean_text():
    assert _graph(_mixed_widths(CLEAN)) == _graph(CLEAN)


def test_all_damage_together():
    lines = _wrap(_mixed_widths(CLEAN), 33, indent=True)
    damaged = "\n".join(_paged(lines, every=6))
    assert _graph(damaged) == _graph(CLEAN)


def test_a_text_with_a_paragraph_per_line_has_no_wrap_width():
    assert wrap_width([x for x in CLEAN.split("\n") if x]) is None


def test_numbers_and_headings_that_are_content_stay():
    lines = [("二、重点任务", False), ("全年新增就业岗位", False), ("1.2万个", False),
             ("责任单位：区海洋局", False), ("责任单位：区海洋局", False)]
    kept, cuts = drop_page_furniture(lines, None)
    assert kept == lines and not cuts


def test_a_page_break_inside_a_paragraph_per_line_text_is_closed():
    para = next(x for x in CLEAN.split("\n") if x.startswith("（一）"))
    cut = para.index("上下游") + 2
    damaged = CLEAN.replace(para, para[:cut] + "\n2\n" + HEADER.format(n=3) + "\n" + para[cut:])
    assert normalize_text(damaged) == normalize_text(CLEAN)


def test_letter_spaced_lines_keep_their_wide_gaps():
    assert normalize_text("第 五 条   鼓 励 企 业 搭 建 海 洋 数 据 平 台 。") == \
        "第五条 鼓励企业搭建海洋数据平台。"


def test_a_page_number_between_sentences_stays_out_and_the_paragraphs_stay_apart():
    text = "岚州市加快建设数字经济示范区，带动就业。\n3\n恒拓集团发布年度报告，营收增长。"
    lines = normalize_text(text).split("\n")
    assert lines[0] == "岚州市加快建设数字经济示范区，带动就业。"


def test_a_latin_word_cut_by_the_wrap_is_closed_up():
    para = "栖梧药业新投的冻干粉针车间取得欧盟GMP证书，青禾智能发布AI巡检系统。" * 4
    text = "\n".join(_wrap(para, 30))  # (cuts 欧盟G⏎MP and 推出A⏎I)
    assert "GMP证书" in normalize_text(text) and "AI巡检" in normalize_text(text)


def test_a_recurring_sentence_end_is_no_running_header():
    item = ("{n}、鼓励企业改造冷链仓储区，所需经费从区级海洋专项中列支。"
            "（区财政局、区海洋局、区港航建设服务站按职责分工负责）")
    text = "\n".join(_wrap("\n".join(item.format(n=n) for n in "一二三四五"), 26))
    assert normalize_text(text).count("按职责分工负责") == 5

