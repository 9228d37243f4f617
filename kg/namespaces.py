"""The namespaces of the graph, as plain strings: declared once, imported by every stage that writes or reads IRIs.

A leaf: imports nothing, so the stages before :mod:`kg.rdf` and the store
need no rdflib to name an IRI. :mod:`kg.rdf` wraps them in rdflib
``Namespace`` objects.
"""

from __future__ import annotations

__all__ = ["KG", "KGD", "KGE", "KGR", "KGV", "PREFIXES", "SCHEMA"]

#: The ontology: classes and properties of ``ontologies/kg.ttl``.
KG = "https://kg.example/ontology#"
#: Open relations, one per (language, lemma): ``kgr:fr/investir``.
KGR = "https://kg.example/relation/"
#: Entities, one per normalized name: ``kge:alibaba``.
KGE = "https://kg.example/id/entity/"
#: Documents, their sentences, statements and arguments: ``kgd:<sha256>/s/0``.
KGD = "https://kg.example/id/doc/"
#: Values (amounts, dates, periods), shared by every document that states them.
KGV = "https://kg.example/id/value/"
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
