"""The facts a view shows: each statement's edge and its panel (sentence, document, arguments).

A statement becomes an edge from its subject to its object (else its first
argument that is a node), labelled with its relation; its panel lists every
argument, negation, modality, attribution, confidence, the sentence and the
document. Arguments that are entities or values also get edges of their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from kg.viz.labels import (
    _doc_id,
    _human_literal,
    _local_name,
    _relation_label,
    _show,
    _statement_lang,
)
from kg.viz.model import (
    _DATE_TYPES,
    _KG,
    _NODE_PROPERTIES,
    _NUMERIC_TYPES,
    _PROV,
    _RDF,
    _RDFS,
    _STATEMENT_FIELDS,
    ARGUMENTS,
    Lit,
    Term,
    _Projection,
    _Tables,
)
from kg.viz.reading import (
    _first,
    _key,
    _lit_value,
    _to_float,
)


def _node(proj: _Projection, tables: _Tables, term: Term, text: Term | None = None) -> str:
    """Id of the node drawing ``term`` (entity, value, phrase or other resource), added when new."""
    graph = proj.graph
    if isinstance(term, Lit):
        human = _human_literal(term, tables.lang)
        label = human or term.value
        nid = "text:" + label
        if nid not in graph:
            kind = "Date" if term.datatype in _DATE_TYPES else "Quantity" if term.datatype in _NUMERIC_TYPES else "Text"
            graph.add_node(nid, label=label, type=kind, kind="value" if human else "text", aliases="", iri="")
        return nid
    if term not in graph:
        if term in tables.entities:
            info = tables.entities[term]
            graph.add_node(
                term,
                label=info["label"],
                type=info["type"],
                kind="entity",
                aliases=" | ".join(info["aliases"]),
                iri=term,
            )
        elif term in tables.values:
            info = tables.values[term]
            graph.add_node(term, label=info["label"], type=info["type"], kind="value", aliases="", iri=term)
        else:
            label = _lit_value(text) or (tables.relations.get(term) or _local_name(term))
            graph.add_node(
                term, label=label, type="Resource", kind="other", aliases="", iri="" if term.startswith("_:") else term
            )
    return term


def _add_statement(proj: _Projection, tables: _Tables, st: dict[str, Any]) -> None:
    """Draw one statement: subject → object, and its arguments that are entities or values.

    A fact that names no entity and no value ("la demande —lié à→ la pandémie")
    is left out of the drawing (and counted): phrases linked to phrases make
    noise, not a network. Arguments that are only text stay in the fact's
    details rather than becoming nodes.
    """
    props = st["props"]
    subject, obj = _first(props, "subject"), _first(props, "object")
    if subject is None:
        return
    args = [(a, t) for a, t in _argument_targets(st) if _is_node(t, tables)]
    if not (_is_node(subject, tables) or _is_node(obj, tables) or args):
        proj.phrase_facts += 1
        return
    fact = _fact_details(st, tables)
    proj.facts[st["iri"]] = fact
    edge = {
        "fact": st["iri"],
        "confidence": fact.get("confidence_value", -1.0),
        "negated": fact["negated"],
        "modality": fact["modality"],
        "sentence": fact["sentence"],
        "document": fact["document"],
    }
    source = _node(proj, tables, subject, _first(props, "subjectText"))
    proj.node_facts[source].append(st["iri"])
    anchor = source
    if obj is not None:
        anchor = _node(proj, tables, obj, _first(props, "objectText"))
        proj.graph.add_edge(
            source, anchor, key=st["iri"], label=fact["relation"], relation=fact["relation_iri"], role="", **edge
        )
        proj.node_facts[anchor].append(st["iri"])
    for i, (arg, target_term) in enumerate(args):
        target = _node(proj, tables, target_term, _first(arg, "text"))
        role = _lit_value(_first(arg, "role")) or "with"
        proj.graph.add_edge(
            anchor, target, key=f"{st['iri']}#arg{i}", label=role, relation=ARGUMENTS, role=role, **edge
        )
        proj.node_facts[target].append(st["iri"])


def _is_node(term: Term | None, tables: _Tables) -> bool:
    """Whether a term is an entity or a value (not a phrase)."""
    return isinstance(term, str) and (term in tables.entities or term in tables.values)


def _add_triples(
    proj: _Projection, triples: list[tuple[Term, Term, Term]], tables: _Tables, statements: dict[str, dict[str, Any]]
) -> None:
    """Draw the triples of a query; an edge that a statement asserts gets that statement's details."""
    asserted: dict[tuple[str, str, str], str] = {}
    for st in statements.values():
        props = st["props"]
        obj = _first(props, "object")
        targets = [obj] if obj is not None else [t for _, t in _argument_targets(st)[:1]]
        for rel in (_first(props, "relation"), _first(props, "canonicalRelation")):
            for target in targets:
                if isinstance(rel, str):
                    asserted.setdefault((_key(_first(props, "subject")), rel, _key(target)), st["iri"])
    for s, p, o in triples:
        if p in _NODE_PROPERTIES and isinstance(s, str):
            _node(proj, tables, s)
            data = proj.graph.nodes[s]
            if p == _RDF + "type" and isinstance(o, str) and data["kind"] == "other":
                data["type"] = _local_name(o)
            elif p == _RDFS + "label" and isinstance(o, Lit) and data["kind"] == "other":
                data["label"] = o.value
            continue
        source, target = _node(proj, tables, s), _node(proj, tables, o)
        st_iri = asserted.get((_key(s), _key(p), _key(o)))
        if st_iri is not None and st_iri not in proj.facts:
            proj.facts[st_iri] = _fact_details(statements[st_iri], tables)
        key = st_iri or f"triple:{len(proj.facts)}"
        if st_iri is None:
            proj.facts[key] = {
                "id": key,
                "relation": _relation_label(p, tables),
                "relation_iri": p,
                "subject": _show(s, tables),
                "object": _show(o, tables),
                "arguments": [],
                "negated": False,
                "modality": "",
                "sentence": "",
                "document": "",
            }
        fact = proj.facts[key]
        while proj.graph.has_edge(source, target, key):
            key += "+"
        proj.graph.add_edge(
            source,
            target,
            key=key,
            label=_relation_label(p, tables),
            relation=p,
            role="",
            fact=fact["id"],
            confidence=fact.get("confidence_value", -1.0),
            negated=fact["negated"],
            modality=fact["modality"],
            sentence=fact["sentence"],
            document=fact["document"],
        )
        for n in (source, target):
            proj.node_facts[n].append(fact["id"])


def _terms(st: dict[str, Any]) -> Iterator[str]:
    """The IRIs a statement and its arguments point to (not itself, its sentence or document)."""
    skip = {st["iri"]}
    for p, vals in st["props"].items():
        if p in (
            _RDF + "type",
            _PROV + "wasDerivedFrom",
            _KG + "inDocument",
            _KG + "argument",
            _KG + "relation",
            _KG + "canonicalRelation",
        ):
            continue
        yield from (v for v in vals if isinstance(v, str) and v not in skip and not v.startswith("_:"))
    for arg in st["args"].values():
        for p in (_KG + "entity", _KG + "value"):
            yield from (v for v in arg.get(p, []) if isinstance(v, str))


def _argument_targets(st: dict[str, Any]) -> list[tuple[dict[str, list[Term]], Term]]:
    """Each argument of a statement, in order, with what it denotes: entity, value, or its text."""
    out = []
    args = sorted(st["args"].values(), key=lambda a: _to_float(_first(a, "position")) or 0.0)
    for arg in args:
        target = _first(arg, "entity") or _first(arg, "value") or _first(arg, "text")
        if target is not None:
            out.append((arg, target))
    return out


def _fact_details(st: dict[str, Any], tables: _Tables) -> dict[str, Any]:
    """Everything the edge panel shows about one statement, as JSON-ready data."""
    props = st["props"]
    sentence = st.get("sentence", {})
    doc_iri = _first(props, "inDocument") or sentence.get("doc") or ""
    doc = tables.docs.get(doc_iri, {}) if isinstance(doc_iri, str) else {}
    confidence = _to_float(_first(props, "confidence"))
    canonical = _first(props, "canonicalRelation")
    relation = _first(props, "relation")
    arguments = []
    for arg, target in _argument_targets(st):
        arguments.append(
            {
                "role": _lit_value(_first(arg, "role")) or "",
                "role_type": _local_name(_first(arg, "roleType") or "") if _first(arg, "roleType") else "",
                "text": _lit_value(_first(arg, "text")) or "",
                "value": _show(target, tables) if target != _first(arg, "text") else "",
                "qualifier": _lit_value(_first(arg, "qualifier")) or "",
            }
        )
    attribution = _lit_value(_first(props, "attribution")) or ""
    attributed = _first(props, _PROV + "wasAttributedTo")
    if attributed is not None and _show(attributed, tables) not in attribution:
        attribution = f"{attribution} ({_show(attributed, tables)})" if attribution else _show(attributed, tables)
    other = [
        [_local_name(p), _show(v, tables)]
        for p, vals in sorted(props.items())
        if p not in _STATEMENT_FIELDS
        for v in vals
        if not (isinstance(v, str) and v.startswith("_:"))
    ]
    position = _first(props, "positionHeld")
    if position is not None:
        other.insert(0, ["position", _show(position, tables)])
    obj = _first(props, "object")
    return {
        "id": st["iri"],
        # In the statement's own language: a French document's edges read "investit".
        "relation": _relation_label(canonical or relation, tables, _statement_lang(st))
        if (canonical or relation)
        else (_lit_value(_first(props, "relationText")) or "related to"),
        "relation_iri": canonical or relation or "",
        "relation_text": _lit_value(_first(props, "relationText")) or "",
        "open_relation": _relation_label(relation, tables) if relation else "",
        "canonical": _relation_label(canonical, tables) if canonical else "",
        "subject": _show(_first(props, "subject"), tables),
        "subject_text": _lit_value(_first(props, "subjectText")) or "",
        "object": _show(obj, tables) if obj is not None else "",
        "object_text": _lit_value(_first(props, "objectText")) or "",
        "object_qualifier": _lit_value(_first(props, "objectQualifier")) or "",
        "arguments": arguments,
        "negated": _lit_value(_first(props, "negated")) in ("true", "1"),
        "modality": _lit_value(_first(props, "modality")) or "",
        "attribution": attribution,
        "confidence": f"{confidence:.2f}" if confidence is not None else "",
        "confidence_value": confidence if confidence is not None else -1.0,
        "extractor": _lit_value(_first(props, "extractor")) or "",
        "sentence": sentence.get("text", ""),
        "sentence_iri": sentence.get("iri", ""),
        "sentence_index": sentence.get("index", 0),
        "document": doc.get("id", _doc_id(doc_iri) if isinstance(doc_iri, str) and doc_iri else ""),
        "other": other,
        # The years the fact is about, for the page's time filter: its own date or period, else its document's date.
        "years": _years(_first(props, "time")) or _years(doc.get("date")),
    }


def _years(term: Term | None) -> list[int]:
    """First and last year of a date or period (``kgv:period/2019-Q4``, ``2020-03-20/2023-03-20``), or []."""
    if term is None:
        return []
    text = term.value if isinstance(term, Lit) else str(term)
    found = [int(y) for y in re.findall(r"(?<![\d])(1[5-9]\d\d|2[01]\d\d)(?![\d])", text.rsplit("/id/value/", 1)[-1])]
    return [min(found), max(found)] if found else []
