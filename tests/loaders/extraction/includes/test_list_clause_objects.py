"""A list clause after a clause whose verb has an object (``我们建设了X，包括A、B和C``): X
includes the items (:mod:`conceptkg.loaders.extraction.rules.clause_objects`)."""

from __future__ import annotations

import pytest

from tests.loaders.extraction_helpers import relation_pairs


@pytest.mark.parametrize(("text", "whole", "parts"), [
    ("我们建设了岚州数智平台，包括竹编中心、漆器中心和展销中心。", "岚州数智平台",
     {"竹编中心", "漆器中心"}),
    ("恒拓集团打造了溪宁创新园区，包括孵化基地、研发中心和展示中心。", "溪宁创新园区",
     {"孵化基地", "研发中心", "展示中心"}),
    ("溪宁市完善了岚州数智平台，包括竹编中心和漆器中心。", "岚州数智平台",
     {"竹编中心", "漆器中心"}),
])
def test_the_object_of_the_clause_before_includes_the_list(text, whole, parts):
    pairs = relation_pairs(text, "INCLUDES")
    assert {(whole, p) for p in parts} <= pairs


@pytest.mark.parametrize("text", [
    # the clause before has no object
    "我们加快发展，包括竹编中心、漆器中心和展销中心。",
    "恒拓集团积极作为，包括孵化基地、研发中心和展示中心。",
    # 包括 introduces the people at a meeting: no whole of parts
    "出席会议的包括恒拓集团、岚州市政府和溪宁市政府。",
    # people are no parts of a thing
    "我们邀请了多位专家，包括张明、李华和王强。",
])
def test_no_whole_without_an_object(text):
    assert not relation_pairs(text, "INCLUDES")
