"""Business events on entities: who left, who was appointed, whose post, which amount.

What a passage implies beyond its words: "Nestle replaced CEO X with Y"
says that X left and Y was appointed; "a quitté ses fonctions" left the
organization the passage is about; "nous" in a quote is the speaker's
organization; a bare sum takes the currency of its sentence. Each reading
feeds the relations of :mod:`kg.resolve.roles`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Iterator
from dataclasses import replace

from kg.lang import either, words
from kg.resolve.lexicon import (
    canonical_relation,
)
from kg.resolve.reading import _is_passive, agentless_passive
from kg.resolve.roles import (
    CORPORATE_TITLES,
    OrganizationContext,
)
from kg.text import fold
from kg.types import (
    Fact,
    Relation,
    Sentence,
    Value,
)


def _link_own_posts(
    facts: tuple[Fact, ...],
    links: dict[tuple[int, int], str],
    types: dict[str, str],
    sentences: tuple[Sentence, ...],
    lang: str,
) -> None:
    """Link an organization's own body ("ses administrateurs") and a person's own post ("his role",
    "ses fonctions") in a change of post to the organization in context."""
    context: OrganizationContext | None = None

    def link(span: tuple[int, int], fact: Fact, at: int, *, after: bool) -> None:
        nonlocal context
        if context is None:
            context = OrganizationContext(sorted(links.items()), types, sentences)
        organization = context.at(fact.sentence.index, at, after=after)
        if organization is not None:
            links[span] = organization

    for fact in facts:
        subject, obj = fact.subject, fact.object
        body = (subject.start, subject.end) not in links and _OWN_BODY.fullmatch(fold(subject.text))
        post = obj is not None and (obj.start, obj.end) not in links and _OWN_POST.fullmatch(fold(obj.text))
        if not body and not post:
            continue
        canon = canonical_relation(fact, lang)
        if canon is None:
            continue
        if body and canon.property in ("appoints", "leaves"):
            # "Suez a annoncé que ses administrateurs avaient désigné X": the body acts for Suez.
            link((subject.start, subject.end), fact, subject.start, after=False)
        person = links.get((subject.start, subject.end))
        if (
            post
            and obj is not None
            and canon.property in ("leaves", "holdsPositionAt")
            and person is not None
            and types.get(person) == "Person"
        ):
            link((obj.start, obj.end), fact, subject.end, after=True)


#: An organization's own governing body, with no organization named ("ses administrateurs", "its board").
_OWN_BODY = re.compile(
    r"(?:its|their|son|sa|ses|leur|leurs)\s+(?:\w+\s+)?"
    r"(?:board|directors|shareholders|conseil d'administration|conseil|administrateurs|actionnaires|directoire)"
    r"(?:\s+(?:of|de|d')\s*(?:directors|surveillance|administration))?"
)


#: A person's own post, with no organization named ("his role", "ses fonctions", "son poste").
_OWN_POST = re.compile(
    r"(?:his|her|their|son|sa|ses|leur|leurs)\s+(?:\w+\s+)?"
    r"(?:role|post|position|job|seat|roles|posts|poste|postes|fonction|fonctions|mandat|siege)"
    r"(?:\s+(?:of|as|de|d')\s*[\w' -]+)?"
)


def _elided_currencies(
    values: dict[tuple[int, int], Value], sentences: tuple[Sentence, ...], sums: Collection[tuple[int, int]] = ()
) -> None:
    """Give a bare amount the currency its sentence uses ("les 250 millions levés par OVH, ou les 80 millions d'euros").

    News drops the currency it has just named or is about to name. A count
    with no unit whose words end on a scale ("250 millions", "$2 billion" is
    already money) becomes money when every other amount of money in the
    sentence is in one currency. One that a fact spends, raises or earns
    (``sums``: "le groupe prévoit d'investir 175 millions sur 5 ans") takes the
    currency of the document when all its amounts of money share one.
    """
    if not values:
        return
    spans = sorted(values)
    starts = [span[0] for span in spans]
    for sentence in sentences:
        inside = spans[bisect_left(starts, sentence.start) : bisect_left(starts, sentence.end)]
        currencies = {values[span].unit for span in inside if values[span].kind == "money"}
        if len(currencies) != 1 or None in currencies:
            continue
        currency = next(iter(currencies))
        for span in inside:
            value = values[span]
            if value.kind == "quantity" and value.unit is None and _BARE_SCALE.search(value.text):
                values[span] = replace(value, kind="money", unit=currency)
    currencies = {value.unit for value in values.values() if value.kind == "money"}
    if len(currencies) != 1 or None in currencies:
        return
    currency = next(iter(currencies))
    for span in sums:
        amount = values.get(span)
        if amount is not None and amount.kind == "quantity" and amount.unit is None and _BARE_SCALE.search(amount.text):
            values[span] = replace(amount, kind="money", unit=currency)


#: Properties whose object or amount is a sum of money.
_SUM_PROPERTIES = frozenset({"invests", "raisesFunds", "acquires", "earnsRevenue", "sells"})


#: A number that ends on a scale word and counts nothing named ("250 millions", "1,5 milliard").
_BARE_SCALE = re.compile(
    r"\d[\d.,\s]*\s*(?:millions?|milliards?|billions?|trillions?|mds?|mrds?|mn|mln|bn|bln)\s*$", re.IGNORECASE
)


def _asserted_of_people(
    facts: tuple[Fact, ...], links: dict[tuple[int, int], str], types: dict[str, str], lang: str, prop: str
) -> Iterator[tuple[Fact, str]]:
    """``(fact, person key)`` for the asserted facts of canonical property ``prop`` whose subject is a person."""
    for fact in facts:
        if fact.negated or fact.modality == "conditional":
            continue
        person = links.get((fact.subject.start, fact.subject.end))
        if person is None or types.get(person) != "Person":
            continue
        canon = canonical_relation(fact, lang)
        if canon is not None and canon.property == prop:
            yield fact, person


def _appointed_without_agent(
    facts: tuple[Fact, ...], links: dict[tuple[int, int], str], types: dict[str, str], lang: str
) -> Iterator[tuple[str, int, int]]:
    """People a passive says were appointed, by no one it names: ``(person, mention start, sentence index)``."""
    for fact, person in _asserted_of_people(facts, links, types, lang, "appoints"):
        if agentless_passive(fact, links):
            yield person, fact.subject.start, fact.sentence.index


def _left_without_organization(
    facts: tuple[Fact, ...], links: dict[tuple[int, int], str], types: dict[str, str], lang: str
) -> Iterator[tuple[str, int, int]]:
    """People a fact says left, naming no organization they left: ``(person, mention start, sentence index)``."""
    for fact, person in _asserted_of_people(facts, links, types, lang, "leaves"):
        ends = [a for a in (fact.object, *fact.args) if a is not None]
        if any(types.get(links.get((a.start, a.end), "")) == "Organization" for a in ends):
            continue  # "a quitté Renault": the text names it
        yield person, fact.subject.start, fact.sentence.index


def _replacements(
    facts: tuple[Fact, ...], links: dict[tuple[int, int], str], types: dict[str, str], lang: str
) -> tuple[list[Relation], list[tuple[str, int, int]]]:
    """Who left and who was appointed, read from a verb of succession.

    "Nestle replaced CEO Mark Schneider with Laurent Freixe": Schneider left
    Nestle, and Nestle appointed Freixe. When no organization is the subject
    ("Chaussade succédera à Mestrallet", "Bolloré a été remplacé par
    Delbos"), the one replaced left the organization of the passage: those
    come back as ``(person, mention start, sentence index)``, for
    :func:`implied_departures`.

    Returns:
        The relations the text states, and the people who left an organization it leaves to the reader.
    """
    verbs, markers = words("REPLACE_VERBS", lang), words("SUCCESSOR_MARKERS", lang)
    marker_pattern = re.compile(r"\s(?:" + "|".join(map(re.escape, sorted(markers))) + r")\s")
    ordered = sorted((span, key) for span, key in links.items() if types.get(key) == "Person")
    starts = [span[0] for span, _key in ordered]
    found: list[Relation] = []
    leaving: list[tuple[str, int, int]] = []
    for fact in facts:
        if (
            fact.negated
            or fact.modality == "conditional"
            or verbs.isdisjoint(fold(fact.lemma or fact.relation).split())
        ):
            continue
        subject = links.get((fact.subject.start, fact.subject.end), "")  # "": no entity, so of no type
        if _is_passive(fact):
            if types.get(subject) == "Person":  # "Bolloré a été remplacé par Delbos"
                leaving.append((subject, fact.subject.start, fact.sentence.index))
            continue
        if fact.object is None:
            continue
        # "Laxman Narasimhan with Brian Niccol": who goes, then (after the marker) who comes.
        marker = marker_pattern.search(fold(fact.object.text))
        cut = fact.object.start + marker.start() if marker else fact.object.end
        inside = [
            (span, key)
            for span, key in ordered[bisect_left(starts, fact.object.start) : bisect_left(starts, fact.object.end)]
            if span[1] <= fact.object.end
        ]
        own = links.get((fact.object.start, fact.object.end), "")
        replaced = own if types.get(own) == "Person" else next((k for span, k in inside if span[1] <= cut), None)
        if replaced is None or replaced == subject:
            continue
        successors = [k for span, k in inside if span[0] >= cut and k != replaced]
        successors += [
            links[(a.start, a.end)]
            for a in fact.args
            if fold(a.role) in markers and types.get(links.get((a.start, a.end), "")) == "Person"
        ]
        if types.get(subject) == "Organization":
            found.append(Relation(replaced, "leaves", subject, fact.sentence.index, fact.confidence, "kg.succession"))
            found.extend(
                Relation(subject, "appoints", person, fact.sentence.index, fact.confidence, "kg.succession")
                for person in dict.fromkeys(successors)
                if person != subject
            )
        else:
            leaving.append((replaced, fact.object.start, fact.sentence.index))
    return found, leaving


def _bare_roles(
    facts: tuple[Fact, ...], links: dict[tuple[int, int], str], types: dict[str, str], lang: str
) -> Iterator[tuple[str, int, int]]:
    """People given a corporate title with no organization: ``(person, mention start, sentence index)``."""
    for fact in facts:
        if fact.negated:
            continue
        person = links.get((fact.subject.start, fact.subject.end))
        if person is None or types.get(person) != "Person":
            continue
        canon = canonical_relation(fact, lang)
        if canon is None or canon.property != "holdsPositionAt" or not CORPORATE_TITLES.intersection(canon.titles):
            continue
        ends = [a for a in (fact.object, *fact.args) if a is not None]
        if any(types.get(links.get((a.start, a.end), "")) in ("Organization", "Place") for a in ends):
            continue  # "CEO of Intel": the text names it
        yield person, fact.subject.start, fact.sentence.index


def _held_posts(
    facts: tuple[Fact, ...], links: dict[tuple[int, int], str], types: dict[str, str], lang: str
) -> dict[tuple[int, int], str]:
    """Spans of organizations the text gives someone a post at → that person ("X, président de Michelin")."""
    held: dict[tuple[int, int], str] = {}
    for fact in facts:
        person = links.get((fact.subject.start, fact.subject.end))
        if fact.negated or person is None or types.get(person) != "Person":
            continue
        canon = canonical_relation(fact, lang)
        if canon is None or canon.property != "holdsPositionAt":
            continue
        for argument in (fact.object, *fact.args):
            span = (argument.start, argument.end) if argument is not None else None
            if span is not None and types.get(links.get(span, "")) == "Organization":
                held.setdefault(span, person)
    return held


#: First-person plural pronouns ("nous", "we"): in a quote, the organization the speaker works for.
_WE = either("FIRST_PERSON_PLURAL")


def _employers(
    facts: tuple[Fact, ...], links: dict[tuple[int, int], str], types: dict[str, str], lang: str
) -> dict[str, str]:
    """Person key → the organization the document says the person holds a position at (first said)."""
    employers: dict[str, str] = {}
    for fact in facts:
        if fact.object is None or fact.negated:
            continue
        person = links.get((fact.subject.start, fact.subject.end))
        organization = links.get((fact.object.start, fact.object.end))
        if person is None or organization is None or person in employers:
            continue
        if types.get(person) != "Person" or types.get(organization) != "Organization":
            continue
        canon = canonical_relation(fact, lang)
        if canon is not None and canon.property == "holdsPositionAt":
            employers[person] = organization
    return employers
