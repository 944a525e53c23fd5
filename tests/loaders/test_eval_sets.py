"""Extraction scores on the annotated evaluation sets in tests/data of this package: documents of
the genre written and annotated by people who did not see the code, scored like ``score.py``.
The floors sit a little below the scores reached, so that a regression fails.

- ``blind`` (government work report, SOE speech, PDF-damaged park report), ``holdout`` (ministry
  plan, PDF-damaged commentary, plenum communiqué) and ``blind2`` (council release, guiding
  opinion, PDF-damaged interview, provincial plan) were later used for tuning;
- ``blind3`` (SOE work report, department notice, PDF-damaged theory article) was scored before
  any tuning on it: 0.619/0.771, 0.364/0.697, 0.739/0.784 (edge F1 / node recall); one general
  fix for numbered task blocks with a units line came after that first score, then a round of
  broad mechanisms (基础要素 engine nouns, named changes, unknown instruments, 作为-subjects,
  qualified list items, one type per list) tuned on it;
- ``blind4`` (county investment news release, central-bank Q&A, PDF-damaged provincial plan
  with a side-bar) was scored before any tuning on it at 0.412/0.647, 0.229/0.528, 0.400/0.488;
  round 5 (what a clause builds drives the next clause, ``为A、B和C提供支撑`` lists, 签订X项目)
  was tuned on it.

All sixteen were tuned on before extraction v2 (the lexicon-free argument finder): they are
regression floors now, not a measure of generalization (see the shared sets and the note).

- ``blind5`` … ``blind14`` (invented documents of the target genres — company statements and
  letters, city and county work plans with units, provincial measures, commentary and theory
  pieces, news reports —, each set written and annotated by a helper who never saw the code)
  were each scored once before any work on them (mean edge F1 at that point: blind5 0.54,
  blind6 0.49, blind7 0.49, blind8 0.43, blind9 0.51, blind10 0.46, blind11 0.57, blind12 0.53;
  the extractor this work started from scored them 0.40–0.54) and then tuned on, one round
  each (``blind13``: 0.48, from 0.41, tuned on once lightly); ``blind14`` (0.62, from 0.55) was only
  measured.
"""

import functools
import json
import tempfile
from pathlib import Path

import pytest

from conceptkg.evaluation import score
from conceptkg.graph.io_json import write_json
from conceptkg.loaders.pipeline import process_file

DATA = Path(__file__).parent / "data"

# (set, document): (edge F1 floor, node recall floor)   reached when the floor was set
FLOORS = {
    ("blind", "doc1"): (0.85, 0.84),     # 0.890 / 0.882
    ("blind", "doc3"): (0.90, 0.88),     # 0.947 / 0.923
    ("blind", "doc5"): (0.69, 0.85),     # 0.731 / 0.894
    ("holdout", "doc2"): (0.87, 0.96),   # 0.910 / 1.000
    ("holdout", "doc4"): (0.85, 0.78),   # 0.897 / 0.828
    ("holdout", "doc6"): (0.88, 0.94),   # 0.923 / 0.980
    ("blind2", "doc1"): (0.62, 0.89),    # 0.645 / 0.930
    ("blind2", "doc2"): (0.66, 0.81),    # 0.709 / 0.854
    ("blind2", "doc3"): (0.88, 0.86),    # 0.928 / 0.909
    ("blind2", "doc4"): (0.84, 0.90),    # 0.888 / 0.942
    ("blind3", "doc1"): (0.67, 0.78),    # 0.717 / 0.829
    ("blind3", "doc2"): (0.76, 0.83),    # 0.800 / 0.879
    ("blind3", "doc3"): (0.82, 0.93),    # 0.868 / 0.973
    ("blind4", "doc1"): (0.64, 0.81),    # 0.686 / 0.853
    ("blind4", "doc2"): (0.60, 0.73),    # 0.642 / 0.778
    ("blind4", "doc3"): (0.68, 0.72),    # 0.727 / 0.767
    ("blind5", "doc1"): (0.72, 0.85),    # 0.765 / 0.897
    ("blind5", "doc2"): (0.88, 0.88),    # 0.925 / 0.929
    ("blind5", "doc3"): (0.71, 0.78),    # 0.757 / 0.828
    ("blind5", "doc4"): (0.56, 0.71),    # 0.608 / 0.750
    ("blind6", "doc1"): (0.55, 0.65),    # 0.596 / 0.692
    ("blind6", "doc2"): (0.75, 0.83),    # 0.796 / 0.872
    ("blind6", "doc3"): (0.66, 0.58),    # 0.700 / 0.629
    ("blind6", "doc4"): (0.69, 0.78),    # 0.732 / 0.828
    ("blind7", "doc1"): (0.69, 0.72),    # 0.735 / 0.769
    ("blind7", "doc2"): (0.61, 0.71),    # 0.653 / 0.750
    ("blind7", "doc3"): (0.67, 0.71),    # 0.717 / 0.756
    ("blind7", "doc4"): (0.44, 0.65),    # 0.483 / 0.692
    ("blind8", "doc1"): (0.66, 0.81),    # 0.703 / 0.857
    ("blind8", "doc2"): (0.67, 0.85),    # 0.713 / 0.897
    ("blind8", "doc3"): (0.80, 0.71),    # 0.843 / 0.750
    ("blind8", "doc4"): (0.52, 0.63),    # 0.564 / 0.676
    ("blind8", "doc5"): (0.68, 0.72),    # 0.724 / 0.765
    ("blind9", "doc1"): (0.50, 0.54),    # 0.545 / 0.588
    ("blind9", "doc2"): (0.62, 0.84),    # 0.667 / 0.880
    ("blind9", "doc3"): (0.54, 0.71),    # 0.585 / 0.759
    ("blind9", "doc4"): (0.68, 0.72),    # 0.722 / 0.762
    ("blind9", "doc5"): (0.57, 0.69),    # 0.619 / 0.733
    ("blind10", "doc1"): (0.63, 0.76),   # 0.670 / 0.800
    ("blind10", "doc2"): (0.86, 0.78),   # 0.907 / 0.820
    ("blind10", "doc3"): (0.59, 0.62),   # 0.636 / 0.667
    ("blind10", "doc4"): (0.50, 0.50),   # 0.545 / 0.542
    ("blind10", "doc5"): (0.39, 0.50),   # 0.439 / 0.543
    ("blind11", "doc1"): (0.62, 0.75),   # 0.661 / 0.793
    ("blind11", "doc2"): (0.59, 0.56),   # 0.630 / 0.600
    ("blind11", "doc3"): (0.71, 0.87),   # 0.756 / 0.917
    ("blind11", "doc4"): (0.71, 0.60),   # 0.750 / 0.645
    ("blind11", "doc5"): (0.42, 0.40),   # 0.462 / 0.447
    ("blind11", "doc6"): (0.56, 0.68),   # 0.602 / 0.720
    ("blind12", "doc1"): (0.46, 0.66),   # 0.505 / 0.708
    ("blind12", "doc2"): (0.60, 0.65),   # 0.647 / 0.690
    ("blind12", "doc3"): (0.63, 0.72),   # 0.673 / 0.766
    ("blind12", "doc4"): (0.54, 0.60),   # 0.588 / 0.645
    ("blind12", "doc5"): (0.25, 0.52),   # 0.294 / 0.568
    ("blind12", "doc6"): (0.43, 0.56),   # 0.474 / 0.607
    ("blind13", "doc1"): (0.78, 0.81),   # 0.823 / 0.857
    ("blind13", "doc2"): (0.41, 0.61),   # 0.456 / 0.656
    ("blind13", "doc3"): (0.47, 0.81),   # 0.514 / 0.850
    ("blind13", "doc4"): (0.45, 0.73),   # 0.497 / 0.771
    ("blind13", "doc5"): (0.29, 0.54),   # 0.333 / 0.585
    ("blind13", "doc6"): (0.20, 0.62),   # 0.240 / 0.667
    ("blind14", "doc1"): (0.89, 0.91),   # 0.939 / 0.957
    ("blind14", "doc2"): (0.58, 0.62),   # 0.629 / 0.667
    ("blind14", "doc3"): (0.62, 0.81),   # 0.667 / 0.851
    ("blind14", "doc4"): (0.57, 0.77),   # 0.615 / 0.812
    ("blind14", "doc5"): (0.37, 0.49),   # 0.410 / 0.531
    ("blind14", "doc6"): (0.39, 0.60),   # 0.437 / 0.640
}


@functools.cache
def scores(set_name: str, doc: str) -> dict:
    """Build one annotated document, export it as JSON and score it (once per test session)."""
    folder = DATA / set_name
    with tempfile.TemporaryDirectory() as tmp:
        out = write_json(process_file(folder / f"{doc}.txt"), Path(tmp) / "g.json")
        graph = json.loads(out.read_text(encoding="utf-8"))
    gold = json.loads((folder / f"{doc}.gold.json").read_text(encoding="utf-8"))
    return score(graph, gold)


@pytest.mark.parametrize("set_name, doc", sorted(FLOORS))
def test_document_scores(set_name, doc):
    s = scores(set_name, doc)
    f1_floor, recall_floor = FLOORS[(set_name, doc)]
    assert s["edge_f1"] >= f1_floor, (s["missed_edges"], s["false_edges"])
    assert s["node_recall"] >= recall_floor, s["missed_nodes"]


#: score: floor of its mean over the documents, a little below the mean reached (in the comment,
#: extraction v2). Edge F1 and node recall also have per-document floors: their mean floors stand
#: above the mean of those (checked below), so that a general loss of a couple of points fails
#: here even while every document stays above its own floor. Node precision and type accuracy
#: have no per-document floor: a change that floods the graph with wrong or mistyped nodes keeps
#: node recall and fails here.
AVERAGE_FLOORS = {
    "edge_f1": 0.66,              # 0.675 (67 documents; the 16 older ones alone: 0.824)
    "node_recall": 0.76,          # 0.773
    "node_precision": 0.76,       # 0.778
    "node_type_accuracy": 0.92,   # 0.940
}


def test_average_over_the_sets():
    all_scores = [scores(*key) for key in sorted(FLOORS)]
    means = {k: sum(s[k] for s in all_scores) / len(all_scores) for k in AVERAGE_FLOORS}
    low = {k: round(v, 3) for k, v in means.items() if v < AVERAGE_FLOORS[k]}
    assert not low, f"means below their floors {AVERAGE_FLOORS}: {low}"


def test_average_floors_are_above_the_document_floors():
    """A mean floor at or below the mean of the per-document floors could never fail while
    those hold."""
    for i, key in enumerate(("edge_f1", "node_recall")):
        assert AVERAGE_FLOORS[key] > sum(f[i] for f in FLOORS.values()) / len(FLOORS), key
