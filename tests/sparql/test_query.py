"""kg.sparql: project prefixes, parameters, result formats (table and W3C), materialize."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.query import Result as RdflibResult

from kg.errors import QueryError
from kg.sparql import (
    format_result,
    format_table,
    materialize,
    parse_term,
    run_query,
    show_term,
)
from kg.store import open_store

KG = "https://kg.example/ontology#"
KGE = "https://kg.example/id/entity/"
KGD = "https://kg.example/id/doc/"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
DOC = KGD + "a" * 64
ORG = KGE + "organization/alibaba"
NASTY = "Il a dit : \"<b>non</b>\" & 'oui'\n\tpuis, fin; \\ 阿里巴巴"


@pytest.fixture
def store(tmp_path: Path):
    data = (
        "\n".join(
            [
                f"<{ORG}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{KG}Organization> .",
                f'<{ORG}> <{RDFS}label> "Alibaba"@fr .',
                f'<{ORG}> <{KG}invests> "28 milliards de dollars"@fr .',
                f'<{ORG}> <{KG}amount> "28000000000"^^<{XSD}decimal> .',
                f'<{ORG}> <{KG}year> "2023"^^<{XSD}gYear> .',
                f"<{ORG}> <{KG}quote> {ox.Literal(NASTY)} .",
                f'<{KGE}organization/tencent> <{RDFS}label> "{"Tencent " * 20}"@fr .',
            ]
        )
        + "\n"
    )
    with open_store(tmp_path / "store") as s:
        s.add_graph(DOC, data.encode())
        yield s


def test_project_prefixes_need_no_declaration(store):
    result = run_query(store, "SELECT ?o WHERE { ?o a kg:Organization }")
    assert [r[0].value for r in result.rows] == [ORG]


def test_a_prefix_the_query_declares_wins(store):
    result = run_query(store, "PREFIX kg: <https://other.example/> SELECT ?o WHERE { ?o a kg:Organization }")
    assert result.rows == []


@pytest.mark.parametrize(
    "value, term",
    [
        (f"<{ORG}>", ox.NamedNode(ORG)),
        ("kge:organization/alibaba", ox.NamedNode(ORG)),
        ('"Alibaba"@fr', ox.Literal("Alibaba", language="fr")),
        ('"2023"^^xsd:gYear', ox.Literal("2023", datatype=ox.NamedNode(XSD + "gYear"))),
        ("42", ox.Literal("42", datatype=ox.NamedNode(XSD + "integer"))),
        ("true", ox.Literal("true", datatype=ox.NamedNode(XSD + "boolean"))),
        ("Alibaba Group", ox.Literal("Alibaba Group")),
    ],
)
def test_parameter_values_read_as_terms(value, term):
    assert parse_term(value) == term


@pytest.mark.parametrize("value", ['"unclosed', "<not an iri>", '"x"^^nope:type'])
def test_bad_parameter_value_is_a_query_error(value):
    with pytest.raises(QueryError, match="is not an RDF term; write <iri>"):
        parse_term(value)


def test_parameters_bind_variables(store):
    result = run_query(store, "SELECT ?l WHERE { ?o rdfs:label ?l }", params={"o": "kge:organization/alibaba"})
    assert [r[0].value for r in result.rows] == ["Alibaba"]
    result = run_query(store, "SELECT ?o WHERE { ?o rdfs:label ?l }", params={"?l": '"Alibaba"@fr'})
    assert [r[0].value for r in result.rows] == [ORG]


def test_limit_is_reported_in_the_table(store):
    result = run_query(store, "SELECT * WHERE { ?s ?p ?o }", limit=2)
    assert result.truncated
    assert format_table(result).splitlines()[-1] == "(2 rows; stopped at the limit of 2, more rows exist)"


def test_table_is_aligned_compact_and_cut(store):
    result = run_query(store, "SELECT ?s ?l WHERE { ?s rdfs:label ?l } ORDER BY ?s")
    lines = format_table(result).splitlines()
    assert lines[0].split() == ["?s", "?l"]
    assert lines[2].startswith("kge:organization/alibaba  ")
    assert lines[2].index('"Alibaba"@fr') == lines[0].index("?l")
    assert lines[3].endswith("…") and len(lines[3].split("  ", 1)[1].strip()) == 60
    assert lines[-1] == "(2 rows)"


@pytest.mark.parametrize(
    "term, shown",
    [
        (ox.Literal("a\nb"), '"a\\nb"'),
        (ox.Literal("28000000000", datatype=ox.NamedNode(XSD + "decimal")), "28000000000"),
        (ox.Literal("2023", datatype=ox.NamedNode(XSD + "gYear")), '"2023"^^xsd:gYear'),
        (ox.NamedNode("https://elsewhere.example/x"), "<https://elsewhere.example/x>"),
        (ox.BlankNode("b0"), "_:b0"),
    ],
)
def test_terms_are_shown_for_people(term, shown):
    assert show_term(term) == shown


def test_ask_in_every_format(store):
    result = run_query(store, "ASK { ?o a kg:Organization }")
    assert format_result(result) == "true\n"
    assert json.loads(format_result(result, "json")) == {"head": {}, "boolean": True}
    assert "<boolean>true</boolean>" in format_result(result, "xml")
    assert bool(ox.parse_query_results(format_result(result, "xml").encode(), format=ox.QueryResultsFormat.XML))


@pytest.mark.parametrize("fmt, rdflib_format", [("json", "json"), ("xml", "xml"), ("csv", "csv"), ("tsv", "tsv")])
def test_select_formats_parse_back_with_text_intact(store, fmt, rdflib_format):
    result = run_query(store, "SELECT ?s ?q ?missing WHERE { ?s kg:quote ?q OPTIONAL { ?s kg:none ?missing } }")
    text = format_result(result, fmt)
    parsed = RdflibResult.parse(io.StringIO(text), format=rdflib_format)
    rows = list(parsed)
    assert len(rows) == 1
    assert str(rows[0][0]) == ORG and str(rows[0][1]) == NASTY and rows[0][2] is None
    if fmt in ("json", "xml", "tsv"):
        again = ox.parse_query_results(text.encode(), format=getattr(ox.QueryResultsFormat, fmt.upper()))
        assert [s["q"].value for s in again] == [NASTY]


@pytest.mark.parametrize("fmt", ["xml", "rdfxml"])
def test_xml_formats_stay_well_formed_with_control_characters(tmp_path, fmt):
    from xml.dom import minidom

    text = ox.Literal("page 1\x0cpage 2 \x01 \ufffe")
    with open_store(tmp_path / "s") as s:
        s.add_graph(DOC, f"<{ORG}> <{KG}text> {text} .\n".encode())
        query = "SELECT ?t WHERE { ?o kg:text ?t }" if fmt == "xml" else "CONSTRUCT WHERE { ?o kg:text ?t }"
        text = format_result(run_query(s, query), fmt)
        assert "page 1\ufffdpage 2 \ufffd \ufffd" in minidom.parseString(text.encode()).toxml()
        assert minidom.parseString(s.dump("rdfxml"))


def test_csv_has_the_w3c_shape(store):
    result = run_query(store, "SELECT ?s ?y WHERE { ?s kg:year ?y }")
    assert list(csv.reader(io.StringIO(format_result(result, "csv")))) == [["s", "y"], [ORG, "2023"]]


@pytest.mark.parametrize(
    "fmt, rdflib_format",
    [("turtle", "turtle"), ("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld"), ("rdfxml", "xml")],
)
def test_construct_formats_parse_back(store, fmt, rdflib_format):
    result = run_query(store, "CONSTRUCT WHERE { ?s ?p ?o }")
    text = format_result(result, fmt)
    graph = rdflib.Graph().parse(data=text, format=rdflib_format)
    assert len(graph) == 7
    assert (rdflib.URIRef(ORG), rdflib.URIRef(KG + "quote"), rdflib.Literal(NASTY)) in graph
    assert format_result(run_query(store, "CONSTRUCT WHERE { ?s ?p ?o }"), fmt) == text  # sorted: stable


def test_graph_results_default_to_turtle_with_prefixes(store):
    text = format_result(run_query(store, f"DESCRIBE <{ORG}>"))
    assert "@prefix kg: <https://kg.example/ontology#> ." in text


@pytest.mark.parametrize(
    "query, fmt, message",
    [
        ("SELECT * WHERE { ?s ?p ?o }", "turtle", "format 'turtle' is for CONSTRUCT/DESCRIBE results"),
        ("CONSTRUCT WHERE { ?s ?p ?o }", "csv", "format 'csv' is for SELECT/ASK results"),
    ],
)
def test_format_that_does_not_fit_the_result_is_refused(store, query, fmt, message):
    with pytest.raises(QueryError, match=message):
        format_result(run_query(store, query), fmt)


def test_materialize_accepts_results_and_raw_pyoxigraph(store):
    result = run_query(store, "SELECT ?o WHERE { ?o a kg:Organization }")
    assert materialize(result) is result
    raw = store.oxigraph.query("SELECT ?o WHERE { GRAPH ?g { ?o a <https://kg.example/ontology#Organization> } }")
    assert [r[0].value for r in materialize(raw).rows] == [ORG]


def test_result_iterates_as_bindings(store):
    result = run_query(store, "SELECT ?o ?x WHERE { ?o a kg:Organization }")
    assert list(result) == [{"o": ox.NamedNode(ORG)}]
    assert result and len(result) == 1
