"""``A不断完善，带动B``: the segmenter reads an adverb and its verb as one idiom (不断完善), and
some verbs with a name's or an abbreviation's tag (拓宽, 深化: ``predicate_words``); the clause
still only says how A fares, so A drives B. A place, or a clause whose verb has an object,
drives nothing."""

from tests.loaders.extraction_helpers import drive_pairs as _drives


def test_fused_adverb_verb_fares():
    got = _drives("冷链网络不断完善，带动生鲜电商快速发展。")
    assert ("冷链网络", "生鲜电商") in got, got


def test_retagged_verbs_fare():
    assert ("服务场景", "智慧新消费") in _drives("服务场景持续拓宽，有效带动智慧新消费快速发展。")
    assert ("两岸互信", "产业协作") in _drives("两岸互信将持续深化，助力产业协作。")


def test_place_or_action_drives_nothing():
    assert not _drives("岚州不断完善，带动生鲜电商快速发展。")
    assert not _drives("要不断完善制度，推动改革深化。")
