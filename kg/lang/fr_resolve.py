"""French words of the resolver (:mod:`kg.resolve`), folded as the resolver compares them.

Re-exported by :mod:`kg.lang.fr` (see :mod:`kg.lang`).
"""

from __future__ import annotations

#: Head nouns of definite descriptions of organizations ("le groupe chinois"), in the order they are tried.
ORGANIZATION_HEADS = (
    "groupe", "geant", "societe", "entreprise", "firme", "compagnie", "constructeur", "operateur", "fabricant",
    "editeur", "specialiste", "leader", "numero un", "plateforme", "mastodonte", "conglomerat", "poids lourd",
    "start-up", "startup", "banque", "producteur", "assureur", "distributeur", "industriel", "laboratoire",
    "hebergeur", "constructeur automobile", "compagnie aerienne", "equipementier", "fournisseur", "branche",
    "division", "filiale", "unite",
)

#: Head nouns of definite descriptions of business people ("le dirigeant").
PERSON_HEADS = ("dirigeant", "dirigeante", "patron", "patronne", "pdg", "entrepreneur", "milliardaire")

#: Nouns after a place's name that say it is one: French puts them before ("la province de Paktika").
PLACE_NOUNS: tuple[str, ...] = ()

#: Nouns after an organization's name that say it is one: French puts them before ("le parti CDU").
BODY_NOUNS: tuple[str, ...] = ()

#: Words a company's full name may add to its short name: legal forms (with those of other
#: countries, which texts of either language write) and generic words ("SA", "Groupe").
GENERIC_ORG_WORDS = ("sa", "sas", "sarl", "se", "ag", "gmbh", "nv", "bv", "spa", "groupe", "holding")

#: Words that join the words of a role or a name ("de", "la").
JOINING_WORDS = ("de", "du", "des", "d'", "la", "le", "les", "l'", "et", "a", "au", "aux")

#: Copular verbs, lemmas ("être", "devenir").
COPULAR_VERBS = ("etre", "devenir", "rester", "demeurer", "sembler")

#: Function words: prepositions, articles, pronouns and particles.
FUNCTION_WORDS = ("de", "d'", "du", "des", "a", "au", "aux", "en", "dans", "avec", "sur", "pour", "par", "vers",
                  "chez", "contre", "entre", "sous", "le", "la", "les", "l'", "un", "une", "se", "s'", "ne", "pas",
                  "plus", "que", "qu'", "y")
