"""Where a key of a lexicon file is written: the line of ``terms.Concept.1`` in the YAML text,
so that a complaint about a user lexicon names the line as well as the key."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence

import yaml

__all__ = ["key_line", "did_you_mean"]

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def key_line(text: str, where: Sequence[str]) -> int | None:
    """The 1-based line of the deepest node of the YAML ``text`` on the key path ``where``
    (mapping keys, and list indices as digits); None when the text has no such key at all."""
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError:
        return None
    line = None
    for part in where:
        if isinstance(node, yaml.MappingNode):
            hit = next(((k, v) for k, v in node.value
                        if isinstance(k, yaml.ScalarNode) and k.value == part), None)
            if hit is None:
                break
            line, node = hit[0].start_mark.line + 1, hit[1]
        elif isinstance(node, yaml.SequenceNode) and part.isdigit() \
                and int(part) < len(node.value):
            node = node.value[int(part)]
            line = node.start_mark.line + 1
        else:
            break
    return line


def did_you_mean(word: str, known: Iterable[str]) -> str:
    """`` (did you mean X?)`` for the known key closest to a misspelt ``word``, else ``""``."""
    close = difflib.get_close_matches(word, list(known), n=1, cutoff=0.75)
    return f" (did you mean {close[0]}?)" if close else ""
