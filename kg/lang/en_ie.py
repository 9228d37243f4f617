"""English words of the extractor (:mod:`kg.ie`), as the parser's lemmas and forms write them.

Re-exported by :mod:`kg.lang.en` (see :mod:`kg.lang`).
"""

from __future__ import annotations

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

#: Verbs of a figure's change, whose "to" complement is the figure's new amount ("revenue rose 7% to $937 million").
CHANGE_VERBS = ("rise", "grow", "jump", "climb", "increase", "fall", "drop", "decline", "surge", "soar", "slip")

#: The preposition of a figure's new amount after a verb of change.
NEW_AMOUNT_PREPOSITIONS = ("to",)

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

#: Nouns of a merger that two companies make together ("A and B agreed a merger").
MERGER_NOUNS = ("merger", "combination", "tie-up")

#: "Merges with" written out, its lemma, and the preposition of the deal it comes with ("in a $5 billion merger").
MERGED_WORD = "merges with"
MERGED_LEMMA = "merge with"
MERGER_PREPOSITION = "in"

#: Verbs of selling a business or an asset to a buyer, lemmas ("sell X to Y").
SELLING_VERBS = ("sell", "divest", "offload")

#: Prepositions of the buyer a seller sells to.
BUYER_PREPOSITIONS = ("to",)

#: "Buys" written out, for the buyer read off a sale.
BOUGHT_WORD = "buys"

#: The lemma of buying.
BOUGHT_LEMMA = "buy"

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


# The words of the extractor's other rules (kg.ie.arguments, confidence, facts, roles, tree).

#: Personal pronouns resolved to the main clause's subject.
RESOLVABLE_PRONOUNS = ("he", "she", "it", "they")

#: Forms of "be" and "have" that open a relation phrase (a feature of a fact's confidence).
BE_WORDS = ("is", "are", "was", "were", "be", "has", "have", "had")

#: Particles inside people's names ("von der Leyen", "van den Berg", "da Silva"): those of
#: names of any origin, which texts of either language write.
NAME_PARTICLES = ("von", "van", "der", "den", "de", "di", "da", "del", "della", "dos", "das", "du", "la", "le", "bin",
                  "ibn", "al", "el", "ter", "ten", "zu")

#: Words that join the parts of an institution's name the tagger cut: a French construction.
INSTITUTION_NAME_JOINERS: tuple[str, ...] = ()

#: The role of a count in apposition to an object ("2.5 percent of its workforce, roughly 19,000 jobs").
RESTATED_ROLE = "namely"

#: Multiword prepositions the parser splits, each the words before a ``case`` token and
#: the tokens that may be that ``case``: English has none.
SPLIT_PREPOSITIONS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()

#: Nouns of a period that a participle dates, when the parser reads them as a clause (a French construction).
PERIOD_NOUNS: tuple[str, ...] = ()
PERIOD_DATING_WORDS: tuple[str, ...] = ()
