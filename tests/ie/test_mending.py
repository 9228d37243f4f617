"""Mending the parser's known misreadings, on parses written out by hand.

The parser reads these sentences this way only in some contexts; writing
the parse out keeps each test about the mending, whatever the model does.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg.ie.mending import build_tree
from kg.ie.tree import read_parse

# (word, POS, dependency, head, morphology)
OPENER = [
    ("Employant", "VERB", "ROOT", 0, "VerbForm=Part|Tense=Pres"),
    ("900", "NUM", "nummod", 2, ""),
    ("salariés", "NOUN", "obj", 0, ""),
    (",", "PUNCT", "punct", 0, ""),
    ("Verlac", "PROPN", "nsubj", 0, ""),
    ("a", "AUX", "aux:tense", 6, ""),
    ("réalisé", "VERB", "parataxis", 0, "VerbForm=Part|Tense=Past"),
    ("un", "DET", "det", 8, ""),
    ("bénéfice", "NOUN", "obj", 6, ""),
    (".", "PUNCT", "punct", 0, ""),
]

PERIOD = [
    ("Verlac", "PROPN", "nsubj", 2, ""),
    ("a", "AUX", "aux:tense", 2, ""),
    ("réalisé", "VERB", "ROOT", 2, "VerbForm=Part|Tense=Past"),
    ("l'", "DET", "det", 4, ""),
    ("an", "NOUN", "nsubj", 5, ""),
    ("passé", "VERB", "dep", 2, "VerbForm=Part|Tense=Past"),
    ("un", "DET", "det", 7, ""),
    ("bénéfice", "NOUN", "obj", 5, ""),
    (".", "PUNCT", "punct", 2, ""),
]


def tree_of(rows):
    words = [r[0] for r in rows]
    doc = Doc(
        spacy.blank("fr").vocab,
        words=words,
        spaces=[
            i + 1 < len(words) and words[i + 1] not in ",." and not words[i].endswith("'") for i in range(len(words))
        ],
        pos=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        heads=[r[3] for r in rows],
        morphs=[r[4] for r in rows],
        lemmas=[w.lower() for w in words],
        sent_starts=[True] + [False] * (len(words) - 1),
    )
    return build_tree(read_parse(doc), 0, len(words), "fr")


def test_the_subject_after_an_opening_participle_is_the_finite_verb_s():
    nodes = tree_of(OPENER).nodes
    verb, subject, participle = nodes[6], nodes[4], nodes[0]
    assert subject.head == verb.i and subject.dep == "nsubj"
    assert verb.head == verb.i and participle.head == verb.i and participle.dep == "advcl"


def test_last_year_modifies_the_verb_and_leaves_it_its_object():
    nodes = tree_of(PERIOD).nodes
    verb, period, participle, obj = nodes[2], nodes[4], nodes[5], nodes[7]
    assert period.head == verb.i and period.dep == "obl:mod"
    assert participle.head == period.i and participle.dep == "amod"
    assert obj.head == verb.i
