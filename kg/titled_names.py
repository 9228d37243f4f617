"""Names around a role word, as a reader splits them: "Gladbach keeper Logan Bailly".

News writes a person's organization, role and name as one noun phrase
("Lightspeed India MD Bejul Somaia", "Bayern Munich coach Jupp Heynckes").
The small English tagger reads such a phrase badly: as one organization
("Lightspeed India MD Bejul Somaia"), or as a person "Gladbach" followed by an
organization "Logan" and an untagged "Bailly". :func:`fix_titled_names` runs
after the tagger and rewrites its entity spans the way the words say:

* a span with a role word inside, a name before it and a name after it, is
  two names: the person after the role, and before it the organization (the
  place, when the gazetteer knows it; the person, when the tagger read a
  person: "Obama adviser David Axelrod");
* a name right after a role word that follows another name is a person;
* a name after a role word whose last word is a compound modifier of the
  untagged proper noun right after it takes that noun in ("keeper Logan |
  Bailly": the parser says one noun phrase).

Role words are ``ROLE_NOUNS`` (``kg.lang.en``): lowercase in the text
("keeper", "head coach"), as a short capitalized abbreviation ("MD", "CEO"),
or, capitalized, one of the offices news capitalizes before a name
("President", "Chancellor"). Only spans change; tokens, tags and the parse do
not.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["fix_titled_names"]

#: Capitalized role words that stand between an organization and a person's full name
#: ("Bank of England Governor Mark Carney").
OFFICES = frozenset(
    {
        "president",
        "chancellor",
        "minister",
        "governor",
        "mayor",
        "chairman",
        "chairwoman",
        "coach",
        "manager",
        "secretary",
        "senator",
        "ambassador",
        "spokesman",
        "spokeswoman",
        "spokesperson",
    }
)

#: Labels of the names the rule reads on either side of a role word.
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})

#: Words that end no organization's name before a role ("Office of the | Chief Rabbi").
_JOINERS = frozenset({"of", "the", "for", "and", "de", "du", "des", "la", "le", "'s", "’s"})


@lru_cache(maxsize=1)
def _roles() -> tuple[frozenset[str], frozenset[str]]:
    """Single role words, and the other content words of role phrases ("executive" of "chief executive")."""
    from kg.lang import en

    single = frozenset(r.lower() for r in en.ROLE_NOUNS if " " not in r)
    parts = frozenset(w.lower() for r in en.ROLE_NOUNS if " " in r for w in r.split()) - _JOINERS - {"state"}
    return single, parts


def _is_role(token: Token, *, inside: bool = False) -> bool:
    """Whether a token reads as a role word in a noun phrase (``inside`` a run of role words already)."""
    single, parts = _roles()
    word = token.lower_
    if word not in single and not (inside and word in parts):
        return False
    text = token.text
    if text.islower():
        return True
    if text.isupper():
        return len(text) <= 4  # "MD", "CEO", "CFO"
    return word in OFFICES


def _is_name_word(token: Token) -> bool:
    text = token.text
    return text[:1].isupper() and any(c.isalpha() for c in text) and not _is_role(token, inside=True)


def _place_label(span: Span) -> str | None:
    """``GPE`` when the gazetteer knows the words as a place."""
    from kg.lang.places import lookup

    place = lookup(span.text)
    return "GPE" if place is not None else None


def _before_label(span: Span, label: str) -> str:
    """The label of the name before a role word, cut from a span the tagger labelled ``label``.

    A place the gazetteer knows is a place; the rest of a span read as an
    organization is the organization; the rest of one read as a person stays
    a person ("Obama adviser David Axelrod").
    """
    if label in ("GPE", "NORP", "LOC"):
        return label
    return _place_label(span) or ("PERSON" if label == "PERSON" else "ORG")


def _role_run(doc: Doc, start: int, end: int) -> int:
    """End of the run of role words that starts at ``start`` (``start`` when there is none)."""
    k = start
    while k < end and _is_role(doc[k], inside=k > start):
        k += 1
    return k


def fix_titled_names(doc: Doc) -> Doc:
    """Rewrite the entity spans of ``doc`` around role words (see the module docstring)."""
    from spacy.tokens import Span

    if not doc.ents:
        return doc
    ents = list(doc.ents)
    out: list[Span] = []
    changed = False
    for ent in ents:
        pieces = [ent]
        if ent.label_ in _NAME_LABELS and len(ent) >= 3:
            # A role word inside: "Lightspeed India MD Bejul Somaia".
            for j in range(1, len(ent) - 1):
                i = ent.start + j
                if not _is_role(doc[i]):
                    continue
                stop = _role_run(doc, i, ent.end)
                before = doc[ent.start : i]
                after = doc[stop : ent.end]
                if (
                    not after
                    or not all(_is_name_word(t) and t.pos_ == "PROPN" for t in after)
                    or not any(_is_name_word(t) for t in before)
                    or before[-1].lower_ in _JOINERS
                    or (doc[i].text.istitle() and len(after) < 2)
                ):
                    continue
                pieces = [
                    Span(doc, before.start, before.end, label=_before_label(before, ent.label_)),
                    Span(doc, after.start, after.end, label="PERSON"),
                ]
                changed = True
                break
        out.extend(pieces)
    # Untagged proper nouns the last word of a name after a role word modifies: "keeper Logan | Bailly".
    extended: list[Span] = []
    for k, ent in enumerate(out):
        end = ent.end
        limit = out[k + 1].start if k + 1 < len(out) else len(doc)
        after_role = ent.start > 0 and doc[ent.start - 1].text.islower() and _is_role(doc[ent.start - 1])
        # (What lies between two names is untagged, or the role words a split left out, which are no name words.)
        while (
            after_role
            and end < limit
            and doc[end].pos_ == "PROPN"
            and _is_name_word(doc[end])
            and doc[end - 1].dep_ == "compound"
            and doc[end - 1].head.i == end
            and not doc[end].is_sent_start
        ):
            end += 1
        if end != ent.end:
            ent = Span(doc, ent.start, end, label=ent.label_)
            changed = True
        extended.append(ent)
    # A name right after "NAME role" is a person ("Gladbach keeper | Logan Bailly").
    for k in range(1, len(extended)):
        ent, previous = extended[k], extended[k - 1]
        if previous.end >= ent.start or ent.label_ == "PERSON":
            continue
        if (
            _role_run(doc, previous.end, ent.start) == ent.start
            and all(_is_name_word(t) for t in ent)
            and previous.label_ in _NAME_LABELS
            and ent.label_ in _NAME_LABELS
        ):
            extended[k] = Span(doc, ent.start, ent.end, label="PERSON")
            changed = True
    if changed:
        doc.set_ents(extended)
    return doc
