"""kg.normalize.dates: dates, periods, relative and deictic dates, datelines."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.normalize.dates import dateline_date
from kg.normalize.values import normalize_value, read_value


@pytest.mark.parametrize(
    "text, lang, kind, iso, qualifier",
    [
        ("ce lundi 20 mars 2020", "fr", "date", "2020-03-20", None),
        ("le 1er avril 2021", "fr", "date", "2021-04-01", None),
        ("March 20, 2020", "en", "date", "2020-03-20", None),
        ("on 20 March 2020", "en", "date", "2020-03-20", None),
        ("2020-03-20", "en", "date", "2020-03-20", None),
        ("20/03/2020", "fr", "date", "2020-03-20", None),
        ("mars 2020", "fr", "date", "2020-03", None),
        ("d'ici à 2023", "fr", "date", "2023", "by"),
        ("d’ici à 2023", "fr", "date", "2023", "by"),
        ("d'ici 2025", "fr", "date", "2025", "by"),
        ("by 2023", "en", "date", "2023", "by"),
        ("depuis 2019", "fr", "date", "2019", "since"),
        ("en 2019", "fr", "date", "2019", None),
        ("2023", "fr", "date", "2023", None),
        ("au quatrième trimestre 2019", "fr", "period", "2019-Q4", None),
        ("quatrième trimestre 2019", "fr", "period", "2019-Q4", None),
        ("fourth quarter of 2019", "en", "period", "2019-Q4", None),
        ("Q4 2019", "en", "period", "2019-Q4", None),
        ("T1 2020", "fr", "period", "2020-Q1", None),
        ("premier semestre 2020", "fr", "period", "2020-H1", None),
        ("first half of 2020", "en", "period", "2020-H1", None),
        ("le 17 novembre 1977 à Meulan", "fr", "date", "1977-11-17", None),
        ("9 au 11 février 2007", "fr", "period", "2007-02-09/2007-02-11", None),
        ("fin 2019", "fr", "date", "2019", "late"),
        ("début 2021", "fr", "date", "2021", "early"),
        ("mi-2020", "fr", "date", "2020", "mid"),
        ("late 2019", "en", "date", "2019", "late"),
        ("d'ici fin 2025", "fr", "date", "2025", "by"),
        ("2020-2023", "fr", "period", "2020-01-01/2023-12-31", None),
        ("entre 2020 et 2023", "fr", "period", "2020-01-01/2023-12-31", None),
        ("between 2020 and 2023", "en", "period", "2020-01-01/2023-12-31", None),
        ("FY2021", "en", "date", "2021", None),
        ("S1 2020", "fr", "period", "2020-H1", None),
    ],
)
def test_dates_and_periods(text, lang, kind, iso, qualifier):
    value = normalize_value(text, lang)
    assert value is not None
    assert (value.kind, value.date, value.qualifier) == (kind, iso, qualifier)


@pytest.mark.parametrize(
    "text, lang, iso",
    [
        ("ces trois prochaines années", "fr", "2020-03-20/2023-03-20"),
        ("au cours des trois prochaines années", "fr", "2020-03-20/2023-03-20"),
        ("cours des trois prochaines années", "fr", "2020-03-20/2023-03-20"),
        ("over the next three years", "en", "2020-03-20/2023-03-20"),
        ("les deux dernières années", "fr", "2018-03-20/2020-03-20"),
        ("the next 6 months", "en", "2020-03-20/2020-09-20"),
    ],
)
def test_relative_periods_count_from_the_document_date(text, lang, iso):
    value = normalize_value(text, lang, doc_date="2020-03-20")
    assert value is not None and value.kind == "period" and value.date == iso


def test_relative_period_without_document_date_keeps_a_duration_and_says_so():
    value, reason = read_value("ces trois prochaines années", "fr")
    assert value is not None and value.date == "P3Y" and value.qualifier == "next"
    assert reason and "no date" in reason


@pytest.mark.parametrize(
    "text, lang, iso",
    [
        ("l'an dernier", "fr", "2019"),
        ("cette année", "fr", "2020"),
        ("next year", "en", "2021"),
        ("aujourd'hui", "fr", "2020-03-20"),
        ("le 3 mars", "fr", "2020-03-03"),
        ("March 3", "en", "2020-03-03"),
    ],
)
def test_relative_dates(text, lang, iso):
    value = normalize_value(text, lang, doc_date="2020-03-20")
    assert value is not None and value.date == iso


# 2021-03-17 is a Wednesday.
@pytest.mark.parametrize(
    "text, lang, kind, iso",
    [
        ("hier", "fr", "date", "2021-03-16"),
        ("hier soir", "fr", "date", "2021-03-16"),
        ("avant-hier", "fr", "date", "2021-03-15"),
        ("aujourd'hui", "fr", "date", "2021-03-17"),
        ("ce matin", "fr", "date", "2021-03-17"),
        ("cet après-midi", "fr", "date", "2021-03-17"),
        ("demain", "fr", "date", "2021-03-18"),
        ("yesterday", "en", "date", "2021-03-16"),
        ("last night", "en", "date", "2021-03-16"),
        ("this morning", "en", "date", "2021-03-17"),
        # a weekday said to be past or next: the nearest one before or after the document's date
        ("lundi dernier", "fr", "date", "2021-03-15"),
        ("last Monday", "en", "date", "2021-03-15"),
        ("mercredi dernier", "fr", "date", "2021-03-10"),
        ("lundi prochain", "fr", "date", "2021-03-22"),
        ("next Wednesday", "en", "date", "2021-03-24"),
        # a bare weekday: the most recent one, the document's day included
        ("mardi", "fr", "date", "2021-03-16"),
        ("on Tuesday", "en", "date", "2021-03-16"),
        ("mardi soir", "fr", "date", "2021-03-16"),
        ("jeudi", "fr", "date", "2021-03-11"),
        ("mercredi", "fr", "date", "2021-03-17"),
        ("depuis lundi", "fr", "date", "2021-03-15"),
        # "ce", "this": the one in the document's week
        ("ce jeudi", "fr", "date", "2021-03-18"),
        ("this Friday", "en", "date", "2021-03-19"),
        # calendar weeks and months
        ("la semaine dernière", "fr", "period", "2021-03-08/2021-03-14"),
        ("la semaine passée", "fr", "period", "2021-03-08/2021-03-14"),
        ("last week", "en", "period", "2021-03-08/2021-03-14"),
        ("cette semaine", "fr", "period", "2021-03-15/2021-03-21"),
        ("next week", "en", "period", "2021-03-22/2021-03-28"),
        ("le mois prochain", "fr", "date", "2021-04"),
        ("le mois dernier", "fr", "date", "2021-02"),
        ("last month", "en", "date", "2021-02"),
        ("ce mois-ci", "fr", "date", "2021-03"),
        ("this month", "en", "date", "2021-03"),
        ("l'an dernier", "fr", "date", "2020"),
        ("l'année passée", "fr", "date", "2020"),
        ("last year", "en", "date", "2020"),
        ("cette année", "fr", "date", "2021"),
        # part of the current week, month or year, up to or from the document's date
        ("earlier this month", "en", "period", "2021-03-01/2021-03-17"),
        ("plus tôt cette année", "fr", "period", "2021-01-01/2021-03-17"),
        ("later this year", "en", "period", "2021-03-17/2021-12-31"),
        ("plus tard dans le mois", "fr", "period", "2021-03-17/2021-03-31"),
        # with "the", a span of days back from the document's date
        ("the past week", "en", "period", "2021-03-10/2021-03-17"),
    ],
)
def test_deictic_dates_count_from_the_document_date(text, lang, kind, iso):
    value = normalize_value(text, lang, doc_date="2021-03-17")
    assert value is not None
    assert (value.kind, value.date) == (kind, iso)


@pytest.mark.parametrize(
    "text, lang, doc_date, iso",
    [
        ("lundi dernier", "fr", "2021-01-04", "2020-12-28"),  # a Monday: the Monday before
        ("la semaine dernière", "fr", "2021-01-05", "2020-12-28/2021-01-03"),
        ("le mois dernier", "fr", "2021-01-05", "2020-12"),
        ("next month", "en", "2020-12-31", "2021-01"),
        ("earlier this month", "en", "2020-02-29", "2020-02-01/2020-02-29"),
    ],
)
def test_deictic_dates_across_year_ends(text, lang, doc_date, iso):
    value = normalize_value(text, lang, doc_date=doc_date)
    assert value is not None and value.date == iso


@pytest.mark.parametrize(
    "text, lang, iso",
    [
        ("PARIS, 3 mars 2021 (Reuters) - Le groupe a annoncé mardi...", "fr", "2021-03-03"),
        ("BERLIN, March 3, 2021 (Reuters) - The carmaker said on Tuesday...", "en", "2021-03-03"),
        ("Paris, le 3 mars 2021 – La société annonce...", "fr", "2021-03-03"),
        ("SAN FRANCISCO, Calif., March 3, 2021 /PRNewswire/ -- Acme Inc. today...", "en", "2021-03-03"),
        ("SAINT-ÉTIENNE, 3 févr. 2021 (AFP) - Le club...", "fr", "2021-02-03"),
        ("Rio de Janeiro, 1er avril 2021 (AFP) - La ville...", "fr", "2021-04-01"),
        ("MEXICO, lundi 5 avril 2021 (AFP) - Le gouvernement...", "fr", "2021-04-05"),
        ("Les marchés reculent\n\nLONDRES, 8 juin 2021 (Reuters) - Les Bourses...", "fr", "2021-06-08"),
        # a header line
        ("Mis à jour le 12/03/2021 à 10h32\nLe conseil a voté...", "fr", "2021-03-12"),
        ("Updated 03/12/2021 9:15 a.m.\nThe board voted...", "en", "2021-03-12"),  # month first in English
        ("Published: 2021-03-03T10:00:00Z\nText", "en", "2021-03-03"),
        ("Publié le 3 mars 2021 à 18h00, mis à jour le 4 mars 2021 à 9h\nLe texte...", "fr", "2021-03-03"),
        ("Mis à jour le 4 mars 2021\nPublié le 3 mars 2021\nLe texte...", "fr", "2021-03-03"),
        # a dateline without a year takes the header's
        ("Updated: March 12, 2021\nBERLIN, March 11 (Reuters) - The firm...", "en", "2021-03-11"),
        ("Publié le 05/01/2021\nPARIS, 30 décembre (AFP) - Le groupe...", "fr", "2020-12-30"),
        # nothing to date it by
        ("PARIS, 3 mars (Reuters) - Le groupe a annoncé...", "fr", None),
        ("BERLIN, March 3 (Reuters) - The company said...", "en", None),
        ("Le 3 mars, la société a annoncé...", "fr", None),
        ("Il a dit, 3 mars (AFP) - ...", "fr", None),  # not a city
        ("Jean Dupont, 45 ans (PS) - ...", "fr", None),
        ("PARIS, 30 février 2021 (AFP) - ...", "fr", None),
        ("ligne\n" * 20 + "PARIS, 3 mars 2021 (AFP) - ...", "fr", None),  # too far from the top
        ("", "fr", None),
    ],
)
def test_dateline_date(text, lang, iso):
    assert dateline_date(text, lang) == iso


_DATELINE_LIKE = st.lists(
    st.one_of(
        st.sampled_from(
            "PARIS BERLIN Paris , le 3 1er 30 mars March févr. 2021 (Reuters) (AFP) - – /PRNewswire/ \n "
            "Publié Mis à jour Updated: 12/03/2021 2021-03-03 lundi Dec. 29 février".split(" ")
        ),
        st.text(max_size=6),
    ),
    max_size=14,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=300), _DATELINE_LIKE), st.sampled_from(["fr", "en"]))
def test_dateline_date_never_raises(text, lang):
    iso = dateline_date(text, lang)
    assert iso is None or (len(iso) == 10 and read_value(iso, lang)[0] is not None)


def test_leap_day_anchor():
    value = normalize_value("les trois prochaines années", "fr", doc_date="2020-02-29")
    assert value is not None and value.date == "2020-02-29/2023-02-28"
