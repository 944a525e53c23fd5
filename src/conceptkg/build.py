"""Building a graph from files into a store: the library function behind ``conceptkg build``.

Documents are processed in parallel (one process per core by default); each document's
extraction is a pure function of the file and the lexicon, and results are merged in input order,
so a parallel build gives exactly the graph of a serial one. Documents whose content hash is
already in the store, built by this extractor version with this lexicon, are skipped unless
``force``; a document built with another extractor version or lexicon is stale and rebuilt. A
file whose content changed replaces its old version: what only the old version supported is
removed in the same write (see :meth:`GraphStore.write_graph`). Results are written in chunks,
each chunk one transaction on the embedded store, so an interrupted build can simply be run
again.
"""

from __future__ import annotations

import logging
import os
from collections import defaultdict
from collections.abc import Callable, Iterable
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .build_curation import (
    AUTO,
    curate_after,
    curation_for_build,
    document_resolver_for,
    elsewhere_for,
)
from .errors import InputError
from .file_extraction import FileOutcome, extract_files, worker_pool
from .graph.knowledge_graph import KnowledgeGraph, drop_metrics, drop_weak_edges
from .graph.stores import GraphStore, WriteReport
from .loaders.reading.docmeta import parse_date
from .loaders.reading.readers import SUFFIX_FORMATS, is_drawn_page
from .loaders.versions import build_options_stamp
from .pathargs import PathArgs, path_list
from .processes import Workers, fewer_collections
from .stored import StoredDocuments, resolved_file

if TYPE_CHECKING:
    from .loaders.extraction.llm import LLMConfig

__all__ = [
    "SUFFIXES",
    "BuildResult",
    "FileOutcome",
    "Workers",
    "build",
    "expand_paths",
    "extract_files",
    "extract_to_jsonl",
    "load_jsonl",
    "worker_pool",
]

log = logging.getLogger(__name__)

SUFFIXES = tuple(SUFFIX_FORMATS)  # the files a directory is searched for

#: documents (or characters) merged in memory before one write to the store
CHUNK_DOCS = 64
CHUNK_CHARS = 4_000_000


@dataclass
class BuildResult:
    outcomes: list[FileOutcome] = field(default_factory=list)
    write: WriteReport = field(default_factory=WriteReport)
    graph: KnowledgeGraph = field(default_factory=KnowledgeGraph)
    #: what the corrections did (a :class:`~conceptkg.curation.CurationReport`), when applied
    curation: Any = None

    def _with(self, status: str) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status == status]

    @property
    def built(self) -> list[FileOutcome]:
        return self._with("built")

    @property
    def unchanged(self) -> list[FileOutcome]:
        return self._with("unchanged")

    @property
    def stale(self) -> list[FileOutcome]:
        """Documents rebuilt because the extractor version or the lexicon changed."""
        return [o for o in self.built if o.reason == "stale"]

    @property
    def redated(self) -> list[FileOutcome]:
        """Documents rebuilt to take the date a build gave (``--date``)."""
        return [o for o in self.built if o.reason == "redated"]

    @property
    def changed(self) -> list[FileOutcome]:
        """Files whose new content replaced an older version."""
        return [o for o in self.built if o.reason == "changed"]

    @property
    def failed(self) -> list[FileOutcome]:
        """Files that could not be read (missing, binary, undecodable…): skipped."""
        return self._with("failed")

    @property
    def empty(self) -> list[FileOutcome]:
        """Empty or whitespace-only files: a warning, no nodes, not a failure."""
        return self._with("empty")

    @property
    def ok(self) -> bool:
        return not self.failed


def expand_paths(paths: PathArgs) -> list[Path]:
    """Files named, and the document files inside directories named (recursively, sorted;
    hidden files and folders, Office lock files and conceptkg's own HTML pages below a
    directory named are left out);
    a file named more than once (``x.txt ./x.txt dir/``) is listed once, where first named.
    Directories named that hold no document file, and nothing else named: :class:`InputError`
    (a build would make an empty database)."""
    found = _expand(path_list(paths))
    seen: set[Path] = set()
    out = []
    for p in found:
        try:
            key = p.resolve()
        except OSError:  # pragma: no cover - resolve() only fails on odd file systems
            key = p.absolute()
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def _no_document(name: str) -> bool:
    """A name a directory search passes over: hidden (``.git``, ``.ipynb_checkpoints``, a
    Mac's ``._报告.docx``) or an Office lock file (``~$报告.docx``)."""
    return name.startswith((".", "~$"))


def _document_files(root: Path) -> list[Path]:
    """The document files under the directory ``root`` (by suffix, recursively, sorted),
    leaving out hidden files and folders and Office lock files below it, and the pages
    conceptkg drew (an earlier build's ``--html`` written there)."""
    found: list[Path] = []

    def fail(exc: OSError) -> None:
        if isinstance(exc, PermissionError):
            raise InputError(f"{exc.filename or root}: permission denied") from None

    for top, dirs, files in os.walk(root, onerror=fail):
        dirs[:] = [d for d in dirs if not _no_document(d)]
        for name in files:
            x = Path(top) / name
            if not _no_document(name) and x.suffix.lower() in SUFFIXES and x.is_file() \
                    and not (SUFFIX_FORMATS[x.suffix.lower()] == "html" and is_drawn_page(x)):
                found.append(x)
    return sorted(found)


def _expand(paths: Iterable[str | Path]) -> list[Path]:
    out: list[Path] = []
    dirs: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = _document_files(p)
            if not os.access(p, os.R_OK | os.X_OK):
                raise InputError(f"{p}: directory is not readable")
            out.extend(found)
            dirs.append(p)
        elif not p.exists():
            raise InputError(f"{p}: no such file or directory")
        else:
            out.append(p)
    if dirs and not out:
        raise InputError(f"no supported files found in {', '.join(map(str, dirs))} (looked for "
                         f"{', '.join(sorted(set(SUFFIXES)))})")
    return out


def build(paths: PathArgs, store: GraphStore | None, *, jobs: int | None = None,
          force: bool = False, lexicon: PathArgs = (), keep_graph: bool = False,
          date: str = "", metrics: bool = True,
          on_file: Callable[[FileOutcome], None] | None = None,
          min_confidence: float = 0.0, curation: Any = AUTO,
          workers: Workers | None = None, llm: LLMConfig | None = None) -> BuildResult:
    """Build the graph of ``paths`` into ``store`` (or only in memory when ``store`` is None).

    Bad files are reported in the result and skipped; the good ones are built and stored, each
    replacing the older version of the same file. ``date`` (ISO) is given to every document.
    With ``keep_graph`` the merged graph of the built files is returned in ``result.graph``.
    Edges with a confidence below ``min_confidence`` are left out.
    ``metrics=False`` leaves out statistics (Metric nodes and MEASURES edges).
    ``curation`` is applied to the store afterwards, as ``conceptkg build`` does: by default
    (``"auto"``) the store's own corrections file (the one the CLI reads) and entity
    resolution across documents; a :class:`~conceptkg.curation.Curation` or a corrections
    file's :class:`~pathlib.Path` instead; ``None``: nothing (see :mod:`.build_curation`).
    ``workers`` (see :func:`worker_pool`) do the extraction instead of workers of its own;
    they are stopped when the extraction ends, or when the build fails before it starts.
    ``llm`` (an :class:`~conceptkg.loaders.extraction.llm.LLMConfig`) adds the optional LLM
    extractor; documents built without it, or with another model, are then stale. A failure of
    its endpoint raises :class:`~conceptkg.errors.LLMError` (what was written before stays).
    """
    try:
        files = expand_paths(paths)
        lexicon = tuple(map(str, path_list(lexicon)))
        if date:
            date = parse_date(date)
        options = build_options_stamp(min_confidence, metrics)
        stored = StoredDocuments.read(store, lexicon, force, llm, options, date)
        curation = curation_for_build(store, curation)
        elsewhere = elsewhere_for(store, curation)  # (before a forced rebuild undoes them)
    except BaseException:
        if workers is not None:
            workers.stop()
        raise
    skip = set(stored.fresh)
    result = BuildResult()
    pending = KnowledgeGraph()
    remove: set[str] = set()
    pending_docs = pending_chars = 0
    parts: dict[str, set[str]] = defaultdict(set)  # large file → ids of its parts now
    failed: set[str] = set()
    # old versions of files whose new content is stored already, and the contents built now
    # (an old version that another file holds now stays: two files swapped their texts)
    older: set[str] = set()
    current: set[str] = set()
    moves: dict[str, tuple[str, str]] = {}  # unchanged files found at a new path

    def flush() -> None:
        nonlocal pending, pending_docs, pending_chars, remove
        if store is not None and (pending_docs or remove):
            _add(result.write, store.write_graph(pending, remove=remove))
        pending, pending_docs, pending_chars, remove = KnowledgeGraph(), 0, 0, set()

    batch = store.batch_writes() if store is not None else nullcontext()
    resolve = document_resolver_for(store, curation)
    with fewer_collections(), batch:
        for outcome in extract_files(files, jobs=jobs, skip=skip, lexicon=lexicon, date=date,
                                     workers=workers, llm=llm):
            if outcome.graph is not None:
                if min_confidence > 0:
                    drop_weak_edges(outcome.graph, min_confidence)
                if not metrics:
                    drop_metrics(outcome.graph)
                if options:  # built with other options than the defaults: say so
                    for doc in outcome.graph.documents.values():
                        doc.extractor += options
                if keep_graph:
                    result.graph.update(outcome.graph)
                if outcome.document in skip:  # duplicate content inside the batch
                    outcome.status = "unchanged"
                else:
                    remove |= stored.replaced(outcome, force)
                    if resolve is not None:
                        resolve(outcome.graph)
                    pending.update(outcome.graph, copy=False)  # (dropped just below)
                    pending_docs += 1
                    pending_chars += sum(len(d.text) for d in outcome.graph.documents.values())
                    skip.add(outcome.document)
                outcome.graph = None
            if outcome.document:
                current.add(outcome.document)
            if outcome.status == "unchanged" and store is not None:
                stored.record_move(outcome, moves)
            if outcome.status in ("unchanged", "empty") and "#part" not in outcome.path:
                # the file changed to a content stored already, or to no text at all
                old = stored.older_versions(resolved_file(outcome.path), outcome.document)
                if old:
                    outcome.reason = "changed"
                older |= old
            if outcome.status in ("failed", "empty"):
                log.debug("%s", outcome.message)  # the caller reports it (once)
                failed.add(resolved_file(outcome.path))
            elif "#part" in outcome.path and outcome.document:
                parts[resolved_file(outcome.path)].add(outcome.document)
            result.outcomes.append(outcome)
            if on_file is not None:
                on_file(outcome)
            if pending_docs >= CHUNK_DOCS or pending_chars >= CHUNK_CHARS:
                flush()
        remove |= stored.leftover_parts(parts, failed)
        remove |= older - current
        flush()
        if store is not None and moves:
            store.move_documents(moves)
        curate_after(store, curation, result, elsewhere)  # (in the batch: one checkpoint in all)
    return result


def extract_to_jsonl(paths: PathArgs, stream: IO[str], *, jobs: int | None = None,
                     lexicon: PathArgs = (),
                     on_file: Callable[[FileOutcome], None] | None = None,
                     llm: LLMConfig | None = None) -> BuildResult:
    """The extraction step alone: one JSON line per document (see :mod:`graph.io_jsonl`)."""
    from .graph.io_jsonl import dump_line

    result = BuildResult()
    lex = tuple(map(str, path_list(lexicon)))
    for outcome in extract_files(expand_paths(paths), jobs=jobs, lexicon=lex, llm=llm):
        if outcome.graph is not None:
            stream.write(dump_line(outcome.graph) + "\n")
            outcome.graph = None
        result.outcomes.append(outcome)
        if on_file is not None:
            on_file(outcome)
    return result


def load_jsonl(paths: PathArgs, store: GraphStore, *,
               force: bool = False, curation: Any = AUTO) -> BuildResult:
    """The loading step alone: ingest per-document graphs from JSON Lines files in batches.

    A document already stored as extracted the same way is unchanged; one stored from another
    extraction, or an older version of the same file, is replaced. ``curation``: as for
    :func:`build` (by default the store's own corrections file and entity resolution)."""
    curation = curation_for_build(store, curation)
    have = {d.id: (d.extractor, d.lexicon) for d in store.documents()}
    stored = StoredDocuments.read(store, (), True)
    elsewhere = elsewhere_for(store, curation)
    result = BuildResult()
    with store.batch_writes():
        _load_chunks(path_list(paths), store, force, have, stored, result,
                     document_resolver_for(store, curation))
    curate_after(store, curation, result, elsewhere)
    return result


def _load_chunks(paths: Iterable[str | Path], store: GraphStore, force: bool,
                 have: dict[str, tuple[str, str]], stored: StoredDocuments,
                 result: BuildResult, resolve: Any = None) -> None:
    from .graph.io_jsonl import iter_jsonl

    pending, count = KnowledgeGraph(), 0
    remove: set[str] = set()
    older: set[str] = set()  # (as in build: old versions of files now of a stored content)
    current: set[str] = set()
    for path in paths:
        for kg in iter_jsonl(path):
            docs = list(kg.documents.values())
            first = min(kg.documents) if docs else ""
            current |= set(kg.documents)
            if docs and all(have.get(d.id) == (d.extractor, d.lexicon) for d in docs) \
                    and not force:
                for d in docs:
                    if "#part" not in (d.resolved or d.path):
                        older |= stored.older_versions(d.resolved or d.path, d.id)
                result.outcomes.append(FileOutcome(str(path), "unchanged", document=first))
                continue
            outcome = FileOutcome(str(path), "built", document=first)
            for d in docs:
                outcome.graph, outcome.document = kg, d.id
                remove |= stored.replaced(outcome, force)
                have[d.id] = (d.extractor, d.lexicon)
            outcome.graph, outcome.document = None, first
            if resolve is not None:  # (as build does, before the store caps evidence)
                resolve(kg)
            pending.update(kg, copy=False)
            count += 1
            result.outcomes.append(outcome)
            if count >= CHUNK_DOCS:
                _add(result.write, store.write_graph(pending, remove=remove))
                pending, count, remove = KnowledgeGraph(), 0, set()
    remove |= older - current
    if count or remove:
        _add(result.write, store.write_graph(pending, remove=remove))


def _add(total: WriteReport, rep: WriteReport) -> None:
    total.nodes += rep.nodes
    total.edges += rep.edges
    total.documents += rep.documents
    total.batches += rep.batches
    total.removed_nodes += rep.removed_nodes
    total.removed_edges += rep.removed_edges
    total.removed_documents += rep.removed_documents
