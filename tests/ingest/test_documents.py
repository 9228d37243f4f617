"""kg.ingest.documents: a document's id and normalized text, whatever its format."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import InputError, LanguageError
from kg.ingest.documents import make_document
from kg.types import Document
from tests.ingest.inputs import DE, EN, FR, Write, read, sha


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


@pytest.mark.parametrize(
    "text, options, expected",
    [
        (f"  {FR}\r\n", {}, Document(sha(FR), FR, "fr", "-")),
        (
            EN,
            {"source": "api", "title": "T", "date": "2020", "url": "u"},
            Document(sha(EN), EN, "en", "api", "T", "2020", "u"),
        ),
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
