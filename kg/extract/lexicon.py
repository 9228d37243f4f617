"""Word lists the extractor's rules consult, per language where they differ.

Everything here is a named constant: the rules in :mod:`kg.extract.clauses`
never spell a word themselves.
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
    "intent", "plan", "decision", "goal", "aim", "ambition", "commitment", "promesse", "promise",
})

#: Light verbs: their object noun reads as part of the relation when a
#: complement follows it ("has a mass of", "fait part de", "took control of").
LIGHT_VERBS = frozenset({
    "have", "make", "take", "give", "get", "pay", "play", "hold", "gain", "reach",
    "faire", "prendre", "donner", "avoir", "tenir", "jouer",
})

#: Verbs of saying: their complement clause is a reported fact.
REPORTING_VERBS = frozenset({
    "say", "tell", "explain", "state", "declare", "claim", "report", "add", "note",
    "announce", "confirm", "insist", "argue", "write", "reply", "assert", "affirm",
    "dire", "expliquer", "déclarer", "affirmer", "indiquer", "annoncer", "ajouter",
    "préciser", "souligner", "assurer", "estimer", "confier", "confirmer", "rappeler",
    "commenter", "écrire", "répondre", "raconter", "prévenir", "avancer", "juger",
    "observer", "constater", "expliciter", "détailler", "révéler",
})

#: Prepositions that introduce the source of a reported fact.
ATTRIBUTION_PREPOSITIONS = frozenset({"according to", "selon", "d'après", "d’après"})

#: Relative pronouns (lemmas) that stand for the antecedent.
RELATIVE_PRONOUNS = frozenset({
    "who", "whom", "which", "that", "whose",
    "qui", "que", "qu'", "qu’", "lequel", "laquelle", "lesquels", "lesquelles",
    "dont", "auquel", "auxquels", "auxquelles", "duquel", "desquels", "desquelles",
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
