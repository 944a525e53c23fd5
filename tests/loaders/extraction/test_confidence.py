"""Edge confidence: rule strength × span kind, agreement across sentences."""

from conceptkg.loaders.extraction.confidence import edge_confidence, evidence_score

from ..extraction_helpers import extract


def test_known_spans_and_strong_rules_score_higher():
    assert evidence_score("cue_drives", "lexicon", "lexicon") > \
        evidence_score("cue_drives", "chunk", "chunk")
    assert evidence_score("cue_drives_instrument", "chunk", "chunk") > \
        evidence_score("cue_drives_chain", "chunk", "chunk")


def test_agreement_raises_confidence_and_stays_below_one():
    one = edge_confidence([0.6])
    two = edge_confidence([0.6, 0.6])
    assert one < two < 1.0
    assert edge_confidence([0.99] * 10) <= 0.99


def test_repeated_statement_is_more_confident_than_a_single_one():
    kg1 = extract("好山好水带动乡村民宿经济。")
    kg2 = extract("好山好水带动乡村民宿经济。近年来，好山好水带动乡村民宿经济。")
    c1 = next(e.confidence for e in kg1.edges())
    c2 = next(e.confidence for e in kg2.edges())
    assert c2 > c1
