"""kg.ie.verbs: the verb group of a predicate, its lemma, negation and modality; participial modifiers."""

from __future__ import annotations

import pytest

from tests.helpers import extract_text, pipeline

# (language, sentence, lemmas expected among the facts)
LEMMAS = [
    ("fr", "Selon Jeff Zhang, président d’Alibaba Cloud Intelligence, la demande augmente.", {"être président de"}),
    ("fr", "Le Chinois doit ainsi répondre aux besoins de ses clients.", {"répondre à"}),
    ("en", "Maria Alvarez, chief executive of Northwind Energy, left.", {"be chief executive of"}),
    # a particle follows its verb, also when the parser calls it an adverb
    ("en", "Northwind laid off 300 workers in March.", {"lay off"}),
    ("en", "Jo Park stepped down from the board in May.", {"step down from"}),
    # a participle with an agent is the verb's passive
    ("en", "The startup, founded by two engineers, grew fast.", {"be found by"}),
    ("fr", "Les 20 millions d'euros levés par la société Contoso serviront à recruter.", {"être lever par"}),
    # announcing an event names the event
    ("en", "Contoso announced a $40 million investment to expand its plant.", {"announce investment"}),
    ("fr", "Contoso a annoncé la nomination de Marc Dupont au poste de directeur.", {"annoncer nomination de"}),
    ("fr", "Contoso a annoncé la suppression de 300 postes en France.", {"annoncer suppression de"}),
    ("en", "Northwind will buy a 30 percent stake in Contoso.", {"buy stake in"}),
]


@pytest.mark.parametrize("lang, text, lemmas", LEMMAS)
def test_lemmas(request, lang, text, lemmas):
    facts = extract_text(pipeline(request, lang), text, lang).facts
    assert lemmas <= {f.lemma for f in facts}


# (language, sentence, expected lemma of the participle's fact)
PARTICIPLES = [
    ("fr", "Une hausse de la demande liée à la pandémie de Covid-19.", "être lié à"),
    ("en", "The Crybaby is an album released through Ipecac Recordings .", "be released through"),
]


@pytest.mark.parametrize("lang, text, lemma", PARTICIPLES)
def test_participial_modifiers(request, lang, text, lemma):
    facts = extract_text(pipeline(request, lang), text, lang).facts
    assert lemma in {f.lemma for f in facts}


# (language, sentence, lemma, expected negated, expected modality)
MODALITY = [
    ("fr", "Une stratégie qui pourrait être accélérée par la demande.", "accélérer par", False, "possible"),
    ("fr", "La stratégie est accélérée par la demande.", "accélérer par", False, None),
    ("fr", "Le groupe n’entend pas stimuler l’écosystème local.", "stimuler", True, "intended"),
    ("en", "The deal was not expected to close before the second quarter of 2025.", "close", True, "expected"),
    ("en", "Northwind will invest $2.5 billion in a battery factory.", "invest", False, "future"),
    ("en", "The company did n't buy the plant .", "buy", True, None),
    # the French conditional of a main clause is someone else's claim...
    ("fr", "Lumen serait en discussions pour racheter Fabrikam.", "racheter", False, "reported"),
    ("fr", "Le groupe aurait proposé 3 milliards d'euros aux actionnaires.", "proposer", False, "reported"),
    ("fr", "La société envisagerait de fermer son usine de Lille.", "fermer", False, "reported"),
    ("fr", "Selon des sources proches du dossier, Lumen prépare une offre.", "préparer", False, "reported"),
    # ... but "pourrait" is the plain "could", and a complement's is the future of the past
    ("fr", "Lumen pourrait racheter Fabrikam.", "racheter", False, "possible"),
    ("fr", "Le PDG a indiqué que le groupe ouvrirait trois usines.", "ouvrir", False, "conditional"),
    ("en", "Helios is said to be in talks to buy a rival.", "buy", False, "reported"),
    ("en", "Helios reportedly offered $3 billion for the unit.", "offer", False, "reported"),
    ("en", "Helios is preparing a bid, according to people familiar with the matter.", "prepare", False, "reported"),
    # a condition: neither it nor what depends on it is asserted
    ("en", "If the merger collapses, Helios will owe its rival a fee of $50 million.", "owe", False, "conditional"),
    (
        "en",
        "If the merger collapses, Helios will owe its rival a fee of $50 million.",
        "collapse",
        False,
        "conditional",
    ),
    ("en", "Helios could pay a penalty if the merger collapses.", "pay", False, "conditional"),
    ("fr", "Si la fusion échoue, Lumen versera une indemnité de 50 millions d'euros.", "verser", False, "conditional"),
    ("fr", "Si la fusion échoue, Lumen versera une indemnité de 50 millions d'euros.", "échouer", False, "conditional"),
    ("fr", "Si les régulateurs refusent, Lumen renoncerait au projet.", "renoncer à", False, "conditional"),
    # "even if" concedes: the main clause holds either way
    ("en", "Even if the merger collapses, Helios will keep its plant.", "keep", False, "future"),
    ("en", "Even if the merger collapses, Helios will keep its plant.", "collapse", False, None),
    ("fr", "Même si la fusion échoue, Lumen gardera son usine.", "garder", False, None),
]


@pytest.mark.parametrize("lang, text, lemma, negated, modality", MODALITY)
def test_negation_and_modality(request, lang, text, lemma, negated, modality):
    facts = extract_text(pipeline(request, lang), text, lang).facts
    fact = next(f for f in facts if f.lemma == lemma)
    assert (fact.negated, fact.modality) == (negated, modality)
