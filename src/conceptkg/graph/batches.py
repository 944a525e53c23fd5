"""Write statements in batches: rows made only when a batch is about to be written."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, overload

__all__ = ["LazyBatches", "batched"]


def batched(items: list[Any], size: int) -> Iterator[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


class LazyBatches(Sequence[tuple[str, dict[str, Any]]]):
    """Write statements ``(cypher, {"rows": [...]})`` whose rows are built only when the batch is
    about to be written, so that a large load never holds every row at once. (Building them in
    a background thread was measured too: with the GIL it made Neo4j loads slower.)"""

    def __init__(self, plan: list[tuple[str, list[Any], Callable[[Any], dict[str, Any]]]]):
        self._plan = plan

    def __len__(self) -> int:
        return len(self._plan)

    def _build(self, i: int) -> tuple[str, dict[str, Any]]:
        cypher, items, convert = self._plan[i]
        return cypher, {"rows": [convert(x) for x in items]}

    @overload
    def __getitem__(self, i: int) -> tuple[str, dict[str, Any]]: ...
    @overload
    def __getitem__(self, i: slice) -> list[tuple[str, dict[str, Any]]]: ...

    def __getitem__(self, i):  # type: ignore[no-untyped-def]
        if isinstance(i, slice):
            return [self._build(k) for k in range(len(self._plan))[i]]
        return self._build(range(len(self._plan))[i])

    def __iter__(self) -> Iterator[tuple[str, dict[str, Any]]]:
        return (self._build(k) for k in range(len(self._plan)))
