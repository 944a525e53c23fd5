"""Who a subjectless DRIVES clause continues: X把A、B整合起来 — X acts on A and B (X, not A, is
the topic; 把 gives no means to the clause after); a clause of speech before the topic (她说，) is
no rival subject. Who a provided-for task belongs to is no part of it (为甲市建设X提供支撑: X).
Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> dict[tuple[str, str], tuple[str, ...]]:
    kg = extract(text)
    return {(kg.node(e.source).name, kg.node(e.target).name): tuple(kg.node(e.target).aliases)
            for e in kg.edges() if e.type == "DRIVES"}


def test_subject_before_ba_is_the_topic_and_actor_of_task_is_left_out():
    got = _drives("馆长介绍，“湖畔书屋”计划把社区的闲置空间和读书会的人手聚拢起来，"
                  "会推动阅读服务下沉，也会为湖城打造书香城市提供支撑。")
    assert not any(s.startswith(("社区", "闲置空间")) for s, _ in got)
    assert any(s.replace("“", "").replace("”", "") == "湖畔书屋计划" for s, _ in got)
    assert any(t == "书香城市" and "湖城打造书香城市" in a for (_, t), a in got.items())
