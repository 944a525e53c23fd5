"""The language data files hold each key once: YAML lets a second key silently replace the
first, so a new pattern named like an old one would change what the old one's users read."""

from pathlib import Path

import pytest
import yaml

ZH = Path(__file__).resolve().parents[2] / "src" / "conceptkg" / "loaders" / "zh"


class _UniqueKeyLoader(yaml.SafeLoader):
    pass


def _mapping(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: set = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise ValueError(f"duplicate key {key!r} at line {key_node.start_mark.line + 1}")
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


@pytest.mark.parametrize("path", sorted(ZH.glob("*.yaml")), ids=lambda p: p.name)
def test_each_key_once(path: Path) -> None:
    yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)


def test_a_duplicate_key_is_caught() -> None:
    with pytest.raises(ValueError, match="duplicate key"):
        yaml.load("a: 1\nb: 2\na: 3\n", Loader=_UniqueKeyLoader)
