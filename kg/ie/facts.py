"""From a parsed document to an :class:`~kg.types.Extraction`.

:func:`extract_facts` is the extractor's entry point: it walks the sentences
of the spaCy parse, skips page furniture, finds the facts of each sentence
(:mod:`kg.ie.clauses`), scores them (:mod:`kg.ie.confidence`) and
returns plain records with character offsets into the document's text.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from kg.ie.clauses import find_drafts
from kg.ie.confidence import features, score_features
from kg.ie.drafts import Draft, Slot
from kg.ie.lexicon import (
    ELIDED,
    FURNITURE,
    FURNITURE_PATTERNS,
    LEMMA_FORMS,
    PERSON_LABELS,
    REVISION_NOTE,
)
from kg.ie.mending import build_tree
from kg.ie.tree import Parse, Tree, read_parse
from kg.lang import either
from kg.types import Argument, Document, Extraction, Fact, Mention, Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Name written into every fact's ``extractor`` field.
EXTRACTOR_NAME = "kg.clause"

#: Sentences longer than this many tokens are read only in part: the parser's
#: output over them is unreliable and the rules are linear anyway, but the
#: number of facts they can yield must stay bounded.
MAX_SENTENCE_TOKENS = 2000

#: Characters stripped before a line is compared with the furniture lists.
_FURNITURE_STRIP = re.compile(r"[^\w\s'’-]+")

_log = logging.getLogger(__name__)


def extract_facts(document: Document, parsed: Doc | Parse) -> Extraction:
    """Read the facts and named-entity mentions of a parsed document.

    Args:
        document: The document.
        parsed: The parse of ``document.text`` (or of a one-line document in
            sentence mode): a spaCy ``Doc``, or what
            :func:`~kg.ie.tree.read_parse` read of one.

    Returns:
        The document's sentences (with character offsets into its text), its
        facts in document order and its entity mentions, as plain records.
    """
    parse = parsed if isinstance(parsed, Parse) else read_parse(parsed)
    lang = document.lang if document.lang in ("fr", "en") else "en"
    sentences: list[Sentence] = []
    facts: list[Fact] = []
    furniture: set[int] = set()
    for index, (first, end) in enumerate(parse.sentences):
        start, stop = parse.chars(first, end)
        sentence = Sentence(index, parse.text[start:stop], start, stop)
        sentences.append(sentence)
        if is_furniture(sentence.text):
            furniture.add(index)
            continue
        try:
            facts.extend(fact for fact, _ in scored_facts(sentence, parse, (first, end), lang))
        except Exception:
            _log.exception("fact extraction failed on sentence %d of %s", index, document.source)
    try:
        mentions = tuple(_mentions(parse, furniture, lang))
    except Exception:
        _log.exception("mention extraction failed on %s", document.source)
        mentions = ()
    return Extraction(document, tuple(sentences), tuple(facts), mentions)


def is_furniture(text: str) -> bool:
    """Whether a sentence is page furniture ("Réagir", "0Commentaire").

    Args:
        text: The sentence text.

    Returns:
        True when the text matches a furniture line or pattern.
    """
    if REVISION_NOTE.match(text.strip()):
        return True
    line = " ".join(_FURNITURE_STRIP.sub(" ", text.lower().replace("’", "'")).split())
    if not line:
        return True
    if line in FURNITURE or line.replace("'", "’") in FURNITURE:
        return True
    return any(p.match(line) for p in FURNITURE_PATTERNS)


def scored_facts(
    sentence: Sentence, parse: Parse, tokens: tuple[int, int], lang: str
) -> list[tuple[Fact, list[float]]]:
    """Facts of one sentence in document order, each with its feature vector.

    Args:
        sentence: The sentence record.
        parse: The parse of the whole text (:func:`~kg.ie.tree.read_parse`).
        tokens: The sentence's token range in the parse.
        lang: Its language.

    Returns:
        ``(fact, features)`` pairs; the features are what the confidence
        model scored (``bench/carb.py --train`` learns from them).
    """
    start, end = tokens
    tree = build_tree(parse, start, min(end, start + MAX_SENTENCE_TOKENS), lang)
    if len(tree) < 2:
        return []
    facts: list[tuple[Fact, list[float]]] = []
    seen: set[tuple] = set()
    drafts = find_drafts(tree)
    for draft in drafts:
        vector = features(tree, draft, len(drafts))
        fact = _to_fact(tree, sentence, draft, score_features(vector, lang))
        key = (
            fact.subject.start,
            fact.subject.end,
            fact.relation,
            fact.object and (fact.object.start, fact.object.end),
            tuple((a.start, a.end) for a in fact.args),
        )
        if key in seen:
            continue
        seen.add(key)
        facts.append((fact, vector))
    return facts


def _to_fact(tree: Tree, sentence: Sentence, draft: Draft, confidence: float) -> Fact:
    """Turn a draft of token indices into a fact of texts and offsets."""
    subject = _argument(tree, draft.subject)
    obj = _argument(tree, draft.object) if draft.object is not None else None
    args = tuple(_argument(tree, a) for a in draft.args)
    return Fact(
        sentence=sentence,
        subject=subject,
        relation=draft.relation,
        lemma=normalize_lemma(draft.lemma) if tree.lang == "fr" else draft.lemma,
        object=obj,
        args=args,
        negated=draft.negated,
        modality=draft.modality,
        attribution=draft.attribution,
        confidence=confidence,
        extractor=EXTRACTOR_NAME,
    )


def _argument(tree: Tree, slot: Slot) -> Argument:
    """The :class:`Argument` of a slot."""
    nodes = tree.nodes
    head = nodes[slot.head]
    start, end = nodes[slot.left].start, nodes[slot.right].end
    if tree.text[end - 1 : end].isdigit() and (glued := _GLUED_SCALE.match(tree.text, end)):
        end = glued.end()  # "lands $60M": the tokenizer split off the scale the number needs
    return Argument(
        text=tree.text[start:end],
        role=slot.role,
        start=start,
        end=end,
        head=head.lemma,
        pos=head.pos,
        ner=head.ent or None,
        resolved=slot.resolved,
    )


#: A scale letter written against the number before it ("$60M", "€1.2bn", "20M"), not a word of its own.
_GLUED_SCALE = re.compile(r"(?:[MBK]|bn|mn|mln|Md|Mds|Mrd)(?![\w])")


def normalize_lemma(lemma: str) -> str:
    """A French lemma with its elisions and contractions spelled out.

    Args:
        lemma: The lemma ("être président d’", "répondre aux").

    Returns:
        The normalized lemma ("être président de", "répondre à").
    """
    return " ".join(LEMMA_FORMS.get(word, word) for word in lemma.lower().split())


#: Most untagged proper nouns a person's name is extended over, leftwards.
_MOST_FIRST_NAMES = 2


def _first_name_before(parse: Parse, first: int, sentence_start: int) -> int:
    """Where a person's name starts, past the proper nouns just before it the tagger left out.

    "Charlize | Theron", "Anders | Fogh Rasmussen": a capitalized proper noun
    outside any other entity, right before a person's tagged name, is part
    of it. A title taken in ("President Demetris Christofias") is stripped
    when the mention is resolved; an adverb ("Earlier Morrison") or a
    nationality (an entity of its own) is never taken.
    """
    start = first
    while start > sentence_start and first - start < _MOST_FIRST_NAMES:
        i = start - 1
        token = parse.token(i)
        if (
            parse.pos(i) != "PROPN"
            or parse.entity_type(i)
            or not token[:1].isupper()
            or not token.replace("-", "").isalpha()
        ):
            break
        start = i
    return start


#: Parts of speech that do not open a name: a verb, adverb or preposition of the clause.
_NOT_IN_NAMES = frozenset({"VERB", "AUX", "ADV", "ADP", "SCONJ", "CCONJ", "PART", "INTJ", "PRON"})

#: Particles inside people's names ("von der Leyen", "van den Berg", "da Silva").
_PARTICLES = either("NAME_PARTICLES")


#: A match score as one token ("3-0"), and a minute of play ("53", "73'").
_SCORE = re.compile(r"\d{1,2}[-:–]\d{1,2}")
_MINUTE = re.compile(r"\d{1,3}['’]?")


def _score_or_minute(parse: Parse, i: int, label: str) -> bool:
    """Whether token ``i`` is a score ("3-0"), or a number after a person's name (a minute, "53")."""
    token = parse.token(i)
    if _SCORE.fullmatch(token):
        return True
    return label in PERSON_LABELS and parse.pos(i) == "NUM" and _MINUTE.fullmatch(token) is not None


def _clause_word(parse: Parse, i: int, sentence_start: int) -> bool:
    """Whether token ``i``, opening a tagged name, is a word of the clause: an "-ing" verb, or an adverb or
    preposition opening the sentence ("Following Mubarak's fall", "Previously Germany"). A rare first name the
    tagger calls a verb ("Monsieur Deavon Martin") stays."""
    pos = parse.pos(i)
    if pos == "VERB" and parse.token(i).endswith("ing"):
        return True
    return i == sentence_start and pos in _NOT_IN_NAMES


def _particle_name_after(parse: Parse, end: int, sentence_end: int) -> int | None:
    """The end of a person's name that runs on over particles ("Ursula von | der Leyen"), else ``None``.

    The tagged name must end with a particle or be followed by one or two, and
    a capitalized proper noun must come right after them.
    """
    i = end
    particles = 1 if parse.token(end - 1) in _PARTICLES else 0
    while i < sentence_end and particles < 3 and parse.token(i) in _PARTICLES:
        i += 1
        particles += 1
    if not particles or i >= sentence_end:
        return None
    token = parse.token(i)
    if parse.pos(i) != "PROPN" or not token[:1].isupper():
        return None
    return i + 1


#: Words that join the parts of a French institution's name ("Agence nationale | pour la | Gestion des Déchets").
_NAME_JOINERS = either("INSTITUTION_NAME_JOINERS")

#: Tagger labels of the names such a run may not swallow (a place, a person).
_OTHER_NAME_LABELS = frozenset({"LOC", "GPE", "PER", "PERSON"})


def _institution_run(parse: Parse, end: int, sentence_end: int) -> int:
    """The end of a French institution's name that goes on past the tagged span, in title case.

    "l'Agence Nationale | pour la Gestion des Déchets Radioactifs", "le Parti
    pour la Liberté | et la Justice", "le Ministère de la Défense | et de la
    Sécurité Marine": joining words, then capitalized words that are no
    place or person of their own (a proper noun tagged as one). Returns
    ``end`` when nothing follows.
    """
    i, last = end, end
    while i < sentence_end and i - end < 12:
        token = parse.token(i)
        if token.lower() in _NAME_JOINERS:
            i += 1
            continue
        # A tagged place or person stops the run, unless the word is a common noun or
        # adjective in title case ("contre le Trafic Illégal de Biens").
        if (
            token[:1].isupper()
            and parse.pos(i) in ("PROPN", "NOUN", "ADJ")
            and (parse.entity_type(i) not in _OTHER_NAME_LABELS or parse.pos(i) != "PROPN")
        ):
            i += 1
            last = i
            continue
        break
    return last


def _mentions(parse: Parse, furniture: set[int], lang: str = "en") -> list[Mention]:
    """Named-entity mentions, without elisions, line-crossing spans or furniture."""
    if not parse.has_ents:
        return []
    starts = [start for start, _ in parse.sentences]
    mentions: list[Mention] = []
    index = 0
    ents = list(parse.ents)
    k = 0
    while k < len(ents):
        first, end, label = ents[k]
        k += 1
        while index + 1 < len(starts) and starts[index + 1] <= first:
            index += 1
        if index in furniture:
            continue
        while first < end - 1 and _clause_word(parse, first, starts[index]):
            first += 1  # "Following | Mubarak": the tagger took a word of the clause
        while end - 1 > first and _score_or_minute(parse, end - 1, label):
            end -= 1  # "Lewandowski 53", "Bayern Munich 3-0": a match report's figures
        if (
            lang == "fr"
            and label in ("ORG", "MISC")
            and (stretched := _institution_run(parse, end, parse.sentences[index][1])) > end
        ):
            end = stretched  # "l'Agence Nationale pour la Gestion des Déchets Radioactifs": one name
            while k < len(ents) and ents[k][0] < end:
                k += 1  # a part the tagger read as a name of its own ("Sécurité Marine")
        if label in PERSON_LABELS:
            first = _first_name_before(parse, first, starts[index])
            joined = _particle_name_after(parse, end, parse.sentences[index][1])
            if joined is not None:
                end = joined  # "Ursula von | der | Leyen": one person
                while k < len(ents) and ents[k][0] < end:
                    k += 1  # the surname the tagger read as a place of its own
        if (
            first == starts[index]
            and parse.pos(first) == "VERB"
            and first + 1 < parse.sentences[index][1]
            and parse.pos(first + 1) in ("PUNCT", "ADP")
            and "PROPN" not in {parse.pos(i) for i in range(first + 1, end)}
        ):
            continue  # "Vêtus de t-shirts rouges, ...", "Touchées, ...": a participle opens the sentence
        if (
            lang == "fr"
            and end - first == 3
            and parse.token(first + 1) == "et"
            and parse.token(first)[:1].isupper()
            and parse.token(first + 2)[:1].isupper()
            and parse.pos(first + 2) == "PROPN"
        ):
            # "Facebook et TikTok": two names ("Hachette et Fils", a common noun after "et", is one)
            parts = [(first, first + 1), (first + 2, end)]
        else:
            parts = [(first, end)]
        for first, end in parts:
            start, stop = parse.chars(first, end)
            span = parse.text[start:stop]
            stripped = span.strip()
            if not stripped or "\n" in span or ELIDED.match(stripped) or not any(c.isalnum() for c in stripped):
                continue
            mentions.append(Mention(span, start, stop, label, index))
    return mentions
