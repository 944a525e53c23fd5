"""The garbage collector settings of build processes (main process and workers)."""

from __future__ import annotations

import gc

import pytest

from conceptkg.processes import BUILD_GC_THRESHOLD, Workers, fewer_collections


def _young_threshold() -> int:
    return gc.get_threshold()[0]


def test_fewer_collections_inside_the_block_and_restored_after():
    before = gc.get_threshold()
    with fewer_collections():
        assert gc.get_threshold()[0] >= BUILD_GC_THRESHOLD
        assert gc.get_threshold()[1:] == before[1:]
        assert gc.get_freeze_count() > 0  # what existed before is left alone
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_fewer_collections_restores_after_an_error():
    before = gc.get_threshold()
    try:
        with fewer_collections():
            raise ValueError("boom")
    except ValueError:
        pass
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_workers_collect_less_often():
    workers = Workers(1)
    try:
        assert workers.pool.submit(_young_threshold).result() == BUILD_GC_THRESHOLD
    finally:
        workers.stop()
    assert _young_threshold() != BUILD_GC_THRESHOLD  # the main process is untouched


def test_fewer_collections_leaves_an_outer_freeze_alone():
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with fewer_collections():
            with fewer_collections():
                pass
            assert gc.get_freeze_count() >= frozen
        assert gc.get_freeze_count() >= frozen > 0
    finally:
        gc.unfreeze()


def test_fewer_collections_without_freeze_freezes_nothing():
    before = gc.get_threshold()
    with fewer_collections(freeze=False):
        assert gc.get_threshold()[0] >= BUILD_GC_THRESHOLD
        assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_extraction_leaves_the_collector_as_it_was():
    from conceptkg.graph.models import Document
    from conceptkg.loaders.pipeline import process_text

    before = gc.get_threshold()
    process_text(Document.from_text("某公司推动数字经济发展。", "gc-check"))
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_sigterm_stops_like_ctrl_c_but_exits_143():
    import os
    import signal

    from conceptkg.processes import interrupt_exit_code, sigterm_as_interrupt

    with pytest.raises(KeyboardInterrupt), sigterm_as_interrupt():
        os.kill(os.getpid(), signal.SIGTERM)
        signal.pause()  # (the handler runs here at the latest)
    assert interrupt_exit_code() == 143
    with pytest.raises(KeyboardInterrupt), sigterm_as_interrupt():
        raise KeyboardInterrupt  # Ctrl-C
    assert interrupt_exit_code() == 130


def test_a_second_signal_does_not_interrupt_the_clean_up_of_the_first():
    import os
    import signal

    from conceptkg.processes import interrupt_exit_code, sigterm_as_interrupt

    cleaned = False
    with pytest.raises(KeyboardInterrupt), sigterm_as_interrupt():
        try:
            os.kill(os.getpid(), signal.SIGTERM)
            signal.pause()
        finally:  # (stopping workers, rolling back): an impatient second Ctrl-C or SIGTERM
            os.kill(os.getpid(), signal.SIGINT)
            os.kill(os.getpid(), signal.SIGTERM)
            cleaned = True
    assert cleaned and interrupt_exit_code() == 143
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
