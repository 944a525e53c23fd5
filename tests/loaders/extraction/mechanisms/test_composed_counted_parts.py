"""INCLUDES of composition on sentences of our own: a whole made of a counted list of parts
(X由A、B、C三个模块组成) includes each part, even parts that read like tasks; a clause that
opens with 由…组成 after one naming its whole (X由甲牵头建设，由A、B三个模块组成) takes that
whole; 该H after a name in quotes (打造“甲乙贷”产品体系，该体系由A、B组成) points back at the
whole name, a verb inside the quote being no verb of the clause. Uncounted tasks stay no parts."""

from tests.loaders.extraction_helpers import edges, extract


def _parts(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_counted_parts_that_read_like_tasks():
    got = _parts("甲乙平台由需求登记、方案审核、效果评价三个模块组成。")
    assert {("甲乙平台", "需求登记"), ("甲乙平台", "效果评价")} <= got


def test_the_whole_named_in_the_clause_before():
    got = _parts("“丙丁通”平台由公司信息中心牵头建设，由需求登记、方案审核、效果评价三个模块组成。")
    assert ("“丙丁通”平台", "需求登记") in got


def test_a_determiner_points_back_past_a_quote():
    got = _parts("本行打造“戊己贷”产品体系，该体系由订单贷、仓单质押贷和设备租赁贷组成。")
    assert ("戊己贷产品体系", "订单贷") in got


def test_uncounted_tasks_are_no_parts():
    assert _parts("甲乙平台由加强监管、优化服务组成。") == set()
