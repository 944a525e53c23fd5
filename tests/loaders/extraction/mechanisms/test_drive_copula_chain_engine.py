"""深化A，既是X的关键一环，也是提升B的重要抓手: an engine clause after a chain of copula clauses
without subject speaks of what the task clause before them sets about (A, its light verb left
out). Sentences of our own."""

from tests.loaders.extraction_helpers import extract


def _drives(text: str) -> set[tuple[str, str]]:
    kg = extract(text)
    return {(kg.node(e.source).name, kg.node(e.target).name)
            for e in kg.edges() if e.type == "DRIVES"}


def test_task_before_a_copula_chain_is_the_engine():
    got = _drives("深化林权制度改革，既是完善生态补偿体制的关键一环，"
                  "也是提升林区发展质量和效率的重要抓手。")
    assert ("林权制度改革", "林区发展质量和效率") in got


def test_a_clause_with_a_subject_between_breaks_the_chain():
    got = _drives("深化林权制度改革，林区面貌焕然一新，也是提升林区发展质量和效率的重要抓手。")
    assert ("林权制度改革", "林区发展质量和效率") not in got
