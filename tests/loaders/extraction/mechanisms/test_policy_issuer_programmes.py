"""A policy text whose title line names a government as its issuer (甲市人民政府关于X的实施意见):
its subjectless launching clauses (实施“Y”工程, 建立由A、B组成的Z制度) set up the issuer's own
programmes. A general office's text, a clause with a subject of its own, and a thing that is no
programme get nothing. All texts are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract

_TITLE = "云岭县人民政府关于加快发展候鸟康养产业的实施意见\n\n"
_BODY = ("一、扩大康养供给。实施“暖巢”康养工程，到2027年建成示范点20个。\n\n"
         "二、加强统筹。建立由县卫生健康局、县文旅局等部门组成的康养产业联席会议制度，"
         "定期调度重点任务。\n\n")


def _implements(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "IMPLEMENTS"}


def test_a_governments_policy_text_carries_out_its_subjectless_programmes():
    got = _implements(_TITLE + _BODY)
    assert ("云岭县人民政府", "暖巢康养工程") in got
    assert ("云岭县人民政府", "康养产业联席会议制度") in got  # (the name after 的)


def test_a_general_offices_text_names_no_implementer_of_them():
    got = _implements(_TITLE.replace("人民政府", "人民政府办公厅") + _BODY)
    assert not any(t in ("暖巢康养工程", "康养产业联席会议制度") for _, t in got)


def test_a_clause_with_its_own_subject_keeps_it():
    got = _implements(_TITLE + "一、扩大康养供给。县民政局实施“暖巢”康养工程。\n\n")
    assert ("县民政局", "暖巢康养工程") in got
    assert ("云岭县人民政府", "暖巢康养工程") not in got


def test_a_subjectless_clause_of_a_text_with_no_issuer_names_nobody():
    got = _implements("候鸟康养产业发展观察\n\n" + _BODY)
    assert not any(t in ("暖巢康养工程", "康养产业联席会议制度") for _, t in got)
