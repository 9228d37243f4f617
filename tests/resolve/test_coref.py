"""The antecedent ranker: its weights, its choices, and what pronouns take up in real French text."""

from __future__ import annotations

import hashlib

import numpy
import pytest

from kg.errors import ModelError
from kg.pipeline import extract_documents
from kg.resolve import coref, resolve_entities
from kg.resolve.coref import (
    HASH_BUCKETS,
    Anaphor,
    AntecedentModel,
    Candidate,
    features,
    load_antecedent_model,
)
from kg.types import Document


@pytest.fixture
def weights_at(tmp_path, monkeypatch):
    """Point the ranker at a file of the test's making."""

    def point():
        path = tmp_path / "coref-fr.npz"
        monkeypatch.setattr(coref, "data_path", lambda _name: path)
        load_antecedent_model.cache_clear()
        return path

    yield point
    load_antecedent_model.cache_clear()


def test_missing_weights_name_the_file_and_the_command(weights_at):
    path = weights_at()
    with pytest.raises(ModelError) as error:
        load_antecedent_model("fr")
    assert str(path) in str(error.value) and "python bench/train_coref.py" in str(error.value)


@pytest.mark.parametrize("content", [b"", b"not a numpy archive", b"PK\x03\x04 truncated zip"])
def test_corrupt_weights_name_the_file_and_the_command(weights_at, content):
    path = weights_at()
    path.write_bytes(content)
    with pytest.raises(ModelError) as error:
        load_antecedent_model("fr")
    assert str(path) in str(error.value) and "python bench/train_coref.py" in str(error.value)


@pytest.mark.parametrize("weights, threshold", [(numpy.zeros(10), 0.5), (numpy.zeros(HASH_BUCKETS), 1.5)])
def test_weights_of_the_wrong_shape_are_refused(weights_at, weights, threshold):
    numpy.savez(weights_at(), weights=weights, threshold=numpy.array(threshold))
    with pytest.raises(ModelError, match="expected shape"):
        load_antecedent_model("fr")


def test_a_language_without_weights_keeps_salience():
    assert load_antecedent_model("en") is None


def test_a_missing_file_stops_the_resolution_of_french(weights_at):
    weights_at()
    text = "Anaïs Abert est arrivée. Elle parle."
    document = Document(hashlib.sha256(text.encode()).hexdigest(), text, "fr", "test")
    with pytest.raises(ModelError):
        resolve_entities(next(iter(extract_documents([document]))))


_ELLE = Anaphor(30, 34, "elle", gender="f", slot="subject", lemma="parler")
_ANAIS = Candidate("anais-abert", "Person", ((0, 11),), sentences_back=1, rank=2, subject_of_previous=True)
_POLICE = Candidate(
    "police-1", "Organization", ((20, 29),), nominal=True, genders=frozenset({"f"}), sentences_back=1, rank=1
)


def test_features_are_deterministic_and_read_agreement_and_topic():
    assert features(_ELLE, _ANAIS) == features(_ELLE, _ANAIS)
    assert "G=unknown|Person" in features(_ELLE, _ANAIS) and "SP|Person" in features(_ELLE, _ANAIS)
    assert "G=agree|Organization" in features(_ELLE, _POLICE)
    assert "SP|Organization" not in features(_ELLE, _POLICE)


def test_the_best_candidate_is_chosen_only_when_it_beats_no_one_and_the_threshold():
    weights = numpy.zeros(HASH_BUCKETS, numpy.float32)
    weights[coref.bucket("SP|Person")] = 2.0
    assert AntecedentModel(weights, 0.7).choose(_ELLE, [_POLICE, _ANAIS]) == "anais-abert"  # p = 0.79
    assert AntecedentModel(weights, 0.8).choose(_ELLE, [_POLICE, _ANAIS]) is None
    assert AntecedentModel(weights, 0.7).choose(_ELLE, []) is None
    weights[coref.bucket("NEW|F=elle")] = 3.0  # taking up no one is likelier
    assert AntecedentModel(weights, 0.1).choose(_ELLE, [_POLICE, _ANAIS]) is None


def test_probabilities_sum_to_one_with_no_one_first():
    weights = numpy.zeros(HASH_BUCKETS, numpy.float32)
    probabilities = AntecedentModel(weights, 0.5).probabilities(_ELLE, [_POLICE, _ANAIS])
    assert probabilities == pytest.approx([1 / 3] * 3)


def _links(text: str) -> dict[str, str]:
    """Each linked span's text → the key of its entity, for one French text through the real pipeline."""
    document = Document(hashlib.sha256(text.encode()).hexdigest(), text, "fr", "test")
    resolution = resolve_entities(next(iter(extract_documents([document]))))
    return {text[start:end]: key for (start, end), key in resolution.links}


@pytest.mark.parametrize(
    "text, pronoun, expected",
    [
        # The topic of the sentence before, not the body named last, though both agree with "elle".
        (
            "Anaïs Abert a remis à la police son téléphone. Elle y aurait enregistré une scène inhabituelle.",
            "Elle",
            "anais-abert",
        ),
        # A company that is the topic: the ranker's reports have few, salience takes it up.
        ("La start-up Lumen s'appuie sur la technologie NFT. Elle a levé 50 millions d'euros.", "Elle", "lumen"),
        # The one who says the clause.
        ("La compagnie aérienne Helvair a annoncé qu'elle rachèterait Vireo.", "elle", "helvair"),
        # No one is "ils" here: a group the graph does not hold is left alone.
        ("Des voyous ont braqué la banque Securitis à Lyon. Ils ont pris la fuite en voiture.", "Ils", None),
    ],
)
def test_french_pronouns_take_up_whom_a_reader_would(nlp_fr, text, pronoun, expected):
    assert _links(text).get(pronoun) == expected
