"""Opening a store from command-line options and copying a graph between stores.

``conceptkg push --db DIR --neo4j URI`` copies the embedded database into Neo4j and ``pull`` the
other way; both merge into what the destination already holds (nothing is duplicated), and an
older version of a file in the destination is replaced by the source's.

Corrections: the copied graph is already as the source's corrections left it; afterwards the
corrections of the DESTINATION are applied there, by the command line and by the functions here
alike (``curation="auto"``, the default, as for :func:`conceptkg.build.build`,
:func:`conceptkg.build.load_jsonl` and :func:`conceptkg.importing.import_graph`; see
:mod:`conceptkg.build_curation`): for ``push`` the Neo4j database's own file
(``conceptkg.curation.yaml`` in the working directory, ``conceptkg.NAME.curation.yaml`` for its
database ``NAME``), for ``pull`` the embedded database's (``DIR.curation.yaml``). A
:class:`~conceptkg.curation.Curation` or the path of a corrections file (``--curation FILE``)
is applied instead; ``None`` applies nothing (no corrections, no entity resolution).
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .build_curation import AUTO, curation_for_build
from .errors import ParameterError
from .graph.stores import GraphStore, WriteReport

if TYPE_CHECKING:
    from .graph.knowledge_graph import KnowledgeGraph

__all__ = ["DEFAULT_DB", "copy_graph", "default_db", "merge_graph", "filling_store", "open_store",
           "push", "pull", "resolve_target"]

log = logging.getLogger(__name__)

DEFAULT_DB = "conceptkg.db"


def default_db() -> str:
    """``$CONCEPTKG_DB`` when set (``~/`` is the home folder), else ``conceptkg.db``."""
    return _home(os.environ.get("CONCEPTKG_DB", "").strip() or None) or DEFAULT_DB


def _home(db: str | None) -> str | None:
    """``~/kg.db`` as the home folder's ``kg.db``: a shell leaves ``--db=~/kg.db`` and a quoted
    ``CONCEPTKG_DB='~/kg.db'`` as they are, which would make a folder named ``~``."""
    if db is not None and (db == "~" or db.startswith(("~/", "~" + os.sep))):
        return os.path.expanduser(db)
    return db


def resolve_target(db: str | None, neo4j: str | None) -> tuple[str | None, str | None]:
    """The store to open: ``--db`` / ``--neo4j`` when given, else ``$CONCEPTKG_DB`` or
    ``$NEO4J_URI`` (not both), else the default embedded database."""
    for option, value in (("--db", db), ("--neo4j", neo4j)):
        if value is not None and not value.strip():  # (an unset shell variable, say)
            raise ParameterError(f"{option} is empty; give a "
                                 + ("database directory" if option == "--db" else
                                    "URI such as bolt://HOST:7687") + " or leave the option out")
    if db and neo4j:
        raise ParameterError("give either --db or --neo4j, not both")
    if db or neo4j:
        return _home(db), neo4j
    env_db = _home(os.environ.get("CONCEPTKG_DB", "").strip() or None)
    env_uri = os.environ.get("NEO4J_URI", "").strip() or None
    if env_db and env_uri:
        raise ParameterError("both CONCEPTKG_DB and NEO4J_URI are set; pass --db or --neo4j "
                             "to choose, or unset one")
    if env_uri:
        return None, env_uri
    return env_db or DEFAULT_DB, None


def open_store(db: str | None, neo4j: str | None, database: str | None = None,
               read_only: bool = False, for_build: bool = False,
               create: bool | None = None) -> GraphStore:
    """The embedded store at ``db``, or the Neo4j server at the URI ``neo4j`` (credentials from
    NEO4J_USERNAME / NEO4J_PASSWORD); without either, the one :func:`resolve_target` picks from
    the environment (``$CONCEPTKG_DB``, ``$NEO4J_URI``), else ``./conceptkg.db``. ``for_build``:
    an embedded store with the bounded page cache of a build. ``create``: make a missing
    embedded database (default: unless ``read_only``); without, a missing one is a
    :class:`StoreError` ("no such database")."""
    db, neo4j = resolve_target(db, neo4j)
    if database and not neo4j:
        raise ParameterError("--database applies to a Neo4j server; give --neo4j URI too")
    if neo4j:
        from .graph.stores.neo4j import Neo4jStore

        return Neo4jStore.from_env(neo4j, database=database, read_only=read_only)
    from .graph.stores.embedded import (
        BUILD_BUFFER_POOL_MB,
        DEFAULT_BUFFER_POOL_MB,
        EmbeddedStore,
    )

    pool = BUILD_BUFFER_POOL_MB if for_build else DEFAULT_BUFFER_POOL_MB
    create = not read_only if create is None else create and not read_only
    return EmbeddedStore(db or default_db(), read_only=read_only, create=create,
                         buffer_pool_mb=pool)


def _holds_nothing(store: GraphStore) -> bool:
    try:
        s = store.stats()
    except Exception:  # a store that cannot say: keep it
        return False
    return not s["documents"] and not any(s["nodes"].values()) and not any(s["edges"].values())


@contextmanager
def filling_store(db: str | None, neo4j: str | None, database: str | None = None,
                  for_build: bool = False) -> Iterator[GraphStore]:
    """:func:`open_store` for a command that fills the store (build, load, import). When the
    command fails (an exception in the block) and the embedded database is one it created that
    still holds nothing, that database is removed again: no empty database is left behind."""
    target, uri = resolve_target(db, neo4j)
    path = None if uri else Path(target or default_db())
    fresh = path is not None and not os.path.lexists(path)
    discard = False
    try:
        with open_store(db, neo4j, database, for_build=for_build) as store:
            try:
                yield store
            except BaseException:
                discard = fresh and _holds_nothing(store)
                raise
    finally:
        if discard and path is not None:  # closed by now
            shutil.rmtree(path, ignore_errors=True)


def copy_graph(src: GraphStore, dst: GraphStore,
               progress: Callable[[int], None] | None = None, curation: Any = AUTO
               ) -> WriteReport:
    """Merge the whole graph of ``src`` (documents, nodes, edges, evidence) into ``dst``
    (:func:`merge_graph`; ``curation`` as there: by default the corrections of ``dst``)."""
    curation = curation_for_build(dst, curation)  # (a wrong one refused before reading src)
    return merge_graph(src.read_graph(), dst, progress, curation)


def merge_graph(kg: KnowledgeGraph, dst: GraphStore,
                progress: Callable[[int], None] | None = None, curation: Any = AUTO
                ) -> WriteReport:
    """Merge ``kg`` (a whole graph: another store's, or an export read back) into ``dst``
    through its writer, then apply ``curation`` there: ``"auto"`` (the default) the
    corrections file of ``dst`` and entity resolution, as a build into ``dst`` applies them;
    a :class:`~conceptkg.curation.Curation` or the path of a corrections file instead;
    ``None`` nothing (see the module).

    Documents of ``dst`` that are other versions of files ``kg`` holds are removed first (with
    what only they supported), so that ``dst`` ends with the versions of ``kg``."""
    curation = curation_for_build(dst, curation)  # before anything is written
    files = {d.resolved or d.path for d in kg.documents.values()}
    older = {d.id for d in dst.documents()
             if (d.resolved or d.path) in files and d.id not in kg.documents}
    if older:
        log.info("replacing %d older document version(s)", len(older))
        from .graph.knowledge_graph import KnowledgeGraph  # networkx: only when copying

        dst.write_graph(KnowledgeGraph(), remove=older)
    report = dst.write_graph(kg, progress)
    if curation is not None:  # the destination may hold more than the source: apply there
        from .curation import apply_to_store
        from .curation.store import corrections_elsewhere

        report.curation = apply_to_store(dst, curation)
        report.curation.path = curation.path or ""
        # (corrections the copy brought that the destination's file lacks: a rebuild there
        # would undo them)
        report.curation.elsewhere = corrections_elsewhere(dst, curation)
    log.info("copied %d documents, %d nodes, %d edges", report.documents, report.nodes,
             report.edges)
    return report


def push(db: str | None, uri: str, database: str | None = None,
         progress: Callable[[int], None] | None = None, curation: Any = AUTO) -> WriteReport:
    """Copy the embedded database ``db`` into the Neo4j server at ``uri``, then apply
    ``curation`` there (by default the Neo4j database's own corrections file; see the
    module), as ``conceptkg push`` does."""
    db = _home(db) or default_db()
    with open_store(db, None, read_only=True) as src, \
            open_store(None, uri, database) as dst:
        return copy_graph(src, dst, progress, curation)


def pull(db: str | None, uri: str, database: str | None = None,
         progress: Callable[[int], None] | None = None, curation: Any = AUTO) -> WriteReport:
    """Copy the graph of the Neo4j server at ``uri`` into the embedded database ``db``, then
    apply ``curation`` there (by default ``DIR.curation.yaml`` beside ``db``; see the
    module), as ``conceptkg pull`` does."""
    from .graph.stores.embedded import DB_FILENAME
    from .graph.stores.folder import check_database_folder

    db = _home(db) or default_db()
    check_database_folder(Path(db), DB_FILENAME)  # before the server is asked
    with open_store(None, uri, database, read_only=True) as src, \
            filling_store(db, None) as dst:  # (a new one: removed on failure)
        return copy_graph(src, dst, progress, curation)
