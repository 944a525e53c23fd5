"""Property-based tests: any text normalizes, splits and extracts without raising, and every
evidence offset points at its sentence in the normalized text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conceptkg.graph.models import Document
from conceptkg.loaders.pipeline import process_text
from conceptkg.loaders.reading.normalize import normalize_text
from conceptkg.loaders.reading.sentences import split_sentences

# mixed scripts, policy words, punctuation, control characters and lone surrogates
WORDS = ["推动", "包括", "打造", "新质生产力", "高质量发展", "集团", "公司", "平台", "、", "，",
         "。", "“", "”", "一是", "二是", "等", "和", "数据", "劳动", " ", "\n", "\u3000", "%",
         "亿元", "１２", "Ａ", "<script>", "'})", "\x00", "\ud800", "\x85", "\u2028"]
texts = st.one_of(
    st.text(),
    st.lists(st.sampled_from(WORDS) | st.text(max_size=3), max_size=60).map("".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_normalize_and_split_never_raise_and_offsets_hold(raw):
    text = normalize_text(raw)
    assert "\x00" not in text
    text.encode("utf-8")  # no lone surrogates survive
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text
        assert s.text.strip() == s.text and s.text


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_extraction_never_raises_and_evidence_points_at_sentences(raw):
    text = normalize_text(raw)
    doc = Document.from_text(text)
    kg = process_text(doc)
    items = [*kg.nodes(), *kg.edges()]
    for item in items:
        for ev in item.evidence:
            assert ev.document == doc.id
            assert text[ev.start:ev.end] == ev.sentence
    for e in kg.edges():
        assert kg.has_node(e.source) and kg.has_node(e.target)
