"""Extracting files, in worker processes or in this one: each file's graph as a
:class:`FileOutcome`, in input order (see :func:`extract_files`). Workers are forked after this
process has loaded the extractor (:func:`worker_pool`), so they share its dictionary and lexicon.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ConceptKGError, EmptyDocumentError, LLMError
from .graph.knowledge_graph import KnowledgeGraph
from .loaders.lexicon import check_lexicon
from .loaders.pipeline import process_text, warm_up
from .loaders.reading.document import is_large, iter_document_parts, load_document
from .processes import Workers

if TYPE_CHECKING:
    from .loaders.extraction.llm import LLMConfig

__all__ = ["FileOutcome", "extract_files", "worker_pool"]

log = logging.getLogger(__name__)

@dataclass
class FileOutcome:
    path: str
    status: str  # "built" | "unchanged" | "empty" | "failed"
    message: str = ""
    document: str = ""
    graph: KnowledgeGraph | None = None
    #: why a built document was built: "new", "changed" (replaces an older version of the
    #: file), "stale" (built before with another extractor or lexicon) or "forced"; why an
    #: unchanged one is: "changed" (to a content stored already) or "moved" (to a new path)
    reason: str = ""


def _work(args: tuple[str, frozenset[str], tuple[str, ...], str, LLMConfig | None]
          ) -> FileOutcome:
    path, skip, lexicon, date, llm = args
    try:
        doc = load_document(path, date)
        if doc.id in skip:
            return FileOutcome(path, "unchanged", document=doc.id)
        kg = process_text(doc, lexicon, llm)
        return FileOutcome(path, "built", document=doc.id, graph=kg)
    except EmptyDocumentError as exc:
        return FileOutcome(path, "empty", str(exc))
    except LLMError:  # the endpoint failed: every other file would fail the same way
        raise
    except ConceptKGError as exc:
        return FileOutcome(path, "failed", str(exc))
    except Exception as exc:  # a bug must not lose the rest of the batch
        log.exception("unexpected error on %s", path)
        return FileOutcome(path, "failed", f"{path}: internal error: {type(exc).__name__}: {exc}")


def _large_file_parts(path: Path, skip: frozenset[str], lexicon: tuple[str, ...], date: str,
                      llm: LLMConfig | None = None) -> Iterator[FileOutcome]:
    """Outcomes for the parts of a large file, built one after the other (bounded memory)."""
    try:
        any_text = False
        for doc in iter_document_parts(path, date=date):
            any_text = True
            if doc.id in skip:
                yield FileOutcome(doc.path, "unchanged", document=doc.id)
            else:
                yield FileOutcome(doc.path, "built", document=doc.id,
                                  graph=process_text(doc, lexicon, llm))
        if not any_text:
            yield FileOutcome(str(path), "empty", f"{path}: empty document (no text)")
    except LLMError:
        raise
    except ConceptKGError as exc:
        yield FileOutcome(str(path), "failed", str(exc))


def _jobs(jobs: int | None, small_files: int) -> int:
    """Worker processes for ``small_files`` files (large ones are read in this process)."""
    return max(1, min(jobs or os.cpu_count() or 1, small_files or 1))


@contextmanager
def worker_pool(jobs: int | None, files: list[Path], lexicon: Iterable[str] = ()
                ) -> Iterator[Workers | None]:
    """Worker processes for one :func:`build` of ``files``, started now: processes forked
    before the caller opens its store do not carry the store's memory, and forked after this
    process has loaded the extractor with ``lexicon`` (checked first) they share it. As many as
    :func:`extract_files` would start (``jobs``, default the number of cores, at most one per
    file that is not large); None (work in this process) for one."""
    n = _jobs(jobs, sum(1 for p in files if not is_large(p)))
    workers = _start_workers(n, tuple(lexicon)) if n > 1 else None
    try:
        yield workers
    finally:
        if workers is not None:
            workers.stop()


def _start_workers(jobs: int, lexicon: tuple[str, ...]) -> Workers:
    """Worker processes forked after this process has loaded the extractor (see
    :func:`~conceptkg.loaders.pipeline.warm_up`): they share its dictionary and lexicon instead of
    each loading them again, which saves a second of CPU per worker."""
    check_lexicon(lexicon)  # a bad lexicon: one line before anything is loaded or forked
    warm_up(lexicon)
    return Workers(jobs)


def extract_files(paths: list[Path], *, jobs: int | None = None,
                  skip: Iterable[str] = (), lexicon: tuple[str, ...] = (), date: str = "",
                  workers: Workers | None = None, llm: LLMConfig | None = None
                  ) -> Iterator[FileOutcome]:
    """Process files (in parallel when ``jobs`` > 1, or by ``workers``, which are stopped at
    the end), yielding outcomes in input order. ``llm`` adds the optional LLM extractor (each
    worker asks the endpoint itself); its failure (:class:`LLMError`) stops the extraction.

    Large plain-text files are processed part by part in this process, so that memory stays
    bounded; each part yields an outcome of its own.
    """
    skip_set = frozenset(skip)
    lexicon = tuple(lexicon)
    check_lexicon(lexicon)  # one clear error before any document, not one per document
    groups: list[tuple[bool, list[Path]]] = []
    for p in paths:
        large = is_large(p)
        if large or not groups or groups[-1][0]:
            groups.append((large, [p]))
        else:
            groups[-1][1].append(p)
    jobs = _jobs(jobs, sum(len(g) for large, g in groups if not large))
    if workers is None and jobs > 1:
        workers = _start_workers(jobs, lexicon)
    pool = workers.pool if workers is not None else None
    try:
        for large, group in groups:
            if large:
                yield from _large_file_parts(group[0], skip_set, lexicon, date, llm)
            else:
                tasks = [(str(p), skip_set, lexicon, date, llm) for p in group]
                mapped = pool.map(_work, tasks, chunksize=1) if pool else map(_work, tasks)
                yield from mapped
    finally:
        if workers is not None:
            workers.stop()
