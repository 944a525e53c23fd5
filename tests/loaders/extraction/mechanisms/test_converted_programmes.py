"""Round q88 on texts of our own: a plan task's clause that turns an old thing into a new one
(``将原X厂改造为“Y”文创园区``) launches what it is turned into, and the task's units carry it
out; a quoted name the document types as a programme counts even when its head is not one
of the initiative heads. What is turned into a bare thing (改造为停车场) is no programme."""

from tests.loaders.extraction_helpers import edges, extract

_PLAN = ("松城甲区城市更新2033年工作方案\n\n"
         "一、重点任务\n\n"
         "1．推进老厂区有机更新，{body}\n"
         "牵头单位：区文化旅游体育局\n"
         "责任单位：区国资中心\n")


def _impl(body: str) -> set[tuple[str, str]]:
    g = extract(_PLAN.format(body=body))
    return {(a, b) for a, r, b in edges(g) if r == "IMPLEMENTS"}


def test_what_an_old_plant_becomes():
    impl = _impl("将原松城机床厂改造为“机床1970”文创园区，年内引进文创企业不少于30家。")
    assert ("区文化旅游体育局", "机床1970文创园区") in impl
    assert ("区国资中心", "机床1970文创园区") in impl


def test_a_bare_thing_is_no_programme():
    impl = _impl("将原松城机床厂改造为公共停车场，年内新增车位500个。")
    assert all("停车场" not in b for _, b in impl)


def test_a_figure_outside_quotes_is_no_name():
    impl = _impl("将原松城机床厂改造为占地120亩的园区，年内完成主体工程。")
    assert all("120" not in b for _, b in impl)
