"""The named-query catalogue: questions asked of a store by name, with checked parameters, in
the Cypher dialect of the store (:mod:`.named`), answered the same on both stores. The read-only
check of user Cypher belongs to the stores (:mod:`conceptkg.graph.stores.readonly`)."""

from ..graph.stores.readonly import assert_read_only, is_read_only

__all__ = ["assert_read_only", "is_read_only"]
