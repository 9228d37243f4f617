"""The projection: what part of the store a view draws, read into a networkx multigraph.

All of it, the neighbourhood of one entity (``--focus``), the result of a
CONSTRUCT or a SELECT of triples (``--sparql``), or one document
(``--doc``); a big store is read in part, from its best-connected entities.
Entities, values and phrases become nodes; statements and their arguments
edges (:mod:`kg.viz.facts`).
"""

from __future__ import annotations

import difflib
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

import networkx as nx

from kg.errors import ViewError
from kg.lang import LANGUAGES
from kg.store.base import with_prefixes
from kg.viz.facts import _add_statement, _add_triples, _node, _terms
from kg.viz.labels import (
    _canonical_labels,
    _doc_id,
    _human_value,
    _local_name,
    _statement_lang,
)
from kg.viz.model import (
    _DCTERMS,
    _KG,
    _LINKS,
    _PRESELECT,
    _RDF,
    _RDFS,
    _SCHEMA,
    VALUE_TYPES,
    Lit,
    QueryableStore,
    Term,
    _induced,
    _Projection,
    _Tables,
    store_namespaces,
)
from kg.viz.reading import (
    _chunks,
    _count,
    _first,
    _lit_value,
    _raw_query,
    _rows,
    _select,
    _spo,
    _term,
    _to_float,
    _triples_of,
    _variables,
)


def _project(
    store: QueryableStore,
    *,
    focus: str | None,
    depth: int,
    sparql: str | None,
    doc: str | None,
    limit: int | None = None,
) -> _Projection:
    """The networkx projection of a view; ``limit`` (nodes to draw) lets a big store be read in part."""
    if sum(x is not None for x in (focus, sparql, doc)) > 1:
        raise ViewError("give only one of focus, sparql and doc: they select different views")
    if depth < 0:
        raise ViewError(f"depth must be 0 or more, got {depth}")
    docs = _read_documents(store)
    langs = Counter(d.get("lang", "") for d in docs.values())
    lang = next((lang for lang, _ in langs.most_common() if lang in LANGUAGES), "en")
    proj = _Projection(graph=nx.MultiDiGraph(), docs=docs, totals=_read_totals(store))
    relations = _read_relations(store)
    if sparql is not None:
        _project_query(proj, store, sparql, docs, relations, lang)
    elif focus is not None:
        _project_focus(proj, store, focus, depth, docs, relations, lang)
    elif doc is None and limit is not None and proj.totals["facts"] > _PRESELECT * limit:
        _project_best_connected(proj, store, limit, docs, relations, lang)
    else:
        _project_all(proj, store, doc, docs, relations, lang)
    return proj


def _project_query(
    proj: _Projection,
    store: QueryableStore,
    sparql: str,
    docs: dict[str, dict[str, Any]],
    relations: dict[str, str],
    lang: str,
) -> None:
    """The triples a query returns; the statements behind them give their details."""
    triples = _construct(store, sparql)
    iris = sorted({t for s, _, o in triples for t in (s, o) if isinstance(t, str) and not t.startswith("_:")})
    tables = _Tables(
        _read_entities(store, iris), _read_values(store, iris, lang), docs, relations, lang, store_namespaces(store)
    )
    subjects = [s for s in iris if s in tables.entities or s in tables.values]
    statements = _read_statements(store, about=subjects) if subjects else {}
    _relabel_values(tables, statements.values())
    _add_triples(proj, triples, tables, statements)
    proj.scope = "query result"


def _project_focus(
    proj: _Projection,
    store: QueryableStore,
    focus: str,
    depth: int,
    docs: dict[str, dict[str, Any]],
    relations: dict[str, str],
    lang: str,
) -> None:
    """An entity and what lies ``depth`` hops around it, read hop by hop rather than the whole store."""
    entities = _read_entities(store)
    center = _resolve_focus(focus, entities)
    statements = _read_neighbourhood(store, center, depth)
    ns = store_namespaces(store)
    values = sorted({t for st in statements.values() for t in _terms(st) if not t.startswith(ns.kge)})
    tables = _Tables(entities, _read_values(store, values, lang), docs, relations, lang, ns)
    _relabel_values(tables, statements.values())
    for st in statements.values():
        _add_statement(proj, tables, st)
    _node(proj, tables, center)
    _keep_neighbourhood(proj, center, depth)
    proj.focus = center
    proj.scope = f"{entities[center]['label']} and {depth} hop{'s' if depth != 1 else ''} around"


def _project_best_connected(
    proj: _Projection,
    store: QueryableStore,
    limit: int,
    docs: dict[str, dict[str, Any]],
    relations: dict[str, str],
    lang: str,
) -> None:
    """A big store in part: the facts of its ``limit`` best-connected entities."""
    top = _top_entities(store, limit)
    statements = _read_statements(store, about=top, via=_LINKS)
    ns = store_namespaces(store)
    named = set(top) | {t for st in statements.values() for t in _terms(st) if t.startswith(ns.kge)}
    values = sorted({t for st in statements.values() for t in _terms(st) if not t.startswith(ns.kge)})
    tables = _Tables(_read_entities(store, sorted(named)), _read_values(store, values, lang), docs, relations, lang, ns)
    _relabel_values(tables, statements.values())
    for iri in top:
        if iri in tables.entities:
            _node(proj, tables, iri)
    for st in statements.values():
        _add_statement(proj, tables, st)
    proj.read_entities = len(top)


def _project_all(
    proj: _Projection,
    store: QueryableStore,
    doc: str | None,
    docs: dict[str, dict[str, Any]],
    relations: dict[str, str],
    lang: str,
) -> None:
    """Every entity and fact, or one document's facts."""
    doc_iri = _resolve_doc(doc, docs) if doc is not None else None
    tables = _Tables(
        _read_entities(store), _read_values(store, None, lang), docs, relations, lang, store_namespaces(store)
    )
    if doc_iri is None:
        for iri in tables.entities:
            _node(proj, tables, iri)
    statements = _read_statements(store, graph=doc_iri)
    _relabel_values(tables, statements.values())
    for st in statements.values():
        _add_statement(proj, tables, st)
    if doc_iri is not None:
        d = docs[doc_iri]
        proj.scope = f"document {d.get('title') or d.get('source') or d['id'][:12]}"
    elif len(docs) == 1:  # the graph of one document: name it
        d = next(iter(docs.values()))
        proj.scope = d.get("title") or d.get("source") or ""


def _keep_neighbourhood(proj: _Projection, center: str, depth: int) -> None:
    """Keep the nodes ``depth`` hops from ``center``, and every fact they take part in whole."""
    near = set(nx.ego_graph(proj.graph.to_undirected(as_view=True), center, radius=depth).nodes)
    facts = {d["fact"] for u, v, d in proj.graph.edges(data=True) if u in near and v in near}
    keep = set(near)
    for u, v, d in proj.graph.edges(data=True):
        if d["fact"] in facts:
            keep.update((u, v))
    proj.graph = _induced(proj.graph, keep)


def _read_totals(store: QueryableStore) -> dict[str, int]:
    return {
        "entities": _count(
            store, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?t . FILTER(STRSTARTS(STR(?e), STR(kge:))) }"
        ),
        "facts": _count(store, "SELECT (COUNT(DISTINCT ?st) AS ?n) WHERE { ?st a kg:Statement }"),
        "documents": _count(store, "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a kg:Document }"),
    }


def _read_entities(store: QueryableStore, only: list[str] | None = None) -> dict[str, dict[str, Any]]:
    """Entities (``kge:`` IRIs): label, type and aliases, all of them or ``only`` these."""
    types: dict[str, Counter[str]] = defaultdict(Counter)
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    aliases: dict[str, set[str]] = defaultdict(set)
    for values in _chunks(only):
        # Not DISTINCT: a triple repeated in several document graphs counts once per document.
        for row in _select(
            store,
            f"""SELECT ?e ?type WHERE {{ {values} ?e a ?type .
                FILTER(STRSTARTS(STR(?e), STR(kge:))) }}""",
        ):
            types[row["e"]][_local_name(row["type"])] += 1
        for row in _select(
            store,
            f"""SELECT ?e ?label WHERE {{ {values} ?e rdfs:label ?label .
                FILTER(STRSTARTS(STR(?e), STR(kge:))) }}""",
        ):
            if isinstance(row["label"], Lit):
                labels[row["e"]][row["label"].value] += 1
        for row in _select(
            store,
            f"""SELECT DISTINCT ?e ?alias WHERE {{ {values} ?e skos:altLabel ?alias .
                FILTER(STRSTARTS(STR(?e), STR(kge:))) }}""",
        ):
            if isinstance(row["alias"], Lit):
                aliases[row["e"]].add(row["alias"].value)
    if any(len(t) > 1 for t in types.values()):
        # Documents may type an entity differently: the one most occurrences elected wins.
        for values in _chunks(only):
            for row in _select(
                store,
                f"""SELECT ?e ?type (COUNT(DISTINCT ?o) AS ?n) WHERE {{ {values}
                    ?o kg:entity ?e ; kg:assignedType ?type }} GROUP BY ?e ?type""",
            ):
                if row["e"] in types and isinstance(row.get("n"), Lit):
                    types[row["e"]][_local_name(row["type"])] += 1000 * int(row["n"].value)
    out = {}
    for iri, counts in types.items():
        named = labels.get(iri)
        # As kg.resolve chooses within a document: not shouted, then the most documents, then the fullest.
        label = min(named, key=lambda x: (x.isupper(), -named[x], -len(x), x)) if named else _local_name(iri)
        kind = min(counts, key=lambda t: (t == "Entity", -counts[t], t))
        out[iri] = {
            "label": label,
            "type": kind,
            "aliases": sorted((aliases.get(iri, set()) | set(named or ())) - {label}),
        }
    return out


def _read_values(store: QueryableStore, only: list[str] | None, lang: str) -> dict[str, dict[str, Any]]:
    """Value nodes (money, quantities, dates, periods) with a label in words, in ``lang``."""
    classes = " ".join(f"kg:{c}" for c in VALUE_TYPES)
    props: dict[str, dict[str, list[Term]]] = defaultdict(lambda: defaultdict(list))
    for values in _chunks(only, "?v"):
        for row in _select(
            store,
            f"""SELECT DISTINCT ?v ?p ?o WHERE {{ {values}
                VALUES ?class {{ {classes} }} ?v a ?class ; ?p ?o }}""",
        ):
            props[row["v"]][row["p"]].append(row["o"])
    out = {}
    for iri, p in props.items():
        kind = next(
            (
                VALUE_TYPES[_local_name(t)]
                for t in p.get(_RDF + "type", [])
                if isinstance(t, str) and _local_name(t) in VALUE_TYPES and _local_name(t) != "Value"
            ),
            "Value",
        )
        out[iri] = {"type": kind, "props": p, "label": _value_label(iri, p, kind, lang)}
    return out


def _value_label(iri: str, props: dict[str, list[Term]], kind: str, lang: str) -> str:
    return _human_value(props, kind, lang) or _lit_value(_first(props, _RDFS + "label")) or _local_name(iri)


def _relabel_values(tables: _Tables, statements: Iterable[dict[str, Any]]) -> None:
    """Write each value in the language of the statements that use it ("28 Md USD" in French)."""
    langs: dict[str, Counter[str]] = defaultdict(Counter)
    for st in statements:
        lang = _statement_lang(st)
        if not lang:
            continue
        terms = [v for vals in st["props"].values() for v in vals]
        terms += [v for arg in st["args"].values() for vals in arg.values() for v in vals]
        for term in terms:
            if isinstance(term, str) and term in tables.values:
                langs[term][lang] += 1
    for iri, counts in langs.items():
        lang = counts.most_common(1)[0][0]
        if lang != tables.lang and lang in LANGUAGES:
            info = tables.values[iri]
            info["label"] = _value_label(iri, info["props"], info["type"], lang)


def _read_documents(store: QueryableStore) -> dict[str, dict[str, Any]]:
    docs: dict[str, dict[str, Any]] = {}
    names = {
        _DCTERMS + "identifier": "id",
        _KG + "source": "source",
        _DCTERMS + "title": "title",
        _DCTERMS + "date": "date",
        _DCTERMS + "language": "lang",
        _SCHEMA + "url": "url",
    }
    for row in _select(store, "SELECT DISTINCT ?d ?p ?o WHERE { ?d a kg:Document ; ?p ?o }"):
        d = docs.setdefault(row["d"], {"id": _doc_id(row["d"])})
        name = names.get(row["p"])
        if name and isinstance(row["o"], Lit):
            d[name] = row["o"].value
    return docs


def _read_relations(store: QueryableStore) -> dict[str, str]:
    """Labels of open relations (``kgr:fr/investir`` → ``investir``) and of canonical ones."""
    labels = dict(_canonical_labels())
    for row in _select(store, "SELECT DISTINCT ?r ?label WHERE { ?r a kg:Relation ; rdfs:label ?label }"):
        if isinstance(row["label"], Lit):
            labels[row["r"]] = row["label"].value
    return labels


def _read_statements(
    store: QueryableStore,
    *,
    graph: str | None = None,
    about: list[str] | None = None,
    via: tuple[str, ...] = ("kg:subject",),
) -> dict[str, dict[str, Any]]:
    """Statements as property maps: all, one document's (``graph``), or those whose
    ``via`` properties (SPARQL paths from the statement: ``kg:subject``…) reach one of ``about``."""
    if graph is not None:
        wheres = [f"GRAPH <{graph}> {{ ?st a kg:Statement }}"]
    elif about is not None:
        wheres = [f"{values} ?st {path} ?x ; a kg:Statement ." for path in via for values in _chunks(about, "?x")]
    else:
        wheres = ["?st a kg:Statement ."]
    statements: dict[str, dict[str, Any]] = {}
    for where in wheres:
        _read_statement_rows(store, where, statements)
    return statements


def _read_statement_rows(store: QueryableStore, where: str, statements: dict[str, dict[str, Any]]) -> None:
    """Add the statements matching ``where`` (binding ``?st``) that are not read yet."""
    known = set(statements)
    for row in _select(store, f"SELECT DISTINCT ?st ?p ?o WHERE {{ {where} ?st ?p ?o }}"):
        if row["st"] not in known:
            st = statements.setdefault(row["st"], {"iri": row["st"], "props": defaultdict(list), "args": {}})
            st["props"][row["p"]].append(row["o"])
    fresh = set(statements) - known
    for row in _select(
        store,
        f"""SELECT DISTINCT ?st ?arg ?p ?o WHERE {{ {where}
            ?st kg:argument ?arg . ?arg ?p ?o }}""",
    ):
        if row["st"] in fresh:
            statements[row["st"]]["args"].setdefault(row["arg"], defaultdict(list))[row["p"]].append(row["o"])
    for row in _select(
        store,
        f"""SELECT DISTINCT ?st ?s ?text ?doc ?index WHERE {{ {where}
            ?st prov:wasDerivedFrom ?s . OPTIONAL {{ ?s kg:text ?text }} OPTIONAL {{ ?s kg:inDocument ?doc }}
            OPTIONAL {{ ?s kg:index ?index }} }}""",
    ):
        if row["st"] in fresh:
            statements[row["st"]]["sentence"] = {
                "iri": row["s"],
                "text": _lit_value(row.get("text")) or "",
                "doc": row.get("doc") or "",
                "index": int(_to_float(row.get("index")) or 0),
            }


def _read_neighbourhood(store: QueryableStore, center: str, depth: int) -> dict[str, dict[str, Any]]:
    """The statements within ``depth`` hops of an entity (through entities and values)."""
    statements: dict[str, dict[str, Any]] = {}
    seen, frontier = {center}, [center]
    for _ in range(depth):
        if not frontier:
            break
        found = _read_statements(store, about=frontier, via=_LINKS)
        found = {k: v for k, v in found.items() if k not in statements}
        statements.update(found)
        frontier = sorted({t for st in found.values() for t in _terms(st)} - seen)
        seen.update(frontier)
    return statements


def _top_entities(store: QueryableStore, n: int) -> list[str]:
    """The ``n`` entities in the most statements (as subject, object or argument)."""
    rows = _select(
        store,
        f"""SELECT ?e (COUNT(DISTINCT ?st) AS ?n) WHERE {{
        {{ ?st kg:subject ?e }} UNION {{ ?st kg:object ?e }} UNION {{ ?st kg:argument/kg:entity ?e }}
        FILTER(STRSTARTS(STR(?e), STR(kge:))) }} GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT {int(n)}""",
    )
    return [row["e"] for row in rows if isinstance(row.get("e"), str)]


def _construct(store: QueryableStore, sparql: str) -> list[tuple[Term, Term, Term]]:
    """Triples of a CONSTRUCT/DESCRIBE, or of a SELECT ?s ?p ?o."""
    try:
        result = _raw_query(store, with_prefixes(sparql, store_namespaces(store).prefixes))
    except ViewError:
        raise
    except Exception as exc:
        lines = str(exc).strip().splitlines()
        raise ViewError(f"the view query cannot run: {lines[0] if lines else type(exc).__name__}") from None
    if getattr(result, "kind", None) == "ask" or type(result).__name__ == "QueryBoolean":
        raise ViewError("a view query must be a CONSTRUCT or a SELECT ?s ?p ?o, not an ASK query")
    variables = _variables(result)
    if variables is None:
        return [(_term(s), _term(p), _term(o)) for s, p, o in map(_spo, _triples_of(result))]
    if not {"s", "p", "o"} <= set(variables):
        got = " ".join("?" + v for v in variables) or "no variable"
        raise ViewError(
            f"a view query's SELECT must return ?s ?p ?o, got {got}; rename the variables or write a CONSTRUCT"
        )
    rows = _rows(result, variables)
    return [(r["s"], r["p"], r["o"]) for r in rows if {"s", "p", "o"} <= r.keys() and isinstance(r["p"], str)]


def _resolve_focus(focus: str, entities: dict[str, dict[str, Any]]) -> str:
    if focus in entities:
        return focus
    names: dict[str, list[str]] = defaultdict(list)
    for iri, info in entities.items():
        for name in (info["label"], *info["aliases"]):
            names[name.casefold()].append(iri)
    wanted = focus.strip().casefold()
    if wanted in names:
        return sorted(names[wanted])[0]
    close = difflib.get_close_matches(wanted, list(names), n=3, cutoff=0.6)
    close += [n for n in sorted(names) if wanted and wanted in n and n not in close][: max(0, 3 - len(close))]
    labels = sorted({entities[names[n][0]]["label"] for n in close})
    hint = f"; did you mean {', '.join(repr(x) for x in labels)}?" if labels else "; look labels up with `kg query`"
    raise ViewError(f"no entity is labelled {focus!r}{hint}")


def _resolve_doc(doc: str, docs: dict[str, dict[str, Any]]) -> str:
    if doc in docs:
        return doc
    key = doc.strip().lower()
    matches = [iri for iri, d in docs.items() if d["id"].lower().startswith(key)] if len(key) >= 4 else []
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise ViewError(f"document id prefix {doc!r} matches {len(matches)} documents: give more characters")
    known = ", ".join(sorted(d["id"][:12] for d in docs.values())[:5]) or "none"
    raise ViewError(f"no document has id {doc!r} (ids in the store start with: {known})")


def graph_to_networkx(
    store: QueryableStore,
    *,
    focus: str | None = None,
    depth: int = 1,
    sparql: str | None = None,
    doc: str | None = None,
) -> nx.MultiDiGraph:
    """Project the graph onto networkx: entities and values as nodes, facts as edges.

    Node ids are IRIs (``text:…`` for phrases); node attributes: ``label``,
    ``type`` (``Organization``, ``Money``, ``Text``…), ``kind`` (``entity``,
    ``value``, ``text``, ``other``), ``aliases`` (``" | "``-joined), ``iri``.
    Edge keys are statement IRIs (``…#argN`` for argument edges); edge
    attributes: ``label``, ``relation``, ``role``, ``fact``, ``confidence``
    (-1 when unknown), ``negated``, ``modality``, ``sentence``, ``document``.
    Every attribute is a string, number or boolean, so the graph can be
    written as GraphML or GEXF.
    """
    return _project(store, focus=focus, depth=depth, sparql=sparql, doc=doc).graph
