"""IMPLEMENTS on sentences of our own: a phrase of scope that holds a list closed by 等 and a
noun (在A、B等领域) stands between the actor and its verb; a list with no such close does not."""

from tests.loaders.extraction_helpers import edges, extract


def _implements(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "IMPLEMENTS"}


def test_a_listed_scope_keeps_the_actor():
    got = _implements("岚州市在竹木加工、茶叶精制、中药材种植等领域成立了特色产业服务中心。")
    assert ("岚州市", "特色产业服务中心") in got
