"""Tests of kg.resolve.nominals: discourse entities named by common nouns."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import ModelError
from kg.resolve import nominal_lexicon
from kg.resolve.nominal_lexicon import lexicon_from_tables
from kg.resolve.nominals import Nominal, load_nominal_lexicon, nominal_entities
from kg.types import Argument, Document, Extraction, Fact, Sentence

# --------------------------------------------------------------------------
# Building extractions by hand: spans are found in the text.


class Builder:
    """Hand-built Extraction records over one text (first occurrence after ``after``)."""

    def __init__(self, text: str, lang: str = "fr") -> None:
        self.text = text
        self.document = Document(id=hashlib.sha256(text.encode()).hexdigest(), text=text, lang=lang, source="test")
        self.sentences = [
            Sentence(i, m.group(), m.start(), m.end())
            for i, m in enumerate(re.finditer(r"[^.!?\n]+[.!?]?", text))
            if m.group().strip()
        ]
        self.facts: list[Fact] = []

    def arg(self, surface: str, role: str, after: int = 0, **kw) -> Argument:
        start = self.text.index(surface, after)
        return Argument(text=surface, role=role, start=start, end=start + len(surface), **kw)

    def fact(self, subject: Argument, relation: str, lemma: str, obj: Argument | None = None) -> Fact:
        sentence = next(s for s in self.sentences if s.start <= subject.start <= s.end)
        fact = Fact(sentence=sentence, subject=subject, relation=relation, lemma=lemma, object=obj)
        self.facts.append(fact)
        return fact

    def extraction(self) -> Extraction:
        return Extraction(self.document, tuple(self.sentences), tuple(self.facts), ())


def _found(text: str, lexicon=None, taken=()) -> list[tuple[str, str]]:
    return [(n.text, n.type) for n in nominal_entities(Builder(text).extraction(), taken, lexicon=lexicon)]


def _row(total: int, **counts: int) -> dict:
    return {"person": 0, "organization": 0, "place": 0, "event": 0, "other": 0, **counts, "total": total}


#: A small lexicon written by hand, so that the phrase rules are tested apart from learned numbers.
TABLES = {
    "threshold": 0.5,
    "smoothing": 1.0,
    "heads": {
        "police": _row(10, organization=9),
        "hôpital": _row(10, place=9),
        "incendie": _row(10, event=9),
        "dame": _row(10, person=8),
        "voiture": _row(10, place=8),
        "ville": _row(10, place=8),
        "œil": _row(10, place=8),
        "force": _row(20, organization=4),
        "lieu": _row(30, place=3),
        "outil": _row(10, other=9),
    },
    "by_form": {"forces": _row(10, organization=9)},
    "compounds": {
        "force de l'ordre": {"head": "force", "tail": ["de", "l'", "ordre"], **_row(10, organization=10)},
        "voiture de police": {"head": "voiture", "tail": ["de", "police"], **_row(10, other=10)},
    },
    "forms": {"yeux": "œil"},
    "before": ["vieille"],
    "skipped": ["terrible", "jeune"],
    "after": ["municipale", "principal"],
    "not_after": ["rouge"],
    "pairs": {"dame": {"jeune": True}},
    "appositive": ["ville"],
}


@pytest.fixture(scope="module")
def lexicon():
    return lexicon_from_tables(TABLES)


# --------------------------------------------------------------------------
# Phrases: what is a candidate and where it is cut.


@pytest.mark.parametrize(
    "text, expected",
    [
        ("La police est arrivée.", [("La police", "Organization")]),
        ("Elle a été transportée à l'hôpital.", [("l'hôpital", "Place")]),
        ("Elle a été transportée à l’hôpital.", [("l’hôpital", "Place")]),
        ("Le bilan du incendie est lourd.", [("incendie", "Event")]),
        ("Cette police a tout vu.", [("police", "Organization")]),
        ("La vieille dame dormait.", [("La vieille dame", "Person")]),
        ("La jeune dame dormait.", [("La jeune dame", "Person")]),
        ("Un terrible incendie a tout détruit.", [("incendie", "Event")]),
        ("La police municipale patrouille.", [("La police municipale", "Organization")]),
        ("Les hôpitaux régionaux débordent.", [("Les hôpitaux régionaux", "Place")]),
        ("La police qui patrouillait a tout vu.", [("La police", "Organization")]),
        ("Les forces de l'ordre sont là.", [("Les forces de l'ordre", "Organization")]),
        ("Les forces sont là.", [("Les forces", "Organization")]),
        ("Par la force des choses.", []),  # "force" alone is rarely an entity
        ("La voiture de police est garée.", []),  # the fixed phrase is no place
        ("La voiture rouge est garée.", [("La voiture", "Place")]),
        ("La ville de Lyon est inondée.", []),  # the name stands for it
        ("La ville est inondée.", [("La ville", "Place")]),
        ("Police et pompiers sont arrivés.", []),  # no determiner
        ("Il a vu la Police Nationale.", []),  # a name
        ("L'outil est cassé.", []),  # out of scope
        ("Au lieu de partir, il reste.", []),
        ("", []),
    ],
)
def test_phrases(lexicon, text, expected):
    assert _found(text, lexicon) == expected


def test_offsets_are_the_text(lexicon):
    text = "Arrivés à temps, les secours et la police ont évacué la vieille dame vers l'hôpital principal."
    found = nominal_entities(Builder(text).extraction(), lexicon=lexicon)
    assert [n.text for n in found] == ["la police", "la vieille dame", "l'hôpital principal"]
    assert all(text[n.start : n.end] == n.text for n in found)


def test_an_argument_gives_the_lemma_of_a_form_no_rule_knows(lexicon):
    b = Builder("Tous les yeux étaient tournés vers les cieux.")
    b.fact(b.arg("les cieux", "vers", pos="NOUN", head="œil"), "tourner", "tourner")
    b.fact(b.arg("Tous les yeux", "subject", pos="NOUN", head="œil"), "être tourné", "être tourner")
    found = nominal_entities(b.extraction(), lexicon=lexicon)
    # "yeux" is a learned form; "cieux" becomes a head only because the parser said so.
    assert [(n.text, n.head) for n in found] == [("les yeux", "œil"), ("les cieux", "œil")]


def test_a_pronoun_argument_is_no_head(lexicon):
    b = Builder("Elle est partie.")
    b.fact(b.arg("Elle", "subject", pos="PRON", head="police"), "partir", "partir")
    assert nominal_entities(b.extraction(), lexicon=lexicon) == []


def test_taken_spans_are_left_to_named_entities(lexicon):
    text = "La police de Lyon et la police de Paris."
    lyon = text.index("La police de Lyon")
    assert _found(text, lexicon, taken={(lyon, lyon + len("La police de Lyon"))}) == [("la police", "Organization")]
    assert len(_found(text, lexicon, taken={(0, 0), (-5, -1), (10**9, 10**9 + 2)})) == 2


# --------------------------------------------------------------------------
# Entities: which mentions are one, and their keys.


def test_mentions_of_one_head_are_one_entity(lexicon):
    text = "La police est arrivée. Plus tard, la police a bouclé le quartier."
    b = Builder(text)
    found = nominal_entities(b.extraction(), lexicon=lexicon)
    assert [n.text for n in found] == ["La police", "la police"]
    assert found[0].key == found[1].key == f"police-{b.document.id[:10]}"
    assert found[0].head == "police" and found[0].type == "Organization"


def test_modifiers_that_disagree_make_two_entities(lexicon):
    text = "La voiture municipale et la voiture principal sont là. La voiture principal part. La voiture rouge aussi."
    found = nominal_entities(Builder(text).extraction(), lexicon=lexicon)
    assert [n.text for n in found] == [
        "La voiture municipale",
        "la voiture principal",
        "La voiture principal",
        "La voiture",
    ]
    assert found[0].key != found[1].key
    assert found[1].key == found[2].key
    # "rouge" ends the phrase (not_after); the bare head agrees with the latest entity.
    assert found[3].key == found[2].key


def test_incompatible_modifiers_make_two_keys(lexicon):
    text = "La vieille dame et la jeune dame se parlent. La dame sourit."
    found = nominal_entities(Builder(text).extraction(), lexicon=lexicon)
    assert [n.text for n in found] == ["La vieille dame", "la jeune dame", "La dame"]
    assert found[0].key != found[1].key
    assert found[2].key == found[1].key  # the latest agreeing entity
    assert len({n.key for n in found}) == 2


def test_a_fixed_phrase_and_its_head_alone_are_one_entity(lexicon):
    found = nominal_entities(
        Builder("Les forces de l'ordre chargent. Les forces reculent.").extraction(), lexicon=lexicon
    )
    assert [n.text for n in found] == ["Les forces de l'ordre", "Les forces"]
    assert found[0].key == found[1].key and found[0].key.startswith("force-de-l-ordre-")


def test_the_same_phrase_in_two_documents_gets_two_keys(lexicon):
    one = nominal_entities(Builder("La police est arrivée.").extraction(), lexicon=lexicon)
    two = nominal_entities(Builder("Hier, la police est arrivée.").extraction(), lexicon=lexicon)
    assert one[0].key != two[0].key
    assert one[0].key.startswith("police-") and two[0].key.startswith("police-")


def test_records_are_frozen(lexicon):
    found = nominal_entities(Builder("La police est arrivée.").extraction(), lexicon=lexicon)
    with pytest.raises(dataclasses.FrozenInstanceError):
        found[0].key = "x"  # type: ignore[misc]


# --------------------------------------------------------------------------
# The shipped lexicon, on heads that are unambiguous in news.


def test_shipped_lexicon_on_firemen_and_a_hospital():
    text = "Les pompiers sont arrivés à l'hôpital de Lyon."
    found = {n.text: n for n in nominal_entities(Builder(text).extraction())}
    assert found["l'hôpital"].type == "Place" and found["l'hôpital"].head == "hôpital"
    assert found["Les pompiers"].type in {"Organization", "Person"}
    assert all(0.0 < n.confidence <= 1.0 for n in found.values())


@pytest.mark.parametrize(
    "text, surface, entity_type",
    [
        ("Hier soir, la police a interpellé deux hommes.", "la police", "Organization"),
        ("L'incendie a ravagé trois maisons.", "L'incendie", "Event"),
        ("Un blessé a été conduit à l'hôpital.", "l'hôpital", "Place"),
    ],
)
def test_shipped_lexicon(text, surface, entity_type):
    found = {n.text: n.type for n in nominal_entities(Builder(text).extraction())}
    assert found.get(surface) == entity_type


@pytest.mark.parametrize(
    "text, idiom, head",
    [
        ("Les deux suspects ont pris la fuite après l'incendie.", "la fuite", "incendie"),
        ("La police a ouvert le feu sur la voiture.", "le feu", "police"),
        ("Le blessé est mort sur le coup, selon la police.", "le coup", "police"),
    ],
)
def test_a_noun_in_a_fixed_expression_is_no_entity(text, idiom, head):
    found = {n.text: n for n in nominal_entities(Builder(text).extraction())}
    assert idiom not in found
    assert any(n.head == head for n in found.values())  # the other nouns of the sentence still are


def test_shipped_lexicon_merges_within_a_document_only():
    text = "La police a bouclé la rue. La police a ensuite interrogé les témoins."
    other = "Ce matin, la police a ouvert une enquête."
    first = [n.key for n in nominal_entities(Builder(text).extraction()) if n.head == "police"]
    second = [n.key for n in nominal_entities(Builder(other).extraction()) if n.head == "police"]
    assert len(first) == 2 and len(set(first)) == 1
    assert len(second) == 1 and second[0] != first[0]


def test_english_documents_have_no_lexicon():
    assert nominal_entities(Builder("The police arrived at the hospital.", lang="en").extraction()) == []


# --------------------------------------------------------------------------
# Loading the lexicon.


@pytest.fixture
def no_lexicon(monkeypatch):
    """The shipped lexicon made unreachable, and the cache emptied before and after."""
    load_nominal_lexicon.cache_clear()
    monkeypatch.setattr(nominal_lexicon, "LEXICON_FILES", {"fr": "no-such-nominals.json"})
    yield
    load_nominal_lexicon.cache_clear()


def test_missing_lexicon_names_the_file_and_the_fix(no_lexicon):
    with pytest.raises(ModelError, match=r"no-such-nominals\.json.*python bench/train_nominals\.py"):
        nominal_entities(Builder("La police est arrivée.").extraction())


def test_english_needs_no_lexicon(no_lexicon):
    assert nominal_entities(Builder("The police arrived.", lang="en").extraction()) == []


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        "[]",
        "null",
        json.dumps({**TABLES, "heads": {"police": {"organization": "many", "total": 3}}}),
        json.dumps({**TABLES, "threshold": 2}),
        json.dumps({**TABLES, "forms": ["yeux"]}),
        json.dumps({key: value for key, value in TABLES.items() if key != "compounds"}),
        json.dumps({**TABLES, "compounds": {"x": {"head": "x", "tail": [], "total": 1}}}),
        json.dumps({**TABLES, "pairs": {"dame": {"jeune": "yes"}}}),
    ],
)
def test_corrupt_lexicon_names_the_file_and_the_fix(tmp_path, content):
    path = tmp_path / "nominals-fr.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ModelError, match=r"nominals-fr\.json.*python bench/train_nominals\.py"):
        load_nominal_lexicon(path)


def test_missing_file_given_by_path(tmp_path):
    with pytest.raises(ModelError, match="missing"):
        load_nominal_lexicon(tmp_path / "absent.json")


def test_a_written_lexicon_loads(tmp_path):
    path = tmp_path / "nominals-fr.json"
    path.write_text(json.dumps(TABLES), encoding="utf-8")
    assert _found("La police est arrivée.", load_nominal_lexicon(path)) == [("La police", "Organization")]


def test_the_shipped_lexicon_loads_once():
    assert load_nominal_lexicon() is load_nominal_lexicon()
    assert 0.0 < load_nominal_lexicon().threshold < 1.0


# --------------------------------------------------------------------------
# Never raising on odd input.

_ARGUMENTS = st.builds(
    Argument,
    text=st.text(max_size=12),
    role=st.sampled_from(["subject", "object", "à"]),
    start=st.integers(-5, 80),
    end=st.integers(-5, 80),
    head=st.sampled_from(["", "police", "hôpital", "œil", "x"]) | st.text(max_size=6),
    pos=st.sampled_from(["NOUN", "PRON", "PROPN", ""]),
)


_PIECES = st.lists(
    st.sampled_from(
        [
            "la",
            "La",
            "les",
            "l'",
            "L’",
            "du",
            "de",
            "police",
            "hôpital",
            "hôpitaux",
            "yeux",
            "forces",
            "ordre",
            "vieille",
            "jeune",
            "dame",
            "ville",
            "Lyon",
            "pompiers",
            "incendie",
            "rouge",
            "principal",
            "«",
            "»",
            ",",
            ".",
            "\n",
            "-",
            " ",
        ]
    ),
    max_size=30,
)


@settings(max_examples=200, deadline=None)
@given(
    text=_PIECES.map(" ".join) | _PIECES.map("".join) | st.text(max_size=60),
    arguments=st.lists(_ARGUMENTS, max_size=4),
    taken=st.sets(st.tuples(st.integers(-5, 90), st.integers(-5, 90)), max_size=4),
    shipped=st.booleans(),
)
def test_never_raises(lexicon, text, arguments, taken, shipped):
    document = Document(id=hashlib.sha256(text.encode()).hexdigest(), text=text, lang="fr", source="test")
    sentence = Sentence(0, text, 0, len(text))
    facts = tuple(Fact(sentence=sentence, subject=a, relation="r", lemma="r") for a in arguments)
    found = nominal_entities(Extraction(document, (sentence,), facts, ()), taken, lexicon=None if shipped else lexicon)
    for n in found:
        assert isinstance(n, Nominal)
        assert text[n.start : n.end] == n.text and n.text.strip()
        assert n.type in {"Person", "Organization", "Place", "Event"}
        assert n.key.endswith(document.id[:10])


@pytest.mark.parametrize(
    "text, description, name, found",
    [
        ("Le groupe chimique et pharmaceutique allemand Bayer a annoncé", "Le groupe chimique", "Bayer", True),
        ("La compagnie aérienne IAG a annoncé", "La compagnie aérienne", "IAG", True),
        ("La Commission a bloqué le rachat de Fabrikam", "La Commission", "Fabrikam", False),
        ("The regulator blocked Contoso", "The regulator", "Contoso", False),
        ("La Commission et Fabrikam ont signé", "La Commission", "Fabrikam", False),
    ],
)
def test_a_name_after_a_description_is_found_past_adjectives_only(text, description, name, found):
    from kg.resolve.nominals import name_after

    start = text.index(name)
    assert (name_after(text, len(description), {start}) == start) == found


@pytest.mark.parametrize(
    "text, office",
    [
        ("L'autre poste sera assuré par le directeur adjoint.", "poste"),
        ("Le conseil a confié la présidence au directeur de l'usine.", "présidence"),
    ],
)
def test_an_office_is_no_entity(text, office):
    found = {n.text for n in nominal_entities(Builder(text).extraction())}
    assert not any(office in f for f in found)


def test_an_office_noun_with_a_fixed_complement_the_lexicon_knows_still_is():
    found = {n.text: n.type for n in nominal_entities(Builder("Il a été conduit au poste de police.").extraction())}
    assert found.get("poste de police") == "Place"
