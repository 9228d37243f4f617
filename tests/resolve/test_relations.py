"""Relations between entities: the learned classifier, its weights, and what it states."""

from __future__ import annotations

import re

import numpy
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import ModelError
from kg.resolve import relations
from kg.resolve.relations import HASH_BUCKETS, find_relations, load_model, pair_features
from kg.types import Entity, Sentence


@pytest.fixture
def weights_at(tmp_path, monkeypatch):
    """Point the relation model at a file of the test's making."""

    def point(name: str = "relations-en.npz"):
        path = tmp_path / name
        monkeypatch.setattr(relations, "data_path", lambda _name: path)
        load_model.cache_clear()
        return path

    yield point
    load_model.cache_clear()


def test_missing_weights_name_the_file_and_the_command(weights_at):
    path = weights_at()
    with pytest.raises(ModelError) as error:
        load_model("en")
    assert str(path) in str(error.value) and "python bench/train.py" in str(error.value)


@pytest.mark.parametrize("content", [b"", b"not a numpy archive", b"PK\x03\x04 truncated zip"])
def test_corrupt_weights_name_the_file_and_the_command(weights_at, content):
    path = weights_at()
    path.write_bytes(content)
    with pytest.raises(ModelError) as error:
        load_model("en")
    assert str(path) in str(error.value) and "python bench/train.py" in str(error.value)


def test_weights_of_the_wrong_shape_are_refused(weights_at):
    path = weights_at()
    numpy.savez(
        path,
        properties=numpy.array(["citizenOf"]),
        weights=numpy.zeros((10, 1)),
        bias=numpy.zeros(1),
        thresholds=numpy.zeros(1),
        demonym_words=numpy.array([], dtype=str),
        demonym_keys=numpy.array([], dtype=str),
        sentence_level=numpy.array(False),
    )
    with pytest.raises(ModelError, match="expected shape"):
        load_model("en")


def test_a_language_without_a_model_states_nothing():
    assert load_model("de") is None
    assert find_relations("Text.", (), (), (), "de") == ()


def _document(text, spans):
    """Entities and links for ``text``: ``spans`` maps an entity (key, label, type) to its surface forms."""
    entities, links = [], []
    for (key, label, entity_type), forms in spans.items():
        entities.append(Entity(key=key, label=label, type=entity_type))
        for form in forms:
            start = text.index(form)
            links.append(((start, start + len(form)), key))
    return entities, links


def test_features_are_deterministic_and_read_the_sentence():
    text = "Hamburg is a port city in Germany."
    entities, links = _document(
        text, {("hamburg", "Hamburg", "Place"): ["Hamburg"], ("germany", "Germany", "Place"): ["Germany"]}
    )
    document = relations._document(text, [Sentence(0, text, 0, len(text))], entities, links, {})
    features, evidence = pair_features(document, "hamburg", "germany")
    assert evidence == 0
    assert "G:in_country|city" in features  # the gazetteer knows Hamburg is in Germany
    assert "B=city|ab" in features
    assert pair_features(document, "hamburg", "germany") == (features, evidence)


def test_a_trained_model_states_what_its_weights_say(weights_at):
    path = weights_at()
    weights = numpy.zeros((HASH_BUCKETS, 1), numpy.float16)
    import zlib

    weights[zlib.crc32(b"G:in_country|city") % HASH_BUCKETS, 0] = 6.0
    numpy.savez_compressed(
        path,
        properties=numpy.array(["locatedIn"]),
        weights=weights,
        bias=numpy.array([-3.0], numpy.float32),
        thresholds=numpy.array([0.5], numpy.float32),
        demonym_words=numpy.array([], dtype=str),
        demonym_keys=numpy.array([], dtype=str),
        sentence_level=numpy.array(False),
    )
    text = "Hamburg is a port city in Germany."
    entities, links = _document(
        text, {("hamburg", "Hamburg", "Place"): ["Hamburg"], ("germany", "Germany", "Place"): ["Germany"]}
    )
    found = find_relations(text, [Sentence(0, text, 0, len(text))], entities, links, "en")
    assert [(r.subject, r.property, r.object, r.sentence) for r in found] == [("hamburg", "locatedIn", "germany", 0)]
    assert 0.9 < found[0].confidence <= 1.0


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_shipped_weights_load(lang):
    model = load_model(lang)
    assert model is not None and model.weights.shape == (HASH_BUCKETS, len(model.properties))
    assert set(model.properties) <= {
        "citizenOf",
        "memberOf",
        "worksFor",
        "leads",
        "holdsPositionAt",
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
        "controls",
        "owns",
        "livesIn",
        "bornIn",
        "partnersWith",
    }


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200), st.lists(st.tuples(st.integers(0, 250), st.integers(0, 40)), max_size=6))
def test_no_text_makes_the_classifier_raise(text, spans):
    entities = [
        Entity(key=f"e{i}", label=text[s : s + n] or "x", type=("Person", "Place", "Organization")[i % 3])
        for i, (s, n) in enumerate(spans)
    ]
    links = [((s, s + n), f"e{i}") for i, (s, n) in enumerate(spans)]
    sentences = [Sentence(0, text, 0, len(text))] if text else []
    for lang in ("en", "fr"):
        for relation in find_relations(text, sentences, entities, links, lang):
            assert 0.0 <= relation.confidence <= 1.0


def test_the_ends_a_relation_may_join_follow_the_ontology():
    from rdflib import RDFS, URIRef

    from kg.rdf import KG
    from kg.rdf.ontology import load_ontology
    from kg.resolve.relations import ENDS, TYPES

    ontology = load_ontology()
    checked = set()
    for prop, (subjects, objects) in ENDS.items():
        domain = ontology.value(URIRef(KG[prop]), RDFS.domain)
        range_ = ontology.value(URIRef(KG[prop]), RDFS.range)
        if domain is None and range_ is None:
            continue  # kg:locatedIn, kg:operatesIn: their statements may end in a text, so no range is declared
        checked.add(prop)
        for declared, allowed in ((domain, subjects), (range_, objects)):
            name = str(declared).rsplit("#", 1)[-1]
            assert allowed == (TYPES if name == "Entity" else frozenset({name})), (prop, name, allowed)
    assert {"citizenOf", "headquarteredIn", "memberOf", "spouseOf", "livesIn"} <= checked


def test_a_relation_is_never_stated_between_ends_of_the_wrong_types(weights_at):
    path = weights_at()
    weights = numpy.zeros((HASH_BUCKETS, 1), numpy.float16)
    numpy.savez_compressed(
        path,
        properties=numpy.array(["citizenOf"]),
        weights=weights,
        bias=numpy.array([5.0], numpy.float32),
        thresholds=numpy.array([0.5], numpy.float32),
        demonym_words=numpy.array([], dtype=str),
        demonym_keys=numpy.array([], dtype=str),
        sentence_level=numpy.array(False),
    )
    text = "Northwind and Anna Berg met in Hamburg."
    entities, links = _document(
        text,
        {
            ("northwind", "Northwind", "Organization"): ["Northwind"],
            ("anna-berg", "Anna Berg", "Person"): ["Anna Berg"],
            ("hamburg", "Hamburg", "Place"): ["Hamburg"],
        },
    )
    found = find_relations(text, [Sentence(0, text, 0, len(text))], entities, links, "en")
    assert {(r.subject, r.object) for r in found} == {("anna-berg", "hamburg")}  # a person, a place


def test_a_sentence_level_model_places_a_person_only_from_a_sentence_naming_both(weights_at):
    path = weights_at("relations-fr.npz")
    weights = numpy.zeros((HASH_BUCKETS, 2), numpy.float16)
    numpy.savez_compressed(
        path,
        properties=numpy.array(["locatedIn", "operatesIn"]),
        weights=weights,
        bias=numpy.array([5.0, 5.0], numpy.float32),
        thresholds=numpy.array([0.5, 0.5], numpy.float32),
        demonym_words=numpy.array([], dtype=str),
        demonym_keys=numpy.array([], dtype=str),
        sentence_level=numpy.array(True),
    )
    text = "Nordbank a ouvert une agence à Lyon. Son directeur, Anna Berg, a signé. Anna Berg vit à Lyon."
    first, second, third = (m.span() for m in re.finditer(r"[^.]+\.", text))
    sentences = [Sentence(i, text[a:b], a, b) for i, (a, b) in enumerate((first, second, third))]
    entities, links = _document(
        text,
        {
            ("nordbank", "Nordbank", "Organization"): ["Nordbank"],
            ("anna-berg", "Anna Berg", "Person"): ["Anna Berg"],
            ("lyon", "Lyon", "Place"): ["Lyon"],
        },
    )
    # Only the first mentions are linked: Anna Berg (second sentence) and Lyon (first) share no sentence.
    found = {(r.subject, r.property, r.object) for r in find_relations(text, sentences, entities, links, "fr")}
    assert ("nordbank", "operatesIn", "lyon") in found  # an organization: a sentence away is still scored
    assert ("anna-berg", "locatedIn", "lyon") not in found
    lyon, berg = text.rindex("Lyon"), text.rindex("Anna Berg")
    more = [((lyon, lyon + 4), "lyon"), ((berg, berg + 9), "anna-berg")]
    found = {
        (r.subject, r.property, r.object) for r in find_relations(text, sentences, entities, [*links, *more], "fr")
    }
    assert ("anna-berg", "locatedIn", "lyon") in found  # the third sentence names both
