"""warm_up: the extractor is loaded once in the parent, before worker processes are forked."""

from __future__ import annotations

import subprocess
import sys

_PROBE = """
import jieba
from conceptkg.loaders.extraction.extract import get_lexicon
from conceptkg.loaders.pipeline import warm_up
assert not jieba.dt.initialized
warm_up({lexicon!r})
print(jieba.dt.initialized, get_lexicon.cache_info().currsize)
"""


def _probe(lexicon: tuple[str, ...]) -> str:
    out = subprocess.run([sys.executable, "-c", _PROBE.format(lexicon=lexicon)],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout.split()


def test_warm_up_loads_dictionary_and_lexicon() -> None:
    initialized, cached = _probe(())
    assert initialized == "True"
    assert cached != "0"


def test_warm_up_leaves_a_bad_lexicon_to_the_build(tmp_path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("terms: [unclosed", encoding="utf-8")
    _probe((str(bad),))  # no exception here (rc 0): the build reports the lexicon, once
