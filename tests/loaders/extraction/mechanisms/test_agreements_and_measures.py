"""Company agreements and municipal measures: both parties of a signed agreement (双方), the
owner of a group's units (旗下/下属), items after an announced piece of work (一是…二是…),
numbered articles (第三条 …), the units that lead in running text (由X牵头，会同Y…) and the
partners named after 会同. All texts are made up for these tests."""

from conceptkg.loaders.reading.normalize import normalize_text
from conceptkg.loaders.reading.sentences import split_sentences
from tests.loaders.extraction_helpers import edges, extract, node_types

# (a long first line: the text is read as one paragraph per line, not as wrapped lines)
AGREEMENT = ("远帆精工股份有限公司与青禾数联科技有限公司在临江市签署合作协议。双方将共同打造"
             "“绿港”数字平台。远帆精工董事长出席签约仪式并致辞，青禾数联总经理介绍了公司在工业"
             "数据领域的积累和下一步的工作打算。\n根据协议，双方将推进两方面合作。\n一是共建储能联合实验室。"
             "实验室依托远帆精工下属的远帆动力研究院设立。\n二是联合打造园区能源服务平台。\n")


def test_both_parties_of_a_signed_agreement_act():
    got = edges(extract(AGREEMENT))
    for party in ("远帆精工股份有限公司", "青禾数联科技有限公司"):
        assert (party, "IMPLEMENTS", "绿港数字平台") in got
        # the items of the work both parties announced are theirs, not the unit's named inside
        assert (party, "IMPLEMENTS", "储能联合实验室") in got
        assert (party, "IMPLEMENTS", "园区能源服务平台") in got
    assert not any(s == "双方" for s, _r, _t in got)
    assert not any(s == "远帆动力研究院" and r == "IMPLEMENTS" for s, r, _t in got)


def test_both_parties_without_a_signing_name_nobody():
    got = edges(extract("远帆精工股份有限公司召开年会。双方将共同打造“绿港”数字平台。"))
    assert not any(t == "绿港数字平台" and s == "青禾数联科技有限公司" for s, _r, t in got)


def test_three_bodies_before_a_signing_are_no_two_parties():
    got = edges(extract("远帆精工集团、青禾数联科技有限公司与海东物流集团签署协议。"
                        "双方将共同打造“绿港”数字平台。"))
    assert not any(t == "绿港数字平台" and r == "IMPLEMENTS" and "公司" in s
                   for s, r, t in got)


def test_a_groups_units_are_its_parts():
    got = edges(extract("远帆精工股份有限公司召开年会。远帆精工股份有限公司旗下远帆储运、"
                        "远帆新能源、远帆售电公司三家子公司将部署调度平台。"))
    for unit in ("远帆储运", "远帆新能源", "远帆售电公司"):
        assert ("远帆精工股份有限公司", "INCLUDES", unit) in got


def test_a_count_that_does_not_match_names_no_unknown_units():
    got = edges(extract("远帆精工股份有限公司召开年会。远帆精工股份有限公司旗下远帆储运、"
                        "远帆新能源两家子公司将部署调度平台，远帆售电公司也参与。"))
    assert ("远帆精工股份有限公司", "INCLUDES", "远帆储运") in got
    got = edges(extract("远帆精工股份有限公司召开年会。远帆精工股份有限公司旗下远帆储运、"
                        "远帆新能源三家子公司将部署调度平台。"))
    assert not any(r == "INCLUDES" and t in ("远帆储运", "远帆新能源") for _s, r, t in got)


def test_an_article_number_is_no_part_of_the_first_sentence():
    text = normalize_text("第三条　市文化和旅游局要依托古城景区开发夜游线路。\n第四条 强化保障。")
    assert text.startswith("第三条 市文化")
    first = split_sentences(text)[0]
    assert first.text.startswith("市文化和旅游局")
    got = edges(extract(text))
    assert ("市文化和旅游局", "IMPLEMENTS", "夜游线路") in got
    assert not any(s.startswith(("三条", "第三条")) for s, _r, _t in got)


def test_an_article_word_inside_a_line_stays_text():
    text = normalize_text("第二条生产线已经投产。")
    assert split_sentences(text)[0].text.startswith("第二条生产线")


def test_the_leading_unit_acts_with_the_partners_after_it():
    got = edges(extract("由市商务局牵头，会同市财政局、市科技局编制《临江市会展经济发展规划》。"))
    for unit in ("市商务局", "市财政局", "市科技局"):
        assert (unit, "IMPLEMENTS", "临江市会展经济发展规划") in got


def test_listed_leading_units_act_in_a_subjectless_clause():
    got = edges(extract("由市卫健委、市医保局牵头，在社区开展家庭医生签约服务试点。"))
    for unit in ("市卫健委", "市医保局"):
        assert (unit, "IMPLEMENTS", "家庭医生签约服务试点") in got


def test_a_by_clause_with_more_than_the_units_leads_nothing():
    got = edges(extract("由于市场需求回落，会同市财政局编制《临江市会展经济发展规划》。"))
    assert not any(s == "市场需求" for s, _r, _t in got)


def test_a_unit_that_leads_a_relative_clause_carries_out_its_object():
    got = edges(extract("由县商务局牵头建设的“青岚优品”直播基地，已孵化主播120名。"))
    assert ("县商务局", "IMPLEMENTS", "青岚优品直播基地") in got


def test_a_partner_after_huitong_acts_too():
    got = edges(extract("市商务局要会同市投资促进中心编制会展招商行动方案。"))
    assert ("市商务局", "IMPLEMENTS", "会展招商行动方案") in got
    assert ("市投资促进中心", "IMPLEMENTS", "会展招商行动方案") in got


def test_a_party_committee_office_and_a_combined_bureau_are_bodies():
    kg = extract("市委金融办与市文化广电和旅游局联合推出文旅消费贷。")
    types = node_types(kg)
    assert types.get("市委金融办") == "Organization"
    assert types.get("市文化广电和旅游局") == "Organization"
    assert node_types(extract("城市委员会开展调研。")).get("市委员会") is None
