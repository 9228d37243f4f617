"""Acronyms: the names they spell, and those the text defines ("the European Union (EU)").

An acronym joins the name whose initials it spells, with its joining words
or without ("BoJ", "DFID"); a definition in parentheses says where a name
begins wherever the tagger cut it ("the World Anti-Doping Agency (WADA)"); a
party named by its members defines its acronym ("the Christian Democrats
(CDU)").
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache, lru_cache

from kg.lang import either, words
from kg.lang.places import lookup as lookup_place
from kg.resolve.cluster import (
    _Cluster,
)
from kg.resolve.identity import entity_key
from kg.resolve.lexicon import (
    _FUNCTION_WORDS,
)
from kg.text import fold
from kg.types import (
    Mention,
)

#: An acronym in parentheses: two capitals at least, a hyphen allowed ("(IDMC)", "(BfV)", "(MDC-T)").
_ACRONYM_IN_PARENTHESES = re.compile(r"\(\s*([A-ZÀ-Ý][A-ZÀ-Ýa-zà-ÿ&-]{1,9})\s*\)")


#: An acronym, then its spelled-out name in parentheses ("the AU (African Union)").
_ACRONYM_THEN_NAME = re.compile(r"\b([A-ZÀ-Ý][A-ZÀ-Ýa-zà-ÿ&-]{1,9})\s*\(\s*([A-ZÀ-Ý][^()\n]{2,100}?)\s*\)")


#: Words a spelled-out name joins its capitalized words with ("Department for International Development").
_NAME_JOINERS = either("NAME_JOINERS")


#: Quotes that may open and close a name written before its acronym ("the so-called 'Islamic State' (IS)").
_OPENING_QUOTES = "\"“«‘'"


_CLOSING_QUOTES = "\"”»’'"


def _acronym_definitions(text: str) -> list[tuple[int, int, int, int]]:
    """``(name start, name end, acronym start, acronym end)`` of the acronyms a text spells out.

    "the Internal Displacement Monitoring Centre (IDMC)", "the so-called
    'Islamic State' (IS)", "the AU (African Union)": the name is the
    shortest run of capitalized words (and joining words) before the
    parenthesis whose initials spell the acronym, so that it begins where
    the acronym says, whatever the tagger read.
    """
    found = []
    for m in _ACRONYM_IN_PARENTHESES.finditer(text):
        acronym = m[1]
        if not _spelled_acronym(acronym):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start : m.start()].rstrip()
        closing = before[-1:] in _CLOSING_QUOTES
        if closing:
            before = before[:-1]
        run: list[re.Match[str]] = []
        for token in reversed(list(re.finditer(r"\S+", before))):
            word = token[0]
            opening = word[:1] in _OPENING_QUOTES
            word = word.lstrip(_OPENING_QUOTES)
            if (
                not word
                or (run and re.search(r"[,;:.!?)\"”»]$", word))
                or not (_capitalized(word) or fold(word) in _NAME_JOINERS)
            ):
                break
            run.insert(0, token)
            if opening:
                break  # the name opens with its quote
        for size in range(1, len(run) + 1):
            words_ = [t[0].lstrip(_OPENING_QUOTES) for t in run[-size:]]
            if not _capitalized(words_[0]) or fold(words_[0]) in _NAME_JOINERS:
                continue
            if (size >= 2 or "-" in words_[0]) and _spells(fold(acronym), words_):
                first = run[-size]
                start = line_start + first.start() + (len(first[0]) - len(first[0].lstrip(_OPENING_QUOTES)))
                end = line_start + run[-1].end()
                if closing and size == len(run) and text[end - 1 : end] in _CLOSING_QUOTES:
                    end -= 1
                found.append((start, end, m.start(1), m.end(1)))
                break
    for m in _ACRONYM_THEN_NAME.finditer(text):
        words_ = m[2].split()
        if (
            _spelled_acronym(m[1])
            and len(words_) >= 2
            and all(w[:1].isupper() or fold(w) in _NAME_JOINERS for w in words_)
            and _spells(fold(m[1]), words_)
        ):
            found.append((m.start(2), m.end(2), m.start(1), m.end(1)))
    return sorted(set(found))


def _name_before_name(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The span and type of a place or body that ``text[start:end]`` names before another name, or ``None``.

    "US " (a place), "UN " (an acronym), "United Nations' " (a possessive):
    what a name may be prefixed with without being part of it.
    """
    m = re.match(r"(?:the\s+)?(.+?)(['’]s?)?\s+$", text[start:end], re.IGNORECASE)
    if m is None or not m[1][:1].isupper():
        return None
    name = m[1]
    place = lookup_place(name)
    if place is None and not _is_acronym(name) and not (m[2] and all(w[:1].isupper() for w in name.split())):
        return None
    return start + m.start(1), start + m.end(1), "Place" if place is not None else "Organization"


def _party_of_members(surface: str) -> str | None:
    """The party a word for its members names, in its plural ("Republican" → "Republicans"), or ``None``.

    News names a party by its members ("the Republicans", "the Social
    Democrats", "Greens"), and their adjective ("Republican senator",
    "Social Democratic leader") stands for it too; a nationality or a
    faith ("Germans", "Muslim") names no party.
    """
    folded = fold(surface)
    stem = re.sub(r"(?:s|ic)$", "", folded)
    members = words("PARTY_MEMBERS")
    for plural in (folded, stem + "s", stem + "es"):
        if plural in members:
            return " ".join(w.capitalize() for w in plural.split())
    return None


@lru_cache(maxsize=1)
def _party_names() -> re.Pattern[str]:
    """The parties named by their members in several words, capitalized: "Social Democrats", "Free Democrat"."""
    names = sorted((m for m in words("PARTY_MEMBERS") if " " in m), key=len, reverse=True)
    spelled = [r"\s+".join(w.capitalize() for w in name.split())[:-1] + "s?" for name in names if name.endswith("s")]
    return re.compile(r"(?<![\w-])(?:" + "|".join(spelled) + r")(?![\w-])") if spelled else re.compile(r"(?!)")


def _capitalized(word: str) -> bool:
    """Whether a word is written as a name's: a capital, or one after a particle ("al-Qaeda", "el-Sisi")."""
    return word[:1].isupper() or bool(re.match(r"(?:al|el|ad|ash|as|at|ul)-[A-ZÀ-Ý]", word))


def _spelled_acronym(form: str) -> bool:
    """Whether a parenthesized word can be an acronym: mostly capitals, two at least ("IS", "BfV", "MDC-T")."""
    letters = [ch for ch in form if ch.isalpha()]
    capitals = sum(ch.isupper() for ch in letters)
    return 2 <= len(letters) <= 8 and capitals >= 2 and 2 * capitals >= len(letters)


def _spells(acronym: str, name_words: list[str]) -> bool:
    """Whether the initials of ``name_words`` spell ``acronym`` (folded, punctuation ignored).

    A capitalized word gives its initial, and may give those of its
    hyphenated parts ("Anti-Doping" → "a" or "ad") or of its other capitals
    ("UN" → "un"); a joining word may give its initial or nothing ("BfV").
    """
    letters = "".join(ch for ch in acronym if ch.isalnum())
    options: list[tuple[set[str], bool]] = []
    for word in name_words:
        word = word.strip("\"“”«»‘’',.")
        folded = fold(word)
        if folded in _NAME_JOINERS or not _capitalized(word):
            options.append(({folded[:1]} if folded[:1].isalpha() else set(), True))
            continue
        parts = [p for p in re.split(r"[-’']", word) if p]
        spellings = {fold(parts[0][:1])}
        for extra in ([fold(p[:1]) for p in parts[1:]], [fold(ch) for ch in word[1:] if ch.isupper()]):
            for count in range(1, len(extra) + 1):
                spellings.add(fold(parts[0][:1]) + "".join(extra[:count]))
                spellings.add(fold(parts[0][:1]) + "".join(extra[-count:]))
        options.append((spellings, False))

    @cache
    def fits(i: int, j: int) -> bool:
        if i == len(options):
            return j == len(letters)
        spellings, optional = options[i]
        if (optional or (i == len(options) - 1 and i >= 2)) and fits(i + 1, j):
            return (
                True  # a joining word, or a name's last word the acronym leaves out ("… Development Investment (HKND)")
            )
        return any(letters.startswith(s, j) and fits(i + 1, j + len(s)) for s in spellings if s)

    return fits(0, 0)


def _defined_name_type(name: str, start: int, end: int, mentions: list[Mention]) -> str:
    """The type of a name an acronym defines: a place the gazetteer knows, else a body."""
    if lookup_place(name) is not None:
        return "Place"
    labels = {m.label for m in mentions if m.start < end and start < m.end}
    if labels & {"PERSON", "PER"} and not labels & {"ORG"}:
        return "Person"
    return "Organization"


def _all_acronyms(cluster: _Cluster) -> bool:
    """Whether every name of a cluster is an acronym."""
    return bool(cluster.forms) and all(_is_acronym(form) for form in cluster.forms)


def _is_acronym(form: str) -> bool:
    """Whether a name is an acronym: 2 to 6 letters, dots allowed, mostly capitals ("EU", "U.N.", "OSCE", "BoJ")."""
    letters = form.replace(".", "")
    if not (2 <= len(letters) <= 6 and letters.isalpha() and letters[0].isupper()):
        return False
    capitals = sum(ch.isupper() for ch in letters)
    return capitals == len(letters) or (capitals >= 2 and 2 * capitals >= len(letters) + 1)


def _initials(form: str, *, every_word: bool = False) -> str:
    """Initials of a name's capitalized words, folded ("European Union" → "eu"); "" for one word.

    With ``every_word``, joining words count too ("Department for
    International Development" → "dfid").
    """
    tokens = [w for w in re.findall(r"[\w'’-]+", form) if fold(w) not in _FUNCTION_WORDS]
    if len(tokens) < 2 or not all(w[:1].isupper() for w in tokens):
        return ""
    if every_word:
        tokens = re.findall(r"[\w'’-]+", form)
    return fold("".join(w[0] for w in tokens))


def _acronym_key(form: str) -> str:
    """What an acronym spells, folded: its capitals when it mixes cases ("BoJ" → "bj", "EU" → "eu")."""
    letters = form.replace(".", "")
    return fold("".join(ch for ch in letters if ch.isupper()) if not letters.isupper() else letters)


#: The definite articles a name may follow: "the", "le", "la", "les".
_ARTICLES = either("DEFINITE_ARTICLES")


def _defined_acronyms(text: str, clusters: dict[str, _Cluster]) -> dict[str, set[str]]:
    """Acronyms the text defines: "Long Name (ACR)", or "the ACR, the Long Name" → the long name's cluster.

    The acronym need not spell the long name's initials: "German Association
    of Plastic Surgeons (VDÄPC)" abbreviates the German name.
    """
    found: dict[str, set[str]] = defaultdict(set)
    # A cluster is found by any of its forms (spelling variants have merged already).
    by_form = {entity_key(form): key for key, cluster in clusters.items() for form in cluster.forms}
    by_form.update({key: key for key in clusters})
    for m in re.finditer(
        r"((?<![\w-])(?:(?:al|el)-)?[A-ZÀ-Ý][\w'’.&-]*(?:\s+[\w'’.&-]+){0,8}?)\s*\(\s*"
        r"([A-ZÀ-Ý][A-Za-zÀ-ÿ.]{1,7})\s*\)",
        text,
    ):
        if not (_is_acronym(m[2]) or m[2].replace(".", "").isupper()):
            continue  # "(Berlin)", "(Reuters)"; "(AfD)", "(BfV)", "(MONUSCO)" are acronyms
        words_ = m[1].split()
        for size in range(len(words_), 0, -1):
            if fold(words_[-size]) in _ARTICLES:
                continue  # "and | the European Bank for ... (EBRD)": the name starts after its article
            key = by_form.get(entity_key(" ".join(words_[-size:])))
            if key is not None:
                previous = words_[-size - 1] if size < len(words_) else ""
                if fold(previous) in _ARTICLES:
                    pass  # "The Social Democratic Party (SPD)"
                elif fold(previous) in _NAME_JOINERS or (
                    previous[:1].isupper() and not re.search(r"['’]s?$", previous)
                ):
                    break  # "Freedom Party of | Austria (FPÖ)": a name the tagger cut ends there, not Austria's
                found[fold(m[2])].add(key)
                break
    for m in re.finditer(
        r"\b([A-ZÀ-Ý]{2,6}),\s+(?:the\s+|la\s+|le\s+|l['’])?([A-ZÀ-Ý][\w'’.&-]*(?:\s+[\w'’.&-]+){1,8})", text
    ):
        # "According to the GTZ, the German Organization for Technical Cooperation, …"; not "In the US, Goldman Sachs said".
        if not _is_acronym(m[1]) or lookup_place(m[1]) is not None:
            continue
        words_ = m[2].split()
        for size in range(len(words_), 1, -1):
            name = " ".join(words_[:size])
            key = by_form.get(entity_key(name))
            after = m.start(2) + len(name)
            if key is not None and text[after : after + 1] == ",":
                found[fold(m[1])].add(key)
                break
    return found


#: Last words of a party's name, which its members' plural drops ("Social Democratic Party" / "Social Democrats").
_PARTY_NOUNS = either("PARTY_NOUNS")
