"""Typed relations between the entities of a document, by a learned classifier.

Every ordered pair of a document's entities is a candidate: a person and the
country whose citizen they are, a city and its country, a minister and the
government they serve. :func:`pair_features` describes a pair as a bag of
strings (the two types, what the gazetteer says of them, the words between
their closest mentions in a sentence, role nouns and nationality adjectives
next to the first one, how often and where each is named), hashed into a
fixed number of buckets; one logistic classifier per ontology property
scores the pair, and a property is stated when its probability reaches its
threshold.

The weights are trained from annotated news (``bench/train.py``): English
from DWIE, French from POPCORN. They ship as ``kg/data/relations-<lang>.npz``
with the licence of their training data beside them (``kg/data/README.md``).
A missing or unreadable file is an error that names the file and the
command that rebuilds it; nothing is downloaded.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from kg.errors import ModelError
from kg.lang.places import lookup as lookup_place
from kg.types import Entity, Fact, Relation, Sentence

__all__ = ["HASH_BUCKETS", "TYPES", "RelationModel", "find_relations", "load_model", "pair_features"]

#: Feature buckets: features are hashed (CRC-32) into this many weights per property.
HASH_BUCKETS = 1 << 16

#: Entity types a relation may join.
TYPES = frozenset({"Person", "Organization", "Place", "Event"})

#: What each property may join: (subject types, object types), as the ontology's
#: rdfs:domain and rdfs:range say (kg:Entity ends admit any type). A pair of
#: other types is never stated, whatever the classifier scores.
ENDS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "citizenOf": (frozenset({"Person"}), frozenset({"Place"})),
    "livesIn": (frozenset({"Person"}), frozenset({"Place"})),
    "bornIn": (frozenset({"Person"}), frozenset({"Place"})),
    "headquarteredIn": (frozenset({"Organization"}), frozenset({"Place"})),
    "operatesIn": (frozenset({"Organization"}), frozenset({"Place"})),
    "locatedIn": (TYPES, frozenset({"Place"})),
    "memberOf": (TYPES, frozenset({"Organization"})),
    "worksFor": (frozenset({"Person"}), TYPES),
    "spouseOf": (frozenset({"Person"}), frozenset({"Person"})),
    "relativeOf": (frozenset({"Person"}), frozenset({"Person"})),
}

#: Most entities of one document considered (the most mentioned first): pairs grow as their square.
MAX_ENTITIES = 60

#: Words kept between two mentions of a pair in one sentence.
MAX_BETWEEN = 6

#: The command that rebuilds the weights.
RETRAIN = "python bench/train.py"

_WORD = re.compile(r"[\w'’-]+|[,;:()]")


@dataclass(frozen=True)
class RelationModel:
    """Weights of the relation classifier of one language.

    Attributes:
        properties: The ontology properties it scores, in column order.
        weights: ``HASH_BUCKETS`` × properties weights (a NumPy array).
        bias: One intercept per property.
        thresholds: The probability each property must reach to be stated.
        demonyms: Folded nationality adjective → key of its country ("german" → "germany").
        sentence_level: Whether only pairs named close together are scored (at
            most ``SENTENCE_WINDOW`` sentences apart): the French model, trained
            on short reports, does not carry over to pairs a long article names
            far apart.
    """

    properties: tuple[str, ...]
    weights: Any
    bias: Any
    thresholds: Any
    demonyms: dict[str, str]
    sentence_level: bool = False


def data_path(name: str) -> Path:
    """Where a file of ``kg/data`` is (installed package or source tree)."""
    return Path(str(resources.files("kg.data").joinpath(name)))


@cache
def load_model(lang: str) -> RelationModel | None:
    """The relation model of ``lang``, or ``None`` when the language has none.

    Raises:
        ModelError: the weights file is missing or cannot be read.
    """
    if lang not in ("en", "fr"):
        return None
    path = data_path(f"relations-{lang}.npz")
    if not path.is_file():
        raise ModelError(f"relation weights {path} are missing; rebuild them with `{RETRAIN}`")
    import numpy

    try:
        with numpy.load(path, allow_pickle=False) as data:
            properties = tuple(str(p) for p in data["properties"])
            weights = data["weights"].astype(numpy.float32)
            bias = data["bias"].astype(numpy.float32)
            thresholds = data["thresholds"].astype(numpy.float32)
            demonyms = dict(zip((str(k) for k in data["demonym_words"]), (str(v) for v in data["demonym_keys"])))
            sentence_level = bool(data["sentence_level"])
    except Exception as exc:
        raise ModelError(f"relation weights {path} cannot be read ({exc}); rebuild them with `{RETRAIN}`") from exc
    if (
        weights.shape != (HASH_BUCKETS, len(properties))
        or bias.shape != (len(properties),)
        or thresholds.shape != (len(properties),)
    ):
        raise ModelError(f"relation weights {path} do not have the expected shape; rebuild them with `{RETRAIN}`")
    return RelationModel(properties, weights, bias, thresholds, demonyms, sentence_level)


@dataclass
class _Document:
    """What the features read of a document (built once per document)."""

    text: str
    sentences: list[Sentence]
    starts: list[int]
    mentions: dict[str, list[tuple[int, int]]]
    entities: dict[str, Entity]
    demonyms: dict[str, str]
    top_country: str | None
    #: What the extractor's facts say between two entities, as features ((subject, other) → features).
    said: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    #: Offsets of the line breaks (computed when first needed).
    breaks: list[int] | None = None
    #: Per-entity feature parts (:func:`_near`), and the countries each sentence's adjectives name.
    near: dict[str, Any] = field(default_factory=dict)
    sentence_demonyms: dict[int, set[str]] = field(default_factory=dict)
    places: dict[str, Any] = field(default_factory=dict)
    gaps: dict[tuple[str, str], int] = field(default_factory=dict)

    def sentence_of(self, offset: int) -> int:
        from bisect import bisect_right

        return max(bisect_right(self.starts, offset) - 1, 0)


def find_relations(
    text: str,
    sentences: Sequence[Sentence],
    entities: Sequence[Entity],
    links: Sequence[tuple[tuple[int, int], str]],
    lang: str,
    facts: Sequence[Fact] = (),
) -> tuple[Relation, ...]:
    """The relations the classifier states between a document's entities.

    Args:
        text: The document's text.
        sentences: Its sentences.
        entities: Its resolved entities.
        links: ``((start, end), key)``: which spans name which entity.
        lang: Its language.
        facts: The extractor's facts: a fact whose subject is one entity and
            whose object or argument is the other tells the pair's relation
            words ("be chancellor of", "lead").

    Returns:
        The relations, one per (subject, property, object), in a stable order.
    """
    model = load_model(lang)
    if not sentences:
        return ()
    ruled = based_relations(text, sentences, entities, links) if lang == "en" else ()
    if model is None:
        return ruled
    document = _document(text, sentences, entities, links, model.demonyms, facts, lang)
    keys = _candidates(document)
    if len(keys) < 2:
        return ruled
    import numpy

    found: list[Relation] = []
    pairs: list[tuple[str, str, int]] = []
    rows: list[int] = []
    offsets: list[int] = []
    for a in keys:
        for b in keys:
            if a == b:
                continue
            if model.sentence_level and (
                sentence_gap(document, a, b) > _window(document, a, b) or not _same_paragraph(document, a, b)
            ):
                continue
            features, evidence = pair_features(document, a, b)
            offsets.append(len(rows))
            rows.extend(_bucket(f) for f in features)
            pairs.append((a, b, evidence))
    if not pairs:
        return ruled
    # One gather and one sum for every pair of the document.
    logits = numpy.add.reduceat(model.weights[rows], offsets, axis=0) + model.bias
    probabilities = 1.0 / (1.0 + numpy.exp(-logits))
    for row, column in numpy.argwhere(probabilities >= model.thresholds).tolist():
        a, b, evidence = pairs[row]
        prop = model.properties[column]
        subjects, objects = ENDS.get(prop, (TYPES, TYPES))
        if document.entities[a].type in subjects and document.entities[b].type in objects:
            found.append(Relation(a, prop, b, evidence, float(probabilities[row, column])))
    stated = {(r.subject, r.property, r.object) for r in found}
    found.extend(r for r in ruled if (r.subject, r.property, r.object) not in stated)
    return tuple(sorted(found, key=lambda r: (r.subject, r.property, r.object)))


def based_relations(
    text: str,
    sentences: Sequence[Sentence],
    entities: Sequence[Entity],
    links: Sequence[tuple[tuple[int, int], str]],
) -> tuple[Relation, ...]:
    """``kg:headquarteredIn`` read from "X-based Y" ("Lyon-based Northwind"): Y is an organization, X a place."""
    from bisect import bisect_right

    from kg.resolve.identity import entity_key
    from kg.resolve.mentions import _BASED_ON

    by_key = {e.key: e for e in entities}
    spans = sorted(span for span, _key in links)
    starts = [span[0] for span in spans]
    keys = dict(links)
    ordered = sorted(sentences, key=lambda s: s.start)
    sentence_starts = [s.start for s in ordered]
    found: list[Relation] = []
    for m in _BASED_ON.finditer(text):
        place = keys.get(m.span(1)) or entity_key(m[1])
        if place not in by_key or by_key[place].type != "Place":
            continue
        i = max(bisect_right(sentence_starts, m.start()) - 1, 0)
        sentence = ordered[i] if ordered else None
        limit = min(m.end() + 80, sentence.end if sentence else len(text))
        for j in range(bisect_right(starts, m.end() - 1), len(spans)):
            start, _end = spans[j]
            if start >= limit:
                break
            other = keys[spans[j]]
            if other in by_key and by_key[other].type == "Organization" and other != place:
                found.append(
                    Relation(other, "headquarteredIn", place, sentence.index if sentence else 0, 0.9, "kg.nominal")
                )
                break
    return tuple(found)


@lru_cache(maxsize=1 << 17)
def _bucket(feature: str) -> int:
    """The weight row of a feature (CRC-32, stable across processes and runs)."""
    return zlib.crc32(feature.encode("utf-8")) % HASH_BUCKETS


def _document(
    text: str,
    sentences: Sequence[Sentence],
    entities: Sequence[Entity],
    links: Sequence[tuple[tuple[int, int], str]],
    demonyms: dict[str, str],
    facts: Sequence[Fact] = (),
    lang: str = "en",
) -> _Document:
    """Index a document for :func:`pair_features`."""
    from kg.resolve.lexicon import canonical_relation
    from kg.text import fold

    spans = dict(links)
    said: dict[tuple[str, str], set[str]] = defaultdict(set)
    for fact in facts:
        if fact.negated:
            continue
        subject = spans.get((fact.subject.start, fact.subject.end))
        if subject is None:
            continue
        canon = canonical_relation(fact, lang)
        lemma = fold(fact.lemma or fact.relation)
        for argument in ((fact.object,) if fact.object is not None else ()) + tuple(fact.args):
            other = spans.get((argument.start, argument.end))
            if other is None or other == subject:
                continue
            words = said[(subject, other)]
            words.add(f"F={lemma}|{fold(argument.role)}")
            if canon is not None:
                words.add(f"FC={canon.property}")
            for word in lemma.split():
                words.add(f"FW={word}")
    ordered = sorted(sentences, key=lambda s: s.start)
    mentions: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for span, key in links:
        mentions[key].append(span)
    for positions in mentions.values():
        positions.sort()
    by_key = {e.key: e for e in entities}
    countries = [
        (len(mentions.get(e.key, ())), e.key) for e in entities if e.type == "Place" and _place_kind(e) == "country"
    ]
    top = max(countries)[1] if countries else None
    return _Document(text, ordered, [s.start for s in ordered], dict(mentions), by_key, demonyms, top, dict(said))


def _candidates(document: _Document) -> list[str]:
    """Keys of the entities that may take part in relations, most mentioned first."""
    keys = [k for k, e in document.entities.items() if e.type in TYPES and document.mentions.get(k)]
    keys.sort(key=lambda k: (-len(document.mentions[k]), k))
    return sorted(keys[:MAX_ENTITIES])


#: How many sentences apart a sentence-level model still scores a pair.
SENTENCE_WINDOW = 2

#: Pairs (subject type, object type) that a sentence-level model scores only when one
#: sentence names both. A short report sets its scene once ("À Denver, ...") and
#: places everyone in it; a news article names many places, and a person named a
#: sentence away from one is seldom there ("Son directeur général, Andrea Orcel, ..."
#: after a sentence about Italy). Measured on POPCORN (5-fold, held out), this costs
#: 0.016 of relation F1; in business news it removes most of the people wrongly placed.
SAME_SENTENCE_ONLY = frozenset({("Person", "Place")})


def _window(document: _Document, a: str, b: str) -> int:
    """How many sentences apart a sentence-level model still scores the pair (``a``, ``b``)."""
    pair = (document.entities[a].type, document.entities[b].type)
    return 0 if pair in SAME_SENTENCE_ONLY else SENTENCE_WINDOW


def _same_paragraph(document: _Document, a: str, b: str) -> bool:
    """Whether one paragraph (a block of text between line breaks) names both entities."""
    from bisect import bisect_right

    if document.breaks is None:
        document.breaks = [i for i, c in enumerate(document.text) if c == "\n"]
    breaks = document.breaks

    def paragraphs(key: str) -> set[int]:
        return {bisect_right(breaks, start) for start, _end in document.mentions[key]}

    return bool(paragraphs(a) & paragraphs(b))


def same_sentence(features: list[str]) -> bool:
    """Whether a pair's features say both are named close enough for a sentence-level model (:func:`_window`)."""
    pair = next((tuple(f[2:].split(">", 1)) for f in features if f.startswith("T=")), None)
    window = 0 if pair in SAME_SENTENCE_ONLY else SENTENCE_WINDOW
    for feature in features:
        if feature.startswith("GAP="):
            return int(feature[4 : feature.index("|")]) <= window
    return True


def pair_features(document: _Document, a: str, b: str) -> tuple[list[str], int]:
    """The features of the ordered pair (``a``, ``b``) and the sentence that is its best evidence.

    Returns:
        Feature strings (hashed by the caller) and the index of a sentence
        where both are named (the closest such pair of mentions), else the
        sentence where ``a`` is first named.
    """
    ea, eb = document.entities[a], document.entities[b]
    ta, tb = ea.type, eb.type
    pair = f"{ta}>{tb}"
    features = [f"T={pair}"]
    if a not in document.places:
        document.places[a] = _place(ea)
    if b not in document.places:
        document.places[b] = _place(eb)
    pa, pb = document.places[a], document.places[b]
    if pa is not None or pb is not None:
        ka = pa.kind if pa else "-"
        kb = pb.kind if pb else "-"
        features.append(f"G={ka}>{kb}")
        if pa is not None and pb is not None and pb.kind == "country" and pa.country == pb.country and pa.key != pb.key:
            features.append(f"G:in_country|{ka}")
        if pb is not None and pb.kind == "country" and pa is None and _in_name(ea, pb.country, eb, document):
            features.append(f"NAME:country|{pair}")
    if document.top_country == b:
        features.append(f"TOPC|{ta}")
    for said in sorted(document.said.get((a, b), ())):
        features.append(f"{said}|ab")
    for said in sorted(document.said.get((b, a), ())):
        features.append(f"{said}|ba")
    ma, mb = document.mentions[a], document.mentions[b]
    features.append(f"NA={min(len(ma), 4)}|{pair}")
    features.append(f"NB={min(len(mb), 4)}|{pair}")
    # Nationality adjectives and role nouns next to the first entity.
    near = _near(document, a)
    demonym_hit = False
    for left_targets, sentence_targets in zip(near.left_targets, near.sentence_targets):
        if b in left_targets:
            demonym_hit = True
        if not demonym_hit and b in sentence_targets:
            features.append(f"DEM:sent|{pair}")
    if demonym_hit:
        features.append(f"DEM:left|{pair}")
    for word in near.roles:
        features.append(f"L={word}|{tb}")
    # The closest mentions in one sentence, and the words between them.
    best: tuple[int, tuple[int, int], tuple[int, int]] | None = None
    shared = 0
    sentences_a = near.sentence_set
    near_b = _near(document, b)
    for span_b, index in zip(mb, near_b.sentences):
        if index not in sentences_a:
            continue
        shared += 1
        for span_a, index_a in zip(ma, near.sentences):
            if index_a != index:
                continue
            distance = abs(span_a[0] - span_b[0])
            if best is None or distance < best[0]:
                best = (distance, span_a, span_b)
    features.append(f"S={min(shared, 3)}|{pair}")
    if best is None:
        gap = sentence_gap(document, a, b)
        features.append(f"NOSENT|{pair}")
        features.append(f"GAP={min(gap, 4)}|{pair}")
        evidence = document.sentences[document.sentence_of(ma[0][0])].index if document.sentences else 0
        return features, evidence
    _distance, span_a, span_b = best
    evidence = document.sentences[document.sentence_of(span_a[0])].index
    first, second = (span_a, span_b) if span_a[0] <= span_b[0] else (span_b, span_a)
    order = "ab" if first is span_a else "ba"
    between = _words(document.text[first[1] : second[0]]) if second[0] > first[1] else []
    features.append(f"O={order}|{pair}")
    features.append(f"D={min(len(between), 10)}|{order}")
    if len(between) <= MAX_BETWEEN:
        for word in between:
            features.append(f"B={word}|{order}")
        features.append(f"BS={'_'.join(between)}|{order}")
    else:
        for word in between[:3] + between[-3:]:
            features.append(f"BE={word}|{order}")
    for word in _words_before(document.text, first[0], 2):
        features.append(f"LF={word}|{order}")
    for word in _words(document.text[second[1] : second[1] + 40])[:2]:
        features.append(f"RS={word}|{order}")
    return features, evidence


@dataclass
class _Near:
    """What the features read around one entity's mentions (computed once per entity)."""

    #: Sentence index of each mention, in mention order.
    sentences: list[int]
    sentence_set: set[int]
    #: Per mention: the countries whose nationality adjective is among the 3 words before it...
    left_targets: list[set[str]]
    #: ... and those whose adjective is anywhere in its sentence.
    sentence_targets: list[set[str]]
    #: The words before its mentions (role nouns, adjectives), sorted, the first 8.
    roles: list[str]


def _near(document: _Document, key: str) -> _Near:
    """The per-entity part of :func:`pair_features`, cached on the document."""
    found = document.near.get(key)
    if found is not None:
        return found
    sentences, left_targets, sentence_targets = [], [], []
    roles: set[str] = set()
    for start, _end in document.mentions[key]:
        index = document.sentence_of(start)
        sentences.append(index)
        left = _words_before(document.text, start, 3)
        roles.update(left)
        left_targets.append({document.demonyms[w] for w in left if w in document.demonyms})
        if index not in document.sentence_demonyms:
            sentence = document.sentences[index]
            document.sentence_demonyms[index] = {
                document.demonyms[w]
                for w in _words(document.text[sentence.start : sentence.end])
                if w in document.demonyms
            }
        sentence_targets.append(document.sentence_demonyms[index])
    found = _Near(sentences, set(sentences), left_targets, sentence_targets, sorted(roles)[:8])
    document.near[key] = found
    return found


def sentence_gap(document: _Document, a: str, b: str) -> int:
    """How many sentences apart the closest mentions of two entities are (0: one sentence names both)."""
    pair = (a, b) if a < b else (b, a)
    gap = document.gaps.get(pair)
    if gap is None:
        first, second = _near(document, a).sentence_set, _near(document, b).sentence_set
        gap = 0 if first & second else min(abs(x - y) for x in first for y in second)
        document.gaps[pair] = gap
    return gap


def _place(entity: Entity) -> Any:
    """The gazetteer's place for an entity typed Place, if its label is one."""
    return lookup_place(entity.label) if entity.type == "Place" else None


def _place_kind(entity: Entity) -> str | None:
    place = _place(entity)
    return place.kind if place is not None else None


def _in_name(entity: Entity, code: str | None, country: Entity, document: _Document) -> bool:
    """Whether an organization's name holds its country's name or adjective ("German Football Association")."""
    names = [entity.label, *entity.aliases]
    for name in names:
        for word in _words(name):
            if document.demonyms.get(word) == country.key:
                return True
            place = lookup_place(word)
            if place is not None and place.country == code and place.kind == "country":
                return True
    return False


def _words(text: str) -> list[str]:
    """Folded words and clause punctuation of a text."""
    from kg.text import fold

    return [w for w in _WORD.findall(fold(text))]


def _words_before(text: str, start: int, count: int) -> list[str]:
    """The last ``count`` words before ``start`` on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    return _words(text[max(line_start, start - 60) : start])[-count:]
