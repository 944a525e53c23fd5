"""The exception tree of conceptkg: everything the library raises on purpose derives from
:class:`ConceptKGError`, so that a caller (and the CLI) can catch one class and print one line."""

from __future__ import annotations

__all__ = [
    "ConceptKGError",
    "InputError",
    "EmptyDocumentError",
    "StoreError",
    "StoreLockedError",
    "StoreConnectionError",
    "DiskFullError",
    "QueryError",
    "ReadOnlyViolation",
    "ParameterError",
    "LexiconError",
    "LLMError",
]


class ConceptKGError(Exception):
    """Root of every error conceptkg raises on purpose."""


class InputError(ConceptKGError):
    """A document could not be read: missing, unreadable, binary or undecodable."""


class EmptyDocumentError(InputError):
    """A document holds no text (empty or whitespace only)."""


class StoreError(ConceptKGError):
    """A graph store failed (open, write or read)."""


class StoreLockedError(StoreError):
    """The embedded database is in use by another process."""


class StoreConnectionError(StoreError):
    """A database server could not be reached or refused the credentials."""


class DiskFullError(StoreError):
    """A write was refused because the disk (or the file-size limit) cannot hold it."""


class QueryError(ConceptKGError):
    """A Cypher query was rejected by the store."""


class ReadOnlyViolation(QueryError):
    """A query would write while the session is read-only."""


class ParameterError(ConceptKGError):
    """A named query or command received an invalid parameter."""


class LexiconError(ConceptKGError):
    """A lexicon or cue-word file is malformed."""


class LLMError(ConceptKGError):
    """The language-model endpoint of the optional LLM extractor failed: unreachable, refused
    the key, answered with an HTTP error or not within the timeout."""
