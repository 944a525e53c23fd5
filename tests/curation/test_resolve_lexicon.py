"""Entity resolution in a build reads the lexicon the extraction loaded: the full and short
forms the shipped lexicon knows are one body, and no second copy of it is loaded."""

from __future__ import annotations

import json

from conceptkg.loaders.lexicon import get_lexicon
from tests.helpers import canon_graph, cli_build

DOCS = {
    "a.txt": "国家卫生健康委员会部署岚州健康试点工作，推动溪宁市医疗服务升级。",
    "b.txt": "国家卫健委支持恒拓集团建设岚州智慧医院，带动溪宁市医疗服务升级。",
}


def _organisations(db) -> set[str]:
    graph = json.loads(canon_graph(db))
    return {n["name"] for n in graph["nodes"] if n["type"] == "Organization"}


def test_a_build_resolves_the_forms_of_a_body_with_the_lexicon_it_loaded(capsys, tmp_path):
    shipped = get_lexicon(())  # as the extraction (and a build's warm-up) loads it
    loaded = get_lexicon.cache_info().currsize
    db = cli_build(capsys, tmp_path, DOCS)
    bodies = _organisations(db)
    # the full form (read by extraction as a name of its own) and the short one are one body
    assert len(bodies & {"国家卫生健康委员会", "国家卫健委", "国家卫生健康委"}) == 1
    # the resolution read the lexicon already loaded: no second copy in the process
    assert get_lexicon(()) is shipped
    assert get_lexicon.cache_info().currsize == loaded
