"""The JSON embedded in the page cannot break out of its <script> element."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from conceptkg.viz import script_json
from conceptkg.viz.payload import MAX_EVIDENCE, build_payload
from tests.viz.viz_graphs import PAYLOADS, synthetic_graph


@given(st.recursive(st.text() | st.integers() | st.booleans() | st.none(),
                    lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner)))
def test_script_json_round_trips_and_is_inert(value):
    text = script_json(value)
    assert json.loads(text) == value
    for bad in ("<", ">", "&", "\u2028", "\u2029"):
        assert bad not in text


def test_script_json_escapes_closing_tags():
    text = script_json({"name": "</script><script>x()</script>", "p": PAYLOADS})
    assert "</" not in text and "<!--" not in text
    assert json.loads(text)["name"] == "</script><script>x()</script>"


def test_sentences_are_shared_and_evidence_capped():
    kg = synthetic_graph(200, 400, n_docs=2)
    data = build_payload(kg, title="t", positions=None)
    refs = [r for item in data["info"] + data["einfo"] for r in item["ev"]]
    assert all(len(item["ev"]) <= MAX_EVIDENCE for item in data["info"] + data["einfo"])
    # 2 docs x 40 sentences: far fewer distinct sentences than references to them
    assert len(data["sentences"]) <= 80 < len(refs)
    assert all(0 <= r[0] < len(data["sentences"]) for r in refs)
