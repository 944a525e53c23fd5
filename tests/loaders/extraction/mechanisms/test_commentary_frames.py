"""Commentary mechanisms: parts listed before a compose word (A、B构成了X的N根支柱),
the topic of a clause that only says how it fares (X规模大、质量高，涵盖A、B), a copula after
其/才能/本身 in A是B的引擎, a clause that is one noun phrase as the subject carried to the next
one, and vague heads of ways and contents. All texts are made up for these tests."""

from tests.loaders.extraction_helpers import edges, extract


def test_parts_listed_before_a_compose_word_belong_to_the_whole():
    got = edges(extract("种子储备、良种繁育、品种推广，构成了种业安全体系的三根支柱。\n"))
    for part in ("种子储备", "良种繁育", "品种推广"):
        assert ("种业安全体系", "INCLUDES", part) in got


def test_a_list_that_is_a_clause_composes_nothing():
    got = edges(extract("种植、加工与销售相互促进，构成了乡村产业的良性循环。\n"))
    assert not any(r == "INCLUDES" for _s, r, _t in got)


def test_the_topic_of_a_state_clause_owns_the_list():
    got = edges(extract("气象观测数据体量大、质量高，涵盖降水、风速、湿度等多个方面。\n"))
    assert ("气象观测数据", "INCLUDES", "降水") in got
    assert not any(s.endswith("质量高") for s, _r, _t in got)


def test_an_engine_after_a_modal_or_本身_is_driven_by_the_subject():
    got = edges(extract("绿色金融才能真正成为低碳转型的新引擎。\n"))
    assert ("绿色金融", "DRIVES", "低碳转型") in got
    got = edges(extract("公平透明的市场环境，本身就是消费升级的催化剂。\n"))
    assert ("公平透明的市场环境", "DRIVES", "消费升级") in got


def test_a_clause_with_its_own_verbs_is_no_carried_subject():
    got = edges(extract("智慧物流平台降低了小微商户接入快递网络的门槛，"
                        "本身就是农村电商发展的催化剂。\n"))
    assert not any(s.endswith("门槛") for s, _r, _t in got)


def test_counted_ways_and_listed_contents_own_no_parts():
    got = edges(extract("项目将通过技能培训、上门服务和设施改造三条途径，帮助农户增收。"
                        "逐步把医疗保障、养老服务等内容纳入帮扶清单。\n"))
    assert not any(r == "INCLUDES" and s.startswith(("途径", "内容")) for s, r, _t in got)
