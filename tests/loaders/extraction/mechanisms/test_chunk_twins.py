"""One name, one node: a name read with a type from a chunk's context (a Concept among a list's
items) that the lexicon also gives another type in the same document is the lexicon's node."""

from tests.loaders.extraction_helpers import extract


def _typed(text: str) -> list[tuple[str, str]]:
    return sorted((n.name, n.type) for n in extract(text).nodes())


def test_a_list_item_read_twice_is_one_node_of_the_lexicon_type():
    got = _typed("智慧农业包括劳动、资本、数据等生产要素。")
    assert [t for n, t in got if n == "数据"] == ["Factor"]
    assert [t for n, t in got if n == "劳动"] == ["Factor"]
    kg = extract("智慧农业包括劳动、资本、数据等生产要素。")
    [node] = [n for n in kg.nodes() if n.name == "劳动"]
    assert "劳动" not in node.alias_docs and "包括劳动" not in node.aliases


def test_names_read_once_keep_their_own_types():
    got = dict(_typed("数字经济推动高质量发展。"))
    assert got.get("数字经济") == "Concept"
    assert got.get("高质量发展") == "Concept"
