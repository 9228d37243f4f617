"""Normalize the values facts talk about: money, percents, counts, dates, periods.

:func:`normalize_value` reads the surface text of one argument ("quelque 28
milliards de dollars", "$28B", "ce lundi 20 mars 2020", "au quatrième
trimestre 2019", "ces trois prochaines années") and returns a
:class:`~kg.types.Value` with a machine-readable amount, currency, date or
period, or ``None`` when the text is not a value. :func:`read_value` does the
same and also says why a text that looks like a value could not be read
("quelques milliards", "30 février 2020"), so the caller can warn.

Only the whole text is read: a year inside a noun phrase ("l'édition 2019 de
Viva Tech") is not a date. :func:`read_amounts` is the exception: it gives
every money amount of a text ("€3.2 million ($3.5 million)" has two).
:func:`dateline_date` reads the date at the top of a document ("PARIS, 3 mars
2021 (AFP) -", "Mis à jour le 12/03/2021"). Pure Python; imports nothing but
``kg.types``.
"""
from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from kg.lang import en, fr, month_numbers
from kg.text import fold, fold_within
from kg.types import (
    Document,
    Value,
)

__all__ = ["normalize_value", "read_value", "read_amounts", "dateline_date", "qualifier_for_role", "shift_years"]


def normalize_value(text: str, lang: str, *, doc_date: str | None = None) -> Value | None:
    """Read a money amount, percent, count, date or period from ``text``.

    Args:
        text: Surface text of an argument, as in the document.
        lang: Language of the document (``fr`` or ``en``); decides decimal
            separators and what "billion" means.
        doc_date: The document's date (ISO 8601), the anchor of relative
            expressions ("ces trois prochaines années", "last year").

    Returns:
        The value, or ``None`` when the text is not one (or does not parse).
    """
    return read_value(text, lang, doc_date=doc_date)[0]


def read_value(text: str, lang: str, *, doc_date: str | None = None) -> tuple[Value | None, str | None]:
    """Read a value from ``text`` and say why not when it looks like one.

    Args:
        text: Surface text of an argument.
        lang: Language of the document.
        doc_date: The document's date (ISO 8601), if known.

    Returns:
        ``(value, None)`` when it parses; ``(None, reason)`` when the text
        looks like a value but cannot be read (vague amount, impossible date,
        relative date without a document date); ``(None, None)`` otherwise.
        Never raises.
    """
    try:
        return _read(text, lang, doc_date)
    except (ValueError, InvalidOperation, OverflowError) as exc:  # pragma: no cover - defensive
        return None, f"cannot read {text!r} as a value: {exc}"


def read_amounts(text: str, lang: str) -> list[Value]:
    """Every money amount in ``text``, in text order.

    :func:`read_value` reads one value, the first: "€3.2 million ($3.5
    million)" is 3.2 million euros. This reads them all, so the converted
    amount in brackets is not lost. A range is one amount ("$200 million to
    $250 million"); a qualifier just before an amount is kept ("environ 30
    millions de dollars"). Each value's ``text`` is its own span of ``text``.

    Args:
        text: Any text: an argument, a sentence, a document.
        lang: Language of the text (``fr`` or ``en``).

    Returns:
        The amounts, possibly none. Never raises.
    """
    try:
        return _read_amounts(text, lang)
    except (ValueError, InvalidOperation, OverflowError):  # pragma: no cover - defensive
        return []


def dateline_date(text: str, lang: str) -> str | None:
    """The date a text's dateline or header gives, as an ISO date (``2021-03-03``).

    Reads the first lines of ``text`` only: a dateline ("PARIS, 3 mars 2021
    (AFP) -", "BERLIN, March 3, 2021 (Reuters) -", "Paris, le 3 mars 2021
    –") or a header line ("Publié le 03/03/2021 à 10h12", "Mis à jour le
    12/03/2021", "Updated: March 3, 2021"). A dateline without a year
    ("PARIS, 3 mars (Reuters) -") takes it from such a header, the year
    before when the day would fall more than a month after the header's.
    Of two headers, the publication date wins over the update. Numeric
    dates are day first in French, month first in English unless the first
    number cannot be a month.

    Args:
        text: A document's text, from its start.
        lang: Language of the text (``fr`` or ``en``).

    Returns:
        The ISO date, or ``None`` when the top of the text gives none with a
        year (or gives an impossible one). Never raises.
    """
    try:
        return _dateline_date(text, lang)
    except (ValueError, OverflowError):  # pragma: no cover - defensive
        return None


def qualifier_for_role(role: str) -> str | None:
    """The qualifier a preposition gives a value ("d'ici à" → ``by``), if any."""
    return _ROLE_QUALIFIERS.get(fold_within(role).strip())


def shift_years(day: date, years: int) -> date:
    """``day`` moved by ``years`` years; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


# --------------------------------------------------------------------------
# Vocabulary. Keys are folded (lowercase, no accents, straight apostrophe).

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


# --------------------------------------------------------------------------
# Reading.

def _read(text: str, lang: str, doc_date: str | None) -> tuple[Value | None, str | None]:
    """Try each kind in turn; see :func:`read_value`."""
    folded = fold_within(text).strip(" \t\n.,;:!?()[]\"«»“”")
    if not folded or len(folded) > 120 or not _may_be_value(folded):
        return None, None
    return _read_folded(text, folded, lang, doc_date)


def _may_be_value(folded: str) -> bool:
    """Whether ``folded`` has what every reader below needs: a digit, a
    currency or percent sign, or a word of the value vocabulary.

    Most arguments are plain noun phrases; this lets them through in one
    regular-expression search instead of a dozen.
    """
    if _VALUE_SIGNS.search(folded):
        return True
    return any(word in _VALUE_WORDS or word.startswith(("dernie", "prochain")) for word in _LETTERS.findall(folded))


def _read_folded(text: str, folded: str, lang: str, doc_date: str | None) -> tuple[Value | None, str | None]:
    """:func:`_read` once the text is folded and may be a value."""
    anchor = _parse_iso_date(doc_date) if doc_date else None

    for reader in (_read_percent, _read_money, _read_range):
        value = reader(text, folded, lang)
        if value is not None:
            return value, None
    temporal, reason = _read_temporal(text, folded, anchor)
    if temporal is not None or reason is not None:
        return temporal, reason
    value = _read_money(text, folded, lang, whole=False)  # "28 M$ dans son cloud"
    if value is not None:
        return value, None
    value = _read_quantity(text, folded, lang)
    if value is not None:
        return value, None
    value = _read_embedded_money(text, folded, lang)
    if value is not None:
        return value, None
    if _looks_numeric(folded, lang):
        return None, f"cannot read a value from {text!r}: the amount is vague or not a number"
    return None, None


def _num(name: str) -> str:
    """A number in digits, with thousands grouping and decimals, as group ``name``."""
    # At most eight groups of thousands (10^24): a longer run is not one number,
    # and an unbounded one would make scanning a long text quadratic.
    return rf"(?P<{name}>\d{{1,3}}(?:[ \u00a0\u202f.,]\d{{3}}){{1,8}}(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"


_NUM = _num("num")


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


def _read_percent(text: str, folded: str, lang: str) -> Value | None:
    """Read "12,5 %", "12.5 percent", "douze pour cent"."""
    qualifier, rest = _split_qualifier(folded)
    match = re.fullmatch(
        r"(?P<sign>[+\-−–])?\s*" + _NUM + r"\s*(?:%|pour ?cent|pourcents?|percent|per cent|pct)", rest
    )
    if not match:
        return None
    amount = _parse_number(match["num"], lang)
    if amount is None:
        return None
    if match["sign"] and match["sign"] != "+":
        amount = -amount
    return Value(kind="percent", text=text, amount=amount, unit="%", qualifier=qualifier)


@lru_cache(maxsize=None)
def _currency_words() -> str:
    """Currency words, symbols and codes, longest first, as one alternation."""
    words = sorted(_CURRENCY_WORDS, key=len, reverse=True)
    symbols = sorted(_CURRENCY_SYMBOLS, key=len, reverse=True)
    codes = [c.lower() for c in _ISO_CODES]
    return "|".join([re.escape(w) for w in words] + [re.escape(s) for s in symbols] + codes)


@lru_cache(maxsize=None)
def _currency_pattern() -> str:
    return "(?P<cur>" + _currency_words() + ")"


@lru_cache(maxsize=None)
def _scale_words(lang: str) -> str:
    """Scale words of ``lang`` as one alternation, each a word of its own."""
    names = sorted({**_SCALES_COMMON, **_SCALES_LANG.get(lang, _SCALES_LANG["en"])}, key=len, reverse=True)
    # A scale is a word of its own: "2 grands groupes" is not 2 G + "rands".
    return "(?:" + "|".join(re.escape(n) for n in names) + ")(?![a-z])"


@lru_cache(maxsize=None)
def _scale_pattern(lang: str) -> str:
    return "(?P<scale>" + _scale_words(lang) + ")"


@lru_cache(maxsize=None)
def _number_words(lang: str) -> str:
    """A number written out ("trois", "vingt et un", "deux cent mille", "two hundred and fifty").

    "a" and "an" are left out: alone they are articles, and "a dozen", "a
    hundred" are approximate numbers (:data:`_APPROX_NUMBERS`).
    """
    words = {w for w in _WORD_NUMBERS if w not in ("a", "an")} | _THOUSANDS | {"hundred"}
    words = words | {"cent", "cents"} if lang == "fr" else words - {"cent"}
    one = "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")(?![a-z'])"
    # Bounded: the longest numbers people write out take about twelve words,
    # and an unbounded run would make scanning a long text quadratic.
    return one + r"(?:(?:[ -]|[ -](?:et|and)[ -])" + one + "){0,15}"


@lru_cache(maxsize=None)
def _amount_words(lang: str) -> str:
    """An approximate number ("une dizaine") or a number written out."""
    approx = "|".join(re.escape(k) for k in sorted(_APPROX_NUMBERS, key=len, reverse=True))
    return "(?:" + approx + ")(?![a-z])|" + _number_words(lang)


@lru_cache(maxsize=None)
def _money_patterns(lang: str, whole: bool) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Amounts after a currency sign, before a currency, and in words (see :func:`_read_money`).

    Hyphens may join the parts, as in the adjectives "a $40-million
    contract", "a 25-million-euro deal".
    """
    cur, scale = _currency_pattern(), _scale_pattern(lang)
    # Whole: nothing may follow. Else the rest of a noun phrase may.
    end = r"\Z" if whole else r"(?=$|[\s),;:(])"
    return (
        re.compile(cur + r"\s?" + _NUM + r"(?:[\s-]?" + scale + r")?\.?" + end),
        re.compile(_NUM + r"(?:[\s-]?" + scale + r"\.?)?[\s-]*(?:(?:de|d')\s*)?" + cur + r"\.?" + end),
        re.compile(
            r"(?P<word>" + _amount_words(lang) + r")(?:[\s-]+(?:de )?" + scale + r")?[\s-]*(?:(?:de|d')\s*)?" + cur + end
        ),
    )


def _read_money(text: str, folded: str, lang: str, *, whole: bool = True) -> Value | None:
    """Read "28 milliards de dollars", "$28B", "€5m", "1,3 milliard d'euros".

    With ``whole=False`` the amount need only open ``folded`` (the rest of a
    noun phrase may follow).
    """
    qualifier, rest = _split_qualifier(folded)
    after_sign, before_currency, in_words = _money_patterns(lang, whole)
    prefix = after_sign.match(rest)
    suffix = before_currency.match(rest)
    words = None
    if not (prefix or suffix):
        # "une centaine de millions d'euros", "deux milliards de dollars"
        words = in_words.match(rest)
    match = prefix or suffix
    if match:
        number = _parse_number(match["num"], lang)
    elif words:
        number, approx = _word_number(words["word"], lang)
        if approx:
            qualifier = qualifier or "approximately"
        match = words
    else:
        return None
    if number is None:
        return None
    code = _currency_code(match["cur"])
    if code is None:
        return None
    factor = _scale_factor(match["scale"], lang, prefix is not None)
    return Value(kind="money", text=text, amount=_clean(number * factor), unit=code, qualifier=qualifier)


@lru_cache(maxsize=None)
def _range_pattern(lang: str, whole: bool) -> re.Pattern[str]:
    """Two amounts and what joins them (see :func:`_read_range`).

    Each side is a number in digits or words, with an optional scale and
    currency before or after it; groups are prefixed ``l`` and ``r``.
    """
    cur, scale, words = _currency_words(), _scale_words(lang), _amount_words(lang)

    def side(p: str) -> str:
        return (
            rf"(?:(?P<{p}cur>{cur})\s?)?(?:{_num(p + 'num')}|(?P<{p}word>{words}))"
            rf"(?:[\s-]?(?:de )?(?P<{p}scale>{scale})\.?)?(?:[\s-]*(?:(?:de|d')\s*)?(?P<{p}code>{cur})\.?)?"
        )

    end = r"\Z" if whole else r"(?=$|[\s),;:(])"
    return re.compile(
        r"(?:(?P<open>entre|between|de|from)\s+)?" + side("l")
        + r"(?:\s*[-–—]\s*|\s+(?P<join>a|to|et|and)\s+)" + side("r") + end
    )


def _read_range(text: str, folded: str, lang: str, *, whole: bool = True) -> Value | None:
    """Read a range of money: "$200 million to $250 million", "entre 200 et 250 millions d'euros".

    The value keeps both bounds (``low``, ``high``); its ``amount`` is the
    lower one. A bound without a scale takes the other's when that keeps
    it the lower ("200-250 millions": 200 millions; "between 900,000 and
    1.2 million": 900,000). "et"/"and" join a range only after
    "entre"/"between" ("vingt et un millions" is one amount); bounds in
    decreasing order ("from $250 million to $200 million") are a change,
    not a range, and are not read here.
    """
    if not _RANGE_JOIN.search(folded):
        return None  # most texts: no dash or joining word, no range
    qualifier, rest = _split_qualifier(folded)
    match = _range_pattern(lang, whole).match(rest)
    if not match:
        return None
    return _range_value(text, match, lang, qualifier)


_RANGE_JOIN = re.compile(r"[-–—]|\b(?:a|to|et|and)\b")


def _range_value(text: str, match: re.Match[str], lang: str, qualifier: str | None) -> Value | None:
    """The range value of a match of :func:`_range_pattern`, if it is one."""
    if match["join"] in ("et", "and") and match["open"] not in ("entre", "between"):
        return None
    left_code = _currency_code(match["lcur"] or match["lcode"] or "")
    right_code = _currency_code(match["rcur"] or match["rcode"] or "")
    if left_code and right_code and left_code != right_code:
        return None  # "€3 to $4": two currencies, no range
    if right_code is None and not (left_code and match["rscale"]):
        return None  # "$5 to 10 people": the second number is not money
    low, low_approx = _bound(match, "l", lang)
    high, high_approx = _bound(match, "r", lang)
    if low is None or high is None:
        return None
    high *= _scale_factor(match["rscale"], lang, match["rcur"] is not None)
    if match["lscale"]:
        low *= _scale_factor(match["lscale"], lang, match["lcur"] is not None)
    else:
        scaled = low * _scale_factor(match["rscale"], lang, match["rcur"] is not None)
        low = scaled if scaled <= high else low
    if not low < high:
        return None
    if low_approx or high_approx:
        qualifier = qualifier or "approximately"
    low, high = _clean(low), _clean(high)
    return Value(kind="money", text=text, amount=low, unit=right_code or left_code, qualifier=qualifier,
                 low=low, high=high)


def _bound(match: re.Match[str], side: str, lang: str) -> tuple[Decimal | None, bool]:
    """The number of one side of a range match, and whether it is approximate."""
    if match[side + "num"] is not None:
        return _parse_number(match[side + "num"], lang), False
    return _word_number(match[side + "word"], lang)


def _read_amounts(text: str, lang: str) -> list[Value]:
    """:func:`read_amounts`: try each word start once, and go on after each amount found."""
    folded, origins = _fold_mapped(text)
    if not _may_be_value(folded):
        return []
    ranges, (after_sign, before_currency, in_words) = _range_pattern(lang, False), _money_patterns(lang, False)
    amounts: list[Value] = []
    done = 0
    for start in _WORD_START.finditer(folded):
        begin = start.start()
        if begin < done:
            continue
        qualifier = _LEADING_AMOUNT_QUALIFIER.match(folded, begin)
        body = qualifier.end() + 1 if qualifier else begin
        for pattern in (ranges, after_sign, before_currency, in_words):
            match = pattern.match(folded, body)
            if match is None:
                continue
            end = match.end()
            if folded[end - 1] == "." and end - 1 > body:
                end -= 1  # the sentence's full stop, unless the amount needs it ("300 M€." still reads)
            value = _amount_at(text, folded, origins, begin, end, lang) or _amount_at(
                text, folded, origins, begin, match.end(), lang
            )
            if value is not None:  # a range match may be two amounts joined by "et": try the next pattern
                amounts.append(value)
                done = match.end()
                break
    return amounts


def _amount_at(text: str, folded: str, origins: list[int], begin: int, end: int, lang: str) -> Value | None:
    """The amount ``folded[begin:end]`` reads as, with its span of ``text`` as its text."""
    span = folded[begin:end]
    surface = text[origins[begin]:origins[end - 1] + 1]
    return _read_range(surface, span, lang) or _read_money(surface, span, lang)


#: Where an amount may begin: a word or sign not inside a number or a word.
_WORD_START = re.compile(r"(?<![\w$€£¥.,'-])(?=[\w$€£¥])")


def _read_embedded_money(text: str, folded: str, lang: str) -> Value | None:
    """Read the amount inside a noun phrase: "un investissement de 28 M$", "a $40-million contract"."""
    for match in _EMBEDDED_AMOUNT.finditer(folded):
        rest = folded[match.end():]
        value = _read_range(text, rest, lang, whole=False) or _read_money(text, rest, lang, whole=False)
        if value is not None:
            return value
    return None


#: Where an amount may start inside a noun phrase: after a preposition or an
#: article, or at "entre"/"between", which opens a range.
_EMBEDDED_AMOUNT = re.compile(r"\b(?:de|des|du|of|a|an|un|une)\b\s*|\bd'\s*|(?=\b(?:entre|between)\b)")


@lru_cache(maxsize=None)
def _quantity_pattern(lang: str) -> re.Pattern[str]:
    """A number or number word, a scale, and the unit counted (see :func:`_read_quantity`)."""
    return re.compile(
        r"(?:" + _NUM + r"|(?P<word>" + _amount_words(lang) + r"))"
        r"(?:\s?" + _scale_pattern(lang) + r")?\s*(?:(?:de|d'|of)\s*)?(?P<unit>[^\d\s][^\s]*(?:\s.*)?)?"
    )


def _read_quantity(text: str, folded: str, lang: str) -> Value | None:
    """Read a count: "63 pays", "2 millions d'utilisateurs", "trois usines"."""
    qualifier, rest = _split_qualifier(folded)
    match = _quantity_pattern(lang).fullmatch(rest)
    if not match:
        return None
    if match["num"] is not None:
        number = _parse_number(match["num"], lang)
        if number is None:
            return None
    else:
        number, approx = _word_number(match["word"], lang)
        if number is None or (number == 1 and not approx and not match["scale"]):
            return None  # "un défi", "one of them": an article or a pronoun, not a count
        if approx:
            qualifier = qualifier or "approximately"
    factor = _scale_factor(match["scale"], lang, False) if match["scale"] else 1
    unit_words = [w for w in (match["unit"] or "").split() if w not in _UNIT_STOP]
    unit = unit_words[0].strip(",;:.") if unit_words else None
    if unit == "":
        return None  # "1963, avec Frank Sinatra": punctuation, not a unit, follows the number
    if unit is not None and (unit in _MONTHS or unit in _SCALES_COMMON or not unit[0].isalpha()):
        return None
    if unit is None and match["scale"] is None and match["num"] and re.fullmatch(r"\d{4}", match["num"]):
        return None  # a bare four-digit number is a year, read elsewhere
    if unit is None and match["scale"] is None:
        return Value(kind="quantity", text=text, amount=_clean(number), qualifier=qualifier)
    return Value(kind="quantity", text=text, amount=_clean(number * factor), unit=unit, qualifier=qualifier)


def _read_temporal(text: str, folded: str, anchor: date | None) -> tuple[Value | None, str | None]:
    """Read a date, a year, a quarter or half, or a relative period."""
    qualifier, rest = None, folded
    stripped: list[str] = []
    # Strip leading prepositions and determiners; the first meaningful one
    # gives the qualifier ("d'ici à 2023" → by).
    while match := _LEADING_DATE_QUALIFIER.match(rest):
        found = _DATE_QUALIFIERS[match[1]]
        if found and qualifier is None:
            qualifier = found
        stripped.append(match[1])
        rest = rest[match.end():].lstrip()
    rest = rest.strip(" ,")
    deictic = _read_deictic(text, rest, stripped, anchor, qualifier)
    if deictic is not None:
        return deictic
    for weekday in _WEEKDAYS:
        if rest.startswith(weekday + " "):
            rest = rest[len(weekday) + 1:].lstrip(" ,")
            break

    def found(kind: str, iso: str) -> tuple[Value, None]:
        return Value(kind=kind, text=text, date=iso, qualifier=qualifier), None

    # ISO 8601
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", rest):
        return _checked_date(text, int(m[1]), int(m[2]), int(m[3]), qualifier)
    # 20 mars 2020, 1er avril 2021, 20 March 2020
    if m := re.fullmatch(r"(\d{1,2}|1er)\.? ([a-z]+)\.?,? (\d{4})", rest):
        month = _MONTHS.get(m[2])
        if month:
            day = 1 if m[1] == "1er" else int(m[1])
            return _checked_date(text, int(m[3]), month, day, qualifier)
    # March 20, 2020
    if m := re.fullmatch(r"([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})", rest):
        month = _MONTHS.get(m[1])
        if month:
            return _checked_date(text, int(m[3]), month, int(m[2]), qualifier)
    # 20/03/2020 (day first; month first only when the day cannot be a month)
    if m := re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", rest):
        first, second = int(m[1]), int(m[2])
        day, month = (first, second) if first > 12 or second <= 12 else (second, first)
        return _checked_date(text, int(m[3]), month, day, qualifier)
    # mars 2020
    if m := re.fullmatch(r"(?:(?:le )?mois (?:de |d'))?([a-z]+)\.? (\d{4})", rest):
        month = _MONTHS.get(m[1])
        if month:
            return found("date", f"{int(m[2]):04d}-{month:02d}")
    # 2023, l'an 2023, l'année 2023, fiscal 2023, FY2023
    if m := re.fullmatch(r"(?:(?:l')?an(?:nee)? |year |exercice |fiscal (?:year )?|fy ?)?(\d{4})", rest):
        year = int(m[1])
        if 1000 <= year <= 2999:
            return found("date", f"{year:04d}")
    # fin 2019, début 2021, mi-2020, late 2019, early 2021, mid-2020
    if m := re.fullmatch(
        r"(debut|fin|mi|courant|late|early|mid|end of|beginning of|the end of|the beginning of)[- ](?:de |d')?(?:l'annee )?(\d{4})",
        rest,
    ):
        part = {"debut": "early", "beginning of": "early", "the beginning of": "early", "early": "early",
                "fin": "late", "late": "late", "end of": "late", "the end of": "late",
                "mi": "mid", "mid": "mid", "courant": "during"}[m[1]]
        return Value(kind="date", text=text, date=m[2], qualifier=qualifier or part), None
    # 2020-2023, de 2020 à 2023, between 2020 and 2023
    if m := re.fullmatch(r"(?:de |entre |between |from )?(\d{4}) ?(?:-|–|a|au|et|and|to|through) ?(\d{4})", rest):
        first, last = int(m[1]), int(m[2])
        if 1000 <= first < last <= 2999:
            return found("period", f"{first:04d}-01-01/{last:04d}-12-31")
    # 3 mars, March 3, with the document's year
    if m := re.fullmatch(r"(\d{1,2}|1er) ([a-z]+)\.?|([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?", rest):
        month = _MONTHS.get(m[2] or m[3] or "")
        if month:
            if anchor is None:
                return None, f"cannot date {text!r}: it has no year and the document has no date"
            day = 1 if (m[1] or "") == "1er" else int(m[1] or m[4])
            return _checked_date(text, anchor.year, month, day, qualifier)
    # quarters and halves: quatrième trimestre 2019, Q4 2019, T4 2019, fourth quarter of 2019
    if m := re.fullmatch(r"(?:le |the )?([a-z0-9]+) (trimestre|quarter|semestre|half)(?: de| of)? (\d{4})", rest):
        ordinal = _ORDINALS.get(m[1])
        if ordinal:
            if m[2] in ("trimestre", "quarter") and ordinal <= 4:
                return found("period", f"{m[3]}-Q{ordinal}")
            if m[2] in ("semestre", "half") and ordinal <= 2:
                return found("period", f"{m[3]}-H{ordinal}")
    if m := re.fullmatch(r"([qths])([1-4])[ -]?(\d{4})|(\d{4})[ -]?([qths])([1-4])", rest):
        letter, number, year = (m[1], m[2], m[3]) if m[1] else (m[5], m[6], m[4])
        if letter in "qt":
            return found("period", f"{year}-Q{number}")
        if letter in "hs" and number in "12":
            return found("period", f"{year}-H{number}")
    # this year, last year, next year
    relative_years = {
        "cette annee": 0, "this year": 0, "l'an dernier": -1, "l'annee derniere": -1,
        "an dernier": -1, "annee derniere": -1, "last year": -1, "l'an passe": -1, "an passe": -1,
        "l'annee passee": -1, "annee passee": -1, "l'an prochain": 1,
        "l'annee prochaine": 1, "an prochain": 1, "annee prochaine": 1, "next year": 1,
    }
    key = folded if folded in relative_years else rest
    if key in relative_years:
        offset = relative_years[key]
        if anchor is None:
            return None, f"cannot date {text!r}: it is relative and the document has no date"
        return found("date", f"{anchor.year + offset:04d}")
    # the next / past N years (months)
    if m := re.fullmatch(
        r"(?:(?:les|des|ces|the) )?(?:(?P<n1>[a-z0-9]+) )?(?P<dir1>prochaine?s?|dernier?e?s?|next|past|last|coming)"
        r" (?:(?P<n2>[a-z0-9]+) )?(?P<unit>annees?|ans|mois|semaines?|jours?|years?|months?|weeks?|days?)"
        r"(?: (?P<dir2>a venir|prochaine?s?|dernier?e?s?|passee?s?|ecoulee?s?))?",
        rest,
    ):
        count_text = m["n1"] or m["n2"] or "1"
        count = int(count_text) if count_text.isdigit() else _WORD_NUMBERS.get(count_text)
        if count is not None:
            direction = m["dir2"] or m["dir1"]
            forward = direction.startswith(("prochain", "next", "coming", "a venir"))
            return _relative_period(text, count, m["unit"], forward, anchor, qualifier)
    # a range of days: "du 9 au 11 février 2007"
    if m := re.fullmatch(r"(?:du )?(\d{1,2}|1er) (?:au|-|to|–) (\d{1,2}) ([a-z]+)\.? (\d{4})", rest):
        month = _MONTHS.get(m[3])
        if month:
            first = 1 if m[1] == "1er" else int(m[1])
            start, reason = _checked_date(text, int(m[4]), month, first, qualifier)
            end, reason_end = _checked_date(text, int(m[4]), month, int(m[2]), qualifier)
            if start is None or end is None:
                return None, reason or reason_end
            return found("period", f"{start.date}/{end.date}")
    # a date opening a longer phrase: "le 17 novembre 1977 à Meulan"
    if m := re.match(r"(\d{1,2}|1er) ([a-z]+)\.? (\d{4})\b(?! ?[-–/])", rest):
        month = _MONTHS.get(m[2])
        if month and rest[m.end():].strip().split(" ")[0] in ("a", "au", "at", "in", "en", "dans", "pres", "near", "pour", ","):
            day = 1 if m[1] == "1er" else int(m[1])
            return _checked_date(text, int(m[3]), month, day, qualifier)
    return None, None


_WEEKDAY_INDEX = {name: index % 7 for index, name in enumerate(_WEEKDAYS)}
_DEICTIC_DAY = re.compile(
    r"(?P<day>" + "|".join(sorted(_DAY_SHIFTS, key=len, reverse=True)) + r")(?: (?:" + "|".join(_TIMES_OF_DAY) + r"))?"
)
_DEICTIC_WEEKDAY = re.compile(
    r"(?:(?P<before>last|next|past|coming) )?(?P<weekday>" + "|".join(_WEEKDAYS) + r")"
    r"(?: (?P<after>dernier|prochain|passe))?(?: (?:" + "|".join(_TIMES_OF_DAY) + r"))?"
)
_DEICTIC_UNIT = re.compile(
    r"(?:(?P<before>last|next) )?(?P<unit>week|month|semaine|mois)(?:-ci)?(?: (?P<after>derniere?|prochaine?|passee?))?"
)
_DEICTIC_PART = re.compile(
    r"(?P<side>earlier|later|plus tot|plus tard) (?:this |ce |cet |cette |dans l'|dans la |dans le |in the )"
    r"(?P<unit>week|month|year|semaine|mois|annee)(?:-ci)?"
)
_DEMONSTRATIVES = frozenset({"ce", "cet", "cette", "this"})


def _read_deictic(
    text: str, rest: str, stripped: list[str], anchor: date | None, qualifier: str | None
) -> tuple[Value | None, str | None] | None:
    """Read a day, week or month named from the document's date; ``None`` if ``rest`` names none.

    "hier", "yesterday", "ce matin" are days. "lundi dernier", "last
    Monday" are the nearest such day before the document's date, "lundi
    prochain", "next Monday" the nearest after. "ce jeudi", "this Thursday"
    are the one in the document's week (Monday to Sunday). A bare weekday
    ("mardi", "on Tuesday") is the most recent one on or before the
    document's date: news mostly reports what has happened, and the text
    does not say which is meant, so a weekday still to come in the
    document's week is read a week early. "la semaine dernière", "next
    week" are calendar weeks, Monday to Sunday, and "le mois prochain",
    "last month" calendar months; "the past week" (with "the") is the seven
    days before, read with the other spans of time. "earlier this month" is
    the start of the month to the document's date, "later this year" the
    document's date to the end of the year.
    """
    demonstrative = bool(_DEMONSTRATIVES.intersection(stripped))
    if demonstrative and rest in _TIMES_OF_DAY:  # "ce matin", "this afternoon"
        shift = 0
    elif m := _DEICTIC_DAY.fullmatch(rest):
        shift = _DAY_SHIFTS[m["day"]]
    elif m := _DEICTIC_WEEKDAY.fullmatch(rest):
        if m["before"] and m["after"]:
            return None
        direction = m["before"] or m["after"] or ("this" if demonstrative else None)
        if anchor is None:
            return _undated(text)
        shift = _weekday_shift(anchor.weekday(), _WEEKDAY_INDEX[m["weekday"]], direction)
    elif (m := _DEICTIC_UNIT.fullmatch(rest)) and not (m["before"] and m["after"]) and "the" not in stripped:
        word = m["before"] or m["after"] or ("this" if demonstrative or rest.endswith("-ci") else None)
        if word is None:
            return None  # "la semaine", "en semaine": no week in particular
        if anchor is None:
            return _undated(text)
        step = -1 if word.startswith(("last", "dernier", "passe")) else 1 if word.startswith(("next", "prochain")) else 0
        if m["unit"] in ("week", "semaine"):
            monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=step)
            return Value(kind="period", text=text, date=f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}",
                         qualifier=qualifier), None
        months = anchor.year * 12 + anchor.month - 1 + step
        return Value(kind="date", text=text, date=f"{months // 12:04d}-{months % 12 + 1:02d}", qualifier=qualifier), None
    elif m := _DEICTIC_PART.fullmatch(rest):
        if anchor is None:
            return _undated(text)
        unit = m["unit"]
        if unit in ("week", "semaine"):
            start = anchor - timedelta(days=anchor.weekday())
            end = start + timedelta(days=6)
        elif unit in ("month", "mois"):
            start = anchor.replace(day=1)
            end = anchor.replace(day=calendar.monthrange(anchor.year, anchor.month)[1])
        else:
            start, end = anchor.replace(month=1, day=1), anchor.replace(month=12, day=31)
        start, end = (start, anchor) if m["side"] in ("earlier", "plus tot") else (anchor, end)
        return Value(kind="period", text=text, date=f"{start.isoformat()}/{end.isoformat()}", qualifier=qualifier), None
    else:
        return None
    if anchor is None:
        return _undated(text)
    return Value(kind="date", text=text, date=(anchor + timedelta(days=shift)).isoformat(), qualifier=qualifier), None


def _weekday_shift(today: int, weekday: int, direction: str | None) -> int:
    """Days from the document's weekday ``today`` to the ``weekday`` meant (see :func:`_read_deictic`)."""
    if direction in ("last", "past", "dernier", "passe"):
        return -((today - weekday) % 7 or 7)
    if direction in ("next", "coming", "prochain"):
        return (weekday - today) % 7 or 7
    if direction == "this":
        return weekday - today
    return -((today - weekday) % 7)


def _undated(text: str) -> tuple[None, str]:
    """The reason a relative date cannot be read without the document's date."""
    return None, f"cannot date {text!r}: it is relative and the document has no date"


# --------------------------------------------------------------------------
# Datelines.

#: How far into a text its dateline or header may be.
_HEAD_CHARS, _HEAD_LINES, _LINE_CHARS = 1500, 8, 300

# A date as headers and datelines write it: "3 mars 2021", "1er mars",
# "March 3, 2021", "Mar. 3", "03/12/2021", "2021-03-03", maybe after a weekday.
_DATE_BODY = (
    r"(?:(?:" + "|".join(_WEEKDAYS) + r"),? )?(?:le )?"
    r"(?:(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
    r"|(?P<na>\d{1,2})[/.-](?P<nb>\d{1,2})[/.-](?P<ny>\d{4})"
    r"|(?P<d1>\d{1,2}|1er) (?P<m1>[a-z]+)\.?(?:,? (?P<y1>\d{4}))?"
    r"|(?P<m2>[a-z]+)\.? (?P<d2>\d{1,2})(?:st|nd|rd|th)?(?:,? (?P<y2>\d{4}))?)"
    r"(?!\d)"
)
_HEADER_DATE = re.compile(
    r"\b(?P<label>publie|mis a jour|mise a jour|modifie|actualise|first published|published|posted|"
    r"last updated|updated|date)\b(?: le| on)?\s*:?\s*(?:le |on )?" + _DATE_BODY
)
_UPDATE_LABELS = frozenset({"mis a jour", "mise a jour", "modifie", "actualise", "last updated", "updated"})
# A city (words in capitals, or capitalized), maybe a region ("Calif."), a
# comma, a date, then an agency in brackets, a /wire/ or a dash.
_DATELINE = re.compile(
    r"(?P<city>[^\W\d_][\w'.-]*(?: [^\W\d_][\w'.-]*){0,3})(?:, ?[A-Z][\w.]{1,15})?, ?" + _DATE_BODY
    + r" ?(?:\([^()\n]{1,40}\) ?[-–—:]?|/[^/\n]{1,40}/|[-–—])",
    re.IGNORECASE,
)
_CITY_PARTICLES = frozenset({"de", "du", "des", "la", "le", "les", "sur", "en", "del", "di", "da", "do", "am"})


def _dateline_date(text: str, lang: str) -> str | None:
    """:func:`dateline_date`: the first dateline and the headers of the first lines."""
    dateline: tuple[int | None, int, int] | None = None
    headers: list[tuple[bool, date]] = []  # (is an update, date)
    lines = [line.strip() for line in text[:_HEAD_CHARS].splitlines() if line.strip()][:_HEAD_LINES]
    for line in lines:
        plain = _unaccented(line[:_LINE_CHARS])
        if dateline is None and (match := _DATELINE.match(plain)) and _is_city(match["city"]):
            dateline = _date_parts(match, lang)
            if dateline is not None and dateline[0] is not None:
                day = _calendar_date(*dateline)
                return day.isoformat() if day else None
        for match in _HEADER_DATE.finditer(plain.casefold()):
            parts = _date_parts(match, lang)
            day = _calendar_date(*parts) if parts and parts[0] is not None else None
            if day is not None:
                headers.append((match["label"] in _UPDATE_LABELS, day))
    reference = min(headers, key=lambda header: header[0])[1] if headers else None  # first publication date
    if dateline is None or reference is None:
        return reference.isoformat() if reference else None
    _, month, day_of_month = dateline
    for year in (reference.year, reference.year - 1):
        day = _calendar_date(year, month, day_of_month)
        if day is not None and day <= reference + timedelta(days=31):
            return day.isoformat()
    return None


def _date_parts(match: re.Match[str], lang: str) -> tuple[int | None, int, int] | None:
    """``(year or None, month, day)`` of a match of :data:`_DATE_BODY`, or ``None``."""
    if match["iy"]:
        return int(match["iy"]), int(match["im"]), int(match["id"])
    if match["ny"]:
        first, second = int(match["na"]), int(match["nb"])
        month_first = lang == "en" and first <= 12 or second > 12
        month, day = (first, second) if month_first else (second, first)
        return int(match["ny"]), month, day
    name = (match["m1"] or match["m2"] or "").casefold()
    month = _MONTHS.get(name)
    if month is None:
        return None
    raw_day = (match["d1"] or match["d2"]).casefold()
    year = match["y1"] or match["y2"]
    return (int(year) if year else None), month, 1 if raw_day == "1er" else int(raw_day)


def _calendar_date(year: int | None, month: int, day: int) -> date | None:
    """The day, if the calendar has it."""
    if year is None or not 1 <= year <= 9999 or not 1 <= month <= 12:
        return None
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def _is_city(name: str) -> bool:
    """Whether a dateline's first words can be a place: capitalized words and particles."""
    return all(word[0].isupper() or word.casefold() in _CITY_PARTICLES for word in name.split())


def _unaccented(text: str) -> str:
    """:func:`kg.text.fold_within` without the lowercasing: case tells a dateline's city."""
    text = text.replace("’", "'").replace("‘", "'").replace("\u00a0", " ").replace("\u202f", " ")
    stripped = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", stripped)


def _checked_date(text: str, year: int, month: int, day: int, qualifier: str | None) -> tuple[Value | None, str | None]:
    """A date value, or a reason when the calendar has no such day."""
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None, f"cannot date {text!r}: {year:04d}-{month:02d}-{day:02d} does not exist"
    return Value(kind="date", text=text, date=f"{year:04d}-{month:02d}-{day:02d}", qualifier=qualifier), None


def _relative_period(
    text: str, count: int, unit: str, forward: bool, anchor: date | None, qualifier: str | None
) -> tuple[Value | None, str | None]:
    """A period of ``count`` units after (or before) the document's date."""
    letter = "Y" if unit.startswith(("an", "year")) else "M" if unit.startswith(("mois", "month")) else (
        "W" if unit.startswith(("semaine", "week")) else "D"
    )
    duration = f"P{count}{letter}"
    direction = "next" if forward else "past"
    if anchor is None:
        return (
            Value(kind="period", text=text, date=duration, qualifier=direction),
            f"period {text!r} is relative and the document has no date: kept as {direction} {duration}",
        )
    if letter == "Y":
        other = shift_years(anchor, count if forward else -count)
    elif letter == "M":
        months = anchor.month - 1 + (count if forward else -count)
        year, month = anchor.year + months // 12, months % 12 + 1
        other = anchor.replace(year=year, month=month, day=min(anchor.day, calendar.monthrange(year, month)[1]))
    else:
        days = count * (7 if letter == "W" else 1)
        other = anchor + timedelta(days=days if forward else -days)
    start, end = (anchor, other) if forward else (other, anchor)
    return Value(kind="period", text=text, date=f"{start.isoformat()}/{end.isoformat()}",
                 qualifier=qualifier or direction), None


# --------------------------------------------------------------------------
# Helpers.

@lru_cache(maxsize=65536)
def _fold_mapped(text: str) -> tuple[str, list[int]]:
    """:func:`kg.text.fold_within` of ``text``, and for each of its characters the offset in ``text`` it comes from."""
    chars: list[str] = []
    origins: list[int] = []
    for index, char in enumerate(text):
        for folded in _fold_char(char):
            if folded == " " and chars and chars[-1] == " ":
                continue
            chars.append(folded)
            origins.append(index)
    return "".join(chars), origins


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    """:func:`kg.text.fold_within` of one character (which may become none, or several)."""
    return fold_within(char)


def _parse_number(raw: str, lang: str) -> Decimal | None:
    """Parse "1,3" (fr), "1.3" (en), "1 000", "1,000,000", "1.000.000"."""
    raw = raw.replace("\u00a0", " ").replace("\u202f", " ")
    if " " in raw:
        raw = raw.replace(" ", "")
    groups = re.fullmatch(r"\d{1,3}(?:([.,])\d{3})+(?:([.,])\d+)?", raw)
    if groups and (groups[2] is None or groups[1] != groups[2]):
        # thousands grouping: "1,000,000" or "1.000.000", maybe with decimals
        separator = groups[1]
        if not (groups[2] is None and raw.count(separator) == 1 and _decimal_separator(lang) == separator):
            integer, _, decimals = raw.rpartition(groups[2]) if groups[2] else (raw, "", "")
            integer = integer.replace(separator, "")
            raw = f"{integer}.{decimals}" if decimals else integer
            return Decimal(raw)
    raw = raw.replace(",", ".")
    if raw.count(".") > 1:
        return None
    try:
        return Decimal(raw)
    except InvalidOperation:
        return None


def _decimal_separator(lang: str) -> str:
    """The decimal mark of ``lang``."""
    return "," if lang == "fr" else "."


def _word_number(phrase: str, lang: str) -> tuple[Decimal | None, bool]:
    """"trois" → 3; "vingt et un" → 21; "une centaine" → 100 (approximate)."""
    phrase = phrase.strip()
    if phrase in _APPROX_NUMBERS:
        return Decimal(_APPROX_NUMBERS[phrase]), True
    if phrase in _WORD_NUMBERS:
        return Decimal(_WORD_NUMBERS[phrase]), False
    number = _compound_number(phrase, lang)
    return (None if number is None else Decimal(number)), False


def _compound_number(phrase: str, lang: str) -> int | None:
    """The number a phrase of number words spells, or ``None`` if it spells none.

    "quatre-vingt-dix" → 90, "deux cent cinquante" → 250, "deux mille" →
    2000, "two hundred and fifty" → 250, "two dozen" → 24; "deux trois" → None.
    """
    tokens = [token for token in re.split(r"[ -]+", phrase) if token]
    thousands, group = 0, 0  # what the thousands add up to; the part below them
    last: int | None = None  # the last word added to ``group``, which decides what may follow
    joined = False  # the previous token was "et" / "and"
    for index, token in enumerate(tokens):
        if token in ("et", "and"):
            if joined or index in (0, len(tokens) - 1):
                return None
            joined = True
            continue
        joined = False
        if token in _THOUSANDS:
            if thousands or group >= 1000:
                return None
            thousands, group, last = (group or 1) * 1000, 0, None
        elif token in _HUNDREDS and (lang == "fr" or token == "hundred"):
            if group >= 100 or (token == "cents" and group < 2):
                return None  # "cents" needs a multiplier: "trois cents", not "cents"
            group, last = (group or 1) * 100, None
        elif token == "dozen" and group:
            if group >= 100 or last is None:
                return None
            group, last = group * 12, None
        else:
            value = _WORD_NUMBERS.get(token)
            if value is None or value >= 100 or token in ("a", "an"):
                return None
            if token in ("vingt", "vingts") and last == 4:
                group, last = group + 76, 80  # quatre-vingt(s): four twenties
            elif last is None or _may_follow(last, value):
                group, last = group + value, value
            else:
                return None
    total = thousands + group
    return total or None


def _may_follow(last: int, value: int) -> bool:
    """Whether number word ``value`` may follow ``last``: vingt-deux, soixante-dix, dix-sept."""
    return (
        (last >= 20 and last % 10 == 0 and value < 10)
        or (last in (60, 80) and 10 <= value < 20)
        or (last == 10 and 7 <= value <= 9)
    )


def _currency_code(raw: str) -> str | None:
    """ISO 4217 code of a currency word, symbol or code."""
    raw = raw.strip()
    return _CURRENCY_WORDS.get(raw) or _CURRENCY_SYMBOLS.get(raw) or (
        raw.upper() if raw.upper() in _ISO_CODES else None
    )


def _scale_factor(raw: str | None, lang: str, after_symbol: bool) -> int:
    """Multiplier of a scale word; "B" after a currency symbol is a billion."""
    if not raw:
        return 1
    table = {**_SCALES_COMMON, **_SCALES_LANG.get(lang, _SCALES_LANG["en"])}
    if after_symbol and raw == "billion":
        return 10**9  # "$28 billion" is English usage whatever the document
    return table.get(raw, 1)


def _clean(amount: Decimal) -> Decimal:
    """Drop a meaningless exponent or trailing zeros: 28E9 → 28000000000."""
    normalized = amount.normalize()
    if normalized == normalized.to_integral_value():
        return normalized.quantize(Decimal(1))
    return normalized


def _parse_iso_date(raw: str) -> date | None:
    """The date part of an ISO 8601 date or date-time, if it is one."""
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", raw.strip())
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _looks_numeric(folded: str, lang: str) -> bool:
    """Whether a text that did not parse talks about an amount."""
    words = set(re.findall(r"[a-z$€£¥%]+", folded))
    scales = set(_SCALES_COMMON) | set(_SCALES_LANG.get(lang, {}))
    has_scale = bool(words & (scales - {"m", "k", "b", "g", "md"}))
    has_currency = any(w in _CURRENCY_WORDS for w in words) or any(s in folded for s in "$€£¥")
    vague = bool(words & _VAGUE_WORDS)
    if len(folded.split()) > 8:
        return False  # a clause that mentions money, not an amount
    if has_scale:
        return vague or not re.search(r"\d", folded)
    return has_currency and vague


def reference_date(document: Document) -> tuple[str | None, str | None]:
    """The date relative expressions of a document count from, and a note when read in its text.

    The document's own date when it has one; otherwise a deictic date of its
    text ("ce lundi 20 mars 2020", "this Monday, March 20, 2020").
    """
    return _reference_date(document.date, document.text, document.lang)


def _reference_date(date: str | None, text: str, lang: str) -> tuple[str | None, str | None]:
    """The date relative expressions count from, and a note when inferred from the text."""
    if date:
        if read_value(date[:10], lang)[0] is None:
            return None, f"document date {date!r} is not a date (expected ISO 8601, like 2020-03-20)"
        return date, None
    # A deictic date ("ce lundi 20 mars 2020", "this Monday, March 20, 2020")
    # is the day the document was written.
    pattern = (
        r"\b(?:ce|cet|this|today,?|aujourd'hui,?)\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?"
        r"((?:\d{1,2}|1er)\s+[a-z]+\.?\s+\d{4}|[a-z]+\.?\s+\d{1,2},?\s+\d{4})"
    )
    match = re.search(pattern, fold(text))
    if not match:
        dateline = dateline_date(text, lang)
        if dateline:
            return dateline, f"document has no date; relative dates count from {dateline}, read in its dateline"
        return None, None
    value, _reason = read_value(match[1], lang)
    if value is None or value.kind != "date" or not value.date or len(value.date) != 10:
        return None, None
    return value.date, f"document has no date; relative dates count from {value.date}, read in the text ({match[0]!r})"


def date_parts(iso: str) -> tuple[str, str | None]:
    """An ISO date's lexical form and XSD datatype: ``date``, ``gYearMonth``, ``gYear``, or ``None`` for plain text."""
    iso = iso.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
        try:
            date.fromisoformat(iso)
            return iso, "date"
        except ValueError:
            return iso, None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?", iso):
        return iso[:10], "date"
    if re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", iso):
        return iso, "gYearMonth"
    if re.fullmatch(r"\d{4}", iso):
        return iso, "gYear"
    return iso, None
