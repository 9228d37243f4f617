"""kg.ingest.markdown: Markdown is stripped lightly, and kept verbatim in sentences mode."""

from __future__ import annotations

import time

import pytest

from tests.ingest.inputs import Write, read


@pytest.mark.parametrize(
    "markdown, text",
    [
        ("# Heading\nBody.", "Heading\nBody."),
        ("### Heading ###", "Heading"),
        ("#hashtag stays", "#hashtag stays"),
        ('A [link](https://example.org/x "t") here.', "A link here."),
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


@pytest.mark.parametrize("unit", ["[a ", "[a](", "![a]( ", "**a ", "__a ", "*a ", "`a ", "# a   ", "- "])
def test_two_megabyte_markdown_line_with_unclosed_markers(write: Write, unit: str) -> None:
    line = (unit * (2 * 1024 * 1024 // len(unit))) + " fin."
    started = time.perf_counter()
    documents, _ = read([write("big.md", line)], lang="fr")
    assert time.perf_counter() - started < 10
    assert len(documents) == 1
