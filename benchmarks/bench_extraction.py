"""Extraction speed against a bare jieba pass, both measured in the same run as whole processes.

    python benchmarks/bench_extraction.py [CORPUS_DIR] [--smoke]

1. baseline: a process that reads every file and runs ``jieba.lcut`` over its normalized text;
2. a process that reads, normalizes and extracts every file (``process_file``) in one process.
Prints the time of each, characters per second and the ratio (the extractor's share of the
issue-7 budget: a build may take at most 3x the baseline). ``--smoke`` uses the first 12 files.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus" / "news"

BASELINE = (
    "import sys, jieba\n"
    "from conceptkg.loaders.reading.document import load_document\n"
    "n = 0\n"
    "for p in sys.argv[1:]:\n"
    "    t = load_document(p).text\n"
    "    n += len(t)\n"
    "    jieba.lcut(t)\n"
    "print(n)\n"
)
EXTRACT = (
    "import sys\n"
    "from conceptkg.loaders.pipeline import process_file\n"
    "nodes = edges = 0\n"
    "for p in sys.argv[1:]:\n"
    "    kg = process_file(p)\n"
    "    nodes += len(kg)\n"
    "    edges += kg.number_of_edges\n"
    "print(nodes, edges)\n"
)


def _run(code: str, files: list[str]) -> tuple[float, str]:
    t = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code, *files], check=True,
                         capture_output=True, text=True).stdout.strip()
    return time.perf_counter() - t, out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    ap.add_argument("--smoke", action="store_true", help="first 12 files only")
    args = ap.parse_args()
    files = sorted(str(p) for p in Path(args.corpus).glob("*") if p.is_file())
    if args.smoke:
        files = files[:12]
    if not files:
        print(f"no files in {args.corpus}", file=sys.stderr)
        return 2
    base_t, chars = _run(BASELINE, files)
    ext_t, counts = _run(EXTRACT, files)
    n = int(chars)
    print(f"corpus: {len(files)} files, {n:,} normalized characters")
    print(f"jieba.lcut pass (baseline)  {base_t:7.2f} s  {n / base_t:10,.0f} chars/s")
    print(f"extraction (process_file)   {ext_t:7.2f} s  {n / ext_t:10,.0f} chars/s  "
          f"ratio {ext_t / base_t:.2f}x   nodes, edges: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
