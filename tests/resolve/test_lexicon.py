"""kg.resolve.lexicon: the relation lexicon maps verbs and nouns onto the ontology's properties."""

from __future__ import annotations

import pytest

from kg.resolve import (
    canonical_relation,
    load_lexicon,
)
from kg.types import Argument, Fact, Sentence


def _fact(lemma: str, obj: str | None = None, relation: str | None = None) -> Fact:
    sentence = Sentence(0, "x", 0, 1)
    subject = Argument("X", "subject", 0, 1)
    return Fact(sentence, subject, relation or lemma, lemma, Argument(obj, "object", 2, 3) if obj else None)


@pytest.mark.parametrize(
    "lemma, lang, prop, titles",
    [
        ("investir", "fr", "invests", ()),
        ("aller investir", "fr", "invests", ()),
        ("annoncer investir", "fr", "invests", ()),
        ("dire vouloir consacrer", "fr", "invests", ()),
        ("invest in", "en", "invests", ()),
        ("invest", "en", "invests", ()),
        ("racheter", "fr", "acquires", ()),
        ("take over", "en", "acquires", ()),
        ("fusionner avec", "fr", "mergesWith", ()),
        ("annoncer", "fr", "announces", ()),
        ("lancer", "fr", "launches", ()),
        ("s'associer avec", "fr", "partnersWith", ()),
        ("partner with", "en", "partnersWith", ()),
        ("commercialiser dans", "fr", "sells", ()),
        ("être commercialiser", "fr", "sells", ()),
        ("implanter", "fr", "operatesIn", ()),
        ("operate in", "en", "operatesIn", ()),
        ("être président de", "fr", "holdsPositionAt", ("President",)),
        ("être président d’", "fr", "holdsPositionAt", ("President",)),
        ("être directeur général de", "fr", "holdsPositionAt", ("CEO",)),
        ("être directeur de la technologie d’", "fr", "holdsPositionAt", ("CTO",)),
        ("être président et directeur de la technologie de", "fr", "holdsPositionAt", ("President", "CTO")),
        ("be CEO of", "en", "holdsPositionAt", ("CEO",)),
        ("be chief executive of", "en", "holdsPositionAt", ("CEO",)),
        ("employer", "fr", "employs", ()),
        ("diriger", "fr", "leads", ()),
        ("found", "en", "founded", ()),
        ("posséder", "fr", "owns", ()),
        ("être situer à", "fr", "locatedIn", ()),
        ("be based in", "en", "locatedIn", ()),
        ("recruter", "fr", "hires", ()),
        ("lever", "fr", "raisesFunds", ()),
        ("signer", "fr", "signs", ()),
        ("déclarer", "fr", "states", ()),
        ("faire partie de", "fr", "partOf", ()),
        ("être à la tête de", "fr", "leads", ()),
        ("be at the helm of", "en", "leads", ()),
        ("être directeur général délégué de", "fr", "holdsPositionAt", ("COO",)),
        ("be COO of", "en", "holdsPositionAt", ("COO",)),
        ("entrer", "fr", "joins", ()),
        ("step down as", "en", "leaves", ()),
        ("retire as", "en", "leaves", ()),
        ("drop out of", "en", "leaves", ()),
        ("be found by", "en", "founded", ()),
        ("be set up by", "en", "founded", ()),
        ("être lever par", "fr", "raisesFunds", ()),
        ("serve as", "en", "holdsPositionAt", ()),
        ("be co-founder of", "en", "holdsPositionAt", ("Founder",)),
        ("be md of", "en", "holdsPositionAt", ("CEO",)),
        ("be executive of", "en", "holdsPositionAt", ("Director",)),
        ("être administrateur de", "fr", "holdsPositionAt", ("Director",)),
        ("annoncer nomination de", "fr", "appoints", ()),
        ("announce appointment of", "en", "appoints", ()),
        ("announce investment", "en", "invests", ()),
        ("se rapprocher de", "fr", "mergesWith", ()),
        ("se lancer en", "fr", "operatesIn", ()),
        ("expand into", "en", "operatesIn", ()),
        ("dispose of", "en", "sells", ()),
        ("se séparer de", "fr", "sells", ()),
    ],
)
def test_lexicon_maps_relations(lemma, lang, prop, titles):
    canon = canonical_relation(_fact(lemma), lang)
    assert canon is not None, lemma
    assert canon.property == prop
    assert canon.titles == titles


@pytest.mark.parametrize(
    "lemma, obj, lang, prop",
    [
        ("réaliser", "un chiffre d'affaires de 3 milliards", "fr", "earnsRevenue"),
        ("franchir", "le seuil des 10 milliards de yuan de revenus", "fr", "earnsRevenue"),
        ("generate", "$3bn in revenue", "en", "earnsRevenue"),
        ("être", "partenaire privilégié des sociétés occidentales", "fr", "partnersWith"),
        ("faire", "part", "fr", "announces"),
        ("entrer au capital de", "Tmall", "fr", "invests"),
        ("take", "a 20% stake in Tmall", "en", "invests"),
        ("prendre", "la tête du groupe", "fr", "leads"),
        ("raise", "$225 million", "en", "raisesFunds"),
        ("land", "$60 million", "en", "raisesFunds"),
        ("réaliser", "une levée de fonds", "fr", "raisesFunds"),
        ("cut", "more than 11,000 employees", "en", "cutsJobs"),
        ("eliminate", "dozens of jobs", "en", "cutsJobs"),
        ("annoncer suppression de", "300 postes", "fr", "cutsJobs"),
        ("buy", "a 40 percent stake in Contoso", "en", "acquires"),
        ("racheter", "une participation de 20%", "fr", "acquires"),
        ("créer", "165 emplois", "fr", "hires"),
        ("sit on", "the company's board", "en", "holdsPositionAt"),
        ("siéger à", "conseil d'administration", "fr", "holdsPositionAt"),
        ("hold", "the post of chairman", "en", "holdsPositionAt"),
        ("take up role of", "executive chairman", "en", "holdsPositionAt"),
        ("occuper", "le poste de directeur", "fr", "holdsPositionAt"),
        ("abandonner", "son poste", "fr", "leaves"),
        ("prendre", "sa retraite", "fr", "leaves"),
        ("post", "sales of $3bn", "en", "earnsRevenue"),
        ("afficher", "un chiffre d'affaires de 2 milliards", "fr", "earnsRevenue"),
        ("agree", "a merger", "en", "mergesWith"),
        ("conclure", "son rapprochement avec Ludix", "fr", "mergesWith"),
        ("poursuivre en justice", "Contoso", "fr", "sues"),
        ("lever", "le pied", "fr", "decreases"),
    ],
)
def test_lexicon_uses_the_object_when_the_verb_is_light(lemma, obj, lang, prop):
    canon = canonical_relation(_fact(lemma, obj), lang)
    assert canon is not None and canon.property == prop


@pytest.mark.parametrize(
    "lemma, lang",
    [
        ("justifier", "fr"),
        ("entendre stimuler", "fr"),
        ("réaliser", "fr"),
        ("investir", "en"),
        ("", "fr"),
        ("vouloir investir plus tard dans", "de"),
        ("se poursuivre", "fr"),
        ("leave behind", "en"),
        ("se rapprocher", "fr"),
        ("raise", "en"),
    ],
)
def test_lexicon_leaves_unknown_relations_open(lemma, lang):
    assert canonical_relation(_fact(lemma), lang) is None


def test_lexicon_rows_are_well_formed():
    entries = load_lexicon()
    assert len({e.property for e in entries}) >= 30
    assert {e.lang for e in entries} == {"fr", "en"}
    for prop in {e.property for e in entries}:
        assert {e.lang for e in entries if e.property == prop} == {"fr", "en"}, prop


# Idioms: phrases that look like a closed relation and are not one.
@pytest.mark.parametrize(
    "lemma, obj, lang, wrong",
    [
        # raising a family, a total or prices is not raising funds
        ("raise", "a family", "en", "raisesFunds"),
        ("raise to", "that total", "en", "raisesFunds"),
        # "lever le pied" is slowing down
        ("lever", "le pied", "fr", "raisesFunds"),
        # going on with something is not suing
        ("poursuivre", "le rachat", "fr", "sues"),
        ("se poursuivre", None, "fr", "sues"),
        # creating jobs is not founding anything
        ("créer", "165 emplois", "fr", "founded"),
        ("create", "2,000 jobs", "en", "founded"),
        # a seat on a board is a post, not a place
        ("sit on", "the company's board", "en", "locatedIn"),
        ("siéger à", "conseil d'administration", "fr", "locatedIn"),
        # a stake bought is an acquisition, not an investment
        ("buy", "a 40 percent stake in Contoso", "en", "invests"),
        # dropping out of a school is leaving it, not a decrease
        ("drop out of", "MIT", "en", "decreases"),
        # coming closer is not merging
        ("se rapprocher", None, "fr", "mergesWith"),
        # being left behind is not leaving a post
        ("leave behind", None, "en", "leaves"),
    ],
)
def test_idioms_do_not_map_to_the_relation_they_look_like(lemma, obj, lang, wrong):
    canon = canonical_relation(_fact(lemma, obj), lang)
    assert canon is None or canon.property != wrong
