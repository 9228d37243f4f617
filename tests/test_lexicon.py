"""The relation lexicon on idioms: phrases that look like a closed relation and are not one."""
from __future__ import annotations

import pytest

from kg.resolve import canonical_relation
from kg.types import Argument, Fact, Sentence


def _fact(lemma: str, obj: str | None = None) -> Fact:
    """A fact with only a lemma and an object."""
    sentence = Sentence(0, "x", 0, 1)
    subject = Argument("X", "subject", 0, 1)
    return Fact(sentence, subject, lemma, lemma, Argument(obj, "object", 2, 3) if obj else None)


@pytest.mark.parametrize(
    "lemma, obj, lang, wrong",
    [
        # raising a family, a total or prices is not raising funds
        ("raise", "a family", "en", "raisesFunds"),
        ("raise to", "that total", "en", "raisesFunds"),
        # "lever le pied" is slowing down
        ("lever", "le pied", "fr", "raisesFunds"),
        # going on with something is not suing
        ("poursuivre", "le rachat", "fr", "sues"),
        ("se poursuivre", None, "fr", "sues"),
        # creating jobs is not founding anything
        ("créer", "165 emplois", "fr", "founded"),
        ("create", "2,000 jobs", "en", "founded"),
        # a seat on a board is a post, not a place
        ("sit on", "the company's board", "en", "locatedIn"),
        ("siéger à", "conseil d'administration", "fr", "locatedIn"),
        # a stake bought is an acquisition, not an investment
        ("buy", "a 40 percent stake in Contoso", "en", "invests"),
        # dropping out of a school is leaving it, not a decrease
        ("drop out of", "MIT", "en", "decreases"),
        # coming closer is not merging
        ("se rapprocher", None, "fr", "mergesWith"),
        # being left behind is not leaving a post
        ("leave behind", None, "en", "leaves"),
    ],
)
def test_idioms_do_not_map_to_the_relation_they_look_like(lemma, obj, lang, wrong):
    canon = canonical_relation(_fact(lemma, obj), lang)
    assert canon is None or canon.property != wrong
