"""Reading documents: file formats and encodings (:mod:`.readers`), normalization
(:mod:`.normalize`), sentence splitting (:mod:`.sentences`) and whole documents
(:mod:`.document`). Nothing here imports :mod:`conceptkg.loaders.extraction`."""

from .document import is_large, iter_document_parts, load_document
from .normalize import normalize_text, to_simplified
from .readers import RawDocument, read_document
from .sentences import Sentence, split_sentences

__all__ = ["RawDocument", "Sentence", "is_large", "iter_document_parts", "load_document",
           "normalize_text", "read_document", "split_sentences", "to_simplified"]
