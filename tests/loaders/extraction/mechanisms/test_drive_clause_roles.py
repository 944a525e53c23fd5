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
    got = _drives("她说，“林间课堂”行动把高校的教学资源和志愿者的热情整合在一起，"
                  "将有力推动护林服务下沉，也将为雾岭建设生态友好型城市提供支撑。")
    assert not any(s.startswith(("高校", "教学资源")) for s, _ in got)
    assert any(s.replace("“", "").replace("”", "") == "林间课堂行动" for s, _ in got)
    assert any(t == "生态友好型城市" and "雾岭建设生态友好型城市" in a
               for (_, t), a in got.items())
