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
- ``blind26``, ``blind27`` and ``blind28`` (six documents each: a shareholder letter, district and
  county plans with units, commentary and theory pieces, news, department and bureau summaries, a
  bank's release, a listed company's report, a chairman's speech, a city's measures) were
  written and scored at the start of the ninth round (0.52/0.73, 0.61/0.78, 0.59/0.77) and not
  tuned on; at its end they scored 0.54/0.77, 0.63/0.80 and 0.62/0.80; tuned on in the tenth.
- ``blind29`` and ``blind30`` (six documents each: a listed company's report, a city's work
  report, a county action plan with units, a commentator article, an industrial-park feature, an
  energy group's work-conference release; a city bank's release, a district's business-climate
  measures, a theory article on data as a factor, a town's work report, news briefs, an AI
  platform's launch release) were written and scored at the start of the tenth round
  (0.63/0.82, 0.50/0.70) and not tuned on; at its end they scored 0.65/0.83 and 0.50/0.71.
- ``blind31`` and ``blind32`` (six documents each: a manufacturer's annual-report section, a
  provincial digital-economy plan, a commentator article, a county news roundup, a state group's
  work-conference speech, a district's low-altitude-economy measures with units; an investor
  relations record, a city's work points with units, an economic commentary on data, a
  provincial TV news transcript, a city bank's social-responsibility section, a development
  zone's industrial-chain plan) were written and scored at the start of the eleventh round
  (0.53/0.68, 0.59/0.79) and not tuned on; at its end they scored 0.53/0.70 and 0.60/0.80.
- ``blind33`` and ``blind34`` (six documents each: a listed manufacturer's operating review, a
  county's key-tasks plan with units, a commentator article on light industry, a city TV
  bulletin, a logistics group's mid-year speech, a provincial department's digital-agriculture
  opinions with PDF damage; a city bank's release on technology finance, a district's work
  report, a theory article on data as a factor, a development zone's cluster plan with lead and
  responsible units, a tech company's platform launch, a town feature with PDF damage) were
  written and scored at the start of the twelfth round (0.57/0.80, 0.51/0.77) and not tuned on;
  at its end they scored 0.58/0.81 and 0.52/0.77.
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
    ("blind", "doc1"): (0.86, 0.92),  # 0.908 / 0.961
    ("blind", "doc3"): (0.90, 0.90),  # 0.949 / 0.949
    ("blind", "doc5"): (0.70, 0.85),  # 0.743 / 0.894
    ("blind10", "doc1"): (0.75, 0.83),  # 0.792 / 0.875
    ("blind10", "doc2"): (0.88, 0.92),  # 0.920 / 0.960
    ("blind10", "doc3"): (0.82, 0.80),  # 0.863 / 0.843
    ("blind10", "doc4"): (0.81, 0.75),  # 0.857 / 0.792
    ("blind10", "doc5"): (0.90, 0.87),  # 0.941 / 0.914
    ("blind11", "doc1"): (0.88, 0.92),  # 0.927 / 0.966
    ("blind11", "doc2"): (0.76, 0.76),  # 0.800 / 0.800
    ("blind11", "doc3"): (0.82, 0.93),  # 0.862 / 0.972
    ("blind11", "doc4"): (0.84, 0.86),  # 0.889 / 0.903
    ("blind11", "doc5"): (0.61, 0.59),  # 0.654 / 0.632
    ("blind11", "doc6"): (0.76, 0.84),  # 0.802 / 0.880
    ("blind12", "doc1"): (0.61, 0.79),  # 0.659 / 0.833
    ("blind12", "doc2"): (0.81, 0.71),  # 0.857 / 0.759
    ("blind12", "doc3"): (0.79, 0.89),  # 0.835 / 0.936
    ("blind12", "doc4"): (0.59, 0.73),  # 0.632 / 0.774
    ("blind12", "doc5"): (0.61, 0.71),  # 0.653 / 0.757
    ("blind12", "doc6"): (0.63, 0.63),  # 0.671 / 0.679
    ("blind13", "doc1"): (0.93, 0.92),  # 0.976 / 0.964
    ("blind13", "doc2"): (0.85, 0.86),  # 0.893 / 0.906
    ("blind13", "doc3"): (0.66, 0.91),  # 0.709 / 0.950
    ("blind13", "doc4"): (0.86, 0.96),  # 0.908 / 1.000
    ("blind13", "doc5"): (0.76, 0.86),  # 0.800 / 0.902
    ("blind13", "doc6"): (0.57, 0.71),  # 0.619 / 0.750
    ("blind14", "doc1"): (0.93, 0.96),  # 0.974 / 1.000
    ("blind14", "doc2"): (0.75, 0.73),  # 0.790 / 0.778
    ("blind14", "doc3"): (0.81, 0.93),  # 0.853 / 0.979
    ("blind14", "doc4"): (0.69, 0.89),  # 0.731 / 0.938
    ("blind14", "doc5"): (0.64, 0.71),  # 0.686 / 0.750
    ("blind14", "doc6"): (0.74, 0.76),  # 0.788 / 0.800
    ("blind15", "doc1"): (0.90, 0.96),  # 0.946 / 1.000
    ("blind15", "doc2"): (0.81, 0.88),  # 0.851 / 0.923
    ("blind15", "doc3"): (0.76, 0.93),  # 0.804 / 0.971
    ("blind15", "doc4"): (0.74, 0.77),  # 0.789 / 0.815
    ("blind15", "doc5"): (0.77, 0.86),  # 0.818 / 0.906
    ("blind15", "doc6"): (0.68, 0.89),  # 0.725 / 0.938
    ("blind16", "doc1"): (0.78, 0.96),  # 0.824 / 1.000
    ("blind16", "doc2"): (0.92, 0.96),  # 0.966 / 1.000
    ("blind16", "doc3"): (0.83, 0.96),  # 0.872 / 1.000
    ("blind16", "doc4"): (0.83, 0.96),  # 0.875 / 1.000
    ("blind16", "doc5"): (0.86, 0.86),  # 0.909 / 0.900
    ("blind16", "doc6"): (0.67, 0.89),  # 0.716 / 0.933
    ("blind17", "doc1"): (0.86, 0.87),  # 0.906 / 0.912
    ("blind17", "doc2"): (0.88, 0.88),  # 0.929 / 0.923
    ("blind17", "doc3"): (0.96, 0.96),  # 1.000 / 1.000
    ("blind17", "doc4"): (0.83, 0.96),  # 0.877 / 1.000
    ("blind17", "doc5"): (0.76, 0.84),  # 0.800 / 0.889
    ("blind17", "doc6"): (0.65, 0.84),  # 0.696 / 0.880
    ("blind18", "doc1"): (0.74, 0.82),  # 0.780 / 0.862
    ("blind18", "doc2"): (0.81, 0.86),  # 0.852 / 0.905
    ("blind18", "doc3"): (0.83, 0.86),  # 0.874 / 0.905
    ("blind18", "doc4"): (0.85, 0.96),  # 0.895 / 1.000
    ("blind18", "doc5"): (0.72, 0.86),  # 0.765 / 0.903
    ("blind18", "doc6"): (0.64, 0.78),  # 0.688 / 0.826
    ("blind19", "doc1"): (0.81, 0.96),  # 0.857 / 1.000
    ("blind19", "doc2"): (0.96, 0.96),  # 1.000 / 1.000
    ("blind19", "doc3"): (0.75, 0.78),  # 0.793 / 0.826
    ("blind19", "doc4"): (0.65, 0.71),  # 0.690 / 0.750
    ("blind19", "doc5"): (0.85, 0.96),  # 0.895 / 1.000
    ("blind19", "doc6"): (0.87, 0.91),  # 0.914 / 0.950
    ("blind2", "doc1"): (0.66, 0.89),  # 0.704 / 0.930
    ("blind2", "doc2"): (0.76, 0.86),  # 0.808 / 0.902
    ("blind2", "doc3"): (0.89, 0.86),  # 0.932 / 0.909
    ("blind2", "doc4"): (0.82, 0.94),  # 0.867 / 0.981
    ("blind20", "doc1"): (0.93, 0.92),  # 0.973 / 0.962
    ("blind20", "doc2"): (0.78, 0.96),  # 0.822 / 1.000
    ("blind20", "doc3"): (0.88, 0.96),  # 0.929 / 1.000
    ("blind20", "doc4"): (0.90, 0.96),  # 0.941 / 1.000
    ("blind20", "doc5"): (0.87, 0.96),  # 0.913 / 1.000
    ("blind20", "doc6"): (0.62, 0.73),  # 0.664 / 0.778
    ("blind21", "doc1"): (0.89, 0.96),  # 0.931 / 1.000
    ("blind21", "doc2"): (0.87, 0.96),  # 0.914 / 1.000
    ("blind21", "doc3"): (0.86, 0.96),  # 0.902 / 1.000
    ("blind21", "doc4"): (0.86, 0.93),  # 0.905 / 0.971
    ("blind21", "doc5"): (0.87, 0.87),  # 0.911 / 0.919
    ("blind21", "doc6"): (0.74, 0.87),  # 0.786 / 0.913
    ("blind22", "doc1"): (0.88, 0.88),  # 0.927 / 0.920
    ("blind22", "doc2"): (0.68, 0.82),  # 0.727 / 0.864
    ("blind22", "doc3"): (0.84, 0.96),  # 0.880 / 1.000
    ("blind22", "doc4"): (0.79, 0.91),  # 0.832 / 0.955
    ("blind22", "doc5"): (0.96, 0.96),  # 1.000 / 1.000
    ("blind22", "doc6"): (0.79, 0.80),  # 0.839 / 0.842
    ("blind23", "doc1"): (0.83, 0.85),  # 0.878 / 0.897
    ("blind23", "doc2"): (0.80, 0.89),  # 0.848 / 0.933
    ("blind23", "doc3"): (0.72, 0.89),  # 0.762 / 0.938
    ("blind23", "doc4"): (0.96, 0.96),  # 1.000 / 1.000
    ("blind23", "doc5"): (0.73, 0.85),  # 0.773 / 0.893
    ("blind23", "doc6"): (0.65, 0.67),  # 0.691 / 0.714
    ("blind24", "doc1"): (0.93, 0.89),  # 0.976 / 0.931
    ("blind24", "doc2"): (0.82, 0.91),  # 0.862 / 0.950
    ("blind24", "doc3"): (0.79, 0.80),  # 0.832 / 0.844
    ("blind24", "doc4"): (0.69, 0.80),  # 0.732 / 0.844
    ("blind24", "doc5"): (0.77, 0.83),  # 0.815 / 0.870
    ("blind24", "doc6"): (0.63, 0.71),  # 0.679 / 0.755
    ("blind25", "doc1"): (0.66, 0.79),  # 0.704 / 0.839
    ("blind25", "doc2"): (0.82, 0.84),  # 0.867 / 0.885
    ("blind25", "doc3"): (0.77, 0.93),  # 0.816 / 0.976
    ("blind25", "doc4"): (0.70, 0.89),  # 0.745 / 0.931
    ("blind25", "doc5"): (0.87, 0.96),  # 0.917 / 1.000
    ("blind25", "doc6"): (0.68, 0.87),  # 0.727 / 0.917
    ("blind26", "doc1"): (0.77, 0.77),  # 0.810 / 0.815
    ("blind26", "doc2"): (0.67, 0.87),  # 0.712 / 0.919
    ("blind26", "doc3"): (0.73, 0.86),  # 0.779 / 0.906
    ("blind26", "doc4"): (0.54, 0.74),  # 0.580 / 0.785
    ("blind26", "doc5"): (0.62, 0.76),  # 0.662 / 0.807
    ("blind26", "doc6"): (0.79, 0.84),  # 0.838 / 0.885
    ("blind27", "doc1"): (0.80, 0.88),  # 0.846 / 0.929
    ("blind27", "doc2"): (0.78, 0.88),  # 0.825 / 0.929
    ("blind27", "doc3"): (0.82, 0.87),  # 0.861 / 0.912
    ("blind27", "doc4"): (0.59, 0.85),  # 0.632 / 0.898
    ("blind27", "doc5"): (0.68, 0.85),  # 0.722 / 0.894
    ("blind27", "doc6"): (0.78, 0.85),  # 0.828 / 0.898
    ("blind28", "doc1"): (0.70, 0.76),  # 0.749 / 0.803
    ("blind28", "doc2"): (0.74, 0.85),  # 0.785 / 0.893
    ("blind28", "doc3"): (0.65, 0.74),  # 0.691 / 0.780
    ("blind28", "doc4"): (0.81, 0.86),  # 0.856 / 0.900
    ("blind28", "doc5"): (0.71, 0.82),  # 0.757 / 0.862
    ("blind28", "doc6"): (0.48, 0.75),  # 0.526 / 0.790
    ("blind29", "doc1"): (0.83, 0.92),  # 0.870 / 0.961
    ("blind29", "doc2"): (0.85, 0.96),  # 0.890 / 1.000
    ("blind29", "doc3"): (0.82, 0.87),  # 0.860 / 0.915
    ("blind29", "doc4"): (0.78, 0.86),  # 0.820 / 0.900
    ("blind29", "doc5"): (0.73, 0.88),  # 0.772 / 0.925
    ("blind29", "doc6"): (0.86, 0.94),  # 0.901 / 0.981
    ("blind3", "doc1"): (0.74, 0.84),  # 0.789 / 0.886
    ("blind3", "doc2"): (0.88, 0.93),  # 0.929 / 0.970
    ("blind3", "doc3"): (0.83, 0.93),  # 0.874 / 0.973
    ("blind30", "doc1"): (0.81, 0.89),  # 0.856 / 0.934
    ("blind30", "doc2"): (0.60, 0.76),  # 0.643 / 0.800
    ("blind30", "doc3"): (0.47, 0.66),  # 0.510 / 0.708
    ("blind30", "doc4"): (0.71, 0.81),  # 0.751 / 0.855
    ("blind30", "doc5"): (0.62, 0.81),  # 0.667 / 0.857
    ("blind30", "doc6"): (0.52, 0.60),  # 0.569 / 0.647
    ("blind31", "doc1"): (0.65, 0.82),  # 0.692 / 0.863
    ("blind31", "doc2"): (0.66, 0.77),  # 0.702 / 0.815
    ("blind31", "doc3"): (0.71, 0.74),  # 0.753 / 0.789
    ("blind31", "doc4"): (0.57, 0.70),  # 0.614 / 0.741
    ("blind31", "doc5"): (0.61, 0.69),  # 0.656 / 0.731
    ("blind31", "doc6"): (0.55, 0.76),  # 0.591 / 0.806
    ("blind32", "doc1"): (0.71, 0.80),  # 0.757 / 0.849
    ("blind32", "doc2"): (0.74, 0.94),  # 0.786 / 0.982
    ("blind32", "doc3"): (0.72, 0.81),  # 0.763 / 0.855
    ("blind32", "doc4"): (0.69, 0.88),  # 0.733 / 0.927
    ("blind32", "doc5"): (0.78, 0.83),  # 0.823 / 0.873
    ("blind32", "doc6"): (0.58, 0.79),  # 0.628 / 0.830
    ("blind33", "doc1"): (0.61, 0.83),  # 0.654 / 0.877
    ("blind33", "doc2"): (0.53, 0.91),  # 0.570 / 0.952
    ("blind33", "doc3"): (0.60, 0.71),  # 0.646 / 0.759
    ("blind33", "doc4"): (0.57, 0.78),  # 0.615 / 0.824
    ("blind33", "doc5"): (0.75, 0.86),  # 0.799 / 0.902
    ("blind33", "doc6"): (0.57, 0.80),  # 0.613 / 0.844
    ("blind34", "doc1"): (0.68, 0.83),  # 0.729 / 0.875
    ("blind34", "doc2"): (0.71, 0.78),  # 0.752 / 0.824
    ("blind34", "doc3"): (0.50, 0.67),  # 0.545 / 0.710
    ("blind34", "doc4"): (0.58, 0.86),  # 0.624 / 0.908
    ("blind34", "doc5"): (0.66, 0.88),  # 0.705 / 0.922
    ("blind34", "doc6"): (0.64, 0.74),  # 0.684 / 0.787
    ("blind4", "doc1"): (0.68, 0.81),  # 0.725 / 0.853
    ("blind4", "doc2"): (0.76, 0.87),  # 0.809 / 0.917
    ("blind4", "doc3"): (0.66, 0.82),  # 0.704 / 0.860
    ("blind5", "doc1"): (0.89, 0.93),  # 0.930 / 0.974
    ("blind5", "doc2"): (0.92, 0.96),  # 0.968 / 1.000
    ("blind5", "doc3"): (0.93, 0.96),  # 0.976 / 1.000
    ("blind5", "doc4"): (0.75, 0.86),  # 0.798 / 0.900
    ("blind6", "doc1"): (0.75, 0.84),  # 0.797 / 0.885
    ("blind6", "doc2"): (0.80, 0.91),  # 0.840 / 0.957
    ("blind6", "doc3"): (0.66, 0.61),  # 0.700 / 0.657
    ("blind6", "doc4"): (0.91, 0.92),  # 0.952 / 0.966
    ("blind7", "doc1"): (0.84, 0.88),  # 0.887 / 0.923
    ("blind7", "doc2"): (0.82, 0.86),  # 0.863 / 0.904
    ("blind7", "doc3"): (0.87, 0.87),  # 0.919 / 0.911
    ("blind7", "doc4"): (0.73, 0.80),  # 0.774 / 0.846
    ("blind8", "doc1"): (0.73, 0.84),  # 0.778 / 0.886
    ("blind8", "doc2"): (0.78, 0.93),  # 0.824 / 0.974
    ("blind8", "doc3"): (0.84, 0.80),  # 0.887 / 0.846
    ("blind8", "doc4"): (0.61, 0.69),  # 0.659 / 0.730
    ("blind8", "doc5"): (0.76, 0.87),  # 0.802 / 0.912
    ("blind9", "doc1"): (0.90, 0.96),  # 0.944 / 1.000
    ("blind9", "doc2"): (0.92, 0.96),  # 0.960 / 1.000
    ("blind9", "doc3"): (0.78, 0.89),  # 0.824 / 0.931
    ("blind9", "doc4"): (0.82, 0.86),  # 0.862 / 0.905
    ("blind9", "doc5"): (0.79, 0.96),  # 0.839 / 1.000
    ("holdout", "doc2"): (0.88, 0.96),  # 0.926 / 1.000
    ("holdout", "doc4"): (0.83, 0.85),  # 0.878 / 0.897
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
    "edge_f1": 0.78,              # 0.804 (187 documents)
    "node_recall": 0.88,          # 0.895
    "node_precision": 0.75,       # 0.772
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
