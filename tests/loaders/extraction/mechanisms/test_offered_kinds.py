"""Majors, classes and routes a body offers are no programmes (``offered_kinds``): the items of
a list that ``等`` closes with such a kind word give no IMPLEMENTS edge. Sentences of our own."""

from tests.loaders.extraction_helpers import edges, extract


def _impl(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "IMPLEMENTS"}


def test_majors_a_college_opens_are_no_programmes():
    got = _impl("支持北湖航空职业技术学院开设无人机测绘、通航运营等专业，每年培养技能人才800名。")
    assert not any(t in ("无人机测绘", "通航运营", "专业") for _, t in got)


def test_counted_routes_are_no_programmes():
    got = _impl("南港市低空经济发展办公室牵头建设“云翼”低空飞行服务平台，"
                "开通医疗配送、森林防火、河道巡查等无人机航线40条。")
    assert not any(t in ("医疗配送", "森林防火", "河道巡查") for _, t in got)
    assert ("南港市低空经济发展办公室", "云翼低空飞行服务平台") in got


def test_quoted_route_themes_before_a_count_are_no_programmes():
    got = _impl("本届旅游节由西山市文化和旅游局承办，推出“山水+康养”“山水+非遗”等8条主题旅游线路。")
    assert not any(t.startswith("山水+") for _, t in got)


def test_a_list_of_programmes_keeps_its_edges():
    got = _impl("西山市商务局开展“老字号焕新”“夜购西山”等促消费活动。")
    assert ("西山市商务局", "老字号焕新") in got
