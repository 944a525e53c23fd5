"""A report's programme named in full once and later by its head: 该联盟由A、B共同发起."""

from tests.loaders.extraction_helpers import file_edges


def _edges(tmp_path, text):
    return file_edges(tmp_path, text)


def test_determiner_subject_takes_up_earlier_name(tmp_path):
    text = "新闻标题\n\n澄屿创新联盟今日揭牌。该联盟由澄屿大学、远道机电集团共同发起。\n"
    edges = _edges(tmp_path, text)
    assert ("澄屿大学", "IMPLEMENTS", "澄屿创新联盟") in edges
    assert not any(t == "联盟" for _, _, t in edges)


def test_build_verb_after_by(tmp_path):
    edges = _edges(tmp_path, "新闻标题\n\n甘霖数据中心今日投运。该中心由甘霖城投集团投资建设。\n")
    assert ("甘霖城投集团", "IMPLEMENTS", "甘霖数据中心") in edges


def test_no_earlier_name_no_edge(tmp_path):
    # nothing named before ends with the head: the bare head is no programme of the body
    edges = _edges(tmp_path, "新闻标题\n\n今年天气较好。该联盟由澄屿大学共同发起。\n")
    assert ("澄屿大学", "IMPLEMENTS", "澄屿创新联盟") not in edges
    assert not any(s == "澄屿大学" and t.endswith("创新联盟") for s, _, t in edges)
