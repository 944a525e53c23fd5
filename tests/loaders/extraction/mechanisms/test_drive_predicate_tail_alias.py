"""A short predicate that closes the clause after what a cue drives (以A赋能B就地转化, 以A提升B配送
效率) makes the phrase with it an alias of the driven thing (annotators name either); a longer
tail, or one with a figure or a cue of its own, adds none."""

import json

from conceptkg.graph.io_json import graph_to_dict
from tests.loaders.extraction_helpers import extract


def _aliases(text: str) -> dict[str, list[str]]:
    g = json.loads(json.dumps(graph_to_dict(extract(text))))
    return {n["name"]: n.get("aliases") or [] for n in g["nodes"]}


def test_short_closing_predicate_is_alias():
    got = _aliases("以产业基金赋能岚州科研成果就地转化。")
    assert any(any(x.endswith("科研成果就地转化") for x in a) for a in got.values()), got


def test_figure_tail_adds_no_alias():
    got = _aliases("以产业基金带动岚州科研成果转化30项。")
    assert not any(any("30" in x for x in a) for a in got.values()), got
