"""Read files, directories, JSONL and stdin into :class:`~kg.types.Document` records.

The first stage of the pipeline. :func:`read_documents` is a generator: it
walks its inputs lazily, reads one file (or one JSONL line) at a time and
yields documents in input order. A bad input never stops the others: it is
reported through ``report(level, message)`` and skipped.

Formats, chosen by file extension (case-insensitive):

- ``.txt``: the text as is.
- ``.md`` / ``.markdown``: the text with markdown syntax lightly stripped
  (heading and quote markers, emphasis, code ticks, link and image targets),
  so that the NLP stage sees prose.
- ``.html`` / ``.htm``: the main text only, extracted by trafilatura
  (navigation, footers and comments dropped); title, date and URL from its
  metadata.
- ``.jsonl``: one document per line, ``{"text": ...}`` required; optional
  ``id``, ``title``, ``date``, ``url`` and ``lang``.
- Any other extension, when the file is named explicitly: plain text, with a
  warning. Inside directories only the extensions above are read.
- ``-``: standard input. It is JSONL when its first non-empty line is a JSON
  object with a string ``text`` field, plain text otherwise.

Every text is decoded (UTF-8, a BOM stripped; else the legacy encoding is
guessed, windows-1252 for Western text, with a warning), given ``\\n`` line
ends and Unicode NFC, and trimmed of surrounding whitespace. The document id is
the hex SHA-256 of that text. Language is detected with lingua unless given.

Problems are reported as one line naming the input (``path``, ``path:line``
for JSONL and sentences, ``<stdin>``), for instance::

    error    missing.txt: no such file or directory; check the path
    error    photo.txt: binary file, not text; skipped
    warning  notes.txt: not UTF-8, read as windows-1252
    warning  empty.txt: empty; skipped
    warning  docs.jsonl:7: no "text" string field; skipped — add "text": "..." to the line
    warning  de.txt: language looks like German (de), not supported (fr, en); skipped — pass --lang fr|en to force
"""
from __future__ import annotations

import codecs
import hashlib
import itertools
import json
import logging
import os
import re
import stat
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any, BinaryIO, TextIO

from kg.errors import InputError, LanguageError
from kg.types import SUPPORTED_LANGUAGES, Document

if TYPE_CHECKING:
    from lingua import LanguageDetector

__all__ = ["count_documents", "detect_language", "make_document", "read_documents"]

#: Signature of the callback told about problems: ``report(level, message)``.
Report = Callable[[str, str], None]

logger = logging.getLogger(__name__)

#: Extensions read inside directories, and how.
TEXT_EXTENSIONS = frozenset({".txt"})
MARKDOWN_EXTENSIONS = frozenset({".md", ".markdown"})
HTML_EXTENSIONS = frozenset({".html", ".htm"})
JSONL_EXTENSIONS = frozenset({".jsonl"})
KNOWN_EXTENSIONS = TEXT_EXTENSIONS | MARKDOWN_EXTENSIONS | HTML_EXTENSIONS | JSONL_EXTENSIONS

#: Languages the detector chooses among. More than the supported ones, so that
#: a German or Spanish text is recognized as such instead of being forced into
#: French or English; kept to common ones to bound memory and confusion.
DETECTION_LANGUAGES: tuple[str, ...] = (
    "en", "fr", "de", "es", "it", "pt", "nl", "ca", "pl", "sv", "ro", "tr",
    "ru", "ar", "zh", "ja",
)

#: Below this many letters, or this confidence, a guess of an unsupported
#: language is not trusted and the likeliest supported language is used.
MIN_LETTERS_FOR_REJECTION = 20
MIN_CONFIDENCE_FOR_REJECTION = 0.5

#: Longest text handed to the detector; longer texts are sampled. Detection
#: time grows with the sample and its accuracy no longer does past a few
#: hundred characters.
DETECTION_SAMPLE_CHARS = 1200

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

_LETTER = re.compile(r"[^\W\d_]")

#: Byte-order marks of encodings whose text holds NUL bytes.
_WIDE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)

#: Bytes looked at to tell a binary file from text before reading the rest.
_BLOCK = 8192

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)

# Markdown, lightly: each pattern is bounded so that a 2 MB line costs linear time.
_MD_FENCE = re.compile(r"^[ ]{0,3}(?:```|~~~).*$", re.M)
_MD_HEADING = re.compile(r"^[ ]{0,3}#{1,6}(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$", re.M)
_MD_QUOTE = re.compile(r"^[ ]{0,3}>[ ]?", re.M)
_MD_RULE = re.compile(r"^[ ]{0,3}(?:[-*_][ \t]*){3,}$", re.M)
_MD_LINK_DEF = re.compile(r"^[ ]{0,3}\[[^\[\]\n]{1,200}\]:[ \t]+\S.*$", re.M)
# Link text holds no bracket and a target no space (one level of parentheses
# allowed, as in Wikipedia addresses): every scan stops at the next bracket.
_MD_IMAGE_OR_LINK = re.compile(
    r"!?\[([^\[\]\n]{0,500})\]\(\s*<?(?:[^\s()<>]|\([^\s()]{0,200}\))*>?(?:\s+\"[^\"\n]{0,200}\")?\s*\)"
)
_MD_REF_LINK = re.compile(r"\[([^\[\]\n]{1,500})\]\[[^\[\]\n]{0,200}\]")
_MD_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]{1,2000})>")
_MD_CODE = re.compile(r"`([^`\n]{1,500})`")
_MD_STRONG = re.compile(
    r"\*\*(?=[^\s*])([^*\n]{1,500}?)(?<=[^\s*])\*\*"
    r"|(?<!\w)__(?=[^\s_])([^_\n]{1,500}?)(?<=[^\s_])__(?!\w)"
)
_MD_EM_STAR = re.compile(r"\*(?=[^\s*])([^*\n]{1,500}?)(?<=[^\s*])\*")
_MD_EM_UNDERSCORE = re.compile(r"(?<!\w)_(?=[^\s_])([^_\n]{1,500}?)(?<=[^\s_])_(?!\w)")
_MD_STRIKE = re.compile(r"~~(?=\S)([^~\n]{1,500}?)(?<=\S)~~")


def read_documents(
    paths: Sequence[str | os.PathLike[str]],
    *,
    lang: str = "auto",
    sentences: bool = False,
    stdin: TextIO | None = None,
    report: Report | None = None,
) -> Iterator[Document]:
    """Read documents from files, directories and stdin, in input order.

    Directories are walked recursively in sorted (code point) order; hidden
    files and directories are skipped, and only ``.txt``, ``.md``,
    ``.markdown``, ``.html``, ``.htm`` and ``.jsonl`` files are read. A file
    reached twice (named twice, or named and inside a named directory) is
    read once. Reading is lazy: one file, or one JSONL line, at a time.

    Problems with one input (missing path, unreadable or binary file, bad
    JSONL line, unsupported language...) are reported and that input is
    skipped; the others are still read. Nothing is printed.

    Args:
        paths: File paths, directory paths, and ``-`` for standard input.
        lang: ``auto`` to detect each document's language, or one of
            ``SUPPORTED_LANGUAGES`` to force it (overriding JSONL ``lang``).
        sentences: One document per non-empty line, the line kept verbatim
            (no markdown stripping, no trimming); JSONL records are already
            one per line.
        stdin: Stream read for ``-``; ``sys.stdin`` when None. Its binary
            ``buffer``, when it has one, is read so that non-UTF-8 input is
            decoded as files are.
        report: Called as ``report(level, message)`` with level ``warning``
            or ``error`` and a one-line message naming the input (``path`` or
            ``path:line``) and what to do. When None, problems go to the
            ``kg.ingest`` logger at the matching level.

    Returns:
        An iterator of documents, in input order.

    Raises:
        LanguageError: ``lang`` is neither ``auto`` nor a supported language.
            Raised at call time, before any input is read.
    """
    forced = _check_lang(lang)
    reader = _Reader(forced=forced, sentences=sentences, stdin=stdin, report=report or _log)
    return reader.read(paths)


def detect_language(text: str) -> str:
    """Guess the language of a text.

    The guess is made among ``DETECTION_LANGUAGES`` so that a text in, say,
    German is recognized as German; the caller decides what to do with a code
    outside ``SUPPORTED_LANGUAGES``. A guess of an unsupported language is
    only returned when it is reliable (enough letters, confident); otherwise,
    as for very short texts, the likeliest supported language is returned.

    Args:
        text: The text; only a sample of long texts is looked at.

    Returns:
        An ISO 639-1 code, e.g. ``fr``, ``en`` or ``de``.
    """
    sample = _sample(text)
    values = _detector().compute_language_confidence_values(sample)
    scores = {value.language.iso_code_639_1.name.lower(): value.value for value in values}
    best = max(scores, key=scores.__getitem__, default=SUPPORTED_LANGUAGES[0])
    if best in SUPPORTED_LANGUAGES and scores[best] > 0:
        return best
    if (
        best not in SUPPORTED_LANGUAGES
        and scores[best] >= MIN_CONFIDENCE_FOR_REJECTION
        and len(_LETTER.findall(sample)) >= MIN_LETTERS_FOR_REJECTION
    ):
        return best
    # Unreliable: the likeliest supported language, ties to the first listed.
    return max(SUPPORTED_LANGUAGES, key=lambda code: (scores.get(code, 0.0), -SUPPORTED_LANGUAGES.index(code)))


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


def count_documents(paths: Sequence[str | os.PathLike[str]], *, sentences: bool = False) -> int | None:
    """Estimate how many documents :func:`read_documents` will yield, cheaply.

    Counts files, and lines of JSONL files (every line of every file with
    ``sentences``), without decoding anything; problems are left for the
    real read to report. Used for progress bars.

    Returns:
        The estimate, or None when an input is standard input.
    """
    reader = _Reader(forced=None, sentences=sentences, stdin=None, report=lambda level, message: None)
    total = 0
    for path, _explicit in reader.files(paths):
        if path == "-":
            return None
        if sentences or _extension(path) in JSONL_EXTENSIONS:
            total += _count_lines(path)
        else:
            total += 1
    return total


class _Reader:
    """One pass of :func:`read_documents` over its inputs, with its options."""

    def __init__(self, *, forced: str | None, sentences: bool, stdin: TextIO | None, report: Report) -> None:
        self.forced = forced
        self.sentences = sentences
        self.stdin = stdin
        self.report = report
        self.seen: set[str] = set()

    def read(self, paths: Sequence[str | os.PathLike[str]]) -> Iterator[Document]:
        """Yield the documents of every input, in order."""
        for path, explicit in self.files(paths):
            if path == "-":
                yield from self.read_stdin()
            else:
                yield from self.read_file(path, explicit=explicit)

    def files(self, paths: Sequence[str | os.PathLike[str]]) -> Iterator[tuple[str, bool]]:
        """Yield ``(path, named explicitly)`` for every file to read, in order.

        Missing paths, broken links and unreadable directories are reported
        here; ``-`` stands for standard input.
        """
        for raw in paths:
            path = os.fspath(raw)
            if path == "-":
                if "-" not in self.seen:
                    self.seen.add("-")
                    yield path, True
            elif not os.path.lexists(path):
                self.error(f"{path}: no such file or directory; check the path")
            elif os.path.islink(path) and not os.path.exists(path):
                self.error(f"{path}: broken symbolic link to {os.readlink(path)}; fix or remove the link")
            elif os.path.isdir(path):
                yield from self.directory_files(path, set())
            else:
                yield path, True

    def directory_files(self, path: str, visited: set[str]) -> Iterator[tuple[str, bool]]:
        """Yield the readable files of a directory tree, in sorted order."""
        real = os.path.realpath(path)
        if real in visited:
            return  # a symbolic link back up the tree
        visited.add(real)
        try:
            with os.scandir(path) as entries:
                names = sorted(entry.name for entry in entries)
        except OSError as exc:
            self.error(f"{path}: cannot list directory ({_reason(exc)}); check its permissions")
            return
        for name in names:
            if name.startswith("."):
                continue
            child = os.path.join(path, name)
            if os.path.isdir(child):
                yield from self.directory_files(child, visited)
            elif _extension(child) in KNOWN_EXTENSIONS:
                if os.path.islink(child) and not os.path.exists(child):
                    self.error(f"{child}: broken symbolic link to {os.readlink(child)}; fix or remove the link")
                else:
                    yield child, False

    def read_file(self, path: str, *, explicit: bool) -> Iterator[Document]:
        """Yield the documents of one file, chosen by its extension."""
        real = os.path.realpath(path)
        if real in self.seen:
            return
        self.seen.add(real)
        extension = _extension(path)
        if extension in JSONL_EXTENSIONS:
            yield from self.read_jsonl_file(path)
            return
        data = self.read_bytes(path, explicit=explicit)
        if data is None:
            return
        if extension in HTML_EXTENSIONS:
            yield from self.from_html(data, path)
            return
        if explicit and extension and extension not in KNOWN_EXTENSIONS:
            self.warning(f"{path}: unknown extension '{extension}', read as plain text")
        text = self.decode(data, path)
        if text is None:
            return
        markdown = extension in MARKDOWN_EXTENSIONS
        yield from self.from_text(text, source=path, markdown=markdown)

    def read_bytes(self, path: str, *, explicit: bool) -> bytes | None:
        """Return a file's bytes, or None after reporting why they cannot be read.

        A binary file is recognized from its first block, before the rest is
        read. Inside directories only regular files are read; a FIFO or device
        named explicitly (``<(command)``, ``/dev/stdin``) is read too.
        """
        try:
            mode = os.stat(path).st_mode
            if not stat.S_ISREG(mode) and not (explicit and (stat.S_ISFIFO(mode) or stat.S_ISCHR(mode))):
                self.error(f"{path}: not a regular file; give a text file or a directory")
                return None
            with open(path, "rb") as handle:
                head = handle.read(_BLOCK)
                if _is_binary(head) and not head.startswith(_WIDE_BOMS):
                    self.error(f"{path}: binary file, not text; skipped")
                    return None
                return head + handle.read()
        except OSError as exc:
            self.error(self.os_error_message(path, exc))
            return None

    def read_stdin(self) -> Iterator[Document]:
        """Yield the documents read from standard input (plain text or JSONL)."""
        stream = self.stdin if self.stdin is not None else sys.stdin
        lines = _byte_lines(stream)
        head: list[bytes] = []
        try:
            for line in lines:
                head.append(line)
                if line.strip():
                    break
            if head and _is_jsonl_record(head[-1]):
                yield from self.from_jsonl_lines(itertools.chain(head, lines), "-", "<stdin>")
                return
            data = b"".join(itertools.chain(head, lines))
        except (OSError, UnicodeError) as exc:
            self.error(f"<stdin>: cannot read ({_reason(exc)}); pipe UTF-8 text")
            return
        text = self.decode(data, "<stdin>")
        if text is not None:
            yield from self.from_text(text, source="-", label="<stdin>", markdown=False)

    def read_jsonl_file(self, path: str) -> Iterator[Document]:
        """Yield one document per good line of a JSONL file, streaming."""
        try:
            with open(path, "rb") as handle:
                if _is_binary(handle.read(_BLOCK)):
                    self.error(f"{path}: binary file, not text; skipped")
                    return
                handle.seek(0)
                yield from self.from_jsonl_lines(handle, path, path)
        except OSError as exc:
            self.error(self.os_error_message(path, exc))

    def from_jsonl_lines(self, lines: Iterable[bytes], source: str, label: str) -> Iterator[Document]:
        """Yield one document per good JSONL line; report the bad ones."""
        legacy: str | None = None  # guessed at the first line that is not UTF-8, then kept
        for number, raw in enumerate(lines, start=1):
            where = f"{label}:{number}"
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError:
                if legacy is None:
                    legacy = _legacy_encoding(raw)
                    self.warning(
                        f"{where}: not UTF-8, read as {_encoding_label(legacy)} (and so are later such lines)"
                    )
                line = raw.decode(legacy, errors="replace")
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                self.warning(f"{where}: not valid JSON ({_reason(exc)}); skipped — write one JSON object per line")
                continue
            if not isinstance(record, dict):
                self.warning(f"{where}: not a JSON object; skipped — write one {{\"text\": ...}} object per line")
                continue
            text = record.get("text")
            if not isinstance(text, str):
                self.warning(f"{where}: no \"text\" string field; skipped — add \"text\": \"...\" to the line")
                continue
            meta = {key: self.meta_field(record, key, where) for key in ("id", "title", "date", "url", "lang")}
            line_source = f"{source}:{number}" + (f"#{meta['id']}" if meta["id"] else "")
            normalized = _normalize(text) if self.sentences else _normalize(text).strip()
            if not normalized.strip():
                self.warning(f"{where}: empty text; skipped")
                continue
            yield from self.emit(
                normalized, source=line_source, label=where, title=meta["title"], date=meta["date"],
                url=meta["url"], given_lang=meta["lang"],
            )

    def meta_field(self, record: dict[str, object], key: str, where: str) -> str | None:
        """Return an optional JSONL field as a string, or None."""
        value = record.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            self.warning(f"{where}: field \"{key}\" is not a string; ignored")
            return None
        return str(value)

    def from_html(self, data: bytes, path: str) -> Iterator[Document]:
        """Yield the main text of an HTML page, with its metadata."""
        markup = self.decode(data, path, html=True)
        if markup is None:
            return
        if not markup.strip():
            self.warning(f"{path}: empty; skipped")
            return
        import trafilatura  # heavy: lxml, htmldate, justext

        page: dict[str, Any] = {}
        for favor_recall in (False, True):  # a short page may only pass the recall-oriented pass
            found = trafilatura.bare_extraction(
                markup, include_comments=False, with_metadata=True, favor_recall=favor_recall
            )
            page = {} if found is None else found if isinstance(found, dict) else found.as_dict()
            if (page.get("text") or "").strip():
                break
        text = page.get("text") or ""
        if not text.strip():
            self.warning(f"{path}: no main text found in the HTML; skipped")
            return
        yield from self.from_text(
            text, source=path, markdown=False,
            title=page.get("title") or None, date=page.get("date") or None, url=page.get("url") or None,
        )

    def from_text(
        self,
        text: str,
        *,
        source: str,
        markdown: bool,
        label: str | None = None,
        title: str | None = None,
        date: str | None = None,
        url: str | None = None,
    ) -> Iterator[Document]:
        """Yield the document (or, in sentences mode, line documents) of a text."""
        label = label or source
        normalized = _normalize(text)
        if not normalized.strip():
            self.warning(f"{label}: empty; skipped")
            return
        if not self.sentences:
            body = (_strip_markdown(normalized) if markdown else normalized).strip()
            if not body:
                self.warning(f"{label}: empty; skipped")
                return
            yield from self.emit(body, source=source, label=label, title=title, date=date, url=url)
            return
        for number, line in enumerate(normalized.split("\n"), start=1):
            if line.strip():
                yield from self.emit(
                    line, source=f"{source}:{number}", label=f"{label}:{number}", title=title, date=date, url=url
                )

    def emit(
        self,
        text: str,
        *,
        source: str,
        label: str,
        title: str | None = None,
        date: str | None = None,
        url: str | None = None,
        given_lang: str | None = None,
    ) -> Iterator[Document]:
        """Yield the document for a normalized text once its language is settled."""
        if self.forced:
            code = self.forced
        elif given_lang:
            code = _language_code(given_lang)
            if code not in SUPPORTED_LANGUAGES:
                self.warning(
                    f"{label}: language '{given_lang}' is not supported ({', '.join(SUPPORTED_LANGUAGES)}); "
                    f"skipped — pass --lang {'|'.join(SUPPORTED_LANGUAGES)} to force"
                )
                return
        else:
            code = detect_language(text)
            if code not in SUPPORTED_LANGUAGES:
                self.warning(_unsupported_message(label, code))
                return
        yield _document(text, code, source, title, date, url)

    def decode(self, data: bytes, label: str, *, html: bool = False) -> str | None:
        """Decode bytes to text, or report a binary file and return None."""
        for bom, encoding in BOMS:
            if data.startswith(bom):
                return data.decode(encoding, errors="replace")
        if _is_binary(data):
            self.error(f"{label}: binary file, not text; skipped")
            return None
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        if html:
            declared = _declared_charset(data)
            if declared and declared != "utf-8":  # a page declaring UTF-8 that is not falls through
                return data.decode(declared, errors="replace")
        encoding = _legacy_encoding(data)
        self.warning(f"{label}: not UTF-8, read as {_encoding_label(encoding)}")
        return data.decode(encoding, errors="replace")

    def os_error_message(self, path: str, exc: OSError) -> str:
        """Return the one-line message for a file that cannot be opened or read."""
        if isinstance(exc, PermissionError):
            return f"{path}: permission denied; check the file's permissions"
        if isinstance(exc, FileNotFoundError):
            return f"{path}: no such file or directory; check the path"
        if isinstance(exc, IsADirectoryError):
            return f"{path}: is a directory; give its path on its own"
        return f"{path}: cannot read ({_reason(exc)}); check the file"

    def warning(self, message: str) -> None:
        """Report a warning."""
        self.report("warning", message)

    def error(self, message: str) -> None:
        """Report an error."""
        self.report("error", message)


def _log(level: str, message: str) -> None:
    """Send a report to the module logger (the default when no callback is given)."""
    logger.log(logging.ERROR if level == "error" else logging.WARNING, message)


def _check_lang(lang: str) -> str | None:
    """Return the forced language code, None for ``auto``; raise if unsupported."""
    code = _language_code(lang)
    if code == "auto":
        return None
    if code not in SUPPORTED_LANGUAGES:
        choices = ", ".join(("auto", *SUPPORTED_LANGUAGES))
        raise LanguageError(f"language '{lang}' is not supported; use one of: {choices}")
    return code


def _language_code(lang: str) -> str:
    """Return the lowercase primary subtag of a language tag (``fr-FR`` → ``fr``)."""
    return re.split(r"[-_]", lang.strip().lower(), maxsplit=1)[0]


def _unsupported_message(label: str, code: str) -> str:
    """Return the message for a text detected in an unsupported language."""
    return (
        f"{label}: language looks like {_language_name(code)} ({code}), not supported "
        f"({', '.join(SUPPORTED_LANGUAGES)}); skipped — pass --lang {'|'.join(SUPPORTED_LANGUAGES)} to force"
    )


def _language_name(code: str) -> str:
    """Return the English name of a language code (``de`` → ``German``)."""
    from lingua import IsoCode639_1, Language

    try:
        iso = getattr(IsoCode639_1, code.upper())
        return Language.from_iso_code_639_1(iso).name.title()
    except (AttributeError, ValueError):
        return code


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    """Build the lingua detector once, on first use."""
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, code.upper()) for code in DETECTION_LANGUAGES]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


def _sample(text: str) -> str:
    """Return up to ``DETECTION_SAMPLE_CHARS`` of a text: its start, middle and end."""
    if len(text) <= DETECTION_SAMPLE_CHARS:
        return text
    third = DETECTION_SAMPLE_CHARS // 3
    middle = len(text) // 2
    return "\n".join((text[:third], text[middle - third // 2 : middle + third // 2], text[-third:]))


def _document(
    text: str, lang: str, source: str, title: str | None, date: str | None, url: str | None
) -> Document:
    """Return the document for a normalized text; its id is the SHA-256 of the text."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(id=digest, text=text, lang=lang, source=source, title=title, date=date, url=url)


def _normalize(text: str) -> str:
    """Return text with ``\\n`` line ends, no BOM, in Unicode NFC."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def _strip_markdown(text: str) -> str:
    """Return markdown as prose: markers dropped, link and image text kept."""
    text = _MD_FENCE.sub("", text)
    text = _MD_LINK_DEF.sub("", text)
    text = _MD_RULE.sub("", text)
    text = _MD_HEADING.sub(r"\1", text)
    text = _MD_QUOTE.sub("", text)
    text = _MD_IMAGE_OR_LINK.sub(r"\1", text)
    text = _MD_REF_LINK.sub(r"\1", text)
    text = _MD_AUTOLINK.sub(r"\1", text)
    text = _MD_CODE.sub(r"\1", text)
    text = _MD_STRIKE.sub(r"\1", text)
    # Strong, then emphasis, then strong again: "**a *b* c**" loses its inner
    # markers first, so that the outer ones match.
    text = _MD_STRONG.sub(_strong_content, text)
    text = _MD_EM_STAR.sub(r"\1", text)
    text = _MD_EM_UNDERSCORE.sub(r"\1", text)
    text = _MD_STRONG.sub(_strong_content, text)
    return re.sub(r"\n{3,}", "\n\n", text)


def _strong_content(match: re.Match[str]) -> str:
    """Return the text inside a ``**strong**`` or ``__strong__`` match."""
    return match.group(1) if match.group(1) is not None else match.group(2)


def _count_lines(path: str) -> int:
    """Non-empty lines of a file, counted in binary; 0 when it cannot be read."""
    count = 0
    try:
        with open(path, "rb") as file:
            for line in file:
                count += bool(line.strip())
    except OSError:
        return 0
    return count


def _extension(path: str) -> str:
    """Return a path's extension, lowercase, with its dot (``''`` if none)."""
    return os.path.splitext(path)[1].lower()


def _is_binary(data: bytes) -> bool:
    """Tell whether bytes look like a binary file rather than text."""
    return b"\x00" in data or data.startswith(BINARY_MAGIC)


def _is_jsonl_record(line: bytes) -> bool:
    """Tell whether a line is a JSON object with a string ``text`` field."""
    try:
        text = line.decode("utf-8-sig").strip()
    except UnicodeDecodeError:
        return False
    if not text.startswith("{"):
        return False
    try:
        record = json.loads(text)
    except ValueError:
        return False
    return isinstance(record, dict) and isinstance(record.get("text"), str)


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


def _reason(exc: Exception) -> str:
    """Return the human part of an exception's message."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return str(exc).split("\n", 1)[0]


def _byte_lines(stream: TextIO) -> Iterator[bytes]:
    """Yield the lines of a stream as bytes, from its binary buffer when it has one."""
    buffer: BinaryIO | None = getattr(stream, "buffer", None)
    if buffer is not None:
        yield from buffer
    else:
        # surrogateescape gives back the bytes a C-locale stdin could not decode.
        for line in stream:
            yield line.encode("utf-8", errors="surrogateescape")
