"""RDF: one document's extraction and resolution mapped to triples, and the terms they are made of.

The first stage of the pipeline that imports rdflib. It decides nothing:
the resolver's records say what each fact states (:mod:`kg.resolve`), and
:mod:`kg.rdf.document` writes them. :mod:`kg.rdf.iris` mints the IRIs,
:mod:`kg.rdf.terms` writes N-Triples terms, :mod:`kg.rdf.ontology` loads the
ontology and its shapes. The namespaces are those of :mod:`kg.namespaces`,
here as rdflib namespaces.
"""

from __future__ import annotations

from rdflib import Namespace

from kg import namespaces
from kg.namespaces import PREFIXES
from kg.rdf.document import document_graph, document_ntriples
from kg.rdf.iris import document_iri, entity_iri, relation_iri, sentence_iri, statement_iri, value_iri
from kg.rdf.ontology import load_ontology, load_shapes

__all__ = [
    "KG",
    "KGD",
    "KGE",
    "KGR",
    "KGV",
    "PREFIXES",
    "SCHEMA",
    "document_graph",
    "document_iri",
    "document_ntriples",
    "entity_iri",
    "load_ontology",
    "load_shapes",
    "relation_iri",
    "sentence_iri",
    "statement_iri",
    "value_iri",
]

KG = Namespace(namespaces.KG)
KGR = Namespace(namespaces.KGR)
KGE = Namespace(namespaces.KGE)
KGD = Namespace(namespaces.KGD)
KGV = Namespace(namespaces.KGV)
SCHEMA = Namespace(namespaces.SCHEMA)
