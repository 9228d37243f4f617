"""What the graph says of one resource, read with a few SPARQL queries: an entity's card, any node's triples.

:func:`entity_card` gathers an entity's labels, types and aliases and the
facts it takes part in, each with its relation, the other end, its date and
amount, its sentence and its document, grouped by relation. It is what
``kg serve`` shows on an entity's page (and what a terminal card prints).
:func:`describe` gives any node's own triples and those pointing at it, for
the pages of documents, sentences and statements.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from kg.namespaces import KG, PREFIXES, namespaces
from kg.store.base import Result, sparql_string


class Readable(Protocol):
    """What a card reads from: a store, or a store the server bounds with its timeout and row cap."""

    @property
    def base_iri(self) -> str: ...

    @property
    def query(self) -> Callable[..., Result]: ...


RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"

#: Most facts a card lists (the most confident first); the page says when there are more.
MAX_FACTS = 500


@dataclass(frozen=True)
class Fact:
    """One statement the entity takes part in, as a card shows it."""

    statement: str
    relation: str  # the canonical property's local name, else the relation as written
    canonical: bool
    role: str  # "subject" or "object": which end the entity is
    other: str | None  # the IRI at the other end, when it is an entity or a value
    other_label: str  # its label, or the text at that end
    time: str | None
    amount: str | None
    negated: bool
    modality: str | None
    confidence: float | None
    sentence: str | None
    document: str | None
    document_title: str | None


@dataclass
class EntityCard:
    """An entity's card: who or what it is, and what the documents say of it."""

    iri: str
    label: str
    types: list[str] = field(default_factory=list)  # local names of kg classes
    aliases: list[str] = field(default_factory=list)
    facts: dict[str, list[Fact]] = field(default_factory=dict)  # by relation, in order of first appearance
    documents: list[tuple[str, str | None]] = field(default_factory=list)  # (IRI, title) naming the entity
    truncated: bool = False
    entity_space: str = PREFIXES["kge"]  # the store's kge: namespace

    @property
    def neighbours(self) -> list[tuple[str, str]]:
        """The entities the facts link to, (IRI, label), in order of first appearance."""
        seen: dict[str, str] = {}
        for facts in self.facts.values():
            for fact in facts:
                if fact.other and fact.other.startswith(self.entity_space) and fact.other != self.iri:
                    seen.setdefault(fact.other, fact.other_label)
        return list(seen.items())


def entity_card(store: Readable, iri: str, *, max_facts: int = MAX_FACTS) -> EntityCard | None:
    """The card of entity ``iri``, or None when the store holds nothing about it."""
    node = f"<{checked_iri(iri)}>"
    ns = namespaces(store.base_iri)
    about = store.query(
        f"""SELECT ?p ?o WHERE {{
              {node} ?p ?o .
              FILTER(?p IN (rdf:type, rdfs:label, skos:altLabel))
            }}""",
        prefixes=ns.prefixes,
    )
    if not about.rows:
        return None
    labels, types, aliases = [], set(), set()
    for p, o in about.rows:
        prop, value = _text(p), _text(o)
        if prop is None or value is None:
            continue
        if prop == RDFS_LABEL:
            labels.append(value)
        elif prop.endswith("#type") and value.startswith(KG):
            types.add(value[len(KG) :])
        else:
            aliases.add(value)
    label = min(labels, key=lambda text: (-len(text), text)) if labels else _local(iri)
    card = EntityCard(iri, label, sorted(types), sorted(aliases | set(labels) - {label}), entity_space=ns.kge)
    result = store.query(
        f"""SELECT ?st ?role ?canonical ?written ?other ?otherLabel ?otherText ?time ?timeLabel
                   ?amount ?amountLabel ?negated ?modality ?confidence ?sentence ?doc ?title WHERE {{
              {{ ?st kg:subject {node} . BIND("subject" AS ?role)
                 OPTIONAL {{ ?st kg:object ?other }} OPTIONAL {{ ?st kg:objectText ?otherText }} }}
              UNION
              {{ ?st kg:object {node} . BIND("object" AS ?role)
                 OPTIONAL {{ ?st kg:subject ?other }} OPTIONAL {{ ?st kg:subjectText ?otherText }} }}
              ?st a kg:Statement .
              OPTIONAL {{ ?st kg:canonicalRelation ?canonical }}
              OPTIONAL {{ ?st kg:relationText ?written }}
              OPTIONAL {{ ?other rdfs:label ?otherLabel }}
              OPTIONAL {{ ?st kg:time ?time . OPTIONAL {{ ?time rdfs:label ?timeLabel }} }}
              OPTIONAL {{ ?st kg:amount ?amount . OPTIONAL {{ ?amount rdfs:label ?amountLabel }} }}
              OPTIONAL {{ ?st kg:negated ?negated }}
              OPTIONAL {{ ?st kg:modality ?modality }}
              OPTIONAL {{ ?st kg:confidence ?confidence }}
              OPTIONAL {{ ?st prov:wasDerivedFrom ?s . ?s a kg:Sentence ; kg:text ?sentence }}
              OPTIONAL {{ ?st kg:inDocument ?doc . OPTIONAL {{ ?doc dcterms:title ?title }} }}
            }}
            ORDER BY DESC(?confidence) ?st""",
        limit=max_facts * 4,
        prefixes=ns.prefixes,
    )
    seen: set[str] = set()
    grouped: dict[str, list[Fact]] = defaultdict(list)
    for row in result.rows:
        values = dict(zip(result.names, row, strict=True))
        statement = _text(values["st"])
        if statement is None or statement in seen:
            continue  # a statement with two labels or two sentences is listed once
        seen.add(statement)
        if len(seen) > max_facts:
            card.truncated = True
            break
        canonical = _text(values["canonical"])
        relation = canonical[len(KG) :] if canonical and canonical.startswith(KG) else None
        other = values["other"]
        other_iri = _text(other) if type(other).__name__ == "NamedNode" else None
        other_label = _text(values["otherLabel"]) or _text(values["otherText"])
        if other_label is None:
            other_label = _local(other_iri) if other_iri else (_text(other) or "")
        confidence = _text(values["confidence"])
        grouped[relation or (_text(values["written"]) or "?")].append(
            Fact(
                statement=statement,
                relation=relation or (_text(values["written"]) or "?"),
                canonical=relation is not None,
                role=_text(values["role"]) or "subject",
                other=other_iri,
                other_label=other_label,
                time=_text(values["timeLabel"]) or _local_or_none(_text(values["time"])),
                amount=_text(values["amountLabel"]) or _local_or_none(_text(values["amount"])),
                negated=_text(values["negated"]) == "true",
                modality=_text(values["modality"]),
                confidence=float(confidence) if confidence is not None else None,
                sentence=_text(values["sentence"]),
                document=_text(values["doc"]),
                document_title=_text(values["title"]),
            )
        )
    # Canonical relations first, then the relations as written, each by name.
    card.facts = dict(sorted(grouped.items(), key=lambda item: (not item[1][0].canonical, item[0].lower())))
    docs = store.query(
        f"""SELECT DISTINCT ?doc ?title WHERE {{
              ?occurrence kg:entity {node} ; kg:inDocument ?doc .
              OPTIONAL {{ ?doc dcterms:title ?title }}
            }} ORDER BY ?title ?doc""",
        limit=max_facts,
        prefixes=ns.prefixes,
    )
    card.documents = [(str(_text(d)), _text(t)) for d, t in docs.rows if d is not None]
    return card


def format_card(card: EntityCard, *, width: int = 100) -> str:
    """The card as terminal text: a heading, then each relation's facts with their sentences and documents."""
    import textwrap

    kinds = ", ".join(card.types) or "entity"
    lines = [f"{card.label}  ({kinds})  kge:{card.iri[len(card.entity_space) :]}"]
    if card.aliases:
        lines.append("Also named: " + ", ".join(card.aliases))
    for relation, facts in card.facts.items():
        lines += ["", relation if facts[0].canonical else f'"{relation}"']
        shown = set()
        for fact in facts:
            key = (fact.role, fact.other_label, fact.time, fact.amount, fact.negated, fact.modality, fact.sentence)
            if key in shown:
                continue
            shown.add(key)
            arrow = "←" if fact.role == "object" else "→"
            extras = [fact.amount if fact.amount and fact.amount != fact.other_label else "", fact.time or ""]
            extras += ["not" if fact.negated else "", fact.modality or ""]
            lines.append(f"  {arrow} {fact.other_label}" + "".join(f"  [{x}]" for x in extras if x))
            if fact.sentence:
                lines += textwrap.wrap(
                    f'"{fact.sentence}"',
                    width,
                    initial_indent="      ",
                    subsequent_indent="      ",
                    break_on_hyphens=False,
                )
            source = fact.document_title or (fact.document or "")
            if source:
                lines.append(f"      — {source}")
    if card.truncated:
        lines += ["", f"(more than {MAX_FACTS} facts: ask kg query for the rest)"]
    if card.documents:
        lines += ["", f"Named in {len(card.documents)} document(s):"]
        lines += [f"  {title or doc}" for doc, title in card.documents]
    lines += ["", f"On kg serve: /id/entity/{card.iri[len(card.entity_space) :]}"]
    return "\n".join(lines) + "\n"


def find_entity(store: Readable, name: str) -> str:
    """The IRI of the entity ``name`` names: an IRI, a ``kge:`` name, or a label or alias (any case).

    A label wins over an alias; names shared by several entities, and names
    of none, are errors that list the candidates.

    Raises:
        QueryError: no entity, or more than one, has that name.
    """
    from kg.errors import QueryError

    wanted = name.strip()
    ns = namespaces(store.base_iri)
    entity_space = ns.kge
    if wanted.startswith("kge:"):
        wanted = entity_space + wanted[4:]
    if wanted.startswith(entity_space):
        try:
            node = checked_iri(wanted)
        except ValueError:
            raise QueryError(f"{name!r} is not an entity name; give a label, kge:KEY or an IRI") from None
        if store.query(f"ASK {{ <{node}> ?p ?o }}").boolean:
            return wanted
        raise QueryError(f"no entity {name!r} in the store; look names up with `kg query`")
    # Both sides lowered by SPARQL (Python's casefold differs: "Straße" → "strasse").
    literal = f"LCASE({sparql_string(wanted)})"
    rows = store.query(
        f"""SELECT DISTINCT ?e ?how WHERE {{
              {{ ?e rdfs:label ?name BIND(0 AS ?how) }} UNION {{ ?e skos:altLabel ?name BIND(1 AS ?how) }}
              FILTER(STRSTARTS(STR(?e), STR(kge:)) && LCASE(STR(?name)) = {literal})
            }} ORDER BY ?how ?e""",
        limit=50,
        prefixes=ns.prefixes,
    ).rows
    best = [str(_text(r[0])) for r in rows if r[0] is not None and _text(r[1]) == _text(rows[0][1])] if rows else []
    if len(best) == 1:
        return str(best[0])
    if best:
        listed = ", ".join("kge:" + iri[len(entity_space) :] for iri in best[:8])
        raise QueryError(f"{name!r} names {len(best)} entities ({listed}); give one of them as kge:…")
    close = store.query(
        f"""SELECT DISTINCT ?label WHERE {{
              ?e rdfs:label ?label FILTER(STRSTARTS(STR(?e), STR(kge:)) && CONTAINS(LCASE(STR(?label)), {literal}))
            }} ORDER BY STRLEN(STR(?label)) ?label""",
        limit=5,
        prefixes=ns.prefixes,
    ).rows
    hint = ", ".join(repr(_text(r[0])) for r in close if r[0] is not None)
    raise QueryError(
        f"no entity is named {name!r}" + (f"; did you mean {hint}?" if hint else "; look names up with `kg query`")
    )


def describe(store: Readable, iri: str, *, limit: int = 2000) -> tuple[list[tuple[str, Any]], list[tuple[Any, str]]]:
    """A node's own triples (property, object) and the triples pointing at it (subject, property)."""
    node = f"<{checked_iri(iri)}>"
    out = store.query(f"SELECT ?p ?o WHERE {{ {node} ?p ?o }} ORDER BY ?p ?o", limit=limit)
    into = store.query(f"SELECT ?s ?p WHERE {{ ?s ?p {node} }} ORDER BY ?p ?s", limit=limit)
    return (
        [(str(_text(p)), o) for p, o in out.rows if p is not None],
        [(s, str(_text(p))) for s, p in into.rows if p is not None],
    )


def checked_iri(iri: str) -> str:
    """``iri`` as it may stand between angle brackets in a query (anything else cannot name a node)."""
    import pyoxigraph as ox

    try:
        return ox.NamedNode(iri).value
    except ValueError:
        raise ValueError(f"{iri!r} is not an IRI") from None


def _text(term: Any) -> str | None:
    return None if term is None else str(term.value)


def _local(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _local_or_none(iri: str | None) -> str | None:
    return None if iri is None else _local(iri)
