"""以A和B深度融合推动C: the joining of the two drives C, not A alone (also across a headline's
space). All texts are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract


def test_the_joining_drives_not_its_first_part():
    got = edges(extract("以数字技术和实体经济深度融合推动高质量发展。"))
    assert ("数字技术和实体经济深度融合", "DRIVES", "高质量发展") in got
    assert ("数字技术", "DRIVES", "高质量发展") not in got


def test_a_headline_segment_reads_the_same():
    got = edges(extract("以数字技术和实体经济深度融合 推动建设现代化产业体系"))
    assert ("数字技术和实体经济深度融合", "DRIVES", "现代化产业体系") in got


def test_a_single_instrument_still_drives_alone():
    got = edges(extract("以绿色金融推动服务创新。"))
    assert ("绿色金融", "DRIVES", "服务创新") in got


def test_a_pair_without_a_joining_word_drives_each():
    got = edges(extract("以数字技术和人工智能推动产业升级。"))
    assert ("数字技术", "DRIVES", "产业升级") in got
    assert ("人工智能", "DRIVES", "产业升级") in got
