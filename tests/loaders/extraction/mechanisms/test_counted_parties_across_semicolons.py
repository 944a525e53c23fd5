"""The parties a count names after a signing (``…签署协议。根据协议，三方将共建X；共同设立Y；``)
act in the subjectless clauses the semicolons part, after a clause of basis; a sentence that
signs again is not read with the old parties."""

from tests.loaders.extraction_helpers import edges, extract

_SIGNING = "发布会上，恒拓银行与溪宁市科学技术局、溪宁市财政局签署战略合作协议。"
_TASKS = ("根据协议，三方将共同建设“溪科融”综合服务平台，实现信息共享；共同设立科技信贷风险补偿"
          "资金池，对贷款损失给予补偿；共同开展“科技金融进园区”系列活动。")


def _impl(text: str) -> set[tuple[str, str]]:
    return {(a, b) for a, r, b in edges(extract(text)) if r == "IMPLEMENTS"}


def test_the_counted_parties_act_across_semicolons():
    impl = _impl(_SIGNING + _TASKS)
    for body in ("恒拓银行", "溪宁市科学技术局", "溪宁市财政局"):
        assert (body, "科技信贷风险补偿资金池") in impl
        assert (body, "科技金融进园区系列活动") in impl
    assert not any(a == "三方" for a, _ in impl)


def test_a_new_signing_is_not_read_with_the_old_parties():
    impl = _impl(_SIGNING + _TASKS
                 + "会上，恒拓集团与岚州物流有限公司签约，三方将共建冷链物流园区。")
    assert not any(a == "溪宁市财政局" and b == "冷链物流园区" for a, b in impl)
