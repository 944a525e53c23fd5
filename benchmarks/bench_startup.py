"""CLI start-up time: ``conceptkg --help`` and ``conceptkg ask stats`` on the sample, measured in
the same run as baselines.

    python benchmarks/bench_startup.py [--runs N] [--baseline-src DIR] [--smoke]

Figures (whole processes, wall-clock, the median of N interleaved runs; the minimum is printed
too, since a shared machine only ever adds time):
1. floor: ``python -c pass`` and ``python -c "import typer, rich.console"`` (what any typer CLI
   pays before it does anything);
2. eager: a process that imports the whole stack (networkx, pydantic models, the stores, the
   named queries, the extraction pipeline), which is what the CLI imported for every command
   before it imported lazily;
3. ``conceptkg --help`` (target ≤ 0.3 s) and ``conceptkg ask stats --db SAMPLE`` (target
   ≤ 0.5 s), each also as a ratio to the eager import;
4. with ``--baseline-src DIR`` (the ``src`` of an older checkout), the same two commands run from
   that code, so that before/after is measured on the same machine at the same time.
``--smoke`` runs 3 rounds (for CI, which asserts nothing about the figures).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"
SAMPLE = HERE.parent / "examples" / "sample-policy.txt"
EAGER = ("import conceptkg.cli, conceptkg.graph.stores.embedded, conceptkg.graph.knowledge_graph, "
         "conceptkg.graph.models, conceptkg.queries.catalogue, conceptkg.build")
HELP_TARGET_S, ASK_TARGET_S = 0.3, 0.5


def _cli(src: Path, *args: str) -> tuple[list[str], dict[str, str]]:
    env = dict(os.environ, PYTHONPATH=str(src))
    return [sys.executable, "-m", "conceptkg.cli", *args], env


def _time(cmd: list[str], env: dict[str, str] | None = None) -> float:
    t0 = time.perf_counter()
    done = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          text=True)
    elapsed = time.perf_counter() - t0
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{done.stderr[-2000:]}")
    return elapsed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--baseline-src", type=Path, default=None)
    ap.add_argument("--smoke", action="store_true")
    args = ap.parse_args()
    runs = 3 if args.smoke else args.runs
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "sample.db")
        cmd, env = _cli(SRC, "build", str(SAMPLE), "--db", db, "-j", "1")
        _time(cmd, env)
        cases: dict[str, tuple[list[str], dict[str, str] | None]] = {
            "python -c pass": ([sys.executable, "-c", "pass"], None),
            "import typer, rich": ([sys.executable, "-c", "import typer, rich.console"], None),
            "eager import of the stack": ([sys.executable, "-c", EAGER],
                                          dict(os.environ, PYTHONPATH=str(SRC))),
            "conceptkg --help": _cli(SRC, "--help"),
            "conceptkg ask stats": _cli(SRC, "ask", "stats", "--db", db),
        }
        if args.baseline_src:
            base = args.baseline_src.resolve()
            cases["baseline: conceptkg --help"] = _cli(base, "--help")
            cases["baseline: conceptkg ask stats"] = _cli(base, "ask", "stats", "--db", db)
        for cmd, env in cases.values():  # warm the file cache and bytecode
            _time(cmd, env)
        times: dict[str, list[float]] = {k: [] for k in cases}
        for _ in range(runs):
            for name, (cmd, env) in cases.items():
                times[name].append(_time(cmd, env))
    med = {k: statistics.median(v) for k, v in times.items()}
    for name, values in times.items():
        print(f"{name:32s} median {med[name]:.3f} s   min {min(values):.3f} s")
    eager = med["eager import of the stack"]
    floor = med["import typer, rich"]
    for name, target in (("conceptkg --help", HELP_TARGET_S),
                         ("conceptkg ask stats", ASK_TARGET_S)):
        verdict = "ok" if med[name] <= target else "over (a loaded machine adds time: see min)"
        print(f"ratio {name} / eager import = {med[name] / eager:.2f}; "
              f"/ typer+rich floor = {med[name] / floor:.2f}; "
              f"target {target:.1f} s: {verdict}")
        if args.baseline_src:
            print(f"ratio {name} / baseline checkout = {med[name] / med['baseline: ' + name]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
