"""One helper words a YAML syntax error for both corrections files and lexicon files."""

from __future__ import annotations

import pytest
import yaml

from conceptkg.curation import yaml_file
from conceptkg.loaders import lexicon_schema
from conceptkg.yaml_errors import yaml_problem


def _error(text: str) -> yaml.YAMLError:
    with pytest.raises(yaml.YAMLError) as info:
        yaml.safe_load(text)
    return info.value


def test_both_readers_share_one_helper() -> None:
    assert yaml_file.yaml_problem is yaml_problem
    assert lexicon_schema.yaml_problem is yaml_problem


def test_each_style_keeps_its_wording() -> None:
    exc = _error("岚州:\n  - a\n  b: c\n")
    assert yaml_problem(exc).startswith("invalid YAML at line 3, column 3: ")
    assert yaml_problem(exc, "line_first").startswith("line 3, column 3: invalid YAML: ")


def test_without_a_position_both_styles_name_the_first_line() -> None:
    exc = yaml.YAMLError("溪宁市 broken\nmore")
    assert yaml_problem(exc) == yaml_problem(exc, "line_first") == "invalid YAML: 溪宁市 broken"
