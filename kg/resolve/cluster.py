"""What the resolver knows of one entity while it reads a document, and the record it makes of it."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from kg.lang import either
from kg.lang.places import lookup as lookup_place
from kg.resolve.identity import entity_key
from kg.text import fold
from kg.types import (
    Entity,
)

#: Entity classes of the ontology, most likely first (ties in a type vote go
#: to the earlier one).
ENTITY_TYPES: tuple[str, ...] = ("Organization", "Person", "Place", "Product", "Event", "Work", "Entity")


#: Tagger labels (French and English spaCy schemes) → ontology class. Labels
#: not listed (DATE, MONEY, CARDINAL, NORP...) are values or adjectives, not entities.
TAGGER_TYPES: dict[str, str] = {
    "PER": "Person",
    "PERSON": "Person",
    "ORG": "Organization",
    "LOC": "Place",
    "GPE": "Place",
    "FAC": "Place",
    "PRODUCT": "Product",
    "EVENT": "Event",
    "WORK_OF_ART": "Work",
    "LAW": "Work",
    "MISC": "Entity",
}


@dataclass
class _Cluster:
    """Everything seen of one entity while resolving (mutable, private)."""

    key: str
    forms: Counter[str] = field(default_factory=Counter)
    votes: Counter[str] = field(default_factory=Counter)
    positions: list[int] = field(default_factory=list)
    spans: set[tuple[int, int]] = field(default_factory=set)
    part_of: str | None = None
    #: Whether the tagger named it at least once (else it came from an argument alone).
    tagged: bool = False
    #: Whether it is a discourse entity named by common nouns (kg.resolve.nominals).
    nominal: bool = False
    #: Grammatical gender and number seen ("m", "f", "p" for plural), for French pronouns.
    genders: set[str] = field(default_factory=set)
    #: Head nouns of its common-noun mentions ("victime"), for a discourse entity.
    heads: set[str] = field(default_factory=set)


def _cluster(clusters: dict[str, _Cluster], surface: str) -> _Cluster:
    """The cluster of ``surface``'s key, created when new."""
    key = entity_key(surface)
    if key not in clusters:
        clusters[key] = _Cluster(key)
    return clusters[key]


def clusters_type(clusters: dict[str, _Cluster], key: str) -> str | None:
    """The type a cluster's votes point to so far (before the election), if any."""
    cluster = clusters.get(key)
    if cluster is None or not cluster.votes:
        return None
    return max(sorted(cluster.votes), key=lambda t: cluster.votes[t])


def _merge(clusters: dict[str, _Cluster], short: str, full: str, links: dict[tuple[int, int], str]) -> None:
    """Fold cluster ``short`` into ``full`` and point its links there."""
    source, target = clusters.pop(short), clusters[full]
    target.forms.update(source.forms)
    target.votes.update(source.votes)
    target.positions.extend(source.positions)
    target.spans |= source.spans
    target.tagged = target.tagged or source.tagged
    target.genders |= source.genders
    target.part_of = target.part_of or source.part_of
    for span, key in list(links.items()):
        if key == short:
            links[span] = full


def _entity(cluster: _Cluster, entity_type: str) -> Entity:
    """The frozen record of a cluster."""
    forms = cluster.forms or Counter({cluster.key: 1})
    label = _best_label(forms)
    aliases = tuple(sorted(f for f in forms if f != label))
    votes = tuple(sorted(_all_votes(cluster).items(), key=lambda item: (-item[1], item[0])))
    return Entity(
        key=cluster.key,
        label=label,
        type=entity_type,
        aliases=aliases,
        type_votes=votes,
        mentions=max(len(cluster.positions), 1),
        part_of=cluster.part_of,
    )


def _best_label(forms: Counter[str]) -> str:
    """The most informative surface form: not shouted, the fullest name, frequent, with accents."""

    def score(form: str) -> tuple[bool, bool, bool, int, int, int, int, str]:
        return (
            not (form.isupper() and len(form) > 1),  # "Alibaba" over "ALIBABA"
            not form.islower(),  # "Alibaba" over "alibaba"
            not (form[:1].islower() and any(f[:1].isupper() for f in forms)),  # "France" over "la France"
            len(form.split()),  # "Jeff Zhang" over a more frequent "Zhang"
            forms[form],
            sum(ord(c) > 127 for c in form),  # "États-Unis" over "Etats-Unis"
            len(form),
            form,
        )

    return max(forms, key=score)


#: Words that make a name an organization's.
_ORG_WORDS = either("ORGANIZATION_WORDS")


#: First words of names that say what they name ("massacre de Badajoz", "gare d'Inari").
_NAME_HEADS: dict[str, frozenset[str]] = {
    "Event": either("EVENT_NAME_HEADS"),
    "Place": either("PLACE_NAME_HEADS"),
    "Organization": either("ORGANIZATION_NAME_HEADS"),
}


def _all_votes(cluster: _Cluster) -> Counter[str]:
    """The cluster's votes plus the evidence of its names (org words, gazetteer)."""
    votes = Counter(cluster.votes)
    names = [fold(form) for form in cluster.forms]
    if any(set(name.split()) & _ORG_WORDS for name in names):
        votes["Organization"] += 1
    weight = max((_place_weight(form) for form in cluster.forms), default=0)
    if weight:
        votes["Place"] += weight
    heads = {re.split(r"[\s'-]", name, maxsplit=1)[0] for name in names}
    for entity_type, words in _NAME_HEADS.items():
        if heads & words:
            votes[entity_type] += 1
    return votes


def _place_weight(form: str) -> int:
    """How strongly the gazetteer says a name is a place: countries most, small towns least."""
    place = lookup_place(form)
    if place is None:
        return 0
    if place.kind in ("country", "continent"):
        return 3
    if place.kind == "region" or place.population >= 500_000:
        return 2
    return 1


def _kept(cluster: _Cluster, entity_type: str) -> bool:
    """Whether a cluster is an entity: the tagger named it, evidence typed it, or the text names it fully or twice."""
    if cluster.tagged or entity_type != "Entity":
        return True
    return len(cluster.positions) >= 2 or any(len(form.split()) >= 2 for form in cluster.forms)


def _add_found_name(
    clusters: dict[str, _Cluster],
    links: dict[tuple[int, int], str],
    text: str,
    start: int,
    end: int,
    entity_type: str,
    weight: int,
) -> str:
    """Record a name a pattern of the text found (not the tagger) as a mention of its entity; returns the key."""
    surface = text[start:end]
    cluster = _cluster(clusters, surface)
    cluster.forms[surface] += 1
    cluster.votes[entity_type] += weight
    cluster.tagged = True
    cluster.positions.append(start)
    cluster.spans.add((start, end))
    links[(start, end)] = cluster.key
    return cluster.key
