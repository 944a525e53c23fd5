"""A list's head that ends in a service noun and a word for the listed items (A、B等N项政务服务
事项) keeps both: the kind of the items, not an activity (服务) done to the head before it. A
service verb before other nouns (A、B等企业服务群众) stays an action."""

from tests.loaders.extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "INCLUDES"}


def test_a_service_item_head_is_kept_whole():
    got = _includes("目前，户口迁移、行驶证核发等85项政务服务事项实现“一网通办”。")
    assert ("85项政务服务事项", "INCLUDES", "行驶证核发") in got
    assert not any(s == "85项政务" for s, _, _ in got)


def test_serving_people_is_no_head():
    got = _includes("甲公司、乙公司等企业服务群众。")
    assert not any(s.endswith("服务群众") for s, _, _ in got)
