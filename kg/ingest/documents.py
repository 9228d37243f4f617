"""A document from its text: normalized (NFC, ``\\n`` line ends), identified by its content's SHA-256, in a supported language."""

from __future__ import annotations

import hashlib
import unicodedata

from kg.errors import InputError, LanguageError
from kg.ingest.language import _check_lang, _unsupported_message, detect_language
from kg.types import SUPPORTED_LANGUAGES, Document


def make_document(
    text: str,
    *,
    source: str = "-",
    lang: str = "auto",
    title: str | None = None,
    date: str | None = None,
    url: str | None = None,
) -> Document:
    """Build one document from a string, normalized as files are.

    Line ends become ``\\n``, the text is put in Unicode NFC and trimmed, and
    its id is the hex SHA-256 of the result.

    Args:
        text: The document's text.
        source: Where it came from, kept in ``Document.source``.
        lang: ``auto`` to detect, or a supported language code.
        title: Title, if known.
        date: Publication date (ISO 8601), if known.
        url: Address of the original, if known.

    Returns:
        The document.

    Raises:
        InputError: The text is empty or whitespace only.
        LanguageError: ``lang`` is not supported, or the detected language is
            not supported.
    """
    forced = _check_lang(lang)
    normalized = _normalize(text).strip()
    if not normalized:
        raise InputError(f"{source}: empty text; give a document with some text")
    code = forced or detect_language(normalized)
    if code not in SUPPORTED_LANGUAGES:
        raise LanguageError(_unsupported_message(source, code))
    return _document(normalized, code, source, title, date, url)


def _document(text: str, lang: str, source: str, title: str | None, date: str | None, url: str | None) -> Document:
    """Return the document for a normalized text; its id is the SHA-256 of the text."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(id=digest, text=text, lang=lang, source=source, title=title, date=date, url=url)


def _normalize(text: str) -> str:
    """Return text with ``\\n`` line ends, no BOM, in Unicode NFC."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)
