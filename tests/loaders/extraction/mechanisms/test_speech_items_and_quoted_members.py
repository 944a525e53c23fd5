"""Round seventy-four on texts of our own: in a company's speech or report, an item of its
tasks opened by an ordinal and an order (``一要实施“X”三年行动``) is the company's; a body's
trade union or a federation of industry is a body (``集团工会``, ``区工商联``); 开行 runs a
train service (``X公司要牵头开行“Y”班列``); quoted names listed before 等 after a verb of
running (``开展“A”“B”等关爱活动``) are programmes the actor runs (not what it promotes:
``推广“A”“B”等产品``); a complex (``…综合体``) is a facility that is built."""

from tests.loaders.extraction_helpers import edges, extract

_SPEECH = ("在松岩物流集团2033年工作会议上的讲话\n\n集团党委书记、董事长  某某\n\n同志们：\n\n"
           "过去一年，松岩物流集团货运量增长11%。\n\n{body}\n")
_OWN = "松岩物流集团"


def _impl(body: str) -> set[tuple[str, str]]:
    return {(a, b) for a, r, b in edges(extract(_SPEECH.format(body=body)))
            if r == "IMPLEMENTS"}


def test_an_ordinal_item_of_orders_is_the_companys():
    impl = _impl("今年要重点做好三件事。一要实施“运力焕新”三年行动。")
    assert (_OWN, "运力焕新三年行动") in impl


def test_a_trade_union_runs_the_quoted_programmes_it_lists():
    impl = _impl("集团工会要持续开展“冬日暖阳”“清凉一夏”等关爱一线司机活动，年内新建驿站15个。")
    assert ("集团工会", "冬日暖阳") in impl
    assert ("集团工会", "清凉一夏") in impl


def test_promoted_products_are_not_run_by_the_actor():
    impl = _impl("集团工会要积极推广“司机贷”“运费险”等金融产品。")
    assert ("集团工会", "司机贷") not in impl


def test_a_port_company_runs_a_train_service():
    impl = _impl("西坪陆港公司要牵头开行“西坪快通”公铁联运班列，力争全年开行200列。")
    assert ("西坪陆港公司", "西坪快通公铁联运班列") in impl


def test_a_complex_is_built():
    impl = _impl("二是加快建设西坪陆港商贸物流综合体，力争三季度结构封顶。")
    assert (_OWN, "西坪陆港商贸物流综合体") in impl


def test_a_federation_of_industry_is_a_partner():
    impl = _impl("同时，松岩物流集团与区工商联共建“小微货主服务中心”，帮助个体货主对接运力。")
    assert ("区工商联", "小微货主服务中心") in impl
