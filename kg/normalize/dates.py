"""Dates and periods: calendar dates at the precision the text gives, relative dates against a reference date.

"20 mars 2020", "March 2020", "2019", "Q4 2019", "d'ici à 2023"; "hier",
"last Tuesday", "la semaine dernière" against the document's date, or the
date its dateline gives ("PARIS, 3 mars (Reuters) -"); ISO dates written as
XSD literals.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date, timedelta

from kg.lang import either
from kg.normalize.words import (
    _DATE_QUALIFIERS,
    _DAY_SHIFTS,
    _LEADING_DATE_QUALIFIER,
    _MONTHS,
    _ORDINALS,
    _TIMES_OF_DAY,
    _WEEKDAYS,
    _WORD_NUMBERS,
)
from kg.types import (
    Value,
)

#: How far into a text its dateline or header may be.
_HEAD_CHARS, _HEAD_LINES, _LINE_CHARS = 1500, 8, 300


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


def shift_years(day: date, years: int) -> date:
    """``day`` moved by ``years`` years; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _read_temporal(text: str, folded: str, anchor: date | None) -> tuple[Value | None, str | None]:
    """Read a date, a year, a quarter or half, or a relative period."""
    qualifier, rest = None, folded
    stripped: list[str] = []
    # Strip leading prepositions and determiners; the first meaningful one
    # gives the qualifier ("d'ici à 2023" → by).
    while match := _LEADING_DATE_QUALIFIER.match(rest):
        meaning = _DATE_QUALIFIERS[match[1]]
        if meaning and qualifier is None:
            qualifier = meaning
        stripped.append(match[1])
        rest = rest[match.end() :].lstrip()
    rest = rest.strip(" ,")
    deictic = _read_deictic(text, rest, stripped, anchor, qualifier)
    if deictic is not None:
        return deictic
    for weekday in _WEEKDAYS:
        if rest.startswith(weekday + " "):
            rest = rest[len(weekday) + 1 :].lstrip(" ,")
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
        part = {
            "debut": "early",
            "beginning of": "early",
            "the beginning of": "early",
            "early": "early",
            "fin": "late",
            "late": "late",
            "end of": "late",
            "the end of": "late",
            "mi": "mid",
            "mid": "mid",
            "courant": "during",
        }[m[1]]
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
        letter, number, year_text = (m[1], m[2], m[3]) if m[1] else (m[5], m[6], m[4])
        if letter in "qt":
            return found("period", f"{year_text}-Q{number}")
        if letter in "hs" and number in "12":
            return found("period", f"{year_text}-H{number}")
    # this year, last year, next year
    relative_years = {
        "cette annee": 0,
        "this year": 0,
        "l'an dernier": -1,
        "l'annee derniere": -1,
        "an dernier": -1,
        "annee derniere": -1,
        "last year": -1,
        "l'an passe": -1,
        "an passe": -1,
        "l'annee passee": -1,
        "annee passee": -1,
        "l'an prochain": 1,
        "l'annee prochaine": 1,
        "an prochain": 1,
        "annee prochaine": 1,
        "next year": 1,
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
        if month and rest[m.end() :].strip().split(" ")[0] in (
            "a",
            "au",
            "at",
            "in",
            "en",
            "dans",
            "pres",
            "near",
            "pour",
            ",",
        ):
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


#: Demonstratives that make a time of day the document's day ("ce matin", "this afternoon").
_DEMONSTRATIVES = either("DEMONSTRATIVES")


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
        step = (
            -1 if word.startswith(("last", "dernier", "passe")) else 1 if word.startswith(("next", "prochain")) else 0
        )
        if m["unit"] in ("week", "semaine"):
            monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=step)
            return Value(
                kind="period",
                text=text,
                date=f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}",
                qualifier=qualifier,
            ), None
        months = anchor.year * 12 + anchor.month - 1 + step
        return Value(
            kind="date", text=text, date=f"{months // 12:04d}-{months % 12 + 1:02d}", qualifier=qualifier
        ), None
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


#: Labels of :data:`_HEADER_DATE` that date an update, not the first publication.
_UPDATE_LABELS = either("UPDATE_LABELS")


# A city (words in capitals, or capitalized), maybe a region ("Calif."), a
# comma, a date, then an agency in brackets, a /wire/ or a dash.
_DATELINE = re.compile(
    r"(?P<city>[^\W\d_][\w'.-]*(?: [^\W\d_][\w'.-]*){0,3})(?:, ?[A-Z][\w.]{1,15})?, ?"
    + _DATE_BODY
    + r" ?(?:\([^()\n]{1,40}\) ?[-–—:]?|/[^/\n]{1,40}/|[-–—])",
    re.IGNORECASE,
)


#: Lower-case words a dateline's city may hold ("Boulogne-sur-Mer", "Frankfurt am Main").
_CITY_PARTICLES = either("CITY_PARTICLES")


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
        month_first = (lang == "en" and first <= 12) or second > 12
        month, day = (first, second) if month_first else (second, first)
        return int(match["ny"]), month, day
    name = (match["m1"] or match["m2"] or "").casefold()
    named_month = _MONTHS.get(name)
    if named_month is None:
        return None
    raw_day = (match["d1"] or match["d2"]).casefold()
    year = match["y1"] or match["y2"]
    return (int(year) if year else None), named_month, 1 if raw_day == "1er" else int(raw_day)


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
    letter = (
        "Y"
        if unit.startswith(("an", "year"))
        else "M"
        if unit.startswith(("mois", "month"))
        else ("W" if unit.startswith(("semaine", "week")) else "D")
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
    return Value(
        kind="period", text=text, date=f"{start.isoformat()}/{end.isoformat()}", qualifier=qualifier or direction
    ), None


def _parse_iso_date(raw: str) -> date | None:
    """The date part of an ISO 8601 date or date-time, if it is one."""
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", raw.strip())
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


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
