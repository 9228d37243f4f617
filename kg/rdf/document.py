"""The graph of one document: its sentences, entities, mentions and statements, as triples.

:func:`document_graph` writes everything read from one document into one
graph whose identifier is the document's IRI (its named graph in the store):
the document and its sentences, the entities with their labels and type
votes, each linked span as a mention, and for each statement of the
resolution a direct triple (subject, open and canonical property, object)
plus a ``kg:Statement`` node with the n-ary detail and its provenance. The
shape is documented in ``docs/graph-model.md``; the terms are those of
``ontologies/kg.ttl``. A pure mapping: every decision was taken by the
resolver and is carried in its records.
"""

from __future__ import annotations

import hashlib
import math
import re
from bisect import bisect_right

from rdflib import Graph

from kg.namespaces import DCTERMS, DEFAULT_BASE, KG, KGD, PREFIXES, SCHEMA, namespaces
from kg.normalize.dates import date_parts
from kg.rdf.iris import (
    _document,
    _entity,
    _is_range,
    _relation,
    _safe_id,
    _sentence,
    _statement,
    _value,
    document_iri,
)
from kg.rdf.terms import (
    _ALT_LABEL,
    _ATTRIBUTED_TO,
    _DERIVED_FROM,
    _FALSE,
    _LABEL,
    _SUB_PROPERTY,
    _TRUE,
    _TYPE,
    _date_literal,
    _decimal,
    _integer,
    _iri,
    _kg,
    _period_bounds,
    _plain_number,
    _text,
    _typed,
    _xsd_duration,
)
from kg.resolve.lexicon import relation_lemma
from kg.resolve.values import complete
from kg.types import (
    Argument,
    Entity,
    Extraction,
    Relation,
    Resolution,
    Sentence,
    Statement,
    Value,
)

#: Value kinds → class of their node.
VALUE_CLASSES: dict[str, str] = {
    "money": f"{KG}MonetaryAmount",
    "percent": f"{KG}Percentage",
    "quantity": f"{KG}Quantity",
    "date": f"{KG}Date",
    "period": f"{KG}Period",
}


def document_graph(extraction: Extraction, resolution: Resolution) -> Graph:
    """All triples read from one document, as its named graph.

    Args:
        extraction: What the extractor read from the document.
        resolution: Its entities, links and values (:func:`kg.resolve.resolve_entities`).

    Returns:
        An rdflib graph whose identifier is the document's IRI, with the
        project's prefixes bound.
    """
    graph = Graph(identifier=document_iri(extraction.document.id))
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    # Parsed from the very text kg build stores, so the two never differ.
    graph.parse(data=_document_triples(extraction, resolution).ntriples(), format="nt")
    return graph


def document_ntriples(
    extraction: Extraction, resolution: Resolution, base: str = DEFAULT_BASE
) -> tuple[str, bytes, int]:
    """The triples of :func:`document_graph` as N-Triples, without building a Graph.

    ``kg build`` writes this: the same triples, written as text directly
    (rdflib's terms and in-memory graph cost several times more).

    Args:
        extraction: What the extractor read from the document.
        resolution: Its entities, links and values.
        base: The base of the IRIs minted (``kg build --base-iri``); the
            ontology's IRIs stay what they are.

    Returns:
        The document graph's IRI, its N-Triples (UTF-8), and its triple count.
    """
    triples = _document_triples(extraction, resolution)
    if base == DEFAULT_BASE:
        return _document(extraction.document.id), triples.ntriples().encode("utf-8"), len(triples)
    ns = namespaces(base)
    minted, ontology = "<" + DEFAULT_BASE, "<" + KG

    def term(text: str) -> str:
        return "<" + ns.rebase(text[1:-1]) + ">" if text.startswith(minted) and not text.startswith(ontology) else text

    text = "".join(f"{term(s)} {term(p)} {term(o)} .\n" for s, p, o in triples)
    return ns.rebase(_document(extraction.document.id)), text.encode("utf-8"), len(triples)


def _document_triples(extraction: Extraction, resolution: Resolution) -> _Triples:
    """Every triple of a document's named graph, in the order they were made."""
    document = extraction.document
    lang = document.lang
    graph = _Triples()

    sentences = {s.index: s for s in extraction.sentences}
    headline = sentences.get(resolution.headline) if resolution.headline is not None else None
    _add_document(graph, extraction, headline, resolution.reference_date)
    for sentence in extraction.sentences:
        _add_sentence(graph, document.id, sentence, lang)
    if headline is not None:
        graph.add((_iri(_sentence(document.id, headline.index)), _kg("headline"), _TRUE))

    entities = {e.key: e for e in resolution.entities}
    links = {span: key for span, key in resolution.links if key in entities}
    # The resolver gives complete values; one without what its typed literals need is not written.
    values = {span: value for span, value in resolution.values if complete(value)}
    for entity in resolution.entities:
        _add_entity(graph, document.id, entity, lang)
    _add_mentions(graph, document.id, document.text, links, extraction.sentences, lang)

    for statement in resolution.statements:
        fact = statement.fact
        if fact.sentence.index not in sentences:
            _add_sentence(graph, document.id, fact.sentence, lang)
            sentences[fact.sentence.index] = fact.sentence
        _add_fact(graph, document.id, statement, lang, links, values)
    _add_values_stated(graph, document.id, values, extraction.sentences)
    for relation in resolution.relations:
        if relation.subject in entities and relation.object in entities:
            if relation.sentence not in sentences:
                continue  # its sentence is not in this document: nothing to trace it to
            _add_relation(graph, document.id, relation, lang, entities)
    return graph


def _add_values_stated(
    graph: _Triples, document_id: str, values: dict[tuple[int, int], Value], sentences: tuple[Sentence, ...]
) -> None:
    """Every value read in the document, with ``kg:statedIn`` the sentence that states it."""
    ordered = sorted(sentences, key=lambda s: s.start)
    starts = [s.start for s in ordered]
    for (start, _end), value in values.items():
        i = bisect_right(starts, start) - 1
        if i >= 0 and start < max(ordered[i].end, ordered[i].start + 1):
            graph.add((_add_value(graph, value), _kg("statedIn"), _iri(_sentence(document_id, ordered[i].index))))


def _add_relation(
    graph: _Triples, document_id: str, relation: Relation, lang: str, entities: dict[str, Entity]
) -> None:
    """A classified relation between two entities: its direct triple and its statement with provenance."""
    subject, obj = _iri(_entity(relation.subject)), _iri(_entity(relation.object))
    graph.add((subject, _kg(relation.property), obj))
    digest = hashlib.sha256(f"{relation.subject}\x1f{relation.property}\x1f{relation.object}".encode()).hexdigest()[:16]
    statement = _iri(f"{KGD}{_safe_id(document_id)}/relation/{digest}")
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", relation.property).lower()  # "citizenOf" → "citizen of"
    open_relation = _iri(_relation(words, lang))
    graph.add((statement, _TYPE, _kg("Statement")))
    graph.add((statement, _DERIVED_FROM, _iri(_sentence(document_id, relation.sentence))))
    graph.add((statement, _kg("inDocument"), _iri(_document(document_id))))
    graph.add((statement, _kg("subject"), subject))
    graph.add((statement, _kg("subjectText"), _text(entities[relation.subject].label, lang)))
    graph.add((statement, _kg("relation"), open_relation))
    graph.add((statement, _kg("relationText"), _text(words, lang)))
    graph.add((open_relation, _TYPE, _kg("Relation")))
    graph.add((open_relation, _LABEL, _text(words, lang)))
    graph.add((open_relation, _kg("language"), _text(lang)))
    graph.add((open_relation, _SUB_PROPERTY, _kg(relation.property)))
    graph.add((statement, _kg("canonicalRelation"), _kg(relation.property)))
    graph.add((statement, _kg("object"), obj))
    graph.add((statement, _kg("objectText"), _text(entities[relation.object].label, lang)))
    graph.add((statement, _kg("negated"), _FALSE))
    graph.add((statement, _kg("confidence"), _decimal(min(max(relation.confidence, 0.0), 1.0), places=3)))
    graph.add((statement, _kg("extractor"), _text(relation.extractor)))


class _Triples(dict):
    """An ordered set of triples, each term in N-Triples syntax (see :func:`_iri`)."""

    def add(self, triple: tuple[str, str, str]) -> None:
        self[triple] = None

    def ntriples(self) -> str:
        """The triples as an N-Triples document."""
        return "".join(f"{s} {p} {o} .\n" for s, p, o in self)


def _add_document(graph: _Triples, extraction: Extraction, headline: Sentence | None, anchor: str | None) -> None:
    """The document node; its title is the headline when the input gave none."""
    document = extraction.document
    doc = _iri(_document(document.id))
    graph.add((doc, _TYPE, _kg("Document")))
    graph.add((doc, _iri(f"{DCTERMS}identifier"), _text(document.id)))
    graph.add((doc, _kg("source"), _text(document.source)))
    graph.add((doc, _iri(f"{DCTERMS}language"), _text(document.lang)))
    graph.add((doc, _kg("sentenceCount"), _integer(len(extraction.sentences))))
    title = document.title or (headline.text.strip() if headline is not None else None)
    if title:
        graph.add((doc, _iri(f"{DCTERMS}title"), _text(title, document.lang)))
    if document.date:
        graph.add((doc, _iri(f"{DCTERMS}date"), _date_literal(document.date)))
    if anchor:
        lexical, datatype = date_parts(anchor[:10])
        if datatype == "date":
            graph.add((doc, _kg("referenceDate"), _typed(lexical, datatype)))
    if document.url:
        graph.add((doc, _iri(f"{SCHEMA}url"), _typed(document.url, "anyURI")))


def _add_sentence(graph: _Triples, document_id: str, sentence: Sentence, lang: str) -> None:
    """A sentence node, linked to its document."""
    node = _iri(_sentence(document_id, sentence.index))
    document = _iri(_document(document_id))
    graph.add((node, _TYPE, _kg("Sentence")))
    graph.add((node, _kg("text"), _text(sentence.text, lang)))
    graph.add((node, _kg("index"), _integer(sentence.index)))
    graph.add((node, _kg("start"), _integer(sentence.start)))
    graph.add((node, _kg("end"), _integer(sentence.end)))
    graph.add((node, _kg("inDocument"), document))
    # PROV-O all the way: statement → sentence → document by prov:wasDerivedFrom.
    graph.add((node, _DERIVED_FROM, document))


def _add_entity(graph: _Triples, document_id: str, entity: Entity, lang: str) -> None:
    """An entity, its labels and part-of link, and what this document says of it."""
    node = _iri(_entity(entity.key))
    entity_class = _kg(entity.type if entity.type in _ENTITY_CLASSES else "Entity")
    graph.add((node, _TYPE, entity_class))
    graph.add((node, _LABEL, _text(entity.label, lang)))
    for alias in entity.aliases:
        if alias != entity.label:
            graph.add((node, _ALT_LABEL, _text(alias, lang)))
    if entity.part_of:
        graph.add((node, _kg("partOf"), _iri(_entity(entity.part_of))))
    # Counts and votes belong to the document: an occurrence node keeps them
    # apart from other documents' in the union graph.
    occurrence_iri = f"{KGD}{_safe_id(document_id)}/entity/{entity.key}"
    occurrence = _iri(occurrence_iri)
    graph.add((occurrence, _TYPE, _kg("Occurrence")))
    graph.add((occurrence, _kg("entity"), node))
    graph.add((occurrence, _kg("inDocument"), _iri(_document(document_id))))
    graph.add((occurrence, _kg("mentionCount"), _integer(max(entity.mentions, 0))))
    graph.add((occurrence, _kg("assignedType"), entity_class))
    for entity_type, count in entity.type_votes:
        if entity_type not in _ENTITY_CLASSES:
            continue
        vote = _iri(f"{occurrence_iri}/vote/{entity_type}")
        graph.add((occurrence, _kg("typeVote"), vote))
        graph.add((vote, _TYPE, _kg("TypeVote")))
        graph.add((vote, _kg("votedType"), _kg(entity_type)))
        graph.add((vote, _kg("votes"), _integer(count)))


def _add_mentions(
    graph: _Triples,
    document_id: str,
    text: str,
    links: dict[tuple[int, int], str],
    sentences: tuple[Sentence, ...],
    lang: str,
) -> None:
    """Every linked span as a ``kg:Mention`` (entity, offsets, text, sentence), and ``entity kg:mentionedIn sentence``.

    A span inside another linked span of the same entity ("Alibaba" in "the
    Alibaba group", both linked) is one mention: the outer one is kept.
    """
    ordered = sorted(sentences, key=lambda s: s.start)
    starts = [s.start for s in ordered]
    document = _iri(_document(document_id))
    spans = sorted(links.items(), key=lambda item: (item[0][0], -item[0][1]))
    covered: dict[str, int] = {}  # entity key → end of its last mention kept
    for (start, end), key in spans:
        i = bisect_right(starts, start) - 1
        if i < 0 or start >= max(ordered[i].end, ordered[i].start + 1):
            continue
        sentence = _iri(_sentence(document_id, ordered[i].index))
        entity = _iri(_entity(key))
        graph.add((entity, _kg("mentionedIn"), sentence))
        if end <= covered.get(key, -1) or not 0 <= start < end <= len(text):
            continue
        covered[key] = end
        mention = _iri(f"{_document(document_id)}/m/{start}-{end}")
        graph.add((mention, _TYPE, _kg("Mention")))
        graph.add((mention, _kg("entity"), entity))
        graph.add((mention, _kg("start"), _integer(start)))
        graph.add((mention, _kg("end"), _integer(end)))
        graph.add((mention, _kg("text"), _text(text[start:end], lang)))
        graph.add((mention, _DERIVED_FROM, sentence))
        graph.add((mention, _kg("inDocument"), document))


def _add_fact(
    graph: _Triples,
    document_id: str,
    statement: Statement,
    lang: str,
    links: dict[tuple[int, int], str],
    values: dict[tuple[int, int], Value],
) -> None:
    """A fact's statement node, its arguments, and its direct triples."""
    fact = statement.fact
    statement_iri = _statement(document_id, fact)
    node = _iri(statement_iri)
    lemma = relation_lemma(fact.lemma or fact.relation)
    relation = _iri(_relation(lemma, lang))

    graph.add((node, _TYPE, _kg("Statement")))
    graph.add((node, _DERIVED_FROM, _iri(_sentence(document_id, fact.sentence.index))))
    graph.add((node, _kg("inDocument"), _iri(_document(document_id))))

    subject = _term(fact.subject, lang, links, values)
    graph.add((node, _kg("subject"), subject))
    graph.add((node, _kg("subjectText"), _text(fact.subject.text, lang)))
    graph.add((node, _kg("relation"), relation))
    graph.add((node, _kg("relationText"), _text(fact.relation, lang)))
    graph.add((relation, _TYPE, _kg("Relation")))
    graph.add((relation, _LABEL, _text(lemma, lang)))
    graph.add((relation, _kg("language"), _text(lang)))
    for title in statement.titles:
        graph.add((node, _kg("positionHeld"), _kg(title)))
    if statement.property is not None:
        graph.add((node, _kg("canonicalRelation"), _kg(statement.property)))
        graph.add((relation, _SUB_PROPERTY, _kg(statement.property)))

    obj = None
    subject_value = values.get((fact.subject.start, fact.subject.end))
    if subject_value is not None and subject_value.kind == "money":
        # "250 millions levés par OVH": the sum raised is the statement's amount.
        _add_value_shortcuts(graph, node, fact.subject, values)
    if fact.object is not None:
        obj = _term(fact.object, lang, links, values)
        graph.add((node, _kg("object"), obj))
        graph.add((node, _kg("objectText"), _text(fact.object.text, lang)))
        object_value = values.get((fact.object.start, fact.object.end))
        if object_value is not None and object_value.qualifier:
            graph.add((node, _kg("objectQualifier"), _text(object_value.qualifier)))
        _add_value_shortcuts(graph, node, fact.object, values)

    for position, (argument, role) in enumerate(zip(fact.args, statement.roles), start=1):
        argument_node = _iri(f"{statement_iri}/arg/{position}")
        graph.add((node, _kg("argument"), argument_node))
        graph.add((argument_node, _TYPE, _kg("Argument")))
        graph.add((argument_node, _kg("role"), _text(argument.role)))
        graph.add((argument_node, _kg("roleType"), _kg(role)))
        graph.add((argument_node, _kg("text"), _text(argument.text, lang)))
        graph.add((argument_node, _kg("position"), _integer(position)))
        graph.add((argument_node, _kg("start"), _integer(argument.start)))
        graph.add((argument_node, _kg("end"), _integer(argument.end)))
        span = (argument.start, argument.end)
        if span in links:
            graph.add((argument_node, _kg("entity"), _iri(_entity(links[span]))))
        if span in values:
            value = values[span]
            graph.add((argument_node, _kg("value"), _add_value(graph, value)))
            if value.qualifier:
                graph.add((argument_node, _kg("qualifier"), _text(value.qualifier)))
        _add_value_shortcuts(graph, node, argument, values)
    if statement.amount is not None:
        graph.add((node, _kg("amount"), _add_value(graph, values[statement.amount])))

    graph.add((node, _kg("negated"), _TRUE if fact.negated else _FALSE))
    if fact.modality:
        graph.add((node, _kg("modality"), _text(fact.modality)))
    if fact.attribution:
        graph.add((node, _kg("attribution"), _text(fact.attribution, lang)))
        if statement.source is not None:
            graph.add((node, _ATTRIBUTED_TO, _iri(_entity(statement.source))))
    confidence = (
        fact.confidence if isinstance(fact.confidence, (int, float)) and math.isfinite(fact.confidence) else 0.0
    )
    graph.add((node, _kg("confidence"), _decimal(min(max(confidence, 0.0), 1.0), places=3)))
    graph.add((node, _kg("extractor"), _text(fact.extractor)))

    # Direct triples: only for what the text asserts. A denied fact lives on
    # its statement node alone, so "?s kg:invests ?o" never returns it.
    if fact.negated or not _is_iri(subject):
        return
    target = obj
    if target is None and fact.args:
        target = _term(fact.args[0], lang, links, values)
    if target is None:
        return
    graph.add((subject, relation, target))
    if statement.property is not None and not (statement.property == "partOf" and not _is_iri(target)):
        # kg:partOf links entities only ("une division administrative" is not a parent).
        source, destination = subject, target
        if statement.agent is not None:
            source, destination = _iri(_entity(statement.agent)), subject  # "X a été racheté par Y": Y acquires X
        graph.add((source, _kg(statement.property), destination))
        for place in statement.markets:
            # "sold in Asia, in Europe": the subject operates in each place named.
            graph.add((subject, _kg("operatesIn"), _iri(_entity(place))))


def _add_value_shortcuts(
    graph: _Triples, statement: str, argument: Argument, values: dict[tuple[int, int], Value]
) -> str | None:
    """``kg:amount``/``kg:time``/``kg:quantity`` from a statement to its values; the value's kind."""
    value = values.get((argument.start, argument.end))
    if value is None:
        return None
    node = _add_value(graph, value)
    shortcut = {"money": "amount", "date": "time", "period": "time"}.get(value.kind, "quantity")
    graph.add((statement, _kg(shortcut), node))
    return value.kind


def _add_value(graph: _Triples, value: Value) -> str:
    """A value node with its typed literals; returns its IRI (in N-Triples syntax)."""
    node = _iri(_value(value))
    graph.add((node, _TYPE, _iri(VALUE_CLASSES.get(value.kind, f"{KG}Value"))))
    if value.kind in ("money", "percent", "quantity") and value.amount is not None:
        graph.add((node, _kg("numericValue"), _decimal(value.amount)))
        if value.low is not None and value.high is not None:  # a range
            graph.add((node, _kg("minValue"), _decimal(value.low)))
            graph.add((node, _kg("maxValue"), _decimal(value.high)))
    if value.kind == "money" and value.unit:
        graph.add((node, _kg("currency"), _text(value.unit)))
        graph.add((node, _LABEL, _text(f"{_amount_label(value)} {value.unit}")))
    elif value.kind == "percent":
        graph.add((node, _LABEL, _text(f"{_amount_label(value)} %")))
    elif value.kind == "quantity":
        if value.unit:
            graph.add((node, _kg("unitText"), _text(value.unit)))
        graph.add((node, _LABEL, _text(f"{_amount_label(value)} {value.unit or ''}".strip())))
    elif value.kind == "date" and value.date:
        graph.add((node, _kg("date"), _date_literal(value.date)))
        graph.add((node, _LABEL, _text(value.date)))
    elif value.kind == "period" and value.date:
        graph.add((node, _LABEL, _text(value.date)))
        graph.add((node, _kg("notation"), _text(value.date)))
        start, end = _period_bounds(value.date)
        if start and end:
            graph.add((node, _kg("startDate"), _typed(start, "date")))
            graph.add((node, _kg("endDate"), _typed(end, "date")))
        if value.date.startswith("P"):
            graph.add((node, _kg("duration"), _typed(_xsd_duration(value.date), "duration")))
    return node


_ENTITY_CLASSES = frozenset({"Organization", "Person", "Place", "Product", "Event", "Work", "Entity"})


def _term(
    argument: Argument, lang: str, links: dict[tuple[int, int], str], values: dict[tuple[int, int], Value]
) -> str:
    """What an argument denotes, in N-Triples syntax: its entity, its value, or its text."""
    span = (argument.start, argument.end)
    if span in links:
        return _iri(_entity(links[span]))
    if span in values:
        return _iri(_value(values[span]))
    return _text(argument.text, lang)


def _is_iri(term: str) -> bool:
    """Whether a term in N-Triples syntax is an IRI (not a literal)."""
    return term.startswith("<")


def _amount_label(value: Value) -> str:
    """A value's amount as a label: ``250000000``, or ``200000000–250000000`` for a range."""
    if _is_range(value):
        return f"{_plain_number(value.low)}–{_plain_number(value.high)}"
    return _plain_number(value.amount)
