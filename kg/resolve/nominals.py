"""Discourse entities named by common nouns: "la police", "les secours", "l'hôpital".

News and reports refer to many of the bodies, places, people and events they
are about without naming them: "les pompiers sont arrivés à l'hôpital après
l'incendie". :func:`nominal_entities` finds these noun phrases in one
document and groups their mentions into entities of that document.

A candidate is a common noun with an article, a determiner or a contracted
preposition before it ("la police", "du gouvernement", "cette crise"). The
phrase is cut to the noun, the adjectives annotators keep with it ("la
vieille dame", "la compagnie aérienne"; not "un terrible accident", which is
"accident") and a fixed complement ("les forces de l'ordre", "une conférence
de presse"); other complements and relative clauses are left out.

Whether a noun names an entity, and of which type, is learned: the head
lexicon (``kg/data/nominals-fr.json``, built by ``bench/train_nominals.py``
from the POPCORN annotations) gives for each head lemma how often it was
annotated as a person, an organization, a place, an event or something else,
and how often it occurred in all (with rows of their own for word forms and
fixed phrases that differ from their lemma: "les forces" are more often a
body than "la force"). A head whose most frequent in-scope type reaches the
lexicon's threshold makes an entity. Lemmas come from the parser's heads of
the extraction's arguments where an argument covers the word, and otherwise
from the forms the lexicon learned ("pompiers" → "pompier") or the plural
rules. A head that a name follows ("la ville de Lyon", "l'association «
Tous Libres »") is left to the name when the lexicon says that head usually
is.

Mentions with the same head and compatible modifiers are one entity
("l'incendie" and "l'incendie criminel"; not "la voiture rouge" and "la
voiture bleue"). Keys carry the document's id, so "la police" of one report
is never merged with "la police" of another. Pronouns are not handled here.

Everything is dictionary lookups over one pass of the text: no model runs,
and the lexicon is read once.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Collection, Container
from dataclasses import dataclass
from functools import cache
from typing import Any

from kg.lang import either
from kg.lang import groups as word_groups
from kg.lang import words as word_list
from kg.resolve.nominal_lexicon import LEXICON_FILES, NominalLexicon, load_nominal_lexicon
from kg.types import Extraction

__all__ = ["Nominal", "NominalLexicon", "load_nominal_lexicon", "name_after", "nominal_entities"]


#: Articles kept in a mention's text ("la police"): scorers and labels drop them alike.
ARTICLES = either("NOMINAL_ARTICLES")

#: Determiners and contracted prepositions that open a noun phrase but stay out
#: of its text: "du gouvernement" is a mention of "gouvernement".
DETERMINERS = either("NOMINAL_DETERMINERS")

#: Determiners of a plural noun phrase ("les hôpitaux", "ces manifestations").
PLURAL_OPENERS = either("NOMINAL_PLURAL_OPENERS")

#: Words that are never the head of a phrase, whatever a parser once said.
FUNCTION_WORDS = ARTICLES | DETERMINERS | either("NOMINAL_FUNCTION_WORDS")

#: Prepositions a fixed complement starts with ("de l'ordre", "d'état").
COMPLEMENT_OPENERS = either("NOMINAL_COMPLEMENT_OPENERS")

#: Adjectives at most walked over on each side of the head.
MAX_ADJECTIVES = 2

#: Endings of adjectives that may follow a noun, for adjectives the lexicon has not seen.
_ADJECTIVE_ENDING = re.compile(r"(?:iques?|ales?|aux|aires?|elles?|els|iennes?|iens|ifs?|ives?|euses?)$")
#: Words with those endings that are not adjectives after a noun.
_NOT_ADJECTIVES = either("NOT_ADJECTIVES")

_OPENING_QUOTES = frozenset('«"“‘')

_WORD = re.compile(r"[^\W\d_]+(?:[-‐‑][^\W\d_]+)*['’]?|\d+|\S")


@dataclass(frozen=True)
class Nominal:
    """One mention of a discourse entity named by a common noun.

    Attributes:
        start: Character offset of the mention in the document.
        end: Character offset just after it.
        text: The mention as written, article included ("la police").
        key: Key of its entity, scoped to the document ("police-3f9a1c2b7d").
        type: ``Person``, ``Organization``, ``Place`` or ``Event``; one per entity.
        head: Lemma of the head noun ("pompier"), or the fixed phrase it
            heads ("force de l'ordre").
        confidence: How likely the head names an entity of that type, in [0, 1].
    """

    start: int
    end: int
    text: str
    key: str
    type: str
    head: str
    confidence: float


def nominal_entities(
    extraction: Extraction,
    taken: Collection[tuple[int, int]] = (),
    *,
    lexicon: NominalLexicon | None = None,
) -> list[Nominal]:
    """Find the discourse entities a document names with common nouns.

    Args:
        extraction: What the extractor read from the document.
        taken: ``(start, end)`` spans already linked to named entities; a
            phrase that overlaps one is left to them ("la compagnie SMT").
        lexicon: The head lexicon to use; by default the document language's
            (:func:`load_nominal_lexicon`).

    Returns:
        One record per mention, in document order. Empty for a language
        without a lexicon (English).

    Raises:
        ModelError: the language's lexicon file is missing or corrupt.
    """
    document = extraction.document
    if lexicon is None:
        if document.lang not in LEXICON_FILES:
            return []
        lexicon = load_nominal_lexicon()
    # The resolver imports this module: its helpers are imported on use, not at import.
    from kg.text import fold, slug

    text = document.text
    words = _tokens(text)
    folded = [fold(word) for _start, _end, word in words]
    parsed = _argument_heads(extraction, words, folded, lexicon, fold)
    blocked = _merged(taken, len(text))
    name_starts = {start for start, _end in taken}
    found: list[tuple[Any, ...]] = []  # _phrase's tuples
    idiomatic = _in_idioms(folded, document.lang)
    offices = word_list("OFFICE_NOUNS", document.lang)
    for i in range(len(words)):
        if i in idiomatic:
            continue  # "ont pris la fuite", "a ouvert le feu": no escape, no fire
        phrase = _phrase(i, words, folded, parsed.get(i), lexicon)
        if phrase is None or _overlaps(blocked, phrase[0], phrase[1]):
            continue
        if fold(phrase[4]) in offices:
            continue  # "l'autre poste", "à la présidence": an office ("le poste de police" is a place)
        if name_after(text, phrase[1], name_starts) is not None:
            continue  # "la compagnie aérienne IAG": a description of the name it opens
        if found and phrase[0] < found[-1][1] and not phrase[1] <= found[-1][1]:
            # "le jeune homme" after "le jeune": the longer phrase is the mention. A
            # phrase inside a fixed complement stays ("la victime d'un accident").
            if phrase[1] - phrase[0] <= found[-1][1] - found[-1][0]:
                continue
            found.pop()
        found.append(phrase)
    return _entities(found, text, document.id[:10], slug)


# --------------------------------------------------------------------------
# Helpers.


@cache
def _idioms(lang: str) -> dict[str, list[tuple[str, ...]]]:
    """The language's fixed expressions (``IDIOMS``) as folded words, by their first word's stem."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in word_list("IDIOMS", lang):
        tokens = tuple(word + "*" if star else word for word, star in re.findall(r"([^\s*']+'?)(\*?)", phrase))
        if tokens:
            by_first.setdefault(tokens[0].rstrip("*")[:3], []).append(tokens)
    return by_first


def _in_idioms(folded: list[str], lang: str) -> set[int]:
    """Indices of the words that are part of a fixed expression of ``lang``."""
    by_first = _idioms(lang)
    inside: set[int] = set()
    for i, first in enumerate(folded):
        for tokens in by_first.get(first[:3], ()):
            if all(
                i + k < len(folded) and (folded[i + k] == t or (t.endswith("*") and folded[i + k].startswith(t[:-1])))
                for k, t in enumerate(tokens)
            ):
                inside.update(range(i, i + len(tokens)))
    return inside


def _tokens(text: str) -> list[tuple[int, int, str]]:
    """Words (an elided article keeps its apostrophe: "l'"), numbers and single symbols, with offsets."""
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


def _lemma(form: str, lexicon: NominalLexicon) -> str:
    """The lemma of a word form: a learned form, the form itself, or its singular."""
    known = lexicon.forms.get(form)
    if known is not None:
        return known
    if form in lexicon.heads or form in lexicon.compounds:
        return form
    if form.endswith("aux") and form[:-3] + "al" in lexicon.heads:
        return form[:-3] + "al"
    if form[-1:] in ("s", "x"):
        return form[:-1]
    return form


def _argument_heads(
    extraction: Extraction, words, folded: list[str], lexicon: NominalLexicon, fold: Callable[[str], str]
) -> dict[int, str]:
    """Word index → lemma, where an argument's parsed head noun is a lexicon head."""
    starts = [w[0] for w in words]
    heads: dict[int, str] = {}
    for fact in extraction.facts:
        for argument in (fact.subject, fact.object, *fact.args):
            if argument is None or argument.pos != "NOUN" or not argument.head:
                continue
            lemma = fold(argument.head)
            if lemma not in lexicon.heads and lemma not in lexicon.compounds:
                continue
            stem = lemma[: max(len(lemma) - 2, 3)]
            inside = range(bisect_left(starts, argument.start), bisect_left(starts, argument.end))
            # The word the lemma fits ("policières" for "policier"), else the first word
            # after the determiner and adjectives ("yeux" for "œil").
            fits = [
                j
                for j in inside
                if folded[j] not in FUNCTION_WORDS
                and (_lemma(folded[j], lexicon) == lemma or folded[j].startswith(stem))
            ]
            fits = (
                fits
                or [
                    j
                    for j in inside
                    if folded[j] not in FUNCTION_WORDS
                    and folded[j] not in lexicon.before
                    and folded[j] not in lexicon.skipped
                    and words[j][2][:1].isalpha()
                ][:1]
            )
            if fits and not _is_name(words[fits[0]][2]):
                heads.setdefault(fits[0], lemma)
    return heads


def _phrase(i: int, words, folded: list[str], parsed: str | None, lexicon: NominalLexicon):
    """The phrase headed by word ``i``, if it names an entity: (start, end, lemma, modifiers, head, type, p, plural)."""
    form = folded[i]
    if form in FUNCTION_WORDS or _is_name(words[i][2]):
        return None
    lemma = parsed or _lemma(form, lexicon)
    entry = lexicon.heads.get(lemma)
    compounds = lexicon.compounds.get(lemma, ())
    if entry is None and not compounds:
        return None
    # Left: adjectives, then the determiner that makes it a noun phrase.
    first = i
    while first > 0 and i - first < MAX_ADJECTIVES and _adjective_before(folded[first - 1], lemma, lexicon):
        first -= 1
    opener = folded[first - 1] if first > 0 else ""
    if opener not in ARTICLES and opener not in DETERMINERS and not opener.isdigit():
        return None
    dropped = [j for j in range(first, i) if not lexicon.pairs.get((lemma, folded[j]), folded[j] in lexicon.before)]
    if dropped:  # the text starts after the last adjective annotators leave out ("un terrible accident")
        begin = words[dropped[-1] + 1][0]
    else:
        begin = words[first - 1 if opener in ARTICLES else first][0]
    modifiers = folded[first:i]
    # Right: a fixed complement, else adjectives.
    last = i
    head = entry[0] if entry is not None else lemma
    entity_type, probability = lexicon.by_form.get(form) or (entry[1:] if entry is not None else (None, 0.0))
    for tail, phrase, compound_type, compound_probability in compounds:
        if tuple(folded[i + 1 : i + 1 + len(tail)]) == tail:
            last = i + len(tail)
            head, entity_type, probability = phrase, compound_type, compound_probability
            modifiers.append(" ".join(tail))
            break
    else:
        if _is_appositive(i, words, folded, lemma, lexicon):
            return None
    stop = last + MAX_ADJECTIVES
    while (
        last < stop and last + 1 < len(words) and _adjective_after(words[last + 1][2], folded[last + 1], lemma, lexicon)
    ):
        last += 1
        modifiers.append(folded[last])
    if entity_type is None or probability < lexicon.threshold:
        return None
    plural = (
        opener in PLURAL_OPENERS
        or (opener.isdigit() and opener != "1")
        or (form != lemma and form.endswith(("s", "x")))
    )
    return begin, words[last][1], lemma, tuple(modifiers), head, entity_type, probability, plural


def _adjective_before(form: str, lemma: str, lexicon: NominalLexicon) -> bool:
    """Whether a word before a head is an adjective of its phrase (kept in its text or not)."""
    return form in lexicon.before or form in lexicon.skipped or (lemma, form) in lexicon.pairs


def _is_appositive(i: int, words, folded: list[str], lemma: str, lexicon: NominalLexicon) -> bool:
    """Whether word ``i`` is a head like "ville" that a name follows ("la ville de Lyon", "l'ONG « Aide »")."""
    return lemma in lexicon.appositive and _name_follows(i, words, folded)


def _name_follows(i: int, words, folded: list[str]) -> bool:
    """Whether a name follows word ``i``, after "de" or an opening quote or directly."""
    j = i + 1
    if j < len(words) and (folded[j] in ("de", "d'") or words[j][2] in _OPENING_QUOTES):
        j += 1
    return j < len(words) and words[j][2][:1].isupper()


def _adjective_after(word: str, form: str, lemma: str, lexicon: NominalLexicon) -> bool:
    """Whether a word after a head is an adjective that belongs to its phrase."""
    keep = lexicon.pairs.get((lemma, form))
    if keep is not None:
        return keep
    if form in lexicon.after:
        return True
    if form in lexicon.not_after or form in _NOT_ADJECTIVES or word[:1].isupper() or len(form) < 5:
        return False
    return _ADJECTIVE_ENDING.search(form) is not None


def _is_name(word: str) -> bool:
    """A capitalized word that is not all capitals: part of a name ("la Croix-Rouge"), not a common noun."""
    return word[:1].isupper() and not word.isupper()


#: A definite or demonstrative determiner right before a phrase (or opening it).
_DEFINITE_BEFORE = re.compile(
    r"(?:^|[\s'’])(?:le|la|l['’]|les|ce|cet|cette|ces)\s*(?:\S+\s*)?$|^\s*(?:l['’]|le |la |les )", re.IGNORECASE
)


def _entities(found: list, text: str, scope: str, slug: Callable[[str], str]) -> list[Nominal]:
    """Group phrases into entities (same lemma, modifiers that agree) and give each its key and type."""
    clusters: dict[str, list[tuple[set[str], bool, str]]] = {}  # lemma → [(modifiers, plural, key)], latest last
    used: set[str] = set()
    keyed = []
    anaphors = word_list("EVENT_ANAPHORS", "fr")  # shell nouns that take up an event ("l'incident")
    kinds = word_groups("EVENT_KINDS", "fr")  # "l'incendie", "le feu", "les flammes": one kind of event
    latest_event: tuple[str, str] | None = None  # (lemma, key) of the last event named
    latest_of_kind: dict[int, str] = {}  # kind → key of the last event of that kind
    for begin, end, lemma, modifiers, head, entity_type, probability, plural in found:
        mine = set(modifiers)
        key = None
        definite = _DEFINITE_BEFORE.search(text[max(0, begin - 8) : begin + 3]) is not None
        if latest_event is not None and lemma in anaphors and lemma != latest_event[0] and definite:
            # "Un incendie a ravagé ... L'incident": a definite shell noun takes up the
            # event just told, it names no new one.
            keyed.append((begin, end, latest_event[1], head, entity_type, probability))
            continue
        kind = kinds.get(lemma)
        if (
            kind is not None
            and kind in latest_of_kind
            and definite
            and entity_type == "Event"
            and lemma not in clusters
        ):
            # "Un incendie s'est déclaré ... Le feu": the same fire, in other words.
            key = latest_of_kind[kind]
            keyed.append((begin, end, key, head, entity_type, probability))
            latest_event = (lemma, key)
            continue
        for held, many, candidate in reversed(clusters.get(lemma, [])):
            # "l'hôpital" and "les hôpitaux" are not one entity; "la manifestation"
            # and "les manifestations" are often one event told in its parts.
            if (many == plural or entity_type == "Event") and (mine <= held or held <= mine):
                held |= mine
                key = candidate
                break
        if key is None:
            name = head if lemma not in clusters else " ".join([head, *sorted(mine)])
            key, n = f"{slug(name)}-{scope}", 2
            while key in used:
                key, n = f"{slug(name)}-{n}-{scope}", n + 1
            used.add(key)
            clusters.setdefault(lemma, []).append((mine, plural, key))
        keyed.append((begin, end, key, head, entity_type, probability))
        if entity_type == "Event":
            latest_event = (lemma, key)
            if kind is not None:
                latest_of_kind[kind] = key
    # An entity has one type: that of its most confident mention.
    best: dict[str, tuple[float, str]] = {}
    for _b, _e, key, _h, entity_type, probability in keyed:
        if key not in best or probability > best[key][0]:
            best[key] = (probability, entity_type)
    return [Nominal(b, e, text[b:e], key, best[key][1], head, round(p, 4)) for b, e, key, head, _t, p in keyed]


#: A lowercase word that may stand between a description and its name
#: ("le groupe chimique et pharmaceutique allemand Bayer").
_DESCRIBING_WORD = re.compile(r"\s+([a-zà-öø-ÿ][a-zà-öø-ÿ'’-]*)?")

#: Most such words.
_MOST_DESCRIBING_WORDS = 4

#: Endings of the adjectives (nationalities included) that may stand there:
#: a verb ("La Commission a bloqué", "the regulator blocked") ends the walk.
_DESCRIBING_ENDING = re.compile(
    r"(?:iques?|ales?|aux|aires?|elles?|els|iennes?|iens?|ifs?|ives?|euses?|eux|ais|aises?|ois|oises?|"
    r"ains?|aines?|ands?|andes?|anes?|an|ese|ish|ic|ical)$"
)

#: Conjunctions that may join two such adjectives.
_JOINING = either("ADJECTIVE_JOINERS")


def name_after(text: str, end: int, name_starts: Container[int]) -> int | None:
    """Where a name starts after ``end``, past nothing but adjectives ("chimique et pharmaceutique allemand").

    "le groupe chimique et pharmaceutique allemand | Bayer": the description
    ends at ``end`` and the name it opens starts at the returned offset.
    ``None`` when the next capitalized word starts no name in
    ``name_starts``, or a word on the way is not an adjective.
    """
    position = end
    last = re.search(r"([a-zà-öø-ÿ'’-]+)$", text[max(0, end - 30) : end])
    previous_adjective = last is not None and _DESCRIBING_ENDING.search(last[1].lower()) is not None
    for _ in range(_MOST_DESCRIBING_WORDS + 1):
        m = _DESCRIBING_WORD.match(text, position)
        if m is None:
            return None
        if m.start(1) < 0:
            return m.end() if m.end() in name_starts else None
        word = m[1].lower()
        if word in _JOINING and previous_adjective:
            previous_adjective = False
        elif len(word) > 3 and word not in FUNCTION_WORDS and _DESCRIBING_ENDING.search(word):
            previous_adjective = True
        else:
            return None
        position = m.end()
    return None


def _merged(spans: Collection[tuple[int, int]], limit: int) -> list[tuple[int, int]]:
    """The spans sorted and merged, for overlap tests by bisection."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted((int(s), int(e)) for s, e in spans if int(e) > int(s) and int(s) < limit):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of the merged ``spans``."""
    i = bisect_left(spans, (end, end))
    return i > 0 and spans[i - 1][1] > start
