"""Tests for kg.ingest: files, directories, JSONL and stdin into Documents."""
from __future__ import annotations

import builtins
import hashlib
import io
import json
import logging
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import InputError, LanguageError
from kg.ingest.documents import make_document
from kg.ingest.language import detect_language
from kg.ingest.reader import read_documents
from kg.types import Document

FR = "Alibaba va investir 28 milliards de dollars dans son infrastructure cloud d'ici à 2023."
EN = "Alibaba will invest 28 billion dollars in its cloud infrastructure by 2023."
DE = "Die Bundesregierung hat am Montag neue Maßnahmen beschlossen, um die Wirtschaft zu stärken."
ES = "El presidente anunció el lunes nuevas medidas económicas para apoyar a las empresas."
COMPANY = "Société générale, café, à Paris"
RU = "Привет, как дела? Это простой тест кодировки текста."

PAGE = """<!DOCTYPE html>
<html lang="fr"><head>
<title>Alibaba investit dans le cloud - Le Journal</title>
<meta property="og:url" content="https://example.org/alibaba">
<meta name="date" content="2020-04-20">
</head><body>
<nav><ul><li><a href="/">Accueil</a></li><li><a href="/eco">Menu Économie</a></li>
<li><a href="/abo">S'abonner au journal</a></li></ul></nav>
<article><h1>Alibaba va investir dans le cloud</h1>
<p>Alibaba va investir 28 milliards de dollars dans son infrastructure cloud d'ici à 2023,
a annoncé le groupe chinois lundi.</p>
<p>Le géant du commerce en ligne veut rattraper Amazon et Microsoft sur ce marché en pleine
croissance, selon Jeff Zhang.</p>
</article>
<footer><p>© 2020 Le Journal — Mentions légales — Contact — Tous droits réservés</p></footer>
</body></html>
"""

Reports = list[tuple[str, str]]
Write = Callable[[str, "bytes | str"], Path]


def read(
    paths: Sequence[str | Path],
    *,
    lang: str = "auto",
    sentences: bool = False,
    stdin: TextIO | None = None,
) -> tuple[list[Document], Reports]:
    """Read everything, collecting the reports."""
    reports: Reports = []
    documents = list(
        read_documents(
            [str(p) for p in paths], lang=lang, sentences=sentences, stdin=stdin,
            report=lambda level, message: reports.append((level, message)),
        )
    )
    return documents, reports


def sha(text: str) -> str:
    """Hex SHA-256 of a text in UTF-8."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@pytest.fixture
def write(tmp_path: Path) -> Write:
    """Write a file under tmp_path (str as UTF-8), creating directories."""

    def _write(name: str, content: bytes | str) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    return _write


# --- formats -----------------------------------------------------------------


@pytest.mark.parametrize(
    "name, content, text",
    [
        ("a.txt", FR + "\n", FR),
        ("a.TXT", FR, FR),
        ("a.md", f"# Titre\n\n{FR}\n", f"Titre\n\n{FR}"),
        ("a.markdown", f"## Titre ##\n\n{FR}", f"Titre\n\n{FR}"),
        ("a.MD", "**Alibaba** va *investir*.", "Alibaba va investir."),
        ("a.jsonl", json.dumps({"text": FR}) + "\n", FR),
        ("a.JSONL", json.dumps({"text": FR}), FR),
        ("a.html", PAGE, None),
        ("a.HTM", PAGE, None),
    ],
)
def test_each_format_is_read(write: Write, name: str, content: str, text: str | None) -> None:
    path = write(name, content)
    documents, reports = read([path], lang="fr")
    assert reports == []
    assert len(documents) == 1
    document = documents[0]
    if text is not None:
        assert document.text == text
    else:
        assert "28 milliards de dollars" in document.text
    assert document.id == sha(document.text)
    assert document.lang == "fr"
    assert document.source.startswith(str(path))


@pytest.mark.parametrize(
    "markdown, text",
    [
        ("# Heading\nBody.", "Heading\nBody."),
        ("### Heading ###", "Heading"),
        ("#hashtag stays", "#hashtag stays"),
        ("A [link](https://example.org/x \"t\") here.", "A link here."),
        ("An ![image alt](img.png) here.", "An image alt here."),
        ("A [ref link][1].\n\n[1]: https://example.org", "A ref link."),
        ("**bold** and __bold__", "bold and bold"),
        ("**a *b* c** and ***both***", "a b c and both"),
        ("double__under__score stays, as does a ** b ** c", "double__under__score stays, as does a ** b ** c"),
        ("*em* and _em_", "em and em"),
        ("snake_case_name and 2 * 3 * 4", "snake_case_name and 2 * 3 * 4"),
        ("~~gone~~ and `code`", "gone and code"),
        ("> quoted line", "quoted line"),
        ("```python\nx = 1\n```", "x = 1"),
        ("Before\n\n---\n\nAfter", "Before\n\nAfter"),
        ("- item one\n- item two", "- item one\n- item two"),
        ("See <https://example.org>.", "See https://example.org."),
    ],
)
def test_markdown_is_stripped_lightly(write: Write, markdown: str, text: str) -> None:
    documents, reports = read([write("doc.md", markdown)], lang="en")
    assert reports == []
    assert [d.text for d in documents] == [text]


def test_markdown_is_kept_verbatim_in_sentences_mode(write: Write) -> None:
    documents, _ = read([write("doc.md", "# Title\n**Bold** line.\n")], lang="en", sentences=True)
    assert [d.text for d in documents] == ["# Title", "**Bold** line."]


def test_html_keeps_main_text_and_metadata(write: Write) -> None:
    documents, reports = read([write("page.html", PAGE)], lang="fr")
    assert reports == []
    [document] = documents
    assert "Alibaba va investir 28 milliards de dollars" in document.text
    assert "Jeff Zhang" in document.text
    for boilerplate in ("Accueil", "Menu Économie", "S'abonner", "Mentions légales", "droits réservés"):
        assert boilerplate not in document.text
    assert document.title == "Alibaba va investir dans le cloud"
    assert document.date == "2020-04-20"
    assert document.url == "https://example.org/alibaba"


def test_html_in_declared_legacy_charset_is_read_without_warning(write: Write) -> None:
    page = PAGE.replace("<head>", '<head><meta charset="windows-1252">').replace("©", "(c)").replace("—", "-")
    documents, reports = read([write("page.html", page.encode("cp1252"))], lang="fr")
    assert reports == []
    assert "géant du commerce" in documents[0].text


def test_html_falsely_declaring_utf8_is_read_with_a_warning(write: Write) -> None:
    page = PAGE.replace("<head>", '<head><meta charset="utf-8">').replace("©", "(c)").replace("—", "-")
    path = write("page.html", page.encode("cp1252"))
    documents, reports = read([path], lang="fr")
    assert reports == [("warning", f"{path}: not UTF-8, read as windows-1252")]
    assert "géant du commerce" in documents[0].text


def test_html_without_text_is_skipped(write: Write) -> None:
    path = write("page.html", "<html><body><nav></nav></body></html>")
    documents, reports = read([path], lang="fr")
    assert documents == []
    assert reports == [("warning", f"{path}: no main text found in the HTML; skipped")]


# --- ids and normalization -----------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        FR.encode("utf-8"),
        (FR + "\n").encode("utf-8"),
        ("\n\n  " + FR + "  \n\n").encode("utf-8"),
        b"\xef\xbb\xbf" + FR.encode("utf-8"),
        FR.encode("utf-16"),
        FR.encode("utf-32"),
    ],
    ids=["plain", "newline", "padded", "utf8-bom", "utf16-bom", "utf32-bom"],
)
def test_same_text_same_id(write: Write, content: bytes) -> None:
    documents, reports = read([write("a.txt", content)], lang="fr")
    assert reports == []
    assert [(d.text, d.id) for d in documents] == [(FR, sha(FR))]


@pytest.mark.parametrize(
    "content, text",
    [
        (b"one\r\ntwo\r\n", "one\ntwo"),
        (b"one\rtwo\r", "one\ntwo"),
        (b"one\r\n\r\ntwo", "one\n\ntwo"),
        ("cafe\u0301".encode(), "caf\u00e9"),  # NFD in, NFC out
        ("\ufeffbom inside".encode(), "bom inside"),
    ],
)
def test_text_is_normalized(write: Write, content: bytes, text: str) -> None:
    documents, _ = read([write("a.txt", content)], lang="en")
    assert [d.text for d in documents] == [text]
    assert documents[0].id == sha(text)


def test_ids_agree_across_formats_and_make_document(write: Write) -> None:
    paths = [
        write("a.txt", FR),
        write("b.md", FR),
        write("c.jsonl", json.dumps({"text": FR})),
        write("d.txt", FR.replace(" ", " ").encode("utf-8")),
    ]
    documents, _ = read(paths, lang="fr")
    ids = {d.id for d in documents}
    assert ids == {make_document(FR, lang="fr").id} == {sha(FR)}
    assert [d.source for d in documents] == [str(paths[0]), str(paths[1]), f"{paths[2]}:1", str(paths[3])]


@settings(max_examples=60, deadline=None)
@given(st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\r")))
def test_id_does_not_depend_on_line_ends(text: str) -> None:
    try:
        lf = make_document(text, lang="en")
    except InputError:
        with pytest.raises(InputError):
            make_document(text.replace("\n", "\r\n"), lang="en")
        return
    crlf = make_document(text.replace("\n", "\r\n"), lang="en")
    assert lf.id == crlf.id == sha(lf.text)
    assert lf.text == lf.text.strip() and "\r" not in lf.text


# --- encodings, binary and empty files ----------------------------------------


@pytest.mark.parametrize(
    "encoding, text, label",
    [
        ("cp1252", COMPANY, "windows-1252"),
        ("cp1252", "L'œuvre « citée » coûte 10 € — voilà.", "windows-1252"),
        ("latin-1", COMPANY + " \x81", "ISO-8859-1"),
        ("cp1251", RU, "windows-1251"),
    ],
)
def test_legacy_encoding_is_read_with_a_warning(write: Write, encoding: str, text: str, label: str) -> None:
    path = write("legacy.txt", text.encode(encoding))
    documents, reports = read([path], lang="fr")
    assert [d.text for d in documents] == [text]
    assert reports == [("warning", f"{path}: not UTF-8, read as {label}")]


@pytest.mark.parametrize(
    "name, content, level, problem",
    [
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "error", "binary file, not text; skipped"),
        ("doc.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "error", "binary file, not text; skipped"),
        ("late-nul.txt", b"text " * 5000 + b"\x00", "error", "binary file, not text; skipped"),
        ("data.jsonl", b"\x1f\x8b\x08\x00gzip", "error", "binary file, not text; skipped"),
        ("page.html", b"\x00\x01\x02", "error", "binary file, not text; skipped"),
        ("wide.txt", "x".encode("utf-16-le"), "error", "binary file, not text; skipped"),
        ("empty.html", b"", "warning", "empty; skipped"),
        ("empty.md", b"\n", "warning", "empty; skipped"),
        ("empty.txt", b"", "warning", "empty; skipped"),
        ("blank.txt", b" \n\r\n\t \n", "warning", "empty; skipped"),
        ("bom-only.txt", b"\xef\xbb\xbf", "warning", "empty; skipped"),
        ("markers.md", b"# \n\n---\n", "warning", "empty; skipped"),
    ],
)
def test_unusable_file_is_reported_and_skipped(
    write: Write, name: str, content: bytes, level: str, problem: str
) -> None:
    bad = write(name, content)
    good = write("good.txt", EN)
    documents, reports = read([bad, good], lang="en")
    assert reports == [(level, f"{bad}: {problem}")]
    assert [d.text for d in documents] == [EN]


# --- paths that cannot be read -----------------------------------------------------


def test_missing_path(write: Write, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write("good.txt", EN)
    documents, reports = read(["missing.txt", "good.txt"], lang="en")
    assert reports == [("error", "missing.txt: no such file or directory; check the path")]
    assert [d.source for d in documents] == ["good.txt"]


@pytest.mark.parametrize("where", ["given", "in-directory"])
def test_broken_symlink(tmp_path: Path, write: Write, where: str) -> None:
    link = tmp_path / "docs" / "link.txt"
    link.parent.mkdir()
    link.symlink_to(tmp_path / "gone.txt")
    good = write("docs/ok.txt", EN)
    documents, reports = read([link, good] if where == "given" else [link.parent], lang="en")
    assert reports == [("error", f"{link}: broken symbolic link to {tmp_path / 'gone.txt'}; fix or remove the link")]
    assert [d.text for d in documents] == [EN]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads chmod 000 files; see the simulated case below")
def test_unreadable_file_chmod(write: Write) -> None:
    bad = write("secret.txt", EN)
    bad.chmod(0)
    try:
        documents, reports = read([bad, write("good.txt", FR)], lang="fr")
    finally:
        bad.chmod(0o644)
    assert reports == [("error", f"{bad}: permission denied; check the file's permissions")]
    assert [d.text for d in documents] == [FR]


@pytest.mark.parametrize("name", ["secret.txt", "secret.jsonl", "secret.html"])
def test_unreadable_file_simulated(write: Write, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    bad = write(f"docs/{name}", json.dumps({"text": EN}))
    write("docs/z-good.txt", FR)

    def deny(file: object, *args: object, **kwargs: object) -> object:
        if str(file) == str(bad):
            raise PermissionError(13, "Permission denied", str(file))
        return builtins.open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("kg.ingest.reader.open", deny, raising=False)
    documents, reports = read([bad.parent], lang="fr")
    assert reports == [("error", f"{bad}: permission denied; check the file's permissions")]
    assert [d.text for d in documents] == [FR]


def test_unlistable_directory_simulated(write: Write, monkeypatch: pytest.MonkeyPatch) -> None:
    write("docs/a.txt", FR)
    locked = write("docs/locked/b.txt", EN).parent
    write("docs/z.txt", FR + " Encore.")
    real_scandir = os.scandir

    def scandir(path: str) -> object:
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    documents, reports = read([locked.parent], lang="fr")
    assert reports == [("error", f"{locked}: cannot list directory (permission denied); check its permissions")]
    assert [Path(d.source).name for d in documents] == ["a.txt", "z.txt"]


def test_fifo_named_explicitly_is_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    writer = threading.Thread(target=lambda: fifo.write_text(EN))
    writer.start()
    documents, reports = read([fifo], lang="en")
    writer.join()
    assert reports == []
    assert [d.text for d in documents] == [EN]


def test_fifo_inside_directory_is_not_opened(write: Write, tmp_path: Path) -> None:
    fifo = tmp_path / "docs" / "pipe.txt"
    write("docs/a.txt", EN)
    os.mkfifo(fifo)
    documents, reports = read([fifo.parent], lang="en")  # would block if opened
    assert reports == [("error", f"{fifo}: not a regular file; give a text file or a directory")]
    assert [d.text for d in documents] == [EN]


# --- directories, duplicates, unknown extensions -----------------------------------------------


def test_directory_is_walked_in_sorted_order(write: Write, tmp_path: Path) -> None:
    for name in [
        "corpus/b.txt", "corpus/a.md", "corpus/C.HTML", "corpus/sub/z.txt", "corpus/sub/deeper/y.htm",
        "corpus/aa/x.jsonl", "corpus/.hidden.txt", "corpus/.git/config.txt", "corpus/notes.csv",
        "corpus/image.png", "corpus/README",
    ]:
        body = PAGE if name.lower().endswith(("html", "htm")) else f"{EN} ({name})"
        write(name, json.dumps({"text": body}) if name.endswith(".jsonl") else body)
    documents, reports = read([tmp_path / "corpus"], lang="en")
    assert reports == []
    root = tmp_path / "corpus"
    assert [os.path.relpath(d.source, root) for d in documents] == [
        "C.HTML", "a.md", "aa/x.jsonl:1", "b.txt", "sub/deeper/y.htm", "sub/z.txt",
    ]


def test_symlinked_directory_loop_is_walked_once(write: Write, tmp_path: Path) -> None:
    write("corpus/a.txt", EN)
    (tmp_path / "corpus" / "loop").symlink_to(tmp_path / "corpus")
    documents, reports = read([tmp_path / "corpus"], lang="en")
    assert reports == []
    assert len(documents) == 1


@pytest.mark.parametrize(
    "paths",
    [
        ["a.txt", "a.txt"],
        ["a.txt", "./a.txt"],
        ["a.txt", "."],
        [".", "a.txt"],
        ["link.txt", "a.txt"],
        ["-", "-"],
    ],
)
def test_input_given_twice_is_read_once(
    write: Write, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, paths: list[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    write("a.txt", EN)
    (tmp_path / "link.txt").symlink_to(tmp_path / "a.txt")
    documents, reports = read(paths, lang="en", stdin=io.StringIO(EN))
    assert reports == []
    assert len(documents) == 1


@pytest.mark.parametrize(
    "name, warning",
    [
        ("notes.csv", "unknown extension '.csv', read as plain text"),
        ("notes.TEXT", "unknown extension '.text', read as plain text"),
        ("README", None),
    ],
)
def test_explicit_unknown_extension_is_read_as_text(write: Write, name: str, warning: str | None) -> None:
    path = write(name, EN)
    documents, reports = read([path], lang="en")
    assert [d.text for d in documents] == [EN]
    assert reports == ([("warning", f"{path}: {warning}")] if warning else [])


# --- JSONL ---------------------------------------------------------------------------


def test_jsonl_bad_lines_are_reported_and_others_read(write: Write) -> None:
    lines = [
        json.dumps({"text": FR, "id": "a1", "title": "Cloud", "date": "2020-04-20", "url": "https://x.org"}),
        "not json at all",
        "",
        json.dumps({"title": "no text"}),
        json.dumps([1, 2]),
        json.dumps({"text": 42}),
        json.dumps({"text": "   "}),
        '{"text": "truncated',
        json.dumps({"text": EN, "lang": "en", "date": 2023, "title": ["x"]}),
    ]
    path = write("docs.jsonl", "\n".join(lines) + "\n")
    documents, reports = read([path])
    assert reports == [
        ("warning", f"{path}:2: not valid JSON (Expecting value: line 1 column 1 (char 0)); "
                    "skipped — write one JSON object per line"),
        ("warning", f"{path}:4: no \"text\" string field; skipped — add \"text\": \"...\" to the line"),
        ("warning", f"{path}:5: not a JSON object; skipped — write one {{\"text\": ...}} object per line"),
        ("warning", f"{path}:6: no \"text\" string field; skipped — add \"text\": \"...\" to the line"),
        ("warning", f"{path}:7: empty text; skipped"),
        ("warning", f"{path}:8: not valid JSON (Unterminated string starting at: line 1 column 10 (char 9)); "
                    "skipped — write one JSON object per line"),
        ("warning", f"{path}:9: field \"title\" is not a string; ignored"),
    ]
    assert documents == [
        Document(sha(FR), FR, "fr", f"{path}:1#a1", "Cloud", "2020-04-20", "https://x.org"),
        Document(sha(EN), EN, "en", f"{path}:9", None, "2023", None),
    ]


@pytest.mark.parametrize(
    "record_lang, option, expected",
    [
        ("fr", "auto", ("fr", None)),
        ("FR-fr", "auto", ("fr", None)),
        ("en", "fr", ("fr", None)),  # --lang wins over the record
        ("de", "auto", (None, "language 'de' is not supported (fr, en); skipped — pass --lang fr|en to force")),
        ("de", "en", ("en", None)),
    ],
)
def test_jsonl_lang_field(write: Write, record_lang: str, option: str, expected: tuple[str | None, str | None]) -> None:
    path = write("docs.jsonl", json.dumps({"text": FR, "lang": record_lang}))
    documents, reports = read([path], lang=option)
    lang, problem = expected
    assert [d.lang for d in documents] == ([lang] if lang else [])
    assert reports == ([("warning", f"{path}:1: {problem}")] if problem else [])


def test_jsonl_lines_not_utf8_are_reported_once(write: Write) -> None:
    line = json.dumps({"text": COMPANY}, ensure_ascii=False)
    path = write("docs.jsonl", b"\n".join([json.dumps({"text": FR}).encode(), line.encode("cp1252")] * 3))
    documents, reports = read([path], lang="fr")
    assert [d.text for d in documents] == [FR, COMPANY] * 3
    assert reports == [("warning", f"{path}:2: not UTF-8, read as windows-1252 (and so are later such lines)")]


# --- languages ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, lang",
    [
        (FR, "fr"),
        (EN, "en"),
        (COMPANY, "fr"),
        (DE, "de"),
        (ES, "es"),
        ("Bonjour à tous.", "fr"),
        ("Hallo Welt", "en"),  # too short to trust German: likeliest supported
        ("OK", "en"),
        ("123 456", "fr"),  # no letters at all: the first supported language
    ],
)
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    "text, name, code",
    [(DE, "German", "de"), (ES, "Spanish", "es"), (RU, "Russian", "ru")],
)
def test_unsupported_language_is_skipped(write: Write, text: str, name: str, code: str) -> None:
    bad = write("foreign.txt", text)
    good = write("good.txt", FR)
    documents, reports = read([bad, good])
    assert reports == [
        ("warning", f"{bad}: language looks like {name} ({code}), not supported (fr, en); "
                    "skipped — pass --lang fr|en to force"),
    ]
    assert [(d.text, d.lang) for d in documents] == [(FR, "fr")]


@pytest.mark.parametrize("option, lang", [("fr", "fr"), ("en", "en"), ("EN", "en"), (" fr ", "fr")])
def test_lang_option_forces_language(write: Write, option: str, lang: str) -> None:
    documents, reports = read([write("foreign.txt", DE)], lang=option)
    assert reports == []
    assert [d.lang for d in documents] == [lang]


@pytest.mark.parametrize("option", ["de", "xx", "", "french"])
def test_unsupported_lang_option_raises_at_call_time(option: str) -> None:
    with pytest.raises(LanguageError, match=f"language '{option}' is not supported; use one of: auto, fr, en"):
        read_documents(["does-not-matter.txt"], lang=option)


# --- sentences mode ---------------------------------------------------------------------


def test_sentences_mode_one_document_per_line(write: Write) -> None:
    path = write("carb.txt", f"{EN}\r\n\r\n  {FR}  \n\nBonjour à tous.\n")
    documents, reports = read([path], sentences=True)
    assert reports == []
    assert [(d.text, d.lang, d.source) for d in documents] == [
        (EN, "en", f"{path}:1"),
        (f"  {FR}  ", "fr", f"{path}:3"),
        ("Bonjour à tous.", "fr", f"{path}:5"),
    ]


def test_sentences_mode_reports_unsupported_line(write: Write) -> None:
    path = write("carb.txt", f"{EN}\n{DE}\n")
    documents, reports = read([path], sentences=True)
    assert [d.text for d in documents] == [EN]
    assert reports == [
        ("warning", f"{path}:2: language looks like German (de), not supported (fr, en); "
                    "skipped — pass --lang fr|en to force"),
    ]


# --- stdin --------------------------------------------------------------------------------


def _binary_stdin(data: bytes) -> io.TextIOWrapper:
    """A stream like sys.stdin: text on top of a binary buffer."""
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")


@pytest.mark.parametrize(
    "stdin, sentences, expected, reports",
    [
        (io.StringIO(f"\n{FR}\r\n{FR}\n"), False, [(f"{FR}\n{FR}", "-")], []),
        (io.StringIO(f"{EN}\n\n{FR}\n"), True, [(EN, "-:1"), (FR, "-:3")], []),
        (_binary_stdin(f"{FR}\n".encode()), False, [(FR, "-")], []),
        (_binary_stdin(COMPANY.encode("cp1252")), False, [(COMPANY, "-")],
         [("warning", "<stdin>: not UTF-8, read as windows-1252")]),
        (io.StringIO("\n".join([json.dumps({"text": FR, "id": "n1"}), "oops", json.dumps({"text": EN})])), False,
         [(FR, "-:1#n1"), (EN, "-:3")],
         [("warning", "<stdin>:2: not valid JSON (Expecting value: line 1 column 1 (char 0)); "
                      "skipped — write one JSON object per line")]),
        (_binary_stdin(("\n" + json.dumps({"text": FR})).encode()), False, [(FR, "-:2")], []),
        (io.StringIO('{"title": "not a record"}\n' + FR), False, [('{"title": "not a record"}\n' + FR, "-")], []),
        (io.StringIO(""), False, [], [("warning", "<stdin>: empty; skipped")]),
        (_binary_stdin(b"\x89PNG\r\n\x1a\n\x00\x00"), False, [],
         [("error", "<stdin>: binary file, not text; skipped")]),
    ],
    ids=["text", "sentences", "buffer", "cp1252", "jsonl", "jsonl-buffer", "json-not-record", "empty", "binary"],
)
def test_stdin(stdin: TextIO, sentences: bool, expected: list[tuple[str, str]], reports: Reports) -> None:
    documents, got = read(["-"], lang="fr", sentences=sentences, stdin=stdin)
    assert [(d.text, d.source) for d in documents] == expected
    assert got == reports


# --- streaming, size, defaults --------------------------------------------------------


def test_reading_is_lazy(write: Write, tmp_path: Path) -> None:
    reports: Reports = []
    documents = read_documents(
        [str(write("a.txt", EN)), str(tmp_path / "missing.txt")], lang="en",
        report=lambda lvl, msg: reports.append((lvl, msg)),
    )
    first = next(documents)
    assert first.text == EN and reports == []
    assert list(documents) == [] and len(reports) == 1


@pytest.mark.parametrize("name", ["big.txt", "big.md", "big.jsonl", "big-sentences.txt"])
def test_two_megabyte_line(write: Write, name: str) -> None:
    line = ("Le groupe *investit* 2 * 3 milliards [dans](le) _cloud_ `x` **a " * 40000)[: 2 * 1024 * 1024]
    content = json.dumps({"text": line}) if name.endswith(".jsonl") else line
    started = time.perf_counter()
    documents, reports = read([write(name, content)], sentences="sentences" in name)
    assert time.perf_counter() - started < 20
    assert reports == []
    assert len(documents) == 1 and documents[0].lang == "fr"
    assert len(documents[0].text) > 1_000_000


@pytest.mark.parametrize("unit", ["[a ", "[a](", "![a]( ", "**a ", "__a ", "*a ", "`a ", "# a   ", "- "])
def test_two_megabyte_markdown_line_with_unclosed_markers(write: Write, unit: str) -> None:
    line = (unit * (2 * 1024 * 1024 // len(unit))) + " fin."
    started = time.perf_counter()
    documents, _ = read([write("big.md", line)], lang="fr")
    assert time.perf_counter() - started < 10
    assert len(documents) == 1


def test_real_stdin_is_read_as_bytes(tmp_path: Path) -> None:
    script = (
        "import sys; from kg.ingest import read_documents\n"
        "for d in read_documents(['-'], lang='fr', report=lambda l, m: print(l, m)): print(d.text)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], input=COMPANY.encode("cp1252"), capture_output=True, check=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"}, cwd=tmp_path,
    )
    assert done.stdout.decode("utf-8").splitlines() == ["warning <stdin>: not UTF-8, read as windows-1252", COMPANY]
    assert done.stderr == b""


def test_import_loads_no_heavy_library() -> None:
    script = "import sys, kg.ingest; print(sorted({'lingua', 'trafilatura', 'charset_normalizer'} & set(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_without_report_problems_are_logged(write: Write, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    empty = write("empty.txt", b"")
    with caplog.at_level(logging.WARNING, logger="kg.ingest"):
        documents = list(read_documents([str(empty), str(tmp_path / "missing.txt")]))
    assert documents == []
    assert [(r.levelname, r.getMessage()) for r in caplog.records] == [
        ("WARNING", f"{empty}: empty; skipped"),
        ("ERROR", f"{tmp_path / 'missing.txt'}: no such file or directory; check the path"),
    ]


def test_pathlike_inputs_are_accepted(write: Write) -> None:
    path = write("a.txt", EN)
    assert [d.source for d in read_documents([path], lang="en")] == [str(path)]


# --- make_document --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, options, expected",
    [
        (f"  {FR}\r\n", {}, Document(sha(FR), FR, "fr", "-")),
        (EN, {"source": "api", "title": "T", "date": "2020", "url": "u"},
         Document(sha(EN), EN, "en", "api", "T", "2020", "u")),
        (DE, {"lang": "en"}, Document(sha(DE), DE, "en", "-")),
    ],
)
def test_make_document(text: str, options: dict[str, str], expected: Document) -> None:
    assert make_document(text, **options) == expected


@pytest.mark.parametrize(
    "text, options, error, message",
    [
        (" \n ", {}, InputError, "-: empty text; give a document with some text"),
        (DE, {"source": "api"}, LanguageError, "api: language looks like German (de), not supported (fr, en)"),
        (FR, {"lang": "de"}, LanguageError, "language 'de' is not supported; use one of: auto, fr, en"),
    ],
)
def test_make_document_errors(text: str, options: dict[str, str], error: type[Exception], message: str) -> None:
    with pytest.raises(error) as raised:
        make_document(text, **options)
    assert str(raised.value).startswith(message)


def test_count_documents_estimates_without_reading(write: Write) -> None:
    from kg.ingest.reader import count_documents

    write("docs/a.txt", FR)
    write("docs/b.md", EN)
    write("docs/c.jsonl", json.dumps({"text": FR}) + "\n\n" + json.dumps({"text": EN}) + "\n")
    write("docs/skip.csv", "a,b")
    directory = write("docs/a.txt", FR).parent
    assert count_documents([directory]) == 4
    assert count_documents([directory / "a.txt", "-"]) is None
    assert count_documents([directory / "missing.txt"]) == 0
