"""The resolver's vocabulary: the nouns, in French and English, that say what a phrase names.

Heads of descriptions ("le groupe", "the company"), of bodies and of places,
and the generic words of organization names. The words are those of
:mod:`kg.lang` (``fr.py``, ``en.py``); patterns are built once here and
matched against folded text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.lang import either, en, fr, words

#: Head nouns of definite descriptions of organizations ("le groupe chinois"),
#: as one alternation, French first: the first that matches is the noun
#: ("constructeur" before "constructeur automobile").
_ORG_NOUNS = "|".join((*fr.ORGANIZATION_HEADS, *en.ORGANIZATION_HEADS))


_PERSON_NOUNS = "|".join((*fr.PERSON_HEADS, *en.PERSON_HEADS))


_DESCRIPTION = re.compile(
    r"^(?:le|la|l'|ce|cet|cette|the|this)\s*(?:[\w-]+ ){0,2}(?P<noun>" + _ORG_NOUNS + "|" + _PERSON_NOUNS + r")\b"
)


_BARE_DESCRIPTION = re.compile(r"(?P<noun>" + _ORG_NOUNS + r")")


#: The end of a place glued to an adjective that says where something is ("Seattle-based",
#: "Texas-born"): the hyphen and the adjective, matched where a name ends.
_LOCATIVE_COMPOUND = re.compile(r"-(?:" + "|".join(sorted(words("LOCATIVE_COMPOUNDS"))) + r")\b")

#: The same inside a phrase, glued to a word ("the seattle-based giant").
_GLUED_LOCATIVE = re.compile(r"\w" + _LOCATIVE_COMPOUND.pattern)


#: Nouns after a place's name that say it is one ("Paktika province").
_PLACE_NOUNS = either("PLACE_NOUNS")


#: Nouns after an organization's name that say it is one ("the CDU party", "Xinhua news agency").
_BODY_NOUNS = either("BODY_NOUNS")


#: What a company's full name may add to its short name without naming another company.
_GENERIC_ORG_WORDS = either("GENERIC_ORG_WORDS")


@lru_cache(maxsize=1)
def _single_roles() -> frozenset[str]:
    """Role nouns of one word ("président", "directrice", "chairman")."""
    return frozenset(r for r in words("ROLE_NOUNS") if " " not in r and "'" not in r)


#: Words that join the words of a role ("secretary of state", "ministre de l'intérieur").
_JOINING = either("JOINING_WORDS")


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """Every word of a role noun, role modifier or title, folded ("prime", "minister", "former", "mr")."""
    found: set[str] = set()
    for name in ("ROLE_NOUNS", "ROLE_MODIFIERS", "HONORIFICS"):
        for phrase in words(name):
            found.update(re.findall(r"[\w]+", phrase))
    return frozenset(found - _JOINING)


@lru_cache(maxsize=1)
def _title_heads() -> frozenset[str]:
    """Words that end a role or title before a name ("Chancellor", "President", "Mr")."""
    found: set[str] = set()
    for name in ("ROLE_NOUNS", "HONORIFICS"):
        for phrase in words(name):
            parts = re.findall(r"[\w]+", phrase)
            if parts and not set(parts) & _JOINING:  # "secretary of state": "state" ends no title
                found.add(parts[-1])
    # Adjectives that end a role ("directrice générale") also open names ("Générale Électrique").
    return frozenset(found - {"generale", "financiere", "deleguee", "financier", "technique"})


@lru_cache(maxsize=1)
def _joined_roles() -> tuple[str, ...]:
    """Role phrases with a joining word ("secretary of state", "ministre de l'intérieur"), longest first."""
    phrases = [p for name in ("ROLE_NOUNS",) for p in words(name) if set(re.findall(r"[\w']+", p)) & _JOINING]
    return tuple(sorted(phrases, key=len, reverse=True))


@lru_cache(maxsize=1)
def _offices() -> frozenset[str]:
    """Folded nouns of an office, in every language ("poste", "fonctions", "presidency")."""
    return words("OFFICE_NOUNS")


#: "le Chinois", "l'Américain", "the Chinese": a demonym standing for an agent.
_DEMONYM = re.compile(r"^(?:le|la|l'|the)\s*[A-ZÉ][a-zéèï]+(?:ois|oise|ais|aise|ain|aine|ien|ienne|ese|an)$")
