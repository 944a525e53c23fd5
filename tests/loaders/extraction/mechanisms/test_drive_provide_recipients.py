"""``为<people or firms>提供X服务/支持``: what the provide frame serves is people or firms (a
phrase ending with a people or organisation head), who are never driven: no edge. A thing or a
process after 为 is still driven."""

from tests.loaders.extraction_helpers import drive_pairs as _drives


def test_villagers_are_served_not_driven():
    assert not _drives("岚州邮储银行设立便民服务站，"
                       "为当地村民提供存款取款、水电代缴等基础金融服务。")


def test_firms_are_served_not_driven():
    got = _drives("要壮大创投资本，为处在孵化期、加速期的创新型企业提供持续稳定的资金支持。")
    assert not got, got


def test_process_after_wei_still_driven():
    assert ("创投资本", "科技成果转化") in _drives("要壮大创投资本，为科技成果转化提供资金支持。")
