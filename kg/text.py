"""Text helpers every stage shares: folding for comparison, slugs for IRIs. A leaf: imports nothing of kg."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase, strip accents, straighten apostrophes and squeeze spaces."""
    return fold_within(text).strip()


def fold_within(text: str) -> str:
    """:func:`fold` without trimming the ends, so that one character folds alone and offsets can be mapped."""
    if text.isascii():
        stripped = text  # nothing to decompose
    else:
        text = text.replace("’", "'").replace("‘", "'").replace("\u00a0", " ").replace("\u202f", " ")
        decomposed = unicodedata.normalize("NFKD", text)
        stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", stripped.casefold())


_SPACES = re.compile(r"\s+")


#: Characters a slug may drop without losing information.
_SEPARATORS = frozenset("-'.,/_:;!?()[]{}\"«»“”‘’…–—·")


#: An ASCII character a slug loses: neither a letter, digit, space nor separator.
_ASCII_LOST = re.compile("[^A-Za-z0-9\\s" + "".join(re.escape(c) for c in sorted(_SEPARATORS) if c.isascii()) + "]")


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str, *, max_length: int = 60) -> str:
    """A readable ASCII slug of ``text`` plus a short hash when it loses information.

    The slug is lowercase ASCII letters, digits and hyphens. A hash of the
    folded text is appended when the slug is empty, was truncated, or
    dropped letters that have no ASCII form ("北京") or symbols that mean
    something ("C++", "AT&T"), so different names never share a slug by
    accident; the result is deterministic.
    """
    folded = fold(text)
    ascii_part = _NOT_SLUG.sub("-", folded).strip("-")
    # Letters with no ASCII form ("北京") and meaningful symbols ("C++",
    # "AT&T", "C#") are lost in the slug; separators and punctuation are not.
    if folded.isascii():
        lost = _ASCII_LOST.search(folded) is not None
    else:
        lost = any(
            (c.isalnum() and ord(c) > 127) or not (c.isalnum() or c.isspace() or c in _SEPARATORS) for c in folded
        )
    truncated = len(ascii_part) > max_length
    if truncated:
        ascii_part = ascii_part[:max_length].rstrip("-")
    if ascii_part and not lost and not truncated:
        return ascii_part
    digest = hashlib.sha256(folded.encode("utf-8")).hexdigest()[:10]
    return f"{ascii_part}-{digest}" if ascii_part else f"x-{digest}"


def one_line(text: str) -> str:
    """Text with tabs and line breaks turned into spaces (other text as it is)."""
    return " ".join(text.split()) if any(c in text for c in "\t\r\n") else text
