"""A short French article written for the rdf tests, extracted by hand: three sentences, three facts, four names."""

from __future__ import annotations

import hashlib

from kg.types import (
    Argument,
    Document,
    Extraction,
    Fact,
    Mention,
    Sentence,
)

HEADLINE = "Alibaba va investir 28 milliards de dollars dans son infrastructure cloud d’ici à 2023"


TEXT = (
    HEADLINE + "\n"
    "Le géant technologique n’entend pas vendre en Asie. Kevin Liu, directeur général d’Alibaba Cloud France, "
    "pourrait l’expliquer."
)


def span_in(text: str, surface: str, after: int = 0) -> tuple[int, int]:
    start = text.index(surface, after)
    return start, start + len(surface)


def argument_in(text: str, surface: str, role: str, after: int = 0, **kw) -> Argument:
    start, end = span_in(text, surface, after)
    return Argument(surface, role, start, end, **kw)


def built_extraction(text: str = TEXT, *, date: str | None = "2020-03-20", doc_id: str | None = None) -> Extraction:
    document = Document(
        id=doc_id or hashlib.sha256(text.encode()).hexdigest(),
        text=text,
        lang="fr",
        source="examples/test.txt",
        title="Alibaba investit",
        date=date,
        url="https://example.org/a?b=1&c=<d>",
    )
    first = text.index("\n")
    s0 = Sentence(0, text[:first], 0, first)
    s1_end = text.index(". ", first) + 1
    s1 = Sentence(1, text[first + 1 : s1_end], first + 1, s1_end)
    s2 = Sentence(2, text[s1_end + 1 :], s1_end + 1, len(text))
    mentions = [
        Mention("Alibaba", 0, 7, "ORG", 0),
        Mention("Asie", *span_in(text, "Asie"), "LOC", 1),
        Mention("Kevin Liu", *span_in(text, "Kevin Liu"), "PER", 2),
        Mention("Alibaba Cloud France", *span_in(text, "Alibaba Cloud France"), "ORG", 2),
    ]
    facts = [
        Fact(
            s0,
            argument_in(text, "Alibaba", "subject", pos="PROPN"),
            "va investir",
            "aller investir",
            argument_in(text, "28 milliards de dollars", "object"),
            (argument_in(text, "son infrastructure cloud", "dans"), argument_in(text, "2023", "d’ici à")),
            modality="future",
            confidence=0.83,
            extractor="kg.clause",
        ),
        Fact(
            s1,
            argument_in(text, "Le géant technologique", "subject", pos="NOUN", head="géant"),
            "n’entend pas vendre",
            "entendre vendre",
            None,
            (argument_in(text, "Asie", "en", pos="PROPN"),),
            negated=True,
            modality="intended",
        ),
        Fact(
            s2,
            argument_in(text, "Kevin Liu", "subject", pos="PROPN"),
            "directeur général d’",
            "être directeur général de",
            argument_in(text, "Alibaba Cloud France", "d’", pos="PROPN"),
            modality="possible",
            attribution="Kevin Liu",
            confidence=1.0,
        ),
    ]
    return Extraction(document, (s0, s1, s2), tuple(facts), tuple(mentions))
