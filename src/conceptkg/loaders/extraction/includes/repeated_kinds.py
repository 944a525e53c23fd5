"""One list read twice at two granularities (``一是数字基础设施，包括A、B和C等数字化设施``): the
whole named before the including verb and the head after 等 end with the same word (设施), so
the 等-head only repeats the kind of the whole; the items belong to the whole alone, and the
edges of the head after the list are left out. Used where ``extract.py`` adds the edges."""

from __future__ import annotations

from ..rules.common import Found

__all__ = ["drop_repeated_kinds"]

#: how many characters of the two heads' ends must agree (one word of kind: 设施, 产业)
_KIND = 2


def drop_repeated_kinds(found: list[Found]) -> list[Found]:
    """``found`` without the INCLUDES edges of a head after its list when another head before
    the same items ends with the same word (see the module)."""
    before: dict[tuple[int, int], list[str]] = {}
    for f in found:
        if f.type == "INCLUDES" and f.source.end <= f.target.start:
            before.setdefault((f.target.start, f.target.end), []).append(f.source.name)
    if not before:
        return found
    return [f for f in found if not (
        f.type == "INCLUDES" and f.target.end <= f.source.start
        and any(n != f.source.name and len(n) > _KIND and len(f.source.name) > _KIND
                and n[-_KIND:] == f.source.name[-_KIND:]
                for n in before.get((f.target.start, f.target.end), ())))]
