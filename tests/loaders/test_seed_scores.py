"""The seed document against its hand annotation (issue 3 targets).

Needs the shared corpus next to the repository (../shared); skipped without it.
"""

import json
from pathlib import Path

import pytest

from conceptkg.evaluation import score
from conceptkg.graph.io_json import write_json
from conceptkg.loaders.pipeline import process_file

SHARED = Path(__file__).resolve().parents[3] / "shared"
SEED = SHARED / "corpus" / "xinzhi-shengchanli-china-post.txt"
GOLD = SHARED / "eval" / "seed.gold.json"

pytestmark = pytest.mark.skipif(not (SEED.exists() and GOLD.exists()),
                                reason="shared corpus not available")


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed") / "g.json"
    write_json(process_file(SEED), out)
    graph = json.loads(out.read_text(encoding="utf-8"))
    return score(graph, json.loads(GOLD.read_text(encoding="utf-8")))


def test_seed_node_targets(scores):
    assert scores["node_recall"] >= 0.95, scores["missed_nodes"]  # measured 1.0
    assert scores["node_type_accuracy"] >= 0.85


def test_seed_edge_target(scores):
    # measured 0.893 after the one-layout side-bar rule was removed, 0.876 with the generic
    # list heads of the second round, 0.906 after the third (issue: seed >= 0.85)
    assert scores["edge_f1"] >= 0.87, (scores["missed_edges"], scores["false_edges"])
    for t, v in scores["edges_by_type"].items():
        assert v["hit"] >= 0.8 * v["required"], t
