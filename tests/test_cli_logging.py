"""What the library's and the drivers' log records look like on the command line."""

from __future__ import annotations

import logging
from contextlib import contextmanager

import pytest

from conceptkg import cli_query
from tests.helpers import run_cli

RETRY = ("Transaction failed and will be retried in 0.9s (ForsetiClient[transactionId=7] "
         "can't acquire UpdateLock on LABEL(0).\n Wait list:SharedLock[\nClient[7] waits for "
         "[Client[8]]]})")


@pytest.fixture
def logging_store(monkeypatch, tmp_path):
    """``stats`` on a store whose opening logs a driver retry and a two-line warning."""

    @contextmanager
    def fake_open(*args, **kwargs):
        logging.getLogger("neo4j").warning(RETRY)
        logging.getLogger("conceptkg.graph").warning("waiting for 岚州 pid 7\nsecond line")

        class Store:
            def stats(self):
                return {"nodes": {}, "edges": {}, "documents": 0}

        yield Store()

    monkeypatch.setattr(cli_query, "open_store", fake_open)
    yield
    logging.getLogger("neo4j").setLevel(logging.NOTSET)


def test_driver_retries_are_not_printed_and_warnings_take_one_line(capsys, logging_store):
    code, _, err = run_cli(capsys, "stats", "--neo4j", "bolt://127.0.0.1:7687")
    assert code == 0, err
    assert "Transaction failed" not in err and "Forseti" not in err
    assert "warning: waiting for 岚州 pid 7 second line\n" in err


def test_driver_retries_show_with_verbose(capsys, logging_store):
    code, _, err = run_cli(capsys, "-v", "stats", "--neo4j", "bolt://127.0.0.1:7687")
    assert code == 0, err
    lines = [ln for ln in err.splitlines() if "Transaction failed" in ln]
    assert len(lines) == 1 and "Wait list" in lines[0]
