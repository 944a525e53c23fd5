"""Text that is safe to show and to store: file names that are not valid UTF-8 and control
characters (terminal escape sequences) become visible backslash escapes, once, here."""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

__all__ = ["SafeRecords", "escape_controls", "path_text", "safe_text"]

# C0 and C1 controls and DEL, but not tab and newline; lone surrogates (undecodable file-name
# bytes) are handled separately
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CONTROLS_ALL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _escape(m: re.Match[str]) -> str:
    return f"\\x{ord(m.group(0)):02x}"


def escape_controls(text: str, *, keep_newlines: bool = True) -> str:
    """``text`` with control characters as ``\\xNN`` (tab and newline kept if asked)."""
    return (_CONTROLS if keep_newlines else _CONTROLS_ALL).sub(_escape, text)


def safe_text(text: str, *, keep_newlines: bool = True) -> str:
    """``text`` made printable: undecodable bytes (surrogate escapes) as ``\\xNN``, controls
    escaped; valid text (Chinese included) is unchanged."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return escape_controls(text, keep_newlines=keep_newlines)


def path_text(path: str | os.PathLike[str] | bytes) -> str:
    """A file name for messages and for the store: valid UTF-8 on one line, whatever bytes the
    name holds (a GBK name or ``\\xff\\xfe`` reads ``\\xff\\xfe``)."""
    if isinstance(path, bytes):
        raw = path
    else:
        raw = os.fsencode(Path(path) if not isinstance(path, str) else path)
    return escape_controls(raw.decode("utf-8", "backslashreplace"), keep_newlines=False)


class SafeRecords(logging.Filter):
    """A log filter: messages made printable with :func:`safe_text` before any handler."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = safe_text(record.getMessage()), ()
        return True
