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
- ``blind15`` … ``blind23`` (more invented documents of the same genres, written the same way):
  each set was scored once before any work on it (blind15 0.44, blind16 0.60, blind17 0.60,
  blind18 0.61, blind21 0.49, blind22 0.54, blind23 0.58), then tuned on in one or two rounds;
  ``blind19`` and ``blind20`` were only measured, at the end of that round (0.51 and 0.63 with
  the extractor it started from), then tuned on in the next.
- ``blind24`` and ``blind25`` (six documents each, the same genres) were written and scored at
  the start of the eighth round (0.53 and 0.59) and only measured again at its end.
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
    ("blind", "doc1"): (0.88, 0.88),  # 0.924 / 0.922
    ("blind", "doc3"): (0.90, 0.88),  # 0.947 / 0.923
    ("blind", "doc5"): (0.74, 0.85),  # 0.785 / 0.894
    ("blind10", "doc1"): (0.72, 0.81),  # 0.762 / 0.850
    ("blind10", "doc2"): (0.88, 0.84),  # 0.920 / 0.880
    ("blind10", "doc3"): (0.59, 0.64),  # 0.636 / 0.686
    ("blind10", "doc4"): (0.64, 0.64),  # 0.689 / 0.688
    ("blind10", "doc5"): (0.62, 0.73),  # 0.667 / 0.771
    ("blind11", "doc1"): (0.70, 0.78),  # 0.742 / 0.828
    ("blind11", "doc2"): (0.66, 0.62),  # 0.706 / 0.667
    ("blind11", "doc3"): (0.77, 0.90),  # 0.815 / 0.944
    ("blind11", "doc4"): (0.84, 0.79),  # 0.889 / 0.839
    ("blind11", "doc5"): (0.49, 0.48),  # 0.538 / 0.526
    ("blind11", "doc6"): (0.68, 0.76),  # 0.727 / 0.800
    ("blind12", "doc1"): (0.57, 0.75),  # 0.610 / 0.792
    ("blind12", "doc2"): (0.60, 0.65),  # 0.647 / 0.690
    ("blind12", "doc3"): (0.72, 0.81),  # 0.766 / 0.851
    ("blind12", "doc4"): (0.59, 0.70),  # 0.632 / 0.742
    ("blind12", "doc5"): (0.46, 0.58),  # 0.506 / 0.622
    ("blind12", "doc6"): (0.63, 0.63),  # 0.670 / 0.679
    ("blind13", "doc1"): (0.91, 0.92),  # 0.950 / 0.964
    ("blind13", "doc2"): (0.66, 0.74),  # 0.709 / 0.781
    ("blind13", "doc3"): (0.62, 0.86),  # 0.646 / 0.900 (a list of fields before 应用场景)
    ("blind13", "doc4"): (0.61, 0.81),  # 0.651 / 0.857
    ("blind13", "doc5"): (0.61, 0.66),  # 0.654 / 0.707
    ("blind13", "doc6"): (0.50, 0.66),  # 0.541 / 0.708
    ("blind14", "doc1"): (0.89, 0.91),  # 0.939 / 0.957
    ("blind14", "doc2"): (0.63, 0.68),  # 0.679 / 0.722
    ("blind14", "doc3"): (0.75, 0.91),  # 0.790 / 0.957
    ("blind14", "doc4"): (0.59, 0.80),  # 0.632 / 0.844
    ("blind14", "doc5"): (0.50, 0.61),  # 0.549 / 0.656
    ("blind14", "doc6"): (0.66, 0.76),  # 0.703 / 0.800
    ("blind15", "doc1"): (0.66, 0.81),  # 0.704 / 0.857
    ("blind15", "doc2"): (0.79, 0.84),  # 0.834 / 0.885
    ("blind15", "doc3"): (0.66, 0.78),  # 0.705 / 0.829
    ("blind15", "doc4"): (0.69, 0.73),  # 0.730 / 0.778
    ("blind15", "doc5"): (0.72, 0.80),  # 0.768 / 0.844
    ("blind15", "doc6"): (0.62, 0.77),  # 0.663 / 0.812
    ("blind16", "doc1"): (0.66, 0.85),  # 0.709 / 0.895
    ("blind16", "doc2"): (0.84, 0.96),  # 0.889 / 1.000
    ("blind16", "doc3"): (0.77, 0.88),  # 0.815 / 0.925
    ("blind16", "doc4"): (0.80, 0.96),  # 0.849 / 1.000
    ("blind16", "doc5"): (0.83, 0.81),  # 0.875 / 0.850
    ("blind16", "doc6"): (0.63, 0.82),  # 0.676 / 0.867
    ("blind17", "doc1"): (0.73, 0.75),  # 0.777 / 0.794
    ("blind17", "doc2"): (0.75, 0.84),  # 0.794 / 0.885
    ("blind17", "doc3"): (0.70, 0.88),  # 0.740 / 0.923
    ("blind17", "doc4"): (0.76, 0.91),  # 0.807 / 0.950
    ("blind17", "doc5"): (0.70, 0.84),  # 0.745 / 0.889
    ("blind17", "doc6"): (0.61, 0.72),  # 0.652 / 0.760
    ("blind18", "doc1"): (0.67, 0.82),  # 0.716 / 0.862
    ("blind18", "doc2"): (0.71, 0.77),  # 0.750 / 0.810
    ("blind18", "doc3"): (0.82, 0.84),  # 0.863 / 0.881
    ("blind18", "doc4"): (0.69, 0.91),  # 0.736 / 0.950
    ("blind18", "doc5"): (0.72, 0.86),  # 0.765 / 0.903 (a bare 要素 list its gold leaves out)
    ("blind18", "doc6"): (0.59, 0.56),  # 0.632 / 0.609
    ("blind19", "doc1"): (0.49, 0.68),  # 0.538 / 0.722
    ("blind19", "doc2"): (0.62, 0.85),  # 0.667 / 0.895
    ("blind19", "doc3"): (0.68, 0.74),  # 0.724 / 0.783
    ("blind19", "doc4"): (0.61, 0.71),  # 0.652 / 0.750
    ("blind19", "doc5"): (0.85, 0.96),  # 0.895 / 1.000
    ("blind19", "doc6"): (0.68, 0.86),  # 0.728 / 0.900
    ("blind2", "doc1"): (0.67, 0.89),  # 0.718 / 0.930
    ("blind2", "doc2"): (0.73, 0.83),  # 0.773 / 0.878
    ("blind2", "doc3"): (0.86, 0.86),  # 0.907 / 0.909
    ("blind2", "doc4"): (0.82, 0.94),  # 0.867 / 0.981
    ("blind20", "doc1"): (0.69, 0.88),  # 0.732 / 0.923
    ("blind20", "doc2"): (0.49, 0.72),  # 0.532 / 0.765
    ("blind20", "doc3"): (0.79, 0.96),  # 0.839 / 1.000
    ("blind20", "doc4"): (0.79, 0.92),  # 0.835 / 0.969
    ("blind20", "doc5"): (0.73, 0.83),  # 0.776 / 0.871
    ("blind20", "doc6"): (0.33, 0.68),  # 0.374 / 0.722
    ("blind21", "doc1"): (0.77, 0.80),  # 0.813 / 0.844
    ("blind21", "doc2"): (0.71, 0.71),  # 0.750 / 0.759
    ("blind21", "doc3"): (0.80, 0.96),  # 0.848 / 1.000
    ("blind21", "doc4"): (0.77, 0.96),  # 0.813 / 1.000
    ("blind21", "doc5"): (0.72, 0.71),  # 0.768 / 0.757
    ("blind21", "doc6"): (0.50, 0.61),  # 0.545 / 0.652
    ("blind22", "doc1"): (0.67, 0.72),  # 0.714 / 0.760
    ("blind22", "doc2"): (0.47, 0.73),  # 0.517 / 0.773
    ("blind22", "doc3"): (0.84, 0.96),  # 0.880 / 1.000 (0.846 since group heads name their items)
    ("blind22", "doc4"): (0.73, 0.82),  # 0.778 / 0.864
    ("blind22", "doc5"): (0.88, 0.84),  # 0.920 / 0.882
    ("blind22", "doc6"): (0.65, 0.64),  # 0.690 / 0.684
    ("blind23", "doc1"): (0.77, 0.75),  # 0.811 / 0.793
    ("blind23", "doc2"): (0.78, 0.82),  # 0.820 / 0.867
    ("blind23", "doc3"): (0.63, 0.89),  # 0.677 / 0.938
    ("blind23", "doc4"): (0.70, 0.91),  # 0.742 / 0.958
    ("blind23", "doc5"): (0.71, 0.71),  # 0.757 / 0.750
    ("blind23", "doc6"): (0.56, 0.67),  # 0.604 / 0.714
    ("blind24", "doc1"): (0.60, 0.85),  # 0.645 / 0.897
    ("blind24", "doc2"): (0.62, 0.71),  # 0.661 / 0.750
    ("blind24", "doc3"): (0.64, 0.71),  # 0.681 / 0.756
    ("blind24", "doc4"): (0.60, 0.74),  # 0.640 / 0.781
    ("blind24", "doc5"): (0.53, 0.61),  # 0.571 / 0.652
    ("blind24", "doc6"): (0.30, 0.45),  # 0.340 / 0.490
    ("blind25", "doc1"): (0.58, 0.60),  # 0.629 / 0.645
    ("blind25", "doc2"): (0.50, 0.53),  # 0.546 / 0.577
    ("blind25", "doc3"): (0.64, 0.83),  # 0.681 / 0.878
    ("blind25", "doc4"): (0.50, 0.72),  # 0.545 / 0.759 (0.288 / 0.621 before round q76)
    ("blind25", "doc5"): (0.75, 0.86),  # 0.792 / 0.903
    ("blind25", "doc6"): (0.60, 0.79),  # 0.647 / 0.833
    ("blind3", "doc1"): (0.73, 0.84),  # 0.778 / 0.886
    ("blind3", "doc2"): (0.88, 0.89),  # 0.929 / 0.939
    ("blind3", "doc3"): (0.81, 0.93),  # 0.857 / 0.973
    ("blind4", "doc1"): (0.68, 0.81),  # 0.725 / 0.853
    ("blind4", "doc2"): (0.71, 0.84),  # 0.759 / 0.889
    ("blind4", "doc3"): (0.68, 0.79),  # 0.727 / 0.837
    ("blind5", "doc1"): (0.79, 0.93),  # 0.838 / 0.974
    ("blind5", "doc2"): (0.94, 0.93),  # 0.982 / 0.976
    ("blind5", "doc3"): (0.86, 0.92),  # 0.900 / 0.966
    ("blind5", "doc4"): (0.71, 0.81),  # 0.756 / 0.850
    ("blind6", "doc1"): (0.62, 0.69),  # 0.661 / 0.731
    ("blind6", "doc2"): (0.78, 0.87),  # 0.824 / 0.915
    ("blind6", "doc3"): (0.66, 0.58),  # 0.700 / 0.629
    ("blind6", "doc4"): (0.74, 0.78),  # 0.789 / 0.828
    ("blind7", "doc1"): (0.76, 0.80),  # 0.801 / 0.846
    ("blind7", "doc2"): (0.66, 0.78),  # 0.702 / 0.827
    ("blind7", "doc3"): (0.76, 0.76),  # 0.808 / 0.800
    ("blind7", "doc4"): (0.44, 0.69),  # 0.483 / 0.731
    ("blind8", "doc1"): (0.72, 0.84),  # 0.766 / 0.886
    ("blind8", "doc2"): (0.72, 0.85),  # 0.766 / 0.897
    ("blind8", "doc3"): (0.81, 0.76),  # 0.858 / 0.808
    ("blind8", "doc4"): (0.53, 0.66),  # 0.577 / 0.703
    ("blind8", "doc5"): (0.68, 0.84),  # 0.724 / 0.882
    ("blind9", "doc1"): (0.61, 0.72),  # 0.658 / 0.765
    ("blind9", "doc2"): (0.81, 0.92),  # 0.857 / 0.960
    ("blind9", "doc3"): (0.54, 0.78),  # 0.585 / 0.828
    ("blind9", "doc4"): (0.77, 0.84),  # 0.816 / 0.881
    ("blind9", "doc5"): (0.60, 0.69),  # 0.649 / 0.733
    ("holdout", "doc2"): (0.87, 0.96),  # 0.910 / 1.000
    ("holdout", "doc4"): (0.83, 0.78),  # 0.875 / 0.828
    ("holdout", "doc6"): (0.86, 0.94),  # 0.909 / 0.980
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
    "edge_f1": 0.71,              # 0.732 (133 documents)
    "node_recall": 0.81,          # 0.831
    "node_precision": 0.75,       # 0.769
    "node_type_accuracy": 0.92,   # 0.941
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
