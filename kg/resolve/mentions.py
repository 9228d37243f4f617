"""Mentions: the tagger's spans made names, or dropped.

A tagged span is cut to the name it holds: no title ("German Chancellor
Angela Merkel" is Angela Merkel), no elided article, no "-based" place, no
live blog's clock, no match score; names the tagger cut are joined ("Ursula
von" + "Leyen"). Spans that name no entity are dropped: weekdays and dates,
roles standing alone, function words, a common word that only has its
capital from opening a sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.lang import either, en, fr, words
from kg.lang.places import lookup as lookup_place
from kg.resolve.cluster import (
    _ORG_WORDS,
    TAGGER_TYPES,
)
from kg.resolve.furniture import FURNITURE
from kg.resolve.lexicon import (
    _singular_word,
)
from kg.resolve.vocabulary import (
    _BODY_NOUNS,
    _DEMONYM,
    _JOINING,
    _PLACE_NOUNS,
    _joined_roles,
    _offices,
    _role_words,
    _single_roles,
    _title_heads,
)
from kg.text import fold
from kg.types import (
    Mention,
)

#: Words that never make an entity alone: elided articles, pronouns.
NOISE_WORDS = either("NOISE_WORDS")


#: Elisions that may open a tagger span but never belong to a name, in the order
#: they are tried: "jusqu'" before "qu'".
_LEADING_ELISIONS = (*fr.LEADING_ELISIONS, *en.LEADING_ELISIONS)


#: Words that open a phrase before a name without belonging to it ("These", "Both", "17-year-old").
_LEADING_QUANTIFIER = re.compile(
    r"^(?:(?:these|those|this|that|both|all|many|some|several|most|we|our|their|his|her|its|my|your|each|every|"
    r"another|other|such|ces|cette|ce|cet|tous|toutes|plusieurs|certains|certaines)\s+|\d+-year-old\s+)+",
    re.IGNORECASE,
)


#: A match score after a team's name ("Bayern Munich 3-0").
_TRAILING_SCORE = re.compile(r"(?:\s+\d{1,2}\s*[-:–]\s*\d{1,2})+\s*$")


_LEADING_THE_CAPITAL = re.compile(r"^(?:the|The)\s+(?=[A-Z])")


def _balanced(surface: str) -> str:
    """A name without an unclosed bracket or a stray quote: "Robot Arms Control (ICRAC" → "Robot Arms Control"."""
    if surface.count("(") > surface.count(")"):
        surface = surface[: surface.rfind("(")].rstrip()
    if surface.count('"') % 2:
        surface = surface.replace('"', "")
    for quote in "«»“”":
        surface = surface.replace(quote, "")
    return re.sub(r"\s+", " ", _LEADING_THE_CAPITAL.sub("", surface)).strip()


#: The particles of a surname ("Ursula von der Leyen", "Thomas de Maizière", "Rafael van der Vaart").
_PARTICLES = r"(?:von|van|vom|zu|zur|der|den|dem|de|da|das|di|do|dos|del|della|du|la|ter|ten)"


#: A name that ends with a particle: it goes on ("Ursula von" | "der Leyen").
_ENDS_WITH_PARTICLE = re.compile(r"\s" + _PARTICLES + r"$")


#: The particles that are also French prepositions and articles ("de", "la", "du").
_ROMANCE_PARTICLES = either("ROMANCE_PARTICLES")


#: The rest of a name after a particle: more particles, then a capitalized word.
_AFTER_PARTICLE = re.compile(r"(?:\s+" + _PARTICLES + r")*\s+[A-ZÀ-Ý][\w'’-]*")


#: Particles just before a name, two words at least ("von der", "van den", "de la"), or one in English.
_PARTICLES_BEFORE = re.compile(r"(?<![\w'’-])" + _PARTICLES + r"(?:\s+" + _PARTICLES + r")*\s+$")


def _joined_people(mentions: list[Mention], text: str, lang: str = "en") -> list[Mention]:
    """The tagger's names of people, joined where one name was cut in two.

    "President Abed Rabbo Mansour Hadi" is tagged "Abed Rabbo" and "Mansour
    Hadi": nothing between them says that two people are named. A surname's
    particles belong to it: "Ursula von" then "Leyen" is Ursula von der
    Leyen, and "von der Leyen said" names her with its particles (in
    French, "de" and "la" before a name are a preposition and an article).
    """
    joined: list[Mention] = []
    for mention in mentions:
        last = joined[-1] if joined else None
        if last is not None and mention.start < last.end:
            if mention.end > last.end:
                continue  # inside a name that ran on past its particle
            joined.append(mention)
            continue
        if (
            last is not None
            and last.label == mention.label == "PERSON"
            and last.end + 1 == mention.start
            and text[last.end] == " "
            and mention.text[:1].isupper()
            and last.sentence_index == mention.sentence_index
        ):
            joined[-1] = replace(last, text=text[last.start : mention.end], end=mention.end)
            continue
        if (
            mention.label == "PERSON"
            and _ENDS_WITH_PARTICLE.search(mention.text)
            and (rest := _AFTER_PARTICLE.match(text, mention.end))
        ):
            mention = replace(mention, text=text[mention.start : rest.end()], end=rest.end())
        before = _PARTICLES_BEFORE.search(text, max(0, mention.start - 12), mention.start)
        if before and lang == "fr" and set(before[0].split()) <= _ROMANCE_PARTICLES:
            before = None  # "la ville de la France", "le travail de Marie Dupont"
        if (
            before
            and mention.label in ("PERSON", "GPE", "ORG")
            and mention.text[:1].isupper()
            and (" " in before[0].strip() or mention.label == "PERSON")
            and not re.search(r"[A-ZÀ-Ý][\w'’-]*\s+$", text[max(0, before.start() - 30) : before.start()])
        ):
            mention = replace(mention, text=text[before.start() : mention.end], start=before.start(), label="PERSON")
        joined.append(mention)
    return joined


def _clean_mention(
    mention: Mention, text: str, furniture: list[tuple[int, int]], lang: str = "en"
) -> tuple[str, int, int, str | None] | None:
    """The mention trimmed to the name, or ``None`` if noise.

    Trims leading elisions ("d'Alibaba"), an English "the", honorifics ("Dr.
    Jagan", which then votes Person), trailing possessives ("Blair 's"),
    dangling function words ("the High Court of") and punctuation.

    Returns:
        ``(surface, start, end, type evidence or None)``.
    """
    start, end = mention.start, mention.end
    surface = text[start:end] if 0 <= start < end <= len(text) else mention.text
    if "\n" in surface.strip():
        return None
    evidence = None
    changed = True
    while changed:
        before = (surface, start)
        folded = fold(surface)
        for elision in _LEADING_ELISIONS:
            if (
                folded.startswith(elision)
                and len(surface) > len(elision)
                and not (elision == "n'" and surface[:1] == "N" and surface[2:3].isupper())
            ):  # "N'Djaména", "N'Golo"
                surface, start = surface[len(elision) :], start + len(elision)
                break
        if (
            lang == "en"
            and mention.label != "PERSON"
            and (m := re.match(r"(?:an?|An?)\s+(?=[A-Z])", surface))
            and lookup_place(surface) is None
        ):
            surface, start = surface[m.end() :], start + m.end()  # "A European Court has ruled"; not "A Coruña"
        if m := re.match(
            r"(?:the|The|THE|de|du|des)\s+(?=[\"“«‘']?[A-Z0-9])"
            if mention.label != "PERSON"
            else r"(?:the|The|THE)\s+(?=[\"“«‘']?[A-Z0-9])",
            surface,
        ):
            surface, start = surface[m.end() :], start + m.end()  # "the Netherlands", "de France"; not "de Gaulle"
        if m := re.match(r"(?:Dr|Mr|Mrs|Ms|Mme|Mlle|Mgr|Pr|Prof|M)\.?\s+(?=[A-Z])", surface):
            surface, start, evidence = surface[m.end() :], start + m.end(), "Person"
        if m := _BASED_BEFORE.match(surface):
            surface, start = (
                surface[m.end() :],
                start + m.end(),
            )  # "Ohio-based | Northwind Energy": the place is its own
        if m := re.match(r"(?:ex|then)-(?=[A-ZÀ-Ý])", surface):
            surface, start = surface[m.end() :], start + m.end()  # "ex-Flipkart executives": Flipkart
        if m := re.match(r"\d{1,2}[:.h]\d{2}\s+(?=[A-ZÀ-Ý])", surface):
            surface, start = surface[m.end() :], start + m.end()  # "18:40 Manfred Weber": a live blog's clock
        stripped = surface.lstrip(" \t\"'`«“‘(-–—,;:")
        start += len(surface) - len(stripped)
        surface = stripped
        surface = re.sub(r"\s*['’]s$|\s+(?:of|de|du|des|the|and|et|&|à|a|for|pour)$", "", surface)
        surface = re.sub(
            r"(?<=\w)\s+\([^()]*\)?$", "", surface
        )  # "Association of Bakers (NVBÄ)": the acronym is its own mention
        surface = _TRAILING_SCORE.sub("", surface)  # "Hertha Berlin 2-0": the score of a match
        surface = _LOWERCASE_CONJUNCT.sub("", surface)  # "l'Agence | et oncle maternel de la jeune femme"
        if not re.search(r"(?:\b[A-Z]\.|\b(?:Inc|Corp|Ltd|Co|Jr|Sr|St)\.)$", surface):
            surface = surface.rstrip(" \t\"'»”’),;:.!?-–—")
        else:
            surface = surface.rstrip(" \t\"'»”’),;:!?-–—")
        end = start + len(surface)
        changed = (surface, start) != before
    if (
        mention.label in ("LOC", "GPE")
        and (m := re.match(r"(?:la|le|les|La|Le|Les)\s+(?=[A-ZÀ-Ý])", surface))
        and (rest := lookup_place(surface[m.end() :])) is not None
        and lookup_place(surface) in (None, rest)
    ):
        surface, start = surface[m.end() :], start + m.end()  # "la France", not "Le Havre"
        end = start + len(surface)
    if (
        lang == "en"
        and mention.label in _PLACE_OR_BODY | {"PERSON"}
        and (tail := re.search(r"(?:\s+[a-z][a-z0-9.-]*)+$", surface))
        and re.search(r"[A-Z]", surface[: tail.start()])
    ):
        # English capitalizes names: "the CDU party", "Paktika province", "Xinhua news agency
        # reported" end where the capitals do, and the noun says what the name is.
        nouns = set(tail.group().split())
        surface = surface[: tail.start()]
        end = start + len(surface)
        if nouns & _PLACE_NOUNS:
            evidence = "Place"
        elif nouns & _BODY_NOUNS:
            evidence = "Organization"
    # A title opens people's names, not those of firms and places ("General
    # Motors", "King David Hotel", "St. Anton").
    stripped_title, title_start, titled = (
        _strip_title(surface, start) if mention.label not in _PLACE_OR_BODY else (surface, start, False)
    )
    if titled:
        surface, start, evidence = stripped_title, title_start, "Person"
        end = start + len(surface)
    elif (cut := _role_of(surface)) is not None:
        # "Président de la Fondation Alaitz": the post is the person's, the name the organization's.
        surface, start = surface[cut:], start + cut
        surface = re.sub(r"\s+(?:en|in|au|aux)$", "", surface)
        end = start + len(surface)
    if (
        not _acceptable_name(surface, text, start, furniture)
        or _not_a_name(surface)
        or _common_word_opening(surface, text, start, lang)
        or _measure_after_amount(surface, text, start)
    ):
        return None
    if (
        evidence is None
        and TAGGER_TYPES.get(mention.label) == "Person"
        and len(surface.split()) >= 2
        and fold(surface.split()[-1]).strip(".,") in _ORG_WORDS
    ):
        evidence = "Organization"  # "Frankfurter Allgemeine Zeitung", "Famagusta Gazette" tagged a person
    if surface.islower():
        return None  # "cloud" tagged MISC: names are capitalized
    if _DISEASE_BEFORE.search(fold(text[max(0, start - 16) : start])) or re.match(
        r"['’]s\s+(?:disease|syndrome)\b", text[end : end + 12], re.IGNORECASE
    ):
        return None  # "la maladie d'Alzheimer", "Parkinson's disease": a disease's name, not a person's
    before_text = fold(text[max(0, start - 4) : start])
    if re.search(r"(?:^|\s)(?:le|la|les|l')\s*$", before_text) and _DEMONYM.match("le " + surface):
        return None  # "le Chinois" is a description of an agent, not a place
    return surface, start, end, evidence


#: A conjunct of lower-case words only: a name does not go on into it ("Ministère de
#: l'Économie et des Finances" does, its conjunct names something).
_LOWERCASE_CONJUNCT = re.compile(r"\s+(?:et|and)\s+[a-zà-ÿ][^A-ZÀ-Ý]*$")


#: The words before a name that make it a disease's ("la maladie d'Alzheimer", "le syndrome de Down").
_DISEASE_BEFORE = re.compile(r"\b(?:maladie|syndrome)\s+(?:de\s+|d')$")


_OF_ORGANIZATION = re.compile(r"\s+(?:de\s+la|de\s+l'|du|des|de|d'|of\s+the|of)\s*(?=\S)")


def _role_of(surface: str) -> int | None:
    """Where the organization starts after a post that opens a mention ("Directeur de la | Banque centrale")."""
    folded = fold(surface)
    if len(folded) != len(surface):
        return None
    first = re.match(r"[\w-]+", folded)
    if first is None or first.group() not in _single_roles() or not surface[:1].isupper():
        return None
    of = _OF_ORGANIZATION.match(folded, first.end())
    if of is None or of.end() >= len(surface):
        return None
    return of.end()


#: Tagger labels of organizations, places and facilities.
_PLACE_OR_BODY = frozenset({"ORG", "GPE", "LOC", "FAC"})


def _common_word_opening(surface: str, text: str, start: int, lang: str = "en") -> bool:
    """Whether a one-word name only has its capital from opening a sentence or a line ("Drones are ...").

    It is a common word when the same text writes it in lower case elsewhere
    ("... armed drones"), or, in French, when it is a participle set off by a
    comma ("Alertées, plusieurs chaînes ..."); a place the gazetteer knows is
    always a name.
    """
    if " " in surface or not surface[:1].isupper() or surface[1:2].isupper() or len(surface) < 3:
        return False
    before = text[max(0, start - 3) : start].rstrip(" \t\"'“‘«(")
    if before and before[-1] not in ".!?:\n|":
        return False
    lower = surface[0].lower() + surface[1:]
    participle = (
        lang == "fr"
        and _PARTICIPLE_OPENING.match(text, start + len(surface)) is not None
        and _PARTICIPLE_ENDING.search(surface) is not None
    )
    if not participle and not re.search(r"(?<![\w'’-])" + re.escape(lower) + r"(?![\w'’-])", text):
        return False
    return lookup_place(surface) is None


#: The endings of a French past participle in the feminine or the plural ("Alertées", "Touchés").
_PARTICIPLE_ENDING = re.compile(r"(?:ée|ées|és|ies|ues|ise|ises)$")


#: What follows a participle that opens its sentence: a comma, then a lower-case word.
_PARTICIPLE_OPENING = re.compile(r"\s*,\s*[a-zà-ÿ]")


def _acceptable_name(surface: str, text: str, start: int, furniture: list[tuple[int, int]]) -> bool:
    """Whether ``surface`` can name an entity (not noise, not furniture)."""
    surface = surface.strip()
    folded = fold(surface)
    # An acronym is no function word: "UN", "IS" are not "un", "is".
    acronym = surface.isalpha() and surface.isupper() and 2 <= len(surface) <= 5
    if not surface or "\n" in surface or (folded in NOISE_WORDS and not acronym) or folded in FURNITURE:
        return False
    if (folded + "'" in NOISE_WORDS and not acronym) or (surface.islower() and len(surface) <= 3):
        return False
    if sum(c.isalnum() for c in surface) < 2:
        return False
    if any(a <= start < b for a, b in furniture):
        return False
    words = folded.split()
    if surface.isupper() and len(words) >= 2 and any(w in NOISE_WORDS for w in words):
        return False  # a shouted heading with a function word ("SUR LE MÊME SUJET"), no name
    if all(w in NOISE_WORDS for w in words) and not acronym:
        return False
    return True


#: Tagger labels of spans that are values or adjectives, never entities.
_VALUE_LABELS = frozenset({"NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


#: Time zones: a span that holds one is a time, not a name.
_TIME_ZONES = either("TIME_ZONES")


#: Abbreviations of business figures ("CA", "EBITDA"), folded; a span must be written in capitals.
_MEASURE_ABBREVIATIONS = words("MEASURE_ABBREVIATIONS")

#: An amount and the "de"/"in" that ties a figure to it, just before a span ("12,4 Md€ de ", "$2 billion in ").
_AMOUNT_OF = re.compile(r"(?:\d|[€$£]|\b(?:M|Md|Mds|millions?|milliards?|billion)\b)\s*(?:de|d'|d’|in|of)\s*$")


def _measure_after_amount(surface: str, text: str, start: int) -> bool:
    """Whether a span is a figure's abbreviation after its amount ("(60 salariés ; 20 M€ de CA)")."""
    bare = surface.strip()
    return (
        bare.isupper()
        and fold(bare) in _MEASURE_ABBREVIATIONS
        and bool(_AMOUNT_OF.search(text[max(0, start - 30) : start]))
    )


def _not_a_name(surface: str) -> bool:
    """Whether a capitalized span names no entity: a weekday, a date, a role or title alone."""
    folded = fold(surface).strip(" .,;:")
    if not folded:
        return True
    tokens = re.findall(r"[\w]+", folded)
    if not tokens:
        return True
    if folded in words("WEEKDAYS") or folded in words("TIME_WORDS") or set(tokens) & _TIME_ZONES:
        return True  # "Tuesday", "today", a programme line's "Moscow UTC +3"
    if tokens[0] in words("WEEKDAYS") or (
        tokens[0] in words("MONTHS")
        and len(tokens) > 1
        and all(t.isdigit() or t in words("MONTHS") for t in tokens[1:])
    ):
        return True  # "Tuesday night", "March 3"
    if any(t.isdigit() for t in tokens) and all(
        t.isdigit() or t in words("MONTHS") or t in words("WEEKDAYS") for t in tokens
    ):
        return True  # "3 mars", "2 July 2014"
    roles = _role_words()
    content = [t for t in tokens if t not in _JOINING]
    if bool(content) and all(t in roles for t in content):
        return True
    # "le Président portugais", "ministre de la Santé Portugais": a role and its nationality.
    if (
        len(content) >= 2
        and all(t in roles for t in content[:-1])
        and _FRENCH_DEMONYM.search(content[-1])
        and (surface.split()[-1].islower() or surface[:1].islower())
    ):
        return True
    # "German Chancellor", "US President": a role with its country or body, no one named.
    return len(tokens) <= 5 and tokens[-1] in _title_heads() and tokens[-1] not in words("HONORIFICS")


#: The endings of a French nationality adjective, folded ("portugais", "malienne", "européens").
_FRENCH_DEMONYM = re.compile(r"(?:ais|aise|ois|oise|ain|aine|ien|ienne|een|eenne)s?$")


#: A time complement at the end of a role phrase ("directeur général depuis 2008", "CEO since 2019").
_SINCE = re.compile(r"\s+(?:depuis|since|until|jusqu'?(?:en|a|au)?|from|en|in)\s+(?:\w+\s+)?\d{4}\s*$")


def is_role_phrase(text: str) -> bool:
    """Whether a phrase names only a post ("CEO", "the company's cofounder", "son ancien directeur général",
    "directeur général depuis 2008")."""
    folded = _SINCE.sub("", fold(text))
    tokens = [t for t in re.findall(r"[\w]+", folded) if t not in _JOINING and t not in _POSSESSIVE_WORDS]
    roles = _role_words()
    # In the plural too ("l'un des derniers hauts dirigeants"), and an office ("ces fonctions").
    return bool(tokens) and all(t in roles or _singular_word(t) in roles or t in _offices() for t in tokens)


#: Possessive determiners and the like, which a role phrase may open with.
_POSSESSIVE_WORDS = either("ROLE_PHRASE_OPENERS")


def _strip_title(surface: str, start: int) -> tuple[str, int, bool]:
    """Drop a leading role or title from a name: "German Chancellor Angela Merkel" → "Angela Merkel".

    Returns:
        The name, its new start offset, and whether a title was dropped (evidence of a person).
    """
    tokens = list(re.finditer(r"[\w.'’-]+", surface))
    roles, heads = _role_words(), _title_heads()
    cut = None
    folded_surface = fold(surface)
    for phrase in _joined_roles():
        at = folded_surface.find(phrase + " ")
        if at >= 0 and (at == 0 or folded_surface[at - 1] == " "):
            # "Secretary of State Hillary Clinton": a role joined by "of" ends where the phrase does.
            end = at + len(phrase)
            cut = max((i for i, t in enumerate(tokens) if t.end() <= end), default=None)
    joined = cut
    for i, token in enumerate(tokens):
        if joined is not None and i <= joined:
            continue
        folded = fold(token.group()).strip(".")
        word = folded.split("-")[-1]
        if word in heads and i + 1 < len(tokens):
            cut = i
            continue
        if word in roles or folded.startswith(("then-", "ex-")) or (folded in _JOINING and i + 1 < len(tokens)):
            continue
        if i + 1 < len(tokens) and fold(tokens[i + 1].group()).strip(".") in roles and token.group()[:1].isupper():
            continue  # a nationality or an institution before its role: "German", "US", "EU"
        break
    if cut is None:
        return surface, start, False
    rest = tokens[cut + 1].start()
    remainder = surface[rest:]
    first = remainder[:1]
    if not first.isupper() or fold(remainder.split()[0]) in _JOINING:
        return surface, start, False
    return remainder, start + rest, True


#: A capitalized place name of up to three words, as glued to "-based".
_BASED_PLACE = r"[A-Z][\w.'’]*(?:[\s-][A-Z][\w.'’]*){0,2}"


#: A place glued to "-based" ("Lyon-based", "Seattle-based").
_BASED_ON = re.compile(r"\b(?:(?:The|A|An)\s+)?(" + _BASED_PLACE + r")-based\b")


#: A place glued to "-based" that opens a name ("Ohio-based Northwind", "New York-based Acme").
_BASED_BEFORE = re.compile(_BASED_PLACE + r"-(?:based|headquartered)\s+(?=[A-Z0-9])")
