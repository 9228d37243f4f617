"""French words of values (:mod:`kg.normalize`), folded as the normalizer reads them: lower case, no accents.

Re-exported by :mod:`kg.lang.fr` (see :mod:`kg.lang`).
"""

from __future__ import annotations

#: Words of scale → their factor ("milliards", "md"), read in a text of any language.
SCALES = {
    "k": 10**3, "mille": 10**3, "millier": 10**3, "milliers": 10**3,
    "m": 10**6, "million": 10**6, "millions": 10**6, "mio": 10**6,
    "md": 10**9, "mds": 10**9, "mrd": 10**9, "mrds": 10**9, "milliard": 10**9, "milliards": 10**9,
}

#: Words of scale read only in a text of this language: "billion" is 10^12 in French.
LANGUAGE_SCALES = {"billion": 10**12, "billions": 10**12}

#: Currency names → their ISO code ("dollars americains", "livres sterling").
CURRENCY_WORDS = {
    "dollars americains": "USD", "dollars us": "USD", "dollars des etats-unis": "USD", "dollar americain": "USD",
    "dollars canadiens": "CAD", "dollars australiens": "AUD", "dollars de hong kong": "HKD",
    "dollars singapouriens": "SGD", "dollars": "USD", "dollar": "USD",
    "euros": "EUR", "euro": "EUR",
    "yuans": "CNY", "yuan": "CNY", "renminbi": "CNY", "yuan renminbi": "CNY", "yens": "JPY", "yen": "JPY",
    "livres sterling": "GBP", "livre sterling": "GBP", "francs suisses": "CHF", "franc suisse": "CHF",
    "roubles": "RUB", "rouble": "RUB", "roupies": "INR", "roupie": "INR",
    "wons": "KRW", "won": "KRW", "rands": "ZAR", "rand": "ZAR", "francs cfa": "XOF", "franc cfa": "XOF",
    "real": "BRL", "couronnes suedoises": "SEK",
}

#: Numbers written in words → their value ("douze", "septante").
NUMBER_WORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20,
    "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100,
    "treize": 13, "quatorze": 14, "seize": 16, "vingts": 20,
    "septante": 70, "octante": 80, "huitante": 80, "nonante": 90,
}

#: Words of a hundred in a number written out ("trois cents").
HUNDRED_WORDS = ("cent", "cents")

#: Words of a thousand in a number written out ("deux mille").
THOUSAND_WORDS = ("mille",)

#: Approximate numbers → their value ("une dizaine").
APPROXIMATE_NUMBERS = {
    "une dizaine": 10, "une douzaine": 12, "une quinzaine": 15, "une vingtaine": 20,
    "une trentaine": 30, "une quarantaine": 40, "une cinquantaine": 50, "une soixantaine": 60,
    "une centaine": 100, "un millier": 1000,
}

#: Qualifiers before an amount → the qualifier ("environ", "plus de", "jusqu'à").
AMOUNT_QUALIFIERS = {
    "quelque": "approximately", "environ": "approximately", "pres de": "approximately",
    "autour de": "approximately", "approximativement": "approximately", "a peu pres": "approximately",
    "presque": "approximately", "quasiment": "approximately",
    "plus de": "more than", "au moins": "at least", "moins de": "less than",
    "jusqu'a": "up to", "pas moins de": "at least",
}

#: Words of a vague count ("plusieurs", "centaines").
VAGUE_WORDS = ("quelques", "plusieurs", "nombreux", "nombreuses", "certains", "certaines", "centaines")

#: Words before an amount that add it to an earlier one and leave it as it is ("encore 2 000 postes").
INCREMENT_WORDS = ("encore",)

#: Times of day ("hier soir", "ce matin").
TIMES_OF_DAY = ("matin", "apres-midi", "midi", "soir", "nuit")

#: Days named relative to the document's date → their shift in days ("hier").
DAY_SHIFTS = {"aujourd'hui": 0, "hier": -1, "demain": 1, "avant-hier": -2, "apres-demain": 2}

#: Ordinals → their number ("premier", "2e").
ORDINALS = {
    "premier": 1, "premiere": 1, "1er": 1, "1re": 1, "1ere": 1,
    "deuxieme": 2, "second": 2, "seconde": 2, "2e": 2, "2eme": 2,
    "troisieme": 3, "3e": 3, "3eme": 3,
    "quatrieme": 4, "4e": 4, "4eme": 4,
}

#: Words before a date → the qualifier they give it ("d'ici à", "depuis"), or None for none ("en", "le").
#: "dès" folds to "des", which is far more often the article: not listed.
DATE_QUALIFIERS: dict[str, str | None] = {
    "d'ici a la fin de": "by", "d'ici la fin de": "by", "d'ici a": "by", "d'ici": "by",
    "au plus tard en": "by", "au plus tard le": "by", "avant": "by",
    "depuis": "since", "a partir de": "from", "a compter de": "from",
    "jusqu'a": "until", "jusqu'en": "until", "jusqu'au": "until",
    "vers": "approximately", "aux alentours de": "approximately", "apres": "after",
    "au cours de": None, "au cours du": None, "au cours des": None, "pendant": None,
    "cours de": None, "cours du": None, "cours des": None,
    "durant": None, "en": None, "le": None, "la": None, "les": None, "l'": None,
    "ce": None, "cet": None, "cette": None, "ces": None, "au": None, "aux": None,
    "du": None, "des": None, "a": None, "dans": None, "sur": None,
}

#: Prepositions that introduce an argument → the qualifier they give its value ("d'ici à", "dès").
ROLE_QUALIFIERS = {
    "d'ici a": "by", "d'ici": "by", "avant": "by", "au plus tard": "by", "depuis": "since", "a partir de": "from",
    "des": "from", "jusqu'a": "until", "jusqu'en": "until", "vers": "approximately", "apres": "after",
}

#: Words of an amount's phrase that are no unit ("de", "les").
UNIT_STOP_WORDS = ("de", "d'", "du", "des", "le", "la", "les", "l'", "et", "ou", "a", "au", "aux", "en", "pour")

#: Where the counted noun stands in the words after a number: French puts it first
#: ("3 000 postes supprimés"), after the few adjectives that go before a noun.
UNIT_HEAD = "first"

#: Words that end the counted noun phrase after a number (English needs them; French takes the first noun).
UNIT_PHRASE_ENDS: tuple[str, ...] = ()

#: Adjectives that come before the counted noun ("3 nouvelles usines").
PRENOMINAL_ADJECTIVES = ("nouveau", "nouvel", "nouvelle", "nouveaux", "nouvelles", "autres", "grands", "grandes",
                         "petits", "petites", "premiers", "premieres", "derniers", "dernieres", "anciens",
                         "anciennes", "jeunes", "gros", "grosses", "principaux", "principales")


# The words of dates in a text and in a page's head (kg.normalize.dates).

#: Demonstratives that make a time of day the document's day ("ce matin").
DEMONSTRATIVES = ("ce", "cet", "cette")

#: Labels of a page's head that date an update, not the first publication ("Mis à jour le ...").
UPDATE_LABELS = ("mis a jour", "mise a jour", "modifie", "actualise")

#: Lower-case particles of a dateline's city ("Boulogne-sur-Mer", "Rio de Janeiro"): those of
#: towns of any country, which texts of either language write.
CITY_PARTICLES = ("de", "du", "des", "la", "le", "les", "sur", "en", "del", "di", "da", "do", "am")
