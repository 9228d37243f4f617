"""Statements: what each fact of a document states, read once, for the graph to write.

For every fact that is no page furniture, :func:`read_statements` decides
what the graph says of it (a :class:`~kg.types.Statement`): the ontology
property it states once its ends are checked (``kg:invests``; none for
"Paul Roux a été nommé directeur financier", whose appointer is not said),
the posts its words name, the agent a passive names ("racheté par Google":
Google acquires), the places a seller operates in, the role of each
argument, the entity it is attributed to, and the amount a priced phrase
states inside or just after it. :mod:`kg.rdf` maps these records to
triples and decides nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any

from kg.lang import either
from kg.resolve.identity import entity_key
from kg.resolve.lexicon import PATIENT_FIRST, Canonical, canonical_relation, ontology_path, relation_lemma
from kg.resolve.mentions import is_role_phrase
from kg.resolve.reading import agentless_passive
from kg.text import fold
from kg.types import Argument, Entity, Extraction, Fact, Sentence, Statement, Value

__all__ = ["argument_role", "fact_canonical", "headline", "read_statements", "stated_canonical"]

#: Canonical relations whose place arguments are markets the subject operates in.
MARKET_RELATIONS = frozenset({"sells", "operatesIn", "opens", "launches", "invests"})

#: Canonical relations with a price or sum, which a phrase may state inside
#: it ("a $3.5 billion factory", "une levée de fonds de 20 millions d'euros").
PRICED_RELATIONS = frozenset({"acquires", "sells", "invests", "raisesFunds", "earnsRevenue", "mergesWith"})

#: The qualifier of a date → its argument role ("d'ici à 2023" is a deadline).
_TEMPORAL_ROLES: dict[str | None, str] = {
    "by": "DeadlineRole",
    "since": "SinceRole",
    "from": "SinceRole",
    "until": "UntilRole",
}


def read_statements(
    extraction: Extraction,
    entities: Mapping[str, Entity],
    links: Mapping[tuple[int, int], str],
    values: Mapping[tuple[int, int], Value],
    furniture: list[tuple[int, int]],
) -> tuple[Statement, ...]:
    """The statement of each fact that is no page furniture, in the extractor's order.

    Args:
        extraction: What the extractor read from the document.
        entities: The document's entities by key.
        links: Which spans denote which entity.
        values: The values of spans (complete ones only: :func:`kg.resolve.values.complete`).
        furniture: Spans of page furniture (:func:`kg.resolve.furniture.furniture_spans`).
    """
    lang = extraction.document.lang
    index = _SpanIndex(links)
    money = _SpanIndex({span: value for span, value in values.items() if value.kind == "money"})
    found = []
    for fact in extraction.facts:
        if any(
            start <= fact.sentence.start < max(end, start + 1)
            and (fact.sentence.end <= end + 1 or fact.subject.start < end)
            for start, end in furniture
        ):
            # "SUR LE MÊME SUJET" and the titles of other articles under it; a dateline
            # ("PARIS, 11 octobre (Reuters) - Le président de Renault, X, a dit ...") only
            # for the facts it is the subject of.
            continue
        found.append(_statement(fact, lang, entities, links, values, index, money))
    return tuple(found)


def _statement(
    fact: Fact,
    lang: str,
    entities: Mapping[str, Entity],
    links: Mapping[tuple[int, int], str],
    values: Mapping[tuple[int, int], Value],
    index: _SpanIndex,
    money: _SpanIndex,
) -> Statement:
    """What one fact states."""
    canon = fact_canonical(fact, lang, entities, links)
    titles = canon.titles if canon is not None else ()
    if canon is not None:
        canon = stated_canonical(canon, fact, lang, entities, links, values)
    prop = canon.property if canon is not None else None
    agent = _passive_agent(fact, links) if prop is not None else None
    markets = _places_within((fact.object, *fact.args), entities, index) if prop in MARKET_RELATIONS else ()
    amount = None
    if prop in PRICED_RELATIONS and not _states_money(fact, values):
        amount = _inner_amount(fact, money)
    return Statement(
        fact=fact,
        property=prop,
        titles=tuple(titles),
        agent=agent,
        markets=tuple(markets),
        roles=tuple(argument_role(argument, lang, entities, links, values) for argument in fact.args),
        source=_attributed_entity(fact, entities, links) if fact.attribution else None,
        amount=amount,
    )


def headline(extraction: Extraction) -> Sentence | None:
    """The first sentence when it is a headline: a line of its own without final punctuation."""
    if not extraction.sentences:
        return None
    first = min(extraction.sentences, key=lambda s: s.start)
    text = extraction.document.text
    line_end = text.find("\n", first.start)
    stripped = first.text.strip()
    if (
        stripped
        and line_end != -1
        and first.end >= line_end - 1
        and text[first.start : line_end].strip() == stripped
        and stripped[-1] not in ".!?…:;"
        and len(stripped.split()) >= 3
    ):
        return first
    return None


def argument_role(
    argument: Argument,
    lang: str,
    entities: Mapping[str, Entity],
    links: Mapping[tuple[int, int], str],
    values: Mapping[tuple[int, int], Value],
) -> str:
    """Local name of the ``kg:ArgumentRole`` of an argument.

    A date or period is a time (a deadline after "d'ici à"/"by"), an amount of
    money an amount, a linked place a place; otherwise the preposition decides
    through ``ontologies/roles.tsv``.
    """
    span = (argument.start, argument.end)
    value = values.get(span)
    if value is not None and value.kind in ("date", "period"):
        return _TEMPORAL_ROLES.get(value.qualifier, "TimeRole")
    if value is not None and value.kind == "money":
        return "AmountRole"
    key = links.get(span)
    if key is not None and key in entities and entities[key].type == "Place":
        return "PlaceRole"
    roles = _role_table()
    role = fold(argument.role)
    return roles.get((lang, role)) or roles.get(("*", role)) or "OtherRole"


@lru_cache(maxsize=1)
def _role_table() -> dict[tuple[str, str], str]:
    """``(lang, folded preposition) → role`` from ``ontologies/roles.tsv``."""
    table: dict[tuple[str, str], str] = {}
    for line in ontology_path("roles.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("lang\t"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) == 3:
            table[(cells[0], fold(cells[1]))] = cells[2]
    return table


def _attributed_entity(fact: Fact, entities: Mapping[str, Entity], links: Mapping[tuple[int, int], str]) -> str | None:
    """The key of the entity a fact is attributed to: a linked argument with the same text, or a name."""
    wanted = fold(fact.attribution or "")
    for argument in (fact.subject, fact.object, *fact.args):
        if argument is not None and fold(argument.text) == wanted and (argument.start, argument.end) in links:
            return links[(argument.start, argument.end)]
    key = entity_key(fact.attribution or "")
    return key if key in entities else None


#: Prepositions of place after a copula ("X est à Lyon", "X is in Ohio").
_LOCATIVE = either("COPULA_LOCATIVES")

#: Nouns of places that a copula puts in a larger place ("Grenoble est une ville de France").
_PLACE_NOUNS = either("PLACE_KIND_NOUNS")


#: Properties whose object is an organization ("holds a position at", "works for").
_AT_ORGANIZATION = frozenset({"holdsPositionAt", "worksFor", "memberOf", "leads", "leaves", "joins"})


def fact_canonical(
    fact: Fact, lang: str, entities: Mapping[str, Entity], links: Mapping[tuple[int, int], str]
) -> Canonical | None:
    """The canonical property a fact's words state: the lexicon's, else a copula with a place."""
    return canonical_relation(fact, lang) or _locative(fact, entities, links)


def _locative(fact: Fact, entities: Mapping[str, Entity], links: Mapping[tuple[int, int], str]) -> Canonical | None:
    """``kg:locatedIn`` for a copula and a place ("X est à Lyon", "X is in Ohio", "X is a city in Y")."""
    words = fold(relation_lemma(fact.lemma or fact.relation)).split()
    if fact.object is None or not words or words[0] not in ("etre", "be"):
        return None
    if not (len(words) == 2 and words[1] in _LOCATIVE) and not (
        len(words) == 3 and words[1] in _PLACE_NOUNS and words[2] in _LOCATIVE | {"de", "of"}
    ):
        return None
    key = links.get((fact.object.start, fact.object.end))
    if key is None or key not in entities or entities[key].type != "Place":
        return None
    return Canonical("locatedIn", (), None, "Place", " ".join(words))


def stated_canonical(
    canon: Canonical,
    fact: Fact,
    lang: str,
    entities: Mapping[str, Entity],
    links: Mapping[tuple[int, int], str],
    values: Mapping[tuple[int, int], Value],
) -> Canonical | None:
    """The canonical property a fact states, once its ends are checked; ``None`` when they cannot be its ends.

    The lexicon reads the property from the words (:func:`fact_canonical`);
    the post a title names is kept either way (``kg:positionHeld``).
    """

    def organization(argument: Argument) -> bool:
        entity = entities.get(links.get((argument.start, argument.end), ""))
        return entity is not None and entity.type == "Organization"

    if (
        canon.property in _AT_ORGANIZATION
        and fact.object is not None
        and (fact.object.start, fact.object.end) not in links
        and is_role_phrase(fact.object.text)
        and not any(organization(a) for a in fact.args)
    ):
        # "CEO Sundar Pichai" holds a post, "retired as CEO" left one, at no organization
        # the fact names: the property (whose range is an organization) is not stated.
        return None
    if canon.property in PATIENT_FIRST and agentless_passive(fact, links):
        # "Paul Roux a été nommé directeur financier": he did not appoint; who did is
        # not said (the resolver may read it from the passage, as a relation of its own).
        return None
    return canon if _ends_fit(canon, fact, links, values) else None


#: Properties whose object is always an entity: a post's organization, a place, the person appointed.
_ENTITY_OBJECTS = frozenset(
    {
        "holdsPositionAt",
        "appoints",
        "leaves",
        "joins",
        "worksFor",
        "memberOf",
        "leads",
        "locatedIn",
        "operatesIn",
        "headquarteredIn",
        "mergesWith",
    }
)

#: Subject types of properties that only an agent (a person or an organization) can be the subject of.
_AGENT_TYPES = frozenset({"Agent", "Person", "Organization"})


def _ends_fit(
    canon: Canonical, fact: Fact, links: Mapping[tuple[int, int], str], values: Mapping[tuple[int, int], Value]
) -> bool:
    """Whether a fact's ends can be what its canonical property joins.

    A sum or a count is no agent: in "(20 M€ de CA), qui ... va investir 450
    millions" the parser makes the parenthesis the subject, and "2) GreyOrange
    raises" may give "2". Nor does anyone hold a post at, or buy, themselves:
    "son directeur général Xavier Huillard" links the role to the man.
    """
    subject_span = (fact.subject.start, fact.subject.end)
    subject_key = links.get(subject_span)
    if subject_key is None:
        # Only an entity acts: a sum or a count is none, nor a common-noun phrase or
        # a pronoun no entity was found for ("L'entreprise peut lever des fonds", "Une
        # opération qui ..."). A name the tagger missed still may ("AccorHotels").
        misfit = canon.subject_type in _AGENT_TYPES and (subject_span in values or not _name_like(fact.subject.text))
    else:
        misfit = any(
            argument is not None and links.get((argument.start, argument.end)) == subject_key
            for argument in (fact.object, *fact.args[:1])
        )
    if fact.object is not None and canon.object_type in _AGENT_TYPES and (fact.object.start, fact.object.end) in values:
        misfit = True  # "Two largest shareholders": no post is held at, nobody is appointed as, a count
    if (
        fact.object is not None
        and canon.property in _ENTITY_OBJECTS
        and (fact.object.start, fact.object.end) not in links
        and not _name_like(fact.object.text)
        and not any((a.start, a.end) in links for a in fact.args)
    ):
        # Posts and places are held at, and found in, entities: not at a phrase no entity
        # was found for ("Suez a nommé son nouveau président", "its fast-growing medical
        # group"). What is bought or sold may be a thing ("des participations minoritaires").
        misfit = True
    # "250 millions levés par OVH": a passive's agent is the property's subject.
    return not misfit or _passive_agent(fact, links) is not None


def _name_like(text: str) -> bool:
    """Whether a phrase holds a name: a capital after its first word ("le groupe Velorix"), or a first
    word with a capital that no determiner or pronoun explains ("AccorHotels")."""
    words_ = text.strip().split()
    if any(word[:1].isupper() for word in words_[1:]):
        return True
    if not words_ or not words_[0][:1].isupper():
        return False
    first = fold(words_[0])
    elided = first.split("'")[0] + "'" if "'" in first else first  # "L'entreprise" opens with "l'"
    return first not in _PHRASE_OPENERS and elided not in _PHRASE_OPENERS


#: Words that open a common-noun phrase or stand for one, capitalized at a sentence's start.
_PHRASE_OPENERS = either("PHRASE_OPENERS")


def _passive_agent(fact: Fact, links: Mapping[tuple[int, int], str]) -> str | None:
    """The key of the entity a passive fact names as agent ("racheté par Google", "founded by")."""
    words = fold(f"{fact.lemma} {fact.relation}").split()
    passive = any(
        w in ("etre", "be", "get", "ete", "was", "were", "is", "are", "been", "est", "sont", "fut") for w in words
    )
    for argument in (fact.object, *fact.args):
        if argument is None:
            continue
        role = fold(argument.role)
        if (role == "agent" or (passive and role in ("par", "by"))) and (argument.start, argument.end) in links:
            return links[(argument.start, argument.end)]
    return None


class _SpanIndex:
    """The linked (or valued) spans of a document in order, to find those inside an argument quickly."""

    def __init__(self, links: Mapping[tuple[int, int], Any]) -> None:
        self.links = links
        self.spans = sorted(links)
        self.starts = [span[0] for span in self.spans]

    def within(self, start: int, end: int) -> Iterator[tuple[tuple[int, int], Any]]:
        """Spans inside ``[start, end)``, with what they are linked to."""
        for span in self.spans[bisect_left(self.starts, start) : bisect_right(self.starts, end)]:
            if span[1] <= end:
                yield span, self.links[span]


def _places_within(
    arguments: tuple[Argument | None, ...], entities: Mapping[str, Entity], index: _SpanIndex
) -> list[str]:
    """Keys of the places an argument is, or names inside it ("plants in Texas and Nevada")."""
    found: list[str] = []
    for argument in arguments:
        if argument is None:
            continue
        for _span, key in index.within(argument.start, argument.end):
            # Named places only: "dans 63 pays" names no market of its own.
            if (
                key in entities
                and entities[key].type == "Place"
                and entities[key].label[:1].isupper()
                and key not in found
            ):
                found.append(key)
    return found


def _states_money(fact: Fact, values: Mapping[tuple[int, int], Value]) -> bool:
    """Whether the fact's subject, object or an argument is itself an amount of money."""
    for argument in (fact.subject, fact.object, *fact.args):
        value = None if argument is None else values.get((argument.start, argument.end))
        if value is not None and value.kind == "money":
            return True
    return False


def _inner_amount(fact: Fact, money: _SpanIndex) -> tuple[int, int] | None:
    """The span of the price or sum a phrase states inside it ("une levée de fonds d'un montant de 230 millions").

    Or just after it, past an aside: "une nouvelle levée de fonds – la
    troisième – d'un montant de 230 millions de dollars".
    """
    for argument in (fact.object, *fact.args):
        if argument is None:
            continue
        for span, _value in money.within(argument.start, argument.end):
            return span
    ends = [a.end for a in (fact.object, *fact.args) if a is not None]
    if not ends:
        return None
    offset = max(ends) - fact.sentence.start
    if not 0 <= offset <= len(fact.sentence.text):
        return None
    if (stated := _AMOUNT_AFTER.match(fact.sentence.text, offset)) is None:
        return None
    start = fact.sentence.start + stated.end()
    for (first, last), _value in money.within(fact.sentence.start, fact.sentence.end):
        # The amount right there, or the phrase read as one ("an investment of $500 million").
        if first == start or (stated.start() + fact.sentence.start <= first < start < last):
            return first, last
    return None


#: What joins the phrases of an event to its amount after them, an aside allowed
#: between ("– la troisième – d'un montant de", ", worth", "(Hauts de France),
#: représentant un investissement potentiel de").
_AMOUNT_AFTER = re.compile(
    r"\)?\s*(?:[–—]\s*[^–—\n]{1,40}?\s*[–—]\s*|\([^()\n]{1,40}\)\s*)?,?\s*"
    r"(?:d['’]un montant (?:total )?(?:de |d['’])|d['’]une valeur (?:de |d['’])|worth |valued at |totaling |totalling "
    r"|(?:représentant|soit|pour|representing|for) (?:un |une |an? )(?:investissement|enveloppe|investment)"
    r"(?: \w+)? (?:de |d['’]|of ))",
    re.IGNORECASE,
)
