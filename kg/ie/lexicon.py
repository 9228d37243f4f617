"""Word lists the extractor's rules consult, and the parser's labels they read.

Everything here is a named constant: the rules of :mod:`kg.ie` never spell
a word themselves. The words are those of :mod:`kg.lang` (``en.py``,
``fr.py``), read as written, not folded: the rules compare lemmas and forms
that keep their accents. A set is the union of the languages' lists, a
table per language maps each language code to its value; labels, patterns
and signs stay here.
"""
from __future__ import annotations

import re

from kg.lang import either, fr, merged, per_language

#: Dependency labels of subjects.
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "csubj", "csubj:pass", "nsubj:caus"})

#: Dependency labels of direct objects.
OBJECT_DEPS = frozenset({"obj", "dobj"})

#: Dependency labels of oblique (prepositional, temporal, locative) arguments
#: and modifiers of a predicate.
OBLIQUE_DEPS = frozenset({
    "obl", "obl:arg", "obl:mod", "obl:agent", "obl:tmod", "obl:npmod", "iobj", "nmod",
})

#: Dependency labels of auxiliaries kept in the relation phrase.
AUX_DEPS = frozenset({"aux", "aux:pass", "aux:tense", "aux:caus", "cop"})

#: Labels of the parts of a relation phrase that follow the verb.
PARTICLE_DEPS = frozenset({"compound:prt"})

#: Adverbs that, right after an English verb, are its particle even when the
#: parser calls them adverbs ("stepped down from", "laid off").
PHRASAL_PARTICLES = either("PHRASAL_PARTICLES")

#: Prepositions of a passive's agent ("founded by", "levés par").
AGENT_PREPOSITIONS = either("AGENT_PREPOSITIONS")

#: Labels of reflexive clitics that belong to the verb ("se positionner").
CLITIC_DEPS = frozenset({"expl:comp", "expl:pass", "expl:pv"})

#: Labels that end an argument span when they hang off its head.
TRIM_DEPS = frozenset({"acl:relcl", "appos", "conj", "cc", "punct", "parataxis", "dep", "cc:preconj"})

#: Negation words (lemmas or lower-cased forms).
NEGATIONS = either("NEGATIONS")

#: Modal verbs and what they say about the fact: English auxiliaries (tagged
#: MD) and verbs taking an infinitive, then French verbs taking an infinitive.
MODALS: dict[str, str] = merged("MODALS")

#: Nouns of intention whose infinitive is the real predicate ("fait part de
#: son intention d'investir", "announced plans to build").
INTENTION_NOUNS = either("INTENTION_NOUNS")

#: Nouns of agreement whose infinitive is the real predicate, agreed and so
#: not qualified ("reached a deal to buy", "a trouvé un accord pour racheter").
AGREEMENT_NOUNS = either("AGREEMENT_NOUNS")

#: Nouns of negotiation (written forms) whose infinitive is the real predicate,
#: wanted but not done ("is in talks to acquire", "en discussions pour racheter").
TALKS_NOUNS = either("TALKS_NOUNS")

#: Prepositions that list members of a noun phrase ("assets including X and Y").
INCLUDING_WORDS = either("INCLUDING_WORDS")

#: Nouns of "sur le point de [racheter]" (with "sur"): about to happen.
IMMINENCE_NOUNS = either("IMMINENCE_NOUNS")

#: Verbs whose infinitive complement is the real predicate, done once agreed
#: ("agreed to buy", "a accepté de céder"): their lemma leaves the relation's.
AGREEMENT_VERBS = either("AGREEMENT_VERBS")

#: Nouns of a business event: with a verb before and a complement after
#: ("a finalisé le rachat de", "completed the acquisition of"), the noun joins
#: the relation, whose lemma then names the event.
EVENT_NOUNS = either("EVENT_NOUNS")

#: Verbs that report or complete a business event named by their object
#: ("announced a $50 million investment", "a finalisé l'acquisition"): the
#: event noun joins the relation even with no complement after it.
ANNOUNCING_VERBS = either("ANNOUNCING_VERBS")

#: Verbs that carry out, close or report the business event their object
#: names ("a finalisé le rachat de X", "led the takeover of X"): with them the
#: event noun joins the relation. Others only mention it ("a bloqué le rachat
#: de X", "approved the merger of"): their subject did not do the event.
EVENT_VERBS = ANNOUNCING_VERBS | either("EVENT_VERBS")

#: Words for a percentage, which name a share of what follows ("50% de X"):
#: the sign, which is no word of a language, and the words.
PERCENT_WORDS = frozenset({"%"}) | either("PERCENT_WORDS")

#: Nouns of a share in a company: bought or taken "in" or "de" the company,
#: which is then the object ("a 40 percent stake in X", "50% de X").
STAKE_NOUNS = either("STAKE_NOUNS") | PERCENT_WORDS

#: Prepositions between a stake and its company.
STAKE_PREPOSITIONS = either("STAKE_PREPOSITIONS")

#: Verbs whose past participle, in "avec X levés" / "with X raised", says what
#: the main clause's subject did.
ABSOLUTE_VERBS = either("ABSOLUTE_VERBS")

#: Lemmas of raising money: those it is raised from ("from X", "auprès de X")
#: invest in the raiser.
RAISING_VERBS = either("RAISING_VERBS")

#: Nouns of a round of funding, whose funders a participle may bring in
#: ("une levée de 8 millions d'euros, réalisée auprès de X et Y").
FUNDING_NOUNS = either("FUNDING_NOUNS")

#: Prepositions of who money is raised from.
FUNDER_PREPOSITIONS = either("FUNDER_PREPOSITIONS")

#: Prepositions of the absolute construction ("avec 80 millions levés").
ABSOLUTE_PREPOSITIONS = either("ABSOLUTE_PREPOSITIONS")

#: Conjunctions that open a condition ("if the deal fails", "s'il échoue").
CONDITION_MARKS = either("CONDITION_MARKS")

#: Adverbs before a condition that make it a concession ("even if", "même si").
CONCESSIVE_ADVERBS = either("CONCESSIVE_ADVERBS")

#: Adverbs that make a fact someone else's claim.
REPORTED_ADVERBS = either("REPORTED_ADVERBS")

#: Verbs that, in the passive with an infinitive, make a fact someone else's
#: claim ("is said to be", "is reported to have").
REPORTED_PASSIVES = either("REPORTED_PASSIVES")

#: Heads of unnamed sources ("selon des sources proches du dossier",
#: "according to people familiar with the matter"), lemmas or forms.
ANONYMOUS_SOURCES = either("ANONYMOUS_SOURCES")

#: Modalities a French conditional leaves to the modal verb ("pourrait",
#: "devrait" are the plain ways to say "could", "should").
MODAL_CONDITIONALS = frozenset({"possible", "necessary"})

#: Endings of the French conditional (longest first).
CONDITIONAL_ENDINGS: tuple[str, ...] = fr.CONDITIONAL_ENDINGS

#: Irregular French future stems: infinitive ending → stem ending.
CONDITIONAL_STEMS: tuple[tuple[str, str], ...] = fr.CONDITIONAL_STEMS

#: Light verbs: their object noun reads as part of the relation when a
#: complement follows it ("has a mass of", "fait part de", "took control of").
LIGHT_VERBS = either("LIGHT_VERBS")

#: Founder nouns: a role fact with one also says who founded the company.
FOUNDER_WORDS = either("FOUNDER_WORDS")

#: Lemmas of leaving a post: with "as ROLE of X" they also say the post was
#: held ("stepped down as CEO of X").
LEAVING_VERBS = either("LEAVING_VERBS")

#: Lemmas of holding a post: with "as ROLE of X" they say the post is held
#: ("had served as the President of the Dallas Federal Reserve Bank").
HOLDING_VERBS = either("HOLDING_VERBS")

#: Lemmas of appointing someone: with "as ROLE" they also say the post is held
#: ("appointed X as CEO", "a nommé X comme directeur").
APPOINTING_VERBS = either("APPOINTING_VERBS")

#: Nouns of appointing someone: a relation that names one ("a annoncé la
#: nomination de X comme directrice") is an appointing, with its role.
APPOINTING_NOUNS = either("APPOINTING_NOUNS")

#: Prepositions of the role in a change of post ("as CEO", "comme directeur").
AS_PREPOSITIONS = either("AS_PREPOSITIONS")

#: Verbs of saying: their complement clause is a reported fact.
REPORTING_VERBS = either("REPORTING_VERBS")

#: Prepositions that introduce the source of a reported fact.
ATTRIBUTION_PREPOSITIONS = either("ATTRIBUTION_PREPOSITIONS")

#: Relative pronouns (lemmas) that stand for the antecedent.
RELATIVE_PRONOUNS = either("RELATIVE_PRONOUNS")

#: Prepositions that attach a complement to a noun ("of", "de").
OF_PREPOSITIONS = either("OF_PREPOSITIONS")

#: Words of English job titles, which end a name-and-title compound ("Intel
#: CEO", "Rogers Chief Financial Officer", "Flipkart co-founder"): what comes
#: before them is the organization.
ROLE_WORDS = either("ROLE_WORDS")

#: Verbs that give their subject the role their object names ("devenir
#: président de X", "become CEO of X").
BECOMING_VERBS = either("BECOMING_VERBS")

#: Nouns of a company's sites: with a possessive and a place ("ses sites de
#: Molsheim", "its West Virginia factory") the company operates there.
SITE_NOUNS = either("SITE_NOUNS")

#: Verbs of building a site: the subject then operates where the site is
#: ("will build a factory in Marshall", "va construire une usine à Douai").
#: Opening and settling are left out: the graph already places what is
#: opened or settled (kg:opens, kg:operatesIn).
SITE_VERBS = either("SITE_VERBS")

#: Possessive determiners of a site's owner.
POSSESSIVES = either("POSSESSIVES")

#: Prepositions between a site and its place ("site de Chartres", "plant in Ohio").
SITE_PREPOSITIONS = either("SITE_PREPOSITIONS")

#: Tagger labels of people (English, French).
PERSON_LABELS = frozenset({"PERSON", "PER"})

#: Nouns that describe a company: after a role noun, with a determiner, they
#: are the organization the role is held at ("directeur de l'entreprise").
ORGANIZATION_NOUNS = either("ORGANIZATION_NOUNS")

#: Prepositions that join a role noun to its organization ("CEO of").
ROLE_PREPOSITIONS = either("ROLE_PREPOSITIONS")

#: Entity labels read as a time or a place when no preposition says so.
TIME_LABELS = frozenset({"DATE", "TIME"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

#: Subject pronouns that are impersonal or expletive ("it rains", "il faut").
EXPLETIVES = either("EXPLETIVES")

#: Lines that are page furniture, lower-cased with punctuation removed.
FURNITURE = either("FURNITURE")

#: Patterns of page furniture lines (matched on the lower-cased line).
FURNITURE_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"^\d*\s*(commentaires?|comments?|réactions?|partages?|shares?)$"),
    re.compile(r"^(publié|mis à jour|published|updated)\b.{0,40}\d{4}.{0,20}$"),
    re.compile(r"^(par|by)\s+\S+(\s+\S+){0,3}$"),
    re.compile(r"^[\W\d_]+$"),
)

#: A wire service's revision note, a line in brackets ("(Adds Sky, Vale; Updates Rogers)",
#: "(Actualisé avec déclarations)"): it lists names, it states nothing.
REVISION_NOTE = re.compile(r"^\((?:adds|updates|recasts|corrects|rewrites|repeats|changes|actualisé|actualise|"
                           r"ajoute|ajout|mise à jour|corrige|recadre)\b[^()]*\)$", re.IGNORECASE)

#: Mention texts that are only an elided article or pronoun.
ELIDED = re.compile(r"^(?:qu|l|d|j|n|s|c|m|t|jusqu|lorsqu|puisqu)[’']$", re.IGNORECASE)

#: Elided words and contractions as they stand in a lemma ("président d’" →
#: "président de").
LEMMA_FORMS: dict[str, str] = merged("LEMMA_FORMS")


#: Nouns of a company's figures, as the subject of a verb of amount ("les
#: ventes du groupe se sont élevées à 295 millions d'euros") → the relational
#: noun of ``ontologies/relations.tsv`` the fact is about, per language.
MEASURE_NOUNS: dict[str, dict[str, str]] = per_language("MEASURE_NOUNS")

#: Words that belong to a measure noun's own phrase ("chiffre d'affaires"), not its owner.
MEASURE_PARTS = either("MEASURE_PARTS")

#: Verbs that give a figure its amount ("s'élever à", "atteindre", "reach", "total").
AMOUNT_VERBS = either("AMOUNT_VERBS")

#: Verbs of a figure's change, and the preposition of its new amount ("a bondi de 7 % à 937 millions").
CHANGE_VERBS = either("CHANGE_VERBS")
NEW_AMOUNT_PREPOSITIONS = either("NEW_AMOUNT_PREPOSITIONS")

#: Nouns of a person's leaving a post ("la révocation de Thierry Bolloré", "the
#: resignation of the CEO"): with the person as their complement they are the leaving.
DEPARTURE_NOUNS = either("DEPARTURE_NOUNS")

#: The relation lemma of a leaving, per language.
LEAVING_LEMMA: dict[str, str] = per_language("LEAVING_LEMMA")


#: Copula lemmas written out per language when a fact has no verb of its own.
COPULA_WORD: dict[str, str] = per_language("COPULA_WORD")


COPULA_LEMMA: dict[str, str] = per_language("COPULA_LEMMA")


#: The copula of a post held before ("was CEO of"), per language.
PAST_COPULA_WORD: dict[str, str] = per_language("PAST_COPULA_WORD")


#: "Founded" written out per language, for founding read off a founder noun.
FOUNDED_WORD: dict[str, str] = per_language("FOUNDED_WORD")


FOUNDED_LEMMA: dict[str, str] = per_language("FOUNDED_LEMMA")


#: "Invested in" written out per language, for an investor read off a round.
INVESTED_WORD: dict[str, str] = per_language("INVESTED_WORD")


INVESTED_LEMMA: dict[str, str] = per_language("INVESTED_LEMMA")


INVESTED_PREPOSITION: dict[str, str] = per_language("INVESTED_PREPOSITION")


#: Nouns of a merger two companies make, and how a merger between them is written out.
MERGER_NOUNS = either("MERGER_NOUNS")
MERGED_WORD: dict[str, str] = per_language("MERGED_WORD")
MERGED_LEMMA: dict[str, str] = per_language("MERGED_LEMMA")
MERGER_PREPOSITION: dict[str, str] = per_language("MERGER_PREPOSITION")

#: Verbs of selling to a buyer, and the buyer's prepositions ("sell X to Y", "céder X à Y").
SELLING_VERBS = either("SELLING_VERBS")
BUYER_PREPOSITIONS = either("BUYER_PREPOSITIONS")

#: "Buys" written out per language, for the buyer read off a sale.
BOUGHT_WORD: dict[str, str] = per_language("BOUGHT_WORD")
BOUGHT_LEMMA: dict[str, str] = per_language("BOUGHT_LEMMA")

#: "Operates in" written out per language, for a place of the subject's own site.
OPERATES_WORD: dict[str, str] = per_language("OPERATES_WORD")


OPERATES_LEMMA: dict[str, str] = per_language("OPERATES_LEMMA")


#: The preposition of "CEO of" written out per language.
OF_WORD: dict[str, str] = per_language("OF_WORD")


#: "Have" written out per language, for possession read off a noun phrase.
HAVE_WORD: dict[str, str] = per_language("HAVE_WORD")


HAVE_LEMMA: dict[str, str] = per_language("HAVE_LEMMA")


#: Forms of address that are not titles worth a fact (``ADDRESS_FORMS`` in
#: :mod:`kg.lang`, whose ``HONORIFICS`` are the resolver's titles).
HONORIFICS = either("ADDRESS_FORMS")


#: The preposition of "X is in Y" for places in apposition.
LOCATIVE_WORD: dict[str, str] = per_language("LOCATIVE_WORD")


#: Prepositions that place a noun ("the depot at Kettering").
LOCATIVE_PREPOSITIONS = either("LOCATIVE_PREPOSITIONS")


#: Elided clitics the French parser sometimes takes for a subject ("l’expliquait").
ELIDED_CLITICS = either("ELIDED_CLITICS")


#: Entity labels of what a role is held at.
_ORGANIZATION_LABELS = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC"})


#: Words that join the names of a list ("A, B et C", "A and B"): the comma and the words.
_LIST_JOINERS = frozenset({","}) | either("LIST_JOINERS")


#: Words that may open a listed name without being part of it ("de Bpifrance", "l'IRD").
_LIST_OPENERS = either("LIST_OPENERS")


#: Verbs whose subject makes, closes or reports the deal its object or complement names.
_DEAL_VERBS = EVENT_VERBS | LIGHT_VERBS


#: Prepositions of a price ("pour 200 millions", "for $2 billion").
_PRICE_PREPOSITIONS = either("PRICE_PREPOSITIONS")


#: Nouns of purpose between a deal and its event ("en vue de l'acquisition").
_PURPOSE_NOUNS = either("PURPOSE_NOUNS")
