"""INCLUDES on sentences of our own: a word for the speaking body that opens a list's whole
(我行X体系包括A、B, 本行X产品已涵盖A、B: ``first_person_pronouns``) is no part of the whole,
which owns the list; a whole that is only such a word and a short noun stays none, and so
does one with a relative clause (我们所说的X)."""

from tests.loaders.extraction_helpers import edges, extract


def _parts(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_the_speaking_body_is_no_part_of_the_whole():
    got = _parts("目前，我行普惠金融产品体系包括“甲乙贷”“丙丁贷”“戊己贷”三大类。")
    assert {("普惠金融产品体系", "甲乙贷"), ("普惠金融产品体系", "戊己贷")} <= got
    assert not any(s.startswith("我行") for s, _t in got)


def test_a_bare_pronoun_and_a_short_noun_own_no_list():
    assert not any(s in ("我行", "产品") for s, _t in _parts("我行产品包括甲乙贷、丙丁贷。"))
