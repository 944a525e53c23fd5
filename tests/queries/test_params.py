"""Parameters of the named queries: conversion from strings and one-line error messages."""

from __future__ import annotations

import pytest

from conceptkg.errors import ParameterError
from conceptkg.queries.params import (
    MAX_DEPTH,
    MAX_PATH_DEPTH,
    CentralParams,
    NameDepthParams,
    NoParams,
    PathParams,
    param_specs,
    parse_params,
)


def test_strings_become_typed_values_and_defaults_apply():
    p = parse_params("drivers", NameDepthParams, {"name": "  新质生产力 ", "depth": "3"})
    assert (p.name, p.depth) == ("新质生产力", 3)
    default = NameDepthParams.model_fields["depth"].default
    assert parse_params("drivers", NameDepthParams, {"name": "x"}).depth == default


def test_missing_parameter():
    with pytest.raises(ParameterError) as info:
        parse_params("drivers", NameDepthParams, {"depth": "2"})
    assert str(info.value) == "drivers: missing parameter 'name'"


@pytest.mark.parametrize("depth", [0, -1, MAX_DEPTH + 1, 99])
def test_depth_out_of_range(depth):
    with pytest.raises(ParameterError) as info:
        parse_params("drivers", NameDepthParams, {"name": "x", "depth": str(depth)})
    assert str(info.value) == f"drivers: depth must be between 1 and {MAX_DEPTH}"


@pytest.mark.parametrize("depth", ["two", "2.5", "", "1e3"])
def test_depth_not_a_whole_number(depth):
    with pytest.raises(ParameterError, match=r"^drivers: depth must be a whole number"):
        parse_params("drivers", NameDepthParams, {"name": "x", "depth": depth})


def test_unknown_parameter_names_the_expected_ones():
    with pytest.raises(ParameterError) as info:
        parse_params("drivers", NameDepthParams, {"name": "x", "dept": "2"})
    assert str(info.value) == "drivers: unknown parameter 'dept' (expected: name, depth)"
    with pytest.raises(ParameterError, match=r"unknown parameter 'x' \(expected: none\)"):
        parse_params("stats", NoParams, {"x": "1"})


def test_blank_text_is_rejected():
    with pytest.raises(ParameterError, match=r"^drivers: name must not be empty$"):
        parse_params("drivers", NameDepthParams, {"name": "   "})


def test_from_and_to_are_the_keys_users_type():
    p = parse_params("path", PathParams, {"from": "甲", "to": "乙"})
    assert (p.source, p.target, p.depth) == ("甲", "乙", PathParams.model_fields["depth"].default)
    with pytest.raises(ParameterError, match="unknown parameter 'source'"):
        parse_params("path", PathParams, {"source": "甲", "to": "乙"})
    with pytest.raises(ParameterError, match=f"depth must be between 1 and {MAX_PATH_DEPTH}"):
        parse_params("path", PathParams, {"from": "甲", "to": "乙",
                                          "depth": str(MAX_PATH_DEPTH + 1)})


def test_several_problems_in_one_line_missing_first():
    with pytest.raises(ParameterError) as info:
        parse_params("path", PathParams, {"to": "乙", "depth": "0"})
    msg = str(info.value)
    assert "\n" not in msg
    assert msg.index("missing parameter 'from'") < msg.index("depth must be between")


def test_param_specs_describe_required_and_defaults():
    specs = param_specs(PathParams)
    assert list(specs) == ["from", "to", "depth"]
    assert specs["from"].required and specs["to"].required
    assert not specs["depth"].required
    assert specs["depth"].default == PathParams.model_fields["depth"].default
    assert param_specs(CentralParams)["top"].description
