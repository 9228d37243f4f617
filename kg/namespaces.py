"""The namespaces of the graph, as plain strings: declared once, imported by every stage that writes or reads IRIs.

A leaf: imports nothing, so the stages before :mod:`kg.rdf` and the store
need no rdflib to name an IRI. :mod:`kg.rdf` wraps them in rdflib
``Namespace`` objects.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

__all__ = [
    "DEFAULT_BASE",
    "KG",
    "KGD",
    "KGE",
    "KGR",
    "KGV",
    "PREFIXES",
    "SCHEMA",
    "Namespaces",
    "namespaces",
    "valid_base",
]

#: The base of every IRI kg mints, unless a store was built with another (``kg build --base-iri``).
DEFAULT_BASE = "https://kg.example/"

#: The ontology: classes and properties of ``ontologies/kg.ttl`` (the same under any base).
KG = "https://kg.example/ontology#"
#: Open relations, one per (language, lemma): ``kgr:fr/investir``.
KGR = DEFAULT_BASE + "relation/"
#: Entities, one per normalized name: ``kge:alibaba``.
KGE = DEFAULT_BASE + "id/entity/"
#: Documents, their sentences, statements and arguments: ``kgd:<sha256>/s/0``.
KGD = DEFAULT_BASE + "id/doc/"
#: Values (amounts, dates, periods), shared by every document that states them.
KGV = DEFAULT_BASE + "id/value/"
#: Alignment targets only.
SCHEMA = "https://schema.org/"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"

#: Prefix → namespace IRI, pre-declared for every query and bound on every graph.
PREFIXES: dict[str, str] = {
    "kg": KG,
    "kgr": KGR,
    "kge": KGE,
    "kgd": KGD,
    "kgv": KGV,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "skos": SKOS,
    "prov": PROV,
    "dcterms": DCTERMS,
    "schema": SCHEMA,
}


@dataclass(frozen=True)
class Namespaces:
    """The namespaces of the IRIs minted under one base, and the prefixes that name them."""

    base: str
    kgr: str
    kge: str
    kgd: str
    kgv: str
    prefixes: dict[str, str]

    def rebase(self, iri: str) -> str:
        """``iri`` minted under the default base, written under this one (other IRIs unchanged)."""
        if self.base != DEFAULT_BASE and iri.startswith(DEFAULT_BASE) and not iri.startswith(KG):
            return self.base + iri[len(DEFAULT_BASE) :]
        return iri


@cache
def namespaces(base: str = DEFAULT_BASE) -> Namespaces:
    """The namespaces of a base IRI (``https://data.example.org/kg/`` → ``…/kg/id/entity/``...)."""
    minted = {"kgr": base + "relation/", "kge": base + "id/entity/", "kgd": base + "id/doc/", "kgv": base + "id/value/"}
    return Namespaces(base, minted["kgr"], minted["kge"], minted["kgd"], minted["kgv"], {**PREFIXES, **minted})


def valid_base(base: str) -> bool:
    """Whether ``base`` can prefix minted IRIs: an absolute http(s) IRI ending with "/", no spaces or brackets."""
    import re

    return bool(re.fullmatch(r"https?://[^\s<>\"{}|\\^`#?]+/", base))
