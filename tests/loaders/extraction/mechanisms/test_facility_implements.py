"""Round fifty-seven on texts of our own: a facility or project name right after a verb of
building (甲公司建成乙丙再生水厂) is carried out by the clause's actor when no other reading of
the clause names an object, and a relative clause of building (A投资建设的X电站全容量并网)
names the built thing up to the facility name's end."""

from tests.loaders.extraction_helpers import edges, extract


def _implements(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "IMPLEMENTS"}


def test_a_body_that_builds_a_facility_carries_it_out():
    got = _implements("雾川水务公司建成乙丙再生水厂，日处理能力提升到20万吨。"
                      "霜岭银行在县域已建成霜岭乡村金融服务站260个。")
    assert ("雾川水务公司", "乙丙再生水厂") in got
    assert ("霜岭银行", "霜岭乡村金融服务站") in got


def test_a_built_thing_ends_at_the_facility_name():
    got = _implements("寒江新能源公司投资建设的丁戊海上风电二期项目全容量并网。")
    assert ("寒江新能源公司", "丁戊海上风电二期项目") in got
    assert not any(t.endswith("全容量") for _, t in got)


def test_a_facility_is_no_object_of_support_nor_of_a_longer_phrase():
    got = _implements("雾川市政府推动乙丙公司建设丁戊智算中心。霜岭公司建设庚辛智算中心机房。")
    assert ("雾川市政府", "丁戊智算中心") not in got
    assert not any(t == "庚辛智算中心" for _, t in got)
