"""Relation components are pluggable: one class and one register() call."""

from conceptkg.loaders.extraction import Ent, Found, SentenceContext, registry

from ..extraction_helpers import edges, extract


class CausesOf:
    """A toy component: "A导致B" as DRIVES (not shipped)."""

    name = "toy_causes"
    relation = "DRIVES"

    def __init__(self, lex):
        self.lex = lex

    def __call__(self, ctx: SentenceContext) -> list[Found]:
        text = ctx.text
        i = text.find("导致")
        if i <= 0:
            return []
        a = Ent(text[:i], "Concept", ctx.start, ctx.start + i, "chunk")
        end = len(text.rstrip("。"))
        b = Ent(text[i + 2:end], "Concept", ctx.start + i + 2, ctx.start + end, "chunk")
        return [Found(a, "DRIVES", b, "toy_causes")]


def test_a_registered_component_adds_its_edges():
    text = "持续干旱导致粮食减产。"
    assert ("持续干旱", "DRIVES", "粮食减产") not in edges(extract(text))
    old = dict(registry._REGISTRY), list(registry._ORDER)
    try:
        registry.register("toy_causes", CausesOf)
        assert "toy_causes" in registry.registered()
        got = edges(extract(text), rule=True)
        assert ("持续干旱", "DRIVES", "粮食减产", ("toy_causes",)) in got
    finally:
        registry._REGISTRY.clear()
        registry._REGISTRY.update(old[0])
        registry._ORDER[:] = old[1]
    assert "toy_causes" not in registry.registered()
