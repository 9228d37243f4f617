"""Type votes: what an entity is (a person, an organization, a place ...), from the tagger and the text.

Each of an entity's mentions votes: the tagger's label, the words around it
("le groupe X", "X, président de"), the role it plays in a fact (the subject
of "investir" is an agent), and a team's name in a match report. The type is
the election's winner.
"""

from __future__ import annotations

import re

from kg.lang import either
from kg.resolve.cluster import (
    _ORG_WORDS,
    ENTITY_TYPES,
    _all_votes,
    _Cluster,
)
from kg.resolve.lexicon import (
    PATIENT_FIRST,
    Canonical,
)
from kg.resolve.reading import _is_passive
from kg.resolve.vocabulary import (
    _BODY_NOUNS,
    _DESCRIPTION,
    _GENERIC_ORG_WORDS,
    _ORG_NOUNS,
    _PERSON_NOUNS,
    _joined_roles,
    _title_heads,
)
from kg.text import fold
from kg.types import (
    Argument,
    Fact,
)


def _voting_slot(fact: Fact, slot: str, canon: Canonical | None) -> str:
    """The slot whose type a fact's argument is evidence for: a passive's subject is the property's object."""
    if slot == "subject" and canon is not None and canon.property in PATIENT_FIRST and _is_passive(fact):
        return "object"  # "Paul Roux a été nommé": a person, not the organization that appoints
    return slot


def _vote_from_evidence(cluster: _Cluster, argument: Argument, slot: str, canon: Canonical | None) -> None:
    """Add the type evidence an argument gives its entity."""
    if canon is not None:
        wanted = canon.subject_type if slot == "subject" else canon.object_type if slot == "object" else None
        if wanted in ENTITY_TYPES:
            cluster.votes[wanted] += 1
    match = _DESCRIPTION.match(fold(argument.text))
    if match and fold(argument.text) != fold(cluster.forms.most_common(1)[0][0] if cluster.forms else ""):
        noun = match["noun"]
        cluster.votes["Person" if re.fullmatch(_PERSON_NOUNS, noun) else "Organization"] += 1


#: Heads of descriptions of organizations that describe people as well.
_PEOPLE_TOO = either("ORGANIZATION_HEADS_OF_PEOPLE")


#: Words just before a name that say what it names ("la pandémie de Covid-19",
#: "la société Tmall", "M. Zhang", "the city of Hangzhou").
_CONTEXT_TYPES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"\b(?:pandemie|epidemie|crise|guerre|salon|conference|festival|sommet|forum|election|"
            r"elections|jeux|coupe|championnat|edition(?: \d{4})?|pandemic|epidemic|crisis|war|fair|"
            r"summit|conference|festival|election|games|cup|championship)(?: (?:de|du|des|d'|of|the))?\s*$"
        ),
        "Event",
    ),
    (
        re.compile(
            r"\b(?:technologie|technology|plateforme|platform|logiciel|software|application|appli|app|"
            r"produit|product|modele|model|vaccin|vaccine|medicament|drug|jeu|game|reseau social|"
            r"social network|cryptomonnaie|cryptocurrency|protocole|protocol|norme|standard)(?: \w+)?\s*$"
        ),
        "Product",
    ),
    # The head nouns of descriptions of organizations ("l'hébergeur américain
    # Equinix"), but those that describe people too ("Labour leader",
    # "business magnate", "le spécialiste").
    (
        re.compile(
            r"\b(?:"
            + "|".join(n for n in _ORG_NOUNS.split("|") if n not in _PEOPLE_TOO)
            + r"|marque|brand|hebergeur|host)(?: \w+)?\s*$"
        ),
        "Organization",
    ),
    (
        re.compile(
            r"(?:\bm\.|\bmme|\bmr\.?|\bmrs\.?|\bms\.?|\bdr\.?|\bpr\.?|\bmonsieur|\bmadame|\bpdg|\bceo|"
            r"\bpresident|\bpresidente|\bministre|\bminister|\bdirecteur|\bdirectrice|\bfondateur|\bfondatrice|"
            r"\bfounder|\bchief executive|\bdirector|\bporte-parole|\bspokesman|\bspokeswoman)\s*$"
        ),
        "Person",
    ),
    (
        re.compile(
            r"\b(?:ville|region|pays|province|etat|capitale|commune|departement|city|region|country|"
            r"province|state|capital|town|village)(?: (?:de|d'|du|of))?\s*$"
        ),
        "Place",
    ),
)


def _context_type(text: str, start: int) -> str | None:
    """The type the words just before a name give it, if any."""
    before = fold(text[max(0, start - 40) : start].split("\n")[-1])
    if not before.strip():
        return None
    stripped = before.rstrip(" ,")
    if any(stripped.endswith(" " + p) or stripped == p for p in _joined_roles()) or (
        stripped.split() and stripped.split()[-1].strip(".") in _title_heads()
    ):
        return "Person"  # "Secretary of State Hillary Clinton", "Chancellor Merkel"
    for pattern, entity_type in _CONTEXT_TYPES:
        if pattern.search(before):
            return entity_type
    return None


def _elect(cluster: _Cluster) -> str:
    """The winning type of a cluster's vote; ties go to the likelier class."""
    votes = _all_votes(cluster)
    if not votes:
        return "Entity"
    best = max(votes.values())
    if votes.get("Person") == votes.get("Organization") == best and any(_looks_personal(f) for f in cluster.forms):
        return "Person"  # "Walter Hanesch" tagged a person, "Hanesch" alone a body: a first name and a surname
    for entity_type in ENTITY_TYPES:
        if votes.get(entity_type) == best:
            return entity_type
    return "Entity"


def _surname_votes(short: _Cluster, full: _Cluster, full_type: str | None) -> None:
    """A person's surname alone, tagged an organization ("said Scott" after "Andrew Scott"), votes for a person.

    Taggers often read a bare surname as a body; once it is known to end a
    person's name, its votes go to the person.
    """
    if full_type != "Person" or not short.votes.get("Organization"):
        return
    surnames = {fold(form).split()[-1] for form in full.forms if len(form.split()) >= 2}
    if short.forms and all(len(form.split()) == 1 and fold(form) in surnames for form in short.forms):
        short.votes["Person"] += short.votes.pop("Organization")


def _looks_personal(form: str) -> bool:
    """Whether a name reads as a first name and a surname: two to four capitalized words, none of a body."""
    words_ = form.split()
    return (
        2 <= len(words_) <= 4
        and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words_)
        and not any(
            fold(w).strip(".,") in _ORG_WORDS or fold(w).strip(".,") in _GENERIC_ORG_WORDS or fold(w) in _BODY_NOUNS
            for w in words_
        )
    )
