"""激发(了)P的C活力: the vitality is driven, not the people or bodies who have it."""

from tests.loaders.extraction_helpers import drive_pairs, driven_aliases


def test_vitality_of_a_team_is_driven():
    got = drive_pairs("东湖激励计划进一步激发了研发团队的创新活力。")
    assert ("东湖激励计划", "创新活力") in got, got
    assert not any(t == "研发团队" for _, t in got), got


def test_whole_phrase_is_an_alias():
    got = driven_aliases("东湖激励计划激发了员工的创新活力。")
    assert "员工的创新活力" in got.get("创新活力", ()), got


def test_plain_vitality_unchanged():
    assert ("东湖激励计划", "市场活力") in drive_pairs("东湖激励计划激发了市场活力。")


def test_other_noun_after_de_unchanged():
    got = drive_pairs("东湖计划带动了企业的发展。")
    assert not any(t.endswith("活力") for _, t in got), got
