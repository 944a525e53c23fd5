"""Building files into a store: batches with bad files, unchanged documents, parallel = serial,
large files in parts, the extract/load split."""

import io
import json
import shutil
from pathlib import Path

import pytest

from conceptkg.build import build, expand_paths, extract_to_jsonl, load_jsonl, worker_pool
from conceptkg.errors import InputError
from conceptkg.graph import EmbeddedStore
from conceptkg.graph.io_json import graph_to_dict
from conceptkg.loaders.reading import document, readers

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sample-policy.txt"
DOCS = {
    "a.txt": "数字经济推动高质量发展。某某集团公司打造工业互联网平台。",
    "b.txt": "新质生产力包括劳动、资本、数据等生产要素。科技创新带动产业升级。",
    "c.md": "### 标题\n<p>以改革创新驱动绿色发展。某某集团推进数字化转型行动。</p>",
}


@pytest.fixture
def corpus(tmp_path):
    d = tmp_path / "docs"
    d.mkdir()
    for name, text in DOCS.items():
        (d / name).write_text(text, encoding="utf-8")
    shutil.copy(SAMPLE, d / "sample.txt")
    return d


def _canon(kg):
    data = graph_to_dict(kg)
    for d in data["documents"]:
        d.pop("built_at")  # when, not what
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def test_parallel_build_equals_serial(corpus, tmp_path):
    graphs = []
    for jobs in (1, 2):
        with EmbeddedStore(tmp_path / f"db{jobs}") as store:
            result = build([corpus], store, jobs=jobs)
            assert result.ok and len(result.built) == 4
            graphs.append(_canon(store.read_graph()))
    assert graphs[0] == graphs[1]


def test_workers_started_before_the_store_build_the_same_graph_and_stop(corpus, tmp_path):
    with EmbeddedStore(tmp_path / "serial") as store:
        build([corpus], store, jobs=1)
        serial = _canon(store.read_graph())
    with worker_pool(2, expand_paths([corpus])) as workers:
        assert workers is not None
        procs = list(workers.pool._processes.values())
        assert len(procs) == 2 and all(p.is_alive() for p in procs)
        with EmbeddedStore(tmp_path / "early") as store:
            result = build([corpus], store, workers=workers)
            assert result.ok and len(result.built) == 4
            # the build stopped them once its files were extracted
            assert not any(p.is_alive() for p in procs)
            assert _canon(store.read_graph()) == serial


def test_workers_stop_when_the_build_fails_before_extracting(corpus, tmp_path):
    from conceptkg.processes import Workers

    workers = Workers(2)
    procs = list(workers.pool._processes.values())
    with pytest.raises(InputError):
        build([corpus, tmp_path / "missing.txt"], None, workers=workers)
    assert not any(p.is_alive() for p in procs)


def test_worker_pool_is_sized_like_the_build(corpus, tmp_path, monkeypatch):
    files = expand_paths([corpus])
    with worker_pool(1, files) as one_job:
        assert one_job is None
    with worker_pool(4, files[:1]) as one_file:
        assert one_file is None
    monkeypatch.setattr(readers, "LARGE_FILE_BYTES", 1000)
    monkeypatch.setattr(document, "LARGE_FILE_BYTES", 1000)
    big = tmp_path / "big.txt"
    big.write_text("数字经济推动高质量发展。\n" * 200, encoding="utf-8")
    with worker_pool(4, [big, files[0]]) as large_and_one:
        assert large_and_one is None  # a large file is read in this process
    with worker_pool(2, files) as two:
        assert two is not None and len(two.pool._processes) == 2


def test_rebuild_skips_unchanged_unless_forced(corpus, tmp_path):
    with EmbeddedStore(tmp_path / "db") as store:
        build([corpus], store, jobs=1)
        stats = store.stats()
        again = build([corpus], store, jobs=1)
        assert len(again.unchanged) == 4 and not again.built
        forced = build([corpus], store, jobs=1, force=True)
        assert len(forced.built) == 4
        assert store.stats() == stats


def test_bad_files_are_reported_and_good_ones_stored(corpus, tmp_path):
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 10)
    with EmbeddedStore(tmp_path / "db") as store:
        result = build([corpus], store, jobs=2)
        assert not result.ok
        assert {Path(o.path).name for o in result.failed} == {"binary.txt"}
        assert {Path(o.path).name for o in result.empty} == {"empty.txt"}
        assert all("\n" not in o.message for o in result.failed)
        assert len(result.built) == 4 and store.stats()["documents"] == 4


def test_missing_paths_raise(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        expand_paths([tmp_path / "missing"])


def test_a_directory_search_leaves_out_hidden_files_and_office_lock_files(tmp_path):
    """A folder copied from a Mac (``._报告.docx``), with a report open in Word (``~$报告.docx``),
    under git or with notebook checkpoints: those are no documents; named, a file is read."""
    root = tmp_path / "reports"
    for rel in ("岚州.txt", "sub/溪宁.md", "._岚州.docx", "~$岚州.docx", ".notes.txt",
                ".ipynb_checkpoints/溪宁-checkpoint.md", ".git/恒拓.txt", "sub/.cache/x.txt"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text("恒拓集团打造岚州智算平台。", encoding="utf-8")
    found = [p.relative_to(root).as_posix() for p in expand_paths([root])]
    assert found == ["sub/溪宁.md", "岚州.txt"]
    hidden = root / ".notes.txt"
    assert expand_paths([hidden]) == [hidden]
    dot = tmp_path / ".data"  # a hidden directory named itself is searched
    dot.mkdir()
    (dot / "a.txt").write_text("溪宁港。", encoding="utf-8")
    assert expand_paths([dot]) == [dot / "a.txt"]


def test_large_files_are_built_in_parts(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "LARGE_FILE_BYTES", 1000)
    monkeypatch.setattr(document, "LARGE_FILE_BYTES", 1000)
    line = "数字经济推动高质量发展，某某集团公司打造工业互联网平台。\n"
    big = tmp_path / "big.txt"
    big.write_text(line * 200, encoding="utf-8")
    parts = list(document.iter_document_parts(big, max_chars=1000))
    assert len(parts) > 3
    for d in parts:
        assert d.text and len(d.text) <= 1000
    with EmbeddedStore(tmp_path / "db") as store:
        result = build([big], store)
        assert result.ok and len(result.built) >= 1
        for e in store.read_graph().edges():
            for ev in e.evidence:
                assert ev.sentence in line


def test_extract_then_load_equals_build(corpus, tmp_path):
    buf = io.StringIO()
    res = extract_to_jsonl([corpus], buf, jobs=1)
    assert len(res.built) == 4 and len(buf.getvalue().splitlines()) == 4
    jl = tmp_path / "g.jsonl"
    jl.write_text(buf.getvalue(), encoding="utf-8")
    with EmbeddedStore(tmp_path / "a") as a, EmbeddedStore(tmp_path / "b") as b:
        load_jsonl([jl], a)
        build([corpus], b, jobs=1)
        assert _canon(a.read_graph()) == _canon(b.read_graph())
        assert len(load_jsonl([jl], a).unchanged) == 4


def test_one_path_given_alone_is_one_path_not_its_characters(corpus, tmp_path):
    """build('docs', …) is the folder docs, not the files d, o, c, s ('d: no such file');
    a Path alone is no TypeError; a lexicon given as one file name is that file."""
    from conceptkg.remove import remove

    want = _canon(build([corpus], None, keep_graph=True, jobs=1).graph)
    for one in (str(corpus), corpus):
        assert _canon(build(one, None, keep_graph=True, jobs=1).graph) == want
    assert expand_paths(str(corpus / "a.txt")) == [corpus / "a.txt"]
    lexicon = tmp_path / "terms.yaml"
    lexicon.write_text("terms:\n  Initiative: [岚州数字港]\n", encoding="utf-8")
    (corpus / "d.txt").write_text("岚州数字港推动产业升级。", encoding="utf-8")
    names = {n.name for n in build(corpus / "d.txt", None, keep_graph=True, jobs=1,
                                   lexicon=str(lexicon)).graph.nodes()}
    assert "岚州数字港" in names
    lines = tmp_path / "x.jsonl"
    with lines.open("w", encoding="utf-8") as f:
        extract_to_jsonl(str(corpus / "a.txt"), f, jobs=1)
    with EmbeddedStore(tmp_path / "kg.db") as store:
        assert [o.status for o in load_jsonl(lines, store).outcomes] == ["built"]
        assert len(remove(str(corpus / "a.txt"), store).documents) == 1


def test_an_empty_path_is_refused_not_read_as_the_working_directory(corpus, tmp_path,
                                                                   monkeypatch):
    from conceptkg.remove import remove

    monkeypatch.chdir(corpus)
    with EmbeddedStore(tmp_path / "kg.db") as store:
        build([corpus], store, jobs=1)
        for call in (lambda: remove("", store), lambda: remove(["a.txt", " "], store),
                     lambda: build("", store, jobs=1), lambda: expand_paths([""])):
            with pytest.raises(InputError, match="empty path"):
                call()
        assert len(store.documents()) == len(DOCS) + 1


def test_a_page_conceptkg_drew_into_the_folder_is_no_document_of_it(corpus, tmp_path):
    """build docs/ --html docs/graph.html: the next build of docs/ read the page as a document
    (its panel text, a new version at every build); a directory search now passes over the
    pages conceptkg writes, as over hidden files. A page named on its own is still read."""
    from conceptkg.viz import render_html

    with EmbeddedStore(tmp_path / "kg.db") as store:
        first = build([corpus], store, jobs=1)
        render_html(store.read_graph(), corpus / "graph.html")
        again = build([corpus], store, jobs=1)
        assert len(again.built) == 0 and len(again.unchanged) == len(first.built)
        assert not [d for d in store.documents() if d.path.endswith("graph.html")]
    assert corpus / "graph.html" not in expand_paths([corpus])
    assert expand_paths([corpus / "graph.html"]) == [corpus / "graph.html"]
    (corpus / "page.html").write_text("<html><body><p>岚州恒拓集团推进数字化转型。</p></body>"
                                      "</html>", encoding="utf-8")
    assert corpus / "page.html" in expand_paths([corpus])


def test_a_moved_file_keeps_its_document_and_the_store_follows_its_path(tmp_path):
    old, new = tmp_path / "a", tmp_path / "b"
    old.mkdir()
    (old / "x.md").write_text("恒拓集团推动岚州数字平台建设。\n", encoding="utf-8")
    with EmbeddedStore(tmp_path / "db") as store:
        build([old], store, jobs=1)
        stats = store.stats()
        old.rename(new)
        moved = build([new], store, jobs=1)
        assert not moved.built and [o.reason for o in moved.unchanged] == ["moved"]
        assert str(old / "x.md") in moved.unchanged[0].message
        [doc] = store.documents()
        assert doc.resolved == str((new / "x.md").resolve())
        assert doc.path == str(new / "x.md")
        assert store.stats() == stats
        again = build([new], store, jobs=1)  # nothing moves now
        assert [o.reason for o in again.unchanged] == [""]
        shutil.copytree(new, old)  # a copy: the stored file is still there, nothing moves
        copied = build([old], store, jobs=1)
        assert [o.reason for o in copied.unchanged] == [""]
        assert store.documents()[0].resolved == str((new / "x.md").resolve())
