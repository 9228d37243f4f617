"""The ontology and its SHACL shapes as rdflib graphs (``ontologies/kg.ttl``, ``ontologies/shapes.ttl``)."""

from __future__ import annotations

from rdflib import Graph, URIRef

from kg.namespaces import KG
from kg.resolve import (
    ontology_path,
)


def load_ontology() -> Graph:
    """The ontology ``ontologies/kg.ttl`` as an rdflib graph."""
    graph = Graph(identifier=URIRef(str(KG).rstrip("#")))
    graph.parse(ontology_path("kg.ttl"), format="turtle")
    return graph


def load_shapes() -> Graph:
    """The SHACL shapes ``ontologies/shapes.ttl`` as an rdflib graph."""
    graph = Graph()
    graph.parse(ontology_path("shapes.ttl"), format="turtle")
    return graph
