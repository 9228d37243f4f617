"""Resolve the entities of a document: one record per real-world entity.

:func:`resolve_entities` turns the tagger's mentions and the extractor's
arguments into :class:`~kg.types.Entity` records and says which argument span
denotes which entity:

* keys are derived from the name alone (:func:`entity_key`), so the same
  entity gets the same key, hence the same IRI, in every document, with no
  cross-document pass; "Alibaba", "ALIBABA" and "Alibaba" tagged PER are one
  entity, "Alibaba Cloud France" another;
* noise is dropped: elided articles and pronouns ("qu'", "L'"), spans across
  a line break, page furniture ("Réagir", "SUR LE MÊME SUJET");
* the type is a vote between the tagger and evidence (the subject of "être
  président de" is a Person, "le groupe chinois Alibaba" is an Organization);
* pronouns ("il", "it") and definite descriptions ("le groupe chinois", "le
  géant technologique", "the Chinese group") resolve to the most salient
  compatible entity mentioned before them; French personal pronouns are
  resolved by a learned antecedent ranker (:mod:`kg.resolve.coref`);
* argument values (money, dates...) are normalized here, once, with
  :func:`kg.normalize.read_value`; what cannot be read becomes a warning.

The relation lexicon (``ontologies/relations.tsv``) is read here too:
:func:`canonical_relation` maps a fact's relation to a canonical property.
Pure Python; imports only ``kg.types``, ``kg.errors`` and ``kg.normalize``.
"""
from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right, insort
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from os.path import commonprefix
from importlib import resources
from pathlib import Path

from kg.errors import LexiconError
from kg.lang import groups, words
from kg.normalize import dateline_date, qualifier_for_role, read_amounts, read_value
from kg.resolve.coref import Anaphor, Candidate, Chooser, load_antecedent_model
from kg.resolve.nominals import Nominal, name_after, nominal_entities
from kg.resolve.places import lookup as lookup_place
from kg.resolve.relations import find_relations
from kg.resolve.roles import (CORPORATE_TITLES, OrganizationContext, implied_appointers, implied_departures,
                              implied_positions)
from kg.types import Argument, Document, Entity, Extraction, Fact, Mention, Relation, Resolution, Sentence, Value

__all__ = [
    "PATIENT_FIRST",
    "Canonical",
    "agentless_passive",
    "LexiconEntry",
    "canonical_relation",
    "entity_key",
    "fold",
    "credit_spans",
    "furniture_spans",
    "reference_date",
    "load_lexicon",
    "ontology_path",
    "resolve_entities",
    "slug",
]

#: Entity classes of the ontology, most likely first (ties in a type vote go
#: to the earlier one).
ENTITY_TYPES: tuple[str, ...] = ("Organization", "Person", "Place", "Product", "Event", "Work", "Entity")

#: Tagger labels (French and English spaCy schemes) → ontology class. Labels
#: not listed (DATE, MONEY, CARDINAL, NORP...) are values or adjectives, not entities.
TAGGER_TYPES: dict[str, str] = {
    "PER": "Person", "PERSON": "Person",
    "ORG": "Organization",
    "LOC": "Place", "GPE": "Place", "FAC": "Place",
    "PRODUCT": "Product",
    "EVENT": "Event",
    "WORK_OF_ART": "Work", "LAW": "Work",
    "MISC": "Entity",
}

#: Words that never make an entity alone: elided articles, pronouns.
NOISE_WORDS = frozenset(
    "qu' l' n' d' s' c' j' m' t' jusqu' lorsqu' puisqu' il elle ils elles on nous vous je tu "
    "le la les un une des du de au aux ce cet cette ces son sa ses leur leurs "
    "it he she they we you i the a an this that these those its his her their".split()
)

#: Page furniture: lines of navigation and comment boxes, not content.
FURNITURE = frozenset(
    {
        "reagir", "sur le meme sujet", "tous les champs sont obligatoires", "commentaire",
        "commentaires", "0commentaire", "0 commentaire", "lire aussi", "a lire aussi",
        "voir aussi", "partager", "newsletter", "abonnez-vous", "s'abonner", "se connecter",
        "publicite", "read more", "read also", "see also", "share", "subscribe", "sign up",
        "log in", "advertisement", "related", "related articles", "comments", "0 comments",
        "leave a comment", "laisser un commentaire", "related stories", "more on this topic",
    }
)

#: Elisions that may open a tagger span but never belong to a name.
_LEADING_ELISIONS = ("jusqu'", "lorsqu'", "puisqu'", "qu'", "d'", "n'", "s'", "j'", "c'", "m'", "t'")

#: Pronouns an argument may be, and the types they can refer to.
PRONOUNS: dict[str, tuple[str, ...]] = {
    "il": ("Organization", "Person"), "elle": ("Organization", "Person"),
    "celui-ci": ("Organization", "Person"), "celle-ci": ("Organization", "Person"),
    "ils": ("Organization", "Person"), "elles": ("Organization", "Person"),
    "ce dernier": ("Organization", "Person"), "cette derniere": ("Organization", "Person"),
    "lui": ("Person", "Organization"),
    # Object clitics ("les secours ont pu la sauver"); "l'" shows no gender: only
    # the learned ranker takes it up.
    "la": ("Person", "Organization"), "le": ("Person", "Organization"), "l'": ("Person", "Organization"),
    "it": ("Organization", "Product", "Place"), "he": ("Person",), "she": ("Person",),
    "him": ("Person",), "the latter": ("Organization", "Person"),
}

#: Head nouns of definite descriptions of organizations ("le groupe chinois").
_ORG_NOUNS = (
    "groupe|geant|societe|entreprise|firme|compagnie|constructeur|operateur|fabricant|editeur|"
    "specialiste|leader|numero un|plateforme|mastodonte|conglomerat|poids lourd|start-up|startup|banque|producteur|"
    "group|giant|company|firm|conglomerate|maker|manufacturer|operator|retailer|corporation|"
    "business|behemoth|titan|heavyweight|bank|carrier|insurer|assureur|carmaker|automaker|chipmaker|"
    "drugmaker|lender|airline|brewer|miner|utility|conglomerat|distributeur|industriel|laboratoire|hebergeur|"
    "constructeur automobile|compagnie aerienne|equipementier|fournisseur|supplier|provider|vendor|"
    "branche|division|filiale|unite|subsidiary|unit|arm"
)
_PERSON_NOUNS = "dirigeant|dirigeante|patron|patronne|pdg|entrepreneur|milliardaire|executive|ceo|billionaire|boss|entrepreneur"
_DESCRIPTION = re.compile(
    r"^(?:le|la|l'|ce|cet|cette|the|this)\s*(?:[\w-]+ )?(?P<noun>" + _ORG_NOUNS + "|" + _PERSON_NOUNS + r")\b"
)
_BARE_DESCRIPTION = re.compile(r"(?P<noun>" + _ORG_NOUNS + r")")
#: "le Chinois", "l'Américain", "the Chinese": a demonym standing for an agent.
_DEMONYM = re.compile(r"^(?:le|la|l'|the)\s*[A-ZÉ][a-zéèï]+(?:ois|oise|ais|aise|ain|aine|ien|ienne|ese|an)$")

#: Heads that stand for their owner's activity ("les services d'Alibaba sont vendus...").
#: An of-preposition just before a name, past its article ("la présidence du groupe Renault").
_OF_BEFORE = re.compile(r"(?:\b(?:de|du|des|of)\s+|\bd'\s*)(?:(?:la|le|les|the)\s+|l'\s*)?(?:[a-z][\w-]*\s+){0,3}$")

#: Offices and governing bodies stand for the organization they belong to in
#: a relation: leaving "la présidence du groupe Renault" is leaving Renault,
#: and "le conseil d'administration de Suez" appoints for Suez.
_OFFICE_NOUNS = (
    "presidence|direction|tete|barre|gouvernance|poste|fonctions|renes|conseil|directoire|actionnaires|administrateurs|"
    "helm|post|role|position|chairmanship|leadership|board|shareholders|management|directors"
)
_OWNED_NOUNS = (
    "service|services|produit|produits|offre|offres|solution|solutions|plateforme|activite|activites|"
    "product|products|offering|offerings|platform|business|operations|activity"
)

#: An agent's plan or will standing for the agent ("son intention d'investir").
_POSSESSED = re.compile(
    r"^(?:son|sa|ses|leur|its|his|her|their) (?:intention|objectif|volonte|projet|ambition|plan|strategie|"
    r"souhait|decision|goal|aim|ambition|strategy|decision|intent)s?$"
)

#: Words that make a name an organization's.
_ORG_WORDS = frozenset(
    "inc inc. corp corp. corporation ltd ltd. llc plc sa sas sarl gmbh ag nv spa group groupe "
    "holding holdings bank banque cloud technologies technology labs systems capital partners "
    "ventures intelligence airlines motors telecom pharma foundation fondation university universite "
    "institute institut agency agence ministry ministere journal times post news media medias "
    "presse magazine tribune digitale digital echos figaro zeitung gazette magazin herald".split()
)

#: First words of names that say what they name ("massacre de Badajoz", "gare d'Inari").
_NAME_HEADS: dict[str, frozenset[str]] = {
    "Event": frozenset(
        "massacre bataille guerre siege traite festival salon sommet coupe jeux championnat election elections "
        "crise pandemie attentat revolution conference exposition battle war siege treaty summit cup games "
        "championship crisis attack revolution expo".split()
    ),
    "Place": frozenset(
        "lac gare ligne departement mont montagne riviere fleuve rue avenue boulevard place pont ile region "
        "ville village canton commune province baie golfe cap col vallee foret parc aeroport port quartier "
        "lake station mount mountain river street avenue bridge island county valley bay gulf airport park".split()
    ),
    "Organization": frozenset(
        "ministere universite banque societe compagnie groupe federation association parti syndicat conseil "
        "comite agence institut ecole lycee college musee ministry university bank company federation "
        "association party union council committee agency institute school museum".split()
    ),
}

#: Nouns that introduce a part of an organization ("la division cloud d'Alibaba").
_PART_NOUNS = "division|filiale|branche|unite|pole|departement|entite|activite|subsidiary|unit|arm|branch|business"

_COPULAS = frozenset("etre devenir rester demeurer sembler be become remain stay seem".split())
_FUNCTION_WORDS = frozenset(
    "de d' du des a au aux en dans avec sur pour par vers chez contre entre sous "
    "le la les l' un une se s' ne pas plus que qu' y "
    "in on with to of for by at into from over about against between under "
    "the a an up out off down back not".split()
)


# --------------------------------------------------------------------------
# Keys.

@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase, strip accents, straighten apostrophes and squeeze spaces."""
    if text.isascii():
        stripped = text  # nothing to decompose
    else:
        text = text.replace("’", "'").replace("‘", "'").replace("\u00a0", " ").replace("\u202f", " ")
        decomposed = unicodedata.normalize("NFKD", text)
        stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", stripped.casefold()).strip()


_SPACES = re.compile(r"\s+")


#: Characters a slug may drop without losing information.
_SEPARATORS = frozenset("-'.,/_:;!?()[]{}\"«»“”‘’…–—·")
#: An ASCII character a slug loses: neither a letter, digit, space nor separator.
_ASCII_LOST = re.compile(
    "[^A-Za-z0-9\\s" + "".join(re.escape(c) for c in sorted(_SEPARATORS) if c.isascii()) + "]"
)
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str, *, max_length: int = 60) -> str:
    """A readable ASCII slug of ``text`` plus a short hash when it loses information.

    The slug is lowercase ASCII letters, digits and hyphens. A hash of the
    folded text is appended when the slug is empty, was truncated, or
    dropped letters that have no ASCII form ("北京") or symbols that mean
    something ("C++", "AT&T"), so different names never share a slug by
    accident; the result is deterministic.
    """
    folded = fold(text)
    ascii_part = _NOT_SLUG.sub("-", folded).strip("-")
    # Letters with no ASCII form ("北京") and meaningful symbols ("C++",
    # "AT&T", "C#") are lost in the slug; separators and punctuation are not.
    if folded.isascii():
        lost = _ASCII_LOST.search(folded) is not None
    else:
        lost = any(
            (c.isalnum() and ord(c) > 127) or not (c.isalnum() or c.isspace() or c in _SEPARATORS) for c in folded
        )
    truncated = len(ascii_part) > max_length
    if truncated:
        ascii_part = ascii_part[:max_length].rstrip("-")
    if ascii_part and not lost and not truncated:
        return ascii_part
    digest = hashlib.sha256(folded.encode("utf-8")).hexdigest()[:10]
    return f"{ascii_part}-{digest}" if ascii_part else f"x-{digest}"


#: Legal forms and group words at the end of a company name (folded), repeated: "group holding ltd".
_LEGAL_FORMS_END = (
    r"(?:[\s,]+(?:inc|incorporated|ltd|limited|llc|plc|corp|corporation|co|company|sa|s\.a|sas|s\.a\.s|sarl|se|"
    r"ag|gmbh|nv|n\.v|bv|spa|s\.p\.a|oyj|ab|asa|kk|holdings?|group|groupe)\.?)+$"
)


def entity_key(name: str) -> str:
    """The key (last IRI segment) of the entity called ``name``.

    Type-independent and document-independent: case, accents, apostrophe
    style, a leading English "the", a trailing possessive, legal forms and
    "Group" ("Alibaba Group Holding Ltd.", "Groupe PSA") do not matter. A
    place of the gazetteer gets its place key, whatever the language or
    abbreviation ("Chine" and "China", "US" and "États-Unis").
    """
    place = lookup_place(_strip_determiner(name))
    if place is not None:
        return place.key  # "US", "U.S." and "États-Unis" are one country
    folded = _LEADING_THE.sub("", fold(name))
    folded = _POSSESSIVE.sub("", folded)
    # Legal forms and "Group" do not make another entity: "Alibaba Group
    # Holding Ltd." and "Groupe PSA" are Alibaba and PSA.
    core = _LEGAL_FORMS.sub("", folded)
    core = _LEADING_GROUP.sub("", core)
    return slug(core if _WORD.search(core) else folded)


_LEADING_THE = re.compile(r"^the\s+")
_POSSESSIVE = re.compile(r"'s?$")
_LEGAL_FORMS = re.compile(_LEGAL_FORMS_END)
_LEADING_GROUP = re.compile(r"^(?:groupe|group)\s+(?=\S)")
_WORD = re.compile(r"\w")


# --------------------------------------------------------------------------
# Relation lexicon.

@dataclass(frozen=True)
class LexiconEntry:
    """One row of the relation lexicon (one alternative of its pattern)."""

    property: str
    lang: str
    kind: str
    words: tuple[str, ...]
    context: str | None
    title: str | None
    subject_type: str | None
    object_type: str | None


@dataclass(frozen=True)
class Canonical:
    """The canonical property a fact's relation maps to.

    Attributes:
        property: Local name of the ``kg:`` property (``invests``).
        titles: Positions named by role nouns (``CEO``, ``President``), in order.
        subject_type: Type the subject is evidence for, if any.
        object_type: Type the object is evidence for, if any.
        matched: The lexicon words that matched.
    """

    property: str
    titles: tuple[str, ...] = ()
    subject_type: str | None = None
    object_type: str | None = None
    matched: str = ""


def ontology_path(name: str) -> Path:
    """Path of a file shipped in ``ontologies/`` (package ``kg.ontologies``).

    Raises:
        LexiconError: the file is in neither the package nor the checkout.
    """
    try:
        resource = resources.files("kg.ontologies").joinpath(name)
        if resource.is_file():
            return Path(str(resource))
    except (ModuleNotFoundError, TypeError, FileNotFoundError):
        pass
    candidate = Path(__file__).resolve().parent.parent.parent / "ontologies" / name
    if candidate.is_file():
        return candidate
    raise LexiconError(
        f"cannot find ontologies/{name}: it is neither in the installed package "
        f"kg.ontologies nor next to the source tree; reinstall kg (pip install -e .)"
    )


@lru_cache(maxsize=None)
def load_lexicon(path: str | None = None) -> tuple[LexiconEntry, ...]:
    """Read the relation lexicon (default: ``ontologies/relations.tsv``).

    Raises:
        LexiconError: a row does not have the seven columns.
    """
    source = Path(path) if path else ontology_path("relations.tsv")
    entries: list[LexiconEntry] = []
    header_seen = False
    for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            header_seen = True
            if cells[0] == "property":
                continue
        if len(cells) != 7:
            raise LexiconError(
                f"{source}:{number}: expected 7 tab-separated columns "
                f"(property lang kind pattern title subject object), got {len(cells)}"
            )
        prop, lang, kind, pattern, title, subject_type, object_type = (c.strip() for c in cells)
        if kind not in ("verb", "noun"):
            raise LexiconError(f"{source}:{number}: kind must be verb or noun, not {kind!r}")
        for alternative in pattern.split("|"):
            head, _, context = alternative.partition("~")
            words = tuple(_lemma_words(head))
            if not words:
                continue
            entries.append(
                LexiconEntry(
                    property=prop, lang=lang, kind=kind, words=words,
                    context=fold(context) or None if context.strip() else None,
                    title=None if title == "-" else title,
                    subject_type=None if subject_type == "-" else subject_type,
                    object_type=None if object_type == "-" else object_type,
                )
            )
    return tuple(entries)


def canonical_relation(fact: Fact, lang: str) -> Canonical | None:
    """The canonical property of ``fact``'s relation, when the lexicon maps it.

    The relation lemma ("aller investir", "être président de", "be CEO of",
    "invest in") is matched on its words: a verb must be the last content
    word of the chain (only prepositions and particles may follow), so
    "vouloir consacrer" is about devoting, not wanting; a role or relational
    noun matches anywhere, and wins when the verb is a copula ("être
    président de"). ``A ~ B`` rows also need ``B`` in the object or a
    complement ("réaliser un chiffre d'affaires").

    Args:
        fact: The fact.
        lang: Its document's language.

    Returns:
        The mapping, or ``None``.
    """
    words = tuple(_lemma_words(fact.lemma or fact.relation))
    if not words:
        return None
    complements = ((fact.object,) if fact.object is not None else ()) + tuple(fact.args)
    context = " ".join(fold(a.text) for a in complements)
    object_words = tuple(_lemma_words(fact.object.text)[:4]) if fact.object is not None else None
    return _canonical(words, lang, context, object_words)


@lru_cache(maxsize=65536)
def _canonical(
    words: tuple[str, ...], lang: str, context: str, object_words: tuple[str, ...] | None
) -> Canonical | None:
    """:func:`canonical_relation` on folded lemma words (cached)."""
    index = _lexicon_index(lang)
    verbs: list[tuple[int, int, LexiconEntry]] = []
    nouns: list[tuple[int, int, LexiconEntry]] = []
    for start, word in enumerate(words):
        for entry in index.get(word, ()):
            end = start + len(entry.words)
            if words[start:end] != entry.words:
                continue
            after = " ".join(words[end:])
            if entry.context and entry.context not in context and entry.context not in after:
                continue
            if entry.kind == "verb":
                # The verb ends the chain ("vouloir investir"), unless the
                # lemma goes on with the row's noun ("entrer au capital de").
                if all(w in _FUNCTION_WORDS for w in words[end:]) or (entry.context and entry.context in after):
                    verbs.append((start, end, entry))
            else:
                nouns.append((start, end, entry))
    if not nouns and object_words is not None and all(w in _COPULAS or w in _FUNCTION_WORDS for w in words):
        # "ALIBABA est partenaire de...": the relational noun is the object's head;
        # in the plural too ("A and B, former Contoso executives").
        for phrase in dict.fromkeys((object_words, tuple(_singular_word(w) for w in object_words))):
            for start, word in enumerate(phrase):
                for entry in index.get(word, ()):
                    if entry.kind == "noun" and phrase[start:start + len(entry.words)] == entry.words:
                        nouns.append((start, start + len(entry.words), entry))
            if nouns:
                break
    copular = words[0] in _COPULAS or not verbs
    if nouns and copular:
        return _from_nouns(nouns)
    if verbs:
        # The last, then the longest, match: "annoncer investir" → invest.
        start, end, entry = max(verbs, key=lambda m: (m[1], m[1] - m[0], m[2].context is not None))
        return Canonical(entry.property, (), entry.subject_type, entry.object_type, " ".join(entry.words))
    return None


def _singular_word(word: str) -> str:
    """A folded word without its plural "-s" ("executives" → "executive"); other words as they are."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


@lru_cache(maxsize=None)
def _lexicon_index(lang: str) -> dict[str, tuple[LexiconEntry, ...]]:
    """Lexicon entries of ``lang`` by their first word."""
    index: dict[str, list[LexiconEntry]] = defaultdict(list)
    for entry in load_lexicon():
        if entry.lang == lang:
            index[entry.words[0]].append(entry)
    return {word: tuple(entries) for word, entries in index.items()}


def _from_nouns(matches: list[tuple[int, int, LexiconEntry]]) -> Canonical:
    """Combine role-noun matches: longest first, no overlap, in text order."""
    chosen: list[tuple[int, int, LexiconEntry]] = []
    for match in sorted(matches, key=lambda m: (-(m[1] - m[0]), m[0])):
        if all(match[1] <= c[0] or match[0] >= c[1] for c in chosen):
            chosen.append(match)
    chosen.sort(key=lambda m: m[0])
    first = chosen[0][2]
    same = [c for c in chosen if c[2].property == first.property]
    titles = tuple(dict.fromkeys(c[2].title for c in same if c[2].title))
    return Canonical(
        first.property, titles, first.subject_type, first.object_type,
        " ".join(" ".join(c[2].words) for c in same),
    )


def _lemma_words(text: str) -> list[str]:
    """Words of a lemma, folded; an elided article stays a word ("l'")."""
    return re.findall(r"[\w-]+'|[\w-]+", fold(text).replace("_", " "))




# --------------------------------------------------------------------------
# Resolution.

@dataclass
class _Cluster:
    """Everything seen of one entity while resolving (mutable, private)."""

    key: str
    forms: Counter[str] = field(default_factory=Counter)
    votes: Counter[str] = field(default_factory=Counter)
    positions: list[int] = field(default_factory=list)
    spans: set[tuple[int, int]] = field(default_factory=set)
    part_of: str | None = None
    #: Whether the tagger named it at least once (else it came from an argument alone).
    tagged: bool = False
    #: Whether it is a discourse entity named by common nouns (kg.resolve.nominals).
    nominal: bool = False
    #: Grammatical gender and number seen ("m", "f", "p" for plural), for French pronouns.
    genders: set[str] = field(default_factory=set)
    #: Head nouns of its common-noun mentions ("victime"), for a discourse entity.
    heads: set[str] = field(default_factory=set)


#: Texts longer than this many characters skip the steps whose cost grows faster
#: than the text (repeated names, discourse entities, the relation classifier).
LONG_TEXT = 100_000


def resolve_entities(
    extraction: Extraction, *, with_relations: bool = True, antecedents: Chooser | None = None
) -> Resolution:
    """Resolve the entities, links, relations and values of one document's extraction.

    Args:
        extraction: What the extractor read from the document.
        with_relations: Also classify the relations between the entities
            (:mod:`kg.resolve.relations`); training switches it off.
        antecedents: What picks the antecedents of personal pronouns
            (:mod:`kg.resolve.coref`); by default the language's learned
            ranker, or hand-weighted salience for a language without one.

    Returns:
        The document's entities (sorted by key), the argument and mention
        spans that denote them, the normalized values of argument spans and
        the warnings met. Never raises on odd input.

    Raises:
        ModelError: a learned part's weights file is missing or unreadable.
    """
    document = extraction.document
    lang = document.lang
    text = document.text
    clusters: dict[str, _Cluster] = {}
    links: dict[tuple[int, int], str] = {}
    warnings: list[str] = []
    furniture = furniture_spans(text)

    # 1. Names between quotes after the noun that says what they name
    # ("l'association « Les Amis du Rhône »"), then the tagger's mentions,
    # without noise and without those inside a quoted name.
    quoted = []
    for start, end, entity_type in _quoted_names(text, furniture):
        _add_found_name(clusters, links, text, start, end, entity_type, 3)
        quoted.append((start, end))
    for m in _BASED_ON.finditer(text):
        # "Lyon-based": taggers often miss a place glued to "-based"; the gazetteer knows it.
        if lookup_place(m[1]) is not None and not _in_spans(m.start(1), furniture):
            _add_found_name(clusters, links, text, m.start(1), m.end(1), "Place", 3)
    # "the Christian Democrats (CDU)": the tagger reads "Christian" as a faith; a
    # party named by its members in several capitalized words is the party.
    for m in _party_names().finditer(text):
        if not _in_spans(m.start(), furniture) and not any(a < m.end() and m.start() < b for a, b in quoted):
            _add_found_name(clusters, links, text, m.start(), m.end(), "Organization", 2)
    # "Merck : le laboratoire allemand va investir ...": a line that opens with
    # a name and a colon, then describes it; the description is the name.
    headed: dict[int, str] = {}
    for start, end, described, entity_type in _heading_names(text, furniture):
        headed[described] = _add_found_name(clusters, links, text, start, end, entity_type, 2)
    # "the World Anti-Doping Agency (WADA)": an acronym the text defines says
    # where the name it spells begins, wherever the tagger cut it.
    defined = [d for d in _acronym_definitions(text) if not _in_spans(d[0], furniture)
               and not any(a < d[1] and d[0] < b and (a, b) != d[:2] for a, b in quoted)]
    mentions = _joined_people(sorted(extraction.mentions, key=lambda m: (m.start, -m.end)), text, lang)
    for mention in mentions:
        # Inside a quoted name, or across its quotes ("Un Homme, un vote’’ au",
        # "association “Stop"): the quotes say where the name ends. Inside a name an
        # acronym spells, or across its start: the acronym says where it begins.
        crossed = [(a, b) for a, b in quoted if mention.start < b and a < mention.end] + [
            (a, b) for a, b, _, _ in defined if mention.start < b and a < mention.end and not (
                mention.start <= a and b <= mention.end)]
        if crossed:
            # A place the tagger ran on to past the quotes ("’’ au Niger") is still a place.
            after = _AFTER_QUOTE.match(text, crossed[-1][1], mention.end)
            if after and after.end() < mention.end and lookup_place(text[after.end():mention.end]) is not None:
                _add_found_name(clusters, links, text, after.end(), mention.end, "Place", 2)
            continue
        if (mention.start, mention.end) in links:
            continue
        cleaned = _clean_mention(mention, text, furniture, lang)
        if cleaned is None:
            continue
        surface, start, end, evidence = cleaned
        inner = next((a for a, b, _, _ in defined if start < a and b == end), None)
        if inner is not None and (before := _name_before_name(text, start, inner)) is not None:
            # "the US Federal Bureau of Investigation (FBI)", "the United Nations' Food and
            # Agriculture Organization (FAO)": the acronym says where the name begins; the
            # country or the body before it is named too.
            if before[:2] not in links:
                _add_found_name(clusters, links, text, *before, 1)
            continue
        entity_type = TAGGER_TYPES.get(mention.label)
        party = _party_of_members(surface) if mention.label == "NORP" else None
        if party is not None:
            entity_type = "Organization"  # "the Republicans", "Republican senator": the party
        elif entity_type is None:
            continue
        cluster = _cluster(clusters, party or surface)
        cluster.forms[surface] += 1
        cluster.votes[entity_type] += 1
        cluster.tagged = True
        cluster.genders.add(_gender_before(text, start))
        context_type = evidence or _context_type(text, start)
        if context_type is not None:
            cluster.votes[context_type] += 2  # the text says what it is: stronger than a tag
        cluster.positions.append(start)
        cluster.spans.add((start, end))
        links[(start, end)] = cluster.key
        links.setdefault((mention.start, mention.end), cluster.key)

    for start, end, acronym_start, acronym_end in defined:
        entity_type = _defined_name_type(text[start:end], start, end, mentions)
        if not any(a <= start and end <= b for a, b in links):
            _add_found_name(clusters, links, text, start, end, entity_type, 2)
        if (acronym_start, acronym_end) not in links:
            _add_found_name(clusters, links, text, acronym_start, acronym_end, entity_type, 1)

    # 2. Arguments: named ones first, then pronouns and descriptions.
    value_spans = [(m.start, m.end) for m in extraction.mentions if m.label in _VALUE_LABELS]
    # A headline in title case capitalizes every word: capitals there are no evidence of a name.
    title_case = {s.index for s in extraction.sentences[:1] if _title_cased(s.text)}
    named_spans = sorted(links)
    pending: list[tuple[Fact, Argument, str]] = []
    facts = tuple(f for f in extraction.facts if not _in_spans(f.sentence.start, furniture))
    for fact in facts:
        canon = canonical_relation(fact, lang)
        for slot, argument in _arguments(fact):
            key = headed.get(argument.start) if argument.text[:1].islower() or _DESCRIPTION.match(
                fold(argument.text)) else None
            key = key or _link_named(argument, clusters, named_spans, links, text, furniture)
            if key is None and fact.sentence.index not in title_case and \
                    _untagged_name(argument, fact, text, furniture, value_spans):
                surface = _balanced(_LEADING_QUANTIFIER.sub("", re.split(r"['’]s\s+(?=[A-Z])", argument.text.strip())[-1]))
                surface = _TRAILING_SCORE.sub("", surface)  # "Werder Bremen 5-3"
                surface = _BASED_BEFORE.sub("", surface)  # "Ohio-based Northwind Energy"
                surface, _start, titled = _strip_title(surface, 0)  # "Diplomat Espen Barth Eide"
                if surface and surface[:1].isupper() and read_value(argument.text, lang)[0] is None:
                    cluster = _cluster(clusters, surface)
                    if titled:
                        cluster.votes["Person"] += 2
                    cluster.forms[surface] += 1
                    cluster.positions.append(argument.start)
                    cluster.spans.add((argument.start, argument.end))
                    key = cluster.key
            if key is not None:
                links[(argument.start, argument.end)] = key
                _vote_from_evidence(clusters[key], argument, _voting_slot(fact, slot, canon), canon)
            else:
                pending.append((fact, argument, slot))

    # 2b. Bodies, places, people and events the text names with common nouns
    # ("la police", "l'hôpital"): entities of this document only.
    person_spans = sorted(span for span, key in links.items() if clusters_type(clusters, key) == "Person")
    for nominal in (nominal_entities(extraction, set(links)) if len(text) <= LONG_TEXT else ()):
        heading = next((key for at, key in headed.items() if at <= nominal.start <= at + 3), None)
        if heading is not None:
            links[(nominal.start, nominal.end)] = heading  # "Merck : le laboratoire allemand": Merck
            continue
        apposed = _apposed_person(nominal, text, person_spans, links) if nominal.type == "Person" else None
        if apposed is not None:
            links[(nominal.start, nominal.end)] = apposed  # "Sohane Martin, un homme de 45 ans,"
            continue
        cluster = clusters.get(nominal.key) or clusters.setdefault(nominal.key, _Cluster(nominal.key))
        cluster.forms[nominal.text] += 1
        cluster.votes[nominal.type] += 3
        cluster.tagged = True
        cluster.nominal = True
        cluster.heads.add(fold(nominal.head))
        cluster.genders.add(_gender_of_determiner(nominal.text) or _gender_before(text, nominal.start))
        cluster.positions.append(nominal.start)
        cluster.spans.add((nominal.start, nominal.end))
        links[(nominal.start, nominal.end)] = nominal.key

    # 3. Short forms ("Northwind" after "Northwind Energy"), then types, so
    # coreference can check compatibility.
    sporting = _about_sport(text)
    if sporting:
        _vote_teams(clusters)
    types = {key: _elect(cluster) for key, cluster in clusters.items()}
    for variant, name in _spelling_variants(clusters, types):
        _merge(clusters, variant, name, links)  # "Mahmud Abbas" is "Mahmoud Abbas"
    merges, glued = _short_forms(clusters, types, text, sporting=sporting)
    for short, full in _head_nouns(clusters, types, text).items():
        merges.setdefault(short, full)
    for nickname, person in _nicknames(clusters, types, text).items():
        merges.setdefault(nickname, merges.get(person, person))
    renamed: dict[str, str] = {}
    for short, full in sorted(merges.items(), key=lambda m: _all_acronyms(clusters[m[0]])):
        target = renamed.get(full, full)
        if target not in clusters or short not in clusters or target == short:
            continue
        if short in glued:
            clusters[short].forms.clear()  # "Iraq Obama" is Obama, and no name of his
        if _all_acronyms(clusters[short]) and not _all_acronyms(clusters[target]) and target == full:
            # News writes "EU" more often than "European Union" alone: the acronym
            # keys the entity, so that documents using either share its IRI.
            _merge(clusters, target, short, links)
            renamed[full] = short
        else:
            _surname_votes(clusters[short], clusters[target], types.get(target))
            _merge(clusters, short, target, links)
    types = {key: _elect(cluster) for key, cluster in clusters.items()}
    if len(text) <= LONG_TEXT:
        _repeat_names(text, clusters, types, links, furniture)
    _describe_named_people(clusters, types, links, lang)
    chooser = antecedents if antecedents is not None else load_antecedent_model(lang)
    salience = _salience(extraction, facts, clusters, links)
    for fact, argument, slot in pending:
        if slot == "subject" and _impersonal(fact):
            continue  # "il faut", "il y a", "it is raining": nobody
        canon = canonical_relation(fact, lang)
        # The relation's domain and range narrow what a pronoun may take up: "son"
        # in "son directeur général X" is the organization, not a person.
        wanted = None if canon is None else canon.subject_type if slot == "subject" else \
            canon.object_type if slot == "object" else None
        key = _corefer(argument, clusters, types, text, wanted=wanted, salience=salience, chooser=chooser,
                       fact=fact, slot=slot)
        if key is not None:
            links[(argument.start, argument.end)] = key
            # "Le géant technologique ... qu'il espère": what a pronoun or a
            # description took up is named there too, for those that follow.
            salience.add(key, argument.start, subject=slot == "subject")
            _vote_from_evidence(clusters[key], argument, _voting_slot(fact, slot, canon), canon)
    types = {key: _elect(cluster) for key, cluster in clusters.items()}

    # 3b. "nous"/"we" in a quote: the organization the speaker works for.
    employers: dict[str, str] | None = None
    for fact, argument, _slot in pending:
        if (argument.start, argument.end) in links or fold(argument.text) not in _WE or not fact.attribution:
            continue
        if employers is None:
            employers = _employers(facts, links, types, lang)
        key = employers.get(entity_key(_strip_determiner(fact.attribution)))
        if key is not None:
            links[(argument.start, argument.end)] = key

    # 3c. "stepped down from his role", "a quitté ses fonctions": the post is
    # the organization the passage is about.
    _link_own_posts(facts, links, types, extraction.sentences, lang)

    # 4. Parts ("la division cloud d'Alibaba" → Alibaba Cloud ... is part of Alibaba).
    _find_parts(text, clusters, types)

    # 5. Values, normalized once here.
    anchor, note = _reference_date(document.date, text, lang)
    if note:
        warnings.append(note)
    values: dict[tuple[int, int], Value] = {}
    undated: list[str] = []
    for fact in facts:
        for _slot, argument in _arguments(fact):
            span = (argument.start, argument.end)
            if span in values:
                continue
            value, reason = read_value(argument.text, lang, doc_date=anchor)
            if value is not None:
                qualifier = qualifier_for_role(argument.role)
                if qualifier and value.qualifier is None:
                    value = replace(value, qualifier=qualifier)
                values[span] = value
                if span in links and value.kind in ("money", "percent", "quantity", "date", "period"):
                    del links[span]  # "2023" is a year, not an entity
            elif reason and span not in links:
                if reason.endswith(_UNDATED):
                    undated.append(argument.text)
                    continue
                message = f"sentence {fact.sentence.index}: {reason}"
                if message not in warnings:
                    warnings.append(message)
    # Every amount of money the text states, carried by a fact or not, and
    # both amounts of "€3.2 million ($3.5 million)".
    taken = sorted(values)
    for sentence in extraction.sentences:
        if _in_spans(sentence.start, furniture):
            continue
        position = 0
        for amount in read_amounts(sentence.text, lang):
            at = sentence.text.find(amount.text, position)
            if at < 0:
                continue
            position = at + len(amount.text)
            span = (sentence.start + at, sentence.start + position)
            i = bisect_right(taken, span) - 1
            if (i >= 0 and taken[i][0] <= span[0] < taken[i][1] and values[taken[i]].kind == "money"
                    and (taken[i] == span or values[taken[i]].amount == amount.amount)):
                continue  # the argument's own value
            if span not in values:
                values[span] = amount
    sums = {(argument.start, argument.end) for fact in facts
            if (canon := canonical_relation(fact, lang)) is not None and canon.property in _SUM_PROPERTIES
            for slot, argument in _arguments(fact) if slot != "subject"}
    _elided_currencies(values, extraction.sentences, sums)
    if undated:
        # One line per document, not one per "Monday": the fix is the same for all.
        shown = ", ".join(repr(t) for t in list(dict.fromkeys(undated))[:3])
        more = f" and {len(undated) - 3} more" if len(undated) > 3 else ""
        warnings.append(f"{len(undated)} relative dates ({shown}{more}) left undated: the document has no date; "
                        f"give one (JSONL \"date\") to date them")

    linked = set(links.values())
    entities = tuple(
        _entity(cluster, types[cluster.key]) for cluster in sorted(clusters.values(), key=lambda c: c.key)
        if (cluster.key in linked or cluster.forms) and _kept(cluster, types[cluster.key])
    )
    known = {e.key for e in entities}
    kept_links = tuple(sorted((span, key) for span, key in links.items() if key in known))
    relations = (find_relations(text, extraction.sentences, entities, kept_links, lang, facts)
                 if with_relations and len(text) <= LONG_TEXT else ())
    if with_relations:
        kept_types = {e.key: e.type for e in entities}
        succession, replaced = _replacements(facts, dict(kept_links), kept_types, lang)
        relations = (*relations, *succession,
                     *implied_departures(replaced, kept_links, kept_types, extraction.sentences),
                     *implied_positions(_bare_roles(facts, dict(kept_links), kept_types, lang),
                                        kept_links, kept_types, extraction.sentences,
                                        held=_held_posts(facts, dict(kept_links), kept_types, lang)),
                     *implied_appointers(_appointed_without_agent(facts, dict(kept_links), kept_types, lang),
                                         kept_links, kept_types, extraction.sentences),
                     *implied_departures(_left_without_organization(facts, dict(kept_links), kept_types, lang),
                                         kept_links, kept_types, extraction.sentences))
        # A thing the text names once with a common noun ("la route", "une réunion")
        # and relates to nothing is a phrase of its fact, not an entity of the graph;
        # an event of a known kind ("un incendie", "une explosion") stays what the report is about.
        related = {key for r in relations for key in (r.subject, r.object)}
        named_at: dict[str, set[int]] = defaultdict(set)
        for (start, _end), key in kept_links:
            named_at[key].add(start)
        kinds = groups("EVENT_KINDS", lang)
        passing = {key for key, cluster in clusters.items() if cluster.nominal and key not in related
                   and len(named_at.get(key, ())) <= 1
                   and not (types.get(key) == "Event" and cluster.heads & kinds.keys())}
        if passing:
            entities = tuple(e for e in entities if e.key not in passing)
            kept_links = tuple(link for link in kept_links if link[1] not in passing)
    return Resolution(
        entities=entities,
        links=kept_links,
        relations=relations,
        values=tuple(sorted(values.items(), key=lambda item: item[0])),
        warnings=tuple(warnings),
    )


def _salience(
    extraction: Extraction, facts: tuple[Fact, ...], clusters: dict[str, _Cluster], links: dict[tuple[int, int], str]
) -> _Salience:
    """Where each entity was named, was the topic of a sentence, and was introduced by a description."""
    subjects: dict[str, list[int]] = defaultdict(list)
    descriptions: dict[str, set[str]] = defaultdict(set)
    # The first entity a sentence names is its topic, as its subject is,
    # whether or not the parser found the subject.
    ordered_links = sorted(links.items())
    link_starts = [span[0] for span, _key in ordered_links]
    for sentence in extraction.sentences:
        i = bisect_left(link_starts, sentence.start)
        if i < len(ordered_links) and link_starts[i] < sentence.end:
            span, key = ordered_links[i]
            subjects[key].append(span[0])
    for fact in facts:
        key = links.get((fact.subject.start, fact.subject.end))
        if key is not None:
            subjects[key].append(fact.subject.start)
        for _slot, argument in _arguments(fact):
            key = links.get((argument.start, argument.end))
            if key in clusters:
                description = _introducing_description(argument, clusters[key])
                if description:
                    descriptions[key].add(description)
    return _Salience(clusters, subjects, descriptions, [s.start for s in extraction.sentences], links)


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


@lru_cache(maxsize=None)
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


def _link_own_posts(
    facts: tuple[Fact, ...], links: dict[tuple[int, int], str], types: dict[str, str],
    sentences: tuple[Sentence, ...], lang: str,
) -> None:
    """Link an organization's own body ("ses administrateurs") and a person's own post ("his role",
    "ses fonctions") in a change of post to the organization in context."""
    context: OrganizationContext | None = None

    def link(span: tuple[int, int], fact: Fact, at: int, *, after: bool) -> None:
        nonlocal context
        if context is None:
            context = OrganizationContext(sorted(links.items()), types, sentences)
        organization = context.at(fact.sentence.index, at, after=after)
        if organization is not None:
            links[span] = organization

    for fact in facts:
        subject, obj = fact.subject, fact.object
        body = (subject.start, subject.end) not in links and _OWN_BODY.fullmatch(fold(subject.text))
        post = obj is not None and (obj.start, obj.end) not in links and _OWN_POST.fullmatch(fold(obj.text))
        if not body and not post:
            continue
        canon = canonical_relation(fact, lang)
        if canon is None:
            continue
        if body and canon.property in ("appoints", "leaves"):
            # "Suez a annoncé que ses administrateurs avaient désigné X": the body acts for Suez.
            link((subject.start, subject.end), fact, subject.start, after=False)
        person = links.get((subject.start, subject.end))
        if post and obj is not None and canon.property in ("leaves", "holdsPositionAt") \
                and person is not None and types.get(person) == "Person":
            link((obj.start, obj.end), fact, subject.end, after=True)


#: An organization's own governing body, with no organization named ("ses administrateurs", "its board").
_OWN_BODY = re.compile(
    r"(?:its|their|son|sa|ses|leur|leurs)\s+(?:\w+\s+)?"
    r"(?:board|directors|shareholders|conseil d'administration|conseil|administrateurs|actionnaires|directoire)"
    r"(?:\s+(?:of|de|d')\s*(?:directors|surveillance|administration))?"
)

#: A person's own post, with no organization named ("his role", "ses fonctions", "son poste").
_OWN_POST = re.compile(
    r"(?:his|her|their|son|sa|ses|leur|leurs)\s+(?:\w+\s+)?"
    r"(?:role|post|position|job|seat|roles|posts|poste|postes|fonction|fonctions|mandat|siege)"
    r"(?:\s+(?:of|as|de|d')\s*[\w' -]+)?"
)


def _elided_currencies(values: dict[tuple[int, int], Value], sentences: tuple[Sentence, ...],
                       sums: Collection[tuple[int, int]] = ()) -> None:
    """Give a bare amount the currency its sentence uses ("les 250 millions levés par OVH, ou les 80 millions d'euros").

    News drops the currency it has just named or is about to name. A count
    with no unit whose words end on a scale ("250 millions", "$2 billion" is
    already money) becomes money when every other amount of money in the
    sentence is in one currency. One that a fact spends, raises or earns
    (``sums``: "le groupe prévoit d'investir 175 millions sur 5 ans") takes the
    currency of the document when all its amounts of money share one.
    """
    if not values:
        return
    spans = sorted(values)
    starts = [span[0] for span in spans]
    for sentence in sentences:
        inside = spans[bisect_left(starts, sentence.start):bisect_left(starts, sentence.end)]
        currencies = {values[span].unit for span in inside if values[span].kind == "money"}
        if len(currencies) != 1 or None in currencies:
            continue
        currency = next(iter(currencies))
        for span in inside:
            value = values[span]
            if value.kind == "quantity" and value.unit is None and _BARE_SCALE.search(value.text):
                values[span] = replace(value, kind="money", unit=currency)
    currencies = {value.unit for value in values.values() if value.kind == "money"}
    if len(currencies) != 1 or None in currencies:
        return
    currency = next(iter(currencies))
    for span in sums:
        value = values.get(span)
        if value is not None and value.kind == "quantity" and value.unit is None and _BARE_SCALE.search(value.text):
            values[span] = replace(value, kind="money", unit=currency)


#: Properties whose object or amount is a sum of money.
_SUM_PROPERTIES = frozenset({"invests", "raisesFunds", "acquires", "earnsRevenue", "sells"})


#: A number that ends on a scale word and counts nothing named ("250 millions", "1,5 milliard").
_BARE_SCALE = re.compile(r"\d[\d.,\s]*\s*(?:millions?|milliards?|billions?|trillions?|mds?|mrds?|mn|mln|bn|bln)\s*$",
                         re.IGNORECASE)


#: Properties whose subject acts on their object: in a passive ("X a été nommé",
#: "X was acquired") the grammatical subject is the object, and without an
#: agent the fact states no subject of the property.
PATIENT_FIRST = frozenset({"appoints", "acquires", "cutsJobs"})

#: Words of a passive's auxiliary in a relation phrase ("a été nommé", "was acquired").
_PASSIVE_WORDS = frozenset("etre ete be been was were is are get got gets est sont fut furent".split())


def _is_passive(fact: Fact) -> bool:
    """Whether a fact's relation phrase is a passive ("a été nommé", "was acquired by")."""
    return not _PASSIVE_WORDS.isdisjoint(re.findall(r"\w+", fold(fact.relation)))


def _voting_slot(fact: Fact, slot: str, canon: Canonical | None) -> str:
    """The slot whose type a fact's argument is evidence for: a passive's subject is the property's object."""
    if slot == "subject" and canon is not None and canon.property in PATIENT_FIRST and _is_passive(fact):
        return "object"  # "Paul Roux a été nommé": a person, not the organization that appoints
    return slot


def agentless_passive(fact: Fact, links: Mapping[tuple[int, int], str]) -> bool:
    """Whether a fact is a passive whose agent the sentence does not name as an entity.

    "Paul Roux a été nommé directeur financier": who appointed him is left
    to the reader, unlike "nommé par le conseil de Lumen".
    """
    if not _is_passive(fact):
        return False
    return not any(fold(a.role) in ("agent", "par", "by") and (a.start, a.end) in links
                   for a in (fact.object, *fact.args) if a is not None)


def _asserted_of_people(
    facts: tuple[Fact, ...], links: dict[tuple[int, int], str], types: dict[str, str], lang: str, prop: str
) -> Iterator[tuple[Fact, str]]:
    """``(fact, person key)`` for the asserted facts of canonical property ``prop`` whose subject is a person."""
    for fact in facts:
        if fact.negated or fact.modality == "conditional":
            continue
        person = links.get((fact.subject.start, fact.subject.end))
        if person is None or types.get(person) != "Person":
            continue
        canon = canonical_relation(fact, lang)
        if canon is not None and canon.property == prop:
            yield fact, person


def _appointed_without_agent(
    facts: tuple[Fact, ...], links: dict[tuple[int, int], str], types: dict[str, str], lang: str
) -> Iterator[tuple[str, int, int]]:
    """People a passive says were appointed, by no one it names: ``(person, mention start, sentence index)``."""
    for fact, person in _asserted_of_people(facts, links, types, lang, "appoints"):
        if agentless_passive(fact, links):
            yield person, fact.subject.start, fact.sentence.index


def _left_without_organization(
    facts: tuple[Fact, ...], links: dict[tuple[int, int], str], types: dict[str, str], lang: str
) -> Iterator[tuple[str, int, int]]:
    """People a fact says left, naming no organization they left: ``(person, mention start, sentence index)``."""
    for fact, person in _asserted_of_people(facts, links, types, lang, "leaves"):
        ends = [a for a in (fact.object, *fact.args) if a is not None]
        if any(types.get(links.get((a.start, a.end), "")) == "Organization" for a in ends):
            continue  # "a quitté Renault": the text names it
        yield person, fact.subject.start, fact.sentence.index


def _replacements(
    facts: tuple[Fact, ...], links: dict[tuple[int, int], str], types: dict[str, str], lang: str
) -> tuple[list[Relation], list[tuple[str, int, int]]]:
    """Who left and who was appointed, read from a verb of succession.

    "Nestle replaced CEO Mark Schneider with Laurent Freixe": Schneider left
    Nestle, and Nestle appointed Freixe. When no organization is the subject
    ("Chaussade succédera à Mestrallet", "Bolloré a été remplacé par
    Delbos"), the one replaced left the organization of the passage: those
    come back as ``(person, mention start, sentence index)``, for
    :func:`implied_departures`.

    Returns:
        The relations the text states, and the people who left an organization it leaves to the reader.
    """
    verbs, markers = words("REPLACE_VERBS", lang), words("SUCCESSOR_MARKERS", lang)
    marker_pattern = re.compile(r"\s(?:" + "|".join(map(re.escape, sorted(markers))) + r")\s")
    ordered = sorted((span, key) for span, key in links.items() if types.get(key) == "Person")
    starts = [span[0] for span, _key in ordered]
    found: list[Relation] = []
    leaving: list[tuple[str, int, int]] = []
    for fact in facts:
        if fact.negated or fact.modality == "conditional" or verbs.isdisjoint(fold(fact.lemma or fact.relation).split()):
            continue
        subject = links.get((fact.subject.start, fact.subject.end))
        if _is_passive(fact):
            if types.get(subject) == "Person":  # "Bolloré a été remplacé par Delbos"
                leaving.append((subject, fact.subject.start, fact.sentence.index))
            continue
        if fact.object is None:
            continue
        # "Laxman Narasimhan with Brian Niccol": who goes, then (after the marker) who comes.
        marker = marker_pattern.search(fold(fact.object.text))
        cut = fact.object.start + marker.start() if marker else fact.object.end
        inside = [(span, key) for span, key in ordered[bisect_left(starts, fact.object.start):
                                                      bisect_left(starts, fact.object.end)]
                  if span[1] <= fact.object.end]
        own = links.get((fact.object.start, fact.object.end))
        replaced = own if types.get(own) == "Person" else next((k for span, k in inside if span[1] <= cut), None)
        if replaced is None or replaced == subject:
            continue
        successors = [k for span, k in inside if span[0] >= cut and k != replaced]
        successors += [links[(a.start, a.end)] for a in fact.args if fold(a.role) in markers
                       and types.get(links.get((a.start, a.end), "")) == "Person"]
        if types.get(subject) == "Organization":
            found.append(Relation(replaced, "leaves", subject, fact.sentence.index, fact.confidence, "kg.succession"))
            found.extend(Relation(subject, "appoints", person, fact.sentence.index, fact.confidence, "kg.succession")
                         for person in dict.fromkeys(successors) if person != subject)
        else:
            leaving.append((replaced, fact.object.start, fact.sentence.index))
    return found, leaving


def _bare_roles(
    facts: tuple[Fact, ...], links: dict[tuple[int, int], str], types: dict[str, str], lang: str
) -> Iterator[tuple[str, int, int]]:
    """People given a corporate title with no organization: ``(person, mention start, sentence index)``."""
    for fact in facts:
        if fact.negated:
            continue
        person = links.get((fact.subject.start, fact.subject.end))
        if person is None or types.get(person) != "Person":
            continue
        canon = canonical_relation(fact, lang)
        if canon is None or canon.property != "holdsPositionAt" or not CORPORATE_TITLES.intersection(canon.titles):
            continue
        ends = [a for a in (fact.object, *fact.args) if a is not None]
        if any(types.get(links.get((a.start, a.end), "")) in ("Organization", "Place") for a in ends):
            continue  # "CEO of Intel": the text names it
        yield person, fact.subject.start, fact.sentence.index


def _held_posts(
    facts: tuple[Fact, ...], links: dict[tuple[int, int], str], types: dict[str, str], lang: str
) -> dict[tuple[int, int], str]:
    """Spans of organizations the text gives someone a post at → that person ("X, président de Michelin")."""
    held: dict[tuple[int, int], str] = {}
    for fact in facts:
        person = links.get((fact.subject.start, fact.subject.end))
        if fact.negated or person is None or types.get(person) != "Person":
            continue
        canon = canonical_relation(fact, lang)
        if canon is None or canon.property != "holdsPositionAt":
            continue
        for argument in (fact.object, *fact.args):
            span = (argument.start, argument.end) if argument is not None else None
            if span is not None and types.get(links.get(span, "")) == "Organization":
                held.setdefault(span, person)
    return held


#: A capitalized place name of up to three words, as glued to "-based".
_BASED_PLACE = r"[A-Z][\w.'’]*(?:[\s-][A-Z][\w.'’]*){0,2}"

#: A place glued to "-based" ("Lyon-based", "Seattle-based").
_BASED_ON = re.compile(r"\b(?:(?:The|A|An)\s+)?(" + _BASED_PLACE + r")-based\b")

#: A place glued to "-based" that opens a name ("Ohio-based Northwind", "New York-based Acme").
_BASED_BEFORE = re.compile(_BASED_PLACE + r"-(?:based|headquartered)\s+(?=[A-Z0-9])")

#: Words that open a phrase before a name without belonging to it ("These", "Both", "17-year-old").
_LEADING_QUANTIFIER = re.compile(
    r"^(?:(?:these|those|this|that|both|all|many|some|several|most|we|our|their|his|her|its|my|your|each|every|"
    r"another|other|such|ces|cette|ce|cet|tous|toutes|plusieurs|certains|certaines)\s+|\d+-year-old\s+)+",
    re.IGNORECASE,
)


#: Words before a name that describe it in apposition: a determiner, then
#: nouns and adjectives without a preposition or a conjunction that would
#: make the name a complement ("la croissance de Lumen", "rivals and Lumen").
_APPOSED_DESCRIPTION = re.compile(
    r"(?:l'|(?:le|la|les|un|une|son|sa|ses|leur|leurs|notre|nos|ce|cette|the|a|an|its|his|her|their|our|this)\s+)"
    r"(?:(?!(?:de|du|des|a|au|aux|en|par|pour|avec|sur|et|ou|of|for|in|on|at|by|with|and|or|to|from|than|que|qui|"
    r"that|which|who)\b)[a-z][\w-]*\s+){1,4}"
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


def _kept(cluster: _Cluster, entity_type: str) -> bool:
    """Whether a cluster is an entity: the tagger named it, evidence typed it, or the text names it fully or twice."""
    if cluster.tagged or entity_type != "Entity":
        return True
    return len(cluster.positions) >= 2 or any(len(form.split()) >= 2 for form in cluster.forms)


#: How :func:`kg.normalize.read_value` ends the reason a relative date could not be dated.
_UNDATED = "it is relative and the document has no date"


def _in_spans(offset: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``offset`` falls in one of ``spans``."""
    return any(start <= offset < max(end, start + 1) for start, end in spans)


def _arguments(fact: Fact) -> Iterator[tuple[str, Argument]]:
    """The fact's arguments with their slot: subject, object, or arg."""
    yield "subject", fact.subject
    if fact.object is not None:
        yield "object", fact.object
    for argument in fact.args:
        yield "arg", argument


#: The particles of a surname ("Ursula von der Leyen", "Thomas de Maizière", "Rafael van der Vaart").
_PARTICLES = r"(?:von|van|vom|zu|zur|der|den|dem|de|da|das|di|do|dos|del|della|du|la|ter|ten)"
#: A name that ends with a particle: it goes on ("Ursula von" | "der Leyen").
_ENDS_WITH_PARTICLE = re.compile(r"\s" + _PARTICLES + r"$")
#: The particles that are also French prepositions and articles ("de", "la", "du").
_ROMANCE_PARTICLES = frozenset("de la du da das di do dos del della".split())
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
        if last is not None and last.label == mention.label == "PERSON" and last.end + 1 == mention.start \
                and text[last.end] == " " and mention.text[:1].isupper() \
                and last.sentence_index == mention.sentence_index:
            joined[-1] = replace(last, text=text[last.start:mention.end], end=mention.end)
            continue
        if mention.label == "PERSON" and _ENDS_WITH_PARTICLE.search(mention.text) and \
                (rest := _AFTER_PARTICLE.match(text, mention.end)):
            mention = replace(mention, text=text[mention.start:rest.end()], end=rest.end())
        before = _PARTICLES_BEFORE.search(text, max(0, mention.start - 12), mention.start)
        if before and lang == "fr" and set(before[0].split()) <= _ROMANCE_PARTICLES:
            before = None  # "la ville de la France", "le travail de Marie Dupont"
        if before and mention.label in ("PERSON", "GPE", "ORG") and mention.text[:1].isupper() and (
                " " in before[0].strip() or mention.label == "PERSON") and \
                not re.search(r"[A-ZÀ-Ý][\w'’-]*\s+$", text[max(0, before.start() - 30):before.start()]):
            mention = replace(mention, text=text[before.start():mention.end], start=before.start(), label="PERSON")
        joined.append(mention)
    return joined


def _add_found_name(
    clusters: dict[str, _Cluster], links: dict[tuple[int, int], str], text: str, start: int, end: int,
    entity_type: str, weight: int,
) -> str:
    """Record a name a pattern of the text found (not the tagger) as a mention of its entity; returns the key."""
    surface = text[start:end]
    cluster = _cluster(clusters, surface)
    cluster.forms[surface] += 1
    cluster.votes[entity_type] += weight
    cluster.tagged = True
    cluster.positions.append(start)
    cluster.spans.add((start, end))
    links[(start, end)] = cluster.key
    return cluster.key


def _cluster(clusters: dict[str, _Cluster], surface: str) -> _Cluster:
    """The cluster of ``surface``'s key, created when new."""
    key = entity_key(surface)
    if key not in clusters:
        clusters[key] = _Cluster(key)
    return clusters[key]


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
            if folded.startswith(elision) and len(surface) > len(elision) and not (
                    elision == "n'" and surface[:1] == "N" and surface[2:3].isupper()):  # "N'Djaména", "N'Golo"
                surface, start = surface[len(elision):], start + len(elision)
                break
        if lang == "en" and mention.label != "PERSON" and (m := re.match(r"(?:an?|An?)\s+(?=[A-Z])", surface)) \
                and lookup_place(surface) is None:
            surface, start = surface[m.end():], start + m.end()  # "A European Court has ruled"; not "A Coruña"
        if m := re.match(r"(?:the|The|THE|de|du|des)\s+(?=[\"“«‘']?[A-Z0-9])" if mention.label != "PERSON"
                         else r"(?:the|The|THE)\s+(?=[\"“«‘']?[A-Z0-9])", surface):
            surface, start = surface[m.end():], start + m.end()  # "the Netherlands", "de France"; not "de Gaulle"
        if m := re.match(r"(?:Dr|Mr|Mrs|Ms|Mme|Mlle|Mgr|Pr|Prof|M)\.?\s+(?=[A-Z])", surface):
            surface, start, evidence = surface[m.end():], start + m.end(), "Person"
        if m := _BASED_BEFORE.match(surface):
            surface, start = surface[m.end():], start + m.end()  # "Ohio-based | Northwind Energy": the place is its own
        if m := re.match(r"(?:ex|then)-(?=[A-ZÀ-Ý])", surface):
            surface, start = surface[m.end():], start + m.end()  # "ex-Flipkart executives": Flipkart
        if m := re.match(r"\d{1,2}[:.h]\d{2}\s+(?=[A-ZÀ-Ý])", surface):
            surface, start = surface[m.end():], start + m.end()  # "18:40 Manfred Weber": a live blog's clock
        stripped = surface.lstrip(" \t\"'`«“‘(-–—,;:")
        start += len(surface) - len(stripped)
        surface = stripped
        surface = re.sub(r"\s*['’]s$|\s+(?:of|de|du|des|the|and|et|&|à|a|for|pour)$", "", surface)
        surface = re.sub(r"(?<=\w)\s+\([^()]*\)?$", "", surface)  # "Association of Bakers (NVBÄ)": the acronym is its own mention
        surface = _TRAILING_SCORE.sub("", surface)  # "Hertha Berlin 2-0": the score of a match
        surface = _LOWERCASE_CONJUNCT.sub("", surface)  # "l'Agence | et oncle maternel de la jeune femme"
        if not re.search(r"(?:\b[A-Z]\.|\b(?:Inc|Corp|Ltd|Co|Jr|Sr|St)\.)$", surface):
            surface = surface.rstrip(" \t\"'»”’),;:.!?-–—")
        else:
            surface = surface.rstrip(" \t\"'»”’),;:!?-–—")
        end = start + len(surface)
        changed = (surface, start) != before
    if mention.label in ("LOC", "GPE") and (m := re.match(r"(?:la|le|les|La|Le|Les)\s+(?=[A-ZÀ-Ý])", surface)) \
            and (rest := lookup_place(surface[m.end():])) is not None and \
            lookup_place(surface) in (None, rest):
        surface, start = surface[m.end():], start + m.end()  # "la France", not "Le Havre"
        end = start + len(surface)
    if lang == "en" and mention.label in _PLACE_OR_BODY | {"PERSON"} and \
            (tail := re.search(r"(?:\s+[a-z][a-z0-9.-]*)+$", surface)) and re.search(r"[A-Z]", surface[:tail.start()]):
        # English capitalizes names: "the CDU party", "Paktika province", "Xinhua news agency
        # reported" end where the capitals do, and the noun says what the name is.
        nouns = set(tail.group().split())
        surface = surface[:tail.start()]
        end = start + len(surface)
        if nouns & _PLACE_NOUNS:
            evidence = "Place"
        elif nouns & _BODY_NOUNS:
            evidence = "Organization"
    # A title opens people's names, not those of firms and places ("General
    # Motors", "King David Hotel", "St. Anton").
    stripped_title, title_start, titled = _strip_title(surface, start) if mention.label not in _PLACE_OR_BODY \
        else (surface, start, False)
    if titled:
        surface, start, evidence = stripped_title, title_start, "Person"
        end = start + len(surface)
    elif (cut := _role_of(surface)) is not None:
        # "Président de la Fondation Alaitz": the post is the person's, the name the organization's.
        surface, start = surface[cut:], start + cut
        surface = re.sub(r"\s+(?:en|in|au|aux)$", "", surface)
        end = start + len(surface)
    if not _acceptable_name(surface, text, start, furniture) or _not_a_name(surface) or \
            _common_word_opening(surface, text, start, lang):
        return None
    if evidence is None and TAGGER_TYPES.get(mention.label) == "Person" and len(surface.split()) >= 2 and \
            fold(surface.split()[-1]).strip(".,") in _ORG_WORDS:
        evidence = "Organization"  # "Frankfurter Allgemeine Zeitung", "Famagusta Gazette" tagged a person
    if surface.islower():
        return None  # "cloud" tagged MISC: names are capitalized
    if _DISEASE_BEFORE.search(fold(text[max(0, start - 16):start])) or \
            re.match(r"['’]s\s+(?:disease|syndrome)\b", text[end:end + 12], re.IGNORECASE):
        return None  # "la maladie d'Alzheimer", "Parkinson's disease": a disease's name, not a person's
    before_text = fold(text[max(0, start - 4):start])
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


@lru_cache(maxsize=1)
def _single_roles() -> frozenset[str]:
    """Role nouns of one word ("président", "directrice", "chairman")."""
    return frozenset(r for r in words("ROLE_NOUNS") if " " not in r and "'" not in r)


#: Nouns after a place's name that say it is one ("Paktika province").
_PLACE_NOUNS = frozenset("province county district region city state coast archipelago island islands valley "
                         "river mountains village town".split())
#: Nouns after an organization's name that say it is one ("the CDU party", "Xinhua news agency").
_BODY_NOUNS = frozenset("party agency union bureau commission newspaper daily magazine company group "
                        "foundation ministry council committee".split())

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
    before = text[max(0, start - 3):start].rstrip(" \t\"'“‘«(")
    if before and before[-1] not in ".!?:\n|":
        return False
    lower = surface[0].lower() + surface[1:]
    participle = lang == "fr" and _PARTICIPLE_OPENING.match(text, start + len(surface)) is not None \
        and _PARTICIPLE_ENDING.search(surface) is not None
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
    if surface.isupper() and len(words) >= 2 and any(w in NOISE_WORDS or w in ("sur", "meme", "sujet") for w in words):
        return False  # a shouted heading, "SUR LE MÊME SUJET"
    if all(w in NOISE_WORDS for w in words) and not acronym:
        return False
    return True


# --------------------------------------------------------------------------
# What a name is not: dates, roles and titles standing alone.

#: Tagger labels of spans that are values or adjectives, never entities.
_VALUE_LABELS = frozenset({"NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})

_JOINING = frozenset("of de du des d' la le les l' the and et for a au aux".split())


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """Every word of a role noun, role modifier or title, folded ("prime", "minister", "former", "mr")."""
    found: set[str] = set()
    for name in ("ROLE_NOUNS", "ROLE_MODIFIERS", "HONORIFICS"):
        for phrase in words(name):
            found.update(re.findall(r"[\w]+", phrase))
    return frozenset(found - _JOINING)


@lru_cache(maxsize=1)
def _title_heads() -> frozenset[str]:
    """Words that end a role or title before a name ("Chancellor", "President", "Mr")."""
    found: set[str] = set()
    for name in ("ROLE_NOUNS", "HONORIFICS"):
        for phrase in words(name):
            parts = re.findall(r"[\w]+", phrase)
            if parts and not set(parts) & _JOINING:  # "secretary of state": "state" ends no title
                found.add(parts[-1])
    # Adjectives that end a role ("directrice générale") also open names ("Générale Électrique").
    return frozenset(found - {"generale", "financiere", "deleguee", "financier", "technique"})


@lru_cache(maxsize=1)
def _joined_roles() -> tuple[str, ...]:
    """Role phrases with a joining word ("secretary of state", "ministre de l'intérieur"), longest first."""
    phrases = [p for name in ("ROLE_NOUNS",) for p in words(name) if set(re.findall(r"[\w']+", p)) & _JOINING]
    return tuple(sorted(phrases, key=len, reverse=True))


#: Time zones: a span that holds one is a time, not a name.
_TIME_ZONES = frozenset({"utc", "gmt", "cet", "cest"})


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
    if tokens[0] in words("WEEKDAYS") or (tokens[0] in words("MONTHS") and len(tokens) > 1 and
                                         all(t.isdigit() or t in words("MONTHS") for t in tokens[1:])):
        return True  # "Tuesday night", "March 3"
    if any(t.isdigit() for t in tokens) and all(t.isdigit() or t in words("MONTHS") or t in words("WEEKDAYS")
                                                for t in tokens):
        return True  # "3 mars", "2 July 2014"
    roles = _role_words()
    content = [t for t in tokens if t not in _JOINING]
    if bool(content) and all(t in roles for t in content):
        return True
    # "le Président portugais", "ministre de la Santé Portugais": a role and its nationality.
    if len(content) >= 2 and all(t in roles for t in content[:-1]) and _FRENCH_DEMONYM.search(content[-1]) \
            and (surface.split()[-1].islower() or surface[:1].islower()):
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


@lru_cache(maxsize=1)
def _offices() -> frozenset[str]:
    """Folded nouns of an office, in every language ("poste", "fonctions", "presidency")."""
    return words("OFFICE_NOUNS")


#: Possessive determiners and the like, which a role phrase may open with.
_POSSESSIVE_WORDS = frozenset("son sa ses leur leurs notre nos his her its their our s this that ce cette cet ces l d "
                              "un une a an".split())


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


#: Lines that introduce links to other articles: what follows them is not this document's content.
RELATED_MARKERS = frozenset(
    {
        "sur le meme sujet", "lire aussi", "a lire aussi", "voir aussi", "a voir aussi", "lire egalement",
        "a lire egalement", "dans la meme rubrique", "articles similaires", "read more", "read also", "see also",
        "related", "related articles", "related stories", "more on this topic", "you may also like",
    }
)


def _credit_patterns() -> tuple[re.Pattern[str], ...]:
    """Bylines ("Author: ..."), agency credits ("(AFP, Reuters)") and datelines ("PARIS, 3 mars (Reuters) -")."""
    agencies = "|".join(sorted((re.escape(a) for a in words("AGENCIES")), key=len, reverse=True))
    credit = rf"\((?i:\s*(?:{agencies})\s*(?:[,/;&]|\band\b|\bet\b|\bwith\b|\bavec\b)?)+\s*\)"
    return (
        re.compile(r"(?:^|(?<=[\s.]))(?:Authors?|Editors?|Auteurs?|R[ée]daction)\s*:\s*[^\n]{0,160}"),
        # "Reporting by" opens its line, its parenthesis or its sentence: "a report
        # compiled by the Centre" is prose.
        re.compile(r"(?:^|(?<=[\n(])|(?<=[.!?]\s)|(?<=[.!?][\"”»]\s))[ \t]*"
                   r"(?:(?:Additional )?[Rr]eporting by|[Ee]diting by|[Ww]riting by|[Cc]ompiled by)\s+[^\n]{0,160}",
                   re.MULTILINE),
        re.compile(credit),
        re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý .'’-]{1,40}(?:\s*/\s*[A-ZÀ-Ý][A-ZÀ-Ý .'’-]{1,40})?"
                   rf"(?:,\s*[^()\n]{{1,30}}?)?\s*(?:{credit})?\s*[-–—]+\s", re.MULTILINE),
    )


_CREDITS: tuple[re.Pattern[str], ...] = ()


def credit_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of bylines, agency credits and datelines: furniture inside content lines."""
    global _CREDITS
    if not _CREDITS:
        _CREDITS = _credit_patterns()
    return [m.span() for pattern in _CREDITS for m in pattern.finditer(text)]


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of page furniture: navigation lines and related-article links.

    A furniture line ("Réagir", "0Commentaire") is one span; a related-links
    marker ("SUR LE MÊME SUJET", "Lire aussi") also covers the lines after it,
    up to a blank or furniture line (at most three), which are titles of
    other articles.
    """
    spans: list[tuple[int, int]] = []
    offset = 0
    related_left = 0
    for line in text.split("\n"):
        folded = fold(line).strip(" .:!>»-–—")
        end = offset + len(line)
        if folded in RELATED_MARKERS:
            spans.append((offset, end))
            related_left = 3
        elif folded in FURNITURE or re.fullmatch(r"\d+\s*(?:commentaires?|comments?|reactions?)", folded):
            spans.append((offset, end))
            related_left = 0
        elif related_left and folded:
            spans.append((offset, end))
            related_left -= 1
        else:
            related_left = 0
        offset = end + 1
    return sorted(spans + credit_spans(text))


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
    last = bisect_right(named_spans, (argument.end, argument.end + 1))
    inside = [s for s in named_spans[first:last] if argument.start <= s[0] and s[1] <= argument.end and s in links]
    if inside and _is_name(argument.text) and argument.pos == "PROPN":
        bare = fold(_strip_title(_strip_determiner(argument.text), 0)[0])
        named = [s for s in inside if fold(text[s[0]:s[1]]) == bare or fold(_strip_title(text[s[0]:s[1]], 0)[0]) == bare]
        if named:
            return links[named[-1]]  # "German Chancellor Angela Merkel": Angela Merkel
        last = max(inside, key=lambda s: s[1])
        before = text[argument.start:last[0]]
        if last[1] == argument.end and (re.search(r"['’]s\s*$", before) or clusters_type(clusters, links[last]) == "Person"):
            # "Hoffenheim's Andreas Beck", "Austrian Josef Fritzl", "Striker Eugenie Le Sommer": the name ends the phrase.
            return links[last]
        if not any(fold(text[s[0]:s[1]]) == bare for s in inside):
            return None  # "Alibaba Cloud Intelligence" with only "Alibaba" tagged: a name of its own
    if inside:
        head = fold(argument.head)
        bare = fold(_strip_determiner(re.sub(r"^(?:le|la|les|l'|un|une|des|the|a|an)\s*", "", fold(argument.text))))
        for span in inside:
            mention = fold(text[span[0]:span[1]])
            if (head and head in mention.split()) or bare == mention or fold(argument.text) == mention:
                return links[span]
        if not head or _DESCRIPTION.match(fold(argument.text)) or re.fullmatch(_ORG_NOUNS + "|" + _PERSON_NOUNS, head):
            return links[inside[0]] if head or len(inside) == 1 else None
        if re.fullmatch(_OWNED_NOUNS + "|" + _OFFICE_NOUNS, head):
            owner = inside[-1]
            if _OF_BEFORE.search(fold(text[argument.start:owner[0]]) + " ") or \
                    re.search(r"['’]s\b", text[max(owner[0], owner[1] - 2):min(argument.end, owner[1] + 2)]):
                return links[owner]  # "les activités de X", "X's services"; not "ses activités à X"
            return None
        last = max(inside, key=lambda s: s[1])
        if last[1] == argument.end and _APPOSED_DESCRIPTION.fullmatch(fold(text[argument.start:last[0]]) + " "):
            return links[last]  # "sa concurrente espagnole Air Europa", "the iconic Texas cement maker TXI"
        return None
    if _APPOSED_DESCRIPTION.fullmatch(fold(argument.text) + " "):
        # "La startup | Cooptalis signe", "Le groupe chimique | et pharmaceutique
        # allemand Bayer": the parser cut the name off its description.
        i = bisect_left(named_spans, (argument.end, -1))
        following = [s for s in named_spans[i:i + 8] if s in links]
        start = name_after(text, argument.end, {s[0] for s in following})
        if start is not None:
            return links[next(s for s in following if s[0] == start)]
        # "Son directeur général, Jean Martin, a quitté": the name in apposition.
        comma = re.match(r",\s*", text[argument.end:argument.end + 4])
        apposed = [s for s in following if comma and s[0] == argument.end + comma.end()]
        if apposed and re.match(r"\s*[,(–—-]", text[apposed[0][1]:apposed[0][1] + 3]):
            return links[apposed[0]]
    for candidate in (argument.text, argument.resolved):
        if candidate and _acceptable_name(candidate, text, -1, []):
            key = entity_key(_strip_determiner(candidate))
            if key in clusters:
                return key
    return None


def clusters_type(clusters: dict[str, _Cluster], key: str) -> str | None:
    """The type a cluster's votes point to so far (before the election), if any."""
    cluster = clusters.get(key)
    if cluster is None or not cluster.votes:
        return None
    return max(sorted(cluster.votes), key=lambda t: cluster.votes[t])


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
    joining = {"of", "de", "du", "des", "la", "le", "les", "and", "et", "&", "for", "the", "d'", "y", "del", "von", "van"}
    if not all(w[0].isupper() or w[0].isdigit() or w.lower() in joining for w in words):
        return False
    opening = argument.start <= fact.sentence.start + 1
    return not (len(words) == 1 and opening)


#: Nouns that introduce an organization's name in quotes, and the words of the
#: quotes themselves.
_KIND_NOUNS = (
    r"association|organisation|organization|ong|ngo|fondation|foundation|groupe|group|société|company|"
    r"entreprise|start-up|startup|parti|party|mouvement|movement|collectif|syndicat|union|club|collective|"
    r"réseau|network|coalition|alliance|fédération|federation|comité|committee|institut|institute|"
    r"marque|brand|label|opération|operation|programme|program|projet|project"
)
#: Opening and closing quotes, double single quotes included ("‘’Unis pour toujours’’").
_OPEN_QUOTE = r"(?:[«\"“]|‘‘|‘’|'')"
_CLOSE_QUOTE = r"(?:[»\"”]|’’|'')"
#: The text between quotes: no quote, but an apostrophe between letters ("Non au port d’armes").
_QUOTED_TEXT = r"(?:[^»\"”‘’\n]|(?<=\w)’(?=\w)){2,80}?"
_QUOTED_NAME = re.compile(
    r"\b(?:" + _KIND_NOUNS + r")(?:\s+[\w'’-]+){0,2}?\s*" + _OPEN_QUOTE + r"\s*(" + _QUOTED_TEXT + r")\s*" + _CLOSE_QUOTE,
    re.IGNORECASE,
)
#: A quoted name that opens with its kind ("le « Mouvement de Lutte pour les Autochtones »").
_QUOTED_KIND_NAME = re.compile(_OPEN_QUOTE + r"\s*((?:" + _KIND_NOUNS + r")\b" + _QUOTED_TEXT + r")\s*" + _CLOSE_QUOTE,
                               re.IGNORECASE)

#: A closing quote and the preposition after it, before a place ("’’ au Niger", "» de Berlin").
_AFTER_QUOTE = re.compile(r"\s*" + _CLOSE_QUOTE + r"\s*(?:(?:au|aux|en|à|de|du|d['’]|in|of|at)\s*)?")

#: The type of the name a noun introduces (all organizations but these).
_QUOTED_TYPES = {"opération": "Event", "operation": "Event", "programme": "Work", "program": "Work",
                 "projet": "Work", "project": "Work", "marque": "Product", "brand": "Product", "label": "Product"}


def _quoted_names(text: str, furniture: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` of names written in quotes after the noun that says what they are."""
    found = []
    for m in _QUOTED_NAME.finditer(text):
        start, end = m.span(1)
        if any(a <= start < b for a, b in furniture) or not any(c.isalpha() for c in m[1]):
            continue
        noun = fold(m[0].split()[0])
        found.append((start, end, _QUOTED_TYPES.get(noun, "Organization")))
    taken = {start for start, _end, _type in found}
    for m in _QUOTED_KIND_NAME.finditer(text):
        start, end = m.span(1)
        if start in taken or not m[1][:1].isupper() or len(m[1].split()) < 2 or \
                any(a <= start < b for a, b in furniture):
            continue
        found.append((start, end, _QUOTED_TYPES.get(fold(m[1].split()[0]), "Organization")))
    return sorted(found)


#: An acronym in parentheses: two capitals at least, a hyphen allowed ("(IDMC)", "(BfV)", "(MDC-T)").
_ACRONYM_IN_PARENTHESES = re.compile(r"\(\s*([A-ZÀ-Ý][A-ZÀ-Ýa-zà-ÿ&-]{1,9})\s*\)")
#: An acronym, then its spelled-out name in parentheses ("the AU (African Union)").
_ACRONYM_THEN_NAME = re.compile(r"\b([A-ZÀ-Ý][A-ZÀ-Ýa-zà-ÿ&-]{1,9})\s*\(\s*([A-ZÀ-Ý][^()\n]{2,100}?)\s*\)")
#: Words a spelled-out name joins its capitalized words with ("Department for International Development").
_NAME_JOINERS = frozenset("of for and on in the de du des la le et d' für und der die das del y".split())
#: Quotes that may open and close a name written before its acronym ("the so-called 'Islamic State' (IS)").
_OPENING_QUOTES = "\"“«‘'"
_CLOSING_QUOTES = "\"”»’'"


def _acronym_definitions(text: str) -> list[tuple[int, int, int, int]]:
    """``(name start, name end, acronym start, acronym end)`` of the acronyms a text spells out.

    "the Internal Displacement Monitoring Centre (IDMC)", "the so-called
    'Islamic State' (IS)", "the AU (African Union)": the name is the
    shortest run of capitalized words (and joining words) before the
    parenthesis whose initials spell the acronym, so that it begins where
    the acronym says, whatever the tagger read.
    """
    found = []
    for m in _ACRONYM_IN_PARENTHESES.finditer(text):
        acronym = m[1]
        if not _spelled_acronym(acronym):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start:m.start()].rstrip()
        closing = before[-1:] in _CLOSING_QUOTES
        if closing:
            before = before[:-1]
        run: list[re.Match[str]] = []
        for token in reversed(list(re.finditer(r"\S+", before))):
            word = token[0]
            opening = word[:1] in _OPENING_QUOTES
            word = word.lstrip(_OPENING_QUOTES)
            if not word or (run and re.search(r"[,;:.!?)\"”»]$", word)) or not (
                    _capitalized(word) or fold(word) in _NAME_JOINERS):
                break
            run.insert(0, token)
            if opening:
                break  # the name opens with its quote
        for size in range(1, len(run) + 1):
            words_ = [t[0].lstrip(_OPENING_QUOTES) for t in run[-size:]]
            if not _capitalized(words_[0]) or fold(words_[0]) in _NAME_JOINERS:
                continue
            if (size >= 2 or "-" in words_[0]) and _spells(fold(acronym), words_):
                first = run[-size]
                start = line_start + first.start() + (len(first[0]) - len(first[0].lstrip(_OPENING_QUOTES)))
                end = line_start + run[-1].end()
                if closing and size == len(run) and text[end - 1:end] in _CLOSING_QUOTES:
                    end -= 1
                found.append((start, end, m.start(1), m.end(1)))
                break
    for m in _ACRONYM_THEN_NAME.finditer(text):
        words_ = m[2].split()
        if _spelled_acronym(m[1]) and len(words_) >= 2 and all(w[:1].isupper() or fold(w) in _NAME_JOINERS
                                                               for w in words_) and _spells(fold(m[1]), words_):
            found.append((m.start(2), m.end(2), m.start(1), m.end(1)))
    return sorted(set(found))


def _name_before_name(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The span and type of a place or body that ``text[start:end]`` names before another name, or ``None``.

    "US " (a place), "UN " (an acronym), "United Nations' " (a possessive):
    what a name may be prefixed with without being part of it.
    """
    m = re.match(r"(?:the\s+)?(.+?)(['’]s?)?\s+$", text[start:end], re.IGNORECASE)
    if m is None or not m[1][:1].isupper():
        return None
    name = m[1]
    place = lookup_place(name)
    if place is None and not _is_acronym(name) and not (m[2] and all(w[:1].isupper() for w in name.split())):
        return None
    return start + m.start(1), start + m.end(1), "Place" if place is not None else "Organization"


def _party_of_members(surface: str) -> str | None:
    """The party a word for its members names, in its plural ("Republican" → "Republicans"), or ``None``.

    News names a party by its members ("the Republicans", "the Social
    Democrats", "Greens"), and their adjective ("Republican senator",
    "Social Democratic leader") stands for it too; a nationality or a
    faith ("Germans", "Muslim") names no party.
    """
    folded = fold(surface)
    stem = re.sub(r"(?:s|ic)$", "", folded)
    members = words("PARTY_MEMBERS")
    for plural in (folded, stem + "s", stem + "es"):
        if plural in members:
            return " ".join(w.capitalize() for w in plural.split())
    return None


@lru_cache(maxsize=1)
def _party_names() -> re.Pattern[str]:
    """The parties named by their members in several words, capitalized: "Social Democrats", "Free Democrat"."""
    names = sorted((m for m in words("PARTY_MEMBERS") if " " in m), key=len, reverse=True)
    spelled = [r"\s+".join(w.capitalize() for w in name.split())[:-1] + "s?" for name in names if name.endswith("s")]
    return re.compile(r"(?<![\w-])(?:" + "|".join(spelled) + r")(?![\w-])") if spelled else re.compile(r"(?!)")


def _capitalized(word: str) -> bool:
    """Whether a word is written as a name's: a capital, or one after a particle ("al-Qaeda", "el-Sisi")."""
    return word[:1].isupper() or bool(re.match(r"(?:al|el|ad|ash|as|at|ul)-[A-ZÀ-Ý]", word))


def _spelled_acronym(form: str) -> bool:
    """Whether a parenthesized word can be an acronym: mostly capitals, two at least ("IS", "BfV", "MDC-T")."""
    letters = [ch for ch in form if ch.isalpha()]
    capitals = sum(ch.isupper() for ch in letters)
    return 2 <= len(letters) <= 8 and capitals >= 2 and 2 * capitals >= len(letters)


def _spells(acronym: str, name_words: list[str]) -> bool:
    """Whether the initials of ``name_words`` spell ``acronym`` (folded, punctuation ignored).

    A capitalized word gives its initial, and may give those of its
    hyphenated parts ("Anti-Doping" → "a" or "ad") or of its other capitals
    ("UN" → "un"); a joining word may give its initial or nothing ("BfV").
    """
    letters = "".join(ch for ch in acronym if ch.isalnum())
    options: list[tuple[set[str], bool]] = []
    for word in name_words:
        word = word.strip("\"“”«»‘’',.")
        folded = fold(word)
        if folded in _NAME_JOINERS or not _capitalized(word):
            options.append(({folded[:1]} if folded[:1].isalpha() else set(), True))
            continue
        parts = [p for p in re.split(r"[-’']", word) if p]
        spellings = {fold(parts[0][:1])}
        for extra in ([fold(p[:1]) for p in parts[1:]], [fold(ch) for ch in word[1:] if ch.isupper()]):
            for count in range(1, len(extra) + 1):
                spellings.add(fold(parts[0][:1]) + "".join(extra[:count]))
                spellings.add(fold(parts[0][:1]) + "".join(extra[-count:]))
        options.append((spellings, False))

    @lru_cache(maxsize=None)
    def fits(i: int, j: int) -> bool:
        if i == len(options):
            return j == len(letters)
        spellings, optional = options[i]
        if (optional or (i == len(options) - 1 and i >= 2)) and fits(i + 1, j):
            return True  # a joining word, or a name's last word the acronym leaves out ("… Development Investment (HKND)")
        return any(letters.startswith(s, j) and fits(i + 1, j + len(s)) for s in spellings if s)

    return fits(0, 0)


def _defined_name_type(name: str, start: int, end: int, mentions: list[Mention]) -> str:
    """The type of a name an acronym defines: a place the gazetteer knows, else a body."""
    if lookup_place(name) is not None:
        return "Place"
    labels = {m.label for m in mentions if m.start < end and start < m.end}
    if labels & {"PERSON", "PER"} and not labels & {"ORG"}:
        return "Person"
    return "Organization"


#: A line that opens with a name, a colon and a singular description of it
#: ("Merck : le laboratoire allemand ...", "Acme: the US maker of ...").
_HEADING_NAME = re.compile(
    r"^[ \t]*(?P<name>[A-Z][\w&'’.-]*(?:[ -](?:[A-Z0-9][\w&'’.-]*|&))*)[ \t]*:[ \t]+"
    r"(?P<description>(?:le|la|l['’]|the|Le|La|L['’]|The)[ \t]*(?P<words>[\w'’-]+(?:[ \t]+[\w'’-]+){0,2}))",
    re.MULTILINE,
)


def _heading_names(text: str, furniture: list[tuple[int, int]]) -> list[tuple[int, int, int, str]]:
    """``(start, end, description start, type)`` of the names that head a line and its description.

    The description must say what kind of organization or person the name
    is (a head noun of a description within its first three words), so that
    "Note : la ..." or "Conclusion : le ..." name nothing.
    """
    found = []
    for m in _HEADING_NAME.finditer(text):
        start, end = m.span("name")
        name = m["name"]
        if _in_spans(start, furniture) or len(name.split()) > 4 or not _acceptable_name(name, text, start, furniture) \
                or _not_a_name(name):
            continue
        described = fold(m["words"]).split()
        if any(re.fullmatch(_PERSON_NOUNS, w) for w in described):
            entity_type = "Person"
        elif any(re.fullmatch(_ORG_NOUNS, w) for w in described) or \
                re.match(_ORG_NOUNS + r"\b", " ".join(described)):
            entity_type = "Organization"
        else:
            continue
        found.append((start, end, m.start("description"), entity_type))
    return found


def _title_cased(text: str) -> bool:
    """Whether a headline capitalizes most of its words (a line without final punctuation)."""
    if text.rstrip()[-1:] in ".!?;:»\"”":
        return False
    tokens = [w for w in re.findall(r"[\w'’-]+", text) if len(w) > 3]
    return len(tokens) >= 3 and sum(w[0].isupper() for w in tokens) >= 0.6 * len(tokens)


def _is_name(text: str) -> bool:
    """Whether every word of ``text`` is capitalized (or a digit): a proper name."""
    words = re.findall(r"[\w'’-]+", text)
    return bool(words) and all(w[0].isupper() or w[0].isdigit() for w in words)


def _strip_determiner(text: str) -> str:
    """"l'Alibaba" → "Alibaba"; names keep their own words otherwise."""
    text = re.sub(r"^(?:d['’]|qu['’]|the\s+)", "", text.strip(), flags=re.IGNORECASE)
    return re.sub(r"^(?:Dr|Mr|Mrs|Ms|Mme|Mlle|Mgr|Pr|Prof|M)\.?\s+(?=[A-Z])", "", text)


def _vote_from_evidence(
    cluster: _Cluster, argument: Argument, slot: str, canon: Canonical | None
) -> None:
    """Add the type evidence an argument gives its entity."""
    if canon is not None:
        wanted = canon.subject_type if slot == "subject" else canon.object_type if slot == "object" else None
        if wanted in ENTITY_TYPES:
            cluster.votes[wanted] += 1
    match = _DESCRIPTION.match(fold(argument.text))
    if match and fold(argument.text) != fold(cluster.forms.most_common(1)[0][0] if cluster.forms else ""):
        noun = match["noun"]
        cluster.votes["Person" if re.fullmatch(_PERSON_NOUNS, noun) else "Organization"] += 1


#: Heads of descriptions of organizations that describe people as well.
_PEOPLE_TOO = frozenset({"leader", "business", "specialiste", "titan", "heavyweight", "poids lourd", "numero un"})

#: Words just before a name that say what it names ("la pandémie de Covid-19",
#: "la société Tmall", "M. Zhang", "the city of Hangzhou").
_CONTEXT_TYPES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:pandemie|epidemie|crise|guerre|salon|conference|festival|sommet|forum|election|"
                r"elections|jeux|coupe|championnat|edition(?: \d{4})?|pandemic|epidemic|crisis|war|fair|"
                r"summit|conference|festival|election|games|cup|championship)(?: (?:de|du|des|d'|of|the))?\s*$"),
     "Event"),
    (re.compile(r"\b(?:technologie|technology|plateforme|platform|logiciel|software|application|appli|app|"
                r"produit|product|modele|model|vaccin|vaccine|medicament|drug|jeu|game|reseau social|"
                r"social network|cryptomonnaie|cryptocurrency|protocole|protocol|norme|standard)(?: \w+)?\s*$"),
     "Product"),
    # The head nouns of descriptions of organizations ("l'hébergeur américain
    # Equinix"), but those that describe people too ("Labour leader",
    # "business magnate", "le spécialiste").
    (re.compile(r"\b(?:" + "|".join(n for n in _ORG_NOUNS.split("|") if n not in _PEOPLE_TOO) +
                r"|marque|brand|hebergeur|host)(?: \w+)?\s*$"),
     "Organization"),
    (re.compile(r"(?:\bm\.|\bmme|\bmr\.?|\bmrs\.?|\bms\.?|\bdr\.?|\bpr\.?|\bmonsieur|\bmadame|\bpdg|\bceo|"
                r"\bpresident|\bpresidente|\bministre|\bminister|\bdirecteur|\bdirectrice|\bfondateur|\bfondatrice|"
                r"\bfounder|\bchief executive|\bdirector|\bporte-parole|\bspokesman|\bspokeswoman)\s*$"),
     "Person"),
    (re.compile(r"\b(?:ville|region|pays|province|etat|capitale|commune|departement|city|region|country|"
                r"province|state|capital|town|village)(?: (?:de|d'|du|of))?\s*$"),
     "Place"),
)


def _context_type(text: str, start: int) -> str | None:
    """The type the words just before a name give it, if any."""
    before = fold(text[max(0, start - 40):start].split("\n")[-1])
    if not before.strip():
        return None
    stripped = before.rstrip(" ,")
    if any(stripped.endswith(" " + p) or stripped == p for p in _joined_roles()) or \
            (stripped.split() and stripped.split()[-1].strip(".") in _title_heads()):
        return "Person"  # "Secretary of State Hillary Clinton", "Chancellor Merkel"
    for pattern, entity_type in _CONTEXT_TYPES:
        if pattern.search(before):
            return entity_type
    return None


def _all_votes(cluster: _Cluster) -> Counter[str]:
    """The cluster's votes plus the evidence of its names (org words, gazetteer)."""
    votes = Counter(cluster.votes)
    names = [fold(form) for form in cluster.forms]
    if any(set(name.split()) & _ORG_WORDS for name in names):
        votes["Organization"] += 1
    weight = max((_place_weight(form) for form in cluster.forms), default=0)
    if weight:
        votes["Place"] += weight
    heads = {re.split(r"[\s'-]", name, maxsplit=1)[0] for name in names}
    for entity_type, words in _NAME_HEADS.items():
        if heads & words:
            votes[entity_type] += 1
    return votes


def _place_weight(form: str) -> int:
    """How strongly the gazetteer says a name is a place: countries most, small towns least."""
    place = lookup_place(form)
    if place is None:
        return 0
    if place.kind in ("country", "continent"):
        return 3
    if place.kind == "region" or place.population >= 500_000:
        return 2
    return 1


def _elect(cluster: _Cluster) -> str:
    """The winning type of a cluster's vote; ties go to the likelier class."""
    votes = _all_votes(cluster)
    if not votes:
        return "Entity"
    best = max(votes.values())
    if votes.get("Person") == votes.get("Organization") == best and any(_looks_personal(f) for f in cluster.forms):
        return "Person"  # "Walter Hanesch" tagged a person, "Hanesch" alone a body: a first name and a surname
    for entity_type in ENTITY_TYPES:
        if votes.get(entity_type) == best:
            return entity_type
    return "Entity"


def _surname_votes(short: _Cluster, full: _Cluster, full_type: str | None) -> None:
    """A person's surname alone, tagged an organization ("said Scott" after "Andrew Scott"), votes for a person.

    Taggers often read a bare surname as a body; once it is known to end a
    person's name, its votes go to the person.
    """
    if full_type != "Person" or not short.votes.get("Organization"):
        return
    surnames = {fold(form).split()[-1] for form in full.forms if len(form.split()) >= 2}
    if short.forms and all(len(form.split()) == 1 and fold(form) in surnames for form in short.forms):
        short.votes["Person"] += short.votes.pop("Organization")


def _looks_personal(form: str) -> bool:
    """Whether a name reads as a first name and a surname: two to four capitalized words, none of a body."""
    words_ = form.split()
    return 2 <= len(words_) <= 4 and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha()
                                         for w in words_) and \
        not any(fold(w).strip(".,") in _ORG_WORDS or fold(w).strip(".,") in _GENERIC_ORG_WORDS
                or fold(w) in _BODY_NOUNS for w in words_)


_WE = frozenset({"nous", "we", "us", "on"})


def _employers(
    facts: tuple[Fact, ...], links: dict[tuple[int, int], str], types: dict[str, str], lang: str
) -> dict[str, str]:
    """Person key → the organization the document says the person holds a position at (first said)."""
    employers: dict[str, str] = {}
    for fact in facts:
        if fact.object is None or fact.negated:
            continue
        person = links.get((fact.subject.start, fact.subject.end))
        organization = links.get((fact.object.start, fact.object.end))
        if person is None or organization is None or person in employers:
            continue
        if types.get(person) != "Person" or types.get(organization) != "Organization":
            continue
        canon = canonical_relation(fact, lang)
        if canon is not None and canon.property == "holdsPositionAt":
            employers[person] = organization
    return employers


def _short_forms(clusters: dict[str, _Cluster], types: dict[str, str],
                 text: str = "", *, sporting: bool = False) -> tuple[dict[str, str], set[str]]:
    """Short names and acronyms that stand for one longer name of the document.

    News text writes "Barack Obama" and "Obama", "Northwind Energy" and
    "Northwind", "European Union" and "EU", in either order (the headline
    often has the short form). A short form merges into the longer name
    when exactly one longer name fits it:

    * a person's surname, or first and last names, ends a longer person's
      name ("Obama" → "Barack Obama", "John Smith" → "Sir John Smith"),
      whichever comes first;
    * a company's first words begin a longer name of the same type that was
      introduced first ("Northwind" after "Northwind Energy"), or, whatever
      the order, when all that the long name adds are organization words
      ("Northwind Systems", "Contoso Group"); "Alibaba", named before
      "Alibaba Cloud Intelligence" and "Alibaba Cloud France", stays itself;
    * an acronym spells the initials of the longer name's words ("EU",
      "IOC"), or the text defines it in parentheses ("Organisation mondiale
      du commerce (OMC)").

    In a match report (``sporting``), a team also goes by its town ("Bayern"
    for Bayern Munich, "Gladbach" for Borussia Mönchengladbach).

    Returns:
        Key of each short form's cluster → key of the longer name's cluster;
        and the keys of names with words glued on (``_glued_name``), whose
        mentions merge but whose forms are no name of the entity.
    """
    merges: dict[str, str] = {}
    glued_names: set[str] = set()
    ambiguous: dict[str, set[str]] = {}
    ended: dict[str, set[str]] = defaultdict(set)  # short → the candidates it ends ("Markle": "Thomas Markle")
    names = {key: [fold(f).split() for f in cluster.forms] for key, cluster in clusters.items()
             if cluster.forms and not cluster.nominal}
    by_first: dict[str, set[str]] = defaultdict(set)
    by_last: dict[str, set[str]] = defaultdict(set)
    by_initials: dict[str, set[str]] = defaultdict(set)
    for key, forms in names.items():
        for words_ in forms:
            if len(words_) > 1:
                by_first[words_[0]].add(key)
                by_last[words_[-1]].add(key)
                if m := re.fullmatch(r"(?:al|el|ul|bin|ibn|de|van|von)-(.+)", words_[-1]):
                    by_last[m[1]].add(key)  # "Bashar al-Assad" is also "Assad"
        for form in clusters[key].forms:
            initials = _initials(form)
            if initials:
                by_initials[initials].add(key)
                if (every := _initials(form, every_word=True)) != initials:
                    by_initials[every].add(key)  # "DFID": the Department for International Development
            if "-" in form and (split := _initials(form.replace("-", " "))):
                by_initials[split].add(key)  # "Deutsche Presse-Agentur" is also the dpa
            first, _, rest = form.partition(" ")
            place = lookup_place(first) if rest else None
            if place is not None and place.kind == "country" and _initials(rest):
                by_initials[_initials(rest)].add(key)  # "US Federal Bureau of Investigation" is also the FBI
    defined = _defined_acronyms(text, clusters) if text else {}
    teams = {key for key in names if sporting and types.get(key) == "Organization"
             and any(_team_name(form) for form in clusters[key].forms)}
    # A team named by its town alone ("Mönchengladbach"), whatever the tagger said.
    towns = {key for key, forms in names.items() if sporting and key not in teams and len(forms) == 1
             and len(forms[0]) == 1 and (place := lookup_place(forms[0][0])) is not None and place.kind == "city"}
    spelled_out: dict[str, set[str]] = {}
    for short, short_forms in names.items():
        cluster = clusters[short]
        if not cluster.positions:
            continue
        short_type = types.get(short)
        located = _mostly_located(cluster, text)  # "in Bremen": the town, not its team
        candidates: set[str] = set()
        surnames: set[str] = set()  # the candidates the short name ends, as a surname does
        first_names: set[str] = set()  # the candidates it begins, as a first name does
        for form, words_ in zip(cluster.forms, short_forms):
            if _is_acronym(form):
                pool = defined.get(fold(form), set())
                if len(pool - {short}) > 1:
                    spelled_out[short] = pool - {short}
                if not pool and lookup_place(form) is None:
                    pool = by_initials.get(_acronym_key(form), set())
                candidates |= {k for k in pool if k != short and types.get(k) in ("Organization", "Place", "Event", "Entity")}
                continue
            if short_type not in ("Organization", "Person", "Place", "Entity", "Product", "Work"):
                continue
            pool = by_first.get(words_[0], set()) | by_last.get(words_[-1], set())
            if sporting and len(words_) == 1 and len(words_[0]) >= 6:
                # "Gladbach" for Borussia Mönchengladbach: a team goes by the end of its town's name.
                candidates |= {team for team in teams | towns if any(
                    w.endswith(words_[0]) and len(w) >= len(words_[0]) + 3 for long in names[team] for w in long)
                    and team != short and not located}
            for full in pool:
                if full == short or not clusters[full].positions:
                    continue
                full_type = types.get(full)
                for long_words in names[full]:
                    if len(long_words) == len(words_) >= 2 and re.fullmatch(r"[^\W\d_]\.", words_[-1]) and \
                            long_words[:-1] == words_[:-1] and long_words[-1][:1] == words_[-1][0] and \
                            len(long_words[-1]) > 2 and full_type == "Person":
                        candidates.add(full)  # "Charles J." / "Charles Joseph"
                    if len(long_words) <= len(words_):
                        continue
                    suffix = (long_words[-len(words_):] == words_ or (
                        len(words_) == 1 and re.fullmatch(r"(?:al|el|ul|bin|ibn|de|van|von)-" + re.escape(words_[0]),
                                                          long_words[-1]) is not None)) and _place_weight(form) < 3
                    if suffix:
                        ended[short].add(full)
                    if suffix and full_type == "Person":
                        candidates.add(full)  # "Obama" / "Barack Obama", either order, whatever the tagger said
                        surnames.add(full)
                    elif len(words_) == 1 and long_words[0] == words_[0] and full_type == "Person" \
                            and short_type in ("Person", "Entity", "Place") and \
                            _place_weight(form) <= (1 if short_type == "Person" else 0):
                        candidates.add(full)  # "Noëline" / "Noëline Martin": a first name alone (a town's too)
                        first_names.add(full)
                    elif len(words_) > 1 and long_words[:len(words_)] == words_ and full_type == short_type == "Person":
                        candidates.add(full)  # "Taylor Marie" / "Taylor Marie Clothilde": the first names
                    elif len(words_) == 2 and long_words[0] == words_[0] and long_words[-1] == words_[-1] \
                            and full_type == short_type == "Person":
                        candidates.add(full)  # "John Magufuli" / "John Pombe Magufuli": without the middle name
                    elif suffix and len(long_words) <= 3 and not any(
                            w.strip(".,") in _ORG_WORDS or w.strip(".,") in _GENERIC_ORG_WORDS for w in long_words) \
                            and not (_place_weight(form) and located):
                        candidates.add(full)  # "Mintal" / "Marek Mintal" tagged ORG twice: still a surname
                    elif suffix and len(long_words) == len(words_) + 1 and full_type == short_type == "Organization" \
                            and len(words_) >= 2 and (place := lookup_place(long_words[0])) is not None \
                            and place.kind == "country":
                        candidates.add(full)  # "Movement for Democratic Change" / "Zimbabwe Movement for ..."
                    elif len(words_) == 1 and sporting and full in teams \
                            and short_type in ("Place", "Person", "Entity", "Organization") \
                            and words_[0] in (long_words[0], long_words[-1]) \
                            and not located:
                        candidates.add(full)  # "Bayern" / "Bayern Munich" in a match report: the team, not the land
                    elif (full_type == short_type or short_type == "Entity") and full_type != "Person" \
                            and long_words[:len(words_)] == words_:
                        extra = long_words[len(words_):]
                        generic = all(w.strip(".,") in _GENERIC_ORG_WORDS or w in _FUNCTION_WORDS for w in extra) or (
                            full_type == "Place" and all(w in _GEOGRAPHIC_NOUNS for w in extra))  # "Gaza" / "Gaza Strip"
                        if generic or min(clusters[full].positions) < min(cluster.positions):
                            candidates.add(full)
        if len(candidates) > 1 and len(surnames) == 1 and candidates - surnames <= first_names:
            # "Mzoudi": Abdelghani Mzoudi's surname, not the first word of "Mzoudi Verdict".
            for other in candidates - surnames:
                if _glued_name(clusters[other], cluster, text) == "same" and other not in merges:
                    merges[other] = short  # "Meissner at MERICS" is Meissner
                    glued_names.add(other)
            candidates = set(surnames)
        if len(candidates) == 1:
            merges[short] = candidates.pop()
        elif candidates:
            ambiguous[short] = candidates
    for short, candidates in ambiguous.items():
        # "Baier" fits "Markus Baier" and "Soldier Markus Baier", which are one:
        # the candidates that merge into each other are one candidate.
        ends = {merges.get(c, c) for c in candidates}
        if len(ends) > 1 and candidates <= spelled_out.get(short, set()):
            # "the UN Food and Agriculture Organization (FAO)", later "the United
            # Nations' Food and Agriculture Organization (FAO)": the text says both are the FAO.
            first, *others = sorted(candidates, key=lambda c: min(clusters[c].positions, default=0))
            ends = {merges.get(first, first)}
            for other in others:
                merges.setdefault(other, short)
        if len(ends) > 1 and len(same := {c for c in candidates if types.get(c) == types.get(short)}) == 1 \
                and all(_is_acronym(f) for f in clusters[short].forms):
            ends = {merges.get(c, c) for c in same}  # "UN": the United Nations, not the state of Upper Nile
        if len(ends) > 1:
            # "Obama" fits "Barack Obama" and "Iraq Obama" (a subheading run
            # into the sentence): a candidate whose other words are no name
            # ("Neither Maduro", "19:30 Zuckerberg") gives way to the others,
            # and is the same person.
            kinds = {c: _glued_name(clusters[c], clusters[short], text) for c in candidates}
            glued = {c for c, kind in kinds.items() if kind}
            if len(glued) < len(candidates) and len({merges.get(c, c) for c in candidates - glued}) == 1:
                ends = {merges.get(c, c) for c in candidates - glued}
                for junk in glued:
                    if kinds[junk] == "same" and types.get(junk) in ("Person", "Entity", "Organization", "Work") \
                            and junk not in merges:
                        merges[junk] = short
                        glued_names.add(junk)
        if len(ends) > 1 and types.get(short) in ("Person", "Entity") and \
                all(types.get(end) == "Person" for end in ends):
            # "Khadr" after "Omar Khadr" three times and "Ahmed Said Khadr" once: the
            # surname alone is the person the text keeps naming in full.
            counts = sorted(((sum(sum(clusters[c].forms.values()) for c in candidates if merges.get(c, c) == end), end)
                             for end in ends), reverse=True)
            (top, end), (second, _other) = counts[0], counts[1]
            if top >= 2 and top >= 2 * second:
                ends = {end}
        if len(ends) > 1 and types.get(short) in ("Person", "Entity", "Organization") and candidates <= ended[short] \
                and all(types.get(end) in ("Person", "Organization", "Entity") for end in ends):
            # "Meghan Markle", then "Markle's ring", then her father "Thomas Markle": when the
            # surname first stands alone, the text has introduced one person of that name.
            introduced = {end: min(at for c in candidates if merges.get(c, c) == end for at in clusters[c].positions)
                          for end in ends}
            first, *later = sorted(ends, key=lambda e: (introduced[e], e))
            personal = types.get(first) == "Person" or any(_looks_personal(f) for f in clusters[first].forms)
            if personal and introduced[first] < min(clusters[short].positions) < min(introduced[e] for e in later):
                ends = {first}
        if len(ends) == 1 and short not in ends:
            merges[short] = ends.pop()
    # A chain (a → b → c) folds into its end; a cycle is left alone.
    resolved: dict[str, str] = {}
    for short, full in merges.items():
        seen = {short}
        while full in merges and full not in seen:
            seen.add(full)
            full = merges[full]
        if full not in seen:
            resolved[short] = full
    return resolved, glued_names & set(resolved)


#: A preposition that puts what follows on the map: "in Dortmund", "près de Lyon" (a town, not its team).
_LOCATIVE_BEFORE = re.compile(r"(?:\b(?:in|near|outside|around|across|through|throughout|en|dans|près\s+de)\s+"
                              r"(?:the\s+)?|\bà\s+)$", re.IGNORECASE)


def _mostly_located(cluster: _Cluster, text: str) -> bool:
    """Whether half the mentions of a name or more put it on the map ("in Bremen"), as a town's do."""
    located = sum(1 for at in cluster.positions if _LOCATIVE_BEFORE.search(text, max(0, at - 24), at))
    return 2 * located >= len(cluster.positions) and located > 0


def _about_sport(text: str) -> bool:
    """Whether a text is a match report: three different words of sport at least ("season", "coach", "scored")."""
    return len({m.group() for m in _sport_words().finditer(fold(text))}) >= 3


@lru_cache(maxsize=1)
def _sport_words() -> re.Pattern[str]:
    """The words of sport of every language, as one pattern over folded text."""
    alternatives = "|".join(re.escape(w) for w in sorted(words("SPORT_WORDS"), key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:" + alternatives + r")(?![\w-])")


def _vote_teams(clusters: dict[str, _Cluster]) -> None:
    """In a match report, vote Organization for the names that are teams' names (``_team_name``)."""
    for cluster in clusters.values():
        if not cluster.nominal:
            for form, count in cluster.forms.items():
                if _team_name(form):
                    cluster.votes["Organization"] += 3 * count


def _team_name(form: str) -> bool:
    """Whether a name, in a match report, is a team's.

    A team is named after its town, with a word before it ("Werder Bremen",
    "Borussia Dortmund", "Bayern Munich") or a plural after it ("Dallas
    Mavericks"); the name as a whole is no place ("Tel Aviv" is one).
    """
    words_ = form.split()
    if len(words_) < 2 or re.search(r",|&|\band\b|\bet\b", form) or lookup_place(form) is not None \
            or not all(w[:1].isupper() or w[:1].isdigit() for w in words_):
        return False
    first = lookup_place(words_[0])
    if first is not None and first.kind in ("country", "continent"):
        return False  # "Germany Berlin": two places in a row
    town_last = any((place := lookup_place(" ".join(words_[i:]))) is not None and place.kind == "city"
                    for i in range(1, len(words_)))
    if town_last or (first is not None and words_[-1].endswith("s") and lookup_place(words_[-1]) is None):
        return True
    # "Oklahoma City Thunder": a town, then one word that names no place, building or body.
    town = next((i for i in (2, 1) if i < len(words_) and (place := lookup_place(" ".join(words_[:i]))) is not None
                 and place.kind == "city"), None)
    last = fold(words_[-1])
    return town == len(words_) - 1 and lookup_place(words_[-1]) is None and not (
        last in _PLACE_NOUNS or last in _BODY_NOUNS or last in _GENERIC_ORG_WORDS or last in _BUILDINGS)


#: What a town's name may be followed by to name a building, not a team ("Frankfurt Airport").
_BUILDINGS = frozenset("airport stadium arena university hospital station wall hall cathedral bridge square park "
                       "zoo museum theater theatre palace castle tower port harbor harbour gate".split())


#: A definite article just before a mention: "the", "le", "la", "l'".
_DEFINITE_BEFORE = re.compile(r"(?:\b(?:the|le|la|les)\s+|\bl['’])$", re.IGNORECASE)
#: A definite article opening a mention ("l'Ordre", "the Fund").
_LEADING_ARTICLE = re.compile(r"^(?:l['’]|le\s+|la\s+|the\s+)", re.IGNORECASE)
#: Words after which an organization's name says of what or whom it is ("Council | of Europe").
_NAME_LINKS = frozenset("of for de du des d' pour".split())


def _head_nouns(clusters: dict[str, _Cluster], types: dict[str, str], text: str) -> dict[str, str]:
    """Capitalized head nouns that take up an organization named before: "the Fund", "l'Ordre".

    After "the International Monetary Fund", "the Fund" is that fund; after
    "l'Ordre de Sauvetage des Migrants", "l'Ordre" is that order. The word,
    with a definite article before every one of its mentions, is the head
    of exactly one longer organization name introduced earlier: its last
    word, its first, or the word before "of" / "de" ("Council of Europe").

    Returns:
        Key of each head noun's cluster → key of the organization's cluster.
    """
    heads: dict[str, set[str]] = defaultdict(set)
    for key, cluster in clusters.items():
        if cluster.nominal or types.get(key) not in ("Organization", "Entity"):
            continue
        for form in cluster.forms:
            words_ = fold(form).split()
            if len(words_) < 2:
                continue
            linked = next((i for i, w in enumerate(words_) if w in _NAME_LINKS), None)
            for head in {words_[0], words_[-1], *([words_[linked - 1]] if linked else [])}:
                if head.isalpha() and head not in _FUNCTION_WORDS:
                    heads[head].add(key)
    merges: dict[str, str] = {}
    for key, cluster in clusters.items():
        if not cluster.positions or types.get(key) not in ("Organization", "Entity", "Place"):
            continue
        folded = {fold(_LEADING_ARTICLE.sub("", form)) for form in cluster.forms}
        if len(folded) != 1:
            continue
        word = folded.pop()
        raw = _LEADING_ARTICLE.sub("", max(cluster.forms))
        if " " in word or not raw[:1].isupper() or _is_acronym(raw):
            continue
        if not all(_DEFINITE_BEFORE.search(text[max(0, at - 5):at]) or _LEADING_ARTICLE.match(text[at:at + 4])
                   for at in cluster.positions):
            continue
        first = min(cluster.positions)
        fits = {k for k in heads.get(word, ()) if k != key and clusters[k].positions and min(clusters[k].positions) < first}
        if len(fits) == 1:
            merges[key] = fits.pop()
    return merges


#: A nickname in quotes before a surname: '"Lulu" Favre', "'Baby Doc' Duvalier", 'Harmeet "Bunty" Bans'.
_NICKNAME = re.compile(r"[\"“‘']([A-ZÀ-Ý][\w.-]*(?:\s+[A-ZÀ-Ý][\w.-]*){0,2}),?[\"”’']\s+([A-ZÀ-Ý][\w-]+)")


def _nicknames(clusters: dict[str, _Cluster], types: dict[str, str], text: str) -> dict[str, str]:
    """The nicknames the text gives people, in quotes before their surname: "Lulu" → Lucien Favre.

    The nickname alone ("Lulu's baby") is then that person: the surname's own
    cluster if the text writes it alone, else the one person whose name ends with it.

    Returns:
        Key of each nickname's cluster → key of the person's.
    """
    by_form = {fold(form): key for key, cluster in clusters.items() if not cluster.nominal for form in cluster.forms}
    found: dict[str, str] = {}
    for m in _NICKNAME.finditer(text):
        nickname = by_form.get(fold(m[1]))
        if nickname is None or nickname in found:
            continue
        surname = fold(m[2])
        person = by_form.get(surname)
        if person is None or types.get(person) not in ("Person", "Organization", "Entity"):
            people = {key for key, cluster in clusters.items() if key != nickname and not cluster.nominal
                      and types.get(key) in ("Person", "Organization", "Entity") and any(
                          fold(f).split()[-1] == surname and not re.search(r"[\"“”‘’']", f) and
                          (types.get(key) == "Person" or _looks_personal(f)) for f in cluster.forms)}
            person = people.pop() if len(people) == 1 else None
        if person is not None and person != nickname and types.get(nickname) in ("Person", "Entity", "Organization"):
            found[nickname] = person
    return found


def _glued_name(cluster: _Cluster, short: _Cluster, text: str) -> str | None:
    """Whether a longer name is a shorter one with words that are no part of it glued on.

    A news page run into plain text glues words to names: "Iraq Obama"
    ("Lessons of Iraq" then "Obama also said"), "Neither Maduro", "Attorney
    Brodowski", "19:30 Zuckerberg", "Südwind's Ferenschild", "Julie
    Christie Christie", "Meissner at MERICS", a nickname's closing quote
    ('Lulu" Favre').

    Returns:
        ``"same"`` when every form of the cluster is the short name with
        glued words (its mentions are the short name's entity); ``"other"``
        when the short name only opens it, before another name ("Trump
        Steven Spielberg": Spielberg, not Trump); ``None`` when it may be the
        short name's full form ("Barack Obama", "Noëline Martin").
    """
    shorts = [fold(f).split() for f in short.forms]
    short_words = {w for s in shorts for w in s}
    stops = _stop_words()
    roles = _role_words()
    kinds = set()
    for form in cluster.forms:
        words_ = fold(form).split()
        before = next((words_[:-len(s)] for s in shorts if len(words_) > len(s) and words_[-len(s):] == s), None)
        after = next((words_[len(s):] for s in shorts if len(words_) > len(s) and words_[:len(s)] == s), None)
        if before is not None:
            if before[-1].endswith(","):
                kinds.add("other")  # "Kiefer, Schüttler": two names in a list
                continue
            raw_before = form.split()[:len(before)]
            if any(w[:1].islower() and not re.fullmatch(_PARTICLES, w) for w in raw_before):
                kinds.add("same")  # "overtake Gladbach": a verb the tagger took in
                continue
            if any(ch.isdigit() or ch in "\"“”«»" for ch in " ".join(before)) or re.search(r"['’]s$", " ".join(before)) \
                    or before[-1] in short_words or set(before) & (stops | roles) \
                    or any(_place_weight(w) >= 3 for w in before):
                kinds.add("same")
                continue
        elif after is not None:
            if after[0] in stops or any(ch.isdigit() for ch in " ".join(after)):
                kinds.add("same")  # "Meissner at MERICS", "Goretzka 53'" (a minute)
                continue
            if len(after) >= 2:
                kinds.add("other")  # "Trump Steven Spielberg"
                continue
        return None
    return "other" if "other" in kinds or not kinds else "same"


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    """spaCy's French and English stop words, folded: "neither", "both", "first", "le"."""
    from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH
    from spacy.lang.fr.stop_words import STOP_WORDS as FRENCH
    return frozenset(fold(w) for w in ENGLISH | FRENCH)


#: What a place's full name may add to its short name without naming another place
#: ("the Golan Heights", "the Mediterranean Sea"; not "river", "state" or "city",
#: which name another place than the country or town of the short name).
_GEOGRAPHIC_NOUNS = frozenset("strip heights sea ocean island islands peninsula mountains desert archipelago".split())

#: What a company's full name may add to its short name without naming another company.
_GENERIC_ORG_WORDS = frozenset(
    "inc incorporated corp corporation ltd limited llc plc sa sas sarl se ag gmbh nv bv spa co company "
    "group groupe holding holdings systems industries international technologies enterprises partners".split()
)


def _repeat_names(
    text: str,
    clusters: dict[str, _Cluster],
    types: dict[str, str],
    links: dict[tuple[int, int], str],
    furniture: list[tuple[int, int]],
) -> None:
    """Link the places where the text repeats a known name that the tagger missed.

    A tagger misses a name now and then ("Mubarak" alone, after "Hosni
    Mubarak" was tagged); where the text writes one of an entity's names
    again, or a person's surname, as a name of its own (not inside a longer
    capitalized phrase), that occurrence is a mention of the entity. A
    surname or short name that two entities share is left alone.
    """
    wanted: dict[str, set[str]] = defaultdict(set)
    for key, cluster in clusters.items():
        if not cluster.tagged or types.get(key) not in ("Person", "Organization", "Place"):
            continue
        for form in cluster.forms:
            if len(form) >= 3 and form[:1].isupper() and not _not_a_name(form):
                wanted[form].add(key)
            parts = form.split()
            person_like = types[key] == "Person" or (
                types[key] == "Organization" and len(parts) in (2, 3)
                and not any(fold(w).strip(".,") in _ORG_WORDS | _GENERIC_ORG_WORDS for w in parts))
            if person_like and len(parts) >= 2 and len(parts[-1]) >= 3 and parts[-1][:1].isupper():
                wanted[parts[-1]].add(key)
    if not wanted:
        return
    unique = {form: next(iter(keys)) for form, keys in wanted.items() if len(keys) == 1}
    if not unique:
        return
    taken = sorted(links)
    starts = [span[0] for span in taken]
    full_names: dict[str, str] = {}
    # One pass over the text for all the names, the longest first where they overlap.
    alternatives = "|".join(re.escape(form) for form in sorted(unique, key=lambda f: (-len(f), f)))
    for m in re.finditer(r"(?<![\w'’-])(?:" + alternatives + r")(?![\w-])", text):
        form = m.group()
        key = unique.get(form)
        if key is None:
            continue
        start, end = m.span()
        i = bisect_right(starts, start) - 1
        if i >= 0 and taken[i][0] <= start < taken[i][1] or i + 1 < len(taken) and taken[i + 1][0] < end:
            continue  # already part of a linked span
        if any(a <= start < b for a, b in furniture):
            continue
        if _inside_longer_name(text, start, end):
            first = _first_name_before(text, start, end, clusters[key], types[key])
            if first is None or (i >= 0 and taken[i][1] > first):
                continue
            start = first  # "Igor Stravinsky" in a list the tagger skipped, "Stravinsky" tagged later
            form = text[start:end]
            full_names.setdefault(key, form)
        cluster = clusters[key]
        cluster.forms[form] += 1
        cluster.positions.append(start)
        cluster.spans.add((start, end))
        links[(start, end)] = key
    for key, form in full_names.items():
        # The person is keyed by the full name, as in documents where the tagger read it.
        full = entity_key(form)
        if full not in clusters:
            clusters[full] = _Cluster(full)
            types[full] = types.pop(key)
            _merge(clusters, key, full, links)


def _first_name_before(text: str, start: int, end: int, cluster: _Cluster, entity_type: str) -> int | None:
    """Where a person known by a surname alone is written with a first name before it, or ``None``.

    "… Arnold Schoenberg, Igor Stravinsky and Kurt Weill. … Stravinsky …":
    the tagger read the surname alone; the capitalized word just before it,
    when it is no title, role, place, function word or possessive, and
    nothing capitalized follows, is the first name.
    """
    if entity_type != "Person" or any(" " in form for form in cluster.forms):
        return None
    m = re.search(r"(?<![\w'’.-])([A-ZÀ-Ý][a-zà-ÿ]{1,14}) $", text[max(0, start - 17):start])
    after = re.match(r"\s*([\w'’-]+)", text[end:end + 40])
    if m is None or (after and after[1][:1].isupper()):
        return None
    word = fold(m[1])
    if word in _stop_words() or word in _role_words() or word in _title_heads() or word in words("MONTHS") \
            or word in words("WEEKDAYS") or _place_weight(m[1]) >= 2 or word in _ORG_WORDS:
        return None
    first = start - len(m[0])
    # A capitalized word opening a sentence is a first name only if the text never writes it in lower case.
    before = text[max(0, first - 3):first].rstrip(" \t\"'“‘«(")
    if (not before or before[-1] in ".!?:\n") and re.search(r"(?<![\w'’-])" + word + r"(?![\w'’-])", text):
        return None
    return first


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalized word touches the span on either side (it is part of another name)."""
    before = re.search(r"([\w'’-]+)\s*$", text[max(0, start - 40):start])
    after = re.match(r"\s*([\w'’-]+)", text[end:end + 40])
    if after and after[1][:1].isupper() and fold(after[1]) not in _FUNCTION_WORDS:
        return True
    if before and before[1][:1].isupper():
        line_start = text.rfind("\n", 0, start) + 1
        opening = not text[line_start:start - len(before[0])].strip() or \
            re.search(r"[.!?:;\"»”]\s*$", text[max(0, start - len(before[0]) - 3):start - len(before[0])])
        word = fold(before[1])
        if word in _title_heads() or word in _role_words() or (opening and word in _FUNCTION_WORDS):
            return False  # "President Mubarak", "The Mubarak ..."
        return True
    return False


def _all_acronyms(cluster: _Cluster) -> bool:
    """Whether every name of a cluster is an acronym."""
    return bool(cluster.forms) and all(_is_acronym(form) for form in cluster.forms)


def _is_acronym(form: str) -> bool:
    """Whether a name is an acronym: 2 to 6 letters, dots allowed, mostly capitals ("EU", "U.N.", "OSCE", "BoJ")."""
    letters = form.replace(".", "")
    if not (2 <= len(letters) <= 6 and letters.isalpha() and letters[0].isupper()):
        return False
    capitals = sum(ch.isupper() for ch in letters)
    return capitals == len(letters) or (capitals >= 2 and 2 * capitals >= len(letters) + 1)


def _initials(form: str, *, every_word: bool = False) -> str:
    """Initials of a name's capitalized words, folded ("European Union" → "eu"); "" for one word.

    With ``every_word``, joining words count too ("Department for
    International Development" → "dfid").
    """
    tokens = [w for w in re.findall(r"[\w'’-]+", form) if fold(w) not in _FUNCTION_WORDS]
    if len(tokens) < 2 or not all(w[:1].isupper() for w in tokens):
        return ""
    if every_word:
        tokens = re.findall(r"[\w'’-]+", form)
    return fold("".join(w[0] for w in tokens))


def _acronym_key(form: str) -> str:
    """What an acronym spells, folded: its capitals when it mixes cases ("BoJ" → "bj", "EU" → "eu")."""
    letters = form.replace(".", "")
    return fold("".join(ch for ch in letters if ch.isupper()) if not letters.isupper() else letters)


#: The definite articles a name may follow: "the", "le", "la", "les".
_ARTICLES = frozenset({"the", "le", "la", "les"})


def _defined_acronyms(text: str, clusters: dict[str, _Cluster]) -> dict[str, set[str]]:
    """Acronyms the text defines: "Long Name (ACR)", or "the ACR, the Long Name" → the long name's cluster.

    The acronym need not spell the long name's initials: "German Association
    of Plastic Surgeons (VDÄPC)" abbreviates the German name.
    """
    found: dict[str, set[str]] = defaultdict(set)
    # A cluster is found by any of its forms (spelling variants have merged already).
    by_form = {entity_key(form): key for key, cluster in clusters.items() for form in cluster.forms}
    by_form.update({key: key for key in clusters})
    for m in re.finditer(r"((?<![\w-])(?:(?:al|el)-)?[A-ZÀ-Ý][\w'’.&-]*(?:\s+[\w'’.&-]+){0,8}?)\s*\(\s*"
                         r"([A-ZÀ-Ý][A-Za-zÀ-ÿ.]{1,7})\s*\)", text):
        if not (_is_acronym(m[2]) or m[2].replace(".", "").isupper()):
            continue  # "(Berlin)", "(Reuters)"; "(AfD)", "(BfV)", "(MONUSCO)" are acronyms
        words_ = m[1].split()
        for size in range(len(words_), 0, -1):
            if fold(words_[-size]) in _ARTICLES:
                continue  # "and | the European Bank for ... (EBRD)": the name starts after its article
            key = by_form.get(entity_key(" ".join(words_[-size:])))
            if key is not None:
                previous = words_[-size - 1] if size < len(words_) else ""
                if fold(previous) in _ARTICLES:
                    pass  # "The Social Democratic Party (SPD)"
                elif fold(previous) in _NAME_JOINERS or (
                        previous[:1].isupper() and not re.search(r"['’]s?$", previous)):
                    break  # "Freedom Party of | Austria (FPÖ)": a name the tagger cut ends there, not Austria's
                found[fold(m[2])].add(key)
                break
    for m in re.finditer(r"\b([A-ZÀ-Ý]{2,6}),\s+(?:the\s+|la\s+|le\s+|l['’])?([A-ZÀ-Ý][\w'’.&-]*(?:\s+[\w'’.&-]+){1,8})", text):
        # "According to the GTZ, the German Organization for Technical Cooperation, …"; not "In the US, Goldman Sachs said".
        if not _is_acronym(m[1]) or lookup_place(m[1]) is not None:
            continue
        words_ = m[2].split()
        for size in range(len(words_), 1, -1):
            name = " ".join(words_[:size])
            key = by_form.get(entity_key(name))
            after = m.start(2) + len(name)
            if key is not None and text[after:after + 1] == ",":
                found[fold(m[1])].add(key)
                break
    return found


def _apposed_person(
    nominal: Nominal, text: str, person_spans: list[tuple[int, int]], links: dict[tuple[int, int], str]
) -> str | None:
    """The person a description of a person stands in apposition to, if any.

    "Sohane Martin, un homme d'origine espagnole, ..." (the name, a comma, the
    description) and "le propriétaire, Monsieur Anderson Edwin," (the
    description, a comma, the name): the description is that person.
    """
    i = bisect_left(person_spans, (nominal.start, -1))
    if i > 0:
        start, end = person_spans[i - 1]
        if re.fullmatch(r"\s*,\s*", text[end:nominal.start]):
            return links[(start, end)]
    if i < len(person_spans):
        start, end = person_spans[i]
        between = text[nominal.end:start]
        if re.fullmatch(r"\s*,\s*(?:(?:Monsieur|Madame|Mademoiselle|M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?)\s+)?", between) \
                and re.match(r"\s*[,.;)]", text[end:end + 2]):
            return links[(start, end)]
    return None


def _spelling_variants(clusters: dict[str, _Cluster], types: dict[str, str]) -> list[tuple[str, str]]:
    """``(variant, name)``: one person's name spelt two ways in one document ("Mahmud" / "Mahmoud Abbas").

    Two names of people are one when they have as many words and each word
    is the same or differs by a letter or two: same initial, at least four
    letters, similarity ≥ 0.75 for a first name and ≥ 0.88 for the surname
    ("Lukashenko" / "Lukaschenko"). Brothers ("Vitali" and "Wladimir
    Klitschko") differ more. The name written more often keeps the key, or else the one written first.
    """
    from difflib import SequenceMatcher

    def close(a: str, b: str, least: float) -> bool:
        return a == b or (a[:1] == b[:1] and min(len(a), len(b)) >= 4 and SequenceMatcher(None, a, b).ratio() >= least)

    groups: dict[tuple[int, str], list[tuple[str, list[str]]]] = defaultdict(list)
    for key, cluster in clusters.items():
        if cluster.nominal or not cluster.forms:
            continue
        words_ = fold(max(cluster.forms, key=lambda f: (len(f.split()), cluster.forms[f], f))).split()
        if types.get(key) != "Person" and not (
                types.get(key) in ("Organization", "Entity") and len(words_) in (2, 3)
                and not any(w.strip(".,") in _ORG_WORDS | _GENERIC_ORG_WORDS for w in words_)):
            continue  # a person's name the tagger read as a body's ("Thilo Sarazzin") may be a variant
        if len(words_) >= 2 or len(words_[0]) >= 6:
            groups[(len(words_), words_[-1][:1])].append((key, words_))
    pairs = []
    for _group, members in sorted(groups.items()):
        members.sort(key=lambda m: (types.get(m[0]) != "Person", -sum(clusters[m[0]].forms.values()),
                                    min(clusters[m[0]].positions, default=0), m[0]))
        merged: set[str] = set()
        for i, (name, first) in enumerate(members):
            if name in merged or types.get(name) != "Person":
                continue
            for variant, other in members[i + 1:]:
                if variant in merged or first == other:
                    continue
                if (close(first[-1], other[-1], 0.88) or _misspelt(first[-1], other[-1])) and \
                        all(close(a, b, 0.75) for a, b in zip(first[:-1], other[:-1])):
                    pairs.append((variant, name))
                    merged.add(variant)
    return pairs + _misspelt_surnames(clusters, types, {variant for variant, _name in pairs}) + \
        _organization_variants(clusters, types)


def _misspelt(a: str, b: str, *, slack: int = 0) -> bool:
    """Whether two words are one name with a slip of the keyboard: a letter added, dropped, changed or swapped.

    "Largarde" / "Lagarde", "Caliguiri" / "Caligiuri", "Thierse" / "Theirse":
    the same initial, five letters or more, one edit apart (two from eight
    letters: "Sarazzin" / "Sarrazin"); ``slack`` allows that many edits more.
    """
    if a == b or a[:1] != b[:1] or min(len(a), len(b)) < 5:
        return False
    bound = (2 if min(len(a), len(b)) >= 8 else 1) + slack
    if abs(len(a) - len(b)) > bound:
        return False
    # Optimal string alignment distance (Levenshtein with adjacent swaps), stopped past the bound.
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], previous2[j - 2] + 1)
        if min(row) > bound:
            return False
        previous2, previous = previous, row
    return previous[-1] <= bound


def _misspelt_surnames(clusters: dict[str, _Cluster], types: dict[str, str], taken: set[str]) -> list[tuple[str, str]]:
    """``(variant, name)``: a surname alone, misspelt, of one person named in full ("Largarde" / "Christine Lagarde").

    The one-word name is written no more often than the full name's
    cluster, and no other person of the document has a surname within one
    edit more: "Petrow" next to "Ivan Petrov" and "Olga Petrova" stays apart.
    """
    surnames: dict[str, set[str]] = defaultdict(set)
    for key, cluster in clusters.items():
        if types.get(key) == "Person" and not cluster.nominal:
            for form in cluster.forms:
                words_ = fold(form).split()
                if len(words_) >= 2:
                    surnames[words_[-1]].add(key)
    pairs = []
    for key, cluster in sorted(clusters.items()):
        # Taggers often take a lone surname for an organization ("Caliguiri said").
        if key in taken or cluster.nominal or types.get(key) not in ("Person", "Entity", "Organization") \
                or not cluster.forms:
            continue
        forms = {fold(form) for form in cluster.forms}
        if any(" " in form for form in forms) or len(forms) != 1:
            continue
        (word,) = forms
        if word in surnames or word[:-1] in surnames:
            continue  # the surname itself, a short form; "the Morsbachs", the family
        if types.get(key) == "Organization" and len(word) < 7:
            continue  # "Bayer" is a company, not Markus Baier
        near = {other for surname, keys in surnames.items() if _misspelt(word, surname, slack=1)
                for other in keys} - {key}
        if len(near) != 1:
            continue
        (name,) = near
        full = clusters[name]
        if any(_misspelt(word, fold(form).split()[-1]) for form in full.forms) and \
                sum(cluster.forms.values()) <= sum(full.forms.values()) + 1:
            pairs.append((key, name))
    return pairs


def _organization_variants(clusters: dict[str, _Cluster], types: dict[str, str]) -> list[tuple[str, str]]:
    """``(variant, name)``: one organization's name with one word in another form.

    Translated and retold names vary a word's ending: "Federal Environment
    Agency" / "Federal Environmental Agency", "Asia" / "Asian
    Infrastructure Investment Bank", "Muslim Brotherhood" / "Muslim
    Brothers", "Goethe Institut" / "Goethe Institute", "Houthi" /
    "Houthis". The two names have as many words, all the same but one, and
    those two share all their letters but the last three (at least four).
    Words that differ otherwise ("North" / "South", "Airlines" / "Airways")
    name other bodies.
    """
    def variant(a: str, b: str) -> bool:
        if a == b or not (a.isalpha() and b.isalpha()):
            return False
        common = len(commonprefix([a, b]))
        return common >= 4 and common >= min(len(a), len(b)) - 3

    by_length: dict[int, list[tuple[str, list[str]]]] = defaultdict(list)
    for key, cluster in clusters.items():
        if types.get(key) not in ("Organization", "Entity") or cluster.nominal or not cluster.forms:
            continue
        form = max(cluster.forms, key=lambda f: (cluster.forms[f], len(f), f))
        words_ = fold(form).split()
        if len(words_) >= 2 or (len(words_[0]) >= 5 and not _is_acronym(form)):
            by_length[len(words_)].append((key, words_))
    pairs: list[tuple[str, str]] = []
    merged: set[str] = set()
    for size, members in sorted(by_length.items()):
        members.sort(key=lambda m: (-sum(clusters[m[0]].forms.values()), min(clusters[m[0]].positions, default=0), m[0]))
        for i, (name, first) in enumerate(members):
            if name in merged:
                continue
            for other_key, other in members[i + 1:]:
                if other_key in merged or Counter(types.get(k) for k in (name, other_key))["Organization"] == 0:
                    continue
                differing = [(a, b) for a, b in zip(first, other) if a != b]
                if len(differing) == 1 and variant(*differing[0]) and \
                        (size > 1 or differing[0][0].rstrip("s") == differing[0][1].rstrip("s")):
                    pairs.append((other_key, name))
                    merged.add(other_key)
    # A party and its members: "the Social Democrats" / "the Social Democratic Party", "the Greens".
    plurals = [(key, fold(form).split()) for key, cluster in clusters.items()
               if types.get(key) in ("Organization", "Entity", "Person") and not cluster.nominal and cluster.forms
               and (form := max(cluster.forms, key=lambda f: (cluster.forms[f], len(f), f))).endswith("s")]
    for party_key, party in (m for members in by_length.values() for m in members):
        if len(party) >= 2 and party[-1] in _PARTY_NOUNS and party_key not in merged:
            fits = [key for key, words_ in plurals if key not in merged and key != party_key
                    and words_[:-1] == party[:-2] and variant(words_[-1], party[-2])]
            if len(fits) == 1:
                pairs.append((fits[0], party_key))
                merged.add(fits[0])
    return pairs


#: Last words of a party's name, which its members' plural drops ("Social Democratic Party" / "Social Democrats").
_PARTY_NOUNS = frozenset("party union alliance league".split())


def _merge(clusters: dict[str, _Cluster], short: str, full: str, links: dict[tuple[int, int], str]) -> None:
    """Fold cluster ``short`` into ``full`` and point its links there."""
    source, target = clusters.pop(short), clusters[full]
    target.forms.update(source.forms)
    target.votes.update(source.votes)
    target.positions.extend(source.positions)
    target.spans |= source.spans
    target.tagged = target.tagged or source.tagged
    target.genders |= source.genders
    target.part_of = target.part_of or source.part_of
    for span, key in list(links.items()):
        if key == short:
            links[span] = full


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
        allowed = [key for key in salience.candidates(argument.start) if types.get(key) in compatible
                   and salience.before(key, argument.start)[0]
                   and not (agreement and clusters[key].genders - {""} and agreement not in clusters[key].genders)]
        speaker = _speaker(fact, salience.links) if fact is not None and slot == "subject" else None
        if allowed:
            anaphor = Anaphor(argument.start, argument.end, folded, gender=agreement or "", slot=slot,
                              lemma=fold(fact.lemma or fact.relation) if fact is not None else "", wanted=wanted)
            chosen = chooser.choose(anaphor, salience.evidence(allowed, argument.start, clusters, types,
                                                               speaker=speaker))
            if chosen is not None:
                return chosen
        # The ranker learned from reports about people, where "il" and "elle"
        # seldom take up a company. One that is the topic the pronoun continues
        # ("La start-up Lumen ... Elle a levé") is still taken up, by salience.
        keys = [] if folded in _RANKED_ONLY else [
            key for key in allowed if types.get(key) != "Person" and (
                key == speaker or salience.recent_subject(key, argument.start)
                or salience.subject_of_sentence(key, argument.start)
                or salience.subject_of_previous(key, argument.start))]
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
        placeless = [key for key in salience.candidates(argument.start) if types.get(key) in ("Place", "Entity")
                     and salience.before(key, argument.start)[0] and _placeless(clusters[key], text)]
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
    found = [key for (a, b), key in links[i:i + 8] if a < end and b <= end]
    return found[-1] if found else None


def _placeless(cluster: _Cluster, text: str) -> bool:
    """Whether a name typed a place has nothing of one: unknown to the gazetteer, never after "à", "en", "in"."""
    if not cluster.spans or any(lookup_place(form) is not None for form in cluster.forms):
        return False
    return not any(_PLACE_PREPOSITION.search(text, max(0, start - 12), start) for start, _end in cluster.spans)


#: A preposition of place just before a name ("à Lyon", "en Bretagne", "in Ohio").
_PLACE_PREPOSITION = re.compile(r"\b(?:à|au|aux|en|dans|vers|près de|in|at|near|from|to)\s+$", re.IGNORECASE)


#: The gender and number a French pronoun agrees with.
_PRONOUN_GENDER = {"il": "m", "lui": "m", "celui-ci": "m", "ce dernier": "m", "le": "m",
                   "elle": "f", "celle-ci": "f", "cette derniere": "f", "la": "f", "ils": "p", "elles": "p"}

#: Possessive determiners that stand for their owner ("son chiffre d'affaires", "its revenue").
_POSSESSIVE_DETERMINERS = frozenset({"son", "sa", "ses", "its", "his", "her"})

#: Plural personal pronouns: only the learned ranker takes them up.
_PLURAL_PRONOUNS = frozenset({"ils", "elles"})

#: Pronouns that only the learned ranker takes up (hand-weighted salience leaves them alone).
_RANKED_ONLY = _PLURAL_PRONOUNS | {"l'"}

#: Object clitics, which also open noun phrases: they need an antecedent of known gender.
_CLITICS = frozenset({"la", "le"})

_DETERMINER_GENDER = {"le": "m", "un": "m", "ce": "m", "cet": "m", "du": "m", "au": "m",
                      "la": "f", "une": "f", "cette": "f",
                      "les": "p", "des": "p", "ces": "p", "aux": "p"}

_HONORIFIC_GENDER = {"madame": "f", "mme": "f", "mlle": "f", "mademoiselle": "f", "mrs": "f", "ms": "f",
                     "monsieur": "m", "m": "m", "mr": "m"}


def _gender_of_determiner(text: str) -> str:
    """The gender a noun phrase's determiner shows ("la police" → "f", "les secours" → "p"), "" if none."""
    first = fold(text).split(" ", 1)[0].rstrip(".")
    return _DETERMINER_GENDER.get(first, "")


def _gender_before(text: str, start: int) -> str:
    """The gender an honorific or a description's determiner before a name shows ("Madame X", "la start-up X")."""
    # The description a name follows ends at a clause's punctuation: "le groupe
    # de tourisme Globalia" is masculine, as "le" says four words back.
    before = re.split(r"[,;:.!?()«»\"“”\n]", text[max(0, start - 60):start])[-1]
    words = re.findall(r"[\w'’.-]+", fold(before))[-5:]
    if words and words[-1].rstrip(".") in _HONORIFIC_GENDER:
        return _HONORIFIC_GENDER[words[-1].rstrip(".")]
    for word in reversed(words[:-1] if len(words) > 1 else []):
        if word in _DETERMINER_GENDER and word not in ("du", "au", "aux", "des"):
            return _DETERMINER_GENDER[word]
    return ""


def _bare_description(folded: str) -> str:
    """A description without its determiner: "le groupe chinois" → "groupe chinois"."""
    return re.sub(r"^(?:le|la|les|l'|ce|cet|cette|ces|the|this|these|that)\s*", "", folded).strip()


def _introducing_description(argument: Argument, cluster: _Cluster) -> str | None:
    """The description an argument puts before the entity's name ("le groupe chinois Alibaba" → "groupe chinois")."""
    folded = fold(argument.text)
    for form in sorted(cluster.forms, key=len, reverse=True):
        name = fold(form)
        if folded.endswith(" " + name) and _DESCRIPTION.match(folded):
            bare = _bare_description(folded[: -len(name)].strip(" ,"))
            return bare or None
    return None


_IMPERSONAL = frozenset("falloir pleuvoir neiger venter agir rain snow".split())


def _impersonal(fact: Fact) -> bool:
    """Whether the subject pronoun of ``fact`` is impersonal ("il faut", "il y a", "il s'agit")."""
    words = _lemma_words(f"{fact.lemma} {fact.relation}")
    return bool(set(words) & _IMPERSONAL) or "y a" in fold(fact.relation) or fold(fact.relation).startswith("y avoir")


class _Salience:
    """Where each entity was named, to find the salient ones before a position quickly."""

    #: Entities named this many characters before a pronoun are candidates...
    WINDOW = 3000
    #: ... and so are the document's most named entities, wherever they were.
    TOP = 5

    def __init__(
        self,
        clusters: dict[str, _Cluster],
        subjects: dict[str, list[int]] | None = None,
        descriptions: dict[str, set[str]] | None = None,
        sentence_starts: list[int] | None = None,
        links: dict[tuple[int, int], str] | None = None,
    ) -> None:
        #: Where each entity was the subject of a clause.
        self.subjects = {key: sorted(v) for key, v in (subjects or {}).items()}
        #: Where the document's sentences start.
        self.sentence_starts = sorted(sentence_starts or ())
        #: The descriptions each entity was introduced with ("groupe chinois").
        self.descriptions = descriptions or {}
        #: Which spans name which entity, in text order.
        self.links = sorted((links or {}).items())
        self.positions = {key: sorted(c.positions) for key, c in clusters.items() if c.positions}
        self.events = sorted((p, key) for key, ps in self.positions.items() for p in ps)
        self.starts = [p for p, _key in self.events]
        ranked = sorted(self.positions, key=lambda k: (-len(self.positions[k]), k))
        self.top = ranked[: self.TOP]

    def candidates(self, start: int) -> list[str]:
        """Entities named shortly before ``start``, and the most named ones."""
        low = bisect_left(self.starts, start - self.WINDOW)
        high = bisect_left(self.starts, start)
        return list(dict.fromkeys([key for _p, key in self.events[low:high]] + self.top))

    def recent_subject(self, key: str, start: int) -> bool:
        """Whether ``key`` was the subject of a clause in the few hundred characters before ``start``."""
        positions = self.subjects.get(key, [])
        i = bisect_left(positions, start)
        return i > 0 and start - positions[i - 1] < 300

    def subject_of_sentence(self, key: str, start: int) -> bool:
        """Whether ``key`` is the subject of a clause earlier in the sentence of ``start``."""
        if not self.sentence_starts:
            return False
        sentence_start = self.sentence_starts[max(bisect_right(self.sentence_starts, start) - 1, 0)]
        positions = self.subjects.get(key, [])
        i = bisect_left(positions, start)
        return i > 0 and positions[i - 1] >= sentence_start

    def named_in_sentence(self, key: str, start: int) -> bool:
        """Whether ``key`` was named earlier in the sentence of ``start``."""
        if not self.sentence_starts:
            return False
        sentence_start = self.sentence_starts[max(bisect_right(self.sentence_starts, start) - 1, 0)]
        _count, last = self.before(key, start)
        return last >= sentence_start

    def before(self, key: str, start: int) -> tuple[int, int]:
        """How many times ``key`` was named before ``start``, and where last."""
        positions = self.positions.get(key, [])
        count = bisect_left(positions, start)
        return count, positions[count - 1] if count else -1

    def add(self, key: str, start: int, *, subject: bool = False) -> None:
        """Count a mention of ``key`` at ``start`` that resolution found (a pronoun, a description)."""
        insort(self.positions.setdefault(key, []), start)
        i = bisect_left(self.events, (start, key))
        self.events.insert(i, (start, key))
        self.starts.insert(i, start)
        if subject:
            insort(self.subjects.setdefault(key, []), start)

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence that holds ``offset`` (0 when sentences are unknown)."""
        return max(bisect_right(self.sentence_starts, offset) - 1, 0)

    def subject_of_previous(self, key: str, start: int) -> bool:
        """Whether ``key`` was the subject or topic of a clause of the sentence before that of ``start``."""
        index = self.sentence_at(start)
        if index == 0 or not self.sentence_starts:
            return False
        low, high = self.sentence_starts[index - 1], self.sentence_starts[index]
        positions = self.subjects.get(key, [])
        i = bisect_left(positions, low)
        return i < len(positions) and positions[i] < high

    def evidence(
        self, keys: list[str], start: int, clusters: dict[str, _Cluster], types: dict[str, str], *,
        speaker: str | None = None,
    ) -> list[Candidate]:
        """What the ranker reads of each of ``keys`` as an antecedent of the pronoun at ``start``."""
        lasts = {key: self.before(key, start) for key in keys}
        order = sorted(keys, key=lambda k: -lasts[k][1])
        kinds = Counter(types.get(key, "") for key in keys)
        here = self.sentence_at(start)
        found = []
        for key in keys:
            count, last = lasts[key]
            cluster = clusters[key]
            entity_type = types.get(key, "Entity")
            found.append(Candidate(
                key=key, type=entity_type, spans=tuple(sorted(span for span in cluster.spans if span[0] < start)),
                nominal=cluster.nominal, genders=frozenset(cluster.genders - {""}), count=count,
                sentences_back=here - self.sentence_at(last), rank=order.index(key) + 1,
                recent_subject=self.recent_subject(key, start), subject_of_sentence=self.subject_of_sentence(key, start),
                subject_of_previous=self.subject_of_previous(key, start), speaker=key == speaker,
                top=self.top[0] == key, alone=kinds[entity_type] == 1))
        return found


def _find_parts(text: str, clusters: dict[str, _Cluster], types: dict[str, str]) -> None:
    """Mark entities the text calls a part of another ("la division cloud d'Alibaba")."""
    folded_text = fold(text)
    pairs: set[tuple[str, str]] = set()
    for m in re.finditer(
        r"\b(?:" + _PART_NOUNS + r")\s+([\w-]+)\s+(?:d'|de |du |of )(?:the\s+)?([\w][\w .&-]{0,60}?)(?=[\s,.;:)]|$)",
        folded_text,
    ):
        pairs.add((m[1], m[2]))
    for m in re.finditer(r"\b([\w][\w .&-]{0,60}?)'s\s+([\w-]+)\s+(?:" + _PART_NOUNS + r")\b", folded_text):
        pairs.add((m[2], m[1]))
    for word, parent_text in sorted(pairs):
        # The parent is the longest known entity the phrase starts with.
        parent_words = parent_text.split()
        parent = None
        for size in range(len(parent_words), 0, -1):
            key = entity_key(" ".join(parent_words[:size]))
            if key in clusters:
                parent = key
                break
        if parent is None or types.get(parent) != "Organization":
            continue
        parent_forms = [fold(f) for f in clusters[parent].forms] or [parent]
        for key, cluster in clusters.items():
            if key == parent or cluster.part_of is not None:
                continue
            for form in (fold(f) for f in cluster.forms):
                if any(form.startswith(p + " ") for p in parent_forms) and word in form.split():
                    cluster.part_of = parent
                    break


def reference_date(document: Document) -> tuple[str | None, str | None]:
    """The date relative expressions of a document count from, and a note when read in its text.

    The document's own date when it has one; otherwise a deictic date of its
    text ("ce lundi 20 mars 2020", "this Monday, March 20, 2020").
    """
    return _reference_date(document.date, document.text, document.lang)


def _reference_date(date: str | None, text: str, lang: str) -> tuple[str | None, str | None]:
    """The date relative expressions count from, and a note when inferred from the text."""
    if date:
        if read_value(date[:10], lang)[0] is None:
            return None, f"document date {date!r} is not a date (expected ISO 8601, like 2020-03-20)"
        return date, None
    # A deictic date ("ce lundi 20 mars 2020", "this Monday, March 20, 2020")
    # is the day the document was written.
    pattern = (
        r"\b(?:ce|cet|this|today,?|aujourd'hui,?)\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?"
        r"((?:\d{1,2}|1er)\s+[a-z]+\.?\s+\d{4}|[a-z]+\.?\s+\d{1,2},?\s+\d{4})"
    )
    match = re.search(pattern, fold(text))
    if not match:
        dateline = dateline_date(text, lang)
        if dateline:
            return dateline, f"document has no date; relative dates count from {dateline}, read in its dateline"
        return None, None
    value, _reason = read_value(match[1], lang)
    if value is None or value.kind != "date" or not value.date or len(value.date) != 10:
        return None, None
    return value.date, f"document has no date; relative dates count from {value.date}, read in the text ({match[0]!r})"


def _entity(cluster: _Cluster, entity_type: str) -> Entity:
    """The frozen record of a cluster."""
    forms = cluster.forms or Counter({cluster.key: 1})
    label = _best_label(forms)
    aliases = tuple(sorted(f for f in forms if f != label))
    votes = tuple(sorted(_all_votes(cluster).items(), key=lambda item: (-item[1], item[0])))
    return Entity(
        key=cluster.key,
        label=label,
        type=entity_type,
        aliases=aliases,
        type_votes=votes,
        mentions=max(len(cluster.positions), 1),
        part_of=cluster.part_of,
    )


def _best_label(forms: Counter[str]) -> str:
    """The most informative surface form: not shouted, the fullest name, frequent, with accents."""
    def score(form: str) -> tuple[bool, bool, bool, int, int, int, int, str]:
        return (
            not (form.isupper() and len(form) > 1),  # "Alibaba" over "ALIBABA"
            not form.islower(),                       # "Alibaba" over "alibaba"
            not (form[:1].islower() and any(f[:1].isupper() for f in forms)),  # "France" over "la France"
            len(form.split()),                        # "Jeff Zhang" over a more frequent "Zhang"
            forms[form],
            sum(ord(c) > 127 for c in form),          # "États-Unis" over "Etats-Unis"
            len(form),
            form,
        )
    return max(forms, key=score)
