"""A clause that says two things grow together (A与B深度融合，) before a subjectless cue clause
(促进C / 带动C): the joining of A and B drives C. Actors working together, a pronoun pair and a
task that orders the joining (要推动A与B融合，) name no driver. Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> set[tuple[str, str]]:
    kg = extract(text)
    return {(kg.node(e.source).name, kg.node(e.target).name)
            for e in kg.edges() if e.type == "DRIVES"}


def test_joined_things_drive_after_a_promoting_cue():
    assert ("文化与旅游进一步深度融合", "乡村振兴") in _drives(
        "去年，文化与旅游进一步深度融合，促进乡村振兴。")


def test_joined_things_drive_after_a_chain_cue():
    assert ("农业与其他产业深度融合", "县域经济发展") in _drives(
        "农业与其他产业深度融合，带动县域经济发展。")


def test_actors_working_together_drive_nothing():
    assert not _drives("甲公司与乙公司深度融合，促进产业升级。")


def test_pronouns_drive_nothing():
    assert not _drives("我们与他们深度融合，促进产业升级。")


def test_a_task_that_orders_the_joining_drives_nothing():
    got = _drives("要推动文化与旅游深度融合，促进乡村振兴。")
    assert not any(src.startswith(("文化与旅游", "要推动")) for src, _ in got)


def test_a_clause_of_leading_words_only_is_no_joint_event_and_no_crash() -> None:
    # the clause before 提供支撑 is read for a joint event; one that the leading-word reader
    # consumes whole (由…及… after 实现) once made the reader index past its end
    from tests.loaders.extraction_helpers import extract

    kg = extract("今年5月8日，甲市人大全票通过《丙条例》，为甲市实现由治及兴提供坚实支撑。")
    assert [n.name for n in kg.nodes()] == ["丙条例"]  # extracted, no IndexError
