"""A newspaper's commentary headline (甲日报评论员文章：完成X; 乙报社论：推进Y) gives what the paper
writes, not what it does: a paper's name followed by a word of ``commentary_labels`` is no
IMPLEMENTS actor. A paper that does something is still an actor."""

from tests.loaders.extraction_helpers import file_edges

_HEAD = ("# 《晚间新闻》 (20251215)\n\n## 新闻摘要\n\n### 甲县召开全县干部大会\n\n"
         "<p>甲县15日召开干部大会。</p>\n\n")


def test_a_commentary_headline_has_no_actor(tmp_path):
    got = file_edges(tmp_path, _HEAD + "### 海州日报评论员文章：抓住关键，"
                     "完成明年经济工作的重点任务——论学习贯彻全省经济工作会议精神\n\n"
                     "<p>明天出版的《海州日报》将发表评论员文章。</p>\n")
    assert not any(s == "海州日报" and t == "IMPLEMENTS" for s, t, _ in got)


def test_a_paper_that_acts_is_an_actor(tmp_path):
    got = file_edges(tmp_path, _HEAD + "### 海州日报社启动“百村行”采访活动\n\n"
                     "<p>海州日报社15日启动“百村行”采访活动。</p>\n")
    assert any(s.startswith("海州日报") and t == "IMPLEMENTS" for s, t, _ in got)
