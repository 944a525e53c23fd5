"""IMPLEMENTS on sentences of our own: a protected zone a government sets aside (保护区, 保护地)
is an initiative it builds."""

from tests.loaders.extraction_helpers import edges, extract


def test_a_protected_zone_is_built():
    found = edges(extract("目前，岚州市已建成13个自然保护地，总面积达8万公顷。"))
    assert any(r == "IMPLEMENTS" and s == "岚州市" and t.endswith("自然保护地")
               for s, r, t in found)
