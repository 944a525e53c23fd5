"""Hostile sizes are refused before they are expanded: a .docx zip bomb is refused within
1 GiB of address space, and a huge single-line text is read in bounded parts."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile

import pytest

from conceptkg.errors import InputError
from conceptkg.loaders.reading.readers import MAX_DOCX_XML, iter_text_chunks, read_document


def _docx_bytes(extra_part_mb: int = 0) -> bytes:
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("数字经济推动高质量发展。")
    buf = io.BytesIO()
    d.save(buf)
    if not extra_part_mb:
        return buf.getvalue()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, \
            zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        with dst.open("word/bomb.xml", "w") as f:
            block = b" " * (1 << 20)
            for _ in range(extra_part_mb):
                f.write(block)
    return out.getvalue()


def test_a_normal_docx_is_read(tmp_path):
    path = tmp_path / "ok.docx"
    path.write_bytes(_docx_bytes())
    assert "数字经济" in read_document(path).text


def test_a_docx_zip_bomb_is_refused_within_1_gib(tmp_path):
    path = tmp_path / "bomb.docx"
    path.write_bytes(_docx_bytes(extra_part_mb=MAX_DOCX_XML // (1 << 20) * 8))  # 256 MB
    assert path.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(InputError, match="refused"):
        read_document(path)
    script = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))\n"
        "from conceptkg.errors import InputError\n"
        "from conceptkg.loaders.reading.readers import read_document\n"
        "try:\n"
        f"    read_document({str(path)!r})\n"
        "except InputError as exc:\n"
        "    print(exc)\n"
        "    sys.exit(0)\n"
        "sys.exit(5)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    assert "refused" in done.stdout and "\n" not in done.stdout.strip()


def test_a_huge_single_line_is_read_in_bounded_parts(tmp_path):
    path = tmp_path / "line.txt"
    unit = "数字经济推动高质量发展，科技创新带动产业升级。"
    path.write_text(unit * 200_000, encoding="utf-8")  # one line of 4.8 M characters
    sizes = [len(part) for part in iter_text_chunks(path, max_chars=1_000_000)]
    assert max(sizes) <= 1_000_000 and sum(sizes) == len(unit) * 200_000


def test_a_stretch_without_punctuation_is_cut_into_bounded_sentences():
    from conceptkg.loaders.reading.sentences import HARD_MAX_SENTENCE, split_sentences

    text = "数字经济推动高质量发展" * 2000 + "。短句，收尾。"
    sentences = split_sentences(text)
    assert max(len(s.text) for s in sentences) <= HARD_MAX_SENTENCE
    assert all(text[s.start:s.end] == s.text for s in sentences)
    assert "".join(s.text for s in sentences) == text
