"""The head lexicon of discourse entities, and how it is read.

Which common nouns name a person, an organization, a place or an event
("la police", "l'hôpital", "l'incendie"), learned from POPCORN
(``kg/data/nominals-fr.json``, written by ``python bench/train_nominals.py``).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from kg.errors import ModelError

#: Classes the lexicon counts, in file order: the four entity types, then everything else.
CLASSES = ("person", "organization", "place", "event", "other")

#: Lexicon class → ontology class of the entity.
TYPES = {"person": "Person", "organization": "Organization", "place": "Place", "event": "Event"}


#: The head lexicon of each language that has one.
LEXICON_FILES = {"fr": "nominals-fr.json"}


#: The command that rebuilds the lexicon.
RETRAIN = "python bench/train_nominals.py"


@dataclass(frozen=True)
class NominalLexicon:
    """The head lexicon of one language, ready for lookups (all words folded).

    Attributes:
        heads: Lemma → (lemma as written, entity type or ``None``, probability).
        by_form: Word form → (entity type or ``None``, probability), for the
            forms that have evidence of their own ("forces" is not "force").
        compounds: Head lemma → its fixed complements, longest first, each
            (complement words, phrase as written, entity type or ``None``, probability).
        forms: Word form → lemma, for the forms the plural rules do not give.
        before: Adjectives kept before a head ("vieille").
        skipped: Adjectives walked over before a head but left out of the text ("terrible").
        after: Adjectives kept after a head ("aerienne").
        not_after: Adjectives that end a phrase although they look like ones kept ("rouge").
        pairs: (head lemma, adjective) → whether that head keeps that adjective,
            where it differs from the adjective's rule ("jeune homme").
        appositive: Heads that stand for the name after them ("ville" in "la ville de Lyon").
        threshold: The probability a head must reach to make an entity.
    """

    heads: dict[str, tuple[str, str | None, float]]
    by_form: dict[str, tuple[str | None, float]]
    compounds: dict[str, tuple[tuple[tuple[str, ...], str, str | None, float], ...]]
    forms: dict[str, str]
    before: frozenset[str]
    skipped: frozenset[str]
    after: frozenset[str]
    not_after: frozenset[str]
    pairs: dict[tuple[str, str], bool]
    appositive: frozenset[str]
    threshold: float


@cache
def load_nominal_lexicon(path: Path | None = None) -> NominalLexicon:
    """The head lexicon, read once.

    Args:
        path: The lexicon file; by default ``kg/data/nominals-fr.json``.

    Returns:
        The lexicon, with the threshold the file was trained to.

    Raises:
        ModelError: the file is missing or is not a lexicon.
    """
    if path is None:
        path = Path(str(resources.files("kg.data").joinpath(LEXICON_FILES["fr"])))
    if not path.is_file():
        raise ModelError(f"nominal head lexicon {path} is missing; rebuild it with `{RETRAIN}`")
    try:
        return lexicon_from_tables(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError, ValueError, TypeError, KeyError, AttributeError) as exc:
        raise ModelError(f"nominal head lexicon {path} cannot be read ({exc}); rebuild it with `{RETRAIN}`") from exc


def lexicon_from_tables(data: dict, *, threshold: float | None = None) -> NominalLexicon:
    """Check the lexicon's tables (what the file holds) and build the lexicon from them.

    Args:
        data: The decoded file: ``heads`` (lemma → count per class of
            :data:`CLASSES` and ``total``, the noun's occurrences annotated
            or not), ``by_form`` (word form → the same counts), ``compounds``
            (phrase → ``head``, ``tail`` words and the same counts), ``forms``,
            ``before``, ``skipped``, ``after``, ``not_after``, ``pairs`` (head
            → adjective → kept?), ``appositive``, ``threshold`` and
            ``smoothing`` (added to every total: rare heads need more evidence).
        threshold: Overrides the file's threshold (training tries several).

    Returns:
        The lexicon.

    Raises:
        ValueError: a table is missing or has the wrong shape.
    """
    from kg.text import fold

    chosen = float(data["threshold"] if threshold is None else threshold)
    smoothing = float(data["smoothing"])
    if not (0.0 <= chosen <= 1.0) or not math.isfinite(smoothing) or smoothing < 0:
        raise ValueError(f"threshold {chosen} or smoothing {smoothing} out of range")
    heads = {fold(lemma): (lemma, *_decide(row, smoothing)) for lemma, row in _table(data, "heads").items()}
    by_form = {form: _decide(row, smoothing) for form, row in _table(data, "by_form").items()}
    compounds: dict[str, list[tuple[tuple[str, ...], str, str | None, float]]] = {}
    for phrase, row in _table(data, "compounds").items():
        tail = row["tail"]
        if (
            not isinstance(row["head"], str)
            or not isinstance(tail, list)
            or not tail
            or not all(isinstance(w, str) for w in tail)
        ):
            raise ValueError(f"compound {phrase!r} needs a 'head' and a 'tail' of words")
        compounds.setdefault(fold(row["head"]), []).append((tuple(tail), phrase, *_decide(row, smoothing)))
    forms = data["forms"]
    if not isinstance(forms, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in forms.items()):
        raise ValueError("'forms' must map word forms to lemmas")
    pairs = {}
    for lemma, adjectives in data["pairs"].items():
        if not isinstance(adjectives, dict) or not all(isinstance(v, bool) for v in adjectives.values()):
            raise ValueError("'pairs' must map heads to adjectives to true or false")
        pairs.update({(lemma, adjective): keep for adjective, keep in adjectives.items()})
    words = {}
    for name in ("before", "skipped", "after", "not_after", "appositive"):
        if not isinstance(data[name], list) or not all(isinstance(w, str) for w in data[name]):
            raise ValueError(f"'{name}' must be a list of words")
        words[name] = frozenset(data[name])
    return NominalLexicon(
        heads,
        by_form,
        {h: tuple(sorted(c, key=lambda x: (-len(x[0]), x[1]))) for h, c in compounds.items()},
        dict(forms),
        pairs=pairs,
        threshold=chosen,
        **words,
    )


def _table(data: dict, name: str) -> dict[str, dict]:
    """A table of per-class counts, checked."""
    table = data[name]
    if not isinstance(table, dict) or not all(
        isinstance(row, dict)
        and isinstance(row.get("total"), int)
        and all(isinstance(row.get(c, 0), int) for c in CLASSES)
        for row in table.values()
    ):
        raise ValueError(f"'{name}' must map each entry to integer counts per class and a 'total'")
    return table


def _decide(row: dict, smoothing: float) -> tuple[str | None, float]:
    """The most frequent in-scope type of a counts row and its smoothed probability."""
    best = max(TYPES, key=lambda c: (row.get(c, 0), -CLASSES.index(c)))
    hits = row.get(best, 0)
    if hits <= 0:
        return None, 0.0
    total = max(row["total"], sum(row.get(c, 0) for c in CLASSES))
    return TYPES[best], hits / (total + smoothing)
