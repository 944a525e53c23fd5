"""The benchmark scripts run on a few small files and print a complete, consistent report: every
row is there, times, rates and memory are positive finite numbers, counts match the files given,
and each ratio is the quotient of the figures printed with it (within their rounding). No timing
target is asserted: a shared machine only ever adds time."""

from __future__ import annotations

import math
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "corpus" / "news"
NUMBER = r"([0-9][0-9,]*(?:\.[0-9]+)?)"

pytestmark = pytest.mark.slow
needs_news = pytest.mark.skipif(not NEWS.is_dir(), reason="../shared/corpus/news is absent")


def _run(script: str, *args: str) -> str:
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / script), *args],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def _row(report: str, pattern: str) -> list[float]:
    """The numbers of the one line matching ``pattern`` (NUMBER groups), each positive and
    finite."""
    found = re.findall(pattern, report, flags=re.MULTILINE)
    assert len(found) == 1, f"expected one line like {pattern!r} in:\n{report}"
    groups = found[0] if isinstance(found[0], tuple) else (found[0],)
    values = [float(g.replace(",", "")) for g in groups]
    assert all(math.isfinite(v) and v > 0 for v in values), (pattern, values)
    return values


def _quotient(value: float, num: float, den: float, places: tuple[int, int, int]) -> bool:
    """Whether ``value`` (printed with ``places[2]`` decimals) is ``num / den``, those printed
    with ``places[0]`` and ``places[1]`` decimals."""
    half_num, half_den, half_value = (0.5 * 10.0 ** -p for p in places)
    assert den > half_den, "the denominator is too small to check the quotient"
    low = (num - half_num) / (den + half_den) - half_value
    high = (num + half_num) / (den - half_den) + half_value
    return low <= value <= high


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The three smallest news files, in a folder of their own."""
    folder = tmp_path_factory.mktemp("bench-corpus")
    for p in sorted(NEWS.glob("*.md"), key=lambda p: (p.stat().st_size, p.name))[:3]:
        shutil.copy(p, folder / p.name)
    return folder


@needs_news
def test_build_benchmark_report(corpus):
    report = _run("bench_build.py", str(corpus), "--jobs", "2")
    files = sorted(corpus.iterdir())
    chars = sum(len(p.read_text(encoding="utf-8")) for p in files)
    n_files, n_chars = _row(report, rf"^corpus: {NUMBER} files, {NUMBER} characters, jobs=2$")
    assert (n_files, n_chars) == (len(files), chars)
    (base,) = _row(report, rf"^jieba\.lcut pass \(baseline\) +{NUMBER} s$")
    build, ratio = _row(report, rf"^conceptkg build +{NUMBER} s +ratio +{NUMBER}x \(target")
    assert _quotient(ratio, build, base, (2, 2, 2)), report
    _row(report, rf"^peak memory of the build +{NUMBER} MiB")
    _, add, ratio, alone = _row(report, rf"^add 1 file to {NUMBER}-file graph +{NUMBER} s +ratio "
                                rf"+{NUMBER}x vs building it alone \({NUMBER} s\)$")
    assert _quotient(ratio, add, alone, (2, 2, 2)), report
    again, ratio = _row(report, rf"^rebuild unchanged \(skipped\) +{NUMBER} s +ratio +{NUMBER}x "
                        "vs first build$")
    assert _quotient(ratio, again, build, (2, 2, 2)), report
    edit, ratio = _row(report, rf"^replace 1 edited file +{NUMBER} s +ratio +{NUMBER}x vs "
                       "building it alone$")
    assert _quotient(ratio, edit, alone, (2, 2, 2)), report


@needs_news
def test_extraction_benchmark_report(corpus):
    from conceptkg.loaders.reading.document import load_document

    report = _run("bench_extraction.py", str(corpus))
    files = sorted(corpus.iterdir())
    chars = sum(len(load_document(p).text) for p in files)
    n_files, n_chars = _row(report, rf"^corpus: {NUMBER} files, {NUMBER} normalized characters$")
    assert (n_files, n_chars) == (len(files), chars)
    base, base_rate = _row(report, rf"^jieba\.lcut pass \(baseline\) +{NUMBER} s +{NUMBER} "
                           "chars/s$")
    ext, ext_rate, ratio, nodes, edges = _row(
        report, rf"^extraction \(process_file\) +{NUMBER} s +{NUMBER} chars/s +ratio "
        rf"{NUMBER}x +nodes, edges: {NUMBER} {NUMBER}$")
    assert _quotient(base_rate, chars, base, (0, 2, 0)), report
    assert _quotient(ext_rate, chars, ext, (0, 2, 0)), report
    assert _quotient(ratio, ext, base, (2, 2, 2)), report
    assert nodes == int(nodes) and edges == int(edges)


@needs_news
def test_huge_line_benchmark_report(corpus):
    report = _run("bench_huge_line.py", str(corpus), "--mb", "0.25")
    (base,) = _row(report, rf"^corpus sample: {NUMBER} chars/s$")
    for head in ("one line of", "no punctuation,"):
        size, rate, ratio = _row(report, rf"^{head} {NUMBER} MB: {NUMBER} chars/s,? ?ratio "
                                 rf"{NUMBER} \(target >= 0\.5\)$")
        assert size == 0.25
        assert _quotient(ratio, rate, base, (0, 0, 2)), report


def test_startup_benchmark_report():
    report = _run("bench_startup.py", "--smoke")
    median = {}
    for name in ("python -c pass", "import typer, rich", "eager import of the stack",
                 "conceptkg --help", "conceptkg ask stats"):
        med, low = _row(report, rf"^{re.escape(name)} +median {NUMBER} s +min {NUMBER} s$")
        assert low <= med
        median[name] = med
    for name, target in (("conceptkg --help", 0.3), ("conceptkg ask stats", 0.5)):
        eager, floor, verdict = re.findall(
            rf"^ratio {re.escape(name)} / eager import = {NUMBER}; / typer\+rich floor = "
            rf"{NUMBER}; target {target:.1f} s: (ok|over)", report, flags=re.MULTILINE)[0]
        assert _quotient(float(eager), median[name], median["eager import of the stack"],
                         (3, 3, 2)), report
        assert _quotient(float(floor), median[name], median["import typer, rich"],
                         (3, 3, 2)), report
        assert (verdict == "ok") == (median[name] <= target), report
