"""From a file to a per-document knowledge graph: read → normalize (:mod:`.reading`) → extract
(:mod:`.extraction`).

:func:`process_file` is a pure function of one file (and the lexicon), so documents can be
processed in parallel (see :mod:`conceptkg.build`) or on any map engine.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from ..graph.knowledge_graph import KnowledgeGraph
from ..graph.models import Document
from ..pathargs import PathArgs, path_list
from .reading.document import load_document
from .versions import extractor_stamp, lexicon_digest
from .zh import shipped

if TYPE_CHECKING:
    from .extraction.llm.config import LLMConfig

__all__ = ["process_file", "process_text", "warm_up"]

log = logging.getLogger(__name__)


def process_text(doc: Document, lexicon_paths: PathArgs = (),
                 llm: LLMConfig | None = None) -> KnowledgeGraph:
    """Extract the knowledge graph of one loaded document; ``lexicon_paths``: extra lexicon
    files (one, or several); ``llm`` adds the optional LLM extractor (see
    :mod:`conceptkg.loaders.extraction.llm`)."""
    lexicon_paths = tuple(map(str, path_list(lexicon_paths)))  # (hashable: lexicons are cached)
    from ..processes import fewer_collections
    from .extraction.extract import extract_document, get_lexicon

    lexicon = get_lexicon(lexicon_paths)
    # extraction makes many small objects that live until the document is done: collecting
    # them every 700 allocations (Python's default) cost about 14% of the CPU of extraction
    # in a process that is no build worker (those already collect less often; nothing is
    # frozen here: what lives on after a document is collected as usual)
    with fewer_collections(freeze=False):
        kg = extract_document(doc, lexicon, llm)
    built = doc.model_copy(update={
        "extractor": extractor_stamp(llm), "lexicon": lexicon_digest(lexicon_paths),
        "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")})
    kg.add_document(built)
    return kg


def process_file(path: str | Path, lexicon_paths: PathArgs = (),
                 llm: LLMConfig | None = None) -> KnowledgeGraph:
    """Read, normalize and extract one file."""
    return process_text(load_document(path), lexicon_paths, llm)


#: a made-up sentence that takes every part of the extractor through its first use
_WARM_TEXT = "\n".join(shipped().list("warm_up_text"))


def warm_up(lexicon_paths: tuple[str, ...] = ()) -> None:
    """Load the tokenizer's dictionary and the lexicon in this process, and take the extractor
    through one made-up sentence, so that worker processes forked afterwards share what was
    loaded (copy-on-write) instead of each loading its own. It only saves time: whatever fails
    here is left to the extraction of the documents, which reports it for each file."""
    try:
        process_text(Document.from_text(_WARM_TEXT, "warm-up"), lexicon_paths)
    except Exception:  # (see above)
        log.debug("warm-up failed; the workers load the extractor themselves", exc_info=True)

