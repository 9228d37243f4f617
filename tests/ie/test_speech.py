"""kg.ie.speech: who reports a fact."""

from __future__ import annotations

import pytest

from tests.helpers import extract_text, pipeline

# (language, sentence, lemma of the reported fact, who reports it)
ATTRIBUTION = [
    (
        "en",
        "Northwind Energy said on Tuesday that it will invest $2.5 billion in a battery factory.",
        "invest",
        "Northwind Energy",
    ),
    (
        "en",
        "The deal was not expected to close before 2025, according to a person familiar with the matter.",
        "close",
        "a person familiar with the matter",
    ),
    (
        "fr",
        "Le géant technologique dit vouloir consacrer cette somme au développement de semi-conducteurs.",
        "consacrer",
        "Le géant technologique",
    ),
    # inverted reporter after the quotation; the embedded clause inherits it
    (
        "fr",
        '"Nous voulons fournir des services dans lesquels nos clients peuvent avoir confiance", a expliqué '
        "dans un communiqué Jeff Zhang, président d’Alibaba Cloud Intelligence.",
        "avoir",
        "Jeff Zhang",
    ),
    # the inverted reporter keeps the name that follows its title, as in English
    (
        "fr",
        "« Nous allons tripler notre capacité de production », a déclaré le PDG Marc Lefèvre.",
        "tripler",
        "le PDG Marc Lefèvre",
    ),
    ("en", '"We will triple our output," said CEO Mark Lewis.', "triple", "CEO Mark Lewis"),
    # after a comma the name is an apposition, left out in both languages
    ("fr", "« Nous avons beaucoup appris », a confié la fondatrice, Claire Dubois.", "apprendre", "la fondatrice"),
    ("en", '"We will triple our output," said the chief executive, Mark Lewis.', "triple", "the chief executive"),
    (
        "fr",
        "« Les commandes ont doublé en un an », s'est félicité le directeur général.",
        "doubler en",
        "le directeur général",
    ),
    ("fr", "« Nous avons trouvé un accord », se sont réjouis les dirigeants.", "trouver", "les dirigeants"),
    (
        "fr",
        "Selon le ministre de l'Industrie, l'usine emploiera 600 personnes.",
        "employer",
        "le ministre de l'Industrie",
    ),
    ("fr", "D'après Reuters, Lumen prépare une introduction en Bourse.", "préparer", "Reuters"),
]


@pytest.mark.parametrize("lang, text, lemma, source", ATTRIBUTION)
def test_attribution(request, lang, text, lemma, source):
    facts = extract_text(pipeline(request, lang), text, lang).facts
    fact = next(f for f in facts if f.lemma == lemma)
    assert fact.attribution == source
    assert not any(f.object is not None and f.object.text.startswith("it will invest") for f in facts)


#: French verbs of saying written after the quotation, with their subject inverted.
INVERTED_REPORTERS = [
    "a déclaré",
    "a affirmé",
    "a indiqué",
    "a expliqué",
    "a souligné",
    "a ajouté",
    "a précisé",
    "a estimé",
    "a assuré",
    "a annoncé",
    "a confié",
    "s'est félicitée",
    "s'est réjouie",
    "a reconnu",
    "a commenté",
    "a résumé",
    "a poursuivi",
    "estime",
    "se félicite",
    "se réjouit",
    "poursuit",
    "résume",
]


@pytest.mark.parametrize("verb", INVERTED_REPORTERS)
def test_inverted_reporter_after_quote(nlp_fr, verb):
    text = f"« Le groupe va ouvrir une usine à Lyon », {verb} la directrice."
    facts = extract_text(nlp_fr, text, "fr").facts
    fact = next(f for f in facts if f.lemma == "ouvrir")
    assert (fact.subject.text, fact.object.text, fact.attribution) == ("Le groupe", "une usine", "la directrice")
    # the saying is the attribution, not a fact of its own
    assert [f.lemma for f in facts] == ["ouvrir"]
