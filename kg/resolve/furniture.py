"""Page furniture: what a page carries that is no content of the article.

Navigation lines ("Réagir", "0 commentaire"), related-article links after
their marker ("SUR LE MÊME SUJET", "Lire aussi") and, inside content lines,
bylines, agency credits and datelines ("PARIS, 3 mars (Reuters) -"). The
resolver names no entity there and states no fact of their own. This is the
only place that decides it.
"""

from __future__ import annotations

import re

from kg.ie.lexicon import REVISION_NOTE
from kg.lang import either, words
from kg.text import fold

#: Page furniture: lines of navigation and comment boxes, not content.
FURNITURE = either("FURNITURE_LINES")


def _in_spans(offset: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``offset`` falls in one of ``spans``."""
    return any(start <= offset < max(end, start + 1) for start, end in spans)


#: Lines that introduce links to other articles: what follows them is not this document's content.
RELATED_MARKERS = either("RELATED_MARKERS")


def _credit_patterns() -> tuple[re.Pattern[str], ...]:
    """Bylines ("Author: ..."), agency credits ("(AFP, Reuters)") and datelines ("PARIS, 3 mars (Reuters) -")."""
    agencies = "|".join(sorted((re.escape(a) for a in words("AGENCIES")), key=len, reverse=True))
    credit = rf"\((?i:\s*(?:{agencies})\s*(?:[,/;&]|\band\b|\bet\b|\bwith\b|\bavec\b)?)+\s*\)"
    return (
        re.compile(r"(?:^|(?<=[\s.]))(?:Authors?|Editors?|Auteurs?|R[ée]daction)\s*:\s*[^\n]{0,160}"),
        # "Reporting by" opens its line, its parenthesis or its sentence: "a report
        # compiled by the Centre" is prose.
        re.compile(
            r"(?:^|(?<=[\n(])|(?<=[.!?]\s)|(?<=[.!?][\"”»]\s))[ \t]*"
            r"(?:(?:Additional )?[Rr]eporting by|[Ee]diting by|[Ww]riting by|[Cc]ompiled by)\s+[^\n]{0,160}",
            re.MULTILINE,
        ),
        re.compile(credit),
        re.compile(
            r"^[A-ZÀ-Ý][A-ZÀ-Ý .'’-]{1,40}(?:\s*/\s*[A-ZÀ-Ý][A-ZÀ-Ý .'’-]{1,40})?"
            rf"(?:,\s*[^()\n]{{1,30}}?)?\s*(?:{credit})?\s*[-–—]+\s",
            re.MULTILINE,
        ),
    )


_CREDITS: tuple[re.Pattern[str], ...] = ()


def credit_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of bylines, agency credits and datelines: furniture inside content lines."""
    global _CREDITS
    if not _CREDITS:
        _CREDITS = _credit_patterns()
    return [m.span() for pattern in _CREDITS for m in pattern.finditer(text)]


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of page furniture: navigation lines and related-article links.

    A furniture line ("Réagir", "0Commentaire", a wire service's revision
    note) is one span; a related-links
    marker ("SUR LE MÊME SUJET", "Lire aussi") also covers the lines after it,
    up to a blank or furniture line (at most three), which are titles of
    other articles.
    """
    spans: list[tuple[int, int]] = []
    offset = 0
    related_left = 0
    for line in text.split("\n"):
        folded = fold(line).strip(" .:!>»-–—")
        end = offset + len(line)
        if folded in RELATED_MARKERS:
            spans.append((offset, end))
            related_left = 3
        elif (
            folded in FURNITURE
            or re.fullmatch(r"\d+\s*(?:commentaires?|comments?|reactions?)", folded)
            or REVISION_NOTE.match(line.strip())  # "(Adds Sky, Vale; Updates Rogers)": names listed, nothing said
        ):
            spans.append((offset, end))
            related_left = 0
        elif related_left and folded:
            spans.append((offset, end))
            related_left -= 1
        else:
            related_left = 0
        offset = end + 1
    return sorted(spans + credit_spans(text))
