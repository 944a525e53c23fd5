"""Build speed and memory against a bare jieba pass, measured in the same run.

    python benchmarks/bench_build.py [CORPUS_DIR] [--jobs N] [--smoke]

Figures (all as whole processes, wall-clock):
1. baseline: a process that runs ``jieba.lcut`` over every file of the corpus;
2. ``conceptkg build CORPUS`` into a fresh embedded database; ratio = build / baseline
   (target ≤ 2.0, extraction v2) and peak memory of the build's whole process tree (target ≤ 1 GiB);
3. incremental: adding one more file to the graph of all the others, against building that file
   alone into an empty database (target: about 1×, not a rebuild);
4. a second build of the unchanged corpus (skipped by content hash), against the first build;
5. replacing one edited file in the graph of the whole corpus (its old version's evidence and
   orphans removed, the new one added), against building that file alone (target: about 1×).
``--smoke`` uses the first 12 files (for CI).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus" / "news"
JIEBA = (
    "import sys, jieba\n"
    "for p in sys.argv[1:]:\n"
    "    jieba.lcut(open(p, encoding='utf-8').read())\n"
)


def _tree_rss(pid: int) -> int:
    """Resident memory (bytes) of a process and all its descendants."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/statm") as f:
                total += int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
        except (OSError, ValueError):
            continue
    return total


def run(cmd: list[str]) -> tuple[float, int]:
    """Wall time and peak tree memory of a command."""
    peak = 0
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(proc.pid))
            time.sleep(0.05)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    _, err = proc.communicate()
    elapsed = time.perf_counter() - t0
    done.set()
    t.join()
    if proc.returncode not in (0, 3):
        sys.exit(f"command failed ({proc.returncode}): {' '.join(cmd)}\n{err.decode()[-2000:]}")
    return elapsed, peak


def conceptkg(*args: str) -> list[str]:
    return [sys.executable, "-m", "conceptkg.cli", *args]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--smoke", action="store_true", help="first 12 files only")
    a = ap.parse_args()
    files = sorted(p for p in Path(a.corpus).iterdir() if p.suffix in {".md", ".txt"})
    if a.smoke:
        files = files[:12]
    if len(files) < 2:
        sys.exit(f"{a.corpus}: need at least 2 documents")
    chars = sum(len(p.read_text(encoding="utf-8")) for p in files)
    tmp = Path(tempfile.mkdtemp(prefix="ckg-bench-"))
    try:
        corpus = tmp / "corpus"
        corpus.mkdir()
        for p in files[:-1]:
            shutil.copy(p, corpus / p.name)
        last = tmp / "last"
        last.mkdir()
        shutil.copy(files[-1], last / files[-1].name)

        run([sys.executable, "-c", JIEBA, str(files[0])])  # warm jieba's dictionary cache
        base, _ = run([sys.executable, "-c", JIEBA, *map(str, files)])
        build_t, peak = run(conceptkg("build", str(corpus), str(last), "--db",
                                      str(tmp / "full.db"), "--jobs", str(a.jobs)))
        again_t, _ = run(conceptkg("build", str(corpus), str(last), "--db", str(tmp / "full.db"),
                                   "--jobs", str(a.jobs)))
        edited = last / files[-1].name
        edited.write_text(edited.read_text(encoding="utf-8") + "\n本文有修订。\n",
                          encoding="utf-8")
        edit_t, _ = run(conceptkg("build", str(edited), "--db", str(tmp / "full.db")))
        run(conceptkg("build", str(corpus), "--db", str(tmp / "inc.db"), "--jobs", str(a.jobs)))
        add_t, _ = run(conceptkg("build", str(last), "--db", str(tmp / "inc.db")))
        alone_t, _ = run(conceptkg("build", str(last), "--db", str(tmp / "alone.db")))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print(f"corpus: {len(files)} files, {chars:,} characters, jobs={a.jobs}")
    print(f"jieba.lcut pass (baseline)      {base:7.2f} s")
    print(f"conceptkg build                 {build_t:7.2f} s   ratio {build_t / base:5.2f}x "
          f"(target <= 2.0)")
    print(f"peak memory of the build        {peak / 2**20:7.0f} MiB (target <= 1024)")
    print(f"add 1 file to {len(files) - 1}-file graph     {add_t:7.2f} s   "
          f"ratio {add_t / alone_t:5.2f}x vs building it alone ({alone_t:.2f} s)")
    print(f"rebuild unchanged (skipped)     {again_t:7.2f} s   ratio {again_t / build_t:5.2f}x "
          f"vs first build")
    print(f"replace 1 edited file           {edit_t:7.2f} s   ratio {edit_t / alone_t:5.2f}x "
          f"vs building it alone")
    return 0


if __name__ == "__main__":
    sys.exit(main())
