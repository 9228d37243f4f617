"""Which entity an argument of a fact denotes, if any.

An argument denotes an entity it names when the name is the phrase's head
("Alibaba"), stands in apposition to a describing head ("le groupe chinois
Alibaba", "the CEO Jack Ma"), or owns what the head names ("les services de
la division cloud d'Alibaba", an office: "la présidence du groupe Renault");
"la croissance d'Alibaba" is a growth, not Alibaba. A proper-noun phrase the
tagger missed is a name of its own.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from kg.resolve.anaphora import (
    _OWNED_NOUNS,
)
from kg.resolve.cluster import (
    _Cluster,
    clusters_type,
)
from kg.resolve.found_names import (
    _is_name,
)
from kg.resolve.identity import _strip_determiner, entity_key
from kg.resolve.mentions import (
    _acceptable_name,
    _not_a_name,
    _strip_title,
)
from kg.resolve.nominals import name_after
from kg.resolve.vocabulary import (
    _DESCRIPTION,
    _LOCATIVE_COMPOUND,
    _ORG_NOUNS,
    _PERSON_NOUNS,
)
from kg.text import fold
from kg.types import (
    Argument,
    Fact,
)

#: Heads that stand for their owner's activity ("les services d'Alibaba sont vendus...").
#: An of-preposition just before a name, past its article ("la présidence du groupe Renault").
_OF_BEFORE = re.compile(
    r"(?:\b(?:de|du|des|of)\s+|\bd'\s*)(?:(?:la|le|les|the)\s+|l'\s*)?"
    r"(?:(?!(?:a|au|aux|en|pour|par|avec|sur|to|in|for|with|by|on|at)\b)[a-z][\w-]*\s+){0,3}$"
)


#: Offices and governing bodies stand for the organization they belong to in
#: a relation: leaving "la présidence du groupe Renault" is leaving Renault,
#: and "le conseil d'administration de Suez" appoints for Suez.
_OFFICE_NOUNS = (
    "presidence|direction|tete|barre|gouvernance|poste|fonctions|renes|conseil|directoire|actionnaires|administrateurs|"
    "helm|post|role|position|chairmanship|leadership|board|shareholders|management|directors"
)


#: Words before a name that describe it in apposition: a determiner, then
#: nouns and adjectives without a preposition or a conjunction that would
#: make the name a complement ("la croissance de Lumen", "rivals and Lumen").
_APPOSED_DESCRIPTION = re.compile(
    r"(?:l'|(?:le|la|les|un|une|son|sa|ses|leur|leurs|notre|nos|ce|cette|the|a|an|its|his|her|their|our|this)\s+)"
    r"(?:(?!(?:de|du|des|a|au|aux|en|par|pour|avec|sur|et|ou|of|for|in|on|at|by|with|and|or|to|from|than|que|qui|"
    r"that|which|who)\b)[a-z][\w-]*\s+){1,4}"
)


#: A preposition with the article in it, just before an argument ("au", "du").
_CONTRACTED_ARTICLE = re.compile(r"\b(?:au|aux|du|des)\s*$")


def _apposed_name(
    argument: Argument, following: list[tuple[int, int]], links: dict[tuple[int, int], str], text: str
) -> str | None:
    """The entity of a name set off by commas right after ``argument`` ("the company, Contoso, said")."""
    comma = re.match(r",\s*", text[argument.end : argument.end + 4])
    if not comma:
        return None
    apposed = [s for s in following if s[0] == argument.end + comma.end() and s in links]
    if apposed and re.match(r"\s*[,(–—-]", text[apposed[0][1] : apposed[0][1] + 3]):
        return links[apposed[0]]
    return None


def _link_named(
    argument: Argument,
    clusters: dict[str, _Cluster],
    named_spans: list[tuple[int, int]],
    links: dict[tuple[int, int], str],
    text: str,
    furniture: list[tuple[int, int]],
) -> str | None:
    """The entity an argument names: a mention that is its head, or its own text.

    A phrase only denotes an entity it contains when the entity is the
    phrase's head ("Alibaba"), stands in apposition to a descriptive head
    ("le groupe chinois Alibaba", "the CEO Jack Ma"), or owns what the head
    names ("les services de la division cloud d'Alibaba"); "la croissance de
    la division cloud d'Alibaba" is a growth, not Alibaba.
    """
    first = bisect_left(named_spans, (argument.start, -1))
    stop = bisect_right(named_spans, (argument.end, argument.end + 1))
    inside = [s for s in named_spans[first:stop] if argument.start <= s[0] and s[1] <= argument.end and s in links]
    if (
        argument.pos == "NOUN"
        and argument.role in ("subject", "object")
        and not argument.ner
        and re.search(r"(?<![\w'’-])[a-zà-ÿ][\w-]{2,}", argument.text)
    ):
        # "Northwind's parent company, Contoso, is cutting jobs", "Son directeur
        # général, Jean Martin, a quitté": a description the name in apposition names.
        apposed = _apposed_name(argument, named_spans[stop : stop + 4], links, text)
        if apposed is not None:
            return apposed
    if inside and _is_name(argument.text) and argument.pos == "PROPN":
        bare = fold(_strip_title(_strip_determiner(argument.text), 0)[0])
        named = [
            s for s in inside if fold(text[s[0] : s[1]]) == bare or fold(_strip_title(text[s[0] : s[1]], 0)[0]) == bare
        ]
        if named:
            return links[named[-1]]  # "German Chancellor Angela Merkel": Angela Merkel
        last = max(inside, key=lambda s: s[1])
        before = text[argument.start : last[0]]
        if last[1] == argument.end and (
            re.search(r"['’]s\s*$", before) or clusters_type(clusters, links[last]) == "Person"
        ):
            # "Hoffenheim's Andreas Beck", "Austrian Josef Fritzl", "Striker Eugenie Le Sommer": the name ends the phrase.
            return links[last]
        if not any(fold(text[s[0] : s[1]]) == bare for s in inside):
            return None  # "Alibaba Cloud Intelligence" with only "Alibaba" tagged: a name of its own
    if inside:
        head = fold(argument.head)
        bare = fold(_strip_determiner(re.sub(r"^(?:le|la|les|l'|un|une|des|the|a|an)\s*", "", fold(argument.text))))
        for span in inside:
            mention = fold(text[span[0] : span[1]])
            if (head and head in mention.split()) or bare == mention or fold(argument.text) == mention:
                return links[span]
        if not head or _DESCRIPTION.match(fold(argument.text)) or re.fullmatch(_ORG_NOUNS + "|" + _PERSON_NOUNS, head):
            # "The Seattle-based e-commerce giant" is no more Seattle than "the Texas-born CEO" is Texas.
            named = [span for span in inside if not _LOCATIVE_COMPOUND.match(text, span[1])]
            if not named:
                return None
            return links[named[0]] if head or len(inside) == 1 else None
        if re.fullmatch(_OWNED_NOUNS + "|" + _OFFICE_NOUNS, head):
            owner = inside[-1]
            if _OF_BEFORE.search(fold(text[argument.start : owner[0]]) + " ") or re.search(
                r"['’]s\b", text[max(owner[0], owner[1] - 2) : min(argument.end, owner[1] + 2)]
            ):
                return links[owner]  # "les activités de X", "X's services"; not "ses activités à X"
            return None
        last = max(inside, key=lambda s: s[1])
        description = fold(text[argument.start : last[0]]) + " "
        if _CONTRACTED_ARTICLE.search(fold(text[max(0, argument.start - 5) : argument.start])):
            description = "le " + description  # "au chimiste BASF": the article is in the preposition
        if last[1] == argument.end and _APPOSED_DESCRIPTION.fullmatch(description):
            return links[last]  # "sa concurrente espagnole Air Europa", "the iconic Texas cement maker TXI"
        return None
    if _APPOSED_DESCRIPTION.fullmatch(fold(argument.text) + " "):
        # "La startup | Cooptalis signe", "Le groupe chimique | et pharmaceutique
        # allemand Bayer": the parser cut the name off its description.
        i = bisect_left(named_spans, (argument.end, -1))
        following = [s for s in named_spans[i : i + 8] if s in links]
        start = name_after(text, argument.end, {s[0] for s in following})
        if start is not None:
            return links[next(s for s in following if s[0] == start)]
        # "Son directeur général, Jean Martin, a quitté": the name in apposition.
        apposed_key = _apposed_name(argument, following, links, text)
        if apposed_key is not None:
            return apposed_key
    for candidate in (argument.text, argument.resolved):
        if candidate and _acceptable_name(candidate, text, -1, []):
            key = entity_key(_strip_determiner(candidate))
            if key in clusters:
                return key
    return None


def _untagged_name(
    argument: Argument, fact: Fact, text: str, furniture: list[tuple[int, int]], values: list[tuple[int, int]]
) -> bool:
    """Whether an argument the tagger missed is still a proper name.

    A proper-noun phrase of at most six words, every word capitalized but
    joining words ("Banque de France", "Bank of America"); a lone capitalized
    word opening its sentence is not enough ("Representative", "Math"), and
    neither is a date, a role or title alone ("Tuesday", "Prime Minister"),
    a span the tagger read as a value or a nationality ("Germans"), or a
    role phrase ("German Chancellor").
    """
    if argument.pos != "PROPN" or not _acceptable_name(argument.text, text, argument.start, furniture):
        return False
    if _not_a_name(argument.text):
        return False
    if any(a <= argument.start and argument.end <= b for a, b in values):
        return False
    words = re.findall(r"[\w'’.&-]+", argument.text)
    if not words or len(words) > 6 or not (words[0][0].isupper() or words[0][0].isdigit()):
        return False
    joining = {
        "of",
        "de",
        "du",
        "des",
        "la",
        "le",
        "les",
        "and",
        "et",
        "&",
        "for",
        "the",
        "d'",
        "y",
        "del",
        "von",
        "van",
    }
    if not all(w[0].isupper() or w[0].isdigit() or w.lower() in joining for w in words):
        return False
    opening = argument.start <= fact.sentence.start + 1
    return not (len(words) == 1 and opening)
