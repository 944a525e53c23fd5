"""A body's statement of what it will do itself (``X介绍，下一步，我们将陆续推出Y``) keeps X as
the actor of Y; a directive (``X要求，…开展Y``) or a statement that names another subject
(``X表示，各县将开展Y``) does not."""

from tests.loaders.extraction_helpers import edges, extract


def _impl(text: str) -> set[tuple[str, str]]:
    return {(a, b) for a, r, b in edges(extract(text)) if r == "IMPLEMENTS"}


def test_a_body_states_what_it_will_do():
    assert ("岚州市商务局", "消费券发放试点") in _impl(
        "岚州市商务局介绍，下一步，我们将陆续推出消费券发放试点。")


def test_a_directive_or_another_subject_is_not_the_speaker_acting():
    assert not _impl("岚州市商务局要求，各地开展消费券发放试点。")
    assert not any(a == "岚州市商务局" for a, _ in _impl(
        "岚州市商务局表示，各县将开展消费券发放试点。"))


