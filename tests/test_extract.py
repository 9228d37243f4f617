"""The extractor: sentence → facts, as tables, French and English."""
from __future__ import annotations

import hashlib
import pickle
import time
from pathlib import Path

import pytest

from kg.formats.carb import carb_rows
from kg.ie import extract_facts, is_furniture
from kg.ie.tree import read_parse
from kg.types import Document, Extraction, Fact

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "alibaba_cloud_fr.txt"


def _extract(nlp, text: str, lang: str) -> Extraction:
    """Parse and extract one text."""
    document = Document(hashlib.sha256(text.encode()).hexdigest(), text, lang, "test")
    return extract_facts(document, nlp(text))


def test_extraction_from_a_sent_parse_is_the_same(nlp_fr, nlp_en):
    # Workers send what the extractor reads of a parse, pickled, not the Doc.
    texts = [("fr", EXAMPLE.read_text(encoding="utf-8")),
             ("en", "Tim Cook, who runs Apple, said on Monday that the firm would open a plant in Ohio.\n\nRead more")]
    for lang, text in texts:
        doc = (nlp_fr if lang == "fr" else nlp_en)(text)
        document = Document(hashlib.sha256(text.encode()).hexdigest(), text, lang, "test")
        sent = pickle.loads(pickle.dumps(read_parse(doc)))
        assert extract_facts(document, sent) == extract_facts(document, doc)
        assert extract_facts(document, sent).facts


def _show(fact: Fact) -> tuple[str, str, str]:
    """(subject, relation, object) of a fact, object "" when absent."""
    return fact.subject.text, fact.relation, fact.object.text if fact.object else ""


def _nlp(request, lang: str):
    """The session's pipeline for a language."""
    return request.getfixturevalue(f"nlp_{lang}")


# (language, sentence, expected (subject, relation, object) facts among the output)
TRIPLES = [
    # main clause with auxiliary chain and direct object
    ("fr", "Alibaba va investir 28 milliards de dollars dans son infrastructure cloud d’ici à 2023",
     [("Alibaba", "va investir", "28 milliards de dollars")]),
    # copula with a folded preposition
    ("fr", "Pour rappel, la croissance exponentielle de la division cloud d’Alibaba est un véritable moteur pour le groupe.",
     [("la croissance exponentielle de la division cloud d’Alibaba", "est un véritable moteur pour", "le groupe")]),
    # participial modifier
    ("fr", "Une stratégie qui pourrait être accélérée par une hausse de la demande liée à la pandémie de Covid-19.",
     [("la demande", "liée à", "la pandémie de Covid-19")]),
    # relative clause: the antecedent is the subject; passive with agent
    ("fr", "Une stratégie qui pourrait être accélérée par une hausse de la demande liée à la pandémie de Covid-19.",
     [("Une stratégie", "pourrait être accélérée par", "une hausse de la demande liée à la pandémie de Covid-19")]),
    # role nouns in apposition, coordinated
    ("fr", "Selon Jeff Zhang, président et directeur de la technologie d’Alibaba Cloud Intelligence, la demande augmente.",
     [("Jeff Zhang", "président d’", "Alibaba Cloud Intelligence"),
      ("Jeff Zhang", "directeur de la technologie d’", "Alibaba Cloud Intelligence")]),
    ("fr", "Kevin Liu, directeur général d’Alibaba Cloud France, l’a confirmé.",
     [("Kevin Liu", "directeur général d’", "Alibaba Cloud France")]),
    # reflexive infinitival chain with a folded preposition
    ("fr", "Il cherche également à se positionner comme un partenaire privilégié.",
     [("Il", "cherche à se positionner comme", "un partenaire privilégié")]),
    # English: main clause, relative clause, apposition with a role noun
    pytest.param(
        "en", "Blagoja Celeski is an Australian footballer who plays as a midfielder for the Newcastle Jets .",
        [("Blagoja Celeski", "is", "an Australian footballer"), ("Blagoja Celeski", "plays as", "a midfielder")],
        marks=pytest.mark.xfail(reason="the parser attaches 'for the Newcastle Jets' to the noun, which keeps it"),
    ),
    ("en", "Maria Alvarez, chief executive of Northwind Energy, said the new site would employ about 1,800 people.",
     [("Maria Alvarez", "chief executive of", "Northwind Energy"),
      ("the new site", "would employ", "about 1,800 people")]),
    pytest.param(
        "en", "Mr. Baker found an opening under the house that led to a coal mine .",
        [("Mr. Baker", "found", "an opening"), ("an opening", "led to", "a coal mine")],
        marks=pytest.mark.xfail(reason="the parser attaches the relative clause to 'the house', not 'an opening'"),
    ),
    ("en", "He served as the first Prime Minister of Australia and became a founding justice of the High Court .",
     [("He", "served as", "the first Prime Minister of Australia")]),
    # coordinated clauses share their subject; particles join the relation
    ("en", "The firm gave up its claim and sold the plant to Helios .",
     [("The firm", "gave up", "its claim"), ("The firm", "sold", "the plant")]),
    # coordinated verbs share the object that follows them
    ("en", "He bought and sold the house in 2010 .",
     [("He", "bought", "the house"), ("He", "sold", "the house")]),
    # subordinate participial clause: the main subject acts
    ("en", "After leaving the army , he worked as an impersonator .",
     [("he", "leaving", "the army"), ("he", "worked as", "an impersonator")]),
    # passive with its agent
    ("en", "The plant was built by Helios Motors in 2019 .",
     [("The plant", "was built by", "Helios Motors")]),
    # copula with a folded preposition, English
    ("en", "The offer was an increase to $ 4.25 an hour .",
     [("The offer", "was an increase to", "$ 4.25 an hour")]),
    # relative clause in French: the antecedent is the subject
    ("fr", "Le groupe chinois justifie cette décision par l’explosion du télétravail, qui a entraîné une forte hausse de la demande.",
     [("Le groupe chinois", "justifie", "cette décision")]),
    # a relative clause the parser hung on the verb: the antecedent is its last argument
    ("fr", "Le groupe chinois justifie cette décision par l’explosion du télétravail depuis le début de la pandémie "
           "de Covid-19 à l’échelle mondiale, qui a entraîné une forte hausse de la demande pour les services.",
     [("l’explosion du télétravail depuis le début de la pandémie de Covid-19 à l’échelle mondiale", "a entraîné",
       "une forte hausse de la demande")]),
    # an argument stops at a bracket it does not open
    ("fr", "La branche a franchi le seuil des 10 milliards de yuan (près de 1,3 milliard d’euros) de revenus.",
     [("10 milliards de yuan", "est", "près de 1,3 milliard d’euros")]),
    ("en", "The company, which was founded in 2011 by Maria Alvarez, already operates plants in Texas.",
     [("The company", "was founded by", "Maria Alvarez"), ("The company", "already operates", "plants in Texas")]),
]


@pytest.mark.parametrize("lang, text, expected", TRIPLES)
def test_triples(request, lang, text, expected):
    extraction = _extract(_nlp(request, lang), text, lang)
    found = {_show(f) for f in extraction.facts}
    for triple in expected:
        assert triple in found, f"{triple} not in {sorted(found)}"


# (language, sentence, expected facts): the shapes business news states its
# facts in (posts, stakes, places, lists of names).
BUSINESS_TRIPLES = [
    # a name after the title that names the organization
    ("en", "Northwind CEO Maria Alvarez said the plant would open.",
     [("Maria Alvarez", "is CEO of", "Northwind")]),
    ("en", "Contoso's chief financial officer Dan Reyes resigned.",
     [("Dan Reyes", "is chief financial officer of", "Contoso")]),
    # a role noun with its organization, then the name in apposition
    ("fr", "Le directeur général de Contoso, Marc Dupont, a démissionné.",
     [("Marc Dupont", "directeur général de", "Contoso")]),
    # the organization named at the end of a description
    ("fr", "Marc Dupont, président du fabricant de jouets Ludix, a parlé.",
     [("Marc Dupont", "président du", "fabricant de jouets Ludix")]),
    # a role becomes the relation of "devenir" too, and a company's description is its organization
    ("fr", "Marc Dupont deviendra directeur général de Ludix le 1er juin.",
     [("Marc Dupont", "deviendra directeur général de", "Ludix")]),
    ("fr", "Marc Dupont, patron du groupe, a parlé.",
     [("Marc Dupont", "patron du", "groupe")]),
    # a description and the name right after it are one argument
    ("en", "Her brother Tom is the new CFO of the firm.",
     [("Her brother Tom", "is the new CFO of", "the firm"), ("Tom", "is", "Her brother")]),
    ("fr", "Le groupe industriel allemand Siemens a annoncé un plan.",
     [("Le groupe industriel allemand Siemens", "a annoncé", "un plan")]),
    # a change of post says which post was or is held
    ("en", "Maria Alvarez is stepping down as chief executive of Northwind Energy.",
     [("Maria Alvarez", "is stepping down as", "chief executive of Northwind Energy"),
      ("Maria Alvarez", "was chief executive of", "Northwind Energy")]),
    ("en", "Contoso appointed Dan Reyes as CEO.",
     [("Dan Reyes", "is CEO of", "Contoso")]),
    # founder nouns also say who founded the company
    ("fr", "Marc Dupont, cofondateur de Ludix, a parlé.",
     [("Marc Dupont", "cofondateur de", "Ludix"), ("Marc Dupont", "a fondé", "Ludix")]),
    ("en", "Fabrikam founder Ana Silva sold her shares.",
     [("Ana Silva", "is founder of", "Fabrikam"), ("Ana Silva", "founded", "Fabrikam")]),
    # those money is raised from invest in the raiser
    ("en", "Fabrikam raises $40M from Northwind Capital and Contoso Ventures",
     [("Northwind Capital", "invested in", "Fabrikam"), ("Contoso Ventures", "invested in", "Fabrikam")]),
    ("fr", "Contoso a levé 5 millions d'euros auprès de Partech et d'Eurazeo.",
     [("Partech", "a investi dans", "Contoso"), ("Eurazeo", "a investi dans", "Contoso")]),
    # a company operates where its own sites are
    ("fr", "Contoso va investir 20 millions d'euros sur ses sites de Lyon et Nantes.",
     [("Contoso", "opère à", "Lyon"), ("Contoso", "opère à", "Nantes")]),
    ("en", "Contoso will expand its Ohio plant.",
     [("Contoso", "operates in", "Ohio")]),
    ("en", "Contoso will build a $2 billion factory in Dayton, Ohio.",
     [("Contoso", "operates in", "Dayton"), ("Contoso", "operates in", "Ohio")]),
    # "&" joins one name, not two
    ("en", "Johnson & Johnson agreed to buy Abiomed.",
     [("Johnson & Johnson", "agreed to buy", "Abiomed")]),
    # a stake is bought in the company that follows it
    ("en", "Northwind will buy a 30 percent stake in Contoso.",
     [("Northwind", "will buy a 30 percent stake in", "Contoso")]),
    ("fr", "Contoso va racheter 40% de Ludix.",
     [("Contoso", "va racheter 40% de", "Ludix")]),
    # "X-based" says where the company is
    ("en", "The Boston-based Contoso hired 40 engineers.",
     [("Contoso", "is based in", "Boston")]),
    # the members named after "including" are objects too
    ("en", "Northwind is looking to sell several units, including Contoso and Fabrikam.",
     [("Northwind", "is looking to sell", "several units, including Contoso and Fabrikam"),
      ("Northwind", "is looking to sell", "Contoso"), ("Northwind", "is looking to sell", "Fabrikam")]),
    # a participle between commas is not part of the subject
    ("en", "The startup, founded by two engineers, grew fast.",
     [("The startup", "founded by", "two engineers"), ("The startup", "grew", "")]),
]


@pytest.mark.parametrize("lang, text, expected", BUSINESS_TRIPLES)
def test_business_triples(request, lang, text, expected):
    extraction = _extract(_nlp(request, lang), text, lang)
    found = {_show(f) for f in extraction.facts}
    for triple in expected:
        assert triple in found, f"{triple} not in {sorted(found)}"


def test_leaving_a_post_names_the_organization_left(nlp_en):
    text = "Maria Alvarez is stepping down as chief executive of Northwind Energy."
    fact = next(f for f in _extract(nlp_en, text, "en").facts if f.lemma == "step down as")
    assert ("of", "Northwind Energy") in [(a.role, a.text) for a in fact.args]


@pytest.mark.parametrize("text, name", [
    ("Contoso : l'entreprise américaine va investir 60 millions d'euros à Lyon.", "Contoso"),
    ("Fabrikam : le groupe allemand va construire une usine.", "Fabrikam"),
])
def test_a_description_after_a_heading_name_stands_for_it(nlp_fr, text, name):
    # The clause after "Name :" is a sentence of its own; its description is the name.
    from kg.resolve import resolve_entities

    extraction = _extract(nlp_fr, text, "fr")
    fact = next(f for f in extraction.facts if f.lemma in ("investir", "construire"))
    assert text[fact.sentence.start:fact.sentence.end].startswith(("l'entreprise", "le groupe"))
    resolution = resolve_entities(extraction)
    labels = {e.key: e.label for e in resolution.entities}
    assert labels.get(dict(resolution.links).get((fact.subject.start, fact.subject.end))) == name


# (language, sentence, a fact that must not be read)
BUSINESS_NON_TRIPLES = [
    # a country's office is not a post at an organization
    ("en", "US President Joe Biden spoke.", ("Joe Biden", "is President of", "US")),
    # "and" still splits
    ("en", "Apple and Google sued Samsung.", ("Apple and Google", "sued", "Samsung")),
    # one name is not split at "&"
    ("en", "Johnson & Johnson agreed to buy Abiomed.", ("Johnson", "agreed to buy", "Abiomed")),
    # a French verb's place hung on its object is not the object's location
    ("fr", "Le ministère a envoyé une lettre à Rome.", ("une lettre", "est à", "Rome")),
]


@pytest.mark.parametrize("lang, text, triple", BUSINESS_NON_TRIPLES)
def test_business_non_triples(request, lang, text, triple):
    extraction = _extract(_nlp(request, lang), text, lang)
    assert triple not in {_show(f) for f in extraction.facts}


def test_headline_nary(nlp_fr):
    text = "Alibaba va investir 28 milliards de dollars dans son infrastructure cloud d’ici à 2023"
    facts = _extract(nlp_fr, text, "fr").facts
    fact = next(f for f in facts if f.lemma == "investir")
    assert fact.subject.text == "Alibaba"
    assert fact.object is not None and fact.object.text == "28 milliards de dollars"
    assert [(a.role, a.text) for a in fact.args] == [("dans", "son infrastructure cloud"), ("d’ici à", "2023")]
    assert fact.modality == "future"
    assert text[fact.subject.start:fact.subject.end] == "Alibaba"
    assert 0.0 <= fact.confidence <= 1.0


# (language, sentence, lemma, expected subject, relation, object, modality)
LIGHT_VERBS = [
    ("fr", "Le groupe chinois Alibaba fait part de son intention d’investir quelque 28 milliards de dollars "
           "dans son infrastructure cloud ces trois prochaines années.",
     "investir", "Le groupe chinois Alibaba", "fait part de son intention d’investir",
     "quelque 28 milliards de dollars", "intended"),
    ("fr", "Il cherche à se positionner comme un partenaire privilégié.",
     "se positionner comme", "Il", "cherche à se positionner comme", "un partenaire privilégié", "intended"),
]


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
    facts = _extract(_nlp(request, lang), text, lang).facts
    assert lemmas <= {f.lemma for f in facts}


# (language, sentence, expected lemma of the participle's fact)
PARTICIPLES = [
    ("fr", "Une hausse de la demande liée à la pandémie de Covid-19.", "être lié à"),
    ("en", "The Crybaby is an album released through Ipecac Recordings .", "be released through"),
]


@pytest.mark.parametrize("lang, text, lemma", PARTICIPLES)
def test_participial_modifiers(request, lang, text, lemma):
    facts = _extract(_nlp(request, lang), text, lang).facts
    assert lemma in {f.lemma for f in facts}


@pytest.mark.parametrize("lang, text, lemma, subject, relation, obj, modality", LIGHT_VERBS)
def test_light_verbs_and_chains(request, lang, text, lemma, subject, relation, obj, modality):
    facts = _extract(_nlp(request, lang), text, lang).facts
    fact = next(f for f in facts if f.lemma == lemma)
    assert (fact.subject.text, fact.relation, fact.object.text, fact.modality) == (subject, relation, obj, modality)


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
    ("en", "If the merger collapses, Helios will owe its rival a fee of $50 million.", "collapse", False, "conditional"),
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
    facts = _extract(_nlp(request, lang), text, lang).facts
    fact = next(f for f in facts if f.lemma == lemma)
    assert (fact.negated, fact.modality) == (negated, modality)


# (language, sentence, lemma of the reported fact, who reports it)
ATTRIBUTION = [
    ("en", "Northwind Energy said on Tuesday that it will invest $2.5 billion in a battery factory.", "invest", "Northwind Energy"),
    ("en", "The deal was not expected to close before 2025, according to a person familiar with the matter.",
     "close", "a person familiar with the matter"),
    ("fr", "Le géant technologique dit vouloir consacrer cette somme au développement de semi-conducteurs.",
     "consacrer", "Le géant technologique"),
    # inverted reporter after the quotation; the embedded clause inherits it
    ("fr", "\"Nous voulons fournir des services dans lesquels nos clients peuvent avoir confiance\", a expliqué "
           "dans un communiqué Jeff Zhang, président d’Alibaba Cloud Intelligence.", "avoir", "Jeff Zhang"),
    # the inverted reporter keeps the name that follows its title, as in English
    ("fr", "« Nous allons tripler notre capacité de production », a déclaré le PDG Marc Lefèvre.", "tripler",
     "le PDG Marc Lefèvre"),
    ("en", "\"We will triple our output,\" said CEO Mark Lewis.", "triple", "CEO Mark Lewis"),
    # after a comma the name is an apposition, left out in both languages
    ("fr", "« Nous avons beaucoup appris », a confié la fondatrice, Claire Dubois.", "apprendre", "la fondatrice"),
    ("en", "\"We will triple our output,\" said the chief executive, Mark Lewis.", "triple", "the chief executive"),
    ("fr", "« Les commandes ont doublé en un an », s'est félicité le directeur général.", "doubler en",
     "le directeur général"),
    ("fr", "« Nous avons trouvé un accord », se sont réjouis les dirigeants.", "trouver", "les dirigeants"),
    ("fr", "Selon le ministre de l'Industrie, l'usine emploiera 600 personnes.", "employer", "le ministre de l'Industrie"),
    ("fr", "D'après Reuters, Lumen prépare une introduction en Bourse.", "préparer", "Reuters"),
]


@pytest.mark.parametrize("lang, text, lemma, source", ATTRIBUTION)
def test_attribution(request, lang, text, lemma, source):
    facts = _extract(_nlp(request, lang), text, lang).facts
    fact = next(f for f in facts if f.lemma == lemma)
    assert fact.attribution == source
    assert not any(f.object is not None and f.object.text.startswith("it will invest") for f in facts)


#: French verbs of saying written after the quotation, with their subject inverted.
INVERTED_REPORTERS = [
    "a déclaré", "a affirmé", "a indiqué", "a expliqué", "a souligné", "a ajouté", "a précisé", "a estimé",
    "a assuré", "a annoncé", "a confié", "s'est félicitée", "s'est réjouie", "a reconnu", "a commenté",
    "a résumé", "a poursuivi", "estime", "se félicite", "se réjouit", "poursuit", "résume",
]


@pytest.mark.parametrize("verb", INVERTED_REPORTERS)
def test_inverted_reporter_after_quote(nlp_fr, verb):
    text = f"« Le groupe va ouvrir une usine à Lyon », {verb} la directrice."
    facts = _extract(nlp_fr, text, "fr").facts
    fact = next(f for f in facts if f.lemma == "ouvrir")
    assert (fact.subject.text, fact.object.text, fact.attribution) == ("Le groupe", "une usine", "la directrice")
    # the saying is the attribution, not a fact of its own
    assert [f.lemma for f in facts] == ["ouvrir"]


# (language, sentence, lemma, subject, object, modality, further argument texts): the
# event verb of a light noun or control verb is the fact, with the real arguments
EVENTS = [
    ("en", "Helios has struck a deal to buy Fabrikam for $1.2 billion.", "buy", "Helios", "Fabrikam", None,
     ["$1.2 billion"]),
    ("en", "Helios signed an agreement to acquire a Texas battery maker.", "acquire", "Helios",
     "a Texas battery maker", None, []),
    ("en", "Helios agreed to buy the plant.", "buy", "Helios", "the plant", None, []),
    ("en", "Helios is in talks to acquire Fabrikam.", "acquire", "Helios", "Fabrikam", "intended", []),
    ("en", "Helios will sign an agreement to buy Fabrikam.", "buy", "Helios", "Fabrikam", "future", []),
    ("en", "Helios completed the acquisition of Fabrikam.", "complete acquisition of", "Helios", "Fabrikam", None, []),
    ("en", "With $80 million raised, Helios will hire 300 engineers.", "raise", "Helios", "$80 million", None, []),
    ("fr", "Lumen a annoncé son intention de racheter Fabrikam.", "racheter", "Lumen", "Fabrikam", "intended", []),
    ("fr", "Lumen prévoit d'acquérir deux usines en Espagne.", "acquérir", "Lumen", "deux usines", "intended",
     ["Espagne"]),
    ("fr", "Lumen a trouvé un accord pour racheter Fabrikam.", "racheter", "Lumen", "Fabrikam", None, []),
    ("fr", "Lumen est en discussions pour racheter Fabrikam.", "racheter", "Lumen", "Fabrikam", "intended", []),
    ("fr", "Lumen est sur le point de racheter Fabrikam.", "racheter", "Lumen", "Fabrikam", "future", []),
    ("fr", "Lumen a confirmé l'acquisition de Fabrikam.", "confirmer acquisition de", "Lumen", "Fabrikam", None, []),
    ("fr", "Lumen a finalisé le rachat de Fabrikam.", "finaliser rachat de", "Lumen", "Fabrikam", None, []),
    ("fr", "Avec 40 millions d'euros levés, Lumen va recruter 300 ingénieurs.", "lever", "Lumen",
     "40 millions d'euros", None, []),
    pytest.param(
        "fr", "Lumen serait sur le point de racheter Fabrikam.", "racheter", "Lumen", "Fabrikam", "reported", [],
        marks=pytest.mark.xfail(reason="the parser hangs the subject on the copula, not on 'point'"),
    ),
]


@pytest.mark.parametrize("lang, text, lemma, subject, obj, modality, args", EVENTS)
def test_event_of_light_nouns_and_control_verbs(request, lang, text, lemma, subject, obj, modality, args):
    facts = _extract(_nlp(request, lang), text, lang).facts
    fact = next(f for f in facts if f.lemma == lemma)
    assert (fact.subject.text, fact.object.text, fact.modality) == (subject, obj, modality)
    assert [a.text for a in fact.args] == args
    # the light verb's own fact ("signed; an agreement") is not there
    assert not any(f.object is not None and f.object.text.split()[-1] in ("deal", "agreement", "intention", "accord")
                   for f in facts)


# (language, sentence, lemma): the light verb's negation reaches the event
NEGATED_EVENTS = [
    ("en", "Helios did not reach a deal to buy Fabrikam.", "buy"),
    ("fr", "Lumen n'a pas trouvé d'accord pour racheter Fabrikam.", "racheter"),
]


@pytest.mark.parametrize("lang, text, lemma", NEGATED_EVENTS)
def test_negated_light_verb(request, lang, text, lemma):
    facts = _extract(_nlp(request, lang), text, lang).facts
    assert next(f for f in facts if f.lemma == lemma).negated


def test_conjoined_places_split(nlp_fr):
    text = ("Les services de la division cloud d’Alibaba sont actuellement commercialisés dans 63 pays à travers "
            "le monde – en Asie, en Europe, au Moyen-Orient ainsi qu’aux Etats-Unis et en Australie.")
    facts = _extract(nlp_fr, text, "fr").facts
    places = {a.text for f in facts for a in f.args}
    assert {"Asie", "Europe", "Moyen-Orient", "Etats-Unis", "Australie"} <= places
    assert all(sum(a.text in {"Asie", "Europe", "Moyen-Orient", "Etats-Unis", "Australie"} for a in f.args) <= 1
               for f in facts)


@pytest.mark.parametrize("text", [
    "SUR LE MÊME SUJET", "Tous les champs sont obligatoires", "0Commentaire", "Réagir", "12 commentaires",
])
def test_furniture(nlp_fr, text):
    assert is_furniture(text)
    assert _extract(nlp_fr, text, "fr").facts == ()


@pytest.mark.parametrize("text, furniture", [
    ("(Adds Northwind, Contoso; Updates Fabrikam)", True),
    ("(Actualisé avec les déclarations du ministre)", True),
    ("(Reuters) - Northwind agreed to buy Contoso.", False),
    ("Updates to the plan were announced by Northwind.", False),
])
def test_a_wire_revision_note_is_furniture(text, furniture):
    assert is_furniture(text) == furniture


def test_example_article(nlp_fr):
    text = EXAMPLE.read_text(encoding="utf-8")
    extraction = _extract(nlp_fr, text, "fr")
    assert all(text[s.start:s.end] == s.text for s in extraction.sentences)
    assert any(s.text.startswith("Le groupe chinois Alibaba fait part") for s in extraction.sentences)
    assert any(s.text == "Tous les champs sont obligatoires" for s in extraction.sentences)
    starts = [(f.sentence.index, f.sentence.start) for f in extraction.facts]
    assert starts == sorted(starts)
    for fact in extraction.facts:
        for arg in (fact.subject, fact.object, *fact.args):
            if arg is not None:
                assert text[arg.start:arg.end] == arg.text
    furniture = {"SUR LE MÊME SUJET", "Tous les champs sont obligatoires", "0Commentaire", "Réagir"}
    assert not any(f.sentence.text in furniture for f in extraction.facts)
    texts = {m.text for m in extraction.mentions}
    assert "Alibaba Cloud Intelligence" in texts
    assert not any(m.text.lower() in {"qu’", "l’"} or "\n" in m.text for m in extraction.mentions)
    confidences = {f.confidence for f in extraction.facts}
    assert len(confidences) > 3


@pytest.mark.parametrize("text", [
    "", " ", "\n\n", "<html><body><p>Bonjour</p></body></html>", "!!! ??? ...", "a", "42",
    "et et et et et", "« »", "\u200b\u200b",
])
def test_never_raises(nlp_fr, nlp_en, text):
    for nlp, lang in ((nlp_fr, "fr"), (nlp_en, "en")):
        extraction = _extract(nlp, text, lang)
        assert isinstance(extraction.facts, tuple)


def _built(nlp, words, heads, deps, pos):
    """A Doc with given annotations, without running the pipeline."""
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)


@pytest.mark.parametrize("shape", ["unparsed", "chain", "flat-conjuncts"])
def test_huge_sentences_are_fast(nlp_en, shape):
    n = 100_000
    if shape == "unparsed":
        from spacy.tokens import Doc

        doc = Doc(nlp_en.vocab, words=["word"] * n)
    elif shape == "chain":
        doc = _built(nlp_en, ["word"] * n, [max(i - 1, 0) for i in range(n)], ["ROOT"] + ["nmod"] * (n - 1), ["NOUN"] * n)
    else:
        # A verb with thousands of conjoined verbs sharing its subject.
        m = 1990
        words = ["run"] * m + ["John", "apples"]
        doc = _built(nlp_en, words, [0] * (m + 2), ["ROOT"] + ["conj"] * (m - 1) + ["nsubj", "dobj"],
                     ["VERB"] * m + ["PROPN", "NOUN"])
    start = time.perf_counter()
    extraction = extract_facts(Document("x", doc.text, "en", "test"), doc)
    assert time.perf_counter() - start < 1.0
    assert isinstance(extraction.facts, tuple)


@pytest.mark.slow
def test_long_inputs_are_fast(nlp_en):
    conjuncts = "The company bought " + ", ".join(f"plant{i}" for i in range(200)) + " and a mill ."
    long = " ".join(["The firm , which makes steel in Ohio , said that"] * 100) + " it grew ."
    for text in (conjuncts, long):
        doc = nlp_en(text)
        document = Document("x", text, "en", "test")
        start = time.perf_counter()
        extraction = extract_facts(document, doc)
        assert time.perf_counter() - start < 1.0
        assert len(extraction.facts) < 5000


def test_carb_rows_write_the_fact_as_read(nlp_en):
    text = "Gideon Rodan taught at the University of Connecticut in 1970 ."
    facts = _extract(nlp_en, text, "en").facts
    rows = [r.split("\t") for f in facts for r in carb_rows(f)]
    fields = next(r for r in rows if r[2] == "taught at")
    assert fields[0] == text
    assert 0.0 <= float(fields[1]) <= 1.0
    assert fields[3:] == ["Gideon Rodan", "the University of Connecticut", "in 1970"]


def test_carb_rows_keep_the_text_order_and_add_no_tuple(nlp_en):
    text = "In 1941 , Mr. Wathen says the firm will be able to service debt ."
    facts = _extract(nlp_en, text, "en").facts
    rows = [r.split("\t") for f in facts for r in carb_rows(f)]
    assert len(rows) == sum(1 for f in facts if f.object is not None or f.args)  # one line per fact, no more
    assert not any(r[2] in ("says", "said") and r[3] == "Mr. Wathen" and len(r) == 5 for r in rows)


