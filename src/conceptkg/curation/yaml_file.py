"""Reading a corrections file so that each complaint names its line: the YAML is composed
once, and every key and list item keeps the line it starts on (``line 7: correction 2: into:
…``), as a lexicon file's errors do. A key given twice in one mapping is refused (YAML would
keep the second value without a word)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from ..errors import ParameterError
from ..yaml_errors import yaml_problem

__all__ = ["Located", "read_yaml", "yaml_problem"]


@dataclass
class Located:
    """The data of a YAML document and the line (1-based) each key or list item starts on,
    by its path of keys and indices (``("corrections", 1, "into")``)."""

    data: Any
    lines: dict[tuple[Any, ...], int] = field(default_factory=dict)

    def line(self, *path: Any) -> int:
        """The line of ``path``, or of the nearest enclosing key or item that has one."""
        for n in range(len(path), -1, -1):
            if path[:n] in self.lines:
                return self.lines[path[:n]]
        return 1


def read_yaml(text: str, src: str) -> Located:
    """The data of the YAML ``text`` with the line of each key and item; ParameterError (one
    line, naming ``src`` and the line) for a syntax error or a key given twice."""
    try:  # (the loader checks the characters as it is made: a NUL is an error there)
        loader = yaml.SafeLoader(text)
    except yaml.reader.ReaderError as exc:
        line = text[:exc.position].count("\n") + 1
        code = exc.character if isinstance(exc.character, int) else ord(exc.character)
        raise ParameterError(f"{src}: line {line}: invalid YAML: character U+{code:04X} is "
                             "not allowed (a binary file, or a stray control character?)"
                             ) from None
    try:
        node = loader.get_single_node()
        if node is None:
            return Located(None)
        out = Located(loader.construct_document(node))
    except yaml.YAMLError as exc:
        raise ParameterError(f"{src}: {yaml_problem(exc, 'line_first')}") from None
    finally:
        loader.dispose()
    todo: list[tuple[tuple[Any, ...], yaml.Node]] = [((), node)]
    while todo:
        path, n = todo.pop()
        if isinstance(n, yaml.MappingNode):
            seen: set[str] = set()
            for k, v in n.value:
                key = k.value if isinstance(k, yaml.ScalarNode) else str(k)
                if key in seen:
                    raise ParameterError(f"{src}: line {k.start_mark.line + 1}: key {key!r} "
                                         "is given twice (YAML would keep only the second); "
                                         "keep one")
                seen.add(key)
                out.lines[(*path, key)] = k.start_mark.line + 1
                todo.append(((*path, key), v))
        elif isinstance(n, yaml.SequenceNode):
            for i, item in enumerate(n.value):
                out.lines[(*path, i)] = item.start_mark.line + 1
                todo.append(((*path, i), item))
    return out
