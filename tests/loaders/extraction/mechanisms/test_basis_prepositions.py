"""Round m96 on texts of our own: a body named after a preposition of basis that opens a
sentence (``按照甲委部署要求，开展Y``, ``对照…``, ``根据…``: ``IMPLEMENTS.basis_preps``) gives the
instructions; it carries out nothing the next clauses launch. A body that opens the clause
itself still acts."""

from tests.loaders.extraction_helpers import edges, extract

_HEAD = "在甲乙能源集团2031年工作会议上的讲话\n\n集团党委书记、董事长 王丙\n\n同志们：\n\n"


def _impl(body: str) -> set[tuple[str, str]]:
    g = extract(_HEAD + body + "\n\n其他工作。\n")
    return {(a, b) for a, r, b in edges(g) if r == "IMPLEMENTS"}


def test_the_body_of_a_basis_gives_instructions_only():
    for prep in ("按照", "对照", "根据"):
        impl = _impl(prep + "省国资委部署要求，扎实开展丙丁价值创造行动，健全考核体系。")
        assert all(a != "省国资委" for a, _ in impl)


def test_a_body_opening_the_clause_still_acts():
    impl = _impl("省国资委部署开展丙丁价值创造专项行动，健全考核体系。")
    assert ("省国资委", "丙丁价值创造专项行动") in impl
