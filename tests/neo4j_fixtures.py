"""A real Neo4j 5 server for the tests, started through tests/neo4j_launcher (Java + Maven).

:class:`Neo4jLauncher` builds and starts the launcher (auth on, a random password handed over in
a file), waits for its READY line and stops it by closing its stdin. The session fixture
``neo4j_server`` holds one server for the whole run; ``neo4j_clean`` empties it before each test
(Community edition has one user database, so it is cleared rather than recreated), and
``neo4j_store`` opens a :class:`Neo4jStore` on it.

Without java or mvn the neo4j tests are skipped, unless CI is set: CI always runs them, so there
a server that cannot start fails the tests.
"""

from __future__ import annotations

import os
import queue
import secrets
import shutil
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

__all__ = ["LAUNCHER_DIR", "Neo4jLauncher", "Neo4jServer", "clear_database", "in_ci",
           "launcher_classpath"]

# (tests that build through the CLI into the server use the fixture neo4j_cli_build)

LAUNCHER_DIR = Path(__file__).resolve().parent / "neo4j_launcher"
READY_TIMEOUT_S = 120.0
BUILD_TIMEOUT_S = 900.0


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


@dataclass(frozen=True)
class Neo4jServer:
    uri: str
    auth: tuple[str, str] | None


class Neo4jLauncher:
    """One launcher process: ``start()`` returns the server, ``stop()`` ends it."""

    def __init__(self, workdir: Path, *, password: str | None = None,
                 heap: str = "512m", copy_from: Path | None = None) -> None:
        self.workdir = workdir
        self.password = password
        self.heap = heap
        #: a NEO4J_HOME whose data/ the server starts on a copy of (e.g. after neo4j-admin import)
        self.copy_from = copy_from
        self.proc: subprocess.Popen[str] | None = None
        self._lines: queue.Queue[str | None] = queue.Queue()
        self.log_path = workdir / "launcher.log"

    @staticmethod
    def missing_tools() -> list[str]:
        """Tools needed but not on PATH (mvn only while the launcher is not built)."""
        built = (LAUNCHER_DIR / "target" / "lib" / ".complete").exists()
        return [t for t in ("java", "mvn") if shutil.which(t) is None
                and not (t == "mvn" and built)]

    @staticmethod
    def build() -> None:
        res = subprocess.run(["bash", str(LAUNCHER_DIR / "build.sh")], capture_output=True,
                             text=True, timeout=BUILD_TIMEOUT_S, stdin=subprocess.DEVNULL)
        if res.returncode != 0:
            tail = (res.stdout + res.stderr).strip().splitlines()[-15:]
            raise RuntimeError("building the Neo4j launcher failed:\n" + "\n".join(tail))

    def start(self, port: int = 0, timeout: float = READY_TIMEOUT_S) -> Neo4jServer:
        self.build()
        self.workdir.mkdir(parents=True, exist_ok=True)
        args = [str(port), "--dir", str(self.workdir / "neo4j")]
        if self.password is not None:
            pw_file = self.workdir / "password"
            pw_file.write_text(self.password, encoding="utf-8")
            pw_file.chmod(0o600)
            args += ["--password-file", str(pw_file)]
        if self.copy_from is not None:
            args += ["--copy-from", str(self.copy_from)]
        classpath = launcher_classpath()
        log = self.log_path.open("w", encoding="utf-8")
        self.proc = subprocess.Popen(
            ["java", f"-Xmx{self.heap}", "-XX:+UseSerialGC", "-cp", classpath,
             "conceptkg.neo4j.Main", *args],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log, text=True,
            cwd=self.workdir,
        )
        log.close()
        threading.Thread(target=self._pump, daemon=True).start()
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                self.stop()
                raise RuntimeError(f"Neo4j did not start within {timeout:.0f} s; "
                                   f"see {self.log_path}")
            try:
                line = self._lines.get(timeout=min(left, 1.0))
            except queue.Empty:
                continue
            if line is None:
                code = self.proc.wait()
                tail = self.log_path.read_text(encoding="utf-8", errors="replace")[-2000:]
                raise RuntimeError(f"Neo4j launcher exited with {code}:\n{tail}")
            if line.startswith("READY "):
                uri = line.split(None, 1)[1].strip().rstrip("/")
                auth = ("neo4j", self.password) if self.password is not None else None
                return Neo4jServer(uri=uri, auth=auth)

    def _pump(self) -> None:
        assert self.proc is not None and self.proc.stdout is not None
        for line in self.proc.stdout:
            self._lines.put(line.rstrip("\n"))
        self._lines.put(None)

    def stop(self, timeout: float = 30.0) -> None:
        proc, self.proc = self.proc, None
        if proc is None:
            return
        try:
            if proc.stdin is not None:
                proc.stdin.close()
        except OSError:
            pass
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def launcher_classpath() -> str:
    """The Java classpath of the built launcher (Neo4j 5 with its tools, the import tool too)."""
    target = LAUNCHER_DIR / "target"
    return f"{target / 'neo4j-launcher.jar'}{os.pathsep}{target / 'lib'}/*"


def clear_database(server: Neo4jServer) -> None:
    """Delete every node, relationship and constraint of the server's default database."""
    import neo4j

    with neo4j.GraphDatabase.driver(server.uri, auth=server.auth) as driver:
        records, _, _ = driver.execute_query("SHOW CONSTRAINTS YIELD name RETURN name")
        for rec in records:
            name = str(rec["name"]).replace("`", "``")
            driver.execute_query(f"DROP CONSTRAINT `{name}` IF EXISTS")
        driver.execute_query("MATCH (n) DETACH DELETE n")


@pytest.fixture(scope="session")
def neo4j_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Neo4jServer]:
    """One real Neo4j 5 server (auth on) for the whole test session."""
    missing = Neo4jLauncher.missing_tools()
    if missing:
        reason = f"Neo4j tests need {' and '.join(missing)} (not found on PATH)"
        if in_ci():
            pytest.fail(reason)
        pytest.skip(reason)
    launcher = Neo4jLauncher(tmp_path_factory.mktemp("neo4j"), password=secrets.token_hex(12))
    try:
        server = launcher.start()
    except (RuntimeError, OSError, subprocess.TimeoutExpired) as exc:
        if in_ci():
            pytest.fail(f"cannot start the test Neo4j server: {exc}")
        pytest.skip(f"cannot start the test Neo4j server: {exc}")
    try:
        yield server
    finally:
        launcher.stop()


@pytest.fixture
def neo4j_clean(neo4j_server: Neo4jServer) -> Neo4jServer:
    """The session's server, emptied (no data, no constraints) for this test."""
    clear_database(neo4j_server)
    return neo4j_server


@pytest.fixture
def neo4j_store(neo4j_clean: Neo4jServer) -> Iterator[object]:
    """A :class:`Neo4jStore` on an empty database."""
    from conceptkg.graph.stores.neo4j import Neo4jStore

    store = Neo4jStore(neo4j_clean.uri, auth=neo4j_clean.auth)
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def neo4j_cli_build(neo4j_clean: Neo4jServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                    capsys: pytest.CaptureFixture[str]) -> Callable[[dict[str, str]], list[object]]:
    """A function that writes ``docs`` (file name -> text) to tmp_path/docs and builds them
    with ``conceptkg build`` into the clean server, the credentials in the environment and an
    empty corrections file tmp_path/fixes.yaml; it returns the options that name the server
    and that file (``["--neo4j", URI, "--curation", FILE]``) for the test's next commands."""
    from tests.helpers import run_cli

    user, pw = neo4j_clean.auth
    monkeypatch.setenv("NEO4J_USERNAME", user)
    monkeypatch.setenv("NEO4J_PASSWORD", pw)

    def build(docs: dict[str, str]) -> list[object]:
        folder = tmp_path / "docs"
        folder.mkdir()
        for name, text in docs.items():
            (folder / name).write_text(text, encoding="utf-8")
        cur = tmp_path / "fixes.yaml"
        cur.write_text("version: 1\ncorrections: []\n", encoding="utf-8")
        where: list[object] = ["--neo4j", neo4j_clean.uri, "--curation", cur]
        code, _, err = run_cli(capsys, "build", folder, *where)
        assert code == 0, err
        return where

    return build
