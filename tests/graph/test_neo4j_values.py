"""Driver values made plain (no server needed: the driver's types are built directly)."""

from __future__ import annotations

import json

from neo4j.spatial import CartesianPoint
from neo4j.time import Date, DateTime, Duration

from conceptkg.graph.neo4j_values import plain


def test_temporal_values_are_iso_text_durations_included():
    # a Duration is a tuple (months, days, seconds, nanoseconds): it printed as [0, 1, 0, 0]
    assert plain(Duration(days=1)) == "P1D"
    assert plain(Duration(months=14, seconds=90)) == "P1Y2MT1M30S"
    assert plain([Duration(hours=2)]) == ["PT2H"]
    assert plain(Date(2024, 3, 1)) == "2024-03-01"
    assert plain(DateTime(2024, 3, 1, 10, 0, 0)).startswith("2024-03-01T10:00:00")


def test_points_lists_and_maps_stay_json():
    value = {"p": CartesianPoint((1, 2)), "l": [1, "岚州", None], "t": (1, 2)}
    assert plain(value) == {"p": {"srid": 7203, "coordinates": [1.0, 2.0]},
                            "l": [1, "岚州", None], "t": [1, 2]}
    json.dumps(plain(value))
