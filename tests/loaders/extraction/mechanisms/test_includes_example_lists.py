"""``X主要涉及A、B和C`` (``INCLUDES.list_verbs``: two items or more) lists X's parts. A clause
that opens with a word of examples (如, 比如, 例如: ``INCLUDES.example_cues``) lists parts of
the thing the clause before names; after an ordinal item that names a kind with a 的-phrase
(二是面向青年的文化服务) that whole phrase is the whole (``_ordinal_whole``)."""

from __future__ import annotations

from tests.loaders.extraction_helpers import edges, extract


def _includes(text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in edges(extract(text)) if r == "INCLUDES"}


def test_example_clause_lists_parts_of_the_ordinal_kind() -> None:
    got = _includes("二是面向青年的文化服务，比如数字阅读、社区剧场和手工课堂。")
    assert {("面向青年的文化服务", "数字阅读"), ("面向青年的文化服务", "社区剧场"),
            ("面向青年的文化服务", "手工课堂")} <= got


def test_ordinal_kind_owns_a_list_after_an_including_verb_too() -> None:
    got = _includes("一是面向青年的文化服务，涵盖数字阅读、社区剧场、手工课堂；")
    assert ("面向青年的文化服务", "手工课堂") in got


def test_examples_belong_to_the_predicate_of_a_copula() -> None:
    got = _includes("另一类是熟练掌握新技术的应用型人才，如数字技术工程师、系统运维员。")
    assert ("应用型人才", "系统运维员") in got
    assert not any(s == "另一类" for s, _t in got)


def test_ordinal_task_keeps_its_head_noun() -> None:
    got = _includes("一是加强社区的文化服务，包括数字阅读、社区剧场、手工课堂。")
    assert not any(s.startswith("加强") for s, _t in got)


def test_example_words_inside_a_clause_are_no_cue() -> None:
    for text in ("如有疑问，请及时联系服务窗口。", "各地要按期完成任务，如遇特殊情况，应及时报告。",
                 "推动先进制造业发展，例如推进智能工厂建设、加快数字化改造。"):
        assert not _includes(text), text


def test_main_fields_a_company_names_are_its_parts() -> None:
    got = _includes("公司业务主要涉及风电、储能、轨道交通和船舶制造。")
    assert {("公司业务", "风电"), ("公司业务", "船舶制造")} <= got


def test_bare_touching_verb_lists_nothing() -> None:
    for text in ("该项目涉及资金3亿元。", "公司业务主要涉及风电领域。",
                 "两地就涉及各自发展权益、民生关切的问题形成共识。"):
        assert not _includes(text), text
