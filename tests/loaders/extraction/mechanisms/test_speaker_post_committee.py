"""A speech whose title line names its speaker's post in the body's party committee
(甲集团有限公司党委书记、董事长 某某) is by the body itself, so that 集团 stands for it; the
committee named elsewhere stays what it is. All texts are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract

_HEAD = "在集团2030年工作会议上的讲话\n\n"


def _implementers(text: str, target: str) -> set[str]:
    return {s for s, r, t in edges(extract(text)) if r == "IMPLEMENTS" and t == target}


def test_the_committee_in_the_speakers_post_stands_for_the_body():
    got = _implementers(_HEAD + "青岩物流集团有限公司党委书记、董事长　林某\n\n同志们：\n\n"
                        "今年集团要全面实施“畅途提速”三年行动，稳住主业。\n",
                        "畅途提速三年行动")
    assert got == {"青岩物流集团有限公司"}


def test_a_committee_not_followed_by_a_post_is_kept():
    got = _implementers(_HEAD + "青岩物流集团有限公司党委\n\n同志们：\n\n"
                        "今年集团要全面实施“畅途提速”三年行动，稳住主业。\n",
                        "畅途提速三年行动")
    assert "青岩物流集团有限公司" not in got
