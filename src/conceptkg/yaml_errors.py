"""One line for a YAML syntax error that says where it is, shared by the corrections file
and lexicon file readers (the first line of PyYAML's own message names only what the parser
was doing). The two readers word it differently, each as its tests and users know it."""

from __future__ import annotations

from typing import Literal

import yaml

__all__ = ["yaml_problem"]

Style = Literal["line_first", "yaml_first"]


def yaml_problem(exc: yaml.YAMLError, style: Style = "yaml_first") -> str:
    """The YAML error ``exc`` in one line.

    ``style="yaml_first"`` (lexicon files): ``invalid YAML at line 5, column 5: expected
    <block end>, but found '<block sequence start>' (while parsing a block mapping)``.
    ``style="line_first"`` (corrections files, whose other complaints start with the line):
    ``line 5, column 5: invalid YAML: expected …``. Without a position, either style says
    ``invalid YAML: `` and the first line of PyYAML's message."""
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None)
    if mark is None or not problem:
        first = str(exc).splitlines()[0] if str(exc) else "syntax error"
        return f"invalid YAML: {first}"
    context = getattr(exc, "context", None)
    where = f"line {mark.line + 1}, column {mark.column + 1}"
    tail = f" ({context})" if context else ""
    if style == "line_first":
        return f"{where}: invalid YAML: {problem}{tail}"
    return f"invalid YAML at {where}: {problem}{tail}"
