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


# Names and what they name (kg.resolve.cluster, teams, acronyms, names, repeats, votes).

#: Words that make a name an organization's ("Orange SA", "La Tribune"), with the legal forms
#: and press titles of other countries, which texts of either language write.
ORGANIZATION_WORDS = (
    "sa", "sas", "sarl", "gmbh", "ag", "nv", "spa", "groupe", "holding", "banque", "capital", "technologies",
    "intelligence", "telecom", "pharma", "fondation", "universite", "institut", "agence", "ministere", "journal",
    "media", "medias", "presse", "magazine", "tribune", "digitale", "digital", "gazette", "zeitung", "magazin",
)

#: First words of names of events ("massacre de Badajoz", "sommet de Paris").
EVENT_NAME_HEADS = ("massacre", "bataille", "guerre", "siege", "traite", "festival", "salon", "sommet", "coupe", "jeux",
                    "championnat", "election", "elections", "crise", "pandemie", "attentat", "revolution",
                    "conference", "exposition", "expo")

#: First words of names of places ("gare d'Inari", "lac Léman").
PLACE_NAME_HEADS = ("lac", "gare", "ligne", "departement", "mont", "montagne", "riviere", "fleuve", "rue", "avenue",
                    "boulevard", "place", "pont", "ile", "region", "ville", "village", "canton", "commune", "province",
                    "baie", "golfe", "cap", "col", "vallee", "foret", "parc", "aeroport", "port", "quartier", "station")

#: First words of names of organizations ("ministère de l'Intérieur", "Banque de France").
ORGANIZATION_NAME_HEADS = ("ministere", "universite", "banque", "societe", "compagnie", "groupe", "federation",
                           "association", "parti", "syndicat", "union", "conseil", "comite", "agence", "institut",
                           "ecole", "lycee", "college", "musee")

#: What a town's name may be followed by to name a building, not a team: French puts
#: the noun before ("l'aéroport de Francfort").
BUILDING_WORDS: tuple[str, ...] = ()

#: Words a spelled-out name joins its capitalized words with ("Organisation des Nations unies"),
#: with those of German and Spanish names, which texts of either language write.
NAME_JOINERS = ("de", "du", "des", "la", "le", "et", "d'", "für", "und", "der", "die", "das", "del", "y")

#: The definite articles a name may follow ("la Banque européenne").
DEFINITE_ARTICLES = ("le", "la", "les")

#: Last words of a party's name, which its members' plural drops: French names no party
#: by its members (see PARTY_MEMBERS).
PARTY_NOUNS: tuple[str, ...] = ()

#: Words after which an organization's name says of what or whom it is ("Conseil | de l'Europe").
NAME_LINKS = ("de", "du", "des", "d'", "pour")

#: What a place's full name may add to its short name without naming another place:
#: French puts the noun before ("la bande de Gaza").
GEOGRAPHIC_NOUNS: tuple[str, ...] = ()

#: Heads of descriptions of organizations (ORGANIZATION_HEADS) that describe people as well ("le spécialiste").
ORGANIZATION_HEADS_OF_PEOPLE = ("leader", "specialiste", "poids lourd", "numero un")


# Pronouns and what they take up (kg.resolve.anaphora, kg.resolve.events).

#: Pronouns an argument may be → the types of entity they can refer to.
PRONOUN_TYPES = {
    "il": ("Organization", "Person"),
    "elle": ("Organization", "Person"),
    "celui-ci": ("Organization", "Person"),
    "celle-ci": ("Organization", "Person"),
    "ils": ("Organization", "Person"),
    "elles": ("Organization", "Person"),
    "ce dernier": ("Organization", "Person"),
    "cette derniere": ("Organization", "Person"),
    "lui": ("Person", "Organization"),
    # Object clitics ("les secours ont pu la sauver"); "l'" shows no gender: only
    # the learned ranker takes it up.
    "la": ("Person", "Organization"),
    "le": ("Person", "Organization"),
    "l'": ("Person", "Organization"),
}

#: The gender and number a pronoun agrees with.
PRONOUN_GENDERS = {
    "il": "m", "lui": "m", "celui-ci": "m", "ce dernier": "m", "le": "m",
    "elle": "f", "celle-ci": "f", "cette derniere": "f", "la": "f",
    "ils": "p", "elles": "p",
}

#: Possessive determiners that stand for their owner ("son chiffre d'affaires").
POSSESSIVE_DETERMINERS = ("son", "sa", "ses")

#: Plural personal pronouns that only the learned ranker takes up.
PLURAL_PRONOUNS = ("ils", "elles")

#: Object clitics that show no gender, which only the learned ranker takes up as well.
GENDERLESS_CLITICS = ("l'",)

#: Object clitics, which also open noun phrases: they need an antecedent of known gender.
OBJECT_CLITICS = ("la", "le")

#: Determiners → the gender and number they show ("la police" → "f", "les secours" → "p").
DETERMINER_GENDERS = {
    "le": "m", "un": "m", "ce": "m", "cet": "m", "du": "m", "au": "m",
    "la": "f", "une": "f", "cette": "f",
    "les": "p", "des": "p", "ces": "p", "aux": "p",
}

#: Honorifics → the gender they show ("Madame X").
HONORIFIC_GENDERS = {"madame": "f", "mme": "f", "mlle": "f", "mademoiselle": "f", "monsieur": "m", "m": "m"}

#: Lemmas of verbs with an impersonal subject ("il faut", "il s'agit").
IMPERSONAL_VERBS = ("falloir", "pleuvoir", "neiger", "venter", "agir")

#: First-person plural pronouns: in a quote, the organization the speaker works for.
FIRST_PERSON_PLURAL = ("nous", "on")


# Names found in the text (kg.resolve.found_names, kg.resolve.furniture, kg.resolve.mentions).

#: Nouns that introduce a name in quotes → the type of what it names (organizations but these).
QUOTED_NAME_TYPES = {
    "opération": "Event",
    "programme": "Work",
    "projet": "Work",
    "marque": "Product",
    "label": "Product",
}

#: Page furniture: lines of navigation and comment boxes, not content.
FURNITURE_LINES = ("reagir", "sur le meme sujet", "tous les champs sont obligatoires", "commentaire", "commentaires",
                   "0commentaire", "0 commentaire", "lire aussi", "a lire aussi", "voir aussi", "partager",
                   "newsletter", "abonnez-vous", "s'abonner", "se connecter", "publicite", "laisser un commentaire")

#: Lines that introduce links to other articles: what follows them is not this document's content.
RELATED_MARKERS = ("sur le meme sujet", "lire aussi", "a lire aussi", "voir aussi", "a voir aussi", "lire egalement",
                   "a lire egalement", "dans la meme rubrique", "articles similaires")

#: Words that never make an entity alone: elided articles, pronouns.
NOISE_WORDS = ("qu'", "l'", "n'", "d'", "s'", "c'", "j'", "m'", "t'", "jusqu'", "lorsqu'", "puisqu'", "il", "elle", "ils",
               "elles", "on", "nous", "vous", "je", "tu", "le", "la", "les", "un", "une", "des", "du", "de", "au",
               "aux", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs")

#: Elisions that may open a tagger span but never belong to a name, in the order they are
#: tried: "jusqu'" before "qu'".
LEADING_ELISIONS = ("jusqu'", "lorsqu'", "puisqu'", "qu'", "d'", "n'", "s'", "j'", "c'", "m'", "t'")

#: The particles of a surname that are also French prepositions and articles ("de", "la", "du"),
#: with those of other Romance names.
ROMANCE_PARTICLES = ("de", "la", "du", "da", "das", "di", "do", "dos", "del", "della")

#: Time zones: a span that holds one is a time, not a name.
TIME_ZONES = ("utc", "gmt")

#: Possessive determiners and the like, which a role phrase may open with ("son directeur général").
ROLE_PHRASE_OPENERS = ("son", "sa", "ses", "leur", "leurs", "notre", "nos", "ce", "cette", "cet", "ces", "l", "d", "un",
                       "une")


# Descriptions by common nouns (kg.resolve.nominals), as the French lexicon of nominals reads them.

#: Articles kept in a mention's text ("la police"): scorers and labels drop them alike.
NOMINAL_ARTICLES = ("le", "la", "les", "l'", "un", "une", "des")

#: Determiners and contracted prepositions that open a noun phrase but stay out of its
#: text: "du gouvernement" is a mention of "gouvernement".
NOMINAL_DETERMINERS = (
    "du", "au", "aux", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes", "ton",
    "ta", "tes", "notre", "nos", "votre", "vos", "quelques", "plusieurs", "chaque", "certains", "certaines", "divers",
    "diverses", "differents", "differentes", "aucun", "aucune", "deux", "trois", "quatre", "cinq", "six", "sept",
    "huit", "neuf", "dix", "douze", "quinze", "vingt", "trente", "cent", "mille",
)

#: Determiners of a plural noun phrase ("les hôpitaux", "ces manifestations").
NOMINAL_PLURAL_OPENERS = (
    "les", "des", "ces", "aux", "ses", "leurs", "mes", "tes", "nos", "vos", "quelques", "plusieurs", "certains",
    "certaines", "divers", "diverses", "differents", "differentes", "deux", "trois", "quatre", "cinq", "six", "sept",
    "huit", "neuf", "dix", "douze", "quinze", "vingt", "trente", "cent", "mille",
)

#: Words that are never the head of a phrase, besides the articles and determiners.
NOMINAL_FUNCTION_WORDS = (
    "de", "d'", "a", "en", "dans", "sur", "sous", "par", "pour", "avec", "sans", "chez", "vers", "entre", "contre",
    "selon", "et", "ou", "ni", "mais", "que", "qu'", "qui", "il", "elle", "ils", "elles", "on", "lui", "leur", "eux",
    "ce", "cela", "ceci", "ca", "y", "se", "s'", "ne", "n'", "pas", "plus", "tout", "tous", "toute", "toutes",
)

#: Prepositions a fixed complement starts with ("de l'ordre", "d'état").
NOMINAL_COMPLEMENT_OPENERS = ("de", "d'", "du", "des")

#: Words with an adjective's ending that are not adjectives after a noun.
NOT_ADJECTIVES = ("elles", "quelles", "telles", "lesquelles", "auxquelles", "desquelles", "quels", "tels", "actuel",
                  "nouvel", "annuel", "travaux", "journaux", "animaux", "chevaux")

#: Conjunctions that may join two adjectives between a description and its name ("chimique et pharmaceutique").
ADJECTIVE_JOINERS = ("et",)


# What facts state (kg.resolve.statements, kg.resolve.reading).

#: Prepositions of place after a copula ("X est à Lyon", "X est une ville de Y").
COPULA_LOCATIVES = ("a", "au", "aux", "en", "dans", "chez")

#: Nouns of places that a copula puts in a larger place ("Grenoble est une ville de France").
PLACE_KIND_NOUNS = ("ville", "commune", "village", "capitale", "region", "province", "etat", "departement", "quartier",
                    "banlieue", "port", "ile", "pays")

#: Words that open a common-noun phrase or stand for one, capitalized at a sentence's start.
PHRASE_OPENERS = ("le", "la", "l'", "les", "un", "une", "des", "du", "ce", "cet", "cette", "ces", "son", "sa", "ses",
                  "leur", "leurs", "notre", "nos", "mon", "ma", "mes", "plusieurs", "certains", "certaines", "chaque",
                  "il", "elle", "ils", "elles", "on", "nous", "j'", "je", "celui", "celle", "ceux", "celles", "cela",
                  "ceci")

#: Words of a passive's auxiliary in a relation phrase ("a été nommé").
PASSIVE_WORDS = ("etre", "ete", "est", "sont", "fut", "furent")

#: Adjectives glued to a place that say where something is: an English construction.
LOCATIVE_COMPOUNDS: tuple[str, ...] = ()

#: Abbreviations of a business figure that a tagger takes for a name after an amount ("20 M€ de CA").
MEASURE_ABBREVIATIONS = ("ca", "pib", "ebitda", "ebit", "rn")
