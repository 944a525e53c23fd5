"""The corrections a build into a store applies, as ``conceptkg build`` applies them.

``curation="auto"`` (the library's default) reads the store's own corrections file, the one
the command line reads for the same store (``DIR.curation.yaml`` beside an embedded database
``DIR``; ``conceptkg.curation.yaml`` in the working directory for a Neo4j server's default
database, ``conceptkg.NAME.curation.yaml`` for its database ``NAME``; an empty list of
corrections when there is no file yet; none for a store of another kind, which has no file of
its own), so a Python build and a CLI build of the same files into the same store give the same
graph: corrected, and with entities resolved across documents (unless the file says
``resolve: false``). A :class:`~conceptkg.curation.Curation` or the path of a corrections file
(a :class:`~pathlib.Path`, or a string other than ``"auto"``) is applied instead; ``None``
applies nothing (no corrections, no resolution). A build without a store applies nothing
either.

The curation package is imported only when a build into a store needs it (start-up time)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ParameterError

if TYPE_CHECKING:
    from .graph.stores import GraphStore

__all__ = ["AUTO", "curate_after", "curation_for_build", "document_resolver_for",
           "elsewhere_for"]

#: the default of ``curation=``: the store's own corrections file
AUTO = "auto"


def curation_for_build(store: GraphStore | None, curation: Any) -> Any:
    """The :class:`~conceptkg.curation.Curation` a build applies (see the module), or None."""
    if store is None or curation is None:
        return None
    from .curation import Curation
    from .curation.commands import curation_for

    if isinstance(curation, Curation):
        return curation
    if isinstance(curation, str) and curation == AUTO:
        where = _store_location(store)
        # (a store of one's own has no file of its own: entity resolution alone, not the
        # working directory's file of the default database)
        return curation_for(*where) if any(where) else Curation()
    if isinstance(curation, (str, os.PathLike)) and str(curation).strip():
        return curation_for(None, None, Path(curation))
    raise ParameterError(f"curation={curation!r}: give 'auto' (the store's own corrections "
                         "file), a Curation, the path of a corrections file, or None")


def _store_location(store: GraphStore) -> tuple[str | None, str | None, str | None]:
    """(db, neo4j, database) as the command line names ``store``."""
    path = getattr(store, "path", None)
    if path is not None:
        return str(path), None, None
    uri = getattr(store, "uri", None)
    if uri is not None:
        return None, str(uri), getattr(store, "database", None)
    return None, None, None


def document_resolver_for(store: GraphStore | None, curation: Any) -> Any:
    """What the build does to each document's graph before it is stored (or None)."""
    if store is None:
        return None
    from .curation.apply import document_resolver

    return document_resolver(curation)


def elsewhere_for(store: GraphStore | None, curation: Any) -> list[str]:
    """The corrections the store records that ``curation`` lacks (read before a forced
    rebuild undoes them)."""
    if store is None or curation is None:
        return []
    from .curation.store import corrections_elsewhere

    return corrections_elsewhere(store, curation)


def curate_after(store: GraphStore | None, curation: Any, result: Any,
                 elsewhere: list[str]) -> None:
    """Apply ``curation`` to the store; its report goes to ``result.curation``."""
    if store is not None and curation is not None:
        from .curation import apply_to_store

        result.curation = apply_to_store(store, curation)
        result.curation.path, result.curation.elsewhere = curation.path, elsewhere
