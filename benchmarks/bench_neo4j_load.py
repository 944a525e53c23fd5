"""Loading speed into a real Neo4j 5: the batched writer against one MERGE per row.

A deterministic synthetic graph (default 20,000 nodes and 60,000 edges; or the graph extracted
from --corpus files) is loaded with :meth:`GraphStore.write_graph` (UNWIND batches, one managed
transaction each) and, in the same run on the same server, by a naive writer that sends one
auto-commit MERGE statement per node or edge. The naive writer runs on a sample (the first
--naive-sample node rows, then as many edge rows once all nodes are present) and its rate is
extrapolated to the whole graph. Both writers first run once on a graph a tenth the size, untimed,
so that neither pays for the server's query compilation (--no-warmup measures cold). Prints
rows/s for both and their ratio (target: >= 20x).

Without --uri it starts the test server through tests/neo4j_launcher (needs java and mvn).
With --uri it uses that server (NEO4J_USERNAME / NEO4J_PASSWORD) and empties its database, so it
refuses a database that holds data unless --force is given.

    .venv/bin/python benchmarks/bench_neo4j_load.py [--nodes 20000 --edges 60000]
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from conceptkg.graph import Document, Edge, Evidence, KnowledgeGraph, Node, NodeType
from conceptkg.graph.stores.neo4j import Neo4jStore
from conceptkg.graph.stores.schema import EDGE, NODE, checked_label, checked_rel_type

ROOT = Path(__file__).resolve().parent.parent

NAIVE_NODE = (
    "MERGE (n:{label} {{id: $id}}) SET n.name = $name, n.aliases = $aliases, "
    "n.attributes = $attributes, n.evidence = $evidence, n.documents = $documents, "
    "n.mentions = $mentions"
)
NAIVE_EDGE = (
    "MATCH (a:{src} {{id: $source}}), (b:{dst} {{id: $target}}) MERGE (a)-[e:{rel}]->(b) "
    "SET e.confidence = $confidence, e.evidence = $evidence, e.sentence = $sentence, "
    "e.rules = $rules, e.documents = $documents, e.attributes = $attributes"
)
CLEAR = "MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS"
COUNT_ALL = "MATCH (n) RETURN count(n) AS n"


def synthetic_graph(n_nodes: int, n_edges: int, seed: int = 7) -> KnowledgeGraph:
    """``n_nodes`` nodes over the four core labels and ``n_edges`` distinct edges, each with one
    evidence sentence of one of 50 documents; the same arguments give the same graph."""
    rng = random.Random(seed)
    kg = KnowledgeGraph()
    docs, spans = [], []
    for d in range(50):
        sentences = [f"第{d}篇第{i}句：科技创新推动产业升级。" for i in range(40)]
        doc = Document.from_text("".join(sentences), path=f"synthetic/{d}.txt")
        kg.add_document(doc)
        docs.append(doc)
        pos, mine = 0, []
        for s in sentences:
            mine.append((s, pos, pos + len(s)))
            pos += len(s)
        spans.append(mine)

    def evidence(i: int) -> Evidence:
        d = i % len(docs)
        s, start, end = spans[d][(i // len(docs)) % len(spans[d])]
        return Evidence(document=docs[d].id, sentence=s, start=start, end=end, rule="synthetic")

    types = [NodeType.CONCEPT, NodeType.FACTOR, NodeType.ORGANIZATION, NodeType.INITIATIVE]
    nodes = [Node(name=f"{types[i % 4].value}名称{i}", type=types[i % 4],
                  aliases=[f"别名{i}"] if i % 5 == 0 else [], evidence=[evidence(i)])
             for i in range(n_nodes)]
    for n in nodes:
        kg.add_node(n)
    rels = ("DRIVES", "INCLUDES", "IMPLEMENTS")
    seen: set[tuple[int, int, str]] = set()
    while len(seen) < n_edges:
        a, b = rng.randrange(n_nodes), rng.randrange(n_nodes)
        rel = rels[rng.randrange(3)]
        if a == b or (a, b, rel) in seen:
            continue
        seen.add((a, b, rel))
        kg.add_edge(Edge(source=nodes[a].id, target=nodes[b].id, type=rel,
                         confidence=round(rng.uniform(0.5, 1.0), 3),
                         evidence=[evidence(len(seen))]))
    return kg


def corpus_graph(paths: list[str]) -> KnowledgeGraph:
    from conceptkg.loaders.pipeline import process_file

    kg = KnowledgeGraph()
    for p in paths:
        files = sorted(f for f in Path(p).rglob("*") if f.is_file()) if Path(p).is_dir() \
            else [Path(p)]
        for f in files:
            kg.update(process_file(f))
    return kg


def clear(store: Neo4jStore) -> None:
    store.query(CLEAR, write=True)


def naive_load(store: Neo4jStore, kg: KnowledgeGraph, sample: int) -> dict[str, float]:
    """Seconds per node row and per edge row for one auto-commit MERGE per row."""
    types = {n.id: n.type for n in kg.nodes()}
    nodes = list(kg.nodes())[:sample]
    driver: Any = store._driver  # the benchmark measures the driver itself
    with driver.session(database=store.database) as session:
        t0 = time.perf_counter()
        for n in nodes:
            session.run(NAIVE_NODE.format(label=checked_label(n.type)), NODE.to_row(n)).consume()
        per_node = (time.perf_counter() - t0) / max(1, len(nodes))
    # edges need their endpoints: load every node (batched, untimed), then time edge rows
    rest = KnowledgeGraph()
    for n in kg.nodes():
        rest.add_node(n)
    store.write_graph(rest)
    edges = list(kg.edges())[:sample]
    with driver.session(database=store.database) as session:
        t0 = time.perf_counter()
        for e in edges:
            cy = NAIVE_EDGE.format(rel=checked_rel_type(e.type), src=checked_label(types[e.source]),
                                   dst=checked_label(types[e.target]))
            session.run(cy, EDGE.to_row(e)).consume()
        per_edge = (time.perf_counter() - t0) / max(1, len(edges))
    return {"node": per_node, "edge": per_edge, "nodes": len(nodes), "edges": len(edges)}


def load_launcher() -> Any:
    spec = importlib.util.spec_from_file_location("neo4j_fixtures",
                                                  ROOT / "tests" / "neo4j_fixtures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--nodes", type=int, default=20_000)
    ap.add_argument("--edges", type=int, default=60_000)
    ap.add_argument("--corpus", nargs="*", help="files or folders to extract the graph from")
    ap.add_argument("--naive-sample", type=int, default=2_000,
                    help="node rows and edge rows the naive writer loads (default 2000 each)")
    ap.add_argument("--batch-size", type=int, default=None)
    ap.add_argument("--uri", help="an existing Neo4j server (its database is emptied)")
    ap.add_argument("--database")
    ap.add_argument("--force", action="store_true", help="empty a database that holds data")
    ap.add_argument("--no-warmup", dest="warmup", action="store_false",
                    help="measure on a cold server (its first queries are compiled as they run)")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    kg = corpus_graph(args.corpus) if args.corpus else synthetic_graph(args.nodes, args.edges)
    n_nodes, n_edges, n_docs = len(kg), kg.number_of_edges, len(kg.documents)
    rows = n_nodes + n_edges + n_docs
    print(f"graph: {n_nodes} nodes, {n_edges} edges, {n_docs} documents "
          f"({time.perf_counter() - t0:.1f} s to build)")

    launcher = None
    if args.uri:
        store = Neo4jStore.from_env(args.uri, database=args.database)
    else:
        fixtures = load_launcher()
        launcher = fixtures.Neo4jLauncher(Path(tempfile.mkdtemp(prefix="bench-neo4j-")),
                                          heap="1g")
        t0 = time.perf_counter()
        server = launcher.start()
        print(f"started Neo4j at {server.uri} in {time.perf_counter() - t0:.1f} s")
        store = Neo4jStore(server.uri, auth=server.auth)
    try:
        if args.uri and store.query(COUNT_ALL).rows[0][0] and not args.force:
            print("the database holds data; pass --force to empty it", file=sys.stderr)
            return 2
        if args.batch_size:
            store.batch_size = args.batch_size
        clear(store)
        store.ensure_schema()
        if args.warmup:
            # a fresh server compiles its query code on first use: warm both writers up first
            t0 = time.perf_counter()
            small = synthetic_graph(max(1, args.nodes // 10), max(1, args.edges // 10), seed=99)
            store.write_graph(small)
            clear(store)
            naive_load(store, small, max(1, args.naive_sample // 10))
            clear(store)
            print(f"warm-up: {time.perf_counter() - t0:.1f} s (not counted)")

        in_tx = [0.0]
        run_batches = store._run_write_batches

        def timed(statements: list[tuple[str, dict[str, Any]]], *args: Any) -> None:
            t = time.perf_counter()
            run_batches(statements, *args)
            in_tx[0] += time.perf_counter() - t

        store._run_write_batches = timed  # type: ignore[method-assign]
        t0 = time.perf_counter()
        report = store.write_graph(kg)
        batched_s = time.perf_counter() - t0
        store._run_write_batches = run_batches  # type: ignore[method-assign]
        stats = store.stats()
        assert sum(stats["nodes"].values()) == n_nodes, stats
        assert sum(stats["edges"].values()) == n_edges, stats
        batched_rate = rows / batched_s
        print(f"batched: {rows} rows in {batched_s:.2f} s, {report.batches} batches "
              f"of <= {store.batch_size} -> {batched_rate:,.0f} rows/s")

        clear(store)
        naive = naive_load(store, kg, args.naive_sample)
        naive_s = n_nodes * naive["node"] + n_edges * naive["edge"] + n_docs * naive["node"]
        naive_rate = rows / naive_s
        print(f"naive:   {naive['nodes']:.0f} node rows at {naive['node'] * 1e3:.2f} ms, "
              f"{naive['edges']:.0f} edge rows at {naive['edge'] * 1e3:.2f} ms "
              f"-> {naive_rate:,.0f} rows/s (whole graph extrapolated: {naive_s:.0f} s)")
        ratio = batched_rate / naive_rate
        print(f"ratio batched/naive: {ratio:.1f}x (target >= 20x)")
        tx_rate = rows / in_tx[0]
        print(f"  of the batched time, {in_tx[0]:.2f} s were the write transactions "
              f"({tx_rate:,.0f} rows/s, {tx_rate / naive_rate:.1f}x naive); the rest is "
              "write_graph's merge with the stored graph and row building in Python")
        clear(store)
    finally:
        store.close()
        if launcher is not None:
            launcher.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
