"""A tally that closes a list (``重点建设A、B等12个项目``): a count and a word of ``tally_heads``
say how many items the list stands for, not a thing of its own; the items are what is carried
out, and the tally includes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Collection

__all__ = ["is_tally"]


def is_tally(text: str, count_prefix: re.Pattern[str], heads: Collection[str]) -> bool:
    """``text`` is a count followed by a tally head only (12个项目, 三个重点项目)."""
    m = count_prefix.match(text)
    return m is not None and text[m.end():] in heads
