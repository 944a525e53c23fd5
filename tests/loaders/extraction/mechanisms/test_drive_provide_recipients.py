"""``为<people or firms>提供X服务/支持``: what the provide frame serves is people or firms (a
phrase ending with a people or organisation head), who are never driven: no edge. A thing or a
process after 为 is still driven."""

from tests.loaders.extraction_helpers import edges, extract


def _drives(text: str) -> set[tuple[str, str]]:
    return {(e[0], e[2]) for e in edges(extract(text)) if e[1] == "DRIVES"}


def test_villagers_are_served_not_driven():
    assert not _drives("岚州农商行设立惠农服务站，为村民提供小额取现、转账汇款等基础金融服务。")


def test_firms_are_served_not_driven():
    got = _drives("要壮大耐心资本，为处在初创期、成长期的科技型企业提供长期稳定的资金支持。")
    assert not got, got


def test_process_after_wei_still_driven():
    assert ("数字经济", "产业升级") in _drives("数字经济为产业升级提供有力支撑。")
