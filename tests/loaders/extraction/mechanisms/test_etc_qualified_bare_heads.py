"""A list closed by 等 whose head is a bare two-character word keeps the one qualifier before
it (等服务设施, 等务实合作). All texts are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract


def test_a_bare_head_keeps_its_qualifier():
    got = edges(extract("该区加快建设托育、养老、便利店等服务设施。"))
    assert {("服务设施", "INCLUDES", x) for x in ("托育", "养老", "便利店")} <= got
    assert not any(s == "设施" for s, _, _ in got)
    # (a list of weaknesses to make up, 补齐A、B等服务短板, names no parts of anything)
    assert not edges(extract("要补齐托育、养老、便利店等服务短板。"))


def test_an_adverbial_qualifier_stays_with_a_bare_head():
    got = edges(extract("双方推进能源、物流、旅游等务实合作。"))
    assert ("务实合作", "INCLUDES", "物流") in got
    assert not any(s == "合作" for s, _, _ in got)


def test_a_head_the_word_list_knows_takes_no_qualifier():
    got = edges(extract("加快发展风电、光伏等新能源。"))
    assert ("新能源", "INCLUDES", "风电") in got


def test_an_adverb_of_the_predicate_after_the_list_is_no_qualifier():
    got = edges(extract("高校、企业等积极合作。"))
    assert not any(s.endswith("合作") for s, _, _ in got)
