"""A build killed with SIGKILL halfway leaves a database that opens; running the build again
completes it with no duplicates."""

import os
import signal
import subprocess
import sys
import time

import pytest

from conceptkg.graph import EmbeddedStore

pytestmark = pytest.mark.slow

TEMPLATES = [
    "第{i}号文件指出，数字经济推动高质量发展，科技创新引领产业升级第{i}期。",
    "某某{i}集团公司打造工业互联网平台{i}号，推进智能制造示范工程{i}期建设。",
    "新质生产力包括劳动、资本、数据等生产要素，以改革创新驱动绿色发展。",
]


def _corpus(d, n):
    d.mkdir()
    for i in range(n):
        text = "".join(t.format(i=i) for t in TEMPLATES) * 3
        (d / f"doc{i:04d}.txt").write_text(text, encoding="utf-8")


def _build(args):
    return [sys.executable, "-m", "conceptkg.cli", "build", *map(str, args)]


def test_killed_build_reopens_and_resumes(tmp_path):
    docs = tmp_path / "docs"
    _corpus(docs, 400)
    db = tmp_path / "kg.db"
    proc = subprocess.Popen(_build([docs, "--db", db, "-j", "1"]), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 60
    # wait until something was committed, then kill the whole process group
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.2)
        wal = [p for p in db.glob("*") if p.stat().st_size > 20000] if db.exists() else []
        if wal:
            break
    killed = proc.poll() is None
    if killed:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(30)

    with EmbeddedStore(db) as store:  # opens after the kill
        partial = store.stats()["documents"]
    assert killed, "the build finished before it could be killed; make the corpus larger"
    assert partial < 400
    done = subprocess.run(_build([docs, "--db", db, "-j", "1"]), capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    ref = tmp_path / "ref.db"
    subprocess.run(_build([docs, "--db", ref, "-j", "2"]), check=True, capture_output=True,
                   timeout=300)
    with EmbeddedStore(db) as a, EmbeddedStore(ref) as b:
        assert a.stats() == b.stats()
        assert a.stats()["documents"] == 400
        dup = a.query("MATCH (n:Concept) WITH n.name AS name, count(*) AS c WHERE c > 1 "
                      "RETURN name")
        assert dup.rows == []


def _referenced_documents(store: EmbeddedStore) -> set[str]:
    kg = store.read_graph(with_text=False)
    return {d for x in [*kg.nodes(), *kg.edges()] for d in x.counts}


def test_killed_replacement_leaves_old_or_new_never_a_mix(tmp_path):
    docs = tmp_path / "docs"
    _corpus(docs, 300)
    db = tmp_path / "kg.db"
    subprocess.run(_build([docs, "--db", db, "-j", "1"]), check=True, capture_output=True,
                   timeout=300)
    with EmbeddedStore(db) as store:
        old = {d.resolved: d.id for d in store.documents()}
    for i, f in enumerate(sorted(docs.iterdir())):  # every file edited
        f.write_text(f"第{i}次修订，绿色能源带动某某产业升级。", encoding="utf-8")
    sizes = {p: p.stat().st_size for p in db.glob("*")}
    proc = subprocess.Popen(_build([docs, "--db", db, "-j", "1"]), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 60
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.1)
        if any(p.stat().st_size > sizes.get(p, 0) + 20000 for p in db.glob("*")):
            break
    killed = proc.poll() is None
    if killed:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(30)
    assert killed, "the rebuild finished before it could be killed; make the corpus larger"

    with EmbeddedStore(db) as store:
        now = {d.resolved: d.id for d in store.documents()}
        assert set(now) == set(old)  # one version of every file
        replaced = {p for p in now if now[p] != old[p]}
        assert 0 < len(replaced) < len(old)  # the kill came in the middle
        assert _referenced_documents(store) == set(now.values())  # nothing of a half version
    done = subprocess.run(_build([docs, "--db", db, "-j", "1"]), capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    ref = tmp_path / "ref.db"
    subprocess.run(_build([docs, "--db", ref, "-j", "1"]), check=True, capture_output=True,
                   timeout=300)
    with EmbeddedStore(db) as a, EmbeddedStore(ref) as b:
        assert a.stats() == b.stats()
        assert {d.id for d in a.documents()} == {d.id for d in b.documents()}
        ga, gb = a.read_graph(with_text=False), b.read_graph(with_text=False)
        assert [n.model_dump() for n in ga.nodes()] == [n.model_dump() for n in gb.nodes()]
        assert [e.model_dump() for e in ga.edges()] == [e.model_dump() for e in gb.edges()]
