"""English word lists (see :mod:`kg.lang`).

The words several stages read are here; each stage's own lists are in
:mod:`kg.lang.en_ie` (the extractor), :mod:`kg.lang.en_normalize` (values) and
:mod:`kg.lang.en_resolve` (the resolver), re-exported here: every name is read
as ``kg.lang.en.NAME``.
"""
from __future__ import annotations

from kg.lang.en_ie import *  # noqa: F403
from kg.lang.en_normalize import *  # noqa: F403
from kg.lang.en_resolve import *  # noqa: F403

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
