"""A modal right before an including verb (X应当包括A、B; X，一般包括A、B) says what X is (to
be) made of: the subject before the modal (or the phrase closing the clause before) owns the
list (``INCLUDES.modal_leads``, read in ``rules/includes.py``)."""

from __future__ import annotations

from tests.loaders.extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_a_modal_between_the_whole_and_the_verb() -> None:
    got = _includes("多层次资本市场应当包括主板市场、创业板市场和区域性股权市场。")
    assert {("多层次资本市场", "主板市场"), ("多层次资本市场", "创业板市场"),
            ("多层次资本市场", "区域性股权市场")} <= got


def test_a_clause_that_opens_with_the_modal() -> None:
    got = _includes("一个健全的多层次资本市场，应当包括主板市场、创业板市场和区域性股权市场等"
                    "不同层次。")
    assert ("多层次资本市场", "主板市场") in got


def test_a_person_before_the_modal_owns_nothing() -> None:
    got = _includes("我们应当包括全体居民。")
    assert not got
