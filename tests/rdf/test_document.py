"""kg.rdf.document: a document's named graph, its shape, its round trips through rdflib and Oxigraph, and escaping."""

from __future__ import annotations

import dataclasses
import hashlib
from decimal import Decimal

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyshacl import validate
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from kg.rdf import KG, KGD, KGE, KGR, KGV, PREFIXES
from kg.rdf.document import document_graph as build_graph
from kg.rdf.iris import document_iri, relation_iri, statement_iri
from kg.rdf.ontology import load_shapes
from kg.resolve import resolve_entities
from kg.types import (
    Argument,
    Document,
    Entity,
    Extraction,
    Fact,
    Mention,
    Resolution,
    Sentence,
    Value,
)
from tests.helpers import IRI
from tests.rdf.article import HEADLINE, TEXT, built_extraction, span_in


def document_graph(extraction: Extraction, resolution: Resolution) -> Graph:
    """kg.rdf.document_graph, checked against the SHACL shapes: every graph a test builds must conform."""
    graph = build_graph(extraction, resolution)
    conforms, _report, text = validate(graph, shacl_graph=_shapes())
    assert conforms, text
    return graph


_SHAPES: list[Graph] = []


def _shapes() -> Graph:
    if not _SHAPES:
        _SHAPES.append(load_shapes())
    return _SHAPES[0]


@pytest.fixture()
def graph() -> Graph:
    extraction = built_extraction()
    return document_graph(extraction, resolve_entities(extraction))


def _statement(graph: Graph, lemma: str) -> URIRef:
    relation = relation_iri(lemma, "fr")
    return next(graph.subjects(KG.relation, relation))


def test_graph_is_the_document_named_graph(graph):
    extraction = built_extraction()
    assert graph.identifier == document_iri(extraction.document.id)
    assert (graph.identifier, RDF.type, KG.Document) in graph
    assert graph.value(graph.identifier, KG.source) == Literal("examples/test.txt")
    assert graph.value(graph.identifier, URIRef("http://purl.org/dc/terms/date")) == Literal(
        "2020-03-20", datatype=XSD.date
    )


def test_shacl_validation_passes(graph):
    conforms, _report, text = validate(graph, shacl_graph=load_shapes())
    assert conforms, text


def test_shapes_catch_a_broken_statement(graph):
    broken = Graph()
    for triple in graph:
        broken.add(triple)
    statement = _statement(graph, "aller investir")
    broken.remove((statement, PROV.wasDerivedFrom, None))
    broken.add((statement, KG.confidence, Literal("high")))
    conforms, _report, _text = validate(broken, shacl_graph=load_shapes())
    assert not conforms


def test_direct_triples_canonical_and_open(graph):
    alibaba = KGE.alibaba
    money = KGV["money/USD/28000000000"]
    assert (alibaba, KG.invests, money) in graph
    assert (alibaba, relation_iri("aller investir", "fr"), money) in graph
    assert (KGE["kevin-liu"], KG.holdsPositionAt, KGE["alibaba-cloud-france"]) in graph


def test_object_value_qualifier():
    text = "Alibaba investit quelque 28 milliards de dollars.\n"
    document = Document(id="e" * 64, text=text, lang="fr", source="t")
    sentence = Sentence(0, text.strip(), 0, len(text) - 1)
    fact = Fact(
        sentence,
        Argument("Alibaba", "subject", 0, 7, pos="PROPN"),
        "investit",
        "investir",
        Argument("quelque 28 milliards de dollars", "object", *span_in(text, "quelque 28 milliards de dollars")),
    )
    extraction = Extraction(document, (sentence,), (fact,), (Mention("Alibaba", 0, 7, "ORG", 0),))
    graph = document_graph(extraction, resolve_entities(extraction))
    statement = next(graph.subjects(RDF.type, KG.Statement))
    assert graph.value(statement, KG.objectQualifier) == Literal("approximately")
    assert (KGE.alibaba, KG.invests, KGV["money/USD/28000000000"]) in graph


def test_money_is_typed(graph):
    money = KGV["money/USD/28000000000"]
    assert (money, RDF.type, KG.MonetaryAmount) in graph
    amount = graph.value(money, KG.numericValue)
    assert amount.datatype == XSD.decimal and amount.toPython() == Decimal(28_000_000_000)
    assert graph.value(money, KG.currency) == Literal("USD")


def test_statement_carries_the_nary_detail(graph):
    statement = _statement(graph, "aller investir")
    assert graph.value(statement, KG.subject) == KGE.alibaba
    assert graph.value(statement, KG.subjectText) == Literal("Alibaba", lang="fr")
    assert graph.value(statement, KG.relationText) == Literal("va investir", lang="fr")
    assert graph.value(statement, KG.canonicalRelation) == KG.invests
    assert graph.value(statement, KG.amount) == KGV["money/USD/28000000000"]
    assert graph.value(statement, KG.modality) == Literal("future")
    assert graph.value(statement, KG.negated) == Literal(False)
    assert graph.value(statement, KG.confidence) == Literal("0.83", datatype=XSD.decimal)
    assert graph.value(statement, KG.extractor) == Literal("kg.clause")
    arguments = {graph.value(a, KG.position).toPython(): a for a in graph.objects(statement, KG.argument)}
    assert graph.value(arguments[1], KG.role) == Literal("dans")
    assert graph.value(arguments[1], KG.roleType) == KG.TargetRole
    assert graph.value(arguments[1], KG.text) == Literal("son infrastructure cloud", lang="fr")
    assert graph.value(arguments[2], KG.roleType) == KG.DeadlineRole
    assert graph.value(arguments[2], KG.qualifier) == Literal("by")
    year = graph.value(arguments[2], KG.value)
    assert graph.value(year, KG.date) == Literal("2023", datatype=XSD.gYear)
    assert graph.value(statement, KG.time) == year


def test_provenance_leads_to_the_sentence_and_document(graph):
    statement = _statement(graph, "aller investir")
    sentence = graph.value(statement, PROV.wasDerivedFrom)
    assert graph.value(sentence, KG.text) == Literal(HEADLINE, lang="fr")
    assert graph.value(sentence, KG.start).toPython() == 0
    assert graph.value(sentence, KG.end).toPython() == len(HEADLINE)
    assert graph.value(sentence, KG.inDocument) == graph.identifier
    assert graph.value(sentence, PROV.wasDerivedFrom) == graph.identifier  # PROV-O path statement → document


def test_denied_facts_have_no_direct_triple(graph):
    statement = _statement(graph, "entendre vendre")
    assert graph.value(statement, KG.negated) == Literal(True)
    assert graph.value(statement, KG.subject) == KGE.alibaba  # "le géant technologique"
    assert graph.value(statement, KG.subjectText) == Literal("Le géant technologique", lang="fr")
    assert (KGE.alibaba, KG.sells, None) not in graph
    assert (KGE.alibaba, relation_iri("entendre vendre", "fr"), None) not in graph
    # Markets of the denied sale are not places Alibaba operates in; the relation
    # classifier may still state one, with a statement of its own.
    for place in graph.objects(KGE.alibaba, KG.operatesIn):
        assert any(
            graph.value(st, KG.extractor) == Literal("kg.relations") and graph.value(st, KG.object) == place
            for st in graph.subjects(KG.subject, KGE.alibaba)
        )


def test_entities_labels_types_and_votes(graph):
    assert (KGE.alibaba, RDF.type, KG.Organization) in graph
    assert graph.value(KGE.alibaba, RDFS.label) == Literal("Alibaba", lang="fr")
    assert (KGE["alibaba-cloud-france"], KG.partOf, KGE.alibaba) not in graph  # the text does not say so
    assert (KGE.asia, RDF.type, KG.Place) in graph
    occurrence = next(o for o in graph.subjects(KG.entity, KGE.alibaba) if (o, RDF.type, KG.Occurrence) in graph)
    assert graph.value(occurrence, KG.mentionCount).toPython() >= 1
    votes = {
        graph.value(v, KG.votedType): graph.value(v, KG.votes).toPython()
        for v in graph.objects(occurrence, KG.typeVote)
    }
    assert votes[KG.Organization] >= 1
    assert (KGE.alibaba, KG.mentionedIn, KGD[f"{graph.identifier.removeprefix(str(KGD))}/s/0"]) in graph


def test_each_mention_keeps_its_offsets_text_and_sentence(graph):
    mentions = {graph.value(m, KG.start).toPython(): m for m in graph.subjects(RDF.type, KG.Mention)}
    # The headline's "Alibaba" and the description that takes it up in the next sentence.
    start, end = span_in(TEXT, "Le géant technologique")
    for at, stop, surface in ((0, 7, "Alibaba"), (start, end, "Le géant technologique")):
        mention = mentions[at]
        assert graph.value(mention, KG.entity) == KGE.alibaba
        assert graph.value(mention, KG.end).toPython() == stop
        assert graph.value(mention, KG.text) == Literal(surface, lang="fr") == Literal(TEXT[at:stop], lang="fr")
        sentence = graph.value(mention, PROV.wasDerivedFrom)
        assert graph.value(sentence, KG.start).toPython() <= at < graph.value(sentence, KG.end).toPython()
        assert graph.value(mention, KG.inDocument) == graph.identifier
    # Every mention's text is the document's text at its offsets.
    for mention in mentions.values():
        a, b = graph.value(mention, KG.start).toPython(), graph.value(mention, KG.end).toPython()
        assert str(graph.value(mention, KG.text)) == TEXT[a:b]


def test_attribution_and_positions(graph):
    statement = _statement(graph, "être directeur général de")
    assert graph.value(statement, KG.attribution) == Literal("Kevin Liu", lang="fr")
    assert graph.value(statement, PROV.wasAttributedTo) == KGE["kevin-liu"]
    assert graph.value(statement, KG.positionHeld) == KG.CEO
    assert graph.value(statement, KG.confidence) == Literal("1", datatype=XSD.decimal)


def test_open_relations_are_subproperties_of_canonical_ones(graph):
    relation = relation_iri("aller investir", "fr")
    assert (relation, RDF.type, KG.Relation) in graph
    assert (relation, RDFS.subPropertyOf, KG.invests) in graph
    assert graph.value(relation, RDFS.label) == Literal("aller investir", lang="fr")


@pytest.mark.parametrize(
    "lemma, same",
    [
        ("être président d’", "être président de"),
        ("s’associer avec", "se associer avec"),
        ("qu’investir", "que investir"),
        ("invest in", "invest in"),
    ],
)
def test_elisions_make_one_open_relation(lemma, same):
    from kg.resolve.lexicon import relation_lemma

    assert relation_lemma(lemma) == same
    assert relation_iri(lemma, "fr") == relation_iri(same, "fr")


def test_prefixes():
    assert PREFIXES["kg"] == str(KG) and PREFIXES["kge"] == str(KGE) and PREFIXES["kgd"] == str(KGD)
    assert PREFIXES["kgr"] == str(KGR) and PREFIXES["kgv"] == str(KGV)
    assert {"rdf", "rdfs", "owl", "xsd", "skos", "prov", "dcterms", "schema"} <= set(PREFIXES)


def _dataset(graph: Graph) -> Dataset:
    dataset = Dataset()
    named = dataset.graph(graph.identifier)
    for triple in graph:
        named.add(triple)
    return dataset


def _as_graph(dataset: Dataset, name: URIRef) -> Graph:
    out = Graph()
    for triple in dataset.graph(name):
        out.add(triple)
    return out


def _same(left: Graph, right: Graph) -> bool:
    """Isomorphic once integral xsd:decimal literals are written one way.

    rdflib's Turtle/TriG writer spells the decimal 28000000000 "28000000000.0"
    while Oxigraph writes it back as "28000000000": same value, two spellings.
    """

    def canonical(graph: Graph) -> Graph:
        out = Graph()
        for s, p, o in graph:
            if isinstance(o, Literal) and o.datatype == XSD.decimal:
                o = Literal(format(Decimal(str(o)).normalize(), "f"), datatype=XSD.decimal)
            out.add((s, p, o))
        return out

    return isomorphic(canonical(left), canonical(right))


@pytest.mark.parametrize("fmt", ["nquads", "trig"])
def test_rdflib_round_trip(graph, fmt):
    data = _dataset(graph).serialize(format=fmt)
    back = Dataset()
    back.parse(data=data, format=fmt)
    restored = _as_graph(back, graph.identifier)
    assert _same(graph, restored)
    if fmt == "nquads":
        assert isomorphic(graph, restored)  # N-Quads keeps every lexical form


@pytest.mark.parametrize("fmt", [ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG])
def test_oxigraph_round_trip(graph, fmt):
    store = ox.Store()
    store.load(_dataset(graph).serialize(format="nquads").encode(), format=ox.RdfFormat.N_QUADS)
    assert len(store) == len(graph)
    dumped = store.dump(format=fmt)
    back = Dataset()
    back.parse(data=dumped.decode(), format="nquads" if fmt == ox.RdfFormat.N_QUADS else "trig")
    assert isomorphic(graph, _as_graph(back, graph.identifier))  # kg.rdf writes Oxigraph's canonical forms


def test_graph_is_deterministic():
    extraction = built_extraction()
    first = document_graph(extraction, resolve_entities(extraction))
    second = document_graph(extraction, resolve_entities(extraction))
    assert set(first) == set(second)


def test_same_entity_same_iri_in_two_documents():
    one = built_extraction()
    other_text = "ALIBABA recrute en Asie.\nRien."
    document = Document(id="b" * 64, text=other_text, lang="fr", source="other")
    sentence = Sentence(0, "ALIBABA recrute en Asie.", 0, 24)
    other = Extraction(
        document,
        (sentence,),
        (
            Fact(
                sentence,
                Argument("ALIBABA", "subject", 0, 7, pos="PROPN"),
                "recrute",
                "recruter",
                None,
                (Argument("Asie", "en", 19, 23, pos="PROPN"),),
            ),
        ),
        (Mention("ALIBABA", 0, 7, "PER", 0),),
    )
    first = document_graph(one, resolve_entities(one))
    second = document_graph(other, resolve_entities(other))
    assert (KGE.alibaba, RDF.type, KG.Organization) in first
    assert (KGE.alibaba, None, None) in second and (KGE.asia, None, None) in second
    assert first.identifier != second.identifier


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=40), st.text(max_size=30))
def test_any_text_makes_a_valid_graph(name, relation):
    text = f"{name} {relation or 'x'} ici.\n"
    document = Document(id=hashlib.sha256(text.encode()).hexdigest(), text=text, lang="fr", source='<stdin> "x"')
    sentence = Sentence(0, text.strip(), 0, len(text) - 1)
    subject = Argument(name, "subject", 0, len(name), pos="PROPN")
    fact = Fact(
        sentence, subject, relation or "x", relation or "x", Argument("ici", "object", len(text) - 5, len(text) - 2)
    )
    extraction = Extraction(document, (sentence,), (fact,), (Mention(name, 0, len(name), "ORG", 0),))
    graph = document_graph(extraction, resolve_entities(extraction))
    for s, p, o in graph:
        for term in (s, p, o):
            if isinstance(term, URIRef) and str(term).startswith("https://kg.example/"):
                assert IRI.match(str(term)), term
    data = _dataset(graph).serialize(format="nquads")
    store = ox.Store()
    store.load(data.encode(), format=ox.RdfFormat.N_QUADS)
    assert len(store) == len(graph)


def test_period_bounds_and_durations():
    text = "Alibaba gagne au quatrième trimestre 2019 et investit ces trois prochaines années.\n"
    document = Document(id="c" * 64, text=text, lang="fr", source="t")
    sentence = Sentence(0, text.strip(), 0, len(text) - 1)
    quarter = Argument("quatrième trimestre 2019", "au", *span_in(text, "quatrième trimestre 2019"))
    later = Argument("ces trois prochaines années", "time", *span_in(text, "ces trois prochaines années"))
    fact = Fact(
        sentence, Argument("Alibaba", "subject", 0, 7, pos="PROPN"), "investit", "investir", None, (quarter, later)
    )
    extraction = Extraction(document, (sentence,), (fact,), (Mention("Alibaba", 0, 7, "ORG", 0),))
    resolution = resolve_entities(extraction)
    graph = document_graph(extraction, resolution)
    q4 = KGV["period/2019-Q4"]
    assert graph.value(q4, KG.startDate) == Literal("2019-10-01", datatype=XSD.date)
    assert graph.value(q4, KG.endDate) == Literal("2019-12-31", datatype=XSD.date)
    relative = KGV["period/next-P3Y"]
    assert graph.value(relative, KG.duration) == Literal("P3Y", datatype=XSD.duration)
    conforms, _r, report = validate(graph, shacl_graph=load_shapes())
    assert conforms, report


def test_durations_in_weeks_are_written_in_days():
    # xsd:duration has no weeks: "les deux prochaines semaines" without a
    # document date keeps the duration, as P14D.
    text = "Alibaba investit les deux prochaines semaines.\n"
    document = Document(id="d" * 64, text=text, lang="fr", source="t")
    sentence = Sentence(0, text.strip(), 0, len(text) - 1)
    weeks = Argument("les deux prochaines semaines", "time", *span_in(text, "les deux prochaines semaines"))
    fact = Fact(sentence, Argument("Alibaba", "subject", 0, 7, pos="PROPN"), "investit", "investir", None, (weeks,))
    extraction = Extraction(document, (sentence,), (fact,), (Mention("Alibaba", 0, 7, "ORG", 0),))
    graph = document_graph(extraction, resolve_entities(extraction))
    assert graph.value(KGV["period/next-P2W"], KG.duration) == Literal("P14D", datatype=XSD.duration)
    assert str(graph.value(KGV["period/next-P2W"], KG.notation)) == "P2W"


@pytest.mark.parametrize(
    "confidence, written", [(float("nan"), "0"), (float("inf"), "0"), (-1.0, "0"), (2.0, "1"), (0.8333, "0.833")]
)
def test_confidence_is_a_decimal_in_0_1(confidence, written):
    extraction = built_extraction()
    facts = tuple(dataclasses.replace(f, confidence=confidence) for f in extraction.facts)
    extraction = dataclasses.replace(extraction, facts=facts)
    graph = document_graph(extraction, resolve_entities(extraction))
    clause_statements = set(graph.subjects(KG.extractor, Literal("kg.clause")))
    assert clause_statements
    assert {graph.value(st, KG.confidence) for st in clause_statements} == {Literal(written, datatype=XSD.decimal)}


def test_statement_iri_depends_on_the_fact():
    extraction = built_extraction()
    a, b, _c = extraction.facts
    assert statement_iri("d", a) != statement_iri("d", b)
    assert statement_iri("d", a) == statement_iri("d", a)


def test_unknown_types_and_odd_resolutions_do_not_crash():
    extraction = built_extraction()
    resolution = Resolution(
        entities=(Entity("alibaba", "Alibaba", "Spaceship", ("ALIBABA",), (("Spaceship", 2),), 2, "ghost"),),
        links=(((0, 7), "alibaba"), ((9999, 10000), "nobody")),
        values=(((8, 11), Value("money", "va ", amount=None, unit=None)),),
        warnings=("x",),
    )
    graph = document_graph(extraction, resolution)
    assert (KGE.alibaba, RDF.type, KG.Entity) in graph
    assert SKOS.altLabel in set(graph.predicates(KGE.alibaba))


def test_part_of_links_entities_only():
    text = "Mortagne est une division administrative française.\n"
    document = Document(id="d" * 64, text=text, lang="fr", source="t")
    sentence = Sentence(0, text.strip(), 0, len(text) - 1)
    fact = Fact(
        sentence,
        Argument("Mortagne", "subject", 0, 8, pos="PROPN"),
        "est",
        "être",
        Argument(
            "une division administrative française", "object", *span_in(text, "une division administrative française")
        ),
    )
    extraction = Extraction(document, (sentence,), (fact,), (Mention("Mortagne", 0, 8, "LOC", 0),))
    graph = document_graph(extraction, resolve_entities(extraction))
    assert (KGE.mortagne, KG.partOf, None) not in graph
    conforms, _r, report = validate(graph, shacl_graph=load_shapes())
    assert conforms, report


def test_headline_title_reference_date_and_related_links():
    text = (
        "Alibaba va investir dans le cloud\n"
        "Alibaba annonce ce lundi 20 mars 2020 investir.\n"
        "SUR LE MÊME SUJET\n"
        "Alibaba va racheter Tmall\n"
        "Réagir"
    )
    document = Document(id="a1" * 32, text=text, lang="fr", source="t")
    lines = text.split("\n")
    sentences, offset = [], 0
    for i, line in enumerate(lines):
        sentences.append(Sentence(i, line, offset, offset + len(line)))
        offset += len(line) + 1
    related = sentences[3]
    facts = (
        Fact(sentences[0], Argument("Alibaba", "subject", 0, 7, pos="PROPN"), "va investir", "aller investir"),
        Fact(
            related,
            Argument("Alibaba", "subject", related.start, related.start + 7, pos="PROPN"),
            "va racheter",
            "aller racheter",
            Argument("Tmall", "object", related.end - 5, related.end, pos="PROPN"),
        ),
    )
    mentions = (
        Mention("Alibaba", 0, 7, "ORG", 0),
        Mention("Alibaba", related.start, related.start + 7, "ORG", 3),
        Mention("Tmall", related.end - 5, related.end, "ORG", 3),
    )
    extraction = Extraction(document, tuple(sentences), facts, mentions)
    resolution = resolve_entities(extraction)
    graph = document_graph(extraction, resolution)
    doc = document_iri(document.id)
    assert graph.value(doc, URIRef("http://purl.org/dc/terms/title")) == Literal(
        "Alibaba va investir dans le cloud", lang="fr"
    )
    assert graph.value(doc, KG.referenceDate) == Literal("2020-03-20", datatype=XSD.date)
    assert graph.value(sentence_iri_of(document.id, 0), KG.headline) == Literal(True)
    assert (None, KG.headline, None) in graph and len(list(graph.subjects(KG.headline, None))) == 1
    assert len(list(graph.subjects(RDF.type, KG.Statement))) == 1  # the related title's fact is left out
    assert "tmall" not in {e.key for e in resolution.entities}
    # The headline and the line after it (where the text repeats the name), not the related title.
    assert next(e for e in resolution.entities if e.key == "alibaba").mentions == 2
    conforms, _r, report = validate(graph, shacl_graph=load_shapes())
    assert conforms, report


def sentence_iri_of(document_id: str, index: int) -> URIRef:
    from kg.rdf.iris import sentence_iri

    return sentence_iri(document_id, index)


@pytest.mark.parametrize(
    "text, lemma, lang", [("Tmall est à Hangzhou.\n", "être à", "fr"), ("Tmall is in Hangzhou.\n", "be in", "en")]
)
def test_a_copula_and_a_place_is_located_in(text, lemma, lang):
    document = Document(id="ab" * 32, text=text, lang=lang, source="t")
    sentence = Sentence(0, text.strip(), 0, len(text) - 1)
    fact = Fact(
        sentence,
        Argument("Tmall", "subject", 0, 5, pos="PROPN"),
        lemma,
        lemma,
        Argument("Hangzhou", "à", *span_in(text, "Hangzhou"), pos="PROPN"),
    )
    extraction = Extraction(
        document,
        (sentence,),
        (fact,),
        (Mention("Tmall", 0, 5, "ORG", 0), Mention("Hangzhou", *span_in(text, "Hangzhou"), "LOC", 0)),
    )
    graph = document_graph(extraction, resolve_entities(extraction))
    assert (KGE.tmall, KG.locatedIn, KGE.hangzhou) in graph


@pytest.mark.parametrize("as_object", [True, False])
def test_passive_agent_founds(as_object):
    text = "Northwind signs.\nThe company was founded in 2011 by Maria Alvarez.\n"
    document = Document(id="ad" * 32, text=text, lang="en", source="t")
    first = Sentence(0, "Northwind signs.", 0, 16)
    sentence = Sentence(1, text[17:].strip(), 17, len(text) - 1)
    subject = Argument("The company", "subject", *span_in(text, "The company"), pos="NOUN", head="company")
    agent = Argument("Maria Alvarez", "agent", *span_in(text, "Maria Alvarez"), pos="PROPN")
    year = Argument("2011", "in", *span_in(text, "2011"))
    fact = Fact(
        sentence,
        subject,
        "was founded by",
        "found by",
        agent if as_object else year,
        (year,) if as_object else (agent,),
    )
    mentions = (Mention("Northwind", 0, 9, "ORG", 0), Mention("Maria Alvarez", agent.start, agent.end, "PERSON", 1))
    extraction = Extraction(document, (first, sentence), (fact,), mentions)
    graph = document_graph(extraction, resolve_entities(extraction))
    assert (KGE["maria-alvarez"], KG.founded, KGE.northwind) in graph  # "The company" is Northwind
    assert (KGE.northwind, KG.founded, None) not in graph


@pytest.mark.parametrize("date", ["2020-03-20", None])
def test_ntriples_read_the_same_in_rdflib_and_oxigraph(date):
    from kg.rdf.document import document_ntriples

    extraction = built_extraction(date=date)
    resolution = resolve_entities(extraction)
    graph = build_graph(extraction, resolution)
    iri, data, count = document_ntriples(extraction, resolution)
    assert iri == str(graph.identifier)
    assert count == len(graph) == len(set(data.splitlines()))
    theirs = {
        tuple(_n3(term) for term in (t.subject, t.predicate, t.object))
        for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)
    }
    assert theirs == {tuple(term.n3() for term in triple) for triple in graph}


def _n3(term) -> str:
    """An Oxigraph term written as rdflib writes it (plain literals without ^^xsd:string)."""
    text = str(term)
    return text.removesuffix("^^<http://www.w3.org/2001/XMLSchema#string>")


def test_text_with_quotes_backslashes_and_line_breaks_is_escaped():
    from kg.rdf.document import document_ntriples

    text = 'Alibaba a dit : « 28 "milliards" \\ C:\\cloud\ttab\r\nfin » \\u0041.'
    document = Document(id="e" * 64, text=text, lang="fr", source='a "b" \\ c\n', url='https://example.org/?q="x"')
    sentence = Sentence(0, text, 0, len(text))
    extraction = Extraction(document, (sentence,), (), ())
    _iri, data, _count = document_ntriples(extraction, resolve_entities(extraction))
    store = ox.Store()
    store.load(data, format=ox.RdfFormat.N_TRIPLES)
    texts = {q.object.value for q in store.quads_for_pattern(None, ox.NamedNode(KG["text"]), None)}
    sources = {q.object.value for q in store.quads_for_pattern(None, ox.NamedNode(KG["source"]), None)}
    assert texts == {text} and sources == {document.source}
    assert set(build_graph(extraction, resolve_entities(extraction)).objects(None, KG.text)) == {
        Literal(text, lang="fr")
    }
