"""Word lists per language, read by the stages that need them.

Each module (:mod:`kg.lang.en`, :mod:`kg.lang.fr`) holds the same names: the
words several stages read, and the lists of each stage, kept in a module per
stage that it re-exports (``en_ie``, ``en_normalize``, ``en_resolve``; ``fr_``
the same). :func:`words` merges a list over both languages, folded (lower
case, no accents), which is how the resolver compares text. :func:`either`,
:func:`merged` and :func:`per_language` read a list as written, for the
stages that compare lemmas with their accents (the extractor) or keep their
words folded already (the normalizer, the resolver's own lists). Nothing here
is a place or country name: those come from the gazetteer (:mod:`kg.lang.places`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from kg.lang import en, fr
from kg.text import fold

#: Modules by language code.
LANGUAGES = {"en": en, "fr": fr}

#: spaCy's French and English stop words, folded (written by ``bench/stop_words.py``).
STOP_WORDS_FILE = resources.files("kg.data").joinpath("stop-words.txt")


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """The folded stop words of both languages: "neither", "both", "first", "le"."""
    lines = STOP_WORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


@cache
def words(name: str, lang: str | None = None) -> frozenset[str]:
    """The folded words of list ``name``, for ``lang`` or for every language.

    Args:
        name: A list both language modules define (``WEEKDAYS``, ``ROLE_NOUNS``...).
        lang: A language code, or ``None`` for the union of all languages.

    Returns:
        The list, lowercased with accents stripped and apostrophes straightened.
    """
    modules = [LANGUAGES[lang]] if lang in LANGUAGES else list(LANGUAGES.values())
    return frozenset(fold(w) for module in modules for w in getattr(module, name))


def either(name: str) -> frozenset[str]:
    """The words of list ``name`` in every language, as written (not folded).

    Args:
        name: A list both language modules define (``NEGATIONS``, ``LIGHT_VERBS``...).

    Returns:
        The union of the languages' lists: "n't", "n’" and "guère" stay as they are.
    """
    return frozenset(w for module in LANGUAGES.values() for w in getattr(module, name))


def merged(name: str, order: Sequence[str] = tuple(LANGUAGES)) -> dict[str, Any]:
    """The table ``name`` of every language merged into one, keys as written (not folded).

    Args:
        name: A table (a dict) both language modules define (``MODALS``, ``CURRENCY_WORDS``...).
        order: The languages in the order their entries come: a key of two
            languages keeps the place it has in the first.

    Returns:
        A new dict: the entries of the first language, then those of the next that are new.

    Raises:
        ValueError: A key has different values in two languages (the table
            then belongs in :func:`per_language`).
    """
    table: dict[str, Any] = {}
    for lang in order:
        for key, value in getattr(LANGUAGES[lang], name).items():
            if table.setdefault(key, value) != value:
                raise ValueError(f"{name}: {key!r} differs between languages")
    return table


def per_language(name: str) -> dict[str, Any]:
    """Each language code → its value of ``name``, as written (``{"en": "is", "fr": "est"}``).

    Args:
        name: A value both language modules define (``COPULA_WORD``, ``MEASURE_NOUNS``...).
    """
    return {lang: getattr(module, name) for lang, module in LANGUAGES.items()}


def groups(name: str, lang: str | None = None) -> dict[str, int]:
    """Each folded word of the groups list ``name`` → the index of its group.

    Group lists (``EVENT_KINDS``) hold tuples of words that name one kind of
    thing; the indices are the same for both languages only by chance.

    Args:
        name: A list of word tuples both language modules define.
        lang: A language code, or ``None`` for both languages (indices of
            the second language follow those of the first).
    """
    modules = [LANGUAGES[lang]] if lang in LANGUAGES else list(LANGUAGES.values())
    found: dict[str, int] = {}
    offset = 0
    for module in modules:
        kinds = getattr(module, name)
        for i, group in enumerate(kinds):
            for word in group:
                found.setdefault(fold(word), offset + i)
        offset += len(kinds)
    return found


@lru_cache(maxsize=1)
def month_numbers() -> dict[str, int]:
    """Each folded name or abbreviation of a month, in every language, → its number (1 to 12)."""
    return {
        fold(word): number
        for module in LANGUAGES.values()
        for number, names in enumerate(module.MONTH_NAMES, start=1)
        for word in names
    }


def month_name(number: int, lang: str) -> str:
    """How ``lang`` writes month ``number`` in a date ("March", "mars")."""
    module = LANGUAGES.get(lang, LANGUAGES["en"])
    return module.MONTH_NAMES[number - 1][0]
