"""The store commands (push, pull, export, stats) against a store another process holds or a
path that is no database."""

import multiprocessing

import pytest

from conceptkg.graph import EmbeddedStore
from tests.helpers import small_graph
from tests.test_cli import run


def _hold(path, ready, done):
    s = EmbeddedStore(path)
    ready.set()
    done.wait(60)
    s.close()


@pytest.fixture
def written(tmp_path):
    """A store another process holds open for writing (as a build does)."""
    path = tmp_path / "kg.db"
    with EmbeddedStore(path) as s:
        s.write_graph(small_graph())
    ctx = multiprocessing.get_context("spawn")
    ready, done = ctx.Event(), ctx.Event()
    p = ctx.Process(target=_hold, args=(path, ready, done))
    p.start()
    assert ready.wait(60)
    yield path
    done.set()
    p.join(30)


@pytest.mark.parametrize("args", [
    ["push", "--neo4j", "bolt://127.0.0.1:9"],
    ["export", "-o", "{tmp}/g.json"],
    ["stats"],
])
def test_reading_a_store_while_another_process_writes_it_fails_clearly(capsys, tmp_path,
                                                                       written, args):
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    code, _out, err = run(capsys, *args, "--db", written)
    assert code == 1
    assert "in use by another process" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "g.json").exists()
