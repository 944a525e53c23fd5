"""Which corrections file a Neo4j database uses: the server's default database ``neo4j`` is the
database a command without ``--database`` writes to, so ``--database neo4j`` (in any case, as
Neo4j's names are) and ``NEO4J_DATABASE=neo4j`` read and write the same file as no option at
all; database names differing only in case share one file too. (Nothing here connects.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from conceptkg.curation import default_path
from tests.helpers import run_cli

URI = "bolt://localhost:1"


@pytest.fixture
def here(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for var in ("CONCEPTKG_DB", "NEO4J_DATABASE", "NEO4J_URI"):
        monkeypatch.delenv(var, raising=False)
    return tmp_path


@pytest.mark.parametrize("database", [None, "neo4j", "Neo4j", " NEO4J "])
def test_the_default_database_and_its_name_share_one_file(here, database):
    assert default_path(None, URI, database) == Path("conceptkg.curation.yaml")


def test_names_differing_only_in_case_share_one_file(here):
    assert default_path(None, URI, "Sales") == default_path(None, URI, "sales") \
        == Path("conceptkg.sales.curation.yaml")


def test_list_reads_the_default_file_for_database_neo4j(capsys, here, monkeypatch):
    (here / "conceptkg.curation.yaml").write_text(
        "version: 1\ncorrections:\n  - {op: reject-node, name: 恒拓集团}\n", encoding="utf-8")
    for extra in ([], ["--database", "neo4j"]):
        code, out, err = run_cli(capsys, "curate", "list", "--neo4j", URI, *extra)
        assert code == 0 and "reject-node 恒拓集团" in out, err
        assert "1 correction(s) in conceptkg.curation.yaml" in err
    monkeypatch.setenv("NEO4J_DATABASE", "neo4j")
    code, out, err = run_cli(capsys, "curate", "list", "--neo4j", URI)
    assert code == 0 and "reject-node 恒拓集团" in out, err


def test_a_file_an_earlier_version_kept_for_database_neo4j_is_still_read(capsys, here):
    """Earlier versions wrote ``--database neo4j``'s corrections to conceptkg.neo4j.curation.yaml:
    while the default file does not exist, that one is read (and the first correction starts
    the default file as a copy of it)."""
    (here / "conceptkg.neo4j.curation.yaml").write_text(
        "version: 1\ncorrections:\n  - {op: reject-node, name: 溪宁集团}\n", encoding="utf-8")
    code, out, err = run_cli(capsys, "curate", "list", "--neo4j", URI)
    assert code == 0 and "reject-node 溪宁集团" in out, err
    assert "the shared conceptkg.neo4j.curation.yaml" in err
