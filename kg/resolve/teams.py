"""Teams in match reports: a town's name is the team, not the town ("Werder Bremen", "Bayern").

A text with three or more words of sport is a match report. There a town's
name with a word before it, a plural after it, or one word after it that
names no building, is a team and votes Organization; the town alone is then
the team, unless half or more of its mentions put it on the map ("in
Bremen").
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.lang import either, words
from kg.lang.places import lookup as lookup_place
from kg.resolve.cluster import (
    _Cluster,
)
from kg.resolve.vocabulary import (
    _BODY_NOUNS,
    _GENERIC_ORG_WORDS,
    _PLACE_NOUNS,
)
from kg.text import fold

#: A preposition that puts what follows on the map: "in Dortmund", "près de Lyon" (a town, not its team).
_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:in|near|outside|around|across|through|throughout|en|dans|près\s+de)\s+"
    r"(?:the\s+)?|\bà\s+)$",
    re.IGNORECASE,
)


def _mostly_located(cluster: _Cluster, text: str) -> bool:
    """Whether half the mentions of a name or more put it on the map ("in Bremen"), as a town's do."""
    located = sum(1 for at in cluster.positions if _LOCATIVE_BEFORE.search(text, max(0, at - 24), at))
    return 2 * located >= len(cluster.positions) and located > 0


def _about_sport(text: str) -> bool:
    """Whether a text is a match report: three different words of sport at least ("season", "coach", "scored")."""
    return len({m.group() for m in _sport_words().finditer(fold(text))}) >= 3


@lru_cache(maxsize=1)
def _sport_words() -> re.Pattern[str]:
    """The words of sport of every language, as one pattern over folded text."""
    alternatives = "|".join(re.escape(w) for w in sorted(words("SPORT_WORDS"), key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:" + alternatives + r")(?![\w-])")


def _vote_teams(clusters: dict[str, _Cluster]) -> None:
    """In a match report, vote Organization for the names that are teams' names (``_team_name``)."""
    for cluster in clusters.values():
        if not cluster.nominal:
            for form, count in cluster.forms.items():
                if _team_name(form):
                    cluster.votes["Organization"] += 3 * count


def _team_name(form: str) -> bool:
    """Whether a name, in a match report, is a team's.

    A team is named after its town, with a word before it ("Werder Bremen",
    "Borussia Dortmund", "Bayern Munich") or a plural after it ("Dallas
    Mavericks"); the name as a whole is no place ("Tel Aviv" is one).
    """
    words_ = form.split()
    if (
        len(words_) < 2
        or re.search(r",|&|\band\b|\bet\b", form)
        or lookup_place(form) is not None
        or not all(w[:1].isupper() or w[:1].isdigit() for w in words_)
    ):
        return False
    first = lookup_place(words_[0])
    if first is not None and first.kind in ("country", "continent"):
        return False  # "Germany Berlin": two places in a row
    town_last = any(
        (place := lookup_place(" ".join(words_[i:]))) is not None and place.kind == "city"
        for i in range(1, len(words_))
    )
    if town_last or (first is not None and words_[-1].endswith("s") and lookup_place(words_[-1]) is None):
        return True
    # "Oklahoma City Thunder": a town, then one word that names no place, building or body.
    town = next(
        (
            i
            for i in (2, 1)
            if i < len(words_) and (place := lookup_place(" ".join(words_[:i]))) is not None and place.kind == "city"
        ),
        None,
    )
    last = fold(words_[-1])
    return (
        town == len(words_) - 1
        and lookup_place(words_[-1]) is None
        and not (last in _PLACE_NOUNS or last in _BODY_NOUNS or last in _GENERIC_ORG_WORDS or last in _BUILDINGS)
    )


#: What a town's name may be followed by to name a building, not a team ("Frankfurt Airport").
_BUILDINGS = either("BUILDING_WORDS")
