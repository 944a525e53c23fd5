"""A verb of becoming right before 的 (便利化的政策) says what kind a thing is: the whole phrase
is the subject that drives; and 更多 split by the segmenter (更 + 多) leads a target, it is no
part of its name. A verb of another kind before 的 (推进X的) still opens a task. Sentences of
our own."""

from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> set[tuple[str, str]]:
    kg = extract(text)
    return {(kg.node(e.source).name, kg.node(e.target).name)
            for e in kg.edges() if e.type == "DRIVES"}


def test_becoming_verb_before_de_is_a_modifier():
    assert ("规范化的流程", "服务升级") in _drives("规范化的流程推动服务升级。")


def test_more_leads_the_target():
    got = _drives("便利化的政策还催生出更多消费新场景。")
    assert ("便利化的政策", "消费新场景") in got
    assert not any(dst.startswith("多") for _, dst in got)


def test_a_task_before_de_is_no_subject():
    assert not any(src.startswith("推进") for src, _ in _drives("推进便利化的改革推动消费升级。"))
