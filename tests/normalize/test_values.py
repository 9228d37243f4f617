"""kg.normalize.values: the reader that dispatches a phrase to its kind of value; what is no value, and why."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.normalize.values import read_value
from kg.normalize.words import qualifier_for_role


@pytest.mark.parametrize(
    "text, lang",
    [
        ("quelques milliards", "fr"),
        ("des milliards de dollars", "fr"),
        ("plusieurs millions d'euros", "fr"),
        ("several billion dollars", "en"),
        ("30 février 2020", "fr"),
        ("February 30, 2021", "en"),
        ("l'an dernier", "fr"),  # relative, and no document date
        ("lundi dernier", "fr"),
        ("on Tuesday", "en"),
        ("la semaine dernière", "fr"),
        ("earlier this month", "en"),
    ],
)
def test_unreadable_values_give_a_reason_and_no_value(text, lang):
    value, reason = read_value(text, lang)
    assert value is None
    assert reason


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Alibaba", "fr"),
        ("son infrastructure cloud", "fr"),
        ("l’édition 2019 de Viva Tech", "fr"),
        ("la pandémie de Covid-19", "fr"),
        ("un défi", "fr"),
        ("the Chinese group", "en"),
        ("il", "fr"),
        ("", "fr"),
        ("   ", "en"),
        (
            "investir quelque 28 milliards de dollars dans son infrastructure cloud au cours des trois prochaines années",
            "fr",
        ),
        ("Ce livre", "fr"),  # a book, not pounds
        ("zone euro", "fr"),
        ("décret du 16 décembre 1902", "fr"),  # a decree, dated inside
        ("l'année", "fr"),
        ("(1963, avec Frank Sinatra", "fr"),  # a year then a comma: once an IndexError
        ("1963 ; puis", "en"),
        ("un grand nombre d'attestations", "fr"),  # not 1 G + "rand" (ZAR)
        ("un", "fr"),  # alone, "un" and "one" are an article or a pronoun
        ("one", "en"),
        ("les deux", "fr"),
        ("deux trois", "fr"),  # words that spell no number
        ("en semaine", "fr"),  # no week in particular
        ("la semaine", "fr"),
        ("le mois", "fr"),
        ("Mardi gras", "fr"),
    ],
)
def test_not_values(text, lang):
    assert read_value(text, lang, doc_date="2020-03-20") == (None, None)


@pytest.mark.parametrize(
    "role, qualifier",
    [("d’ici à", "by"), ("d'ici", "by"), ("by", "by"), ("depuis", "since"), ("jusqu'à", "until"), ("dans", None)],
)
def test_role_qualifiers(role, qualifier):
    assert qualifier_for_role(role) == qualifier


@settings(max_examples=300, deadline=None)
@given(
    st.text(max_size=80),
    st.sampled_from(["fr", "en"]),
    st.one_of(st.none(), st.just("2020-02-29"), st.text(max_size=12)),
)
def test_never_raises(text, lang, doc_date):
    value, reason = read_value(text, lang, doc_date=doc_date)
    assert value is None or value.kind in ("money", "percent", "quantity", "date", "period")
    assert reason is None or isinstance(reason, str)


_VALUE_LIKE = st.lists(
    st.one_of(
        st.sampled_from(
            "28 1,3 2020 1er 20 mars Q4 % $ € milliards millions k m grand rand dollars euros yuans pour cent "
            "trois une dizaine un a the les ces prochaines dernières next last années ans mois years days "
            "cette année aujourd'hui hier today d'ici à by depuis fin mi- trimestre quarter de of environ "
            "plus quelques several pays usines employees".split()
            + ["cette année", "this year", "l'an prochain", "deux milliards de dollars", "une centaine de"]
        ),
        st.text(alphabet="abcdeéèàçxyz'-., 0123456789", max_size=8),
    ),
    max_size=7,
).map(" ".join)


@settings(max_examples=500, deadline=None)
@given(_VALUE_LIKE, st.sampled_from(["fr", "en"]), st.sampled_from([None, "2020-03-15"]))
def test_the_quick_rejection_never_changes_a_reading(text, lang, doc_date):
    from kg.normalize.values import _read, _read_folded
    from kg.text import fold_within

    folded = fold_within(text).strip(' \t\n.,;:!?()[]"«»“”')
    if folded and len(folded) <= 120:
        assert _read(text, lang, doc_date) == _read_folded(text, folded, lang, doc_date)


_DEICTIC_AND_WORDS_LIKE = st.lists(
    st.sampled_from(
        "lundi mardi mercredi monday tuesday dernier prochain passée last next this ce cette cet on the "
        "semaine mois week month matin soir après-midi morning night tonight hier avant-hier demain yesterday "
        "earlier later plus tôt tard dans le la l' année year -ci vingt et un deux cent cents mille trois "
        "quatre-vingt-dix dozen two hundred and fifty une dizaine euros dollars millions entre à - to".split()
    ),
    min_size=1,
    max_size=6,
).map(" ".join)


@settings(max_examples=500, deadline=None)
@given(_DEICTIC_AND_WORDS_LIKE, st.sampled_from(["fr", "en"]), st.sampled_from([None, "2021-03-17", "2020-12-31"]))
def test_the_quick_rejection_never_changes_a_reading_of_days_and_numbers_in_words(text, lang, doc_date):
    from kg.normalize.values import _read, _read_folded
    from kg.text import fold_within

    folded = fold_within(text).strip(' \t\n.,;:!?()[]"«»“”')
    if folded and len(folded) <= 120:
        assert _read(text, lang, doc_date) == _read_folded(text, folded, lang, doc_date)
