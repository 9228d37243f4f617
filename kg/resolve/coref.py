"""Which entity a pronoun takes up: a learned antecedent ranker.

A reader of "Anaïs Abert a remis à la police son téléphone. Elle y aurait
enregistré une scène" knows that "Elle" is Anaïs Abert, not the police,
although both agree with it: she is the topic of the sentence before, and
recording is what a person does. For each personal pronoun that is an
argument of a fact ("il", "elle", "ils", "lui", "l'"...), the resolver
(:mod:`kg.resolve.entities`) gathers the entities named before it that the
pronoun's grammar allows, with what it knows of each (:class:`Candidate`:
type, gender, how recently and how often named, whether it was the topic or
says the pronoun's clause).

The model is a mention ranker: :func:`features` describes each (pronoun,
candidate) pair as a bag of strings, and :func:`new_features` the choice of
taking up *no one* (a group the graph does not hold, "ils" for "les
voyous"; a person named only by a common noun); the strings are hashed into
a fixed number of weights, each choice scores the sum of its weights, and a
softmax over the choices gives their probabilities. The pronoun takes up the
most probable candidate when that beats "no one" and reaches the model's
threshold: a pronoun is better left alone than linked wrongly.

The weights are trained from the coreference chains of POPCORN
(``bench/train_coref.py``), reports about people, and ship as
``kg/data/coref-fr.npz`` with the licence of their training data beside them
(``kg/data/README.md``). A language without a weights file (English) keeps
the resolver's hand-weighted salience; a missing or unreadable file where one
is expected is an error naming the file and the command that rebuilds it.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Protocol

from kg.errors import ModelError

__all__ = [
    "HASH_BUCKETS",
    "Anaphor",
    "AntecedentModel",
    "Candidate",
    "Chooser",
    "features",
    "load_antecedent_model",
    "new_features",
]

#: Feature buckets: features are hashed (CRC-32) into this many weights.
HASH_BUCKETS = 1 << 15

#: Languages with a weights file.
MODEL_FILES = {"fr": "coref-fr.npz"}

#: The command that rebuilds the weights.
RETRAIN = "python bench/train_coref.py"


@dataclass(frozen=True)
class Anaphor:
    """A pronoun that may take up an entity named before it.

    Attributes:
        start: Character offset of the pronoun in the document.
        end: Character offset just after it.
        form: The pronoun, folded ("elle", "l'").
        gender: ``m``, ``f`` or ``p`` (plural) when its form shows it, else "".
        slot: Its role in its fact (``subject``, ``object``, a preposition).
        lemma: The lemma of its fact's relation ("enregistrer").
        wanted: The type its fact's canonical property expects there, if any.
    """

    start: int
    end: int
    form: str
    gender: str = ""
    slot: str = ""
    lemma: str = ""
    wanted: str | None = None


@dataclass(frozen=True)
class Candidate:
    """An entity named before a pronoun, with what the resolver knows of it there.

    Attributes:
        key: Its key.
        type: Its type (``Person``, ``Organization``...).
        spans: Its mentions before the pronoun, in text order.
        nominal: Whether it is a discourse entity named by common nouns ("la victime").
        genders: Genders its mentions showed (``m``, ``f``, ``p``).
        count: How many times it was named before the pronoun.
        sentences_back: How many sentences back it was last named (0: the pronoun's own).
        rank: 1 for the entity named last before the pronoun, 2 for the one before...
        recent_subject: Whether it was the subject of a clause in the few hundred characters before.
        subject_of_sentence: Whether it is the subject of an earlier clause of the pronoun's sentence.
        subject_of_previous: Whether it was the subject or topic of the sentence before.
        speaker: Whether it says the pronoun's clause ("Anaïs a dit qu'elle ...").
        top: Whether it is the document's most named entity.
        alone: Whether no other candidate has its type.
    """

    key: str
    type: str
    spans: tuple[tuple[int, int], ...]
    nominal: bool = False
    genders: frozenset[str] = frozenset()
    count: int = 1
    sentences_back: int = 0
    rank: int = 1
    recent_subject: bool = False
    subject_of_sentence: bool = False
    subject_of_previous: bool = False
    speaker: bool = False
    top: bool = False
    alone: bool = False


class Chooser(Protocol):
    """Whatever picks a pronoun's antecedent: the learned model, or a trainer's gold."""

    def choose(self, anaphor: Anaphor, candidates: Sequence[Candidate]) -> str | None:
        """The key of the candidate ``anaphor`` takes up, or ``None`` for none."""
        ...


def features(anaphor: Anaphor, candidate: Candidate) -> list[str]:
    """The features of one (pronoun, candidate) pair, as strings."""
    t = candidate.type
    form = anaphor.form
    if anaphor.gender and candidate.genders:
        agreement = "agree" if anaphor.gender in candidate.genders else "clash"
    else:
        agreement = "unknown"
    back = min(candidate.sentences_back, 4)
    rank = min(candidate.rank, 6)
    found = [
        f"T={t}",
        f"N={candidate.nominal}|{t}",
        f"G={agreement}|{anaphor.gender}",
        f"G={agreement}|{t}",
        f"SB={back}",
        f"SB={back}|{t}",
        f"RK={rank}",
        f"RK={rank}|{t}",
        f"C={min(candidate.count, 5)}",
        f"F={form}|{t}",
        f"F={form}|N={candidate.nominal}",
        f"F={form}|SB={back}",
        f"F={form}|RK={rank}",
        f"F={form}|G={agreement}",
    ]
    for flag, on in (
        ("RS", candidate.recent_subject),
        ("SS", candidate.subject_of_sentence),
        ("SP", candidate.subject_of_previous),
        ("SPK", candidate.speaker),
        ("TOP", candidate.top),
        ("ALONE", candidate.alone),
    ):
        if on:
            found.append(flag)
            found.append(f"{flag}|{t}")
    if anaphor.wanted:
        found.append(f"W={anaphor.wanted}|{t}")
    if anaphor.slot:
        found.append(f"SL={anaphor.slot}|{t}")
    if anaphor.lemma:
        found.append(f"V={anaphor.lemma}|{t}")
        if anaphor.slot:
            found.append(f"V={anaphor.lemma}|{anaphor.slot}|{t}")
    return found


def new_features(anaphor: Anaphor, candidates: Sequence[Candidate]) -> list[str]:
    """The features of the choice that ``anaphor`` takes up none of ``candidates``."""
    people = min(sum(c.type == "Person" for c in candidates), 2)
    agreeing = min(sum(bool(anaphor.gender) and anaphor.gender in c.genders for c in candidates), 2)
    topics = min(sum(c.recent_subject or c.subject_of_previous or c.speaker for c in candidates), 2)
    found = [
        "NEW",
        f"NEW|F={anaphor.form}",
        f"NEW|P={people}",
        f"NEW|F={anaphor.form}|P={people}",
        f"NEW|A={agreeing}",
        f"NEW|TOP={topics}",
        f"NEW|N={min(len(candidates), 4)}",
    ]
    if anaphor.slot:
        found.append(f"NEW|SL={anaphor.slot}")
    if anaphor.lemma:
        found.append(f"NEW|V={anaphor.lemma}")
    return found


def bucket(feature: str) -> int:
    """The weight row of a feature (CRC-32, stable across processes and runs)."""
    return zlib.crc32(feature.encode("utf-8")) % HASH_BUCKETS


@dataclass(frozen=True)
class AntecedentModel:
    """Weights of the antecedent ranker of one language.

    Attributes:
        weights: ``HASH_BUCKETS`` weights (a NumPy array).
        threshold: The probability the chosen candidate must reach.
    """

    weights: Any
    threshold: float

    def probabilities(self, anaphor: Anaphor, candidates: Sequence[Candidate]) -> list[float]:
        """The probability of taking up no one, then of taking up each candidate, in order."""
        scores = [self._score(new_features(anaphor, candidates))]
        scores.extend(self._score(features(anaphor, candidate)) for candidate in candidates)
        top = max(scores)
        exps = [math.exp(score - top) for score in scores]
        total = sum(exps)
        return [e / total for e in exps]

    def choose(self, anaphor: Anaphor, candidates: Sequence[Candidate]) -> str | None:
        """The most probable candidate, when it beats taking up no one and reaches the threshold."""
        if not candidates:
            return None
        scored = self.probabilities(anaphor, candidates)
        best = max(range(len(scored)), key=lambda i: (scored[i], -i))
        return candidates[best - 1].key if best and scored[best] >= self.threshold else None

    def _score(self, strings: list[str]) -> float:
        return float(sum(self.weights[bucket(f)] for f in strings))


def data_path(name: str) -> Path:
    """Where a file of ``kg/data`` is (installed package or source tree)."""
    from importlib import resources

    return Path(str(resources.files("kg.data").joinpath(name)))


@cache
def load_antecedent_model(lang: str) -> AntecedentModel | None:
    """The antecedent ranker of ``lang``, or ``None`` when the language has none.

    Raises:
        ModelError: the weights file is missing or cannot be read.
    """
    name = MODEL_FILES.get(lang)
    if name is None:
        return None
    path = data_path(name)
    if not path.is_file():
        raise ModelError(f"coreference weights {path} are missing; rebuild them with `{RETRAIN}`")
    import numpy

    try:
        with numpy.load(path, allow_pickle=False) as data:
            weights = data["weights"].astype(numpy.float32)
            threshold = float(data["threshold"])
    except Exception as exc:
        raise ModelError(f"coreference weights {path} cannot be read ({exc}); rebuild them with `{RETRAIN}`") from exc
    if weights.shape != (HASH_BUCKETS,) or not 0.0 <= threshold <= 1.0:
        raise ModelError(f"coreference weights {path} do not have the expected shape; rebuild them with `{RETRAIN}`")
    return AntecedentModel(weights, threshold)
