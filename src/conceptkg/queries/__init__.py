"""All Cypher of conceptkg: store statements, the named-query catalogue, read-only checks."""

from .readonly import assert_read_only, is_read_only

__all__ = ["assert_read_only", "is_read_only"]
