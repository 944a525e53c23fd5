"""The benchmark scripts still run (their --smoke versions); no timing is asserted here."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "corpus" / "news"

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not NEWS.is_dir(), reason="../shared/corpus/news is absent")]


@pytest.mark.parametrize("script", ["bench_build.py", "bench_extraction.py",
                                    "bench_startup.py"])
def test_benchmark_smoke(script):
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / script), "--smoke"],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "ratio" in done.stdout
