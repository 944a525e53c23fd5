"""深化A，既是X的关键一环，也是提升B的重要抓手: an engine clause after a chain of copula clauses
without subject speaks of what the task clause before them sets about (A, its light verb left
out). Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> set[tuple[str, str]]:
    kg = extract(text)
    return {(kg.node(e.source).name, kg.node(e.target).name)
            for e in kg.edges() if e.type == "DRIVES"}


def test_task_before_a_copula_chain_is_the_engine():
    got = _drives("推进渔港综合改革，既是稳定渔民收入的现实选择，也是壮大海洋经济的重要途径。")
    assert ("渔港综合改革", "海洋经济") in got


def test_a_clause_with_a_subject_between_breaks_the_chain():
    got = _drives("推进渔港综合改革，渔村面貌焕然一新，也是壮大海洋经济的重要途径。")
    assert ("渔港综合改革", "海洋经济") not in got
