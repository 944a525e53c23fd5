"""conceptkg: documents → knowledge graph of concepts → Neo4j or embedded store → Cypher and HTML.

Library first: :func:`conceptkg.build.build` builds files into a store,
:class:`conceptkg.graph.EmbeddedStore` / ``conceptkg.graph.neo4j_store.Neo4jStore`` hold graphs,
:mod:`conceptkg.queries` answers named questions and :mod:`conceptkg.viz` draws.
"""

from .errors import ConceptKGError

__version__ = "0.1.0"

__all__ = ["ConceptKGError", "__version__"]
