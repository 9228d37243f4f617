"""English words of the resolver (:mod:`kg.resolve`), folded as the resolver compares them.

Re-exported by :mod:`kg.lang.en` (see :mod:`kg.lang`).
"""

from __future__ import annotations

#: Head nouns of definite descriptions of organizations ("the Chinese group"), in the order they are tried.
ORGANIZATION_HEADS = (
    "leader", "start-up", "startup", "group", "giant", "company", "firm", "conglomerate", "maker", "manufacturer",
    "operator", "retailer", "corporation", "business", "behemoth", "titan", "heavyweight", "bank", "carrier",
    "insurer", "carmaker", "automaker", "chipmaker", "drugmaker", "lender", "airline", "brewer", "miner", "utility",
    "supplier", "provider", "vendor", "division", "subsidiary", "unit", "arm",
)

#: Head nouns of definite descriptions of business people ("the executive").
PERSON_HEADS = ("executive", "ceo", "billionaire", "boss", "entrepreneur")

#: Nouns after a place's name that say it is one ("Paktika province").
PLACE_NOUNS = ("province", "county", "district", "region", "city", "state", "coast", "archipelago", "island",
               "islands", "valley", "river", "mountains", "village", "town")

#: Nouns after an organization's name that say it is one ("the CDU party", "Xinhua news agency").
BODY_NOUNS = ("party", "agency", "union", "bureau", "commission", "newspaper", "daily", "magazine", "company", "group",
              "foundation", "ministry", "council", "committee")

#: Words a company's full name may add to its short name: legal forms (with those of other
#: countries, which texts of either language write) and generic words ("Inc", "Holdings").
GENERIC_ORG_WORDS = ("inc", "incorporated", "corp", "corporation", "ltd", "limited", "llc", "plc", "se", "ag", "gmbh",
                     "nv", "bv", "spa", "co", "company", "group", "holding", "holdings", "systems", "industries",
                     "international", "technologies", "enterprises", "partners")

#: Words that join the words of a role or a name ("of", "the").
JOINING_WORDS = ("of", "the", "and", "for", "a")

#: Copular verbs, lemmas ("be", "become").
COPULAR_VERBS = ("be", "become", "remain", "stay", "seem")

#: Function words: prepositions, articles, particles.
FUNCTION_WORDS = ("in", "on", "with", "to", "of", "for", "by", "at", "into", "from", "over", "about", "against",
                  "between", "under", "the", "a", "an", "up", "out", "off", "down", "back", "not")
