"""Linked Data: the IRIs kg mints answer at ``/id/…`` with a page for people and RDF for programs.

``GET /id/entity/alibaba`` is the resource ``{base}id/entity/alibaba``
(``https://kg.example/`` by default): a browser (``Accept: text/html``) gets
a page, an RDF client gets the resource's description (its own triples, as
``DESCRIBE`` gives them) in Turtle, N-Triples, JSON-LD or RDF/XML. An
entity's page is its card (labels, types, aliases, facts with their
sentences and documents, links to its neighbours and to a graph view of
them); a document's, sentence's or statement's page lists its triples and
those pointing at it. Every string from the store is escaped; pages carry
the query page's CSP.
"""

from __future__ import annotations

import html
import urllib.parse
from typing import TYPE_CHECKING, Any

from kg.namespaces import KG, Namespaces, namespaces
from kg.server.negotiation import FORMAT_TYPES, GRAPH_TYPES, _accept, _HTTPError, negotiate

if TYPE_CHECKING:
    from kg.server.protocol import SparqlApp


_STYLE = """<link rel="stylesheet" href="/static/query.css">"""


def wants_html(accept: str) -> bool:
    """Whether an Accept header prefers a page to RDF (a browser's does; ``*/*`` alone does not)."""
    html_q = rdf_q = 0.0
    for media, q in _accept(accept):
        if media in ("text/html", "application/xhtml+xml"):
            html_q = max(html_q, q)
        elif media in GRAPH_TYPES:
            rdf_q = max(rdf_q, q)
    return html_q > 0 and html_q >= rdf_q


def resource_response(app: SparqlApp, path: str, accept: str) -> tuple[int, str, bytes]:
    """(status, media type, body) for ``GET /id/…`` (run in a pool thread)."""
    from kg.server.pages import _BoundedStore
    from kg.sparql.card import checked_iri, describe, entity_card

    # Every query of a page keeps the server's timeout and row cap, as /sparql's do.
    store = _BoundedStore(app.store(), app.settings.timeout, app.settings.max_rows, app.prefixes())
    ns = namespaces(store.base_iri)
    iri = ns.base + path.lstrip("/")
    try:
        if not wants_html(accept):
            fmt = negotiate("graph", accept, None)
            result = store.query(f"DESCRIBE <{checked_iri(iri)}>")
            if not result.triples:
                return 404, "text/plain; charset=utf-8", f"nothing is known of {iri}\n".encode()
            from kg.sparql import serialize_graph

            return 200, FORMAT_TYPES[fmt], serialize_graph(result, fmt)
        if iri.startswith(ns.kge):
            card = entity_card(store, iri)
            if card is not None:
                return 200, "text/html; charset=utf-8", _entity_page(card, ns).encode()
        own, pointing = describe(store, iri, limit=app.settings.max_rows)
        if not own and not pointing:
            return (
                404,
                "text/html; charset=utf-8",
                _page("Not found", f"<p>Nothing is known of {_e(iri)}.</p>").encode(),
            )
        return 200, "text/html; charset=utf-8", _node_page(iri, own, pointing, ns).encode()
    except _HTTPError as e:
        return e.status, "text/plain; charset=utf-8", (e.message + "\n").encode()
    except ValueError:
        return 404, "text/plain; charset=utf-8", f"{path!r} names no resource\n".encode()


def _entity_page(card: Any, ns: Namespaces) -> str:
    kinds = ", ".join(_e(t) for t in card.types) or "entity"
    parts = [f"<p class=kind>{kinds} · <code>{_e(_short(card.iri, ns))}</code></p>"]
    if card.aliases:
        parts.append("<p>Also named: " + ", ".join(f"<q>{_e(a)}</q>" for a in card.aliases) + "</p>")
    for relation, facts in card.facts.items():
        rows, shown = [], set()
        for fact in facts:
            key = (fact.role, fact.other_label, fact.time, fact.amount, fact.negated, fact.modality, fact.sentence)
            if key in shown:
                continue
            shown.add(key)
            other = _link(fact.other, fact.other_label, ns) if fact.other else f"<q>{_e(fact.other_label)}</q>"
            when = f" <span class=date>{_e(fact.time)}</span>" if fact.time else ""
            amount = (
                f" <span class=amount>{_e(fact.amount)}</span>"
                if fact.amount and fact.amount != fact.other_label
                else ""
            )
            notes = " ".join(
                n
                for n in (
                    "not" if fact.negated else "",
                    fact.modality or "",
                    "(reverse)" if fact.role == "object" else "",
                )
                if n
            )
            source = _link(fact.document, fact.document_title or "document", ns) if fact.document else ""
            rows.append(
                f"<li>{other}{amount}{when}{' <em>' + _e(notes) + '</em>' if notes else ''}"
                f"<blockquote>{_e(fact.sentence or '')}</blockquote>"
                f"<small>{source} · {_link(fact.statement, 'statement', ns)}</small></li>"
            )
        label = _e(relation) if facts[0].canonical else f"<q>{_e(relation)}</q>"
        parts.append(f"<h2>{label}</h2><ul>{''.join(rows)}</ul>")
    if card.truncated:
        parts.append("<p>More facts than a page shows: ask the SPARQL endpoint for the rest.</p>")
    if card.neighbours:
        links = ", ".join(_link(iri, label, ns) for iri, label in card.neighbours)
        parts.append(f"<h2>Neighbours</h2><p>{links}</p>")
    if card.documents:
        items = "".join(f"<li>{_link(doc, title or doc, ns)}</li>" for doc, title in card.documents)
        parts.append(f"<h2>Documents</h2><ul>{items}</ul>")
    around = (
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {{ <{card.iri}> ?p ?o BIND(<{card.iri}> AS ?s) FILTER(STRSTARTS(STR(?p), STR(kg:))) }}"
        f" UNION {{ ?s ?p <{card.iri}> BIND(<{card.iri}> AS ?o) FILTER(STRSTARTS(STR(?p), STR(kg:)) && STRSTARTS(STR(?s), STR(kge:))) }} }}"
    )
    parts.append(
        f'<p><a href="/view?{urllib.parse.urlencode({"query": around})}">Graph view of its neighbourhood</a> · '
        f'<a href="/">query page</a></p>'
    )
    return _page(card.label, "".join(parts))


def _node_page(iri: str, own: list[tuple[str, Any]], pointing: list[tuple[Any, str]], ns: Namespaces) -> str:
    rows = "".join(f"<tr><th>{_e(_short(p, ns))}</th><td>{_term(o, ns)}</td></tr>" for p, o in own)
    back = "".join(f"<tr><td>{_term(s, ns)}</td><th>{_e(_short(p, ns))}</th></tr>" for s, p in pointing)
    title = next((o.value for p, o in own if p.endswith("#label") or p.endswith("/title")), None) or _short(iri, ns)
    body = f"<p><code>{_e(iri)}</code></p><table>{rows}</table>"
    if back:
        body += f"<h2>Pointing here</h2><table>{back}</table>"
    return _page(str(title), body + '<p><a href="/">query page</a></p>')


def _page(title: str, body: str) -> str:
    return (
        f"<!doctype html><html><head><meta charset=utf-8><title>{_e(title)}</title>{_STYLE}</head>"
        f"<body><h1>{_e(title)}</h1>{body}</body></html>"
    )


def _term(term: Any, ns: Namespaces) -> str:
    if type(term).__name__ == "NamedNode":
        return _link(term.value, _short(term.value, ns), ns)
    if type(term).__name__ == "Literal":
        return _e(term.value)
    return _e(str(term))


def _link(iri: str | None, label: str, ns: Namespaces) -> str:
    """A link to ``iri``'s page when it is one of ours, else to the IRI itself."""
    if iri is None:
        return _e(label)
    local = iri[len(ns.base) :] if iri.startswith(ns.base) and not iri.startswith(KG) else None
    # "//host/…" would leave this server: such an IRI is linked as it is.
    href = "/" + local if local is not None and not local.startswith("/") else iri
    if not href.startswith(("/", "http://", "https://")):
        return _e(label)
    return f'<a href="{_e(urllib.parse.quote(href, safe="/:#?=&%"))}">{_e(label)}</a>'


def _short(iri: str, ns: Namespaces) -> str:
    for prefix, namespace in ns.prefixes.items():
        if iri.startswith(namespace):
            return f"{prefix}:{iri[len(namespace) :]}"
    return iri


def _e(text: str) -> str:
    return html.escape(text, quote=True)
