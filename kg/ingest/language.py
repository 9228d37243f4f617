"""Which language a document is in: lingua identifies it, and only French and English are read.

A text too short, or too uncertain, to reject is read in the language the
user gave or the most likely one; one clearly in another language is skipped
with a warning naming it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.errors import LanguageError
from kg.types import SUPPORTED_LANGUAGES

if TYPE_CHECKING:
    from lingua import LanguageDetector

#: Below this many letters, or this confidence, a guess of an unsupported
#: language is not trusted and the likeliest supported language is used.
MIN_LETTERS_FOR_REJECTION = 20


MIN_CONFIDENCE_FOR_REJECTION = 0.5


#: Longest text handed to the detector; longer texts are sampled. Detection
#: time grows with the sample and its accuracy no longer does past a few
#: hundred characters.
DETECTION_SAMPLE_CHARS = 1200


_LETTER = re.compile(r"[^\W\d_]")


def detect_language(text: str) -> str:
    """Guess the language of a text.

    The guess is made among ``DETECTION_LANGUAGES`` so that a text in, say,
    German is recognized as German; the caller decides what to do with a code
    outside ``SUPPORTED_LANGUAGES``. A guess of an unsupported language is
    only returned when it is reliable (enough letters, confident); otherwise,
    as for very short texts, the likeliest supported language is returned.

    Args:
        text: The text; only a sample of long texts is looked at.

    Returns:
        An ISO 639-1 code, e.g. ``fr``, ``en`` or ``de``.
    """
    sample = _sample(text)
    values = _detector().compute_language_confidence_values(sample)
    scores = {value.language.iso_code_639_1.name.lower(): value.value for value in values}
    best = max(scores, key=scores.__getitem__, default=SUPPORTED_LANGUAGES[0])
    if best in SUPPORTED_LANGUAGES and scores[best] > 0:
        return best
    if (
        best not in SUPPORTED_LANGUAGES
        and scores[best] >= MIN_CONFIDENCE_FOR_REJECTION
        and len(_LETTER.findall(sample)) >= MIN_LETTERS_FOR_REJECTION
    ):
        return best
    # Unreliable: the likeliest supported language, ties to the first listed.
    return max(SUPPORTED_LANGUAGES, key=lambda code: (scores.get(code, 0.0), -SUPPORTED_LANGUAGES.index(code)))


#: Letters a text needs, and the confidence the detector must have, before a
#: language the user forced is said to look wrong.
MIN_LETTERS_FOR_MISMATCH = 100


MIN_CONFIDENCE_FOR_MISMATCH = 0.9


def mismatched_language(text: str, forced: str) -> str | None:
    """The supported language a text is clearly written in when it is not ``forced``, else None.

    ``--lang en`` on a French article parses French with the English model:
    the facts come out wrong, so the reader warns. Short or mixed texts give
    no warning.
    """
    sample = _sample(text)
    if len(_LETTER.findall(sample)) < MIN_LETTERS_FOR_MISMATCH:
        return None
    values = _detector().compute_language_confidence_values(sample)
    scores = {value.language.iso_code_639_1.name.lower(): value.value for value in values}
    best = max(scores, key=scores.__getitem__, default=forced)
    if best != forced and best in SUPPORTED_LANGUAGES and scores[best] >= MIN_CONFIDENCE_FOR_MISMATCH:
        return best
    return None


def _check_lang(lang: str) -> str | None:
    """Return the forced language code, None for ``auto``; raise if unsupported."""
    code = _language_code(lang)
    if code == "auto":
        return None
    if code not in SUPPORTED_LANGUAGES:
        choices = ", ".join(("auto", *SUPPORTED_LANGUAGES))
        raise LanguageError(f"language '{lang}' is not supported; use one of: {choices}")
    return code


def _language_code(lang: str) -> str:
    """Return the lowercase primary subtag of a language tag (``fr-FR`` → ``fr``)."""
    return re.split(r"[-_]", lang.strip().lower(), maxsplit=1)[0]


def _unsupported_message(label: str, code: str) -> str:
    """Return the message for a text detected in an unsupported language."""
    return (
        f"{label}: language looks like {_language_name(code)} ({code}), not supported "
        f"({', '.join(SUPPORTED_LANGUAGES)}); skipped — pass --lang {'|'.join(SUPPORTED_LANGUAGES)} to force"
    )


def _language_name(code: str) -> str:
    """Return the English name of a language code (``de`` → ``German``)."""
    from lingua import IsoCode639_1, Language

    try:
        iso = getattr(IsoCode639_1, code.upper())
        return Language.from_iso_code_639_1(iso).name.title()
    except (AttributeError, ValueError):
        return code


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    """Build the lingua detector once, on first use."""
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, code.upper()) for code in DETECTION_LANGUAGES]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


def _sample(text: str) -> str:
    """Return up to ``DETECTION_SAMPLE_CHARS`` of a text: its start, middle and end."""
    if len(text) <= DETECTION_SAMPLE_CHARS:
        return text
    third = DETECTION_SAMPLE_CHARS // 3
    middle = len(text) // 2
    return "\n".join((text[:third], text[middle - third // 2 : middle + third // 2], text[-third:]))


#: Languages the detector chooses among. More than the supported ones, so that
#: a German or Spanish text is recognized as such instead of being forced into
#: French or English; kept to common ones to bound memory and confusion.
DETECTION_LANGUAGES: tuple[str, ...] = (
    "en",
    "fr",
    "de",
    "es",
    "it",
    "pt",
    "nl",
    "ca",
    "pl",
    "sv",
    "ro",
    "tr",
    "ru",
    "ar",
    "zh",
    "ja",
)
