"""The parties a count names after a signing (``…签署协议。根据协议，三方将共建X；共同设立Y；``)
act in the subjectless clauses the semicolons part, after a clause of basis; a sentence that
signs again is not read with the old parties."""

from tests.loaders.extraction_helpers import edges, extract

_SIGNING = "仪式上，恒拓银行与溪宁市农业农村局、溪宁市财政局签约结为伙伴。"
_TASKS = ("根据约定，三方将共同建设“溪农通”惠农服务平台，打通订单与信贷；共同设立春耕备耕"
          "担保资金池，为种粮大户增信；共同开展“金融助农下乡”系列活动。")


def _impl(text: str) -> set[tuple[str, str]]:
    return {(a, b) for a, r, b in edges(extract(text)) if r == "IMPLEMENTS"}


def test_the_counted_parties_act_across_semicolons():
    impl = _impl(_SIGNING + _TASKS)
    for body in ("恒拓银行", "溪宁市农业农村局", "溪宁市财政局"):
        assert (body, "春耕备耕担保资金池") in impl
        assert (body, "金融助农下乡系列活动") in impl
    assert not any(a == "三方" for a, _ in impl)


def test_a_new_signing_is_not_read_with_the_old_parties():
    impl = _impl(_SIGNING + _TASKS
                 + "会上，恒拓集团与岚州物流有限公司签约，三方将共建冷链物流园区。")
    assert not any(a == "溪宁市财政局" and b == "冷链物流园区" for a, b in impl)
