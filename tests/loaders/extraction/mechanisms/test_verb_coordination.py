"""Two implementing verbs joined by a conjunction (``制定并接续实施X``) share their object: the
programme is X, not the second verb's phrase."""

from tests.loaders.extraction_helpers import edges, extract


def _impl(text: str) -> set[tuple[str, str]]:
    return {(a, b) for a, r, b in edges(extract(text)) if r == "IMPLEMENTS"}


def test_two_verbs_share_their_object():
    impl = _impl("岚州市文旅局制定并接续实施冬季文旅促销行动。")
    assert ("岚州市文旅局", "冬季文旅促销行动") in impl
    assert not any(b.startswith("接续") for _, b in impl)
