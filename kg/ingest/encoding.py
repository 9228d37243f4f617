"""Bytes to text: UTF-8 with or without a BOM, UTF-16/32 by their BOM, a declared charset, else Windows-1252 with a warning; binary files refused."""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Iterator
from typing import BinaryIO, TextIO

#: Leading bytes of common binary formats that hold no NUL byte early on.
BINARY_MAGIC = (b"%PDF-", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF")


#: Byte-order marks, longest first (the UTF-32 LE mark starts like UTF-16 LE).
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


#: Byte-order marks of encodings whose text holds NUL bytes.
_WIDE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)


#: Bytes looked at to tell a binary file from text before reading the rest.
_BLOCK = 8192


_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)


def _is_binary(data: bytes) -> bool:
    """Tell whether bytes look like a binary file rather than text."""
    return b"\x00" in data or data.startswith(BINARY_MAGIC)


def _legacy_encoding(data: bytes) -> str:
    """Guess the encoding of bytes that are not UTF-8.

    charset_normalizer often takes French windows-1252 for windows-1250, so its
    guess is only followed when it reads the bytes as a non-Latin script
    (Cyrillic, Greek, CJK...); Latin text is read as windows-1252, or
    ISO-8859-1 when it holds bytes windows-1252 leaves undefined.
    """
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a trafilatura dependency
        best = None
    else:
        best = from_bytes(data[:65536]).best()
    if best is not None and not _mostly_latin(str(best)):
        return codecs.lookup(best.encoding).name
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return "latin-1"
    return "cp1252"


def _mostly_latin(text: str) -> bool:
    """Tell whether at least half of a text's letters are Latin ones."""
    letters = [char for char in text if char.isalpha()]
    if not letters:
        return True
    latin = sum(1 for char in letters if unicodedata.name(char, "").startswith("LATIN"))
    return latin * 2 >= len(letters)


def _encoding_label(encoding: str) -> str:
    """Return the usual name of a Python codec (``cp1252`` → ``windows-1252``)."""
    name = codecs.lookup(encoding).name
    return {"cp1252": "windows-1252", "latin-1": "ISO-8859-1", "iso8859-1": "ISO-8859-1"}.get(
        name, re.sub(r"^cp(125\d)$", r"windows-\1", name)
    )


def _declared_charset(data: bytes) -> str | None:
    """Return the charset an HTML page declares in a ``<meta>`` tag, if Python knows it."""
    match = _META_CHARSET.search(data[:4096])
    if match is None:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None


def _byte_lines(stream: TextIO) -> Iterator[bytes]:
    """Yield the lines of a stream as bytes, from its binary buffer when it has one."""
    buffer: BinaryIO | None = getattr(stream, "buffer", None)
    if buffer is not None:
        yield from buffer
    else:
        # surrogateescape gives back the bytes a C-locale stdin could not decode.
        for line in stream:
            yield line.encode("utf-8", errors="surrogateescape")
