"""The ``kg`` command line: every command, its exit codes and its error lines."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import _parser, main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "alibaba_cloud_fr.txt"
COMMANDS = ("build", "extract", "query", "view", "show", "export", "remove", "serve")


@pytest.fixture(scope="module")
def example_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built once from the French example."""
    store = tmp_path_factory.mktemp("cli") / "store"
    assert main(["build", str(EXAMPLE), "--store", str(store), "--quiet"]) == 0
    return store


def run_kg(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m kg`` as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "kg", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    assert "usage: kg " + command in capsys.readouterr().out


def test_every_command_is_documented() -> None:
    subparsers = next(a for a in _parser()._actions if a.dest == "==SUPPRESS==" or a.choices)
    assert set(subparsers.choices) == set(COMMANDS)
    for name, sub in subparsers.choices.items():
        assert sub.description, name


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "usage: kg" in capsys.readouterr().err


def test_python_m_kg_works() -> None:
    result = run_kg("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("kg ")


def test_build_missing_path_is_one_error_line(tmp_path: Path) -> None:
    result = run_kg("build", str(tmp_path / "nope.txt"), "--store", str(tmp_path / "s"))
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert errors[0].startswith("Error: ") and "nope.txt" in errors[0]
    assert "Traceback" not in result.stderr


def test_build_goes_on_past_a_bad_input(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Northwind Energy a racheté la société Helios Motors en 2024.\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = run_kg(
        "build",
        str(tmp_path / "missing.txt"),
        str(empty),
        str(good),
        "--store",
        str(tmp_path / "s"),
        "--lang",
        "fr",
    )
    assert result.returncode == 0, result.stderr
    assert "missing.txt" in result.stderr and "empty.txt" in result.stderr
    assert "1 document(s) added" in result.stderr
    assert "Traceback" not in result.stderr


def test_build_twice_changes_nothing(example_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--store", str(example_store), "--format", "nq"]) == 0
    before = capsys.readouterr().out
    assert main(["build", str(EXAMPLE), "--store", str(example_store)]) == 0
    assert "0 document(s) added, 1 already in the store" in capsys.readouterr().err
    assert main(["export", "--store", str(example_store), "--format", "nq"]) == 0
    assert capsys.readouterr().out == before


@pytest.mark.parametrize("fmt", ["trig", "nq", "ttl", "nt", "jsonld"])
def test_export_is_deterministic_and_parses_back(example_store: Path, fmt: str, tmp_path: Path) -> None:
    import pyoxigraph
    import rdflib

    first, second = tmp_path / f"a.{fmt}", tmp_path / f"b.{fmt}"
    assert main(["export", "--store", str(example_store), "--format", fmt, "-o", str(first)]) == 0
    assert main(["export", "--store", str(example_store), "--format", fmt, "-o", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    rdf_format = {"ttl": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig", "jsonld": "json-ld"}[fmt]
    dataset = rdflib.Dataset()
    dataset.parse(first, format=rdf_format)
    assert len(dataset) > 0 or sum(len(g) for g in dataset.graphs()) > 0
    mime = {
        "ttl": "text/turtle",
        "nt": "application/n-triples",
        "nq": "application/n-quads",
        "trig": "application/trig",
        "jsonld": "application/ld+json",
    }[fmt]
    assert list(pyoxigraph.parse(path=str(first), format=pyoxigraph.RdfFormat.from_media_type(mime)))


def test_query_answers_the_example_question(example_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    query = ROOT / "examples" / "queries" / "who_invests_how_much.rq"
    assert main(["query", "--store", str(example_store), "-f", str(query), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)["results"]["bindings"]
    assert any("Alibaba" in json.dumps(row, ensure_ascii=False) for row in rows)


def test_query_syntax_error_names_the_position(example_store: Path) -> None:
    result = run_kg("query", "--store", str(example_store), "SELECT ?x WHERE { ?x ?y }")
    assert result.returncode == 1
    line = result.stderr.strip().splitlines()[-1]
    assert line.startswith("Error: ") and "line 1" in line and "column" in line
    assert "Traceback" not in result.stderr


def test_query_table_ask_and_construct(example_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "--store", str(example_store), "ASK { ?s a kg:Document }"]) == 0
    assert "true" in capsys.readouterr().out.lower()
    assert (
        main(["query", "--store", str(example_store), "CONSTRUCT { ?d a kg:Document } WHERE { ?d a kg:Document }"]) == 0
    )
    assert "Document" in capsys.readouterr().out


def test_view_writes_an_offline_page(example_store: Path, tmp_path: Path) -> None:
    page = tmp_path / "view.html"
    assert main(["view", "--store", str(example_store), "-o", str(page)]) == 0
    html = page.read_text(encoding="utf-8")
    assert "Alibaba" in html
    assert "http://" not in html.split("<body", 1)[0].replace("http://www.w3.org", "")
    assert "cdn" not in html.lower().split("<body", 1)[0]


@pytest.mark.parametrize("fmt", ["jsonl", "tsv", "carb"])
def test_extract_prints_the_headline_fact(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(EXAMPLE), "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert "Alibaba" in out and "28 milliards de dollars" in out


def test_extract_jsonl_fields(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(EXAMPLE), "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    headline = next(r for r in records if r["object"] == "28 milliards de dollars")
    assert headline["subject"] == "Alibaba"
    assert headline["subject_entity"] == "Alibaba"
    assert {"sentence", "relation", "args", "confidence", "object_entity"} <= set(headline)
    assert 0.0 <= headline["confidence"] <= 1.0
    assert [(a["role"], a["text"]) for a in headline["args"]] == [
        ("dans", "son infrastructure cloud"),
        ("d’ici à", "2023"),
    ]


def test_extract_sentences_mode_reads_stdin() -> None:
    result = run_kg(
        "extract",
        "-",
        "--sentences",
        "--lang",
        "en",
        "--format",
        "carb",
        stdin="Maria Alvarez founded Northwind Energy in 2011 .\n",
    )
    assert result.returncode == 0, result.stderr
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert rows and all(row[0] == "Maria Alvarez founded Northwind Energy in 2011 ." for row in rows)
    assert any("Maria Alvarez" in row[3:] for row in rows)


def test_remove_unknown_document_is_an_error(example_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["remove", "0123456789abcdef", "--store", str(example_store)]) == 1
    assert capsys.readouterr().err.startswith("Error: no document '0123456789abcdef'")


def test_bad_model_option_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(EXAMPLE), "--model", "fr"]) == 1
    assert capsys.readouterr().err.startswith("Error: --model 'fr' is not LANG=NAME")


def test_query_missing_store_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "--store", str(tmp_path / "none"), "ASK {}"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: ") and "none" in err


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_for_gephi(example_store: Path, tmp_path: Path, fmt: str) -> None:
    import networkx as nx

    target = tmp_path / f"graph.{fmt}"
    assert main(["export", "--store", str(example_store), "--format", fmt, "-o", str(target)]) == 0
    graph = nx.read_graphml(target) if fmt == "graphml" else nx.read_gexf(target)
    labels = {str(data.get("label", "")) for _, data in graph.nodes(data=True)}
    assert "Alibaba" in labels and graph.number_of_edges() > 0


def test_export_for_gephi_needs_a_file(example_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--store", str(example_store), "--format", "gexf"]) == 1
    assert capsys.readouterr().err == "Error: --format gexf writes a file: give one with -o FILE.gexf\n"


def test_show_prints_the_entity_card(example_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "alibaba", "--store", str(example_store)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[:2] == ["Alibaba  (Organization)  kge:alibaba", "Also named: ALIBABA"]
    invests = lines.index("invests")
    assert lines[invests + 1] == "  → 28000000000 USD  [2023]  [future]"
    assert (
        lines[invests + 2]
        == '      "Alibaba va investir 28 milliards de dollars dans son infrastructure cloud d’ici à 2023"'
    )
    assert (
        lines[invests + 3]
        == "      — Alibaba va investir 28 milliards de dollars dans son infrastructure cloud d’ici à 2023"
    )
    assert "earnsRevenue" in lines and "  → 10000000000 CNY  [2019-Q4]" in lines
    assert lines[-1] == "On kg serve: /id/entity/alibaba"
    assert main(["show", "kge:alibaba", "--store", str(example_store)]) == 0
    assert capsys.readouterr().out == out


def test_show_unknown_entity_suggests_names(example_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "Aliba", "--store", str(example_store)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        "Error: no entity is named 'Aliba'; did you mean 'Alibaba', 'Alibaba Cloud France', "
        "'Alibaba Cloud Intelligence'?\n"
    )
    assert main(["show", "kge:nobody", "--store", str(example_store)]) == 1
    assert capsys.readouterr().err.startswith("Error: no entity 'kge:nobody' in the store")
