"""The resolver's vocabulary: the nouns, in French and English, that say what a phrase names.

Heads of descriptions ("le groupe", "the company"), of bodies and of places,
and the generic words of organization names. Patterns are built once here and
matched against folded text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.lang import words

#: Head nouns of definite descriptions of organizations ("le groupe chinois").
_ORG_NOUNS = (
    "groupe|geant|societe|entreprise|firme|compagnie|constructeur|operateur|fabricant|editeur|"
    "specialiste|leader|numero un|plateforme|mastodonte|conglomerat|poids lourd|start-up|startup|banque|producteur|"
    "group|giant|company|firm|conglomerate|maker|manufacturer|operator|retailer|corporation|"
    "business|behemoth|titan|heavyweight|bank|carrier|insurer|assureur|carmaker|automaker|chipmaker|"
    "drugmaker|lender|airline|brewer|miner|utility|conglomerat|distributeur|industriel|laboratoire|hebergeur|"
    "constructeur automobile|compagnie aerienne|equipementier|fournisseur|supplier|provider|vendor|"
    "branche|division|filiale|unite|subsidiary|unit|arm"
)


_PERSON_NOUNS = (
    "dirigeant|dirigeante|patron|patronne|pdg|entrepreneur|milliardaire|executive|ceo|billionaire|boss|entrepreneur"
)


_DESCRIPTION = re.compile(
    r"^(?:le|la|l'|ce|cet|cette|the|this)\s*(?:[\w-]+ )?(?P<noun>" + _ORG_NOUNS + "|" + _PERSON_NOUNS + r")\b"
)


_BARE_DESCRIPTION = re.compile(r"(?P<noun>" + _ORG_NOUNS + r")")


#: Nouns after a place's name that say it is one ("Paktika province").
_PLACE_NOUNS = frozenset(
    "province county district region city state coast archipelago island islands valley "
    "river mountains village town".split()
)


#: Nouns after an organization's name that say it is one ("the CDU party", "Xinhua news agency").
_BODY_NOUNS = frozenset(
    "party agency union bureau commission newspaper daily magazine company group "
    "foundation ministry council committee".split()
)


#: What a company's full name may add to its short name without naming another company.
_GENERIC_ORG_WORDS = frozenset(
    "inc incorporated corp corporation ltd limited llc plc sa sas sarl se ag gmbh nv bv spa co company "
    "group groupe holding holdings systems industries international technologies enterprises partners".split()
)


@lru_cache(maxsize=1)
def _single_roles() -> frozenset[str]:
    """Role nouns of one word ("président", "directrice", "chairman")."""
    return frozenset(r for r in words("ROLE_NOUNS") if " " not in r and "'" not in r)


_JOINING = frozenset("of de du des d' la le les l' the and et for a au aux".split())


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
