"""Word lists the extractor's rules consult, per language where they differ.

Everything here is a named constant: the rules of :mod:`kg.ie` never spell
a word themselves.
"""
from __future__ import annotations

import re

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
PHRASAL_PARTICLES = frozenset({"down", "up", "off", "out", "over", "away", "back", "behind"})

#: Prepositions of a passive's agent ("founded by", "levés par").
AGENT_PREPOSITIONS = frozenset({"by", "par"})

#: Labels of reflexive clitics that belong to the verb ("se positionner").
CLITIC_DEPS = frozenset({"expl:comp", "expl:pass", "expl:pv"})

#: Labels that end an argument span when they hang off its head.
TRIM_DEPS = frozenset({"acl:relcl", "appos", "conj", "cc", "punct", "parataxis", "dep", "cc:preconj"})

#: Negation words (lemmas or lower-cased forms).
NEGATIONS = frozenset({
    "not", "n't", "never", "no", "ne", "n'", "n’", "pas", "jamais", "guère", "nullement",
})

#: Modal verbs and what they say about the fact.
MODALS: dict[str, str] = {
    # English auxiliaries (tagged MD) and verbs taking an infinitive.
    "can": "possible", "could": "possible", "may": "possible", "might": "possible",
    "must": "necessary", "should": "necessary", "ought": "necessary",
    "need": "necessary", "have": "necessary",
    "will": "future", "shall": "future", "would": "conditional", "'ll": "future",
    "want": "intended", "intend": "intended", "plan": "intended", "hope": "intended",
    "seek": "intended", "aim": "intended", "try": "intended", "wish": "intended",
    "expect": "expected",
    # French verbs taking an infinitive.
    "pouvoir": "possible", "devoir": "necessary", "falloir": "necessary",
    "aller": "future", "vouloir": "intended", "compter": "intended",
    "entendre": "intended", "chercher": "intended", "souhaiter": "intended",
    "espérer": "intended", "envisager": "intended", "prévoir": "intended",
    "tenter": "intended", "viser": "intended", "projeter": "intended",
    "essayer": "intended", "désirer": "intended",
}

#: Nouns of intention whose infinitive is the real predicate ("fait part de
#: son intention d'investir", "announced plans to build").
INTENTION_NOUNS = frozenset({
    "intention", "projet", "volonté", "décision", "objectif", "ambition", "plan", "souhait",
    "intent", "decision", "goal", "aim", "commitment", "promesse", "promise",
})

#: Nouns of agreement whose infinitive is the real predicate, agreed and so
#: not qualified ("reached a deal to buy", "a trouvé un accord pour racheter").
AGREEMENT_NOUNS = frozenset({
    "deal", "agreement", "accord", "contract", "contrat", "entente", "compromis", "pact", "pacte",
})

#: Nouns of negotiation (written forms) whose infinitive is the real predicate,
#: wanted but not done ("is in talks to acquire", "en discussions pour racheter").
TALKS_NOUNS = frozenset({
    "talks", "negotiations", "discussions", "négociations", "négociation", "pourparlers", "discussion",
})

#: Prepositions that list members of a noun phrase ("assets including X and Y").
INCLUDING_WORDS = frozenset({"including", "notamment", "incluant", "y compris", "such as"})

#: Nouns of "sur le point de [racheter]" (with "sur"): about to happen.
IMMINENCE_NOUNS = frozenset({"point"})

#: Verbs whose infinitive complement is the real predicate, done once agreed
#: ("agreed to buy", "a accepté de céder"): their lemma leaves the relation's.
AGREEMENT_VERBS = frozenset({"agree", "accepter", "convenir"})

#: Nouns of a business event: with a verb before and a complement after
#: ("a finalisé le rachat de", "completed the acquisition of"), the noun joins
#: the relation, whose lemma then names the event.
EVENT_NOUNS = frozenset({
    "acquisition", "rachat", "achat", "fusion", "cession", "takeover", "purchase", "merger", "buyout",
    "investment", "investissement", "nomination", "appointment", "suppression", "layoff",
})

#: Verbs that report or complete a business event named by their object
#: ("announced a $50 million investment", "a finalisé l'acquisition"): the
#: event noun joins the relation even with no complement after it.
ANNOUNCING_VERBS = frozenset({
    "announce", "unveil", "confirm", "complete", "finalize", "finalise", "disclose",
    "annoncer", "dévoiler", "confirmer", "finaliser", "officialiser", "boucler",
})

#: Verbs that carry out, close or report the business event their object
#: names ("a finalisé le rachat de X", "led the takeover of X"): with them the
#: event noun joins the relation. Others only mention it ("a bloqué le rachat
#: de X", "approved the merger of"): their subject did not do the event.
EVENT_VERBS = ANNOUNCING_VERBS | frozenset({
    "close", "seal", "conclude", "pursue", "launch", "lead", "carry", "agree", "sign", "reach", "strike", "enter",
    "conclure", "réaliser", "mener", "opérer", "lancer", "entamer", "poursuivre", "signer", "sceller", "trouver",
    "parvenir",
})

#: Words for a percentage, which name a share of what follows ("50% de X").
PERCENT_WORDS = frozenset({"%", "percent", "per cent", "pourcent", "pour cent"})

#: Nouns of a share in a company: bought or taken "in" or "de" the company,
#: which is then the object ("a 40 percent stake in X", "50% de X").
STAKE_NOUNS = frozenset({
    "stake", "stakes", "participation", "participations", "part", "parts", "shareholding",
}) | PERCENT_WORDS

#: Prepositions between a stake and its company.
STAKE_PREPOSITIONS = frozenset({"in", "of", "de", "d'", "d’", "du", "des", "dans"})

#: Verbs whose past participle, in "avec X levés" / "with X raised", says what
#: the main clause's subject did.
ABSOLUTE_VERBS = frozenset({
    "lever", "collecter", "réunir", "obtenir", "investir", "décrocher", "rassembler", "récolter",
    "raise", "secure", "obtain", "invest", "collect",
})

#: Lemmas of raising money: those it is raised from ("from X", "auprès de X")
#: invest in the raiser.
RAISING_VERBS = frozenset({"raise", "lever", "collecter", "rassembler", "récolter", "réunir", "boucler"})

#: Nouns of a round of funding, whose funders a participle may bring in
#: ("une levée de 8 millions d'euros, réalisée auprès de X et Y").
FUNDING_NOUNS = frozenset({"levée", "round", "funding", "financement"})

#: Prepositions of who money is raised from.
FUNDER_PREPOSITIONS = frozenset({"from", "auprès de", "auprès d'", "auprès d’", "auprès du", "auprès des"})

#: Prepositions of the absolute construction ("avec 80 millions levés").
ABSOLUTE_PREPOSITIONS = frozenset({"avec", "with"})

#: Conjunctions that open a condition ("if the deal fails", "s'il échoue").
CONDITION_MARKS = frozenset({"if", "unless", "si", "s'", "s’"})

#: Adverbs before a condition that make it a concession ("even if", "même si").
CONCESSIVE_ADVERBS = frozenset({"even", "même"})

#: Adverbs that make a fact someone else's claim.
REPORTED_ADVERBS = frozenset({"reportedly", "allegedly", "reputedly", "supposedly", "purportedly", "prétendument"})

#: Verbs that, in the passive with an infinitive, make a fact someone else's
#: claim ("is said to be", "is reported to have").
REPORTED_PASSIVES = frozenset({"say", "report", "rumor", "rumour", "believe", "think", "understand", "allege"})

#: Heads of unnamed sources ("selon des sources proches du dossier",
#: "according to people familiar with the matter"), lemmas or forms.
ANONYMOUS_SOURCES = frozenset({
    "source", "sources", "people", "person", "insider", "insiders", "report", "reports", "media",
    "personne", "personnes", "proche", "proches", "presse", "média", "médias", "rumeur", "rumeurs",
})

#: Modalities a French conditional leaves to the modal verb ("pourrait",
#: "devrait" are the plain ways to say "could", "should").
MODAL_CONDITIONALS = frozenset({"possible", "necessary"})

#: Endings of the French conditional (longest first).
CONDITIONAL_ENDINGS = ("aient", "ions", "iez", "ais", "ait")

#: Irregular French future stems: infinitive ending → stem ending.
CONDITIONAL_STEMS: tuple[tuple[str, str], ...] = (
    ("être", "ser"), ("avoir", "aur"), ("faire", "fer"), ("aller", "ir"), ("pouvoir", "pourr"),
    ("devoir", "devr"), ("vouloir", "voudr"), ("venir", "viendr"), ("tenir", "tiendr"), ("voir", "verr"),
    ("savoir", "saur"), ("falloir", "faudr"), ("valoir", "vaudr"), ("envoyer", "enverr"), ("quérir", "querr"),
    ("courir", "courr"), ("mourir", "mourr"), ("cevoir", "cevr"), ("yer", "ier"), ("pleuvoir", "pleuvr"),
)

#: Light verbs: their object noun reads as part of the relation when a
#: complement follows it ("has a mass of", "fait part de", "took control of").
LIGHT_VERBS = frozenset({
    "have", "make", "take", "give", "get", "pay", "play", "hold", "gain", "reach",
    "faire", "prendre", "donner", "avoir", "tenir", "jouer",
})

#: Founder nouns: a role fact with one also says who founded the company.
FOUNDER_WORDS = frozenset({
    "founder", "co-founder", "cofounder", "founders", "co-founders", "fondateur", "fondatrice", "cofondateur",
    "cofondatrice", "co-fondateur", "co-fondatrice", "fondateurs", "cofondateurs",
})

#: Lemmas of leaving a post: with "as ROLE of X" they also say the post was
#: held ("stepped down as CEO of X").
LEAVING_VERBS = frozenset({
    "step down", "resign", "retire", "quit", "leave", "démissionner", "quitter",
})

#: Lemmas of holding a post: with "as ROLE of X" they say the post is held
#: ("had served as the President of the Dallas Federal Reserve Bank").
HOLDING_VERBS = frozenset({"serve", "work", "act", "remain", "officier", "travailler", "rester", "demeurer"})

#: Lemmas of appointing someone: with "as ROLE" they also say the post is held
#: ("appointed X as CEO", "a nommé X comme directeur").
APPOINTING_VERBS = frozenset({"appoint", "name", "promote", "nommer", "désigner"})

#: Prepositions of the role in a change of post ("as CEO", "comme directeur").
AS_PREPOSITIONS = frozenset({"as", "comme", "en tant que"})

#: Verbs of saying: their complement clause is a reported fact.
REPORTING_VERBS = frozenset({
    "say", "tell", "explain", "state", "declare", "claim", "report", "add", "note",
    "announce", "confirm", "insist", "argue", "write", "reply", "assert", "affirm",
    "dire", "expliquer", "déclarer", "affirmer", "indiquer", "annoncer", "ajouter",
    "préciser", "souligner", "assurer", "estimer", "confier", "confirmer", "rappeler",
    "commenter", "écrire", "répondre", "raconter", "prévenir", "avancer", "juger",
    "observer", "constater", "expliciter", "détailler", "révéler", "féliciter", "réjouir",
    "reconnaître", "résumer", "poursuivre",
})

#: Prepositions that introduce the source of a reported fact.
ATTRIBUTION_PREPOSITIONS = frozenset({"according to", "selon", "d'après", "d’après"})

#: Relative pronouns (lemmas) that stand for the antecedent.
RELATIVE_PRONOUNS = frozenset({
    "who", "whom", "which", "that", "whose",
    "qui", "que", "qu'", "qu’", "lequel", "laquelle", "lesquels", "lesquelles",
    "dont", "auquel", "auxquels", "auxquelles", "duquel", "desquels", "desquelles",
})

#: Prepositions that attach a complement to a noun ("of", "de").
OF_PREPOSITIONS = frozenset({"of", "de", "d’", "d'", "du", "des"})

#: Words of English job titles, which end a name-and-title compound ("Intel
#: CEO", "Rogers Chief Financial Officer", "Flipkart co-founder"): what comes
#: before them is the organization.
ROLE_WORDS = frozenset({
    "ceo", "cfo", "coo", "cto", "cio", "cmo", "md", "chief", "executive", "executives", "officer", "financial",
    "operating", "technology", "technical", "marketing", "information", "founder", "co-founder", "cofounder",
    "co", "founders", "president", "vice", "chairman", "chairwoman", "chair", "chairperson", "head", "boss",
    "managing", "director", "general", "counsel", "manager", "partner", "spokesperson", "spokesman",
    "spokeswoman", "analyst", "engineer", "economist", "strategist", "senior", "interim", "acting", "deputy",
    "global", "former", "ex", "board", "member", "owner", "investor",
})

#: Verbs that give their subject the role their object names ("devenir
#: président de X", "become CEO of X").
BECOMING_VERBS = frozenset({"devenir", "redevenir", "rester", "become", "remain"})

#: Nouns of a company's sites: with a possessive and a place ("ses sites de
#: Molsheim", "its West Virginia factory") the company operates there.
SITE_NOUNS = frozenset({
    "site", "usine", "hub", "entrepôt", "centre", "bureau", "datacenter", "campus", "implantation",
    "plant", "factory", "facility", "office", "warehouse", "center", "mill", "refinery",
})

#: Verbs of building a site: the subject then operates where the site is
#: ("will build a factory in Marshall", "va construire une usine à Douai").
#: Opening and settling are left out: the graph already places what is
#: opened or settled (kg:opens, kg:operatesIn).
SITE_VERBS = frozenset({"build", "construct", "construire", "installer", "bâtir", "édifier"})

#: Possessive determiners of a site's owner.
POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs", "its", "their"})

#: Prepositions between a site and its place ("site de Chartres", "plant in Ohio").
SITE_PREPOSITIONS = frozenset({"de", "d'", "d’", "du", "à", "au", "en", "in", "at", "near"})

#: Tagger labels of people (English, French).
PERSON_LABELS = frozenset({"PERSON", "PER"})

#: Nouns that describe a company: after a role noun, with a determiner, they
#: are the organization the role is held at ("directeur de l'entreprise").
ORGANIZATION_NOUNS = frozenset({
    "entreprise", "groupe", "société", "compagnie", "firme", "constructeur", "laboratoire", "banque",
    "start-up", "startup", "scale-up", "company", "firm", "group", "bank", "carmaker", "automaker", "maker",
})

#: Prepositions that join a role noun to its organization ("CEO of").
ROLE_PREPOSITIONS = frozenset({"of", "at", "de", "d'", "d’", "du", "des", "chez"})

#: Entity labels read as a time or a place when no preposition says so.
TIME_LABELS = frozenset({"DATE", "TIME"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

#: Subject pronouns that are impersonal or expletive ("it rains", "il faut").
EXPLETIVES = frozenset({"there"})

#: Lines that are page furniture, lower-cased with punctuation removed.
FURNITURE = frozenset({
    "sur le même sujet", "tous les champs sont obligatoires", "réagir", "commentaire",
    "commentaires", "lire aussi", "à lire aussi", "voir aussi", "partager", "publicité",
    "abonnez-vous", "newsletter", "inscrivez-vous à la newsletter", "se connecter",
    "mot de passe oublié", "read more", "related articles", "see also", "share",
    "all fields are required", "leave a comment", "comments", "advertisement",
    "sign up", "subscribe", "log in", "related", "more on this topic",
})

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
LEMMA_FORMS: dict[str, str] = {
    "d’": "de", "d'": "de", "l’": "le", "l'": "le", "qu’": "que", "qu'": "que", "s’": "se", "s'": "se",
    "n’": "ne", "n'": "ne", "j’": "je", "j'": "je", "m’": "me", "m'": "me", "t’": "te", "t'": "te",
    "c’": "ce", "c'": "ce", "jusqu’": "jusque", "jusqu'": "jusque", "lorsqu’": "lorsque", "lorsqu'": "lorsque",
    "au": "à", "aux": "à", "du": "de", "des": "de",
}


#: Nouns of a company's figures, as the subject of a verb of amount ("les
#: ventes du groupe se sont élevées à 295 millions d'euros") → the relational
#: noun of ``ontologies/relations.tsv`` the fact is about, per language.
MEASURE_NOUNS = {
    "fr": {"vente": "chiffre d'affaires", "chiffre": "chiffre d'affaires", "revenu": "chiffre d'affaires",
           "investissement": "investissement"},
    "en": {"sale": "revenue", "sales": "revenue", "revenue": "revenue", "turnover": "revenue",
           "investment": "investment"},
}

#: Words that belong to a measure noun's own phrase ("chiffre d'affaires"), not its owner.
MEASURE_PARTS = frozenset({"affaire", "affaires"})

#: Verbs that give a figure its amount ("s'élever à", "atteindre", "reach", "total").
AMOUNT_VERBS = frozenset({
    "élever", "monter", "atteindre", "totaliser", "chiffrer", "établir", "ressortir",
    "reach", "total", "amount", "come", "stand", "top",
})

#: Nouns of a person's leaving a post ("la révocation de Thierry Bolloré", "the
#: resignation of the CEO"): with the person as their complement they are the leaving.
DEPARTURE_NOUNS = frozenset({
    "révocation", "démission", "départ", "limogeage", "éviction", "renvoi", "resignation", "departure", "dismissal", "ouster", "firing", "sacking",
})

#: The relation lemma of a leaving, per language.
LEAVING_LEMMA = {"fr": "quitter", "en": "leave"}


#: Copula lemmas written out per language when a fact has no verb of its own.
COPULA_WORD = {"fr": "est", "en": "is"}


COPULA_LEMMA = {"fr": "être", "en": "be"}


#: The copula of a post held before ("was CEO of"), per language.
PAST_COPULA_WORD = {"fr": "était", "en": "was"}


#: "Founded" written out per language, for founding read off a founder noun.
FOUNDED_WORD = {"fr": "a fondé", "en": "founded"}


FOUNDED_LEMMA = {"fr": "fonder", "en": "found"}


#: "Invested in" written out per language, for an investor read off a round.
INVESTED_WORD = {"fr": "a investi dans", "en": "invested in"}


INVESTED_LEMMA = {"fr": "investir dans", "en": "invest in"}


INVESTED_PREPOSITION = {"fr": "dans", "en": "in"}


#: "Operates in" written out per language, for a place of the subject's own site.
OPERATES_WORD = {"fr": "opère à", "en": "operates in"}


OPERATES_LEMMA = {"fr": "opérer à", "en": "operate in"}


#: The preposition of "CEO of" written out per language.
OF_WORD = {"fr": "de", "en": "of"}


#: "Have" written out per language, for possession read off a noun phrase.
HAVE_WORD = {"fr": "a", "en": "has"}


HAVE_LEMMA = {"fr": "avoir", "en": "have"}


#: Forms of address that are not titles worth a fact.
HONORIFICS = frozenset({"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir", "st.", "m.", "mme"})


#: The preposition of "X is in Y" for places in apposition.
LOCATIVE_WORD = {"fr": "en", "en": "in"}


#: Prepositions that place a noun ("the depot at Kettering").
LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "on", "à", "en", "au", "aux", "dans"})


#: Elided clitics the French parser sometimes takes for a subject ("l’expliquait").
ELIDED_CLITICS = frozenset({"l’", "l'", "s’", "s'", "m’", "m'", "t’", "t'"})


#: Entity labels of what a role is held at.
_ORGANIZATION_LABELS = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC"})


#: Words that join the names of a list ("A, B et C", "A and B").
_LIST_JOINERS = frozenset({",", "et", "and", "ainsi que"})


#: Words that may open a listed name without being part of it ("de Bpifrance", "l'IRD").
_LIST_OPENERS = frozenset({"de", "d'", "d’", "du", "des", "from", "l'", "l’", "la", "le", "les", "the"})


#: Verbs whose subject makes, closes or reports the deal its object or complement names.
_DEAL_VERBS = EVENT_VERBS | LIGHT_VERBS


#: Prepositions of a price ("pour 200 millions", "for $2 billion").
_PRICE_PREPOSITIONS = frozenset({"pour", "for"})


#: Nouns of purpose between a deal and its event ("en vue de l'acquisition").
_PURPOSE_NOUNS = frozenset({"vue", "but", "purpose", "view"})
