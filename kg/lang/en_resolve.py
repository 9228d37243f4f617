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


# Names and what they name (kg.resolve.cluster, teams, acronyms, names, repeats, votes).

#: Words that make a name an organization's ("Acme Holdings", "the Daily Herald"), with the legal
#: forms and press titles of other countries, which texts of either language write.
ORGANIZATION_WORDS = (
    "inc", "inc.", "corp", "corp.", "corporation", "ltd", "ltd.", "llc", "plc", "gmbh", "ag", "nv", "spa", "group",
    "holding", "holdings", "bank", "cloud", "technologies", "technology", "labs", "systems", "capital", "partners",
    "ventures", "intelligence", "airlines", "motors", "telecom", "pharma", "foundation", "university", "institute",
    "agency", "ministry", "journal", "times", "post", "news", "media", "magazine", "tribune", "digital", "gazette",
    "herald", "zeitung", "magazin",
)

#: First words of names of events ("Battle of Hastings", "Summit of the Americas").
EVENT_NAME_HEADS = ("massacre", "battle", "war", "siege", "treaty", "festival", "summit", "cup", "games",
                    "championship", "election", "elections", "crisis", "attack", "revolution", "conference",
                    "exposition", "expo")

#: First words of names of places ("Lake Geneva", "Mount Kenya").
PLACE_NAME_HEADS = ("lake", "station", "mount", "mountain", "river", "street", "avenue", "boulevard", "place",
                    "bridge", "island", "region", "village", "canton", "county", "province", "valley", "bay", "gulf",
                    "airport", "port", "park")

#: First words of names of organizations ("University of Oxford", "Bank of England").
ORGANIZATION_NAME_HEADS = ("ministry", "university", "bank", "company", "federation", "association", "party", "union",
                           "council", "committee", "agency", "institute", "school", "college", "museum")

#: What a town's name may be followed by to name a building, not a team ("Frankfurt Airport").
BUILDING_WORDS = ("airport", "stadium", "arena", "university", "hospital", "station", "wall", "hall", "cathedral",
                  "bridge", "square", "park", "zoo", "museum", "theater", "theatre", "palace", "castle", "tower",
                  "port", "harbor", "harbour", "gate")

#: Words a spelled-out name joins its capitalized words with ("Department for International
#: Development"), with those of German and Spanish names, which texts of either language write.
NAME_JOINERS = ("of", "for", "and", "on", "in", "the", "für", "und", "der", "die", "das", "del", "y")

#: The definite articles a name may follow ("the European Bank").
DEFINITE_ARTICLES = ("the",)

#: Last words of a party's name, which its members' plural drops ("Social Democratic Party" / "Social Democrats").
PARTY_NOUNS = ("party", "union", "alliance", "league")

#: Words after which an organization's name says of what or whom it is ("Council | of Europe").
NAME_LINKS = ("of", "for")

#: What a place's full name may add to its short name without naming another place
#: ("the Golan Heights", "the Mediterranean Sea").
GEOGRAPHIC_NOUNS = ("strip", "heights", "sea", "ocean", "island", "islands", "peninsula", "mountains", "desert",
                    "archipelago")

#: Heads of descriptions of organizations (ORGANIZATION_HEADS) that describe people as well
#: ("Labour leader", "business magnate").
ORGANIZATION_HEADS_OF_PEOPLE = ("leader", "business", "titan", "heavyweight")


# Pronouns and what they take up (kg.resolve.anaphora, kg.resolve.events).

#: Pronouns an argument may be → the types of entity they can refer to.
PRONOUN_TYPES = {
    "it": ("Organization", "Product", "Place"),
    "he": ("Person",),
    "she": ("Person",),
    "him": ("Person",),
    "the latter": ("Organization", "Person"),
}

#: The gender and number a pronoun agrees with: none listed in English.
PRONOUN_GENDERS: dict[str, str] = {}

#: Possessive determiners that stand for their owner ("its revenue").
POSSESSIVE_DETERMINERS = ("its", "his", "her")

#: Plural personal pronouns that only the learned ranker takes up: it ranks French pronouns.
PLURAL_PRONOUNS: tuple[str, ...] = ()

#: Object clitics that show no gender: English has none.
GENDERLESS_CLITICS: tuple[str, ...] = ()

#: Object clitics, which also open noun phrases: English has none.
OBJECT_CLITICS: tuple[str, ...] = ()

#: Determiners → the gender and number they show: English shows none.
DETERMINER_GENDERS: dict[str, str] = {}

#: Honorifics → the gender they show ("Mrs").
HONORIFIC_GENDERS = {"mrs": "f", "ms": "f", "mr": "m"}

#: Lemmas of verbs with an impersonal subject ("it rains").
IMPERSONAL_VERBS = ("rain", "snow")

#: First-person plural pronouns: in a quote, the organization the speaker works for.
FIRST_PERSON_PLURAL = ("we", "us")


# Names found in the text (kg.resolve.found_names, kg.resolve.furniture, kg.resolve.mentions).

#: Nouns that introduce a name in quotes → the type of what it names (organizations but these).
QUOTED_NAME_TYPES = {
    "operation": "Event",
    "programme": "Work",
    "program": "Work",
    "project": "Work",
    "brand": "Product",
    "label": "Product",
}

#: Page furniture: lines of navigation and comment boxes, not content.
FURNITURE_LINES = ("newsletter", "read more", "read also", "see also", "share", "subscribe", "sign up", "log in",
                   "advertisement", "related", "related articles", "comments", "0 comments", "leave a comment",
                   "related stories", "more on this topic")

#: Lines that introduce links to other articles: what follows them is not this document's content.
RELATED_MARKERS = ("read more", "read also", "see also", "related", "related articles", "related stories",
                   "more on this topic", "you may also like")

#: Words that never make an entity alone: articles, pronouns.
NOISE_WORDS = ("it", "he", "she", "they", "we", "you", "i", "the", "a", "an", "this", "that", "these", "those", "its",
               "his", "her", "their")

#: Elisions that may open a tagger span but never belong to a name, longest first: English has none.
LEADING_ELISIONS: tuple[str, ...] = ()

#: The particles of a surname that are also prepositions and articles: read in French only.
ROMANCE_PARTICLES: tuple[str, ...] = ()

#: Time zones: a span that holds one is a time, not a name.
TIME_ZONES = ("utc", "gmt", "cet", "cest")

#: Possessive determiners and the like, which a role phrase may open with ("its chief executive").
ROLE_PHRASE_OPENERS = ("his", "her", "its", "their", "our", "s", "this", "that", "a", "an")


# Descriptions by common nouns (kg.resolve.nominals), read with the French lexicon of nominals: English
# has none of these lists but the joiners of adjectives.

#: Articles kept in a mention's text.
NOMINAL_ARTICLES: tuple[str, ...] = ()

#: Determiners and contracted prepositions that open a noun phrase but stay out of its text.
NOMINAL_DETERMINERS: tuple[str, ...] = ()

#: Determiners of a plural noun phrase.
NOMINAL_PLURAL_OPENERS: tuple[str, ...] = ()

#: Words that are never the head of a phrase, besides the articles and determiners.
NOMINAL_FUNCTION_WORDS: tuple[str, ...] = ()

#: Prepositions a fixed complement starts with.
NOMINAL_COMPLEMENT_OPENERS: tuple[str, ...] = ()

#: Words with an adjective's ending that are not adjectives after a noun.
NOT_ADJECTIVES: tuple[str, ...] = ()

#: Conjunctions that may join two adjectives between a description and its name ("chemical and pharmaceutical").
ADJECTIVE_JOINERS = ("and",)


# What facts state (kg.resolve.statements, kg.resolve.reading).

#: Prepositions of place after a copula ("X is in Ohio", "X is a city in Y").
COPULA_LOCATIVES = ("in", "at")

#: Nouns of places that a copula puts in a larger place ("Grenoble is a city in France").
PLACE_KIND_NOUNS = ("city", "town", "village", "capital", "region", "province", "state", "district", "county",
                    "suburb", "port", "island", "country")

#: Words that open a common-noun phrase or stand for one, capitalized at a sentence's start.
PHRASE_OPENERS = ("the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "some",
                  "several", "each", "every", "it", "they", "we", "he", "she", "i", "both", "all", "many")

#: Words of a passive's auxiliary in a relation phrase ("was acquired").
PASSIVE_WORDS = ("be", "been", "was", "were", "is", "are", "get", "got", "gets")

#: Adjectives glued to a place that say where something is ("Seattle-based", "Texas-born").
LOCATIVE_COMPOUNDS = ("based", "headquartered", "born", "bred", "listed", "registered")

#: Abbreviations of a business figure that a tagger takes for a name after an amount ("$2 billion in EBITDA").
MEASURE_ABBREVIATIONS = ("ebitda", "ebit", "gdp", "eps")
