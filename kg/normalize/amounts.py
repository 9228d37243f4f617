"""Amounts: money with its ISO 4217 currency, percents and counts, single or as a range.

"28 milliards de dollars" is 28,000,000,000 USD; "$200 million to $250
million" a range whose amount is its lower bound; "€3.2 million ($3.5
million)" two amounts; "25-million-euro" one; "quatre blessés" a count.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import cache

from kg.normalize.numbers import (
    _NUM,
    _clean,
    _fold_mapped,
    _num,
    _number_words,
    _parse_number,
    _scale_factor,
    _scale_pattern,
    _scale_words,
    _word_number,
)
from kg.normalize.words import (
    _APPROX_NUMBERS,
    _CURRENCY_SYMBOLS,
    _CURRENCY_WORDS,
    _ISO_CODES,
    _LEADING_AMOUNT_QUALIFIER,
    _MONTHS,
    _SCALES_COMMON,
    _may_be_value,
    _split_qualifier,
    unit_of,
)
from kg.types import (
    Value,
)


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


def _read_percent(text: str, folded: str, lang: str) -> Value | None:
    """Read "12,5 %", "12.5 percent", "douze pour cent"."""
    qualifier, rest = _split_qualifier(folded)
    match = re.fullmatch(r"(?P<sign>[+\-−–])?\s*" + _NUM + r"\s*(?:%|pour ?cent|pourcents?|percent|per cent|pct)", rest)
    if not match:
        return None
    amount = _parse_number(match["num"], lang)
    if amount is None:
        return None
    if match["sign"] and match["sign"] != "+":
        amount = -amount
    return Value(kind="percent", text=text, amount=amount, unit="%", qualifier=qualifier)


@cache
def _currency_words() -> str:
    """Currency words, symbols and codes, longest first, as one alternation."""
    words = sorted(_CURRENCY_WORDS, key=len, reverse=True)
    symbols = sorted(_CURRENCY_SYMBOLS, key=len, reverse=True)
    codes = [c.lower() for c in _ISO_CODES]
    return "|".join([re.escape(w) for w in words] + [re.escape(s) for s in symbols] + codes)


@cache
def _currency_pattern() -> str:
    return "(?P<cur>" + _currency_words() + ")"


@cache
def _amount_words(lang: str) -> str:
    """An approximate number ("une dizaine") or a number written out."""
    approx = "|".join(re.escape(k) for k in sorted(_APPROX_NUMBERS, key=len, reverse=True))
    return "(?:" + approx + ")(?![a-z])|" + _number_words(lang)


@cache
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
            r"(?P<word>"
            + _amount_words(lang)
            + r")(?:[\s-]+(?:de )?"
            + scale
            + r")?[\s-]*(?:(?:de|d')\s*)?"
            + cur
            + end
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


@cache
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
        r"(?:(?P<open>entre|between|de|from)\s+)?"
        + side("l")
        + r"(?:\s*[-–—]\s*|\s+(?P<join>a|to|et|and)\s+)"
        + side("r")
        + end
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
    return Value(
        kind="money", text=text, amount=low, unit=right_code or left_code, qualifier=qualifier, low=low, high=high
    )


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
    surface = text[origins[begin] : origins[end - 1] + 1]
    return _read_range(surface, span, lang) or _read_money(surface, span, lang)


#: Where an amount may begin: a word or sign not inside a number or a word.
_WORD_START = re.compile(r"(?<![\w$€£¥.,'-])(?=[\w$€£¥])")


def _read_embedded_money(text: str, folded: str, lang: str) -> Value | None:
    """Read the amount inside a noun phrase: "un investissement de 28 M$", "a $40-million contract"."""
    for match in _EMBEDDED_AMOUNT.finditer(folded):
        rest = folded[match.end() :]
        value = _read_range(text, rest, lang, whole=False) or _read_money(text, rest, lang, whole=False)
        if value is not None:
            return value
    return None


#: Where an amount may start inside a noun phrase: after a preposition or an
#: article, or at "entre"/"between", which opens a range.
_EMBEDDED_AMOUNT = re.compile(r"\b(?:de|des|du|of|a|an|un|une)\b\s*|\bd'\s*|(?=\b(?:entre|between)\b)")


@cache
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
    if match["unit"] and match["unit"][0] in ",;:.":
        return None  # "1963, avec Frank Sinatra": punctuation, not a unit, follows the number
    unit = unit_of(match["unit"] or "", lang)
    if unit is not None and (unit in _MONTHS or unit in _SCALES_COMMON or not unit[0].isalpha()):
        return None
    if unit is None and match["scale"] is None and match["num"] and re.fullmatch(r"\d{4}", match["num"]):
        return None  # a bare four-digit number is a year, read elsewhere
    if unit is None and match["scale"] is None:
        return Value(kind="quantity", text=text, amount=_clean(number), qualifier=qualifier)
    return Value(kind="quantity", text=text, amount=_clean(number * factor), unit=unit, qualifier=qualifier)


def _currency_code(raw: str) -> str | None:
    """ISO 4217 code of a currency word, symbol or code."""
    raw = raw.strip()
    return (
        _CURRENCY_WORDS.get(raw) or _CURRENCY_SYMBOLS.get(raw) or (raw.upper() if raw.upper() in _ISO_CODES else None)
    )
