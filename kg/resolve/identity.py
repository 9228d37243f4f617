"""Identity across documents: the key, hence the IRI, of the entity a name denotes.

The key depends on the name alone, so the same entity gets the same IRI in
every document with no pass across documents: case, accents, a leading
"the", legal forms and "Group" do not matter, and a place of the gazetteer
gets its place key whatever the language ("Chine" and "China").
"""

from __future__ import annotations

import re

from kg.lang.places import lookup as lookup_place
from kg.text import fold, slug

#: Legal forms and group words at the end of a company name (folded), repeated: "group holding ltd".
_LEGAL_FORMS_END = (
    r"(?:[\s,]+(?:inc|incorporated|ltd|limited|llc|plc|corp|corporation|co|company|sa|s\.a|sas|s\.a\.s|sarl|se|"
    r"ag|gmbh|nv|n\.v|bv|spa|s\.p\.a|oyj|ab|asa|kk|holdings?|group|groupe)\.?)+$"
)


def entity_key(name: str) -> str:
    """The key (last IRI segment) of the entity called ``name``.

    Type-independent and document-independent: case, accents, apostrophe
    style, a leading English "the", a trailing possessive, legal forms and
    "Group" ("Alibaba Group Holding Ltd.", "Groupe PSA") do not matter. A
    place of the gazetteer gets its place key, whatever the language or
    abbreviation ("Chine" and "China", "US" and "États-Unis").
    """
    place = lookup_place(_strip_determiner(name))
    if place is not None:
        return place.key  # "US", "U.S." and "États-Unis" are one country
    folded = _LEADING_THE.sub("", fold(name))
    folded = _POSSESSIVE.sub("", folded)
    # Legal forms and "Group" do not make another entity: "Alibaba Group
    # Holding Ltd." and "Groupe PSA" are Alibaba and PSA.
    core = _LEGAL_FORMS.sub("", folded)
    core = _LEADING_GROUP.sub("", core)
    return slug(core if _WORD.search(core) else folded)


_LEADING_THE = re.compile(r"^the\s+")


_POSSESSIVE = re.compile(r"'s?$")


_LEGAL_FORMS = re.compile(_LEGAL_FORMS_END)


_LEADING_GROUP = re.compile(r"^(?:groupe|group)\s+(?=\S)")


_WORD = re.compile(r"\w")


def _strip_determiner(text: str) -> str:
    """ "l'Alibaba" → "Alibaba"; names keep their own words otherwise."""
    text = re.sub(r"^(?:d['’]|qu['’]|the\s+)", "", text.strip(), flags=re.IGNORECASE)
    return re.sub(r"^(?:Dr|Mr|Mrs|Ms|Mme|Mlle|Mgr|Pr|Prof|M)\.?\s+(?=[A-Z])", "", text)
