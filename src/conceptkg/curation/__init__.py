"""Curation: corrections an analyst makes that survive rebuilds, and entity resolution across
documents (one node per real-world thing)."""

from .apply import CurationReport, EntryResult, apply_curation
from .entries import CURATION_FILE, OPS, Curation, Entry, default_path
from .store import apply_to_store, check_store

__all__ = [
    "CURATION_FILE",
    "OPS",
    "Curation",
    "CurationReport",
    "Entry",
    "EntryResult",
    "apply_curation",
    "apply_to_store",
    "check_store",
    "default_path",
]
