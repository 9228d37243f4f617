"""Anaphora: the entity a pronoun or a description takes up.

"elle", "le groupe chinois", "the company", "son" take up an entity named
before them that agrees with them in type and gender: for French personal
pronouns, the one the learned ranker chooses (:mod:`kg.resolve.coref`), else
the most salient. A description that fits exactly one named entity of the
document is that entity ("la victime", "la ville").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from functools import cache

from kg.lang import either, merged, words
from kg.lang.places import lookup as lookup_place
from kg.resolve.cluster import (
    ENTITY_TYPES,
    _Cluster,
)
from kg.resolve.coref import Anaphor, Chooser
from kg.resolve.identity import _strip_determiner, entity_key
from kg.resolve.lexicon import (
    _lemma_words,
)
from kg.resolve.salience import _bare_description, _Salience
from kg.resolve.vocabulary import (
    _BARE_DESCRIPTION,
    _DEMONYM,
    _DESCRIPTION,
    _GLUED_LOCATIVE,
    _PERSON_NOUNS,
)
from kg.text import fold
from kg.types import (
    Argument,
    Fact,
)

#: Pronouns an argument may be, and the types they can refer to. Object clitics
#: ("les secours ont pu la sauver") are among them; "l'" shows no gender: only
#: the learned ranker takes it up.
PRONOUNS: dict[str, tuple[str, ...]] = merged("PRONOUN_TYPES", order=("fr", "en"))


_OWNED_NOUNS = (
    "service|services|produit|produits|offre|offres|solution|solutions|plateforme|activite|activites|"
    "product|products|offering|offerings|platform|business|operations|activity"
)


#: An agent's plan or will standing for the agent ("son intention d'investir").
_POSSESSED = re.compile(
    r"^(?:son|sa|ses|leur|its|his|her|their) (?:intention|objectif|volonte|projet|ambition|plan|strategie|"
    r"souhait|decision|goal|aim|ambition|strategy|decision|intent)s?$"
)


def _describe_named_people(
    clusters: dict[str, _Cluster], types: dict[str, str], links: dict[tuple[int, int], str], lang: str
) -> None:
    """Point descriptions at the one named entity they fit ("la victime", "la ville", "l'organisation").

    A singular discourse entity whose heads only say what kind of thing it is
    is the document's named entity when exactly one fits:

    * a person by age, sex or fate (``PERSON_DESCRIPTIONS``), and the one
      named person who agrees in gender;
    * a place by kind (``PLACE_DESCRIPTIONS``: "la ville", "le pays"), and
      the one named place of that kind in the gazetteer;
    * an organization (``ORGANIZATION_DESCRIPTIONS``), and the one named
      organization.

    Its spans are relinked and it is dropped; its words do not become names.
    """
    people = words("PERSON_DESCRIPTIONS", lang)
    organizations = words("ORGANIZATION_DESCRIPTIONS", lang)
    place_kinds = _place_descriptions(lang)
    named: dict[str, list[_Cluster]] = defaultdict(list)
    for cluster in clusters.values():
        if not cluster.nominal and cluster.positions:
            named[types.get(cluster.key, "")].append(cluster)
    for cluster in [c for c in clusters.values() if c.nominal]:
        entity_type = types.get(cluster.key)
        genders = cluster.genders - {""}
        if not cluster.heads or "p" in genders or len(genders) > 1 or not named.get(entity_type or ""):
            continue
        if entity_type == "Person" and cluster.heads <= people:
            gender = next(iter(genders), "")
            fitting = [c for c in named["Person"] if not gender or not (c.genders - {""}) or gender in c.genders]
        elif entity_type == "Place" and cluster.heads <= place_kinds.keys():
            kinds = {place_kinds[h] for h in cluster.heads}
            fitting = [c for c in named["Place"] if _place_kind(c) in kinds]
        elif entity_type == "Organization" and cluster.heads <= organizations:
            fitting = named["Organization"]
        else:
            continue
        if len(fitting) != 1:
            continue
        definite = any(_DEFINITE.match(fold(form)) for form in cluster.forms)
        if not definite and min(cluster.positions) > min(fitting[0].positions):
            continue  # "Jean Dupont a été agressé par un homme": a new person, not him
        target = fitting[0].key
        for span, key in list(links.items()):
            if key == cluster.key:
                links[span] = target  # its own spans and the pronouns already pointed at it
        del clusters[cluster.key]
        types.pop(cluster.key, None)


#: A definite description ("la victime", "the man", "cette femme").
_DEFINITE = re.compile(r"(?:le|la|les|l'|ce|cet|cette|the|this|that)\b")


@cache
def _place_descriptions(lang: str) -> dict[str, str]:
    """Folded head of a place description → the gazetteer kind it describes."""
    from kg.lang import LANGUAGES

    module = LANGUAGES.get(lang)
    table = getattr(module, "PLACE_DESCRIPTIONS", {}) if module is not None else {}
    return {fold(head): kind for kind, heads in table.items() for head in heads}


def _place_kind(cluster: _Cluster) -> str | None:
    """The gazetteer kind of a named place (``city``, ``country``...), from its most used form."""
    if not cluster.forms:
        return None
    place = lookup_place(cluster.forms.most_common(1)[0][0])
    return place.kind if place is not None else None


def _corefer(
    argument: Argument,
    clusters: dict[str, _Cluster],
    types: dict[str, str],
    text: str,
    *,
    wanted: str | None = None,
    salience: _Salience | None = None,
    chooser: Chooser | None = None,
    fact: Fact | None = None,
    slot: str = "",
) -> str | None:
    """The most salient compatible entity a pronoun or description refers to.

    ``wanted`` is the type the relation expects of the argument (``Agent``
    for the subject of "invest"), which narrows what a pronoun may be. With
    a ``chooser`` (the learned ranker), it picks among the compatible
    entities named before; otherwise hand-weighted salience does.
    """
    folded = fold(argument.text)
    if argument.resolved:
        key = entity_key(_strip_determiner(argument.resolved))
        if key in clusters:
            return key
    compatible: tuple[str, ...]
    description = False
    if folded in PRONOUNS and (argument.pos in ("PRON", "") or folded in ("ce dernier", "cette derniere")):
        compatible = PRONOUNS[folded]
    elif (match := _DESCRIPTION.match(folded)) or (match := _BARE_DESCRIPTION.fullmatch(folded)):
        noun = match["noun"]  # "le groupe"; "groupe" after a contracted "du" ("les ventes du groupe")
        compatible = ("Person",) if re.fullmatch(_PERSON_NOUNS, noun) else ("Organization",)
        description = True
    elif _DEMONYM.match(argument.text.strip().replace("’", "'")):
        compatible = ("Organization", "Person")
    elif _POSSESSED.match(folded):
        compatible = ("Organization", "Person")  # "son intention d'investir": its owner acts
    elif folded in _POSSESSIVE_DETERMINERS and argument.pos in ("DET", "PRON"):
        compatible = ("Organization", "Person")  # "son chiffre d'affaires": the owner of the figure
    else:
        return None
    if wanted == "Agent":
        compatible = tuple(t for t in compatible if t in ("Organization", "Person")) or compatible
    elif wanted in ENTITY_TYPES:
        compatible = tuple(t for t in compatible if t == wanted) or compatible
    salience = salience or _Salience(clusters)
    agreement = _PRONOUN_GENDER.get(folded)
    best: tuple[float, int, str] | None = None
    keys: list[str] = []
    if chooser is None or folded not in PRONOUNS or folded in _CLITICS:
        if folded in _RANKED_ONLY:
            return None
        # Descriptions ("le groupe", "the company"), possessives ("son chiffre
        # d'affaires") and the clitics "la", "le" (which take up only what
        # showed their gender) keep the hand-weighted salience: the ranker's
        # training reports have few.
        keys = salience.candidates(argument.start)
    else:
        allowed = [
            key
            for key in salience.candidates(argument.start)
            if types.get(key) in compatible
            and salience.before(key, argument.start)[0]
            and not (agreement and clusters[key].genders - {""} and agreement not in clusters[key].genders)
        ]
        speaker = _speaker(fact, salience.links) if fact is not None and slot == "subject" else None
        if allowed:
            anaphor = Anaphor(
                argument.start,
                argument.end,
                folded,
                gender=agreement or "",
                slot=slot,
                lemma=fold(fact.lemma or fact.relation) if fact is not None else "",
                wanted=wanted,
            )
            chosen = chooser.choose(
                anaphor, salience.evidence(allowed, argument.start, clusters, types, speaker=speaker)
            )
            if chosen is not None:
                return chosen
        # The ranker learned from reports about people, where "il" and "elle"
        # seldom take up a company. One that is the topic the pronoun continues
        # ("La start-up Lumen ... Elle a levé") is still taken up, by salience.
        keys = (
            []
            if folded in _RANKED_ONLY
            else [
                key
                for key in allowed
                if types.get(key) != "Person"
                and (
                    key == speaker
                    or salience.recent_subject(key, argument.start)
                    or salience.subject_of_sentence(key, argument.start)
                    or salience.subject_of_previous(key, argument.start)
                )
            ]
        )
    if description and _GLUED_LOCATIVE.search(folded):
        # "The Seattle-based e-commerce giant" opens a new item of a list as often as it
        # continues a topic: it takes up only the subject of this sentence or the last.
        keys = [
            key
            for key in keys
            if salience.subject_of_sentence(key, argument.start) or salience.subject_of_previous(key, argument.start)
        ]
    for key in keys:
        if types.get(key) not in compatible:
            continue
        if agreement and clusters[key].genders - {""} and agreement not in clusters[key].genders:
            continue  # "il" is not "la police", nor "les secours"
        if folded in _CLITICS and agreement not in clusters[key].genders:
            continue  # an object clitic takes up only what the text showed to agree with it
        count, recent = salience.before(key, argument.start)
        if not count:
            continue
        # Salience: how often it was named so far, a bonus for being named in
        # the last few hundred characters, more for being the subject of a
        # recent clause (the topic a pronoun continues), most for having been
        # introduced by the very description that now refers to it ("le
        # groupe chinois Alibaba ... le groupe chinois").
        score = count + (3.0 if argument.start - recent < 400 else 0.0)
        score += 1.5 if types.get(key) == compatible[0] else 0.0
        score += 2.5 if salience.recent_subject(key, argument.start) else 0.0
        # The subject of the sentence's own main clause comes first ("Nestle
        # replaced CEO X, who led the company for eight years").
        score += 3.0 if salience.subject_of_sentence(key, argument.start) else 0.0
        score += 6.0 if _bare_description(folded) in salience.descriptions.get(key, ()) else 0.0
        # A description takes up what its own sentence named just before ("Chez Vinci,
        # Antoine Zaccharias, patron du groupe, ..." after a paragraph about Lafarge).
        score += 3.0 if description and salience.named_in_sentence(key, argument.start) else 0.0
        candidate = (score, recent, key)
        if best is None or candidate > best:
            best = candidate
    if description and compatible == ("Organization",):
        # Names the tagger took for a place (or gave no type) that have nothing of one.
        placeless = [
            key
            for key in salience.candidates(argument.start)
            if types.get(key) in ("Place", "Entity")
            and salience.before(key, argument.start)[0]
            and _placeless(clusters[key], text)
        ]
        # "Nestle replaced CEO Mark Schneider, who led the company": the subject
        # of the sentence's main clause is the company the description names.
        # "Manitou dans le vert. Les ventes du groupe ...": no organization is
        # named, and the one such name is the group.
        chosen = next((key for key in placeless if salience.subject_of_sentence(key, argument.start)), None)
        if chosen is None and best is None and len(placeless) == 1:
            chosen = placeless[0]
        if chosen is not None:
            types[chosen] = "Organization"
            return chosen
    return best[2] if best else None


def _speaker(fact: Fact, links: list[tuple[tuple[int, int], str]]) -> str | None:
    """The entity that says ``fact``'s clause ("IAG a annoncé qu'elle ..."), when the text names one."""
    if not fact.attribution:
        return None
    at = fact.sentence.text.find(fact.attribution)
    if at < 0:
        return None
    start = fact.sentence.start + at
    end = start + len(fact.attribution)
    i = bisect_left(links, ((start, start), ""))
    found = [key for (a, b), key in links[i : i + 8] if a < end and b <= end]
    return found[-1] if found else None


def _placeless(cluster: _Cluster, text: str) -> bool:
    """Whether a name typed a place has nothing of one: unknown to the gazetteer, never after "à", "en", "in"."""
    if not cluster.spans or any(lookup_place(form) is not None for form in cluster.forms):
        return False
    return not any(_PLACE_PREPOSITION.search(text, max(0, start - 12), start) for start, _end in cluster.spans)


#: A preposition of place just before a name ("à Lyon", "en Bretagne", "in Ohio").
_PLACE_PREPOSITION = re.compile(r"\b(?:à|au|aux|en|dans|vers|près de|in|at|near|from|to)\s+$", re.IGNORECASE)


#: The gender and number a French pronoun agrees with.
_PRONOUN_GENDER: dict[str, str] = merged("PRONOUN_GENDERS", order=("fr", "en"))


#: Possessive determiners that stand for their owner ("son chiffre d'affaires", "its revenue").
_POSSESSIVE_DETERMINERS = either("POSSESSIVE_DETERMINERS")


#: Plural personal pronouns: only the learned ranker takes them up.
_PLURAL_PRONOUNS = either("PLURAL_PRONOUNS")


#: Pronouns that only the learned ranker takes up (hand-weighted salience leaves them alone).
_RANKED_ONLY = _PLURAL_PRONOUNS | either("GENDERLESS_CLITICS")


#: Object clitics, which also open noun phrases: they need an antecedent of known gender.
_CLITICS = either("OBJECT_CLITICS")


#: The gender and number a determiner shows ("la police" → "f", "les secours" → "p").
_DETERMINER_GENDER: dict[str, str] = merged("DETERMINER_GENDERS", order=("fr", "en"))


#: The gender an honorific shows ("Madame X", "Mr X").
_HONORIFIC_GENDER: dict[str, str] = merged("HONORIFIC_GENDERS", order=("fr", "en"))


def _gender_of_determiner(text: str) -> str:
    """The gender a noun phrase's determiner shows ("la police" → "f", "les secours" → "p"), "" if none."""
    first = fold(text).split(" ", 1)[0].rstrip(".")
    return _DETERMINER_GENDER.get(first, "")


def _gender_before(text: str, start: int) -> str:
    """The gender an honorific or a description's determiner before a name shows ("Madame X", "la start-up X")."""
    # The description a name follows ends at a clause's punctuation: "le groupe
    # de tourisme Globalia" is masculine, as "le" says four words back.
    before = re.split(r"[,;:.!?()«»\"“”\n]", text[max(0, start - 60) : start])[-1]
    words = re.findall(r"[\w'’.-]+", fold(before))[-5:]
    if words and words[-1].rstrip(".") in _HONORIFIC_GENDER:
        return _HONORIFIC_GENDER[words[-1].rstrip(".")]
    for word in reversed(words[:-1] if len(words) > 1 else []):
        if word in _DETERMINER_GENDER and word not in ("du", "au", "aux", "des"):
            return _DETERMINER_GENDER[word]
    return ""


#: Lemmas of verbs whose subject pronoun is impersonal ("il faut", "il s'agit", "it rains").
_IMPERSONAL = either("IMPERSONAL_VERBS")


def _impersonal(fact: Fact) -> bool:
    """Whether the subject pronoun of ``fact`` is impersonal ("il faut", "il y a", "il s'agit")."""
    words = _lemma_words(f"{fact.lemma} {fact.relation}")
    return bool(set(words) & _IMPERSONAL) or "y a" in fold(fact.relation) or fold(fact.relation).startswith("y avoir")
