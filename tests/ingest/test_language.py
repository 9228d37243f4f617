"""kg.ingest.language: language identification, the --lang option, unsupported languages."""

from __future__ import annotations

import json

import pytest

from kg.errors import LanguageError
from kg.ingest.language import detect_language
from kg.ingest.reader import read_documents
from tests.ingest.inputs import COMPANY, DE, EN, ES, FR, RU, Write, read


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
        (
            "warning",
            f"{bad}: language looks like {name} ({code}), not supported (fr, en); skipped — pass --lang fr|en to force",
        ),
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
