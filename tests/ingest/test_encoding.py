"""kg.ingest.encoding: legacy encodings, binary and empty files."""

from __future__ import annotations

import json

import pytest

from tests.ingest.inputs import COMPANY, EN, FR, PAGE, RU, Write, read


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


def test_jsonl_lines_not_utf8_are_reported_once(write: Write) -> None:
    line = json.dumps({"text": COMPANY}, ensure_ascii=False)
    path = write("docs.jsonl", b"\n".join([json.dumps({"text": FR}).encode(), line.encode("cp1252")] * 3))
    documents, reports = read([path], lang="fr")
    assert [d.text for d in documents] == [FR, COMPANY] * 3
    assert reports == [("warning", f"{path}:2: not UTF-8, read as windows-1252 (and so are later such lines)")]
