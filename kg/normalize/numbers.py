"""Numbers as written: "1,3" and "1.3", "1 000" and "1,000,000", "quatre", "twenty-five", with their scale ("28 milliards", "$3.5bn")."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache

from kg.normalize.words import (
    _APPROX_NUMBERS,
    _CURRENCY_WORDS,
    _HUNDREDS,
    _SCALES_COMMON,
    _SCALES_LANG,
    _THOUSANDS,
    _VAGUE_WORDS,
    _WORD_NUMBERS,
)
from kg.text import fold_within


def _num(name: str) -> str:
    """A number in digits, with thousands grouping and decimals, as group ``name``."""
    # At most eight groups of thousands (10^24): a longer run is not one number,
    # and an unbounded one would make scanning a long text quadratic.
    return rf"(?P<{name}>\d{{1,3}}(?:[ \u00a0\u202f.,]\d{{3}}){{1,8}}(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"


_NUM = _num("num")


@cache
def _scale_words(lang: str) -> str:
    """Scale words of ``lang`` as one alternation, each a word of its own."""
    names = sorted({**_SCALES_COMMON, **_SCALES_LANG.get(lang, _SCALES_LANG["en"])}, key=len, reverse=True)
    # A scale is a word of its own: "2 grands groupes" is not 2 G + "rands".
    return "(?:" + "|".join(re.escape(n) for n in names) + ")(?![a-z])"


@cache
def _scale_pattern(lang: str) -> str:
    return "(?P<scale>" + _scale_words(lang) + ")"


@cache
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
    """ "trois" → 3; "vingt et un" → 21; "une centaine" → 100 (approximate)."""
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
