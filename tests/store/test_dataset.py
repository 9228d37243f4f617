"""kg.store.dataset: which dataset a query or an update names, and the update's WHERE given one."""

from __future__ import annotations

import pytest

from kg.errors import QueryError
from kg.store import open_store
from kg.store.dataset import query_names_dataset, update_names_dataset, with_dataset

G = "https://kg.example/id/doc/"


@pytest.mark.parametrize(
    "query, names",
    [
        ("SELECT * WHERE { ?s ?p ?o }", False),
        ("SELECT * FROM <http://g> WHERE { ?s ?p ?o }", True),
        ("select * from named <http://g> { graph ?g { ?s ?p ?o } }", True),
        ('SELECT * WHERE { ?s ?p "FROM <http://g>" }', False),
        ("# FROM <http://g>\nSELECT * WHERE { ?s ?p ?o }", False),
        ("PREFIX from: <http://from/>\nSELECT * WHERE { ?s from:p ?from }", False),
    ],
)
def test_a_query_names_its_dataset_only_with_from(query, names):
    assert query_names_dataset(query) is names


def test_using_goes_before_the_where_of_each_modify_operation():
    update = (
        "PREFIX ex: <http://ex/>\n"
        "CLEAR ALL ; INSERT DATA { GRAPH <http://g> { <http://a> a <http://b> } } ;\n"
        'INSERT { GRAPH <http://x> { ?s a ex:B } } WHERE { ?s ex:says "WHERE { }" } ;\n'
        "DELETE WHERE { ?s ?p ?o } ;\n"
        "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(?o < 3) }"
    )
    out = with_dataset(update, ["http://g1"], ["http://n1"])
    clause = "USING <http://g1> USING NAMED <http://n1> WHERE"
    assert out.count(clause) == 2
    assert 'ex:B } } USING <http://g1> USING NAMED <http://n1> WHERE { ?s ex:says "WHERE { }" }' in out
    assert "DELETE WHERE { ?s ?p ?o }" in out  # its pattern is its template
    assert "INSERT DATA { GRAPH" in out
    assert with_dataset(update, [], []) == update


def test_an_update_that_names_its_dataset_is_left_alone():
    update = "WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }"
    assert update_names_dataset(update)
    assert with_dataset(update, ["http://g1"]) == update
    assert update_names_dataset("DELETE { ?s ?p ?o } USING <http://g> WHERE { ?s ?p ?o }")
    assert not update_names_dataset("INSERT { ?s <http://with> ?o } WHERE { ?s ?p ?o }")


def test_a_graph_name_that_is_not_an_iri_is_refused():
    with pytest.raises(QueryError, match="not an IRI"):
        with_dataset("INSERT { ?s ?p ?o } WHERE { ?s ?p ?o }", ["http://g> } ; DROP ALL ; <"])


def test_the_store_update_reads_the_union_and_queries_honour_from(tmp_path):
    with open_store(tmp_path / "store") as store:
        store.add_graph(G + "a", b"<http://x/a> <http://x/p> <http://x/b> .\n")
        store.add_graph(G + "b", b"<http://x/c> <http://x/p> <http://x/d> .\n")
        store.update(f"INSERT {{ GRAPH <{G}out> {{ ?s <http://x/q> ?o }} }} WHERE {{ ?s <http://x/p> ?o }}")
        rows = store.query(f"SELECT ?s WHERE {{ GRAPH <{G}out> {{ ?s ?p ?o }} }} ORDER BY ?s").rows
        assert [str(r[0].value) for r in rows] == ["http://x/a", "http://x/c"]
        rows = store.query(f"SELECT ?s FROM <{G}b> WHERE {{ ?s <http://x/p> ?o }}").rows
        assert [str(r[0].value) for r in rows] == ["http://x/c"]
        store.update("INSERT DATA { GRAPH <http://x/g> { <http://x/s> <http://x/p> <rel> } }", base_iri="http://base/")
        assert store.query("ASK { <http://x/s> <http://x/p> <http://base/rel> }").boolean


def test_an_operation_with_its_own_dataset_leaves_the_others_the_union(tmp_path):
    with open_store(tmp_path / "store") as store:
        store.add_graph(G + "a", b"<http://x/a> <http://x/p> <http://x/b> .\n")
        store.update(
            f"WITH <{G}none> DELETE {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o }} ;\n"
            f"INSERT {{ GRAPH <{G}out> {{ ?s <http://x/q> ?o }} }} WHERE {{ ?s <http://x/p> ?o }}"
        )
        assert store.query(f"ASK {{ GRAPH <{G}out> {{ <http://x/a> <http://x/q> <http://x/b> }} }}").boolean
