"""Reading documents from files: encodings (UTF-8 with or without BOM, UTF-16, GB18030/GBK,
Big5) and formats (.txt, .md, .html, .pdf, .docx), chosen by content as well as by suffix."""

from __future__ import annotations

import codecs
import io
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...display import path_text
from ...errors import EmptyDocumentError, InputError
from .html_text import html_to_text
from .markdown_text import markdown_to_text

__all__ = [
    "CONTAINER_FORMATS",
    "SUFFIX_FORMATS",
    "RawDocument",
    "read_document",
    "iter_text_chunks",
    "decode_bytes",
    "detect_format",
    "html_to_text",
    "LARGE_FILE_BYTES",
    "is_drawn_page",
]

log = logging.getLogger(__name__)

#: files larger than this are refused (the text of a whole book is a few MB)
MAX_BYTES = 2 * 1024 * 1024 * 1024
#: plain-text files larger than this are read in chunks (see :func:`iter_text_chunks`)
LARGE_FILE_BYTES = 8 * 1024 * 1024
#: a .docx whose XML parts expand beyond this (or all parts beyond the second) is refused: the
#: XML tree takes several times its size in memory
MAX_DOCX_XML = 32 * 1024 * 1024
MAX_DOCX_EXPANDED = 256 * 1024 * 1024


@dataclass
class RawDocument:
    path: str
    text: str
    format: str
    encoding: str


#: the file suffixes conceptkg reads, with the format each names (the content decides for PDF
#: and Word files whatever their suffix, and for HTML without one)
SUFFIX_FORMATS: dict[str, str] = {
    ".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html",
    ".htm": "html", ".xhtml": "html", ".pdf": "pdf", ".docx": "docx",
}
#: formats read whole (their text is extracted from a container), never in parts
CONTAINER_FORMATS = frozenset({"pdf", "docx", "html"})


def detect_format(data: bytes, suffix: str) -> str:
    """The document format, from magic bytes first and the suffix second."""
    head = data[:1024]
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04") and (suffix == ".docx" or b"word/" in data[:65536]):
        return "docx"
    if SUFFIX_FORMATS.get(suffix) in ("html", "md"):
        return SUFFIX_FORMATS[suffix]
    low = head.lstrip().lower()
    if low.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "txt"


def _plausible(text: str) -> float:
    """Share of characters that ordinary documents consist of."""
    if not text:
        return 0.0
    good = sum(1 for ch in text if ch.isprintable() or ch in "\n\r\t")
    odd = sum(1 for ch in text if "\ue000" <= ch <= "\uf8ff" or ch == "\ufffd")
    return (good - odd) / len(text)


def _utf16_guess(data: bytes) -> str | None:
    """The UTF-16 byte order that decodes ``data`` into plausible text, if any."""
    best, best_score = None, 0.0
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = data[: len(data) // 2 * 2].decode(enc)
        except UnicodeDecodeError:
            continue
        score = _plausible(text[:4096])
        if score > best_score:
            best, best_score = enc, score
    return best if best_score >= 0.95 else None


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample or sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in sample:
        return _utf16_guess(sample) is None
    ctrl = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return ctrl > len(sample) * 0.05


def decode_bytes(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode ``data`` as UTF-8 (BOM or not), UTF-16, GB18030 or Big5; returns (text,
    encoding)."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", name), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", name), "utf-16"
    if b"\x00" in data[:8192]:
        enc = _utf16_guess(data[:8192])
        if enc:
            return _strict(data, enc, name), enc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        legacy = _legacy_cjk(data)
        try:
            return data.decode(legacy), legacy
        except UnicodeDecodeError:
            raise InputError(
                f"{name}: cannot decode text (not UTF-8, UTF-16, GB18030 or Big5; "
                f"first bad byte at offset {utf8_error.start})"
            ) from None


def _strict(data: bytes, enc: str, name: str) -> str:
    try:
        return data.decode(enc)
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: cannot decode as {enc} at byte {exc.start}") from None


def _pdf_text(data: bytes, name: str) -> str:
    try:
        from pypdf import PdfReader
    except ImportError as exc:  # pragma: no cover - a dependency of conceptkg
        raise InputError(f"{name}: reading PDF needs the 'pypdf' package, a dependency of "
                         "conceptkg: reinstall conceptkg") from exc
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):  # (an empty password opens some)
            raise InputError(f"{name}: cannot read PDF: it is encrypted (password-protected); "
                             "save or print it without a password first")
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
    except InputError:
        raise
    except Exception as exc:  # pypdf raises many kinds
        raise InputError(f"{name}: cannot read PDF: {str(exc).splitlines()[0]}") from None
    if not text.strip() and len(reader.pages):
        raise EmptyDocumentError(f"{name}: empty document (a PDF of {len(reader.pages)} "
                                 "page(s) without a text layer: scanned? run OCR on it first)")
    return text


def _check_docx_size(data: bytes, name: str) -> None:
    """Refuse a .docx whose parts expand beyond :data:`MAX_DOCX_EXPANDED` (a zip bomb). The sizes
    come from the archive's directory; reading never yields more than they declare."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, ValueError) as exc:
        raise InputError(f"{name}: cannot read DOCX: {str(exc).splitlines()[0]}") from None
    total = sum(i.file_size for i in infos)
    xml = sum(i.file_size for i in infos if i.filename.endswith((".xml", ".rels")))
    if total > MAX_DOCX_EXPANDED or xml > MAX_DOCX_XML:
        raise InputError(f"{name}: DOCX expands to {total // (1024 * 1024)} MB, over the "
                         f"limit of {MAX_DOCX_XML // (1024 * 1024)} MB of text parts and "
                         f"{MAX_DOCX_EXPANDED // (1024 * 1024)} MB in all; refused")


def _docx_text(data: bytes, name: str) -> str:
    try:
        import docx
    except ImportError as exc:  # pragma: no cover - a dependency of conceptkg
        raise InputError(f"{name}: reading DOCX needs the 'python-docx' package, a dependency "
                         "of conceptkg: reinstall conceptkg") from exc
    _check_docx_size(data, name)
    try:
        d = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise InputError(f"{name}: cannot read DOCX: {str(exc).splitlines()[0]}") from None
    return "\n".join(_docx_lines(d))


def _docx_lines(container: Any) -> Iterator[str]:
    """The paragraphs of a Word document (or of a table cell) in the order of the text, with
    each cell of a table as paragraphs of its own, row by row (a cell merged across columns or
    rows once): text in tables is text too."""
    for block in container.iter_inner_content():
        if hasattr(block, "rows"):
            seen: list[Any] = []  # the cells read: a merged cell (across columns or rows) once
            for row in block.rows:
                for cell in row.cells:
                    if cell._tc.vMerge != "continue" and not any(cell._tc is t for t in seen):
                        seen.append(cell._tc)
                        yield from _docx_lines(cell)
        else:
            yield block.text


#: what opens every page conceptkg draws (viz, build/ask --html): such a page is no document
_DRAWN_PAGE = re.compile(rb'<meta name="generator" content="conceptkg[ "]')
_PAGE_HEAD_BYTES = 4096


def _drawn(head: bytes) -> bool:
    return _DRAWN_PAGE.search(head[:_PAGE_HEAD_BYTES]) is not None


def is_drawn_page(path: str | Path) -> bool:
    """Whether ``path`` is an HTML page conceptkg drew (its graph, not a document): a
    directory search leaves it out, so that a build of a folder does not take in the view of an
    earlier build written there (``build docs/ --html docs/graph.html``)."""
    try:
        with open(path, "rb") as f:
            return _drawn(f.read(_PAGE_HEAD_BYTES))
    except OSError:
        return False


def read_document(path: str | Path) -> RawDocument:
    """Read a document file into text; raises :class:`InputError` with a one-line reason."""
    p = Path(path)
    name = path_text(path)
    try:
        if p.is_dir():
            raise InputError(f"{name}: is a directory")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{name}: file too large ({size} bytes)")
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read: {exc.strerror}") from None
    fmt = detect_format(data, p.suffix.lower())
    if fmt == "pdf":
        text, enc = _pdf_text(data, name), "binary"
    elif fmt == "docx":
        text, enc = _docx_text(data, name), "binary"
    else:
        if _looks_binary(data):
            raise InputError(f"{name}: looks like a binary file, not text")
        text, enc = decode_bytes(data, name)
        if fmt == "html" and _drawn(data):
            raise InputError(f"{name}: a page conceptkg drew (viz, --html), not a document")
        if fmt == "html":
            text = html_to_text(text)
        elif fmt == "md":
            text = markdown_to_text(text)
    if not text.strip():
        raise EmptyDocumentError(f"{name}: empty document (no text)")
    return RawDocument(path=name, text=text, format=fmt, encoding=enc)


def _stream_encoding(head: bytes, name: str) -> tuple[str, int]:
    """Encoding of a file from its first bytes, and how many BOM bytes to skip."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8", 3
    if head.startswith(codecs.BOM_UTF16_LE):
        return "utf-16-le", 2
    if head.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be", 2
    if b"\x00" in head:
        enc = _utf16_guess(head)
        if enc:
            return enc, 0
        raise InputError(f"{name}: looks like a binary file, not text")
    if _looks_binary(head):
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        head.decode("utf-8")
        return "utf-8", 0
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 4:  # a character cut at the end of the sample
            return "utf-8", 0
        return _legacy_cjk(head), 0


def _legacy_cjk(data: bytes) -> str:
    """Big5 or GB18030 for text that is not UTF-8. Both encode a Chinese character in two bytes
    from 0x81 up; GB2312's characters, nearly all of a GBK text, have a second byte from 0xA1,
    while about a third of Big5's common characters have one from 0x40 to 0x7E. A sample that
    Big5 decodes and where such pairs are frequent is Big5 (read as GB18030 it would be
    mojibake)."""
    sample = data[:65536]
    pairs = low = i = 0
    while i < len(sample) - 1:
        b = sample[i]
        if b < 0x81:
            i += 1
            continue
        pairs += 1
        low += 0x40 <= sample[i + 1] <= 0x7E
        i += 2
    if pairs < 4 or low < pairs * 0.15:
        return "gb18030"
    try:
        sample[:len(sample) - 1 if sample[-1] >= 0x81 else len(sample)].decode("big5")
    except UnicodeDecodeError:
        return "gb18030"
    return "big5"


def iter_text_chunks(path: str | Path, max_chars: int = 2_000_000,
                     block_bytes: int = 1 << 20) -> Iterator[str]:
    """Decode a large plain-text file incrementally, yielding pieces of about ``max_chars``
    characters that end at line breaks; memory stays bounded whatever the file's size."""
    name = path_text(path)
    try:
        f = open(path, "rb")  # closed by the with below
    except OSError as exc:
        raise InputError(f"{name}: cannot read: {exc.strerror}") from None
    with f:
        head = f.read(65536)
        enc, skip = _stream_encoding(head, name)
        decoder = codecs.getincrementaldecoder(enc)(errors="strict")
        buf = ""
        data = head[skip:]
        offset = skip
        while True:
            try:
                buf += decoder.decode(data, final=not data)
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: cannot decode as {enc} near byte "
                                 f"{offset + exc.start}") from None
            while len(buf) >= max_chars:
                cut = buf.rfind("\n", 0, max_chars)
                cut = max_chars if cut <= 0 else cut + 1
                yield buf[:cut]
                buf = buf[cut:]
            if not data:
                break
            offset += len(data)
            data = f.read(block_bytes)
        if buf.strip():
            yield buf
