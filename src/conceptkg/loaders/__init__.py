"""Reading files, normalizing text, splitting sentences (:mod:`.reading`), extracting entities
and relations (:mod:`.extraction`), with the language data of :mod:`.zh`."""

from .pipeline import process_file, process_text
from .reading import (
    RawDocument,
    Sentence,
    load_document,
    normalize_text,
    read_document,
    split_sentences,
)

__all__ = [
    "RawDocument",
    "Sentence",
    "load_document",
    "normalize_text",
    "process_file",
    "process_text",
    "read_document",
    "split_sentences",
]
