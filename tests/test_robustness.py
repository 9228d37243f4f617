"""Any text goes through the whole pipeline without an exception.

Random Unicode, markup and pathological punctuation are parsed, extracted,
resolved and written as RDF; every graph produced parses back with both
rdflib and pyoxigraph.
"""

from __future__ import annotations

import pyoxigraph
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg import nlp
from kg.errors import InputError
from kg.ie import extract_facts
from kg.ingest.documents import make_document
from kg.rdf.document import document_graph, document_ntriples
from kg.resolve import resolve_entities

MARKUP = [
    "</script>",
    "<img src=x onerror=alert(1)>",
    "<b>",
    "&amp;",
    "&#0;",
    '"',
    "'",
    "\\",
    "\\u2028",
    "]]>",
    "<!--",
    "-->",
    "{{",
    "}}",
    "${x}",
    "%s",
    "\x00",
    "\u2028",
    "\u202e",
    "\ufeff",
]
PUNCTUATION = list(".,;:!?…()[]{}«»“”‘’–—-/\\|@#%^*_+=~`") + ["...", "?!", ",,", "--", " . . ."]
WORDS = [
    "Alibaba",
    "investit",
    "28 milliards de dollars",
    "dans",
    "le",
    "cloud",
    "d’ici à 2023",
    "qu’",
    "L’",
    "the",
    "company",
    "said",
    "it",
    "will",
    "invest",
    "$5m",
    "in",
    "Ohio",
    "by",
    "2027",
    "n’",
    "Réagir",
    "ALIBABA",
    "le groupe chinois",
    "et",
    "ou",
    "mais",
    "qui",
    "que",
    "dont",
    "a",
    "été",
    "is",
    "was",
    "😀",
    "東京",
    "Ωμέγα",
    "١٢٣",
    "\t",
    "\n",
    "\r\n",
    " ",
]

texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(WORDS + MARKUP + PUNCTUATION), max_size=80).map(" ".join),
    st.lists(st.sampled_from(WORDS + PUNCTUATION), max_size=120).map("".join),
)


def _round_trip(graph) -> None:
    import pyoxigraph
    import rdflib

    data = graph.serialize(format="nt", encoding="utf-8")
    parsed = rdflib.Graph()
    parsed.parse(data=data.decode("utf-8"), format="nt")
    assert len(parsed) == len(graph)
    quads = list(pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.N_TRIPLES))
    assert len(quads) == len(graph)


@pytest.mark.parametrize("lang", ["fr", "en"])
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts)
def test_any_text_goes_through_the_pipeline(lang: str, text: str) -> None:
    try:
        document = make_document(text, lang=lang, source="hypothesis")
    except InputError:
        return  # nothing but whitespace (a BOM, say): ingest skips it with a warning
    doc = next(nlp.parse([document.text], lang))
    extraction = extract_facts(document, doc)
    for fact in extraction.facts:
        assert 0.0 <= fact.confidence <= 1.0
        assert 0 <= fact.sentence.start <= fact.sentence.end <= len(document.text)
    resolution = resolve_entities(extraction)
    graph = document_graph(extraction, resolution)
    _round_trip(graph)
    _, data, count = document_ntriples(extraction, resolution)  # what kg build writes
    assert len(list(pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.N_TRIPLES))) == count == len(graph)


@pytest.mark.parametrize(
    "text",
    [
        " ".join(["Alibaba"] * 1000) + ".",
        "Alibaba investit en " + ", en ".join(f"Pays{i}" for i in range(200)) + " et en Australie.",
        "(" * 500 + "Alibaba investit" + ")" * 500,
        "Alibaba, " * 400 + "investit.",
    ],
    ids=["1000-tokens", "200-conjuncts", "deep-brackets", "400-appositions"],
)
def test_pathological_sentences_go_through(text: str) -> None:
    document = make_document(text, lang="fr", source="test")
    doc = next(nlp.parse([document.text], "fr"))
    # How long these take is measured in bench/extract_speed.py, not here.
    extraction = extract_facts(document, doc)
    graph = document_graph(extraction, resolve_entities(extraction))
    _round_trip(graph)
