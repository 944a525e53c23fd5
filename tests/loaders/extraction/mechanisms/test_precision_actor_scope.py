"""IMPLEMENTS actors of the twelfth round, each on sentences of our own: a company's name
carries across paragraphs only in a text about a company; a group named by a count acts; a
run of words that joins into a manner word stands between an actor and its verb; a body that
qualifies the noun after it, or that a preposition governs, does not act."""

from tests.loaders.extraction_helpers import edges, extract


def _actors_of(got: set[tuple], target: str) -> set[str]:
    return {s for s, t, o in got if t == "IMPLEMENTS" and o == target}


_LATER = ("今年，海州电网公司将加大电网改造力度。\n\n青山县的果农忙着采摘。\n\n"
          "在青山、临江，各行各业的志愿者走进社区，开展“邻里互助”等公益行动。")


def test_a_company_named_once_does_not_act_in_a_later_paragraph_of_a_digest():
    got = edges(extract("青山果业公司发布年度报告。\n\n" + _LATER))
    assert ("公益行动", "INCLUDES", "邻里互助") in got
    assert "海州电网公司" not in _actors_of(got, "公益行动")


def test_a_company_the_text_is_about_still_acts_in_its_later_paragraphs():
    got = edges(extract("海州电网公司召开年度会议。\n\n" + _LATER))
    assert ("海州电网公司", "IMPLEMENTS", "公益行动") in got


def test_a_group_named_by_a_count_acts():
    got = edges(extract("12个省督导组将对28家单位开展专项督查。"))
    assert ("12个省督导组", "IMPLEMENTS", "专项督查") in got
    got = edges(extract("全国18个省份已启动冬季供暖保障行动。"))
    assert ("全国18个省份", "IMPLEMENTS", "冬季供暖保障行动") in got


def test_a_count_of_things_names_no_group():
    got = edges(extract("12个果园将开展病虫害普查。"))
    assert not _actors_of(got, "病虫害普查")
    got = edges(extract("海州市当晚抽调工作组开展堤坝排查。"))
    assert not any("抽调" in s for s, t, _o in got if t == "IMPLEMENTS")


def test_a_recipient_phrase_may_join_two_nouns():
    got = edges(extract("海州市将对辖区商户和物流企业开展安全排查。"))
    assert ("海州市", "IMPLEMENTS", "安全排查") in got


def test_a_split_manner_word_keeps_the_actor_acting():
    got = edges(extract("临江县推进茶园提质工程，因时因势推出一系列稳岗支持政策。"))
    assert ("临江县", "IMPLEMENTS", "一系列稳岗支持政策") in got or \
        ("临江县", "IMPLEMENTS", "稳岗支持政策") in got


def test_a_body_before_de_qualifies_who_acts():
    got = edges(extract("海州多地的村小举办了形式多样的读书节。"))
    assert "海州多地" not in _actors_of(got, "形式多样的读书节")
    assert not any(s == "海州多地" for s, t, _o in got if t == "IMPLEMENTS")


def test_bodies_a_preposition_governs_do_not_act():
    for text in ("未来三年，海州将向友好城市提供200个培训名额；面向欧盟、海湾合作委员会建设农业技术"
                 "合作中心；推动良种推广。",
                 "海州将面向欧盟、海湾合作委员会建设农业技术合作中心。"):
        got = edges(extract(text))
        assert not {"欧盟", "海湾合作委员会"} & _actors_of(got, "农业技术合作中心")
    # bodies acting jointly still act
    got = edges(extract("海州市与临江县联合举办“滨江灯会”。"))
    assert {"海州市", "临江县"} <= _actors_of(got, "滨江灯会")
