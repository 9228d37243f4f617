"""POPCORN's entity labels and its scorer's name normalization, as the training scripts read them.

The kit (``../shared/benchmarks/popcorn``) types entities with fine labels;
the training scripts group them into the classes the resolver knows and
compare names as the kit's scorer does.
"""

from __future__ import annotations

import re
import unicodedata

#: POPCORN's types of persons, places and events (organizations are the types ending in ``_ORGANISATION``).
PERSON = frozenset({"CIVILIAN", "TERRORIST_OR_CRIMINAL", "MILITARY"})
PLACE = frozenset({"PLACE"})
EVENT = frozenset({
    "RIOT", "ACCIDENT", "FIRE", "CRIMINAL_ARREST", "EPIDEMIC", "DEMONSTRATION", "GATHERING",
    "NATURAL_CAUSES_DEATH", "CBRN_EVENT", "POLLUTION", "TRAFFICKING", "NATURAL_EVENT", "ECONOMICAL_CRISIS",
    "BOMBING", "CIVIL_WAR_OUTBREAK", "ILLEGAL_CIVIL_DEMONSTRATION", "THEFT", "STRIKE", "ELECTION",
    "AGITATING_TROUBLE_MAKING", "SUICIDE", "COUP_D_ETAT", "DRUG_OPERATION", "POLITICAL_VIOLENCE",
    "HOOLIGANISM_TROUBLEMAKING",
})  # fmt: skip


def coarse(gold_type: str) -> str:
    """The class of a POPCORN type: person, organization, place, event, or other."""
    if gold_type in PERSON:
        return "person"
    if gold_type.endswith("_ORGANISATION"):
        return "organization"
    if gold_type in PLACE:
        return "place"
    if gold_type in EVENT:
        return "event"
    return "other"


def in_scope(gold_type: str) -> bool:
    """Whether the kit scores entities of this type (persons, organizations, places, events)."""
    return coarse(gold_type) != "other"


def norm(text: str) -> str:
    """The kit scorer's normalization of a name: accents stripped, casefold, one leading article dropped."""
    edge = " \t\n\"'«»“”‘’.,;:!?()[]"
    text = text.replace("\u2019", "'").replace("\u02bc", "'").replace("\u00a0", " ")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()
    text = re.sub(r"\s+", " ", text).strip(edge)
    text = re.sub(r"^(?:(?:le|la|les|un|une|des)\s+|l'\s*)", "", text).strip(edge)
    return re.sub(r"\s+", " ", text)
