"""Worker processes that behave: they leave Ctrl-C to the main process (which stops the build
and says what was kept) and end when the main process dies, even by SIGKILL."""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import logging
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager

__all__ = ["Workers", "fewer_collections", "init_worker", "interrupt_exit_code",
           "parent_death_signal", "sigterm_as_interrupt"]

log = logging.getLogger(__name__)

_PR_SET_PDEATHSIG = 1
#: allocations between two young-generation collections during a build (Python's default: 700).
#: Extraction and graph merging make many small objects that live until the document is done;
#: collecting every 700 of them costs about 6% of a build's CPU, and the objects that exist
#: when the build starts (modules, the dictionary) are never garbage (frozen, not scanned).
BUILD_GC_THRESHOLD = 50_000


def parent_death_signal(sig: int = signal.SIGTERM) -> bool:
    """Ask Linux to send ``sig`` to this process when its parent dies; False elsewhere."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return libc.prctl(_PR_SET_PDEATHSIG, int(sig), 0, 0, 0) == 0
    except (OSError, AttributeError):  # pragma: no cover - no libc
        return False


def init_worker(parent: int | None = None) -> None:
    """Initializer of build worker processes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent_death_signal(signal.SIGKILL)
    gc.freeze()  # what the worker inherits is not scanned again
    gc.set_threshold(BUILD_GC_THRESHOLD, *gc.get_threshold()[1:])
    if parent is not None and os.getppid() != parent:  # the parent died before prctl
        os._exit(1)


@contextmanager
def fewer_collections(freeze: bool = True) -> Iterator[None]:
    """Within the block, the garbage collector runs less often (see
    :data:`BUILD_GC_THRESHOLD`) and, with ``freeze``, leaves the objects made before it alone;
    both are restored afterwards."""
    old = gc.get_threshold()
    # (frozen by the caller, or an outer block: left frozen)
    frozen = not freeze or gc.get_freeze_count() > 0
    if freeze:
        gc.freeze()
    gc.set_threshold(max(old[0], BUILD_GC_THRESHOLD), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)
        if not frozen:
            gc.unfreeze()


#: the signal that stopped the program (see :func:`interrupt_exit_code`)
_stopped_by: list[int] = []


def _raise_interrupt(signum: int, frame: object) -> None:
    """The first Ctrl-C or SIGTERM stops the program (KeyboardInterrupt); later ones are
    ignored, so that they cannot cut short the clean-up the first one started (rolling back
    the write in progress, stopping the workers), which printed a traceback."""
    if _stopped_by:
        return
    _stopped_by.append(signum)
    raise KeyboardInterrupt


def interrupt_exit_code() -> int:
    """The exit code of a program stopped within :func:`sigterm_as_interrupt`: 128 + the
    signal, as a shell reports it (130 for Ctrl-C, 143 for SIGTERM)."""
    return 128 + (_stopped_by[0] if _stopped_by else signal.SIGINT)


@contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """Within the block, SIGTERM stops the program like Ctrl-C (writes roll back cleanly), and
    a second Ctrl-C or SIGTERM does not interrupt the clean-up of the first."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _stopped_by.clear()
    previous = signal.signal(signal.SIGTERM, _raise_interrupt)
    # (Ctrl-C only where Python's own handler has it: not where it is ignored, in a
    # background job)
    ctrl_c = signal.getsignal(signal.SIGINT) is signal.default_int_handler
    previous_int = signal.signal(signal.SIGINT, _raise_interrupt) if ctrl_c else None
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
        if previous_int is not None:
            signal.signal(signal.SIGINT, previous_int)


class Workers:
    """Worker processes (see :func:`init_worker`) started ahead of a build and handed to it
    (``build(..., workers=…)``), which stops them as soon as its files are extracted, so that
    they do not hold memory while the last writes run."""

    def __init__(self, jobs: int) -> None:
        # forked where the platform can: the workers share what this process loaded before
        # (file_extraction.worker_pool); Python 3.14 no longer forks by default
        ctx = multiprocessing.get_context("fork") if sys.platform.startswith("linux") else None
        self.pool = ProcessPoolExecutor(max_workers=jobs, initializer=init_worker,
                                        initargs=(os.getpid(),), mp_context=ctx)
        self.pool.submit(int)  # the processes start now

    def stop(self) -> None:
        self.pool.shutdown(cancel_futures=True)
