"""Ends no DRIVES edge can have: a reduplicated word of manner as the driver, a copula phrase or
a contribution as the driven thing."""

import pytest

from tests.loaders.extraction_helpers import drive_pairs


@pytest.mark.parametrize("text, bad", [
    ("要扎扎实实推动溪宁竹编产业发展。", "扎扎实实"),
    ("加快布局岚州竹编产业，推动其成为溪宁的支柱产业。", "成为溪宁的支柱产业"),
])
def test_no_thing_at_an_end(text, bad):
    got = drive_pairs(text)
    assert not any(bad in (s, t) for s, t in got), got


def test_a_noun_of_force_after_a_verb_stays_a_target():
    # 创造活力 (creative vitality) is a thing, though 创造 can be a verb of provision
    got = drive_pairs("要以职称制度改革激发青年教师的创造活力。")
    assert any(t.endswith("创造活力") for _, t in got), got
