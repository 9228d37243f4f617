"""Salience: which entities a reader has in mind at each point of a document.

Where each entity was named, was the subject or topic of a clause, and which
description introduced it ("le groupe chinois Alibaba"); what pronouns and
descriptions take up counts too, as resolution goes on. The antecedents of
pronouns and descriptions are chosen among the salient entities
(:mod:`kg.resolve.anaphora`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections import Counter, defaultdict

from kg.resolve.cluster import (
    _Cluster,
)
from kg.resolve.coref import Candidate
from kg.resolve.reading import _arguments
from kg.resolve.vocabulary import (
    _DESCRIPTION,
)
from kg.text import fold
from kg.types import (
    Argument,
    Extraction,
    Fact,
)


def _salience(
    extraction: Extraction, facts: tuple[Fact, ...], clusters: dict[str, _Cluster], links: dict[tuple[int, int], str]
) -> _Salience:
    """Where each entity was named, was the topic of a sentence, and was introduced by a description."""
    subjects: dict[str, list[int]] = defaultdict(list)
    descriptions: dict[str, set[str]] = defaultdict(set)
    # The first entity a sentence names is its topic, as its subject is,
    # whether or not the parser found the subject.
    ordered_links = sorted(links.items())
    link_starts = [span[0] for span, _key in ordered_links]
    for sentence in extraction.sentences:
        i = bisect_left(link_starts, sentence.start)
        if i < len(ordered_links) and link_starts[i] < sentence.end:
            span, key = ordered_links[i]
            subjects[key].append(span[0])
    for fact in facts:
        subject_key = links.get((fact.subject.start, fact.subject.end))
        if subject_key is not None:
            subjects[subject_key].append(fact.subject.start)
        for _slot, argument in _arguments(fact):
            argument_key = links.get((argument.start, argument.end))
            if argument_key is not None and argument_key in clusters:
                description = _introducing_description(argument, clusters[argument_key])
                if description:
                    descriptions[argument_key].add(description)
    return _Salience(clusters, subjects, descriptions, [s.start for s in extraction.sentences], links)


def _bare_description(folded: str) -> str:
    """A description without its determiner: "le groupe chinois" → "groupe chinois"."""
    return re.sub(r"^(?:le|la|les|l'|ce|cet|cette|ces|the|this|these|that)\s*", "", folded).strip()


def _introducing_description(argument: Argument, cluster: _Cluster) -> str | None:
    """The description an argument puts before the entity's name ("le groupe chinois Alibaba" → "groupe chinois")."""
    folded = fold(argument.text)
    for form in sorted(cluster.forms, key=len, reverse=True):
        name = fold(form)
        if folded.endswith(" " + name) and _DESCRIPTION.match(folded):
            bare = _bare_description(folded[: -len(name)].strip(" ,"))
            return bare or None
    return None


class _Salience:
    """Where each entity was named, to find the salient ones before a position quickly."""

    #: Entities named this many characters before a pronoun are candidates...
    WINDOW = 3000
    #: ... and so are the document's most named entities, wherever they were.
    TOP = 5

    def __init__(
        self,
        clusters: dict[str, _Cluster],
        subjects: dict[str, list[int]] | None = None,
        descriptions: dict[str, set[str]] | None = None,
        sentence_starts: list[int] | None = None,
        links: dict[tuple[int, int], str] | None = None,
    ) -> None:
        #: Where each entity was the subject of a clause.
        self.subjects = {key: sorted(v) for key, v in (subjects or {}).items()}
        #: Where the document's sentences start.
        self.sentence_starts = sorted(sentence_starts or ())
        #: The descriptions each entity was introduced with ("groupe chinois").
        self.descriptions = descriptions or {}
        #: Which spans name which entity, in text order.
        self.links = sorted((links or {}).items())
        self.positions = {key: sorted(c.positions) for key, c in clusters.items() if c.positions}
        self.events = sorted((p, key) for key, ps in self.positions.items() for p in ps)
        self.starts = [p for p, _key in self.events]
        ranked = sorted(self.positions, key=lambda k: (-len(self.positions[k]), k))
        self.top = ranked[: self.TOP]

    def candidates(self, start: int) -> list[str]:
        """Entities named shortly before ``start``, and the most named ones."""
        low = bisect_left(self.starts, start - self.WINDOW)
        high = bisect_left(self.starts, start)
        return list(dict.fromkeys([key for _p, key in self.events[low:high]] + self.top))

    def recent_subject(self, key: str, start: int) -> bool:
        """Whether ``key`` was the subject of a clause in the few hundred characters before ``start``."""
        positions = self.subjects.get(key, [])
        i = bisect_left(positions, start)
        return i > 0 and start - positions[i - 1] < 300

    def subject_of_sentence(self, key: str, start: int) -> bool:
        """Whether ``key`` is the subject of a clause earlier in the sentence of ``start``."""
        if not self.sentence_starts:
            return False
        sentence_start = self.sentence_starts[max(bisect_right(self.sentence_starts, start) - 1, 0)]
        positions = self.subjects.get(key, [])
        i = bisect_left(positions, start)
        return i > 0 and positions[i - 1] >= sentence_start

    def named_in_sentence(self, key: str, start: int) -> bool:
        """Whether ``key`` was named earlier in the sentence of ``start``."""
        if not self.sentence_starts:
            return False
        sentence_start = self.sentence_starts[max(bisect_right(self.sentence_starts, start) - 1, 0)]
        _count, last = self.before(key, start)
        return last >= sentence_start

    def before(self, key: str, start: int) -> tuple[int, int]:
        """How many times ``key`` was named before ``start``, and where last."""
        positions = self.positions.get(key, [])
        count = bisect_left(positions, start)
        return count, positions[count - 1] if count else -1

    def add(self, key: str, start: int, *, subject: bool = False) -> None:
        """Count a mention of ``key`` at ``start`` that resolution found (a pronoun, a description)."""
        insort(self.positions.setdefault(key, []), start)
        i = bisect_left(self.events, (start, key))
        self.events.insert(i, (start, key))
        self.starts.insert(i, start)
        if subject:
            insort(self.subjects.setdefault(key, []), start)

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence that holds ``offset`` (0 when sentences are unknown)."""
        return max(bisect_right(self.sentence_starts, offset) - 1, 0)

    def subject_of_previous(self, key: str, start: int) -> bool:
        """Whether ``key`` was the subject or topic of a clause of the sentence before that of ``start``."""
        index = self.sentence_at(start)
        if index == 0 or not self.sentence_starts:
            return False
        low, high = self.sentence_starts[index - 1], self.sentence_starts[index]
        positions = self.subjects.get(key, [])
        i = bisect_left(positions, low)
        return i < len(positions) and positions[i] < high

    def evidence(
        self,
        keys: list[str],
        start: int,
        clusters: dict[str, _Cluster],
        types: dict[str, str],
        *,
        speaker: str | None = None,
    ) -> list[Candidate]:
        """What the ranker reads of each of ``keys`` as an antecedent of the pronoun at ``start``."""
        lasts = {key: self.before(key, start) for key in keys}
        order = sorted(keys, key=lambda k: -lasts[k][1])
        kinds = Counter(types.get(key, "") for key in keys)
        here = self.sentence_at(start)
        found = []
        for key in keys:
            count, last = lasts[key]
            cluster = clusters[key]
            entity_type = types.get(key, "Entity")
            found.append(
                Candidate(
                    key=key,
                    type=entity_type,
                    spans=tuple(sorted(span for span in cluster.spans if span[0] < start)),
                    nominal=cluster.nominal,
                    genders=frozenset(cluster.genders - {""}),
                    count=count,
                    sentences_back=here - self.sentence_at(last),
                    rank=order.index(key) + 1,
                    recent_subject=self.recent_subject(key, start),
                    subject_of_sentence=self.subject_of_sentence(key, start),
                    subject_of_previous=self.subject_of_previous(key, start),
                    speaker=key == speaker,
                    top=self.top[0] == key,
                    alone=kinds[entity_type] == 1,
                )
            )
        return found
