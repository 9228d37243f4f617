"""Tests of ontologies/: the OWL ontology, the SHACL shapes and the lexicons agree with what kg.rdf writes."""

from __future__ import annotations

from importlib import resources

import pytest
from pyshacl import validate
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS

from kg.rdf import KG, KGE, PREFIXES, SCHEMA
from kg.rdf.ontology import load_ontology, load_shapes
from kg.resolve import load_lexicon, ontology_path
from tests.rdf.article import built_extraction

PROV = URIRef("http://www.w3.org/ns/prov#")

#: Properties that facts between entities are stated with, in the vocabulary of the relation
#: labels of annotated corpora (citizen of, member of, based in, spouse of, is at odds with...).
ENTITY_FACT_PROPERTIES = (
    "citizenOf",
    "memberOf",
    "worksFor",
    "holdsPositionAt",
    "leads",
    "headquarteredIn",
    "locatedIn",
    "operatesIn",
    "partOf",
    "spouseOf",
    "relativeOf",
    "founded",
    "produces",
    "wins",
    "opposes",
    "meetsWith",
    "owns",
    "controls",
    "livesIn",
    "bornIn",
    "partnersWith",
)

#: The relations between entities: object properties with a domain and a range, checked by a shape.
ENTITY_RELATIONS = {
    "citizenOf": ("Person", "Place"),
    "memberOf": ("Entity", "Organization"),
    "worksFor": ("Person", "Entity"),
    "headquarteredIn": ("Organization", "Place"),
    "controls": ("Entity", "Entity"),
    "relativeOf": ("Person", "Person"),
    "spouseOf": ("Person", "Person"),
    "livesIn": ("Person", "Place"),
    "bornIn": ("Person", "Place"),
    "opposes": ("Entity", "Entity"),
    "meetsWith": ("Entity", "Entity"),
}

SYMMETRIC = ("spouseOf", "relativeOf", "opposes", "meetsWith", "partnersWith")


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
    [
        ("holdsPositionAt", SCHEMA.worksFor),
        ("numericValue", SCHEMA.value),
        ("currency", SCHEMA.currency),
        ("owns", SCHEMA.owns),
        ("locatedIn", SCHEMA.location),
        ("startDate", SCHEMA.startDate),
        ("citizenOf", SCHEMA.nationality),
        ("memberOf", SCHEMA.memberOf),
        ("worksFor", SCHEMA.worksFor),
        ("headquarteredIn", KG.locatedIn),
        ("relativeOf", SCHEMA.relatedTo),
        ("spouseOf", KG.relativeOf),
        ("spouseOf", SCHEMA.spouse),
        ("livesIn", SCHEMA.homeLocation),
        ("bornIn", SCHEMA.birthPlace),
    ],
)
def test_properties_are_aligned(ontology, prop, aligned):
    assert (KG[prop], RDFS.subPropertyOf, aligned) in ontology


@pytest.mark.parametrize("prop", ENTITY_FACT_PROPERTIES)
def test_entity_fact_property_is_a_canonical_relation_with_labels_and_definitions(ontology, prop):
    term = KG[prop]
    assert (term, RDF.type, KG.CanonicalRelation) in ontology
    assert {label.language for label in ontology.objects(term, RDFS.label)} >= {"en", "fr"}
    assert {d.language for d in ontology.objects(term, SKOS.definition)} >= {"en", "fr"}


@pytest.mark.parametrize("prop, domain, range_", [(p, d, r) for p, (d, r) in ENTITY_RELATIONS.items()])
def test_entity_relation_is_an_object_property_with_domain_and_range(ontology, prop, domain, range_):
    term = KG[prop]
    assert (term, RDF.type, OWL.ObjectProperty) in ontology
    assert set(ontology.objects(term, RDFS.domain)) == {KG[domain]}
    assert set(ontology.objects(term, RDFS.range)) == {KG[range_]}


@pytest.mark.parametrize("prop", SYMMETRIC)
def test_symmetric_relations_are_declared_symmetric(ontology, prop):
    assert (KG[prop], RDF.type, OWL.SymmetricProperty) in ontology


@pytest.mark.parametrize("title", ["Minister", "Spokesperson", "Advisor", "Coach", "Mayor"])
def test_positions_of_public_life_are_in_the_ontology(ontology, title):
    assert (KG[title], RDF.type, KG.Position) in ontology


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

    from kg.rdf.document import document_graph
    from kg.resolve import resolve_entities

    extraction = built_extraction()
    graph = document_graph(extraction, resolve_entities(extraction))
    declared = _terms(ontology)
    used = set()
    for _s, p, o in graph:
        for term in (p, o) if p != RDF.type else (o,):
            if isinstance(term, URIRef) and str(term).startswith(str(KG)):
                used.add(term)
    assert used - declared == set()


def test_shapes_are_valid_shacl():
    shapes = load_shapes()
    conforms, _graph, text = validate(shapes, shacl_graph=shapes, meta_shacl=True)
    assert conforms, text


@pytest.mark.parametrize("prop", ENTITY_RELATIONS)
def test_a_shape_targets_the_subjects_of_each_entity_relation(prop):
    assert list(load_shapes().subjects(SH.targetSubjectsOf, KG[prop])), prop


def _relation_graph(turtle: str) -> Graph:
    """A document-graph fragment: the prefixes of kg.rdf, then ``turtle``."""
    header = "".join(f"@prefix {name}: <{iri}> .\n" for name, iri in PREFIXES.items())
    return Graph().parse(data=header + turtle, format="turtle")


_ANA = 'kge:ana a kg:Person ; rdfs:label "Ana"@en .\n'
_BEN = 'kge:ben a kg:Person ; rdfs:label "Ben"@en .\n'
_FRANCE = 'kge:france a kg:Place ; rdfs:label "France"@en .\n'
_PARIS = 'kge:paris a kg:Place ; rdfs:label "Paris"@en .\n'
_ACME = 'kge:acme a kg:Organization ; rdfs:label "Acme"@en .\n'
_NATO = 'kge:nato a kg:Organization ; rdfs:label "NATO"@en .\n'
_UNTYPED = 'kge:x a kg:Entity ; rdfs:label "X"@en .\nkge:y a kg:Entity ; rdfs:label "Y"@en .\n'
_YEAR = 'kgv:date\\/2020 a kg:Date ; kg:date "2020"^^xsd:gYear .\n'


@pytest.mark.parametrize(
    "turtle, wrong",
    [
        pytest.param(_ANA + _FRANCE + "kge:ana kg:citizenOf kge:france .", set(), id="person-citizen-of-country"),
        pytest.param(
            _UNTYPED + "kge:x kg:citizenOf kge:y .", set(), id="untyped-ends"
        ),  # the type vote found no evidence
        pytest.param(_PARIS + _FRANCE + "kge:paris kg:citizenOf kge:france .", {"paris"}, id="place-as-citizen"),
        pytest.param(_ANA + _BEN + "kge:ana kg:citizenOf kge:ben .", {"ana"}, id="citizen-of-a-person"),
        pytest.param(_ANA + 'kge:ana kg:citizenOf "France"@en .', {"ana"}, id="citizen-of-a-text"),
        pytest.param(
            _ACME + _PARIS + "kge:acme kg:headquarteredIn kge:paris .", set(), id="organization-headquartered-in-city"
        ),
        pytest.param(
            _ACME + _YEAR + "kge:acme kg:headquarteredIn kgv:date\\/2020 .", {"acme"}, id="headquartered-in-a-value"
        ),
        pytest.param(_FRANCE + _NATO + "kge:france kg:memberOf kge:nato .", set(), id="country-member-of-alliance"),
        pytest.param(_ANA + _PARIS + "kge:ana kg:memberOf kge:paris .", {"ana"}, id="member-of-a-place"),
        pytest.param(_ANA + _BEN + "kge:ana kg:spouseOf kge:ben .", set(), id="spouses"),
        pytest.param(_ANA + _ACME + "kge:ana kg:spouseOf kge:acme .", {"ana"}, id="spouse-of-an-organization"),
        pytest.param(_FRANCE + _ACME + "kge:france kg:opposes kge:acme .", set(), id="country-opposes-organization"),
        pytest.param(_ANA + _YEAR + "kge:ana kg:meetsWith kgv:date\\/2020 .", {"ana"}, id="meets-with-a-value"),
        pytest.param(_ANA + _ACME + "kge:ana kg:worksFor kge:acme .", set(), id="person-works-for-organization"),
        pytest.param(_ACME + _NATO + "kge:acme kg:worksFor kge:nato .", {"acme"}, id="organization-as-worker"),
        pytest.param(_ANA + _ACME + "kge:ana kg:bornIn kge:acme .", {"ana"}, id="born-in-an-organization"),
    ],
)
def test_shapes_check_both_ends_of_entity_relations(turtle, wrong):
    conforms, report, text = validate(_relation_graph(turtle), shacl_graph=load_shapes())
    results = report.objects(None, SH.result)  # the top-level results, not their details
    focus = {str(report.value(result, SH.focusNode)).removeprefix(str(KGE)) for result in results}
    assert (conforms, focus) == (not wrong, wrong), text


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

    from kg.rdf import KGE, KGV
    from kg.rdf.document import document_graph
    from kg.resolve import resolve_entities

    extraction = built_extraction()
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
