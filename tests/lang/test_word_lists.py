"""kg.lang.en and kg.lang.fr: the same names in each, no import from kg but their stage lists, and the stages' lists built from them."""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path
from types import ModuleType

import pytest

from kg.ie import arguments, confidence, facts, roles, tree
from kg.ie import lexicon as ie
from kg.lang import en, fr, merged
from kg.normalize import dates
from kg.normalize import words as values
from kg.resolve import (
    acronyms,
    anaphora,
    cluster,
    events,
    found_names,
    furniture,
    mentions,
    names,
    nominals,
    reading,
    repeats,
    statements,
    teams,
    vocabulary,
    votes,
)
from kg.resolve import lexicon as relations
from kg.text import fold

LANGUAGE_MODULES = (en, fr)


def _names(module: ModuleType) -> set[str]:
    return {name for name in vars(module) if re.fullmatch(r"[A-Z][A-Z0-9_]*", name)}


def _union(name: str) -> frozenset[str]:
    return frozenset(en.__dict__[name]) | frozenset(fr.__dict__[name])


def test_both_languages_define_the_same_names_with_the_same_types():
    assert _names(en) == _names(fr)
    for name in _names(en):
        assert type(getattr(en, name)) is type(getattr(fr, name)), name


#: The stages whose lists each language keeps in a module of its own (``kg.lang.en_ie``...).
STAGES = ("ie", "normalize", "resolve")


def _stage_modules(language: ModuleType) -> list[ModuleType]:
    return [importlib.import_module(f"{language.__name__}_{stage}") for stage in STAGES]


def _imports(module: ModuleType) -> list[ast.Import | ast.ImportFrom]:
    tree = ast.parse(Path(str(module.__file__)).read_text(encoding="utf-8"))
    return [node for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom))]


@pytest.mark.parametrize("module", LANGUAGE_MODULES, ids=lambda m: m.__name__)
def test_a_language_file_imports_nothing_but_its_stage_lists(module):
    stage_modules = {m.__name__ for m in _stage_modules(module)}
    for node in _imports(module):
        assert isinstance(node, ast.ImportFrom) and node.module in {"__future__"} | stage_modules, ast.dump(node)
    for stage_module in _stage_modules(module):
        imports = _imports(stage_module)
        assert all(isinstance(node, ast.ImportFrom) and node.module == "__future__" for node in imports)


@pytest.mark.parametrize("module", LANGUAGE_MODULES, ids=lambda m: m.__name__)
def test_a_language_re_exports_each_stage_list_once(module):
    stage_names = [_names(m) for m in _stage_modules(module)]
    tree = ast.parse(Path(str(module.__file__)).read_text(encoding="utf-8"))
    own = {
        target.id
        for node in tree.body
        if isinstance(node, (ast.Assign, ast.AnnAssign))
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Name)
    }
    for i, stage in enumerate(stage_names):
        assert stage <= _names(module)
        assert not stage & own, stage & own
        for other in stage_names[i + 1 :]:
            assert not stage & other, stage & other
    for stage_module in _stage_modules(module):
        for name in _names(stage_module):
            assert getattr(module, name) is getattr(stage_module, name), name


#: Stage sets → the list of the language files they are the union of.
SETS = {
    ie: {
        name: name
        for name in (
            "PHRASAL_PARTICLES AGENT_PREPOSITIONS NEGATIONS INTENTION_NOUNS AGREEMENT_NOUNS TALKS_NOUNS "
            "INCLUDING_WORDS IMMINENCE_NOUNS AGREEMENT_VERBS EVENT_NOUNS ANNOUNCING_VERBS STAKE_PREPOSITIONS "
            "ABSOLUTE_VERBS RAISING_VERBS FUNDING_NOUNS FUNDER_PREPOSITIONS ABSOLUTE_PREPOSITIONS CONDITION_MARKS "
            "CONCESSIVE_ADVERBS REPORTED_ADVERBS REPORTED_PASSIVES ANONYMOUS_SOURCES LIGHT_VERBS FOUNDER_WORDS "
            "LEAVING_VERBS HOLDING_VERBS APPOINTING_VERBS AS_PREPOSITIONS REPORTING_VERBS ATTRIBUTION_PREPOSITIONS "
            "RELATIVE_PRONOUNS OF_PREPOSITIONS ROLE_WORDS BECOMING_VERBS SITE_NOUNS SITE_VERBS POSSESSIVES "
            "SITE_PREPOSITIONS ORGANIZATION_NOUNS ROLE_PREPOSITIONS EXPLETIVES FURNITURE MEASURE_PARTS AMOUNT_VERBS "
            "DEPARTURE_NOUNS LOCATIVE_PREPOSITIONS ELIDED_CLITICS"
        ).split()
    }
    | {
        "HONORIFICS": "ADDRESS_FORMS",
        "_LIST_OPENERS": "LIST_OPENERS",
        "_PRICE_PREPOSITIONS": "PRICE_PREPOSITIONS",
        "_PURPOSE_NOUNS": "PURPOSE_NOUNS",
    },
    values: {
        "_HUNDREDS": "HUNDRED_WORDS",
        "_THOUSANDS": "THOUSAND_WORDS",
        "_VAGUE_WORDS": "VAGUE_WORDS",
        "_UNIT_STOP": "UNIT_STOP_WORDS",
    },
    vocabulary: {
        "_PLACE_NOUNS": "PLACE_NOUNS",
        "_BODY_NOUNS": "BODY_NOUNS",
        "_GENERIC_ORG_WORDS": "GENERIC_ORG_WORDS",
        "_JOINING": "JOINING_WORDS",
    },
    relations: {"_COPULAS": "COPULAR_VERBS", "_FUNCTION_WORDS": "FUNCTION_WORDS"},
    teams: {"_BUILDINGS": "BUILDING_WORDS"},
    cluster: {"_ORG_WORDS": "ORGANIZATION_WORDS"},
    acronyms: {"_NAME_JOINERS": "NAME_JOINERS", "_ARTICLES": "DEFINITE_ARTICLES", "_PARTY_NOUNS": "PARTY_NOUNS"},
    names: {"_NAME_LINKS": "NAME_LINKS"},
    repeats: {"_GEOGRAPHIC_NOUNS": "GEOGRAPHIC_NOUNS"},
    votes: {"_PEOPLE_TOO": "ORGANIZATION_HEADS_OF_PEOPLE"},
    anaphora: {
        "_POSSESSIVE_DETERMINERS": "POSSESSIVE_DETERMINERS",
        "_PLURAL_PRONOUNS": "PLURAL_PRONOUNS",
        "_CLITICS": "OBJECT_CLITICS",
        "_IMPERSONAL": "IMPERSONAL_VERBS",
    },
    events: {"_WE": "FIRST_PERSON_PLURAL"},
    furniture: {"FURNITURE": "FURNITURE_LINES", "RELATED_MARKERS": "RELATED_MARKERS"},
    mentions: {
        "NOISE_WORDS": "NOISE_WORDS",
        "_ROMANCE_PARTICLES": "ROMANCE_PARTICLES",
        "_TIME_ZONES": "TIME_ZONES",
        "_POSSESSIVE_WORDS": "ROLE_PHRASE_OPENERS",
    },
    nominals: {
        "ARTICLES": "NOMINAL_ARTICLES",
        "DETERMINERS": "NOMINAL_DETERMINERS",
        "PLURAL_OPENERS": "NOMINAL_PLURAL_OPENERS",
        "COMPLEMENT_OPENERS": "NOMINAL_COMPLEMENT_OPENERS",
        "_NOT_ADJECTIVES": "NOT_ADJECTIVES",
        "_JOINING": "ADJECTIVE_JOINERS",
    },
    statements: {
        "_LOCATIVE": "COPULA_LOCATIVES",
        "_PLACE_NOUNS": "PLACE_KIND_NOUNS",
        "_PHRASE_OPENERS": "PHRASE_OPENERS",
    },
    reading: {"_PASSIVE_WORDS": "PASSIVE_WORDS"},
    arguments: {"RESOLVABLE_PRONOUNS": "RESOLVABLE_PRONOUNS"},
    confidence: {"_BE_WORDS": "BE_WORDS"},
    facts: {"_PARTICLES": "NAME_PARTICLES", "_NAME_JOINERS": "INSTITUTION_NAME_JOINERS"},
    dates: {
        "_DEMONSTRATIVES": "DEMONSTRATIVES",
        "_UPDATE_LABELS": "UPDATE_LABELS",
        "_CITY_PARTICLES": "CITY_PARTICLES",
    },
}

#: Stage tables → the table of the language files they merge.
TABLES = {
    ie: {"MODALS": "MODALS", "LEMMA_FORMS": "LEMMA_FORMS"},
    values: {
        "_SCALES_COMMON": "SCALES",
        "_CURRENCY_WORDS": "CURRENCY_WORDS",
        "_WORD_NUMBERS": "NUMBER_WORDS",
        "_APPROX_NUMBERS": "APPROXIMATE_NUMBERS",
        "_AMOUNT_QUALIFIERS": "AMOUNT_QUALIFIERS",
        "_DAY_SHIFTS": "DAY_SHIFTS",
        "_ORDINALS": "ORDINALS",
        "_DATE_QUALIFIERS": "DATE_QUALIFIERS",
        "_ROLE_QUALIFIERS": "ROLE_QUALIFIERS",
    },
    anaphora: {
        "PRONOUNS": "PRONOUN_TYPES",
        "_PRONOUN_GENDER": "PRONOUN_GENDERS",
        "_DETERMINER_GENDER": "DETERMINER_GENDERS",
        "_HONORIFIC_GENDER": "HONORIFIC_GENDERS",
    },
    found_names: {"_QUOTED_TYPES": "QUOTED_NAME_TYPES"},
}

#: Stage values per language code → the value of the language files.
PER_LANGUAGE = {
    ie: {
        name: name
        for name in (
            "MEASURE_NOUNS LEAVING_LEMMA COPULA_WORD COPULA_LEMMA PAST_COPULA_WORD FOUNDED_WORD FOUNDED_LEMMA "
            "INVESTED_WORD INVESTED_LEMMA INVESTED_PREPOSITION OPERATES_WORD OPERATES_LEMMA OF_WORD HAVE_WORD "
            "HAVE_LEMMA LOCATIVE_WORD"
        ).split()
    },
    values: {"_SCALES_LANG": "LANGUAGE_SCALES"},
    roles: {"_RESTATED_ROLE": "RESTATED_ROLE"},
}


def _cases(table: dict[ModuleType, dict[str, str]]) -> list[tuple[ModuleType, str, str]]:
    return [(module, stage, lang) for module, names in table.items() for stage, lang in names.items()]


def _id(case: object) -> str:
    return case.__name__.rsplit(".", 1)[-1] if isinstance(case, ModuleType) else str(case)


@pytest.mark.parametrize(("module", "stage", "name"), _cases(SETS), ids=_id)
def test_a_stage_set_is_the_union_of_the_languages_lists(module, stage, name):
    assert getattr(module, stage) == _union(name)


@pytest.mark.parametrize(("module", "stage", "name"), _cases(TABLES), ids=_id)
def test_a_stage_table_holds_every_entry_of_each_language(module, stage, name):
    table = getattr(module, stage)
    assert table == {**getattr(fr, name), **getattr(en, name)}
    for language in LANGUAGE_MODULES:
        assert getattr(language, name).items() <= table.items(), language.__name__


@pytest.mark.parametrize(("module", "stage", "name"), _cases(PER_LANGUAGE), ids=_id)
def test_a_stage_value_per_language_is_each_language_s(module, stage, name):
    assert getattr(module, stage) == {"en": getattr(en, name), "fr": getattr(fr, name)}


def test_the_stage_lists_built_from_more_than_one_list():
    assert _union("ANNOUNCING_VERBS") | _union("EVENT_VERBS") == ie.EVENT_VERBS
    assert {"%"} | _union("PERCENT_WORDS") == ie.PERCENT_WORDS
    assert _union("STAKE_NOUNS") | ie.PERCENT_WORDS == ie.STAKE_NOUNS
    assert {","} | _union("LIST_JOINERS") == ie._LIST_JOINERS
    assert _union("NOMINAL_ARTICLES") | _union("NOMINAL_DETERMINERS") | _union("NOMINAL_FUNCTION_WORDS") == (
        nominals.FUNCTION_WORDS
    )
    assert ie._DEAL_VERBS == ie.EVENT_VERBS | ie.LIGHT_VERBS
    assert _union("PLURAL_PRONOUNS") | _union("GENDERLESS_CLITICS") == anaphora._RANKED_ONLY
    assert {en.COPULA_LEMMA, fr.COPULA_LEMMA} == tree.COPULA_LEMMAS


def test_the_stage_tables_and_patterns_of_word_lists():
    heads = {name: _union(f"{name.upper()}_NAME_HEADS") for name in ("Event", "Place", "Organization")}
    assert heads == cluster._NAME_HEADS
    assert list(cluster._NAME_HEADS) == list(heads)
    # The heads of descriptions that describe people as well are heads of descriptions of organizations.
    organization_heads = set(vocabulary._ORG_NOUNS.split("|"))
    assert organization_heads >= votes._PEOPLE_TOO
    # The labels of an update are labels the pattern of a page's head reads.
    for label in dates._UPDATE_LABELS:
        assert dates._HEADER_DATE.search(f"{label} : 3 mars 2020")["label"] == label


def test_ordered_lists_keep_the_order_they_are_tried_in():
    assert ie.CONDITIONAL_ENDINGS == fr.CONDITIONAL_ENDINGS == ("aient", "ions", "iez", "ais", "ait")
    assert ie.CONDITIONAL_STEMS == fr.CONDITIONAL_STEMS
    assert en.CONDITIONAL_ENDINGS == en.CONDITIONAL_STEMS == ()
    assert (*fr.TIMES_OF_DAY, *en.TIMES_OF_DAY) == values._TIMES_OF_DAY
    assert vocabulary._ORG_NOUNS.split("|") == [*fr.ORGANIZATION_HEADS, *en.ORGANIZATION_HEADS]
    assert vocabulary._PERSON_NOUNS.split("|") == [*fr.PERSON_HEADS, *en.PERSON_HEADS]
    assert list(anaphora.PRONOUNS) == [*fr.PRONOUN_TYPES, *en.PRONOUN_TYPES]
    # "jusqu'" is tried, and cut, before "qu'".
    assert (*fr.LEADING_ELISIONS, *en.LEADING_ELISIONS) == mentions._LEADING_ELISIONS
    assert mentions._LEADING_ELISIONS.index("jusqu'") < mentions._LEADING_ELISIONS.index("qu'")
    split = [(words, frozenset(nexts)) for words, nexts in (*fr.SPLIT_PREPOSITIONS, *en.SPLIT_PREPOSITIONS)]
    assert list(tree._SPLIT_PREPOSITIONS) == split
    # "constructeur" is tried, and found, before "constructeur automobile".
    match = vocabulary._DESCRIPTION.match("le constructeur automobile")
    assert match is not None and match["noun"] == "constructeur"


def test_a_word_of_each_language_reaches_its_stage():
    assert {"n't", "guère", "n’"} <= ie.NEGATIONS
    assert ie.MODALS["could"] == "possible" and ie.MODALS["espérer"] == "intended"
    assert ie.COPULA_WORD == {"en": "is", "fr": "est"}
    assert {"mr.", "mme"} <= ie.HONORIFICS and "mgr" not in ie.HONORIFICS  # not the resolver's titles
    assert values._CURRENCY_WORDS["livres sterling"] == values._CURRENCY_WORDS["pounds sterling"] == "GBP"
    assert values._SCALES_LANG["en"]["billion"] == 10**9 and values._SCALES_LANG["fr"]["billion"] == 10**12
    assert {"etre", "be"} <= relations._COPULAS
    assert {"nous", "we"} <= events._WE and {"ils", "they"} <= arguments.RESOLVABLE_PRONOUNS
    assert anaphora._HONORIFIC_GENDER["mme"] == anaphora._HONORIFIC_GENDER["mrs"] == "f"
    assert {"d’", "à"} <= facts._NAME_JOINERS  # the extractor's words as written, not folded
    assert {"0 commentaire", "0 comments"} <= furniture.FURNITURE
    assert {"mis a jour", "last updated"} <= dates._UPDATE_LABELS


#: Words of the folded lists that are not folded, kept as they were: folded text never holds them.
UNFOLDED = {"für", "opération"}


@pytest.mark.parametrize("stage", ["resolve", "normalize"])
@pytest.mark.parametrize("language", LANGUAGE_MODULES, ids=_id)
def test_the_lists_of_stages_that_compare_folded_text_are_written_folded(language, stage):
    module = importlib.import_module(f"{language.__name__}_{stage}")

    def strings(value: object) -> list[str]:
        if isinstance(value, str):
            return [value]
        if isinstance(value, dict):
            return [w for key in value for w in strings(key)]  # the values are no words ("Person", 10**9)
        if isinstance(value, (tuple, list)):
            return [w for item in value for w in strings(item)]
        return []

    for name in _names(module):
        for word in strings(getattr(module, name)):
            assert word == fold(word) or word in UNFOLDED, (name, word)


def test_merging_refuses_a_word_two_languages_read_differently(monkeypatch):
    monkeypatch.setattr(en, "SCALES", {"billion": 10**9}, raising=False)
    monkeypatch.setattr(fr, "SCALES", {"billion": 10**12}, raising=False)
    with pytest.raises(ValueError, match="billion"):
        merged("SCALES")
