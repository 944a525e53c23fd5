"""Round q88 on texts of our own: a company that a text describes in the words of a profile
(``甲乙科技成立于2031年，…是一家…公司``, often after ``关于甲乙科技：``) is an organisation
everywhere in the document, so that a sentence where its bare short name acts (``甲乙科技于
2032年启动“X”计划``) has its actor. A pointer (该公司成立于…), a name said only once and a
negated copula (…不是一家…) describe no company of their own."""

from tests.loaders.extraction_helpers import edges, extract, node_types

_NEWS = ("{title}\n\n"
         "【松城5月6日讯】公司副总裁周明介绍，{act}\n\n"
         "{profile}\n")


def _graph(act: str, profile: str) -> tuple[set[tuple[str, str]], dict[str, str]]:
    g = extract(_NEWS.format(title="乡村电商三周年进展通报", act=act, profile=profile))
    return {(a, b) for a, r, b in edges(g) if r == "IMPLEMENTS"}, node_types(g)


def test_a_profiled_company_acts():
    impl, types = _graph("岩穗科技于2032年启动“稻香千村”计划，目前已覆盖80个县。",
                         "关于岩穗科技：岩穗科技成立于2031年，总部位于松城，是一家互联网公司。")
    assert types.get("岩穗科技") == "Organization"
    assert ("岩穗科技", "稻香千村计划") in impl


def test_a_company_said_to_be_one_kind():
    _, types = _graph("岩穗科技于2032年启动“稻香千村”计划。",
                      "岩穗科技是一家以农产品电商为主业的科技企业。")
    assert types.get("岩穗科技") == "Organization"


def test_a_pointer_declares_no_name():
    _, types = _graph("该公司于2032年启动“稻香千村”计划。",
                      "该公司成立于2031年，总部位于松城。")
    assert "该公司" not in types


def test_a_negated_copula_declares_nothing():
    _, types = _graph("农村电商于2032年进入新阶段。",
                      "我们认为。农村电商不是一家企业能单独做成的事，需要多方共建。")
    assert types.get("农村电商") != "Organization"
    assert types.get("农村电商不") != "Organization"


def test_a_name_said_once_is_not_learnt():
    _, types = _graph("乡村市场于2032年迎来新变化。", "岩穗科技成立于2031年。")
    assert "岩穗科技" not in types
