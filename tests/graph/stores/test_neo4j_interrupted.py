"""Neo4j loads that cannot end half-done: after a stalled server (which fails within the
timeout) or a killed build, running the build again gives the graph of a clean load."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conceptkg.build import build
from conceptkg.errors import StoreConnectionError
from conceptkg.graph.stores.neo4j import Neo4jStore
from tests.graph.graph_compare import canonical
from tests.graph.tcp_proxy import FreezingProxy
from tests.neo4j_fixtures import clear_database

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]

TEMPLATES = [
    "第{i}号文件指出，数字经济推动高质量发展，科技创新带动产业升级第{i}期。",
    "某某{i}集团公司打造工业互联网平台{i}号，推进智能制造示范工程{i}期建设。",
    "新质生产力包括劳动、资本、数据等生产要素，以改革创新驱动绿色发展。",
]


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    d = tmp_path / "docs"
    d.mkdir()
    for i in range(150):
        text = "".join(t.format(i=i % 89) for t in TEMPLATES) * (2 + i % 3)
        (d / f"doc{i:04d}.txt").write_text(text, encoding="utf-8")
    return d


def _clean_load(server, docs: Path, proxy: FreezingProxy | None = None) -> dict:
    uri = f"bolt://127.0.0.1:{proxy.port}" if proxy else server.uri
    with Neo4jStore(uri, auth=server.auth) as store:
        build([docs], store, jobs=1)
        graph = canonical(store.read_graph())
    clear_database(server)
    return graph


def _read(server) -> dict:
    with Neo4jStore(server.uri, auth=server.auth, read_only=True) as store:
        return canonical(store.read_graph())


def test_a_stalled_server_fails_within_the_timeout_and_a_rerun_completes(neo4j_clean, docs):
    port = urlsplit(neo4j_clean.uri).port
    counting = FreezingProxy(("127.0.0.1", port))
    expected = _clean_load(neo4j_clean, docs, counting)
    counting.close()
    assert len(expected["documents"]) == 150

    proxy = FreezingProxy(("127.0.0.1", port), freeze_after=counting.sent * 2 // 5)
    try:
        store = Neo4jStore(f"bolt://127.0.0.1:{proxy.port}", auth=neo4j_clean.auth, timeout=3)
        with pytest.raises(StoreConnectionError, match="did not answer within 3 s") as info:
            build([docs], store, jobs=1)
        waited = time.monotonic() - (proxy.frozen_at or 0)
        store.close()
    finally:
        proxy.close()
    assert waited < 3 + 10
    assert "\n" not in str(info.value)
    with Neo4jStore(neo4j_clean.uri, auth=neo4j_clean.auth) as store:
        partial = store.stats()["documents"]
        assert partial < 150
        build([docs], store, jobs=1)  # documents already stored are skipped
    assert _read(neo4j_clean) == expected


def _cli(docs: Path, uri: str) -> list[str]:
    return [sys.executable, "-m", "conceptkg.cli", "build", str(docs), "--neo4j", uri, "-j", "1"]


def test_a_killed_build_completes_on_rerun(neo4j_clean, docs):
    expected = _clean_load(neo4j_clean, docs)
    user, password = neo4j_clean.auth
    env = {**os.environ, "NEO4J_USERNAME": user, "NEO4J_PASSWORD": password}
    rng = random.Random(7)
    for _ in range(3):
        proc = subprocess.Popen(_cli(docs, neo4j_clean.uri), env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(2.0, 6.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    done = subprocess.run(_cli(docs, neo4j_clean.uri), env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    assert _read(neo4j_clean) == expected
