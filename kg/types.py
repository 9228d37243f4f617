"""The records passed between the stages of the pipeline.

Every stage of ``kg`` (ingest → nlp → ie → resolve and normalize → rdf →
store) hands the next one plain, frozen Python data defined here: no spaCy
token, no rdflib term. Character offsets are always offsets into
``Document.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

#: Languages the pipeline has models and rules for.
SUPPORTED_LANGUAGES: tuple[str, ...] = ("fr", "en")


@dataclass(frozen=True)
class Document:
    """One input document.

    Attributes:
        id: Hex SHA-256 of ``text`` (UTF-8): the same content, the same id.
        text: The document's text, normalized to ``\\n`` line ends.
        lang: ISO 639-1 code of its language, one of ``SUPPORTED_LANGUAGES``.
        source: Where it came from: a file path, ``path:line`` for JSONL, ``-``.
        title: Title when the input gave one.
        date: Publication date (ISO 8601) when the input gave one.
        url: Address of the original when the input gave one.
    """

    id: str
    text: str
    lang: str
    source: str
    title: str | None = None
    date: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document, by position."""

    index: int
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Argument:
    """One argument of a fact: a span of the sentence and its role.

    Attributes:
        text: Surface text of the argument, as in the document.
        role: ``subject``, ``object``, ``agent``, or the preposition that
            introduces it (``dans``, ``in``, ``d'ici à``); ``time`` or
            ``place`` for bare temporal or locative phrases.
        start: Character offset of the span in the document.
        end: Character offset just after the span.
        head: Lemma of the span's syntactic head.
        pos: Universal POS tag of the head (``PROPN``, ``NOUN``, ``PRON``...).
        ner: Entity label the tagger gave the span (``ORG``, ``PER``...), if any.
        resolved: Surface text of the antecedent when the span is a pronoun or
            description resolved inside its sentence (a relative pronoun's
            antecedent); empty otherwise.
    """

    text: str
    role: str
    start: int
    end: int
    head: str = ""
    pos: str = ""
    ner: str | None = None
    resolved: str = ""


@dataclass(frozen=True)
class Fact:
    """A subject–relation–object fact with its n-ary detail.

    Attributes:
        sentence: The sentence the fact was read from.
        subject: Who or what the fact is about.
        relation: Relation phrase as written ("va investir", "président de").
        lemma: Normalized relation: lemmas of the verb chain and particles
            ("investir", "être président de").
        object: The direct object or first complement, if any.
        args: Further arguments in sentence order, each with its role.
        negated: The sentence denies the fact.
        modality: ``None`` for a plain assertion; otherwise ``possible``,
            ``intended``, ``future``, ``necessary``, ``expected``,
            ``conditional`` (holds only under a condition: "if the deal
            fails, Northwind will pay" and the condition "the deal fails"
            itself; also "would" and a French conditional inside a
            complement clause) or ``reported`` (someone else's unconfirmed
            claim: the French conditional of a main clause, "Northwind
            serait en discussions", "reportedly", "is said to", unnamed
            sources such as "according to people familiar with the matter").
        attribution: Who reports the fact ("Jeff Zhang"), if reported.
        confidence: How likely the fact is right, in [0, 1].
        extractor: Name of the extractor that produced it.
    """

    sentence: Sentence
    subject: Argument
    relation: str
    lemma: str
    object: Argument | None = None
    args: tuple[Argument, ...] = ()
    negated: bool = False
    modality: str | None = None
    attribution: str | None = None
    confidence: float = 0.5
    extractor: str = "kg.clause"


@dataclass(frozen=True)
class Mention:
    """A named-entity span the tagger found."""

    text: str
    start: int
    end: int
    label: str
    sentence_index: int


@dataclass(frozen=True)
class Extraction:
    """Everything the extractor read from one document."""

    document: Document
    sentences: tuple[Sentence, ...]
    facts: tuple[Fact, ...]
    mentions: tuple[Mention, ...]


@dataclass(frozen=True)
class Entity:
    """A resolved real-world entity.

    Attributes:
        key: Stable, readable identifier, the last segment of its IRI.
        label: Canonical label: the most informative surface form.
        type: Ontology class name (``Organization``, ``Person``, ``Place``...).
        aliases: Other surface forms seen for it.
        type_votes: ``(type, count)`` pairs: how the evidence voted.
        mentions: How many times the document mentions it.
        part_of: Key of the entity it is a part of, when the text says so.
    """

    key: str
    label: str
    type: str
    aliases: tuple[str, ...] = ()
    type_votes: tuple[tuple[str, int], ...] = ()
    mentions: int = 0
    part_of: str | None = None


@dataclass(frozen=True)
class Value:
    """A normalized value read from an argument's text.

    Attributes:
        kind: ``money``, ``percent``, ``quantity``, ``date`` or ``period``.
        text: The surface text it was read from.
        amount: Numeric amount for money, percent and quantity.
        unit: ISO 4217 code for money; the counted noun for quantities.
        date: ISO date (``2020-03-20``), year (``2023``) or period
            (``2019-Q4``, ``2020-03-20/2023-03-20``) for dates and periods.
        qualifier: ``by``, ``since``, ``approximately``... when the text says so.
        low: Lower bound of a range ("$200 million to $250 million",
            "entre 200 et 250 millions d'euros"); ``None`` for a single amount.
        high: Upper bound of a range; ``None`` for a single amount. When a
            value is a range, ``amount`` is its lower bound, the least the
            text commits to, so code that reads ``amount`` alone never
            overstates it.
    """

    kind: str
    text: str
    amount: Decimal | None = None
    unit: str | None = None
    date: str | None = None
    qualifier: str | None = None
    low: Decimal | None = None
    high: Decimal | None = None


@dataclass(frozen=True)
class Relation:
    """A typed relation between two entities of a document.

    Attributes:
        subject: Key of the subject entity.
        property: Local name of the ``kg:`` property (``citizenOf``).
        object: Key of the object entity.
        sentence: Index of the sentence that is its evidence.
        confidence: How likely it is right, in [0, 1].
        extractor: Name of what stated it.
    """

    subject: str
    property: str
    object: str
    sentence: int
    confidence: float = 0.5
    extractor: str = "kg.relations"


@dataclass(frozen=True)
class Statement:
    """A fact as the graph states it: what the resolver read it to say.

    Attributes:
        fact: The extractor's fact.
        property: Local name of the ontology property it states
            (``invests``), once its ends are checked; ``None`` when it
            states its open relation only.
        titles: Local names of the posts its words name
            (``ChiefExecutiveOfficer``), stated as ``kg:positionHeld``
            whether or not a property is.
        agent: Key of the entity a passive names as its agent, which is the
            property's subject ("X a été racheté par Y": Y acquires X).
        markets: Keys of the named places the subject operates in, for a
            fact of selling, investing or opening ("sold in Asia, in Europe").
        roles: Local name of the ``kg:ArgumentRole`` of each of the fact's
            ``args``, in order.
        source: Key of the entity the fact is attributed to, when the text
            names one.
        amount: Span of the price or sum the fact's phrase states inside or
            just after it ("une levée de fonds d'un montant de 230 millions").
    """

    fact: Fact
    property: str | None = None
    titles: tuple[str, ...] = ()
    agent: str | None = None
    markets: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    source: str | None = None
    amount: tuple[int, int] | None = None


@dataclass(frozen=True)
class Resolution:
    """Entities of one document, which spans denote them, and what its facts state.

    Attributes:
        entities: The document's entities.
        links: ``((start, end), key)`` pairs: argument span → entity key.
        values: ``((start, end), Value)`` pairs: span → value, each with
            what its kind needs to be written (an amount and a currency...).
        warnings: Problems met (a value that did not parse...), one line each.
        relations: Typed relations between the entities.
        statements: What each fact states, for the facts that are no page
            furniture, in the extractor's order.
        headline: Index of the sentence that is the document's headline, if any.
        reference_date: The date relative dates count from (ISO), if known.
    """

    entities: tuple[Entity, ...]
    links: tuple[tuple[tuple[int, int], str], ...] = ()
    values: tuple[tuple[tuple[int, int], Value], ...] = ()
    warnings: tuple[str, ...] = field(default=())
    relations: tuple[Relation, ...] = ()
    statements: tuple[Statement, ...] = ()
    headline: int | None = None
    reference_date: str | None = None
