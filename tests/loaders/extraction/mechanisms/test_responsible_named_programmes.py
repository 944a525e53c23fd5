"""A task titled by a topic (强化X支撑, 做好Y保障) whose body names the programmes or products
that carry it out: the units of its box implement those, not the topic; a body that names none
keeps the title."""

from ...extraction_helpers import edges, extract

PLAN = ("溪宁市营商服务提升方案\n\n一、重点任务\n\n"
        "3．强化融资服务支撑。推广“溪科贷”“溪创保”等科技金融产品，为园区小微企业提供融资便利。"
        "（责任单位：市财政局、市地方金融服务中心）\n\n"
        "4．做好用地保障。优化工业用地供应方式，提高土地利用效率。（责任单位：市自然资源局）\n")


def _implements() -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(PLAN)) if r == "IMPLEMENTS"}


def test_the_units_implement_the_products_the_task_names():
    got = _implements()
    for unit in ("市财政局", "市地方金融服务中心"):
        assert {(unit, "溪科贷"), (unit, "溪创保")} <= got, got
        assert (unit, "融资服务支撑") not in got, got


def test_a_task_that_names_no_programme_keeps_its_title():
    assert ("市自然资源局", "用地保障") in _implements()
