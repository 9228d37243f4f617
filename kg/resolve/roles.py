"""Positions whose organization the sentence leaves to the reader.

Business news names a role without its company when the company is plain
from the context: "Alphabet is cutting 12,000 jobs, CEO Sundar Pichai said",
"« … », s'est félicité le directeur général Michel Denis" in an article about
Manitou. A reader takes the organization the sentence names before the
person, else the one the previous sentences were about. :func:`implied_positions`
does the same for the corporate titles only (a president or a director may
serve a state or a team as well as a company), and states each position as a
:class:`~kg.types.Relation` from the extractor ``kg.implied``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence

from kg.types import Relation, Sentence

__all__ = ["CORPORATE_TITLES", "OrganizationContext", "implied_appointers", "implied_departures", "implied_positions"]

#: Titles (``kg:Position`` local names) that only a company gives.
CORPORATE_TITLES = frozenset({"CEO", "CTO", "CFO", "COO", "Chairman", "Founder"})

#: How many sentences back the topic organization may have been named.
TOPIC_WINDOW = 2

#: Confidence of an implied position: the organization is a reading, not a word of the text.
CONFIDENCE = 0.5


def implied_positions(
    roles: Iterable[tuple[str, int, int]],
    links: Sequence[tuple[tuple[int, int], str]],
    types: dict[str, str],
    sentences: Sequence[Sentence],
    held: Mapping[tuple[int, int], str] | None = None,
) -> list[Relation]:
    """The organization each bare role is held at, when the context names one.

    Args:
        roles: ``(person key, start of the person's mention, sentence index)``
            for each fact that gives a person a corporate title with no
            organization ("CEO Sundar Pichai", "Michel Denis est directeur
            général").
        links: The document's ``((start, end), entity key)`` links, sorted.
        types: Entity key → type.
        sentences: The document's sentences.
        held: Spans of organizations the text gives a person a post at → that
            person: "Jean-Dominique Senard, président du groupe Michelin, et
            Thierry Bolloré, ancien directeur général adjoint": Michelin is
            Senard's, not the organization of Bolloré's bare role.

    Returns:
        One ``holdsPositionAt`` relation per person and organization, in
        the order of the roles.
    """
    return _with_context(roles, "holdsPositionAt", links, types, sentences, organization_first=False, held=held)


def implied_appointers(
    appointed: Iterable[tuple[str, int, int]],
    links: Sequence[tuple[tuple[int, int], str]],
    types: dict[str, str],
    sentences: Sequence[Sentence],
) -> list[Relation]:
    """The organization that appointed each person a passive names with no agent.

    "Or c'est François Massé qui vient d'être désigné comme directeur général
    adjoint, a indiqué le groupe": the group the passage is about appointed
    him, as a reader takes it.

    Args:
        appointed: ``(person key, start of the person's mention, sentence index)``.
        links: The document's ``((start, end), entity key)`` links, sorted.
        types: Entity key → type.
        sentences: The document's sentences.

    Returns:
        One ``appoints`` relation per organization and person, in the order given.
    """
    return _with_context(appointed, "appoints", links, types, sentences, organization_first=True)


def implied_departures(
    leaving: Iterable[tuple[str, int, int]],
    links: Sequence[tuple[tuple[int, int], str]],
    types: dict[str, str],
    sentences: Sequence[Sentence],
) -> list[Relation]:
    """The organization each person left, when the text says only that they left.

    "Le président de Renault a dit ignorer ..., après la révocation de Thierry
    Bolloré": Bolloré left Renault. Arguments as :func:`implied_appointers`.
    """
    return _with_context(leaving, "leaves", links, types, sentences, organization_first=False)


def _with_context(
    people: Iterable[tuple[str, int, int]],
    prop: str,
    links: Sequence[tuple[tuple[int, int], str]],
    types: dict[str, str],
    sentences: Sequence[Sentence],
    *,
    organization_first: bool,
    held: Mapping[tuple[int, int], str] | None = None,
) -> list[Relation]:
    """One ``prop`` relation between each person and the organization of their passage."""
    found: list[Relation] = []
    seen: set[tuple[str, str]] = set()
    shared = OrganizationContext(links, types, sentences)
    for person, at, index in people:
        others = [span for span, holder in (held or {}).items() if holder != person]
        context = (
            OrganizationContext(
                [link for link in links if not any(start <= link[0][0] and link[0][1] <= end for start, end in others)],
                types,
                sentences,
            )
            if others
            else shared
        )
        organization = context.at(index, at)
        if organization is None or (organization, person) in seen:
            continue
        seen.add((organization, person))
        subject, obj = (organization, person) if organization_first else (person, organization)
        found.append(Relation(subject, prop, obj, index, CONFIDENCE, "kg.implied"))
    return found


class OrganizationContext:
    """The organization a passage is about, as a reader takes it from the text around a position."""

    def __init__(
        self, links: Sequence[tuple[tuple[int, int], str]], types: dict[str, str], sentences: Sequence[Sentence]
    ) -> None:
        self.ordered = sorted(sentences, key=lambda s: s.start)
        self.position = {s.index: i for i, s in enumerate(self.ordered)}
        self.organizations = [(span, key) for span, key in sorted(links) if types.get(key) == "Organization"]
        self.starts = [span[0] for span, _key in self.organizations]

    def at(self, index: int, at: int, *, after: bool = True) -> str | None:
        """The organization named last before offset ``at`` in sentence ``index``, else (if ``after``) the
        first one after it, else the topic of the sentences before."""
        position = self.position.get(index)
        if position is None:
            return None
        return self._in_sentence(self.ordered[position], at, after) or self._topic(position)

    def _in_sentence(self, sentence: Sentence, at: int, after: bool) -> str | None:
        """The organization named last before ``at`` in the sentence, else (if ``after``) the first one after it."""
        inside = self.organizations[bisect_left(self.starts, sentence.start) : bisect_left(self.starts, sentence.end)]
        before = [key for span, key in inside if span[1] <= at]
        if before:
            return before[-1]
        following = [key for span, key in inside if span[0] > at] if after else []
        return following[0] if following else None

    def _topic(self, position: int) -> str | None:
        """The organization the previous sentences named last, within :data:`TOPIC_WINDOW` sentences."""
        if position == 0:
            return None
        window_start = self.ordered[max(0, position - TOPIC_WINDOW)].start
        i = bisect_left(self.starts, self.ordered[position].start) - 1
        if i >= 0 and self.organizations[i][0][0] >= window_start:
            return self.organizations[i][1]
        return None
