"""Tests of ontologies/: the OWL ontology, the SHACL shapes and the lexicons agree with what kg.rdf writes."""
from __future__ import annotations

from importlib import resources

import pytest
from pyshacl import validate
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.rdf import KG, PREFIXES, SCHEMA, load_ontology, load_shapes
from kg.resolve import load_lexicon, ontology_path

PROV = URIRef("http://www.w3.org/ns/prov#")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_ontology()


def _terms(ontology: Graph) -> set[URIRef]:
    return {s for s in ontology.subjects() if isinstance(s, URIRef) and str(s).startswith(str(KG))}


def test_files_ship_as_package_data():
    names = {p.name for p in resources.files("kg.ontologies").iterdir()}
    assert {"kg.ttl", "shapes.ttl", "relations.tsv", "roles.tsv"} <= names
    assert ontology_path("kg.ttl").is_file()


def test_ontology_header(ontology):
    assert (URIRef("https://kg.example/ontology"), RDF.type, OWL.Ontology) in ontology


def test_every_term_has_labels_and_definitions_in_english_and_french(ontology):
    terms = _terms(ontology)
    assert len(terms) > 100
    for term in terms:
        labels = {label.language for label in ontology.objects(term, RDFS.label)}
        definitions = {d.language for d in ontology.objects(term, SKOS.definition)}
        assert {"en", "fr"} <= labels, term
        assert {"en", "fr"} <= definitions, term


@pytest.mark.parametrize(
    "cls, aligned",
    [
        ("Organization", SCHEMA.Organization),
        ("Organization", URIRef(str(PROV) + "Organization")),
        ("Person", SCHEMA.Person),
        ("Person", URIRef(str(PROV) + "Person")),
        ("Place", SCHEMA.Place),
        ("Product", SCHEMA.Product),
        ("Event", SCHEMA.Event),
        ("MonetaryAmount", SCHEMA.MonetaryAmount),
        ("Document", SCHEMA.CreativeWork),
        ("Statement", URIRef(str(PROV) + "Entity")),
        ("Sentence", URIRef(str(PROV) + "Entity")),
    ],
)
def test_classes_are_aligned(ontology, cls, aligned):
    assert (KG[cls], RDFS.subClassOf, aligned) in ontology


@pytest.mark.parametrize(
    "prop, aligned",
    [("holdsPositionAt", SCHEMA.worksFor), ("numericValue", SCHEMA.value), ("currency", SCHEMA.currency),
     ("owns", SCHEMA.owns), ("locatedIn", SCHEMA.location), ("startDate", SCHEMA.startDate)],
)
def test_properties_are_aligned(ontology, prop, aligned):
    assert (KG[prop], RDFS.subPropertyOf, aligned) in ontology


def test_lexicon_properties_and_titles_are_in_the_ontology(ontology):
    canonical = set(ontology.subjects(RDF.type, KG.CanonicalRelation))
    entries = load_lexicon()
    for entry in entries:
        assert KG[entry.property] in canonical, entry.property
        if entry.title:
            assert (KG[entry.title], RDF.type, KG.Position) in ontology, entry.title
        for wanted in (entry.subject_type, entry.object_type):
            assert wanted is None or wanted == "Agent" or (KG[wanted], RDF.type, OWL.Class) in ontology
    assert len(canonical) >= 30


def test_roles_are_in_the_ontology(ontology):
    for line in ontology_path("roles.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("lang\t") or not line.strip():
            continue
        role = line.split("\t")[2]
        assert (KG[role], RDF.type, KG.ArgumentRole) in ontology, role


def test_every_term_the_builder_writes_is_declared(ontology):
    from test_rdf import _extraction  # the hand-built article of test_rdf

    from kg.rdf import document_graph
    from kg.resolve import resolve_entities

    extraction = _extraction()
    graph = document_graph(extraction, resolve_entities(extraction))
    declared = _terms(ontology)
    used = set()
    for s, p, o in graph:
        for term in (p, o) if p != RDF.type else (o,):
            if isinstance(term, URIRef) and str(term).startswith(str(KG)):
                used.add(term)
    assert used - declared == set()


def test_shapes_are_valid_shacl():
    shapes = load_shapes()
    conforms, _graph, text = validate(shapes, shacl_graph=shapes, meta_shacl=True)
    assert conforms, text


def test_shapes_only_name_declared_terms(ontology):
    shapes = load_shapes()
    declared = _terms(ontology)
    for term in set(shapes.objects()) | set(shapes.subjects()):
        if isinstance(term, URIRef) and str(term).startswith(str(KG)):
            assert term in declared, term


def test_ontology_uses_the_project_prefixes():
    text = ontology_path("kg.ttl").read_text(encoding="utf-8")
    for prefix in ("kg", "rdfs", "owl", "xsd", "skos", "prov", "dcterms", "schema"):
        assert f"@prefix {prefix}: <{PREFIXES[prefix]}>" in text


def test_rdfs_and_owl_rl_entailments_stay_sensible(ontology):
    """Domains, ranges and alignments entail nothing wrong about the builder's graph."""
    import owlrl
    from test_rdf import _extraction

    from kg.rdf import KGE, KGV, document_graph
    from kg.resolve import resolve_entities

    extraction = _extraction()
    graph = Graph()
    for triple in document_graph(extraction, resolve_entities(extraction)):
        graph.add(triple)
    for triple in ontology:
        graph.add(triple)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    errors = URIRef("http://www.daml.org/2002/03/agents/agent-ont#error")
    assert not list(graph.triples((None, errors, None)))
    assert not list(graph.subjects(RDF.type, OWL.Nothing))
    for node in graph.subjects(RDF.type, KG.Entity):
        assert str(node).startswith(str(KGE)), node  # only entities are entities
    for node in graph.subjects(RDF.type, KG.Value):
        assert str(node).startswith(str(KGV)), node
    assert (KGE.alibaba, RDF.type, SCHEMA.Organization) in graph
    assert (KGE["kevin-liu"], SCHEMA.worksFor, KGE["alibaba-cloud-france"]) in graph
