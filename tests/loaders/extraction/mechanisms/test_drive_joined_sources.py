"""Two things joined by 和 before a DRIVES cue drive each (extraction/drives/joined_sources.py):
``以A和B赋能C`` gives A→C and B→C, not ``A和B``→C; not a pair that changes together (A和B协同转型,
A和B融合发展), nor a phrase with 的 (A和B的融合). Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> set[tuple[str, str]]:
    kg = extract(text)
    return {(kg.node(e.source).name, kg.node(e.target).name)
            for e in kg.edges() if e.type == "DRIVES"}


def test_instrument_pair_drives_each():
    got = _drives("以数字化改造和网络化改造赋能传统纺织产业。")
    assert ("网络化改造", "传统纺织产业") in got
    assert not any("和" in s for s, _ in got)


def test_pair_with_a_noun_of_fusion_in_the_first_member_is_split():
    got = _drives("以文旅融合和乡村旅游带动农民增收。")
    assert {("文旅融合", "农民增收"), ("乡村旅游", "农民增收")} <= got


def test_joint_change_is_one_driver():
    got = _drives("以智能化和绿色化协同转型促进传统产业升级。")
    assert ("智能化和绿色化协同转型", "传统产业升级") in got
    assert ("智能化", "传统产业升级") not in got


def test_pair_under_de_is_one_process():
    got = _drives("研发和生产的融合推动效率提升。")
    assert ("研发和生产的融合", "效率提升") in got
