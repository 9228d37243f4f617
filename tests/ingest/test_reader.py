"""kg.ingest.reader: files, directories, JSON lines, HTML, stdin; what cannot be read is reported, never dropped silently."""

from __future__ import annotations

import builtins
import io
import json
import logging
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import TextIO

import pytest

from kg.ingest.reader import read_documents
from kg.types import Document
from tests.ingest.inputs import COMPANY, DE, EN, FR, PAGE, Reports, Write, read, sha


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


def test_html_without_text_is_skipped(write: Write) -> None:
    path = write("page.html", "<html><body><nav></nav></body></html>")
    documents, reports = read([path], lang="fr")
    assert documents == []
    assert reports == [("warning", f"{path}: no main text found in the HTML; skipped")]


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


def test_directory_is_walked_in_sorted_order(write: Write, tmp_path: Path) -> None:
    for name in [
        "corpus/b.txt",
        "corpus/a.md",
        "corpus/C.HTML",
        "corpus/sub/z.txt",
        "corpus/sub/deeper/y.htm",
        "corpus/aa/x.jsonl",
        "corpus/.hidden.txt",
        "corpus/.git/config.txt",
        "corpus/notes.csv",
        "corpus/image.png",
        "corpus/README",
    ]:
        body = PAGE if name.lower().endswith(("html", "htm")) else f"{EN} ({name})"
        write(name, json.dumps({"text": body}) if name.endswith(".jsonl") else body)
    documents, reports = read([tmp_path / "corpus"], lang="auto")
    assert reports == []
    root = tmp_path / "corpus"
    assert [os.path.relpath(d.source, root) for d in documents] == [
        "C.HTML",
        "a.md",
        "aa/x.jsonl:1",
        "b.txt",
        "sub/deeper/y.htm",
        "sub/z.txt",
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
        (
            "warning",
            f"{path}:2: not valid JSON (Expecting value: line 1 column 1 (char 0)); "
            "skipped — write one JSON object per line",
        ),
        ("warning", f'{path}:4: no "text" string field; skipped — add "text": "..." to the line'),
        ("warning", f'{path}:5: not a JSON object; skipped — write one {{"text": ...}} object per line'),
        ("warning", f'{path}:6: no "text" string field; skipped — add "text": "..." to the line'),
        ("warning", f"{path}:7: empty text; skipped"),
        (
            "warning",
            f"{path}:8: not valid JSON (Unterminated string starting at: line 1 column 10 (char 9)); "
            "skipped — write one JSON object per line",
        ),
        ("warning", f'{path}:9: field "title" is not a string; ignored'),
    ]
    assert documents == [
        Document(sha(FR), FR, "fr", f"{path}:1#a1", "Cloud", "2020-04-20", "https://x.org"),
        Document(sha(EN), EN, "en", f"{path}:9", None, "2023", None),
    ]


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
        (
            "warning",
            f"{path}:2: language looks like German (de), not supported (fr, en); skipped — pass --lang fr|en to force",
        ),
    ]


def _binary_stdin(data: bytes) -> io.TextIOWrapper:
    """A stream like sys.stdin: text on top of a binary buffer."""
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")


@pytest.mark.parametrize(
    "stdin, sentences, expected, reports",
    [
        (io.StringIO(f"\n{FR}\r\n{FR}\n"), False, [(f"{FR}\n{FR}", "-")], []),
        (io.StringIO(f"{EN}\n\n{FR}\n"), True, [(EN, "-:1"), (FR, "-:3")], []),
        (_binary_stdin(f"{FR}\n".encode()), False, [(FR, "-")], []),
        (
            _binary_stdin(COMPANY.encode("cp1252")),
            False,
            [(COMPANY, "-")],
            [("warning", "<stdin>: not UTF-8, read as windows-1252")],
        ),
        (
            io.StringIO("\n".join([json.dumps({"text": FR, "id": "n1"}), "oops", json.dumps({"text": EN})])),
            False,
            [(FR, "-:1#n1"), (EN, "-:3")],
            [
                (
                    "warning",
                    "<stdin>:2: not valid JSON (Expecting value: line 1 column 1 (char 0)); "
                    "skipped — write one JSON object per line",
                )
            ],
        ),
        (_binary_stdin(("\n" + json.dumps({"text": FR})).encode()), False, [(FR, "-:2")], []),
        (io.StringIO('{"title": "not a record"}\n' + FR), False, [('{"title": "not a record"}\n' + FR, "-")], []),
        (io.StringIO(""), False, [], [("warning", "<stdin>: empty; skipped")]),
        (
            _binary_stdin(b"\x89PNG\r\n\x1a\n\x00\x00"),
            False,
            [],
            [("error", "<stdin>: binary file, not text; skipped")],
        ),
    ],
    ids=["text", "sentences", "buffer", "cp1252", "jsonl", "jsonl-buffer", "json-not-record", "empty", "binary"],
)
def test_stdin(stdin: TextIO, sentences: bool, expected: list[tuple[str, str]], reports: Reports) -> None:
    documents, got = read(["-"], lang="fr", sentences=sentences, stdin=stdin)
    assert [(d.text, d.source) for d in documents] == expected
    assert got == reports


def test_reading_is_lazy(write: Write, tmp_path: Path) -> None:
    reports: Reports = []
    documents = read_documents(
        [str(write("a.txt", EN)), str(tmp_path / "missing.txt")],
        lang="en",
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


def test_real_stdin_is_read_as_bytes(tmp_path: Path) -> None:
    script = (
        "import sys; from kg.ingest import read_documents\n"
        "for d in read_documents(['-'], lang='fr', report=lambda l, m: print(l, m)): print(d.text)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        input=COMPANY.encode("cp1252"),
        capture_output=True,
        check=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        cwd=tmp_path,
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
