"""The relation lexicon: which ontology property a fact's words state.

``ontologies/relations.tsv`` maps lemmas of relations, in each language, to
canonical properties ("investir" and "invest" to ``kg:invests``), with the
posts a title names ("être directeur général de" holds the post of CEO) and
the types the property expects of its ends. :func:`canonical_relation` reads
a fact's relation, or the noun of a light verb ("a annoncé le rachat de"),
against it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from kg.errors import LexiconError
from kg.lang import either
from kg.text import fold
from kg.types import (
    Fact,
)


@dataclass(frozen=True)
class LexiconEntry:
    """One row of the relation lexicon (one alternative of its pattern)."""

    property: str
    lang: str
    kind: str
    words: tuple[str, ...]
    context: str | None
    title: str | None
    subject_type: str | None
    object_type: str | None


@dataclass(frozen=True)
class Canonical:
    """The canonical property a fact's relation maps to.

    Attributes:
        property: Local name of the ``kg:`` property (``invests``).
        titles: Positions named by role nouns (``CEO``, ``President``), in order.
        subject_type: Type the subject is evidence for, if any.
        object_type: Type the object is evidence for, if any.
        matched: The lexicon words that matched.
    """

    property: str
    titles: tuple[str, ...] = ()
    subject_type: str | None = None
    object_type: str | None = None
    matched: str = ""


def ontology_path(name: str) -> Path:
    """Path of a file shipped in ``ontologies/`` (package ``kg.ontologies``).

    Raises:
        LexiconError: the file is in neither the package nor the checkout.
    """
    try:
        resource = resources.files("kg.ontologies").joinpath(name)
        if resource.is_file():
            return Path(str(resource))
    except (ModuleNotFoundError, TypeError, FileNotFoundError):
        pass
    candidate = Path(__file__).resolve().parent.parent.parent / "ontologies" / name
    if candidate.is_file():
        return candidate
    raise LexiconError(
        f"cannot find ontologies/{name}: it is neither in the installed package "
        f"kg.ontologies nor next to the source tree; reinstall kg (pip install -e .)"
    )


@cache
def load_lexicon(path: str | None = None) -> tuple[LexiconEntry, ...]:
    """Read the relation lexicon (default: ``ontologies/relations.tsv``).

    Raises:
        LexiconError: a row does not have the seven columns.
    """
    source = Path(path) if path else ontology_path("relations.tsv")
    entries: list[LexiconEntry] = []
    header_seen = False
    for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            header_seen = True
            if cells[0] == "property":
                continue
        if len(cells) != 7:
            raise LexiconError(
                f"{source}:{number}: expected 7 tab-separated columns "
                f"(property lang kind pattern title subject object), got {len(cells)}"
            )
        prop, lang, kind, pattern, title, subject_type, object_type = (c.strip() for c in cells)
        if kind not in ("verb", "noun"):
            raise LexiconError(f"{source}:{number}: kind must be verb or noun, not {kind!r}")
        for alternative in pattern.split("|"):
            head, _, context = alternative.partition("~")
            words = tuple(_lemma_words(head))
            if not words:
                continue
            entries.append(
                LexiconEntry(
                    property=prop,
                    lang=lang,
                    kind=kind,
                    words=words,
                    context=fold(context) or None if context.strip() else None,
                    title=None if title == "-" else title,
                    subject_type=None if subject_type == "-" else subject_type,
                    object_type=None if object_type == "-" else object_type,
                )
            )
    return tuple(entries)


def canonical_relation(fact: Fact, lang: str) -> Canonical | None:
    """The canonical property of ``fact``'s relation, when the lexicon maps it.

    The relation lemma ("aller investir", "être président de", "be CEO of",
    "invest in") is matched on its words: a verb must be the last content
    word of the chain (only prepositions and particles may follow), so
    "vouloir consacrer" is about devoting, not wanting; a role or relational
    noun matches anywhere, and wins when the verb is a copula ("être
    président de"). ``A ~ B`` rows also need ``B`` in the object or a
    complement ("réaliser un chiffre d'affaires").

    Args:
        fact: The fact.
        lang: Its document's language.

    Returns:
        The mapping, or ``None``.
    """
    words = tuple(_lemma_words(fact.lemma or fact.relation))
    if not words:
        return None
    complements = ((fact.object,) if fact.object is not None else ()) + tuple(fact.args)
    context = " ".join(fold(a.text) for a in complements)
    object_words = tuple(_lemma_words(fact.object.text)[:4]) if fact.object is not None else None
    return _canonical(words, lang, context, object_words)


@lru_cache(maxsize=65536)
def _canonical(
    words: tuple[str, ...], lang: str, context: str, object_words: tuple[str, ...] | None
) -> Canonical | None:
    """:func:`canonical_relation` on folded lemma words (cached)."""
    index = _lexicon_index(lang)
    verbs: list[tuple[int, int, LexiconEntry]] = []
    nouns: list[tuple[int, int, LexiconEntry]] = []
    for start, word in enumerate(words):
        for entry in index.get(word, ()):
            end = start + len(entry.words)
            if words[start:end] != entry.words:
                continue
            after = " ".join(words[end:])
            if entry.context and entry.context not in context and entry.context not in after:
                continue
            if entry.kind == "verb":
                # The verb ends the chain ("vouloir investir"), unless the
                # lemma goes on with the row's noun ("entrer au capital de").
                if all(w in _FUNCTION_WORDS for w in words[end:]) or (entry.context and entry.context in after):
                    verbs.append((start, end, entry))
            else:
                nouns.append((start, end, entry))
    if not nouns and object_words is not None and all(w in _COPULAS or w in _FUNCTION_WORDS for w in words):
        # "ALIBABA est partenaire de...": the relational noun is the object's head;
        # in the plural too ("A and B, former Contoso executives").
        for phrase in dict.fromkeys((object_words, tuple(_singular_word(w) for w in object_words))):
            for start, word in enumerate(phrase):
                for entry in index.get(word, ()):
                    if entry.kind == "noun" and phrase[start : start + len(entry.words)] == entry.words:
                        nouns.append((start, start + len(entry.words), entry))
            if nouns:
                break
    copular = words[0] in _COPULAS or not verbs
    if nouns and copular:
        return _from_nouns(nouns)
    if verbs:
        # The last, then the longest, match: "annoncer investir" → invest.
        start, end, entry = max(verbs, key=lambda m: (m[1], m[1] - m[0], m[2].context is not None))
        return Canonical(entry.property, (), entry.subject_type, entry.object_type, " ".join(entry.words))
    return None


def _singular_word(word: str) -> str:
    """A folded word without its plural "-s" ("executives" → "executive"); other words as they are."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


@cache
def _lexicon_index(lang: str) -> dict[str, tuple[LexiconEntry, ...]]:
    """Lexicon entries of ``lang`` by their first word."""
    index: dict[str, list[LexiconEntry]] = defaultdict(list)
    for entry in load_lexicon():
        if entry.lang == lang:
            index[entry.words[0]].append(entry)
    return {word: tuple(entries) for word, entries in index.items()}


def _from_nouns(matches: list[tuple[int, int, LexiconEntry]]) -> Canonical:
    """Combine role-noun matches: longest first, no overlap, in text order."""
    chosen: list[tuple[int, int, LexiconEntry]] = []
    for match in sorted(matches, key=lambda m: (-(m[1] - m[0]), m[0])):
        if all(match[1] <= c[0] or match[0] >= c[1] for c in chosen):
            chosen.append(match)
    chosen.sort(key=lambda m: m[0])
    first = chosen[0][2]
    same = [c for c in chosen if c[2].property == first.property]
    titles = tuple(dict.fromkeys(c[2].title for c in same if c[2].title))
    return Canonical(
        first.property,
        titles,
        first.subject_type,
        first.object_type,
        " ".join(" ".join(c[2].words) for c in same),
    )


def _lemma_words(text: str) -> list[str]:
    """Words of a lemma, folded; an elided article stays a word ("l'")."""
    return re.findall(r"[\w-]+'|[\w-]+", fold(text).replace("_", " "))


#: Copular verbs, folded lemmas: a relation of a copula and function words
#: takes its meaning from the object's head ("est partenaire de").
_COPULAS = either("COPULAR_VERBS")


#: Function words, folded: after a verb they leave it the end of the chain
#: ("vouloir investir dans"); they join the words of a name.
_FUNCTION_WORDS = either("FUNCTION_WORDS")


#: Properties whose subject acts on their object: in a passive ("X a été nommé",
#: "X was acquired") the grammatical subject is the object, and without an
#: agent the fact states no subject of the property.
PATIENT_FIRST = frozenset({"appoints", "acquires", "cutsJobs"})


def relation_lemma(lemma: str) -> str:
    """A relation lemma with elisions spelled out, so "président d’" and "président de" are one relation."""
    text = re.sub(r"\b([dDsSnN]|[qQ]u)['’]\s*", r"\1e ", lemma)
    return re.sub(r"\s+", " ", text).strip()
