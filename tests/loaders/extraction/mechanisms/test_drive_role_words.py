"""``发挥A的辐射作用/示范作用，带动B``: a role that spreads or sets an example
(``DRIVES.role_words``, also fused with 作用 into one word) makes A the instrument of the cue
clause after it, like 发挥A的引领作用. A role without such a word (发挥A的作用) gives none."""

from tests.loaders.extraction_helpers import drive_pairs as _drives


def test_spreading_role_drives():
    got = _drives("发挥冷链枢纽的辐射作用，带动周边乡镇特色农业集聚发展。")
    assert any(s.endswith("冷链枢纽") for s, _ in got), got


def test_example_role_drives():
    got = _drives("发挥标准化基地的示范作用，带动周边农户规范种植。")
    assert ("标准化基地", "周边农户规范种植") in got, got


def test_bare_role_gives_no_frame():
    got = _drives("发挥冷链枢纽的作用，带动周边乡镇特色农业集聚发展。")
    assert not any(s.endswith("冷链枢纽") for s, _ in got), got
