"""Judging the extraction: ``eval`` scores an exported graph against a hand annotation,
``explain`` shows which rule made each edge of a document and which cue sentences gave none.
Each command parses its arguments and calls one library function."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from .cli_common import (
    LexiconOpt,
    LLMCacheOpt,
    LLMEndpointOpt,
    LLMModelOpt,
    err,
    lexicon_paths,
    llm_config,
    out,
    path_value,
)

__all__ = ["eval_", "explain"]


def eval_(
    graph: Annotated[Path, typer.Argument(parser=path_value,
                                          help="Graph export: JSON (from --json or export), "
                                          "GraphML or GEXF.")],
    gold: Annotated[Path, typer.Argument(parser=path_value, help="Gold annotation JSON.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print scores as JSON.")] = False,
    show_misses: Annotated[bool, typer.Option("--show-misses")] = False,
) -> None:
    """Score an exported graph against a hand annotation."""
    from .evaluation import coverage_warning, load_graph, load_json, render_scores, score

    graph_data, gold_data = load_graph(graph), load_json(gold)
    scores = score(graph_data, gold_data)
    warning = coverage_warning(graph_data, gold_data)
    if warning:
        err.print(f"warning: {warning}", markup=False)
    if as_json:
        out.print(json.dumps(scores, ensure_ascii=False, indent=1), markup=False)
    else:
        out.print(render_scores(scores, show_misses=show_misses), markup=False)


def explain(
    file: Annotated[Path, typer.Argument(parser=path_value, help="A document to explain.")],
    lexicon: LexiconOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    edges_only: Annotated[bool, typer.Option(
        "--edges", help="Only the edges (with --misses: both tables).")] = False,
    misses_only: Annotated[bool, typer.Option("--misses", help="Only the missed sentences.")
                           ] = False,
    min_confidence: Annotated[float, typer.Option(
        "--min-confidence", min=0.0, max=1.0,
        help="Leave out edges below this confidence, as build --min-confidence does (a "
             "sentence left with none is a miss).")] = 0.0,
    llm_endpoint: LLMEndpointOpt = None,
    llm_model: LLMModelOpt = None,
    llm_cache: LLMCacheOpt = None,
) -> None:
    """Which rule made each edge, and which sentences hold a relation cue but gave no edge."""
    from dataclasses import asdict

    from .loaders.explain import explain_file

    rep = explain_file(file, lexicon_paths(lexicon),
                       llm_config(llm_endpoint, llm_model, llm_cache), min_confidence)
    both = edges_only == misses_only  # neither option, or both: both tables (or lists)
    if as_json:
        data = asdict(rep)
        if not both:  # the list not asked for is left out, as its table is
            data.pop("misses" if edges_only else "edges")
        out.print(json.dumps(data, ensure_ascii=False, indent=1), markup=False)
        return
    if edges_only or both:
        table = Table("source", "type", "target", "rule", "conf", "sentence", title="edges")
        for e in rep.edges:
            table.add_row(escape(e.source), e.type, escape(e.target), escape(e.rule),
                          f"{e.confidence:.2f}", escape(e.sentence))
        out.print(table)
    if misses_only or both:
        table = Table("offsets", "cues", "sentence", title="sentences with a cue and no edge")
        for m in rep.misses:
            below = "" if m.below is None else f" (an edge at {m.below:.2f}, below " \
                f"{rep.min_confidence:g})"
            table.add_row(f"{m.start}-{m.end}", escape(" ".join(m.cues) + below),
                          escape(m.sentence))
        out.print(table)
    lost = [t for t in rep.terms if t.found != "node"]
    if lost:
        said = {"text": "in the text, no node", "absent": "not in the text"}
        err.print(f"{len(lost)} of {len(rep.terms)} lexicon term(s) made no node: " + ", ".join(
            f"{t.name} ({said[t.found]}{'; weak: no relation used it' if t.weak else ''})"
            for t in lost), markup=False)
    left_out = f" ({rep.below} below {rep.min_confidence:g} left out)" if rep.below else ""
    err.print(f"{len(rep.edges)} edge evidence{left_out}, {rep.cue_sentences} sentences with "
              f"a cue, {len(rep.misses)} of them without an edge", markup=False)
