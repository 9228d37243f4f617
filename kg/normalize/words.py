"""The words of values, in French and English: currencies, scales, numbers in words, qualifiers, times of day.

"milliards", "bn", "€", "quatre", "environ", "d'ici à", "hier soir"; a
qualifier before a value ("plus de", "up to", "depuis") is read off it and
kept. Month and weekday names are those of :mod:`kg.lang`.
"""
from __future__ import annotations

import re

from kg.lang import en, fr, month_numbers
from kg.text import fold_within


def qualifier_for_role(role: str) -> str | None:
    """The qualifier a preposition gives a value ("d'ici à" → ``by``), if any."""
    return _ROLE_QUALIFIERS.get(fold_within(role).strip())


_SCALES_COMMON: dict[str, int] = {
    "k": 10**3, "mille": 10**3, "millier": 10**3, "milliers": 10**3, "thousand": 10**3,
    "thousands": 10**3,
    "m": 10**6, "mn": 10**6, "mln": 10**6, "million": 10**6, "millions": 10**6, "mio": 10**6,
    "md": 10**9, "mds": 10**9, "mrd": 10**9, "mrds": 10**9, "milliard": 10**9, "milliards": 10**9,
    "bn": 10**9, "bln": 10**9, "b": 10**9, "g": 10**9,
    "trillion": 10**12, "trillions": 10**12, "tn": 10**12,
}


# "billion" is 10^9 in English and 10^12 in French.
_SCALES_LANG: dict[str, dict[str, int]] = {
    "en": {"billion": 10**9, "billions": 10**9},
    "fr": {"billion": 10**12, "billions": 10**12},
}


_CURRENCY_WORDS: dict[str, str] = {
    "dollars americains": "USD", "dollars us": "USD", "dollars des etats-unis": "USD",
    "us dollars": "USD", "u.s. dollars": "USD", "dollar americain": "USD",
    "dollars canadiens": "CAD", "canadian dollars": "CAD", "dollars australiens": "AUD",
    "australian dollars": "AUD", "dollars de hong kong": "HKD", "hong kong dollars": "HKD",
    "dollars singapouriens": "SGD", "singapore dollars": "SGD",
    "dollars": "USD", "dollar": "USD",
    "euros": "EUR", "euro": "EUR",
    "yuans": "CNY", "yuan": "CNY", "renminbi": "CNY", "yuan renminbi": "CNY",
    "yens": "JPY", "yen": "JPY",
    "livres sterling": "GBP", "livre sterling": "GBP",
    "pounds sterling": "GBP", "pounds": "GBP", "pound": "GBP", "sterling": "GBP",
    "francs suisses": "CHF", "franc suisse": "CHF", "swiss francs": "CHF",
    "roubles": "RUB", "rouble": "RUB", "rubles": "RUB", "ruble": "RUB",
    "roupies": "INR", "roupie": "INR", "rupees": "INR", "rupee": "INR",
    "wons": "KRW", "won": "KRW", "rands": "ZAR", "rand": "ZAR", "francs cfa": "XOF", "franc cfa": "XOF", "reals": "BRL", "real": "BRL", "reais": "BRL",
    "couronnes suedoises": "SEK", "swedish kronor": "SEK",
}


_CURRENCY_SYMBOLS: dict[str, str] = {
    "us$": "USD", "$us": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY",
    "rmb": "CNY", "c$": "CAD", "a$": "AUD", "hk$": "HKD", "chf": "CHF", "fcfa": "XOF",
}


_ISO_CODES = (
    "USD EUR CNY JPY GBP CHF CAD AUD HKD SGD INR KRW RUB BRL SEK NOK DKK MXN ZAR "
    "TRY PLN XOF XAF MAD TND DZD NZD TWD THB IDR MYR PHP VND AED SAR ILS EGP NGN"
).split()


_WORD_NUMBERS: dict[str, int] = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20,
    "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100,
    "treize": 13, "quatorze": 14, "seize": 16, "vingts": 20,
    "septante": 70, "octante": 80, "huitante": 80, "nonante": 90,
    "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "hundred": 100, "dozen": 12,
    "thirteen": 13, "fourteen": 14, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "seventy": 70, "eighty": 80, "ninety": 90,
}


#: Words that multiply the number before them in a number written out
#: ("trois cents", "deux mille", "two dozen"). "cent" is French only: "five
#: cents" is money in English.
_HUNDREDS = frozenset({"cent", "cents", "hundred"})


_THOUSANDS = frozenset({"mille", "thousand"})


_APPROX_NUMBERS: dict[str, int] = {
    "une dizaine": 10, "une douzaine": 12, "une quinzaine": 15, "une vingtaine": 20,
    "une trentaine": 30, "une quarantaine": 40, "une cinquantaine": 50, "une soixantaine": 60,
    "une centaine": 100, "un millier": 1000,
    "about ten": 10, "a dozen": 12, "a hundred": 100, "a thousand": 1000,
}


_AMOUNT_QUALIFIERS: dict[str, str] = {
    "quelque": "approximately", "environ": "approximately", "pres de": "approximately",
    "autour de": "approximately", "approximativement": "approximately", "a peu pres": "approximately",
    "about": "approximately", "around": "approximately", "roughly": "approximately",
    "some": "approximately", "approximately": "approximately", "nearly": "approximately",
    "almost": "approximately", "presque": "approximately", "quasiment": "approximately",
    "plus de": "more than", "au moins": "at least", "more than": "more than", "over": "more than",
    "at least": "at least", "moins de": "less than", "less than": "less than", "under": "less than",
    "jusqu'a": "up to", "up to": "up to", "as much as": "up to", "pas moins de": "at least",
}


_VAGUE_WORDS = frozenset(
    "quelques plusieurs nombreux nombreuses certains certaines several some many "
    "few dozens centaines hundreds".split()
)


#: Month names and abbreviations of every language → number (:mod:`kg.lang`).
_MONTHS = month_numbers()


#: The days of the week in French, then in English, each from Monday.
_WEEKDAYS = [*fr.DAY_NAMES, *en.DAY_NAMES]


#: Words that may follow a day ("hier soir", "Tuesday morning"), or stand for
#: today after "ce"/"this" ("ce matin", "this afternoon").
_TIMES_OF_DAY = ("matin", "apres-midi", "midi", "soir", "nuit", "morning", "afternoon", "evening", "night", "tonight")


#: Days named relative to the document's date.
_DAY_SHIFTS: dict[str, int] = {
    "aujourd'hui": 0, "today": 0, "tonight": 0, "hier": -1, "yesterday": -1, "last night": -1,
    "demain": 1, "tomorrow": 1, "avant-hier": -2, "the day before yesterday": -2,
    "day before yesterday": -2, "apres-demain": 2, "the day after tomorrow": 2, "day after tomorrow": 2,
}


_ORDINALS: dict[str, int] = {
    "premier": 1, "premiere": 1, "1er": 1, "1re": 1, "1ere": 1, "first": 1, "1st": 1,
    "deuxieme": 2, "second": 2, "seconde": 2, "2e": 2, "2eme": 2, "2nd": 2,
    "troisieme": 3, "third": 3, "3e": 3, "3eme": 3, "3rd": 3,
    "quatrieme": 4, "fourth": 4, "4e": 4, "4eme": 4, "4th": 4,
}


#: Leading words that give a date its qualifier (folded, longest first).
_DATE_QUALIFIERS: dict[str, str | None] = {
    "d'ici a la fin de": "by", "d'ici la fin de": "by", "d'ici a": "by", "d'ici": "by",
    "au plus tard en": "by", "au plus tard le": "by", "avant": "by", "by the end of": "by",
    "by": "by", "before": "by", "no later than": "by",
    "depuis": "since", "since": "since",
    # "dès" folds to "des", which is far more often the article: not listed.
    "a partir de": "from", "a compter de": "from", "from": "from",
    "starting": "from", "starting in": "from", "as of": "from",
    "jusqu'a": "until", "jusqu'en": "until", "jusqu'au": "until", "until": "until",
    "till": "until", "through": "until",
    "vers": "approximately", "aux alentours de": "approximately", "around": "approximately",
    "circa": "approximately", "apres": "after", "after": "after",
    "au cours de": None, "au cours du": None, "au cours des": None, "pendant": None,
    "cours de": None, "cours du": None, "cours des": None,
    "durant": None, "en": None, "le": None, "la": None, "les": None, "l'": None,
    "ce": None, "cet": None, "cette": None, "ces": None, "au": None, "aux": None,
    "du": None, "des": None, "a": None, "dans": None, "sur": None,
    "in": None, "on": None, "during": None, "over": None, "the": None, "this": None,
    "within": None, "of": None, "at": None, "for": None, "in the": None,
}


#: Prepositions an argument is introduced by → the qualifier they give a value.
_ROLE_QUALIFIERS: dict[str, str] = {
    "d'ici a": "by", "d'ici": "by", "avant": "by", "by": "by", "before": "by",
    "au plus tard": "by", "depuis": "since", "since": "since", "a partir de": "from",
    "des": "from", "from": "from", "jusqu'a": "until", "jusqu'en": "until", "until": "until",
    "vers": "approximately", "around": "approximately", "apres": "after", "after": "after",
}


def _value_words() -> frozenset[str]:
    """Words any value without a digit or sign must contain (see :func:`_may_be_value`).

    Scales and currencies (amounts in words: "deux milliards de dollars"),
    number words other than "one" (counts: "trois usines"; "un", "a" alone
    are never a count), approximate numbers ("une dizaine"), and the words
    of relative dates besides "dernier"/"prochain" ("cette année", "today",
    "mardi", "this week", "ce matin").
    Every month, quarter and ordinal pattern also needs a digit.
    """
    words: set[str] = set(_SCALES_COMMON)
    for table in _SCALES_LANG.values():
        words |= set(table)
    for phrase in (*_CURRENCY_WORDS, *_CURRENCY_SYMBOLS, *(code.lower() for code in _ISO_CODES)):
        words |= set(re.findall(r"[a-z]+", phrase))
    words |= {word for word, number in _WORD_NUMBERS.items() if number != 1}
    for phrase in _APPROX_NUMBERS:
        words |= {word for word in phrase.split() if _WORD_NUMBERS.get(word) != 1}
    words |= {"annee", "year", "next", "past", "last", "coming",
              "aujourd", "today", "hier", "yesterday", "demain", "tomorrow"}
    words |= set(_WEEKDAYS) | {"semaine", "week", "mois", "month"} | set(_TIMES_OF_DAY)
    return frozenset(words)


_VALUE_SIGNS = re.compile(r"[\d$€£¥%]")


_LETTERS = re.compile(r"[a-z]+")


_VALUE_WORDS = _value_words()


_UNIT_STOP = frozenset(
    "de d' du des le la les l' of the a an et and ou or a au aux en in pour for".split()
)


def _may_be_value(folded: str) -> bool:
    """Whether ``folded`` has what every reader below needs: a digit, a
    currency or percent sign, or a word of the value vocabulary.

    Most arguments are plain noun phrases; this lets them through in one
    regular-expression search instead of a dozen.
    """
    if _VALUE_SIGNS.search(folded):
        return True
    return any(word in _VALUE_WORDS or word.startswith(("dernie", "prochain")) for word in _LETTERS.findall(folded))


def _split_qualifier(folded: str) -> tuple[str | None, str]:
    """Strip a leading determiner and amount qualifier ("quelque", "about")."""
    folded = _LEADING_ARTICLE.sub("", folded)
    match = _LEADING_AMOUNT_QUALIFIER.match(folded)
    if match:
        return _AMOUNT_QUALIFIERS[match[1]], folded[match.end():].lstrip()
    return None, folded


def _leading_words(table: dict[str, str] | dict[str, str | None]) -> re.Pattern[str]:
    """A pattern matching a key of ``table`` that opens a text, longest key first.

    A key must be followed by a space, unless it ends with an apostrophe
    ("l'", "jusqu'"); the key is group 1.
    """
    keys = sorted(table, key=len, reverse=True)
    alternatives = (re.escape(k) if k.endswith("'") else re.escape(k) + "(?= )" for k in keys)
    return re.compile("(" + "|".join(alternatives) + ")")


_LEADING_ARTICLE = re.compile(r"^(?:les|des|le|la|l'|the|de|du|d')\s*(?=[\d$€£¥])")


_LEADING_AMOUNT_QUALIFIER = _leading_words(_AMOUNT_QUALIFIERS)


_LEADING_DATE_QUALIFIER = _leading_words(_DATE_QUALIFIERS)
