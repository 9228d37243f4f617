"""English word lists (see :mod:`kg.lang`)."""
from __future__ import annotations

#: The days of the week, from Monday.
DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

WEEKDAYS = (*DAY_NAMES, "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")

#: The months in order, each as written in a date, then its abbreviations.
MONTH_NAMES = (("January", "jan"), ("February", "feb"), ("March", "mar"), ("April", "apr"), ("May",),
               ("June", "jun"), ("July", "jul"), ("August", "aug"), ("September", "sep", "sept"),
               ("October", "oct"), ("November", "nov"), ("December", "dec"))

#: Every word of a month, lower case.
MONTHS = tuple(word.lower() for names in MONTH_NAMES for word in names)

#: Words that make a name a date or a time, not an entity.
TIME_WORDS = ("today", "tonight", "yesterday", "tomorrow", "weekend", "morning", "evening", "night",
              "afternoon", "noon", "midnight", "week", "month", "year", "christmas eve", "new year's eve",
              "utc", "gmt", "cet", "cest", "edt", "est", "pst", "bst", "am", "pm")

#: Courtesy titles: aliases of a person, never part of the label.
HONORIFICS = ("mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
              "madam", "madame", "monsieur", "mister", "rev", "reverend", "fr", "father", "sister",
              "brother", "saint", "st", "herr", "frau", "sheikh", "sheik", "mullah", "imam", "rabbi")

#: Role nouns: a person's office or function. Alone, a role names no one.
ROLE_NOUNS = (
    "president", "vice president", "vice-president", "president-elect", "prime minister", "premier",
    "chancellor", "vice chancellor", "vice-chancellor", "minister", "foreign minister", "finance minister",
    "interior minister", "defense minister", "defence minister", "economy minister", "health minister",
    "justice minister", "environment minister", "deputy prime minister", "secretary", "secretary general",
    "secretary-general", "secretary of state", "undersecretary", "state secretary", "king", "queen",
    "prince", "princess", "emperor", "empress", "pope", "cardinal", "archbishop", "bishop", "patriarch",
    "senator", "congressman", "congresswoman", "representative", "governor", "mayor", "lord mayor",
    "ambassador", "envoy", "consul", "commissioner", "general", "lieutenant", "colonel", "major",
    "captain", "admiral", "commander", "sergeant", "marshal", "chief", "chairman", "chairwoman", "chair",
    "chairperson", "ceo", "cfo", "coo", "cto", "cio", "chief executive", "chief executive officer",
    "chief financial officer", "chief operating officer", "chief technology officer",
    "chief information officer", "managing director", "md", "director", "director general",
    "director-general", "executive director", "deputy", "spokesman", "spokeswoman", "spokesperson",
    "coach", "head coach", "manager", "captain", "founder", "co-founder", "cofounder", "head",
    "leader", "boss", "speaker", "judge", "justice", "prosecutor", "attorney general", "mp", "mep",
    "lawmaker", "deputy minister", "crown prince", "sultan", "emir", "sheikh", "ayatollah",
    "supreme leader", "dalai lama", "secretary-general", "high representative", "commissioner",
    "president of the commission", "chief of staff", "adviser", "advisor", "counselor", "aide",
    "grand master", "ex-president", "former president", "then-president", "acting president",
    # Occupations news writes before a name as a title ("Striker Eugenie Le Sommer", "Soldier Markus Baier").
    "soldier", "striker", "goalkeeper", "keeper", "midfielder", "defender", "winger", "forward", "player",
    "actor", "actress", "singer", "rapper", "composer", "conductor", "pianist", "violinist", "filmmaker",
    "journalist", "activist", "dissident", "economist", "scientist", "researcher", "analyst", "lawyer",
    "driver", "cyclist", "skier", "swimmer", "sprinter", "champion", "referee", "diplomat", "superintendent",
    "inspector", "detective", "officer", "scriptwriter", "screenwriter", "writer", "author", "novelist", "poet",
    "director", "producer", "photographer", "artist", "painter", "sculptor", "architect", "designer",
    "archaeologist", "historian", "professor", "physicist", "chemist", "biologist", "doctor", "surgeon",
    "businessman", "businesswoman", "entrepreneur", "billionaire", "tycoon", "banker", "investor",
    "duke", "duchess", "baron", "baroness", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "gov", "sen", "rep",
    "superstar", "star", "dj", "blogger", "presenter", "host", "anchor", "comedian", "dancer", "model",
    "parliamentarian", "pm", "countess", "corporal", "priest", "pastor", "rabbi", "imam",
    "illustrator", "auditor", "youtuber",
)

#: Words that may open a role phrase without being part of the role ("former", "then-").
ROLE_MODIFIERS = ("former", "ex", "then", "acting", "interim", "deputy", "outgoing", "incoming",
                  "newly elected", "new", "late", "current", "designated", "vice", "junior", "senior",
                  "federal", "state", "regional", "top", "chief", "assistant", "associate")

#: News agencies: in a credit line they are furniture.
AGENCIES = ("afp", "ap", "reuters", "dpa", "epd", "kna", "sid", "ddp", "apn", "ips", "efe", "ansa",
            "xinhua", "kyodo", "itar-tass", "tass", "ria novosti", "interfax", "bloomberg", "belga",
            "anp", "apa", "upi", "pa", "aap", "yonhap", "irna", "mena", "wafa", "ptt", "ria", "afx",
            "dw", "rtr", "ots", "dapd")

#: Heads of a description that says only what a person is by age, sex or fate
#: ("an elderly woman", "the victim"): when one person of the document is
#: named and agrees, the description is that person.
PERSON_DESCRIPTIONS = ("woman", "man", "lady", "gentleman", "girl", "boy", "victim", "pensioner", "retiree",
                       "teenager", "youth", "deceased")

#: Heads of a description of a place, by the gazetteer kind of place it
#: describes ("the city" is the document's one named city).
PLACE_DESCRIPTIONS = {
    "city": ("city", "town", "capital", "village", "municipality"),
    "country": ("country", "nation"),
    "region": ("region", "province", "state"),
}

#: Heads of a description of an organization ("the organization", "the airline").
ORGANIZATION_DESCRIPTIONS = ("organization", "organisation", "association", "company", "firm", "group",
                             "foundation", "institution", "club", "airline", "charity")

#: Fixed expressions whose noun refers to nothing ("take place", "in the
#: wake of"): the noun makes no entity there. A trailing "*" stands for any
#: ending of the word ("take*": takes, taken).
IDIOMS = ("take* place", "took place", "in place", "on the spot", "in the wake", "on behalf", "in the face",
          "in fact", "on fire", "open* fire", "opened fire", "green light", "in charge", "at stake")

#: Nouns of an office, not of a place or a body: "the post went to X", "X took
#: over the chairmanship". Alone they name no entity.
OFFICE_NOUNS = ("post", "posts", "position", "presidency", "chairmanship", "chairmanships", "directorship",
                "premiership", "mandate", "tenure", "helm")

#: Shell nouns that take up an event the text told just before ("the incident",
#: "this tragedy"): with a definite determiner they name no new event.
EVENT_ANAPHORS = ("situation", "incident", "event", "tragedy", "disaster", "affair", "episode", "drama")

#: Kinds of event, each with the nouns that name it ("the fire", "the blaze",
#: "the flames"): a definite noun of a kind takes up the last event of that
#: kind the text told, as a reader does.
EVENT_KINDS = (
    ("fire", "blaze", "flame", "flames", "inferno"),
    ("explosion", "blast", "detonation"),
    ("accident", "collision", "crash", "pile-up"),
    ("flood", "floods", "flooding"),
    ("earthquake", "quake", "tremor", "tremors"),
    ("theft", "robbery", "burglary", "heist"),
    ("attack", "assault", "bombing"),
    ("demonstration", "protest", "protests", "rally", "march"),
    ("strike", "strikes", "walkout"),
    ("epidemic", "pandemic", "outbreak", "infection"),
    ("leak", "spill", "pollution"),
    ("riot", "riots", "violence", "clash", "clashes", "unrest"),
    ("arrest", "detention"),
    ("collapse",),
    ("storm", "hurricane", "cyclone", "typhoon", "tornado"),
    ("meeting", "session", "summit", "talks"),
    ("election", "elections", "vote", "ballot"),
)

#: Parties named by their members, in the plural ("the Republicans", "the Greens"):
#: the tagger reads them, and the adjective ("Republican senator"), as a group of people.
PARTY_MEMBERS = ("republicans", "democrats", "social democrats", "christian democrats", "free democrats",
                 "liberal democrats", "christian socialists", "greens", "conservatives", "liberals", "tories",
                 "socialists", "communists")

#: Words of a match report: a text with several of them is about sport, where a
#: team goes by its town ("Bayern" for Bayern Munich, "Dortmund" for Borussia Dortmund).
SPORT_WORDS = ("league", "season", "coach", "striker", "goals", "scored", "bundesliga", "midfielder", "defender",
               "goalkeeper", "stadium", "referee", "penalty", "relegation", "kick-off", "derby", "squad",
               "playoffs", "quarterfinal", "semifinal", "matchday")

#: Verbs of succession: "Nestle replaced CEO Mark Schneider with Laurent Freixe", "X succeeds Y".
REPLACE_VERBS = ("replace", "succeed")

#: Prepositions that bring in who takes the place ("replaced A with B", "replaced by B").
SUCCESSOR_MARKERS = ("with", "by")

#: Hyphenated words the tokenizer would cut (English keeps them whole).
HYPHENATED_WORDS: tuple[str, ...] = ()


# The extractor's words (kg.ie.lexicon), as the parser's lemmas and forms write them.

#: Adverbs that, right after a verb, are its particle ("stepped down", "laid off").
PHRASAL_PARTICLES = ("down", "up", "off", "out", "over", "away", "back", "behind")

#: Prepositions of a passive's agent ("founded by").
AGENT_PREPOSITIONS = ("by",)

#: Negation words, lemmas or forms.
NEGATIONS = ("not", "n't", "never", "no")

#: Modal verbs, auxiliaries and verbs taking an infinitive → what they say about the fact.
MODALS = {
    "can": "possible", "could": "possible", "may": "possible", "might": "possible",
    "must": "necessary", "should": "necessary", "ought": "necessary",
    "need": "necessary", "have": "necessary",
    "will": "future", "shall": "future", "would": "conditional", "'ll": "future",
    "want": "intended", "intend": "intended", "plan": "intended", "hope": "intended",
    "seek": "intended", "aim": "intended", "try": "intended", "wish": "intended",
    "expect": "expected",
}

#: Nouns of intention ("announced plans to build").
INTENTION_NOUNS = ("intention", "plan", "intent", "decision", "goal", "aim", "commitment", "promise")

#: Nouns of agreement ("reached a deal to buy").
AGREEMENT_NOUNS = ("deal", "agreement", "accord", "contract", "pact")

#: Nouns of negotiation, as written ("is in talks to acquire").
TALKS_NOUNS = ("talks", "negotiations", "discussions")

#: Words that list members of a noun phrase ("assets including X and Y").
INCLUDING_WORDS = ("including", "such as")

#: Nouns of being about to happen ("on the point of").
IMMINENCE_NOUNS = ("point",)

#: Verbs of agreeing to do something ("agreed to buy").
AGREEMENT_VERBS = ("agree",)

#: Nouns of a business event ("the acquisition of").
EVENT_NOUNS = ("acquisition", "takeover", "purchase", "merger", "buyout", "investment", "appointment", "layoff")

#: Verbs that report or complete a business event ("announced an investment").
ANNOUNCING_VERBS = ("announce", "unveil", "confirm", "complete", "finalize", "finalise", "disclose")

#: Verbs that carry out or close a business event ("led the takeover of"), besides the announcing verbs.
EVENT_VERBS = ("close", "seal", "conclude", "pursue", "launch", "lead", "carry", "agree", "sign", "reach", "strike",
               "enter")

#: Words for a percentage ("40 percent").
PERCENT_WORDS = ("percent", "per cent")

#: Nouns of a share in a company ("a stake in"), besides the percentage words.
STAKE_NOUNS = ("stake", "stakes", "shareholding")

#: Prepositions between a stake and its company.
STAKE_PREPOSITIONS = ("in", "of")

#: Verbs of the absolute construction's participle ("with $80 million raised").
ABSOLUTE_VERBS = ("raise", "secure", "obtain", "invest", "collect")

#: Lemmas of raising money.
RAISING_VERBS = ("raise",)

#: Nouns of a round of funding.
FUNDING_NOUNS = ("round", "funding")

#: Prepositions of who money is raised from.
FUNDER_PREPOSITIONS = ("from",)

#: Prepositions of the absolute construction ("with").
ABSOLUTE_PREPOSITIONS = ("with",)

#: Conjunctions that open a condition ("if the deal fails").
CONDITION_MARKS = ("if", "unless")

#: Adverbs before a condition that make it a concession ("even if").
CONCESSIVE_ADVERBS = ("even",)

#: Adverbs that make a fact someone else's claim.
REPORTED_ADVERBS = ("reportedly", "allegedly", "reputedly", "supposedly", "purportedly")

#: Verbs of a claim in the passive with an infinitive ("is said to be").
REPORTED_PASSIVES = ("say", "report", "rumor", "rumour", "believe", "think", "understand", "allege")

#: Heads of unnamed sources ("people familiar with the matter"), lemmas or forms.
ANONYMOUS_SOURCES = ("source", "sources", "people", "person", "insider", "insiders", "report", "reports", "media")

#: Endings of the conditional: English has none ("would" is a modal).
CONDITIONAL_ENDINGS: tuple[str, ...] = ()

#: Irregular future stems: English has none.
CONDITIONAL_STEMS: tuple[tuple[str, str], ...] = ()

#: Light verbs ("has a mass of", "took control of").
LIGHT_VERBS = ("have", "make", "take", "give", "get", "pay", "play", "hold", "gain", "reach")

#: Founder nouns.
FOUNDER_WORDS = ("founder", "co-founder", "cofounder", "founders", "co-founders")

#: Lemmas of leaving a post ("stepped down as CEO of").
LEAVING_VERBS = ("step down", "resign", "retire", "quit", "leave")

#: Lemmas of holding a post ("served as the President of").
HOLDING_VERBS = ("serve", "work", "act", "remain")

#: Lemmas of appointing someone ("appointed X as CEO").
APPOINTING_VERBS = ("appoint", "name", "promote")

#: Nouns of appointing someone ("the appointment of X as CEO").
APPOINTING_NOUNS = ("appointment", "nomination")

#: Prepositions of the role in a change of post ("as CEO").
AS_PREPOSITIONS = ("as",)

#: Verbs of saying.
REPORTING_VERBS = ("say", "tell", "explain", "state", "declare", "claim", "report", "add", "note",
                   "announce", "confirm", "insist", "argue", "write", "reply", "assert", "affirm")

#: Prepositions that introduce the source of a reported fact.
ATTRIBUTION_PREPOSITIONS = ("according to",)

#: Relative pronouns, lemmas.
RELATIVE_PRONOUNS = ("who", "whom", "which", "that", "whose")

#: Prepositions that attach a complement to a noun.
OF_PREPOSITIONS = ("of",)

#: Words of job titles, which end a name-and-title compound ("Intel CEO", "Flipkart co-founder").
ROLE_WORDS = ("ceo", "cfo", "coo", "cto", "cio", "cmo", "md", "chief", "executive", "executives", "officer",
              "financial", "operating", "technology", "technical", "marketing", "information", "founder",
              "co-founder", "cofounder", "co", "founders", "president", "vice", "chairman", "chairwoman", "chair",
              "chairperson", "head", "boss", "managing", "director", "general", "counsel", "manager", "partner",
              "spokesperson", "spokesman", "spokeswoman", "analyst", "engineer", "economist", "strategist",
              "senior", "interim", "acting", "deputy", "global", "former", "ex", "board", "member", "owner",
              "investor")

#: Verbs that give their subject a role ("become CEO of").
BECOMING_VERBS = ("become", "remain")

#: Nouns of a company's sites ("its West Virginia factory").
SITE_NOUNS = ("site", "hub", "datacenter", "campus", "plant", "factory", "facility", "office", "warehouse", "center",
              "mill", "refinery")

#: Verbs of building a site ("will build a factory in").
SITE_VERBS = ("build", "construct")

#: Possessive determiners of a site's owner.
POSSESSIVES = ("its", "their")

#: Prepositions between a site and its place ("plant in Ohio").
SITE_PREPOSITIONS = ("in", "at", "near")

#: Nouns that describe a company ("the company").
ORGANIZATION_NOUNS = ("start-up", "startup", "scale-up", "company", "firm", "group", "bank", "carmaker", "automaker",
                      "maker")

#: Prepositions that join a role noun to its organization ("CEO of").
ROLE_PREPOSITIONS = ("of", "at")

#: Expletive subject pronouns ("there is").
EXPLETIVES = ("there",)

#: Lines of page furniture, lower case without punctuation.
FURNITURE = ("newsletter", "read more", "related articles", "see also", "share", "all fields are required",
             "leave a comment", "comments", "advertisement", "sign up", "subscribe", "log in", "related",
             "more on this topic")

#: Elided words and contractions in a lemma → the word spelled out: English has none.
LEMMA_FORMS: dict[str, str] = {}

#: Nouns of a company's figures → the relational noun of ``ontologies/relations.tsv`` ("sales" → revenue).
MEASURE_NOUNS = {"sale": "revenue", "sales": "revenue", "revenue": "revenue", "turnover": "revenue",
                 "investment": "investment"}

#: Words of a measure noun's own phrase: English has none.
MEASURE_PARTS: tuple[str, ...] = ()

#: Verbs that give a figure its amount ("reach", "total").
AMOUNT_VERBS = ("reach", "total", "amount", "come", "stand", "top")

#: Nouns of a person's leaving a post ("the resignation of").
DEPARTURE_NOUNS = ("resignation", "departure", "dismissal", "ouster", "firing", "sacking")

#: The relation lemma of a leaving.
LEAVING_LEMMA = "leave"

#: The copula written out when a fact has no verb of its own.
COPULA_WORD = "is"

#: The copula's lemma.
COPULA_LEMMA = "be"

#: The copula of a post held before.
PAST_COPULA_WORD = "was"

#: "Founded" written out, for founding read off a founder noun.
FOUNDED_WORD = "founded"

#: The lemma of founding.
FOUNDED_LEMMA = "found"

#: "Invested in" written out, for an investor read off a round.
INVESTED_WORD = "invested in"

#: The lemma of investing.
INVESTED_LEMMA = "invest in"

#: The preposition of what is invested in.
INVESTED_PREPOSITION = "in"

#: "Operates in" written out, for a place of the subject's own site.
OPERATES_WORD = "operates in"

#: The lemma of operating in a place.
OPERATES_LEMMA = "operate in"

#: The preposition of "CEO of" written out.
OF_WORD = "of"

#: "Have" written out, for possession read off a noun phrase.
HAVE_WORD = "has"

#: The lemma of possession.
HAVE_LEMMA = "have"

#: The preposition of "X is in Y" for places in apposition.
LOCATIVE_WORD = "in"

#: Forms of address that are no title worth a fact (the extractor's; the resolver's are HONORIFICS).
ADDRESS_FORMS = ("mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir", "st.")

#: Prepositions that place a noun ("the depot at Kettering").
LOCATIVE_PREPOSITIONS = ("in", "at", "on")

#: Elided clitics the parser may take for a subject: English has none.
ELIDED_CLITICS: tuple[str, ...] = ()

#: Words that join the names of a list ("A and B").
LIST_JOINERS = ("and",)

#: Words that may open a listed name without being part of it ("from", "the").
LIST_OPENERS = ("from", "the")

#: Prepositions of a price ("for $2 billion").
PRICE_PREPOSITIONS = ("for",)

#: Nouns of purpose between a deal and its event ("with a view to").
PURPOSE_NOUNS = ("purpose", "view")


# The words of values (kg.normalize.words), folded as the normalizer reads them: lower case, no accents.

#: Words of scale → their factor ("bn", "thousand"), read in a text of any language.
SCALES = {
    "k": 10**3, "thousand": 10**3, "thousands": 10**3,
    "m": 10**6, "mn": 10**6, "mln": 10**6, "million": 10**6, "millions": 10**6,
    "bn": 10**9, "bln": 10**9, "b": 10**9, "g": 10**9,
    "trillion": 10**12, "trillions": 10**12, "tn": 10**12,
}

#: Words of scale read only in a text of this language: "billion" is 10^9 in English.
LANGUAGE_SCALES = {"billion": 10**9, "billions": 10**9}

#: Currency names → their ISO code ("us dollars", "pounds").
CURRENCY_WORDS = {
    "us dollars": "USD", "u.s. dollars": "USD", "canadian dollars": "CAD", "australian dollars": "AUD",
    "hong kong dollars": "HKD", "singapore dollars": "SGD", "dollars": "USD", "dollar": "USD",
    "euros": "EUR", "euro": "EUR",
    "yuan": "CNY", "renminbi": "CNY", "yuan renminbi": "CNY", "yen": "JPY",
    "pounds sterling": "GBP", "pounds": "GBP", "pound": "GBP", "sterling": "GBP", "swiss francs": "CHF",
    "roubles": "RUB", "rouble": "RUB", "rubles": "RUB", "ruble": "RUB", "rupees": "INR", "rupee": "INR",
    "won": "KRW", "rands": "ZAR", "rand": "ZAR", "reals": "BRL", "real": "BRL", "reais": "BRL",
    "swedish kronor": "SEK",
}

#: Numbers written in words → their value ("twelve", "a dozen").
NUMBER_WORDS = {
    "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "hundred": 100, "dozen": 12,
    "thirteen": 13, "fourteen": 14, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "seventy": 70, "eighty": 80, "ninety": 90,
}

#: Words of a hundred in a number written out ("two hundred"; "five cents" is money).
HUNDRED_WORDS = ("hundred",)

#: Words of a thousand in a number written out.
THOUSAND_WORDS = ("thousand",)

#: Approximate numbers → their value ("a dozen").
APPROXIMATE_NUMBERS = {"about ten": 10, "a dozen": 12, "a hundred": 100, "a thousand": 1000}

#: Qualifiers before an amount → the qualifier ("about", "more than", "up to").
AMOUNT_QUALIFIERS = {
    "about": "approximately", "around": "approximately", "roughly": "approximately",
    "some": "approximately", "approximately": "approximately", "nearly": "approximately",
    "almost": "approximately",
    "more than": "more than", "over": "more than", "at least": "at least", "less than": "less than",
    "under": "less than", "up to": "up to", "as much as": "up to",
}

#: Words of a vague count ("several", "hundreds").
VAGUE_WORDS = ("several", "some", "many", "few", "dozens", "hundreds")

#: Times of day ("Tuesday morning", "this afternoon").
TIMES_OF_DAY = ("morning", "afternoon", "evening", "night", "tonight")

#: Days named relative to the document's date → their shift in days ("yesterday").
DAY_SHIFTS = {
    "today": 0, "tonight": 0, "yesterday": -1, "last night": -1, "tomorrow": 1,
    "the day before yesterday": -2, "day before yesterday": -2, "the day after tomorrow": 2, "day after tomorrow": 2,
}

#: Ordinals → their number ("first", "2nd").
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}

#: Words before a date → the qualifier they give it ("by the end of", "since"), or None for none ("in", "the").
DATE_QUALIFIERS: dict[str, str | None] = {
    "by the end of": "by", "by": "by", "before": "by", "no later than": "by",
    "since": "since", "from": "from", "starting": "from", "starting in": "from", "as of": "from",
    "until": "until", "till": "until", "through": "until", "around": "approximately", "circa": "approximately",
    "after": "after",
    "in": None, "on": None, "during": None, "over": None, "the": None, "this": None,
    "within": None, "of": None, "at": None, "for": None, "in the": None,
}

#: Prepositions that introduce an argument → the qualifier they give its value ("by", "since").
ROLE_QUALIFIERS = {"by": "by", "before": "by", "since": "since", "from": "from", "until": "until",
                   "around": "approximately", "after": "after"}

#: Words of an amount's phrase that are no unit ("of", "the").
UNIT_STOP_WORDS = ("of", "the", "a", "an", "and", "or", "in", "for")


# The resolver's words (kg.resolve.vocabulary, kg.resolve.lexicon), folded as the resolver compares them.

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
