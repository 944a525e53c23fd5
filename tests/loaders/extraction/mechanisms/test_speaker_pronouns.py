"""In a speech whose speaker's body is known, a sentence opened by a pronoun that speaks for the
writer (我们…) is that body's, even after a paragraph about another body (集团党委…); a body
named as the subject keeps its clause. All texts are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract

_HEAD = ("坚持改革创新 奋力开创新局面\n——在远帆建投集团2025年工作会议上的讲话\n"
         "集团党委书记、董事长　李某\n（2025年2月1日）\n\n同志们：\n\n")
_PARTY = "过去一年，集团党委深入实施“铸魂”党建工程，新建党支部12个。\n\n"
_CITY = "牵头推进老城更新三年行动，完成老旧小区改造40个。\n\n"


def _implementers(text: str, target: str) -> set[str]:
    return {s for s, r, t in edges(extract(text)) if r == "IMPLEMENTS" and t == target}


def test_we_in_a_speech_is_the_speakers_body():
    text = _HEAD + _PARTY + "我们" + _CITY
    assert _implementers(text, "老城更新三年行动") == {"远帆建投集团"}
    assert _implementers(text, "铸魂党建工程") == {"集团党委"}


def test_a_body_named_as_the_subject_in_a_speech_keeps_it():
    text = _HEAD + _PARTY + "远帆城更公司" + _CITY
    assert _implementers(text, "老城更新三年行动") == {"远帆城更公司"}
