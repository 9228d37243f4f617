"""Resolve the entities of a document: one record per real-world entity.

:func:`resolve_entities` turns the tagger's mentions and the extractor's
arguments into :class:`~kg.types.Entity` records, says which spans denote
which entity, and states the relations between them. It drives the modules
of this package, in this order:

1. names: the text's own marks (:mod:`~kg.resolve.found_names`, defined
   acronyms in :mod:`~kg.resolve.acronyms`), then the tagger's mentions cut
   to their names or dropped (:mod:`~kg.resolve.mentions`); page furniture
   names nothing (:mod:`~kg.resolve.furniture`);
2. the arguments of facts that name an entity (:mod:`~kg.resolve.arguments`),
   and the discourse entities a report names with common nouns
   (:mod:`~kg.resolve.nominals`);
3. short forms, spellings, teams and repeated names joined to their full
   names (:mod:`~kg.resolve.names`, :mod:`~kg.resolve.variants`,
   :mod:`~kg.resolve.teams`, :mod:`~kg.resolve.repeats`); types elected from
   the votes (:mod:`~kg.resolve.votes`);
4. pronouns and descriptions taken up (:mod:`~kg.resolve.anaphora`, with
   :mod:`~kg.resolve.salience` and the learned ranker
   :mod:`~kg.resolve.coref`);
5. values normalized once (:mod:`~kg.resolve.values`);
6. relations: the classifier's (:mod:`~kg.resolve.relations`) and what the
   passage implies (:mod:`~kg.resolve.events`, :mod:`~kg.resolve.roles`).

Keys come from the name alone (:mod:`~kg.resolve.identity`), so the same
entity has the same IRI in every document with no pass across documents.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from kg.lang import groups
from kg.lang.places import lookup as lookup_place
from kg.normalize.values import read_value, reference_date
from kg.resolve.acronyms import (
    _acronym_definitions,
    _all_acronyms,
    _defined_name_type,
    _name_before_name,
    _party_names,
    _party_of_members,
)
from kg.resolve.anaphora import (
    _corefer,
    _describe_named_people,
    _gender_before,
    _gender_of_determiner,
    _impersonal,
)
from kg.resolve.arguments import _link_named, _untagged_name
from kg.resolve.cluster import (
    TAGGER_TYPES,
    _add_found_name,
    _Cluster,
    _cluster,
    _entity,
    _kept,
    _merge,
    clusters_type,
)
from kg.resolve.coref import Chooser, load_antecedent_model
from kg.resolve.events import (
    _WE,
    _appointed_without_agent,
    _bare_roles,
    _employers,
    _held_posts,
    _left_without_organization,
    _link_own_posts,
    _replacements,
)
from kg.resolve.found_names import (
    _AFTER_QUOTE,
    _heading_names,
    _quoted_names,
    _title_cased,
)
from kg.resolve.furniture import _in_spans, furniture_spans
from kg.resolve.identity import _strip_determiner, entity_key
from kg.resolve.lexicon import (
    canonical_relation,
)
from kg.resolve.mentions import (
    _BASED_BEFORE,
    _BASED_ON,
    _LEADING_QUANTIFIER,
    _TRAILING_SCORE,
    _VALUE_LABELS,
    _balanced,
    _clean_mention,
    _joined_people,
    _strip_title,
)
from kg.resolve.names import _apposed_person, _find_parts, _head_nouns, _nicknames, _short_forms
from kg.resolve.nominals import nominal_entities
from kg.resolve.reading import _arguments
from kg.resolve.relations import find_relations
from kg.resolve.repeats import _repeat_names
from kg.resolve.roles import (
    implied_appointers,
    implied_departures,
    implied_positions,
)
from kg.resolve.salience import _salience
from kg.resolve.statements import headline, read_statements
from kg.resolve.teams import _about_sport, _vote_teams
from kg.resolve.values import complete, read_values
from kg.resolve.variants import _spelling_variants
from kg.resolve.vocabulary import (
    _DESCRIPTION,
)
from kg.resolve.votes import _context_type, _elect, _surname_votes, _vote_from_evidence, _voting_slot
from kg.text import fold
from kg.types import (
    Argument,
    Entity,
    Extraction,
    Fact,
    Mention,
    Relation,
    Resolution,
)

__all__ = ["LONG_TEXT", "resolve_entities"]

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
    doc = _Reading(extraction)
    headed, _mentions = _name_mentions(doc)
    facts = tuple(f for f in extraction.facts if not _in_spans(f.sentence.start, doc.furniture))
    pending = _link_arguments(doc, facts, headed)
    _add_discourse_entities(doc, headed)
    types = _join_names(doc)
    types = _take_up(doc, facts, pending, types, antecedents)
    _find_parts(doc.text, doc.clusters, types)
    anchor, note = reference_date(extraction.document)
    if note:
        doc.warnings.append(note)
    values = read_values(extraction, facts, doc.links, doc.furniture, doc.warnings, anchor)
    entities, links = _records(doc, types)
    relations: tuple[Relation, ...] = ()
    if with_relations:
        relations = _relations(doc, facts, entities, links)
        entities, links = _without_passing_phrases(doc, types, entities, links, relations)
    stated = {span: value for span, value in values.items() if complete(value)}
    known = {entity.key: entity for entity in entities}
    first = headline(extraction)
    return Resolution(
        entities=entities,
        links=links,
        relations=relations,
        values=tuple(sorted(stated.items(), key=lambda item: item[0])),
        warnings=tuple(doc.warnings),
        statements=read_statements(extraction, known, dict(links), stated, doc.furniture),
        headline=first.index if first is not None else None,
        reference_date=anchor,
    )


@dataclass
class _Reading:
    """One document as the resolver reads it: its entities so far, and which spans name them."""

    extraction: Extraction
    clusters: dict[str, _Cluster] = field(default_factory=dict)
    links: dict[tuple[int, int], str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.text = self.extraction.document.text
        self.lang = self.extraction.document.lang
        self.furniture = furniture_spans(self.text)


def _name_mentions(doc: _Reading) -> tuple[dict[int, str], list[Mention]]:
    """The names of the text: quoted, "-based", parties, headings, defined acronyms, then the tagger's.

    Returns:
        Where a heading's description starts → the key of the name it
        describes, and the tagger's mentions (names it cut joined).
    """
    text, lang, furniture, clusters, links = doc.text, doc.lang, doc.furniture, doc.clusters, doc.links

    # 1. Names between quotes after the noun that says what they name
    # ("l'association « Les Amis du Rhône »"), then the tagger's mentions,
    # without noise and without those inside a quoted name.
    quoted = []
    for start, end, quoted_type in _quoted_names(text, furniture):
        _add_found_name(clusters, links, text, start, end, quoted_type, 3)
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
    for start, end, described, heading_type in _heading_names(text, furniture):
        headed[described] = _add_found_name(clusters, links, text, start, end, heading_type, 2)
    # "the World Anti-Doping Agency (WADA)": an acronym the text defines says
    # where the name it spells begins, wherever the tagger cut it.
    defined = [
        d
        for d in _acronym_definitions(text)
        if not _in_spans(d[0], furniture) and not any(a < d[1] and d[0] < b and (a, b) != d[:2] for a, b in quoted)
    ]
    mentions = _joined_people(sorted(doc.extraction.mentions, key=lambda m: (m.start, -m.end)), text, lang)
    for mention in mentions:
        # Inside a quoted name, or across its quotes ("Un Homme, un vote’’ au",
        # "association “Stop"): the quotes say where the name ends. Inside a name an
        # acronym spells, or across its start: the acronym says where it begins.
        crossed = [(a, b) for a, b in quoted if mention.start < b and a < mention.end] + [
            (a, b)
            for a, b, _, _ in defined
            if mention.start < b and a < mention.end and not (mention.start <= a and b <= mention.end)
        ]
        if crossed:
            # A place the tagger ran on to past the quotes ("’’ au Niger") is still a place.
            after = _AFTER_QUOTE.match(text, crossed[-1][1], mention.end)
            if after and after.end() < mention.end and lookup_place(text[after.end() : mention.end]) is not None:
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

    return headed, mentions


def _link_arguments(doc: _Reading, facts: tuple[Fact, ...], headed: dict[int, str]) -> list[tuple[Fact, Argument, str]]:
    """Link the arguments that name an entity; return the others (pronouns, descriptions) with their slot."""
    text, lang, furniture, clusters, links, extraction = (
        doc.text,
        doc.lang,
        doc.furniture,
        doc.clusters,
        doc.links,
        doc.extraction,
    )
    # 2. Arguments: named ones first, then pronouns and descriptions.
    value_spans = [(m.start, m.end) for m in extraction.mentions if m.label in _VALUE_LABELS]
    # A headline in title case capitalizes every word: capitals there are no evidence of a name.
    title_case = {s.index for s in extraction.sentences[:1] if _title_cased(s.text)}
    named_spans = sorted(links)
    pending: list[tuple[Fact, Argument, str]] = []
    for fact in facts:
        canon = canonical_relation(fact, lang)
        for slot, argument in _arguments(fact):
            key = (
                headed.get(argument.start)
                if argument.text[:1].islower() or _DESCRIPTION.match(fold(argument.text))
                else None
            )
            key = key or _link_named(argument, clusters, named_spans, links, text, furniture)
            if (
                key is None
                and fact.sentence.index not in title_case
                and _untagged_name(argument, fact, text, furniture, value_spans)
            ):
                surface = _balanced(
                    _LEADING_QUANTIFIER.sub("", re.split(r"['’]s\s+(?=[A-Z])", argument.text.strip())[-1])
                )
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

    return pending


def _add_discourse_entities(doc: _Reading, headed: dict[int, str]) -> None:
    """Add the bodies, places, people and events the text names with common nouns (:mod:`kg.resolve.nominals`)."""
    text, clusters, links = doc.text, doc.clusters, doc.links
    # 2b. Bodies, places, people and events the text names with common nouns
    # ("la police", "l'hôpital"): entities of this document only.
    person_spans = sorted(span for span, key in links.items() if clusters_type(clusters, key) == "Person")
    for nominal in nominal_entities(doc.extraction, set(links)) if len(text) <= LONG_TEXT else ():
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


def _join_names(doc: _Reading) -> dict[str, str]:
    """Join the short forms, spellings, head nouns and nicknames to their full names; return the types."""
    text, clusters, links, furniture = doc.text, doc.clusters, doc.links, doc.furniture
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
    return types


def _take_up(
    doc: _Reading,
    facts: tuple[Fact, ...],
    pending: list[tuple[Fact, Argument, str]],
    types: dict[str, str],
    antecedents: Chooser | None,
) -> dict[str, str]:
    """Link descriptions, pronouns, "nous" and one's own post to the entities they take up; return the types."""
    text, lang, clusters, links, extraction = doc.text, doc.lang, doc.clusters, doc.links, doc.extraction
    _describe_named_people(clusters, types, links, lang)
    chooser = antecedents if antecedents is not None else load_antecedent_model(lang)
    salience = _salience(extraction, facts, clusters, links)
    for fact, argument, slot in pending:
        if slot == "subject" and _impersonal(fact):
            continue  # "il faut", "il y a", "it is raining": nobody
        canon = canonical_relation(fact, lang)
        # The relation's domain and range narrow what a pronoun may take up: "son"
        # in "son directeur général X" is the organization, not a person.
        wanted = (
            None
            if canon is None
            else canon.subject_type
            if slot == "subject"
            else canon.object_type
            if slot == "object"
            else None
        )
        key = _corefer(
            argument, clusters, types, text, wanted=wanted, salience=salience, chooser=chooser, fact=fact, slot=slot
        )
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

    return types


def _records(
    doc: _Reading, types: dict[str, str]
) -> tuple[tuple[Entity, ...], tuple[tuple[tuple[int, int], str], ...]]:
    """The entities (sorted by key) and the links to them."""
    clusters, links = doc.clusters, doc.links
    linked = set(links.values())
    entities = tuple(
        _entity(cluster, types[cluster.key])
        for cluster in sorted(clusters.values(), key=lambda c: c.key)
        if (cluster.key in linked or cluster.forms) and _kept(cluster, types[cluster.key])
    )
    known = {e.key for e in entities}
    kept_links = tuple(sorted((span, key) for span, key in links.items() if key in known))
    return entities, kept_links


def _relations(
    doc: _Reading,
    facts: tuple[Fact, ...],
    entities: tuple[Entity, ...],
    kept_links: tuple[tuple[tuple[int, int], str], ...],
) -> tuple[Relation, ...]:
    """The typed relations between the entities: the classifier's, then what the passage implies."""
    text, lang, extraction = doc.text, doc.lang, doc.extraction
    relations = (
        find_relations(text, extraction.sentences, entities, kept_links, lang, facts) if len(text) <= LONG_TEXT else ()
    )
    kept_types = {e.key: e.type for e in entities}
    succession, replaced = _replacements(facts, dict(kept_links), kept_types, lang)
    return (
        *relations,
        *succession,
        *implied_departures(replaced, kept_links, kept_types, extraction.sentences),
        *implied_positions(
            _bare_roles(facts, dict(kept_links), kept_types, lang),
            kept_links,
            kept_types,
            extraction.sentences,
            held=_held_posts(facts, dict(kept_links), kept_types, lang),
        ),
        *implied_appointers(
            _appointed_without_agent(facts, dict(kept_links), kept_types, lang),
            kept_links,
            kept_types,
            extraction.sentences,
        ),
        *implied_departures(
            _left_without_organization(facts, dict(kept_links), kept_types, lang),
            kept_links,
            kept_types,
            extraction.sentences,
        ),
    )


def _without_passing_phrases(
    doc: _Reading,
    types: dict[str, str],
    entities: tuple[Entity, ...],
    kept_links: tuple[tuple[tuple[int, int], str], ...],
    relations: tuple[Relation, ...],
) -> tuple[tuple[Entity, ...], tuple[tuple[tuple[int, int], str], ...]]:
    """Drop the discourse entities that are only a phrase of their fact."""
    clusters, lang = doc.clusters, doc.lang
    # A thing the text names once with a common noun ("la route", "une réunion")
    # and relates to nothing is a phrase of its fact, not an entity of the graph;
    # an event of a known kind ("un incendie", "une explosion") stays what the report is about.
    related = {key for r in relations for key in (r.subject, r.object)}
    named_at: dict[str, set[int]] = defaultdict(set)
    for (start, _end), key in kept_links:
        named_at[key].add(start)
    kinds = groups("EVENT_KINDS", lang)
    passing = {
        key
        for key, cluster in clusters.items()
        if cluster.nominal
        and key not in related
        and len(named_at.get(key, ())) <= 1
        and not (types.get(key) == "Event" and cluster.heads & kinds.keys())
    }
    if passing:
        entities = tuple(e for e in entities if e.key not in passing)
        kept_links = tuple(link for link in kept_links if link[1] not in passing)
    return entities, kept_links
