"""The words of values, in French and English: currencies, scales, numbers in words, qualifiers, times of day.

"milliards", "bn", "€", "quatre", "environ", "d'ici à", "hier soir"; a
qualifier before a value ("plus de", "up to", "depuis") is read off it and
kept. The words are those of :mod:`kg.lang` (``fr.py``, ``en.py``), written
folded there as they are compared here; currency symbols and ISO codes are
no words of a language and stay here. Tables list French entries first, as
the weekdays do; their order decides only which of two words of one length
comes first in the longest-first alternations built from them.
"""
from __future__ import annotations

import re

from kg.lang import either, en, fr, merged, month_numbers, per_language
from kg.text import fold_within


def qualifier_for_role(role: str) -> str | None:
    """The qualifier a preposition gives a value ("d'ici à" → ``by``), if any."""
    return _ROLE_QUALIFIERS.get(fold_within(role).strip())


#: Words of scale read in a text of any language.
_SCALES_COMMON: dict[str, int] = merged("SCALES", order=("fr", "en"))


# "billion" is 10^9 in English and 10^12 in French.
_SCALES_LANG: dict[str, dict[str, int]] = per_language("LANGUAGE_SCALES")


_CURRENCY_WORDS: dict[str, str] = merged("CURRENCY_WORDS", order=("fr", "en"))


_CURRENCY_SYMBOLS: dict[str, str] = {
    "us$": "USD", "$us": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY",
    "rmb": "CNY", "c$": "CAD", "a$": "AUD", "hk$": "HKD", "chf": "CHF", "fcfa": "XOF",
}


_ISO_CODES = (
    "USD EUR CNY JPY GBP CHF CAD AUD HKD SGD INR KRW RUB BRL SEK NOK DKK MXN ZAR "
    "TRY PLN XOF XAF MAD TND DZD NZD TWD THB IDR MYR PHP VND AED SAR ILS EGP NGN"
).split()


_WORD_NUMBERS: dict[str, int] = merged("NUMBER_WORDS", order=("fr", "en"))


#: Words that multiply the number before them in a number written out
#: ("trois cents", "deux mille", "two dozen"). "cent" is French only: "five
#: cents" is money in English.
_HUNDREDS = either("HUNDRED_WORDS")


_THOUSANDS = either("THOUSAND_WORDS")


_APPROX_NUMBERS: dict[str, int] = merged("APPROXIMATE_NUMBERS", order=("fr", "en"))


_AMOUNT_QUALIFIERS: dict[str, str] = merged("AMOUNT_QUALIFIERS", order=("fr", "en"))


_VAGUE_WORDS = either("VAGUE_WORDS")


#: Month names and abbreviations of every language → number (:mod:`kg.lang`).
_MONTHS = month_numbers()


#: The days of the week in French, then in English, each from Monday.
_WEEKDAYS = [*fr.DAY_NAMES, *en.DAY_NAMES]


#: Words that may follow a day ("hier soir", "Tuesday morning"), or stand for
#: today after "ce"/"this" ("ce matin", "this afternoon").
_TIMES_OF_DAY = (*fr.TIMES_OF_DAY, *en.TIMES_OF_DAY)


#: Days named relative to the document's date (English first: "last night"
#: comes before "avant-hier" in the alternation of :mod:`kg.normalize.dates`).
_DAY_SHIFTS: dict[str, int] = merged("DAY_SHIFTS")


_ORDINALS: dict[str, int] = merged("ORDINALS", order=("fr", "en"))


#: Leading words that give a date its qualifier (folded, longest first).
_DATE_QUALIFIERS: dict[str, str | None] = merged("DATE_QUALIFIERS", order=("fr", "en"))


#: Prepositions an argument is introduced by → the qualifier they give a value.
_ROLE_QUALIFIERS: dict[str, str] = merged("ROLE_QUALIFIERS", order=("fr", "en"))


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


_UNIT_STOP = either("UNIT_STOP_WORDS")


def unit_of(phrase: str, lang: str) -> str | None:
    """The noun a count counts, in the words after its number ("corporate jobs — many" → "jobs").

    English puts adjectives before the noun, so the last word before a
    preposition or punctuation counts; French puts the noun first, after the
    few adjectives that go before it ("3 nouvelles usines").
    """
    words: list[str] = []
    for word in phrase.split():
        bare = word.strip(",;:.!?()[]\"«»“”")
        if not bare or bare in _UNIT_STOP or bare in _UNIT_PHRASE_ENDS.get(lang, ()) or not bare[0].isalpha():
            if words or not bare or not bare[0].isalpha():
                break
            continue
        words.append(bare)
        if bare != word.rstrip(".") or (_UNIT_HEAD.get(lang) == "first" and bare not in _PRENOMINAL.get(lang, ())):
            break  # punctuation ends the phrase; French stops at its first noun
    if not words:
        return None
    return words[-1]


_UNIT_HEAD: dict[str, str] = per_language("UNIT_HEAD")
_UNIT_PHRASE_ENDS: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in per_language("UNIT_PHRASE_ENDS").items()}
_PRENOMINAL: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in per_language("PRENOMINAL_ADJECTIVES").items()}


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
    """Strip a leading determiner, increment ("an additional") and amount qualifier ("quelque", "about")."""
    folded = _LEADING_INCREMENT.sub("", _LEADING_ARTICLE.sub("", folded))
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


#: "an additional 9,000 jobs", "encore 2 000 postes": the count is 9,000, whatever came before.
_LEADING_INCREMENT = re.compile(
    "^(?:" + "|".join(re.escape(w) for w in sorted(either("INCREMENT_WORDS"), key=len, reverse=True)) + r") (?=\w)"
)


_LEADING_DATE_QUALIFIER = _leading_words(_DATE_QUALIFIERS)
