"""Bodies named by a short form: a level before the abbreviation of a standing command or
committee (省防指, 市防总), a state group's short name before a province and its trade (国网甲省
电力: a grid company's provincial branch), a mission abroad opened by 我 (我驻多国使领馆). Not an
abbreviation whose last character opens a longer word (防指挥部), nor a place + trade alone."""

from tests.loaders.extraction_helpers import edges, extract


def _implements(text: str) -> set[tuple[str, str, str]]:
    return {e for e in edges(extract(text)) if e[1] == "IMPLEMENTS"}


def test_a_provincial_command_by_its_short_form_acts():
    got = _implements("湖南省防总今天启动防汛三级应急响应。")
    assert ("湖南省防总", "IMPLEMENTS", "防汛三级应急响应") in got


def test_a_bare_level_before_the_short_form_acts():
    got = _implements("会商结束后，市防指启动抗旱应急机制。")
    assert ("市防指", "IMPLEMENTS", "抗旱应急机制") in got


def test_a_grid_companys_provincial_branch_acts():
    got = _implements("国网湖北电力启动迎峰度夏保供机制。")
    assert ("国网湖北电力", "IMPLEMENTS", "迎峰度夏保供机制") in got


def test_our_missions_abroad_act():
    got = _implements("近日，我驻多国使领馆举办新春招待会。")
    assert ("我驻多国使领馆", "IMPLEMENTS", "新春招待会") in got


def test_an_abbreviation_inside_a_longer_word_is_no_body():
    got = _implements("城市防指挥部启动应急机制。")
    assert not any(s.endswith("防指") for s, _, _ in got)


def test_a_province_and_its_trade_alone_is_no_branch():
    got = _implements("今年湖北电力供应充足，市民启动节能行动。")
    assert not any(s == "湖北电力" for s, _, _ in got)
