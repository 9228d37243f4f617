"""English words of values (:mod:`kg.normalize`), folded as the normalizer reads them: lower case, no accents.

Re-exported by :mod:`kg.lang.en` (see :mod:`kg.lang`).
"""

from __future__ import annotations

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

#: Words before an amount that add it to an earlier one and leave it as it is ("an additional 9,000 jobs").
INCREMENT_WORDS = ("an additional", "additional", "another", "a further", "further", "an extra", "extra")

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

#: Where the counted noun stands in the words after a number: English puts adjectives
#: before it ("4,000 corporate jobs": the last word counts).
UNIT_HEAD = "last"

#: Words that end the counted noun phrase after a number ("at", "from"; "ago" and "old" follow the noun).
UNIT_PHRASE_ENDS = ("at", "from", "to", "by", "on", "with", "across", "over", "under", "between", "as", "who",
                    "which", "that", "ago", "old", "each", "apiece", "more", "less", "through", "into", "per",
                    "after", "before", "since", "during", "including", "like", "such", "via", "against", "among",
                    "within", "without", "about", "around", "near", "than", "this", "its", "their", "is", "are",
                    "was", "were", "will", "would")

#: Adjectives that come before the counted noun (French; none stand out in English).
PRENOMINAL_ADJECTIVES: tuple[str, ...] = ()


# The words of dates in a text and in a page's head (kg.normalize.dates).

#: Demonstratives that make a time of day the document's day ("this afternoon").
DEMONSTRATIVES = ("this",)

#: Labels of a page's head that date an update, not the first publication ("Last updated: ...").
UPDATE_LABELS = ("last updated", "updated")

#: Lower-case particles of a dateline's city ("Frankfurt am Main", "Rio de Janeiro"): those of
#: towns of any country, which texts of either language write.
CITY_PARTICLES = ("de", "du", "des", "la", "le", "les", "sur", "en", "del", "di", "da", "do", "am")
