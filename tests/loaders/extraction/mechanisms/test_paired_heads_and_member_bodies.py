"""Two shapes of a policy text's programmes: a name closed by a two-word head (X应用试点示范:
the last word is no verb of the sentence), and the bodies a mechanism is made of (由A局、B委组成
的X联席会议制度: X includes each body). All texts are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract

_TITLE = "青梧市人民政府关于促进老龄事业发展的实施意见\n\n"


def _edges(text: str, rel: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == rel}


def test_a_two_word_head_closes_the_programmes_name():
    got = _edges(_TITLE + "三、推进智慧助老。开展智慧助老应用试点示范，推动物联网技术进社区。\n\n",
                 "IMPLEMENTS")
    assert ("青梧市人民政府", "智慧助老应用试点示范") in got
    assert ("青梧市人民政府", "智慧助老应用试点") not in got


def test_a_verb_after_a_one_word_head_stays_the_sentences():
    got = _edges(_TITLE + "三、推进智慧助老。开展智慧助老应用试点，推动物联网技术进社区。\n\n",
                 "IMPLEMENTS")
    assert ("青梧市人民政府", "智慧助老应用试点") in got


def test_the_bodies_a_mechanism_is_made_of_are_its_members():
    got = _edges(_TITLE + "八、加强统筹。建立由市民政局、市发展改革委、市财政局等部门组成的"
                 "老龄事业发展工作联席会议制度，定期调度任务。\n\n", "INCLUDES")
    whole = "老龄事业发展工作联席会议制度"
    assert {(whole, "市民政局"), (whole, "市发展改革委"), (whole, "市财政局")} <= got


def test_bodies_listed_as_things_are_no_parts():
    got = _edges(_TITLE + "八、加强统筹。市民政局、市财政局等部门要加强老龄事业发展工作。\n\n",
                 "INCLUDES")
    assert not any(t in ("市民政局", "市财政局") for _, t in got)
