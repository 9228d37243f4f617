"""Reading inputs: files, directories, standard input and JSONL records, lazily and in order.

Directories are walked in sorted order; ``.txt``, ``.md``, ``.html`` (main
text only) and ``.jsonl`` (one document per line) are read. Every problem
with one input is reported and that input skipped; the others are read.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TextIO

from kg.ingest.documents import _document, _normalize
from kg.ingest.encoding import (
    _BLOCK,
    _WIDE_BOMS,
    BOMS,
    _byte_lines,
    _declared_charset,
    _encoding_label,
    _is_binary,
    _legacy_encoding,
)
from kg.ingest.language import (
    _check_lang,
    _language_code,
    _language_name,
    _unsupported_message,
    detect_language,
    mismatched_language,
)
from kg.ingest.markdown import _strip_markdown
from kg.types import SUPPORTED_LANGUAGES, Document

#: Signature of the callback told about problems: ``report(level, message)``.
Report = Callable[[str, str], None]


logger = logging.getLogger(__name__)


#: Extensions read inside directories, and how.
TEXT_EXTENSIONS = frozenset({".txt"})


MARKDOWN_EXTENSIONS = frozenset({".md", ".markdown"})


HTML_EXTENSIONS = frozenset({".html", ".htm"})


JSONL_EXTENSIONS = frozenset({".jsonl"})


KNOWN_EXTENSIONS = TEXT_EXTENSIONS | MARKDOWN_EXTENSIONS | HTML_EXTENSIONS | JSONL_EXTENSIONS


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
        self.forced_seen = 0
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
                    self.warning(f"{where}: not UTF-8, read as {_encoding_label(legacy)} (and so are later such lines)")
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
                self.warning(f'{where}: not a JSON object; skipped — write one {{"text": ...}} object per line')
                continue
            text = record.get("text")
            if not isinstance(text, str):
                self.warning(f'{where}: no "text" string field; skipped — add "text": "..." to the line')
                continue
            meta = {key: self.meta_field(record, key, where) for key in ("id", "title", "date", "url", "lang")}
            line_source = f"{source}:{number}" + (f"#{meta['id']}" if meta["id"] else "")
            normalized = _normalize(text) if self.sentences else _normalize(text).strip()
            if not normalized.strip():
                self.warning(f"{where}: empty text; skipped")
                continue
            yield from self.emit(
                normalized,
                source=line_source,
                label=where,
                title=meta["title"],
                date=meta["date"],
                url=meta["url"],
                given_lang=meta["lang"],
            )

    def meta_field(self, record: dict[str, object], key: str, where: str) -> str | None:
        """Return an optional JSONL field as a string, or None."""
        value = record.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            self.warning(f'{where}: field "{key}" is not a string; ignored')
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
            text,
            source=path,
            markdown=False,
            title=page.get("title") or None,
            date=page.get("date") or None,
            url=page.get("url") or None,
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
            # The first documents, then one in 50: a corpus forced into the wrong language
            # is told at once, without paying the detector on every document.
            self.forced_seen += 1
            checked = not self.sentences and (self.forced_seen <= 20 or self.forced_seen % 50 == 0)
            other = mismatched_language(text, code) if checked else None
            if other is not None:
                self.warning(
                    f"{label}: the text looks like {_language_name(other)} ({other}), but --lang {code} was given; "
                    f"it is read as {_language_name(code)} — give --lang {other}, or --lang auto to read each "
                    "document in its own language"
                )
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


def _reason(exc: Exception) -> str:
    """Return the human part of an exception's message."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return str(exc).split("\n", 1)[0]
