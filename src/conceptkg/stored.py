"""What a store already holds, as a build sees it: which documents are up to date, and which
stored documents a newly built one replaces (the older version of the same file, the parts of a
large file, a stale build of the same content)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .graph.stores import GraphStore
from .loaders.versions import extractor_stamp, lexicon_digest

if TYPE_CHECKING:
    from .file_extraction import FileOutcome
    from .loaders.extraction.llm import LLMConfig

__all__ = ["StoredDocuments", "resolved_file"]


@dataclass
class StoredDocuments:
    """What the store holds: documents up to date with this build, and ids by file."""

    fresh: set[str]
    ids: set[str]
    #: resolved path (``FILE#partN`` for the parts of a large file) → document ids
    by_path: dict[str, set[str]]
    #: resolved file → the ids of the whole file or of all its parts
    by_file: dict[str, set[str]]
    #: documents stored with another date than the one this build gives (``--date``)
    redated: set[str] = field(default_factory=set)
    #: whole-file document id → its resolved path
    paths: dict[str, str] = field(default_factory=dict)

    @classmethod
    def read(cls, store: GraphStore | None, lexicon: tuple[str, ...],
             force: bool, llm: LLMConfig | None = None, options: str = "",
             date: str = "") -> StoredDocuments:
        """``options``: :func:`build_options_stamp` of this build; ``date``: the ISO date it
        gives every document (a document stored with another one is built again)."""
        docs = [] if store is None else store.documents()
        current = (extractor_stamp(llm) + options, lexicon_digest(lexicon))
        by_path: dict[str, set[str]] = defaultdict(set)
        by_file: dict[str, set[str]] = defaultdict(set)
        for d in docs:  # documents stored before paths were resolved: resolve them here
            key = d.resolved or str(Path(d.path).absolute())
            by_path[key].add(d.id)
            by_file[_base(key)].add(d.id)
        redated = {d.id for d in docs if date and d.date != date}
        fresh = set() if force else {d.id for d in docs if (d.extractor, d.lexicon) == current
                                     and d.id not in redated}
        paths = {i: key for key, ids in by_path.items() if key == _base(key) for i in ids}
        return cls(fresh, {d.id for d in docs}, by_path, by_file, redated, paths)

    def replaced(self, outcome: FileOutcome, force: bool) -> set[str]:
        """The stored documents a newly built one replaces, and sets ``outcome.reason``."""
        assert outcome.graph is not None
        doc = outcome.graph.documents[outcome.document]
        key = doc.resolved or doc.path
        old = set(self.by_path.get(key, ()))
        if key == _base(key):  # a whole file replaces the parts of its large version
            old |= self.by_file.get(key, set())
        else:  # a part replaces the whole-file version; see leftover_parts for the rest
            old |= self.by_path.get(_base(key), set())
        if doc.id in self.ids:
            old.add(doc.id)
            outcome.reason = "forced" if force else \
                "redated" if doc.id in self.redated else "stale"
        else:
            outcome.reason = "changed" if old else "new"
        return old

    def older_versions(self, resolved: str, document: str) -> set[str]:
        """The stored documents of the file ``resolved`` (its resolved path) other than
        ``document``, its content now: when that content is stored already (under another
        file, or as a stale build), the file's old version is not replaced by a new build and
        goes with these."""
        return self.by_file.get(_base(resolved), set()) - {document}

    def moved(self, outcome: FileOutcome) -> str | None:
        """The resolved path the unchanged file of ``outcome`` was stored under when that file
        no longer exists (the file moved, its content the same); the record then follows it
        here. None otherwise (a copy: the old file is still there, or no move at all)."""
        if "#part" in outcome.path or not outcome.document:
            return None
        old = self.paths.get(outcome.document)
        new = resolved_file(outcome.path)
        if old is None or old == new or Path(old).exists():
            return None
        for index in (self.by_path, self.by_file):
            index[old].discard(outcome.document)
            index.setdefault(new, set()).add(outcome.document)
        self.paths[outcome.document] = new
        return old

    def record_move(self, outcome: FileOutcome, moves: dict[str, tuple[str, str]]) -> None:
        """An unchanged file stored under a path that no longer exists moved here (see
        :meth:`moved`): its document id goes in ``moves`` with the new path (as given, and
        resolved), and ``outcome`` says so (reason ``moved``)."""
        from .display import path_text

        old = self.moved(outcome)
        if old is None:
            return
        moves[outcome.document] = (path_text(outcome.path), resolved_file(outcome.path))
        outcome.reason = "moved"
        outcome.message = (f"{path_text(outcome.path)}: moved from {old} (same content: not "
                           "built again)")

    def leftover_parts(self, parts: dict[str, set[str]], failed: set[str]) -> set[str]:
        """Stored documents of large files that the parts built now (``parts``: file → ids)
        no longer include, e.g. when a file shrank to fewer parts."""
        return {i for f, kept in parts.items() if f not in failed
                for i in self.by_file.get(f, ()) if i not in kept}


def _base(resolved: str) -> str:
    """The file of a document path (``FILE#partN`` → ``FILE``)."""
    return resolved.split("#part", 1)[0]


def resolved_file(path: str) -> str:
    from .display import path_text  # the same escaping as the stored document paths

    return path_text(Path(_base(path)).resolve())
