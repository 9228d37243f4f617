"""kg.ie.facts: a parsed document in, an Extraction out; page furniture; any parse, fast."""

from __future__ import annotations

import hashlib
import pickle
import time

import pytest

from kg.ie import extract_facts, is_furniture
from kg.ie.tree import read_parse
from kg.types import Document
from tests.helpers import EXAMPLE, extract_text


def test_extraction_from_a_sent_parse_is_the_same(nlp_fr, nlp_en):
    # Workers send what the extractor reads of a parse, pickled, not the Doc.
    texts = [
        ("fr", EXAMPLE.read_text(encoding="utf-8")),
        ("en", "Tim Cook, who runs Apple, said on Monday that the firm would open a plant in Ohio.\n\nRead more"),
    ]
    for lang, text in texts:
        doc = (nlp_fr if lang == "fr" else nlp_en)(text)
        document = Document(hashlib.sha256(text.encode()).hexdigest(), text, lang, "test")
        sent = pickle.loads(pickle.dumps(read_parse(doc)))
        assert extract_facts(document, sent) == extract_facts(document, doc)
        assert extract_facts(document, sent).facts


@pytest.mark.parametrize(
    "text",
    [
        "SUR LE MÊME SUJET",
        "Tous les champs sont obligatoires",
        "0Commentaire",
        "Réagir",
        "12 commentaires",
    ],
)
def test_furniture(nlp_fr, text):
    assert is_furniture(text)
    assert extract_text(nlp_fr, text, "fr").facts == ()


@pytest.mark.parametrize(
    "text, furniture",
    [
        ("(Adds Northwind, Contoso; Updates Fabrikam)", True),
        ("(Actualisé avec les déclarations du ministre)", True),
        ("(Reuters) - Northwind agreed to buy Contoso.", False),
        ("Updates to the plan were announced by Northwind.", False),
    ],
)
def test_a_wire_revision_note_is_furniture(text, furniture):
    assert is_furniture(text) == furniture


def test_example_article(nlp_fr):
    text = EXAMPLE.read_text(encoding="utf-8")
    extraction = extract_text(nlp_fr, text, "fr")
    assert all(text[s.start : s.end] == s.text for s in extraction.sentences)
    assert any(s.text.startswith("Le groupe chinois Alibaba fait part") for s in extraction.sentences)
    assert any(s.text == "Tous les champs sont obligatoires" for s in extraction.sentences)
    starts = [(f.sentence.index, f.sentence.start) for f in extraction.facts]
    assert starts == sorted(starts)
    for fact in extraction.facts:
        for arg in (fact.subject, fact.object, *fact.args):
            if arg is not None:
                assert text[arg.start : arg.end] == arg.text
    furniture = {"SUR LE MÊME SUJET", "Tous les champs sont obligatoires", "0Commentaire", "Réagir"}
    assert not any(f.sentence.text in furniture for f in extraction.facts)
    texts = {m.text for m in extraction.mentions}
    assert "Alibaba Cloud Intelligence" in texts
    assert not any(m.text.lower() in {"qu’", "l’"} or "\n" in m.text for m in extraction.mentions)
    confidences = {f.confidence for f in extraction.facts}
    assert len(confidences) > 3


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n\n",
        "<html><body><p>Bonjour</p></body></html>",
        "!!! ??? ...",
        "a",
        "42",
        "et et et et et",
        "« »",
        "\u200b\u200b",
    ],
)
def test_never_raises(nlp_fr, nlp_en, text):
    for nlp, lang in ((nlp_fr, "fr"), (nlp_en, "en")):
        extraction = extract_text(nlp, text, lang)
        assert isinstance(extraction.facts, tuple)


def _built(nlp, words, heads, deps, pos):
    """A Doc with given annotations, without running the pipeline."""
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)


@pytest.mark.parametrize("shape", ["unparsed", "chain", "flat-conjuncts"])
def test_huge_sentences_are_fast(nlp_en, shape):
    n = 100_000
    if shape == "unparsed":
        from spacy.tokens import Doc

        doc = Doc(nlp_en.vocab, words=["word"] * n)
    elif shape == "chain":
        doc = _built(
            nlp_en, ["word"] * n, [max(i - 1, 0) for i in range(n)], ["ROOT"] + ["nmod"] * (n - 1), ["NOUN"] * n
        )
    else:
        # A verb with thousands of conjoined verbs sharing its subject.
        m = 1990
        words = ["run"] * m + ["John", "apples"]
        doc = _built(
            nlp_en,
            words,
            [0] * (m + 2),
            ["ROOT"] + ["conj"] * (m - 1) + ["nsubj", "dobj"],
            ["VERB"] * m + ["PROPN", "NOUN"],
        )
    start = time.perf_counter()
    extraction = extract_facts(Document("x", doc.text, "en", "test"), doc)
    assert time.perf_counter() - start < 1.0
    assert isinstance(extraction.facts, tuple)


@pytest.mark.slow
def test_long_inputs_are_fast(nlp_en):
    conjuncts = "The company bought " + ", ".join(f"plant{i}" for i in range(200)) + " and a mill ."
    long = " ".join(["The firm , which makes steel in Ohio , said that"] * 100) + " it grew ."
    for text in (conjuncts, long):
        doc = nlp_en(text)
        document = Document("x", text, "en", "test")
        start = time.perf_counter()
        extraction = extract_facts(document, doc)
        assert time.perf_counter() - start < 1.0
        assert len(extraction.facts) < 5000
