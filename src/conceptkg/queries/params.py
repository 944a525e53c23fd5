"""Parameters of the named queries: pydantic models that turn ``key=value`` strings into checked
values, and one-line :class:`ParameterError` messages when they do not fit.

Every model forbids unknown keys, strips whitespace from text and bounds numbers, so a value that
reaches Cypher (always as a parameter) or a variable-length bound (formatted in only as a checked
``int``) is known to be sane.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from ..errors import ParameterError

__all__ = [
    "MAX_DEPTH",
    "MAX_PATH_DEPTH",
    "ParamSpec",
    "QueryParams",
    "NoParams",
    "NameConfidenceParams",
    "NameParams",
    "NameDepthParams",
    "OrgParams",
    "InitiativeParams",
    "PairParams",
    "PathParams",
    "CentralParams",
    "TypedNameDepthParams",
    "SearchParams",
    "TimeParams",
    "EvidenceParams",
    "NameTimeParams",
    "OrgTimeParams",
    "InitiativeTimeParams",
    "TimelineParams",
    "DocumentsParams",
    "param_specs",
    "parse_params",
]

MAX_DEPTH = 5
MAX_PATH_DEPTH = 8

_NAME = "a node's name or one of its aliases"


class QueryParams(BaseModel):
    """Base of the parameter models: unknown keys are errors, text is stripped."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, populate_by_name=False,
                              defer_build=True)  # built on first use: fast CLI start-up


class NoParams(QueryParams):
    pass


class NameParams(QueryParams):
    name: str = Field(min_length=1, max_length=200, description=_NAME)


class NameConfidenceParams(NameParams):
    min_confidence: float = Field(default=0.0, ge=0.0, le=1.0,
                                  description="leave out edges below this confidence")


class NameDepthParams(NameParams):
    depth: int = Field(default=2, ge=1, le=MAX_DEPTH, description="hops to follow")


class OrgParams(QueryParams):
    org: str = Field(min_length=1, max_length=200, description="an organization's name or alias")
    min_confidence: float = Field(default=0.0, ge=0.0, le=1.0,
                                  description="leave out edges below this confidence")


class InitiativeParams(QueryParams):
    initiative: str = Field(min_length=1, max_length=200,
                            description="an initiative's name or alias")
    min_confidence: float = Field(default=0.0, ge=0.0, le=1.0,
                                  description="leave out edges below this confidence")


class PairParams(QueryParams):
    source: str = Field(alias="from", min_length=1, max_length=200, description=_NAME)
    target: str = Field(alias="to", min_length=1, max_length=200, description=_NAME)


class PathParams(PairParams):
    depth: int = Field(default=6, ge=1, le=MAX_PATH_DEPTH, description="longest path to try")


_TYPES = ("node and edge types, comma-separated (core: Concept,Factor,Organization,Initiative,"
          "DRIVES,INCLUDES,IMPLEMENTS; all: every type)")


class TypedNameDepthParams(NameDepthParams):
    types: str = Field(default="core", min_length=1, max_length=400, description=_TYPES)


class CentralParams(QueryParams):
    top: int = Field(default=10, ge=1, le=1000, description="how many nodes")
    types: str = Field(default="core", min_length=1, max_length=400, description=_TYPES)


class SearchParams(QueryParams):
    text: str = Field(min_length=1, max_length=200, description="text to look for (any case)")
    limit: int = Field(default=50, ge=1, le=1000, description="most rows to return")


_PERIOD = re.compile(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")


def _period(value: str, end: bool) -> str:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` as the first (or last) day it covers."""
    m = _PERIOD.fullmatch(value.strip())
    if not m:
        raise ValueError(f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    y, mo, d = int(m.group(1)), int(m.group(2) or (12 if end else 1)), m.group(3)
    try:
        if d is not None:
            day = dt.date(y, mo, int(d))
        elif end:
            nxt = dt.date(y + (mo == 12), mo % 12 + 1, 1)
            day = nxt - dt.timedelta(days=1)
        else:
            day = dt.date(y, mo, 1)
    except ValueError:
        raise ValueError(f"{value!r} is not a valid date") from None
    return day.isoformat()


class TimeParams(QueryParams):
    """Which documents count: dated within ``since``..``until`` (inclusive), or ``doc``."""

    since: str | None = Field(default=None, max_length=10,
                              description="only documents dated on or after (YYYY[-MM[-DD]])")
    until: str | None = Field(default=None, max_length=10,
                              description="only documents dated on or before (YYYY[-MM[-DD]])")
    doc: str | None = Field(default=None, min_length=1, max_length=500,
                            description="only this document (path, file name, title or id)")

    @field_validator("since")
    @classmethod
    def _since(cls, v: str | None) -> str | None:
        return None if v is None else _period(v, end=False)

    @field_validator("until")
    @classmethod
    def _until(cls, v: str | None) -> str | None:
        return None if v is None else _period(v, end=True)

    @model_validator(mode="after")
    def _in_order(self) -> TimeParams:
        if self.since and self.until and self.since > self.until:
            raise ValueError(f"since ({self.since}) is after until ({self.until}): no document "
                             "can match")
        return self

    @property
    def filtered(self) -> bool:
        return bool(self.since or self.until or self.doc)


class EvidenceParams(TimeParams, PairParams):
    pass


class NameTimeParams(TimeParams, NameConfidenceParams):
    pass


class OrgTimeParams(TimeParams, OrgParams):
    pass


class InitiativeTimeParams(TimeParams, InitiativeParams):
    pass


class TimelineParams(TimeParams, NameParams):
    by: Literal["month", "year"] = Field(default="month", description="month or year")


class _DocumentSubject(QueryParams):
    name: str | None = Field(default=None, min_length=1, max_length=200,
                             description="documents that mention this node")
    source: str | None = Field(default=None, alias="from", min_length=1, max_length=200,
                               description="with to=: documents that support these edges")
    target: str | None = Field(default=None, alias="to", min_length=1, max_length=200,
                               description="the other end of the edges (with from=)")


class DocumentsParams(TimeParams, _DocumentSubject):
    """The subject (a node, the edges between two nodes, or none) before the time filters."""

    @model_validator(mode="after")
    def _one_subject(self) -> DocumentsParams:
        if (self.source is None) != (self.target is None):
            raise ValueError("give both from= and to=, or neither")
        if self.name is not None and self.source is not None:
            raise ValueError("give name= or from=/to=, not both")
        return self


@dataclass(frozen=True)
class ParamSpec:
    """What ``conceptkg ask --list`` shows of one parameter."""

    description: str
    required: bool
    default: Any = None


def _key(name: str, field: Any) -> str:
    return field.alias or name


def param_specs(model: type[QueryParams]) -> dict[str, ParamSpec]:
    """The parameters of ``model`` by the key users type (``from``, not ``source``)."""
    return {
        _key(name, f): ParamSpec(f.description or "", f.is_required(),
                                 None if f.is_required() else f.default)
        for name, f in model.model_fields.items()
    }


def _bounds(model: type[QueryParams], key: str) -> tuple[Any, Any]:
    for name, f in model.model_fields.items():
        if _key(name, f) == key:
            lo = next((m.ge for m in f.metadata if getattr(m, "ge", None) is not None), None)
            hi = next((m.le for m in f.metadata if getattr(m, "le", None) is not None), None)
            return lo, hi
    return None, None


def _message(model: type[QueryParams], err: dict[str, Any]) -> str:
    key = str(err["loc"][0]) if err.get("loc") else "?"
    kind = err.get("type", "")
    value = err.get("input")
    if kind == "missing":
        return f"missing parameter {key!r}"
    if kind == "extra_forbidden":
        expected = ", ".join(param_specs(model)) or "none"
        return f"unknown parameter {key!r} (expected: {expected})"
    if kind in {"greater_than_equal", "less_than_equal"}:
        lo, hi = _bounds(model, key)
        return f"{key} must be between {lo} and {hi}"
    if kind.startswith("int_"):
        return f"{key} must be a whole number, got {value!r}"
    if kind == "string_too_short":
        return f"{key} must not be empty"
    if kind == "string_too_long":
        return f"{key} is too long ({len(str(value))} characters)"
    if kind == "literal_error":
        return f"{key} must be one of: {err.get('ctx', {}).get('expected', '')}"
    if kind == "value_error":
        msg = str(err.get("msg", "invalid value")).removeprefix("Value error, ")
        return f"{key}: {msg}" if err.get("loc") else msg
    return f"{key}: {err.get('msg', 'invalid value')}"


def parse_params(query: str, model: type[QueryParams], raw: dict[str, Any]) -> QueryParams:
    """``raw`` (strings from the command line) checked and converted by ``model``."""
    try:
        return model.model_validate(dict(raw))
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        # a missing key is the most useful message; show it before range errors
        errors.sort(key=lambda e: e.get("type") != "missing")
        raise ParameterError(f"{query}: " + "; ".join(_message(model, e) for e in errors)) \
            from None
