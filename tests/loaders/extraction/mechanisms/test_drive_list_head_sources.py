"""A list with 等 and a head that opens its clause, before a clause of 为B提供… or a cue, on
sentences of our own: the head drives, not the first word of the first item (联邦/n 学习/v splits
an item into a noun and a verb); a quality tagged as a verb (可信) opens the head; a list after a
task verb gives no head."""

from tests.loaders.extraction_helpers import edges, extract


def _edges(text: str) -> set[tuple[str, str, str]]:
    return set(edges(extract(text)))


def test_the_head_of_a_list_before_a_provide_clause_drives():
    got = _edges("在应用层面，联邦学习、零知识证明、沙箱计算等可信共享技术，"
                 "为跨境数据交易提供了坚实保障。")
    assert ("可信共享技术", "DRIVES", "跨境数据交易") in got
    assert not {e for e in got if e[1] == "DRIVES" and e[0] == "联邦"}


def test_a_quality_tagged_as_a_verb_opens_the_head_of_a_list():
    got = _edges("推广联邦学习、零知识证明等可信共享技术，也能降低合规成本。")
    assert ("可信共享技术", "INCLUDES", "联邦学习") in got
    assert ("可信共享技术", "INCLUDES", "零知识证明") in got


def test_the_head_of_a_list_drives_over_a_clause_with_a_cue():
    got = _edges("在应用层面，联邦学习、零知识证明等可信共享技术能够在确保合规的条件下"
                 "促进数据共享，为跨境数据交易提供技术保障。")
    assert ("可信共享技术", "DRIVES", "跨境数据交易") in got
    assert not {e for e in got if e[1] == "DRIVES" and e[0] == "联邦"}


def test_a_list_after_a_task_verb_gives_no_head_as_source():
    got = _edges("深入开展技术合作、人才培养等方面协作，为两地传统友谊注入持久动力。")
    assert not {e for e in got if e[1] == "DRIVES" and e[0] == "方面协作"}
