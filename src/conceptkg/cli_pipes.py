"""Standard output closed early (``conceptkg … | head``): the commands end quietly, exit 0."""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable
from typing import Any

import typer

__all__ = ["StdoutClosed", "quiet_on_closed_pipe", "silence_stdout"]


class StdoutClosed(Exception):
    """The reader of standard output went away (``conceptkg … | head``)."""


def _stdout_closed(exc: BaseException) -> bool:
    """A closed pipe, and the one behind standard output (not a socket to a Neo4j server)."""
    if not (isinstance(exc, BrokenPipeError)
            or (isinstance(exc, OSError) and exc.errno == errno.EPIPE)):
        return False
    try:
        import select

        poll = select.poll()
        poll.register(sys.__stdout__.fileno(), select.POLLOUT)  # type: ignore[union-attr]
        return any(events & select.POLLERR for _, events in poll.poll(0))
    except (AttributeError, OSError, ValueError):  # no poll (Windows), no standard output
        return True


def quiet_on_closed_pipe(typers: tuple[typer.Typer, ...]) -> None:
    """Each command raises :class:`StdoutClosed` when standard output is a closed pipe, so that
    :func:`main` ends it quietly with exit 0; the argument parser would turn the error into a
    silent exit 1."""
    for group in typers:
        for info in group.registered_commands:
            if info.callback is not None:
                info.callback = _guarded(info.callback)


def _guarded(f: Callable[..., Any]) -> Callable[..., Any]:
    import functools

    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return f(*args, **kwargs)
        except OSError as exc:
            if _stdout_closed(exc):
                raise StdoutClosed from exc
            raise

    return wrapper


def silence_stdout() -> None:
    """Standard output to /dev/null: what is still buffered for the closed pipe goes nowhere
    instead of failing again at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real file behind sys.stdout (a test)
        pass
