"""Names of systems, mechanisms and catalogues set up (``system_set_verbs``, ``system_heads``),
on sentences of our own: an Initiative node even where no body is named, also after a relative
clause that ends with 的 or a second verb (建立健全, 编制完成); a short kind of system (工作推进
机制) or a run that goes on past the head is none."""

from tests.loaders.extraction_helpers import extract, node_types


def _inits(text: str) -> set[str]:
    return {n for n, t in node_types(extract(text)).items() if t == "Initiative"}


def test_a_system_set_up_is_a_node():
    got = _inits("建立由市长召集的甲乙产业发展联席会议制度。"
                 "市大数据中心年内编制完成全市丙丁资源目录。")
    assert {"甲乙产业发展联席会议制度", "全市丙丁资源目录"} <= got


def test_after_a_clause_of_partners_the_name_follows_its_de():
    got = _inits("建立由税务、海关、商务等部门参与的戊己跨境联合监管机制。")
    assert "戊己跨境联合监管机制" in got
    assert not any(n.startswith(("由", "税务")) for n in got)


def test_short_kinds_of_system_and_longer_runs_are_no_names():
    got = _inits("完善工作推进机制，健全风险分担机制。建立庚辛数据资源目录动态更新工作。")
    assert not got & {"工作推进机制", "风险分担机制", "庚辛数据资源目录"}
