"""The endpoint's SPARQL 1.1 Service Description: what a GET on ``/sparql`` with no query answers."""

from __future__ import annotations

from kg.rdfio import write_triples

SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS = "http://www.w3.org/ns/formats/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

#: The result formats the endpoint writes, as the W3C names them (``http://www.w3.org/ns/formats/``).
RESULT_FORMATS = (
    "SPARQL_Results_JSON",
    "SPARQL_Results_XML",
    "SPARQL_Results_CSV",
    "SPARQL_Results_TSV",
    "Turtle",
    "N-Triples",
    "JSON-LD",
    "RDF_XML",
)


def service_description(endpoint: str, *, allow_update: bool, fmt: str) -> bytes:
    """The description of the service at ``endpoint``, in ``fmt`` (a graph format of :mod:`kg.rdfio`).

    It names the endpoint, the languages it takes (SPARQL 1.1 Query, and
    Update when updates are allowed), the formats it answers in, and that
    its default graph is the union of the named graphs.
    """
    import pyoxigraph as ox

    service = ox.BlankNode("service")
    dataset = ox.BlankNode("dataset")
    default_graph = ox.BlankNode("default")

    def sd(name: str) -> ox.NamedNode:
        return ox.NamedNode(SD + name)

    triples: list[tuple[ox.NamedNode | ox.BlankNode, ox.NamedNode, ox.NamedNode | ox.BlankNode]] = [
        (service, ox.NamedNode(RDF_TYPE), sd("Service")),
        (service, sd("endpoint"), ox.NamedNode(endpoint)),
        (service, sd("supportedLanguage"), sd("SPARQL11Query")),
        (service, sd("feature"), sd("UnionDefaultGraph")),
        (service, sd("feature"), sd("BasicFederatedQuery")),
        (service, sd("defaultDataset"), dataset),
        (dataset, ox.NamedNode(RDF_TYPE), sd("Dataset")),
        (dataset, sd("defaultGraph"), default_graph),
        (default_graph, ox.NamedNode(RDF_TYPE), sd("Graph")),
    ]
    if allow_update:
        triples.append((service, sd("supportedLanguage"), sd("SPARQL11Update")))
    triples += [(service, sd("resultFormat"), ox.NamedNode(FORMATS + name)) for name in RESULT_FORMATS]
    return write_triples((ox.Triple(*t) for t in triples), fmt)
