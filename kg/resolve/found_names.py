"""Names the tagger misses, found by the text's own marks: quotes, headings, "-based".

"l'association « Les Amis du Rhône »" names the association in its quotes; a
line "Merck : le laboratoire allemand ..." opens with the name it describes;
"Lyon-based Northwind" puts a place before a name.
"""

from __future__ import annotations

import re

from kg.lang import merged
from kg.resolve.furniture import _in_spans
from kg.resolve.mentions import _acceptable_name, _not_a_name
from kg.resolve.vocabulary import (
    _ORG_NOUNS,
    _PERSON_NOUNS,
)
from kg.text import fold

#: Nouns that introduce an organization's name in quotes, and the words of the
#: quotes themselves.
_KIND_NOUNS = (
    r"association|organisation|organization|ong|ngo|fondation|foundation|groupe|group|société|company|"
    r"entreprise|start-up|startup|parti|party|mouvement|movement|collectif|syndicat|union|club|collective|"
    r"réseau|network|coalition|alliance|fédération|federation|comité|committee|institut|institute|"
    r"marque|brand|label|opération|operation|programme|program|projet|project"
)


#: Opening and closing quotes, double single quotes included ("‘’Unis pour toujours’’").
_OPEN_QUOTE = r"(?:[«\"“]|‘‘|‘’|'')"


_CLOSE_QUOTE = r"(?:[»\"”]|’’|'')"


#: The text between quotes: no quote, but an apostrophe between letters ("Non au port d’armes").
_QUOTED_TEXT = r"(?:[^»\"”‘’\n]|(?<=\w)’(?=\w)){2,80}?"


_QUOTED_NAME = re.compile(
    r"\b(?:"
    + _KIND_NOUNS
    + r")(?:\s+[\w'’-]+){0,2}?\s*"
    + _OPEN_QUOTE
    + r"\s*("
    + _QUOTED_TEXT
    + r")\s*"
    + _CLOSE_QUOTE,
    re.IGNORECASE,
)


#: A quoted name that opens with its kind ("le « Mouvement de Lutte pour les Autochtones »").
_QUOTED_KIND_NAME = re.compile(
    _OPEN_QUOTE + r"\s*((?:" + _KIND_NOUNS + r")\b" + _QUOTED_TEXT + r")\s*" + _CLOSE_QUOTE, re.IGNORECASE
)


#: A closing quote and the preposition after it, before a place ("’’ au Niger", "» de Berlin").
_AFTER_QUOTE = re.compile(r"\s*" + _CLOSE_QUOTE + r"\s*(?:(?:au|aux|en|à|de|du|d['’]|in|of|at)\s*)?")


#: The type of the name a noun introduces (all organizations but these).
_QUOTED_TYPES: dict[str, str] = merged("QUOTED_NAME_TYPES", order=("fr", "en"))


def _quoted_names(text: str, furniture: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` of names written in quotes after the noun that says what they are."""
    found = []
    for m in _QUOTED_NAME.finditer(text):
        start, end = m.span(1)
        if any(a <= start < b for a, b in furniture) or not any(c.isalpha() for c in m[1]):
            continue
        noun = fold(m[0].split()[0])
        found.append((start, end, _QUOTED_TYPES.get(noun, "Organization")))
    taken = {start for start, _end, _type in found}
    for m in _QUOTED_KIND_NAME.finditer(text):
        start, end = m.span(1)
        if (
            start in taken
            or not m[1][:1].isupper()
            or len(m[1].split()) < 2
            or any(a <= start < b for a, b in furniture)
        ):
            continue
        found.append((start, end, _QUOTED_TYPES.get(fold(m[1].split()[0]), "Organization")))
    return sorted(found)


#: A line that opens with a name, a colon and a singular description of it
#: ("Merck : le laboratoire allemand ...", "Acme: the US maker of ...").
_HEADING_NAME = re.compile(
    r"^[ \t]*(?P<name>[A-Z][\w&'’.-]*(?:[ -](?:[A-Z0-9][\w&'’.-]*|&))*)[ \t]*:[ \t]+"
    r"(?P<description>(?:le|la|l['’]|the|Le|La|L['’]|The)[ \t]*(?P<words>[\w'’-]+(?:[ \t]+[\w'’-]+){0,2}))",
    re.MULTILINE,
)


def _heading_names(text: str, furniture: list[tuple[int, int]]) -> list[tuple[int, int, int, str]]:
    """``(start, end, description start, type)`` of the names that head a line and its description.

    The description must say what kind of organization or person the name
    is (a head noun of a description within its first three words), so that
    "Note : la ..." or "Conclusion : le ..." name nothing.
    """
    found = []
    for m in _HEADING_NAME.finditer(text):
        start, end = m.span("name")
        name = m["name"]
        if (
            _in_spans(start, furniture)
            or len(name.split()) > 4
            or not _acceptable_name(name, text, start, furniture)
            or _not_a_name(name)
        ):
            continue
        described = fold(m["words"]).split()
        if any(re.fullmatch(_PERSON_NOUNS, w) for w in described):
            entity_type = "Person"
        elif any(re.fullmatch(_ORG_NOUNS, w) for w in described) or re.match(_ORG_NOUNS + r"\b", " ".join(described)):
            entity_type = "Organization"
        else:
            continue
        found.append((start, end, m.start("description"), entity_type))
    return found


def _title_cased(text: str) -> bool:
    """Whether a headline capitalizes most of its words (a line without final punctuation)."""
    if text.rstrip()[-1:] in '.!?;:»"”':
        return False
    tokens = [w for w in re.findall(r"[\w'’-]+", text) if len(w) > 3]
    return len(tokens) >= 3 and sum(w[0].isupper() for w in tokens) >= 0.6 * len(tokens)


def _is_name(text: str) -> bool:
    """Whether every word of ``text`` is capitalized (or a digit): a proper name."""
    words = re.findall(r"[\w'’-]+", text)
    return bool(words) and all(w[0].isupper() or w[0].isdigit() for w in words)
