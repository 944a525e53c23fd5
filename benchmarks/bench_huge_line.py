"""Characters per second on one huge single-line text against the corpus, in the same run.

    python benchmarks/bench_huge_line.py [CORPUS_DIR] [--mb 30] [--smoke]

1. baseline: the corpus files built in memory (one process, one job), characters per second;
2. the same text joined into one file of ``--mb`` MB with no line break at all, and again with
   no sentence punctuation either (a dump): characters per second of each.
ratio = huge / corpus (target ≥ 0.5: a huge line costs no more per character than the corpus;
before sentences were bounded, a punctuation-free line was quadratic). ``--smoke``: 1 MB.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus" / "news"


def _rate(paths: list[Path]) -> float:
    from conceptkg.build import build

    chars = sum(len(p.read_text(encoding="utf-8")) for p in paths)
    t0 = time.perf_counter()
    result = build(paths, None, jobs=1)
    elapsed = time.perf_counter() - t0
    assert not result.failed, [o.message for o in result.failed]
    return chars / elapsed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    ap.add_argument("--mb", type=float, default=30.0)
    ap.add_argument("--smoke", action="store_true")
    args = ap.parse_args()
    mb = 1.0 if args.smoke else args.mb
    files = sorted(p for p in Path(args.corpus).iterdir() if p.suffix in (".md", ".txt"))
    sample = files[:12]
    base = _rate(sample)
    text = "".join(p.read_text(encoding="utf-8").replace("\n", "") for p in sample)
    size = int(mb * 1024 * 1024 / 3)  # characters (3 bytes each in UTF-8)
    line = (text * (size // max(1, len(text)) + 1))[:size]
    with tempfile.TemporaryDirectory() as tmp:
        one = Path(tmp) / "one-line.txt"
        one.write_text(line, encoding="utf-8")
        huge = _rate([one])
        dump = Path(tmp) / "dump.txt"
        dump.write_text(line.translate(str.maketrans("。！？；，、", "      ")), encoding="utf-8")
        bare = _rate([dump])
    print(f"corpus sample: {base:,.0f} chars/s")
    print(f"one line of {mb:g} MB: {huge:,.0f} chars/s, ratio {huge / base:.2f} (target >= 0.5)")
    print(f"no punctuation, {mb:g} MB: {bare:,.0f} chars/s, ratio {bare / base:.2f} "
          "(target >= 0.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
