"""IMPLEMENTS on sentences of our own: a protected zone a government sets aside (保护区, 保护地)
is an initiative it builds."""

from tests.loaders.extraction_helpers import edges, extract


def test_a_protected_zone_is_built():
    found = edges(extract("截至去年底，岚州市已设立7处自然保护地，面积合计2.6万公顷。"))
    assert any(r == "IMPLEMENTS" and s == "岚州市" and t.endswith("自然保护地")
               for s, r, t in found)
