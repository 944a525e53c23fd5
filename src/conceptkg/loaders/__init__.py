"""Reading files, normalizing text, splitting sentences, extracting entities and relations."""

from .normalize import normalize_text
from .pipeline import load_document, process_file, process_text
from .readers import RawDocument, read_document
from .sentences import Sentence, split_sentences

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
