"""带动A和B产业发展: the head after the second of two joined things is the first's too (A产业),
so the pair is one driven thing; two things with heads of their own (A制造业和B服务业) stay apart.
Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _targets(text: str) -> set[str]:
    kg = extract(text)
    return {kg.node(e.target).name for e in kg.edges() if e.type == "DRIVES"}


def test_pair_sharing_the_last_head_is_one_thing():
    got = _targets("湖城光伏基地将带动铝材和玻璃产业发展。")
    assert "铝材和玻璃产业" in got


def test_pair_with_heads_of_their_own_is_not_merged():
    got = _targets("以渔港物流带动临港制造业和商贸服务业发展。")
    assert not any("和" in t for t in got)
