"""``python -m conceptkg``: the same command line as the ``conceptkg`` script."""

from __future__ import annotations

from .cli import run

__all__: list[str] = []

if __name__ == "__main__":
    run()
