"""Tests of kg.normalize: money, percents, counts, dates and periods."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.normalize.amounts import read_amounts
from kg.normalize.dates import dateline_date
from kg.normalize.values import normalize_value, read_value
from kg.normalize.words import qualifier_for_role


@pytest.mark.parametrize(
    "text, lang, amount, currency, qualifier",
    [
        ("28 milliards de dollars", "fr", "28000000000", "USD", None),
        ("quelque 28 milliards de dollars", "fr", "28000000000", "USD", "approximately"),
        ("$28B", "en", "28000000000", "USD", None),
        ("$28 billion", "en", "28000000000", "USD", None),
        ("1,3 milliard d'euros", "fr", "1300000000", "EUR", None),
        ("1,3 milliard d’euros", "fr", "1300000000", "EUR", None),
        ("près de 1,3 milliard d’euros", "fr", "1300000000", "EUR", "approximately"),
        ("10 milliards de yuan", "fr", "10000000000", "CNY", None),
        ("€5m", "en", "5000000", "EUR", None),
        ("1,000,000 dollars", "en", "1000000", "USD", None),
        ("1 000 euros", "fr", "1000", "EUR", None),
        ("2,5 millions d'euros", "fr", "2500000", "EUR", None),
        ("2.5 million euros", "en", "2500000", "EUR", None),
        ("EUR 300 million", "en", "300000000", "EUR", None),
        ("300 M€", "fr", "300000000", "EUR", None),
        ("deux milliards de dollars", "fr", "2000000000", "USD", None),
        ("une centaine de millions d’euros", "fr", "100000000", "EUR", "approximately"),
        ("£4bn", "en", "4000000000", "GBP", None),
        ("about $3 billion", "en", "3000000000", "USD", "approximately"),
        ("plus de 500 millions de dollars", "fr", "500000000", "USD", "more than"),
        ("le seuil symbolique des 10 milliards de yuan", "fr", "10000000000", "CNY", None),
        ("quelque 28 milliards de dollars dans son infrastructure cloud", "fr", "28000000000", "USD", "approximately"),
        ("1 billion d'euros", "fr", "1000000000000", "EUR", None),
        ("un milliard de rand", "fr", "1000000000", "ZAR", None),
        # a comma is the French decimal mark, a point the English one
        ("312,45 millions d'euros", "fr", "312450000", "EUR", None),
        ("7,05 milliards de dollars", "fr", "7050000000", "USD", None),
        ("$1.25 billion", "en", "1250000000", "USD", None),
        ("0.75 million pounds", "en", "750000", "GBP", None),
        # amounts as adjectives, joined by hyphens
        ("a 25-million-euro deal", "en", "25000000", "EUR", None),
        ("a $40-million contract", "en", "40000000", "USD", None),
        ("a 1.2-billion-dollar bid", "en", "1200000000", "USD", None),
        ("a two-billion-dollar plan", "en", "2000000000", "USD", None),
        ("un contrat de 25 millions d'euros", "fr", "25000000", "EUR", None),
        ("un prêt à 40 millions de dollars", "fr", "40000000", "USD", None),
        # amounts in words, with or without a scale
        ("trois cents euros", "fr", "300", "EUR", None),
        ("deux mille dollars", "fr", "2000", "USD", None),
        ("vingt et un millions d'euros", "fr", "21000000", "EUR", None),
        ("one hundred thousand dollars", "en", "100000", "USD", None),
        # a second amount in brackets: the first is the value (read_amounts gives both)
        ("€3.2 million ($3.5 million)", "en", "3200000", "EUR", None),
        ("3,2 millions d'euros (3,5 millions de dollars)", "fr", "3200000", "EUR", None),
    ],
)
def test_money(text, lang, amount, currency, qualifier):
    value = normalize_value(text, lang)
    assert value is not None and value.kind == "money"
    assert value.amount == Decimal(amount)
    assert value.unit == currency
    assert value.qualifier == qualifier
    assert value.text == text


@pytest.mark.parametrize(
    "text, lang, low, high, currency, qualifier",
    [
        ("$200 million to $250 million", "en", "200000000", "250000000", "USD", None),
        ("between $200 million and $250 million", "en", "200000000", "250000000", "USD", None),
        ("$200-$250 million", "en", "200000000", "250000000", "USD", None),
        ("$200-250 million", "en", "200000000", "250000000", "USD", None),
        ("€1.5 to €2 billion", "en", "1500000000", "2000000000", "EUR", None),
        ("between 900,000 and 1.2 million euros", "en", "900000", "1200000", "EUR", None),
        ("about $200 million to $250 million", "en", "200000000", "250000000", "USD", "approximately"),
        ("entre 200 et 250 millions d'euros", "fr", "200000000", "250000000", "EUR", None),
        ("de 200 à 250 millions d'euros", "fr", "200000000", "250000000", "EUR", None),
        ("200-250 millions de dollars", "fr", "200000000", "250000000", "USD", None),
        ("200 à 250 M€", "fr", "200000000", "250000000", "EUR", None),
        ("entre 800 millions et 1,2 milliard d'euros", "fr", "800000000", "1200000000", "EUR", None),
        ("entre deux et trois milliards de dollars", "fr", "2000000000", "3000000000", "USD", None),
        ("entre une dizaine et une vingtaine de millions d'euros", "fr", "10000000", "20000000", "EUR", "approximately"),
        ("environ 2 à 3 milliards de dollars", "fr", "2000000000", "3000000000", "USD", "approximately"),
        ("une enveloppe de 200 à 250 millions d'euros", "fr", "200000000", "250000000", "EUR", None),
        ("un budget compris entre 200 et 250 millions d'euros", "fr", "200000000", "250000000", "EUR", None),
    ],
)
def test_money_ranges_keep_both_bounds_and_the_low_one_as_amount(text, lang, low, high, currency, qualifier):
    value = normalize_value(text, lang)
    assert value is not None and value.kind == "money"
    assert (value.low, value.high, value.amount) == (Decimal(low), Decimal(high), Decimal(low))
    assert (value.unit, value.qualifier, value.text) == (currency, qualifier, text)


@pytest.mark.parametrize(
    "text, lang, amount",
    [
        ("vingt et un millions d'euros", "fr", "21000000"),  # "et" joins a range only after "entre"
        ("$5 to 10 people", "en", "5"),  # the second number is not money
        ("€3 to $4", "en", "3"),  # two currencies
    ],
)
def test_not_ranges(text, lang, amount):
    value = normalize_value(text, lang)
    assert value is not None and value.amount == Decimal(amount)
    assert value.low is None and value.high is None


def test_decreasing_bounds_are_a_change_not_a_range():
    assert read_value("from $250 million to $200 million", "en") == (None, None)


def test_a_range_is_written_with_both_bounds_on_its_own_node():
    # How the graph writes what is read here: the bounds must reach it.
    from kg.rdf.document import _add_value

    triples = []

    class Triples:
        add = triples.append

    value = normalize_value("entre 200 et 250 millions d'euros", "fr")
    node = _add_value(Triples(), value)
    single = _add_value(Triples(), normalize_value("200 millions d'euros", "fr"))
    written = {(p.rsplit("#", 1)[-1].rstrip(">"), o) for s, p, o in triples if s == node}
    decimal = "^^<http://www.w3.org/2001/XMLSchema#decimal>"
    assert {("numericValue", f'"200000000"{decimal}'), ("minValue", f'"200000000"{decimal}'),
            ("maxValue", f'"250000000"{decimal}'), ("currency", '"EUR"')} <= written
    assert node != single


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("€3.2 million ($3.5 million)", "en", [("€3.2 million", "3200000", "EUR"), ("$3.5 million", "3500000", "USD")]),
        (
            "3,2 millions d'euros (3,5 millions de dollars)",
            "fr",
            [("3,2 millions d'euros", "3200000", "EUR"), ("3,5 millions de dollars", "3500000", "USD")],
        ),
        (
            "La société a levé 12 millions d’euros en 2019, puis 30 M€ l'an dernier, soit environ 33 millions de dollars.",
            "fr",
            [("12 millions d’euros", "12000000", "EUR"), ("30 M€", "30000000", "EUR"),
             ("environ 33 millions de dollars", "33000000", "USD")],
        ),
        (
            "The fund paid $200 million to $250 million for a 25-million-euro stake.",
            "en",
            [("$200 million to $250 million", "200000000", "USD"), ("25-million-euro", "25000000", "EUR")],
        ),
        ("EUR 300 million and CHF 5 million", "en", [("EUR 300 million", "300000000", "EUR"), ("CHF 5 million", "5000000", "CHF")]),
        (
            "deux milliards de dollars et une centaine de millions d'euros",
            "fr",
            [("deux milliards de dollars", "2000000000", "USD"), ("une centaine de millions d'euros", "100000000", "EUR")],
        ),
        ("Un  chèque\u00a0de 12\u00a0000 €.", "fr", [("12\u00a0000 €", "12000", "EUR")]),
        ("Il a vendu trois maisons en 2020.", "fr", []),
        ("", "en", []),
    ],
)
def test_read_amounts_gives_every_amount_in_text_order(text, lang, expected):
    amounts = read_amounts(text, lang)
    assert [(v.text, str(v.amount), v.unit) for v in amounts] == expected
    for value in amounts:
        assert value.kind == "money" and value.text in text


def test_read_amounts_keeps_ranges_and_qualifiers():
    first, second = read_amounts("entre 200 et 250 millions d'euros, soit environ 230 millions de dollars", "fr")
    assert (first.low, first.high, first.unit) == (Decimal(200000000), Decimal(250000000), "EUR")
    assert (second.amount, second.qualifier) == (Decimal(230000000), "approximately")


@pytest.mark.parametrize(
    "text, lang, amount",
    [("12,5 %", "fr", "12.5"), ("12.5%", "en", "12.5"), ("40 pour cent", "fr", "40"), ("3 percent", "en", "3"),
     ("-3 %", "fr", "-3"), ("+5,2 %", "fr", "5.2"), ("près de 20 %", "fr", "20")],
)
def test_percent(text, lang, amount):
    value = normalize_value(text, lang)
    assert value is not None and value.kind == "percent" and value.amount == Decimal(amount)


@pytest.mark.parametrize(
    "text, lang, amount, unit",
    [
        ("63 pays", "fr", "63", "pays"),
        ("63 pays à travers le monde", "fr", "63", "pays"),
        ("2 millions d'utilisateurs", "fr", "2000000", "utilisateurs"),
        ("trois usines", "fr", "3", "usines"),
        ("1,200 employees", "en", "1200", "employees"),
        ("une dizaine de pays", "fr", "10", "pays"),
        # A scale is a word of its own: not 2857 M + "ètres", not 2 G + "rands".
        ("2857 mètres", "fr", "2857", "metres"),
        ("2 grands groupes", "fr", "2", "grands"),
        ("10 km", "fr", "10", "km"),
        # numbers in words
        ("quatre blessés, dont deux enfants", "fr", "4", "blesses"),
        ("two children", "en", "2", "children"),
        ("trois cents personnes", "fr", "300", "personnes"),
        ("vingt et une communes", "fr", "21", "communes"),
        ("soixante et onze morts", "fr", "71", "morts"),
        ("quatre-vingt-dix salariés", "fr", "90", "salaries"),
        ("deux cent mille manifestants", "fr", "200000", "manifestants"),
        ("deux mille emplois", "fr", "2000", "emplois"),
        ("un million de visiteurs", "fr", "1000000", "visiteurs"),
        ("1,5 million de personnes", "fr", "1500000", "personnes"),
        ("twenty-one countries", "en", "21", "countries"),
        ("two hundred and fifty employees", "en", "250", "employees"),
        ("two dozen reporters", "en", "24", "reporters"),
        ("five cents", "en", "5", "cents"),  # "cent" is a hundred in French only
    ],
)
def test_counts(text, lang, amount, unit):
    value = normalize_value(text, lang)
    assert value is not None and value.kind == "quantity"
    assert value.amount == Decimal(amount) and value.unit == unit


@pytest.mark.parametrize(
    "text, lang, amount, qualifier",
    [
        ("trois cents", "fr", "300", None),
        ("vingt et un", "fr", "21", None),
        ("soixante-dix-sept", "fr", "77", None),
        ("quatre-vingts", "fr", "80", None),
        ("deux mille", "fr", "2000", None),
        ("mille neuf cent quatre-vingt-dix-neuf", "fr", "1999", None),
        ("septante-cinq", "fr", "75", None),
        ("une dizaine", "fr", "10", "approximately"),
        ("une quinzaine", "fr", "15", "approximately"),
        ("a dozen", "en", "12", "approximately"),
        ("thirty-two", "en", "32", None),
        ("nineteen", "en", "19", None),
    ],
)
def test_numbers_in_words_alone_are_counts(text, lang, amount, qualifier):
    value = normalize_value(text, lang)
    assert value is not None and value.kind == "quantity"
    assert (value.amount, value.unit, value.qualifier) == (Decimal(amount), None, qualifier)


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
    [("l'an dernier", "fr", "2019"), ("cette année", "fr", "2020"), ("next year", "en", "2021"),
     ("aujourd'hui", "fr", "2020-03-20"), ("le 3 mars", "fr", "2020-03-03"), ("March 3", "en", "2020-03-03")],
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
        ("investir quelque 28 milliards de dollars dans son infrastructure cloud au cours des trois prochaines années", "fr"),
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
@given(st.text(max_size=80), st.sampled_from(["fr", "en"]), st.one_of(st.none(), st.just("2020-02-29"), st.text(max_size=12)))
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

    folded = fold_within(text).strip(" \t\n.,;:!?()[]\"«»“”")
    if folded and len(folded) <= 120:
        assert _read(text, lang, doc_date) == _read_folded(text, folded, lang, doc_date)


_MONEY_LIKE = st.lists(
    st.one_of(
        st.sampled_from(
            "$ € £ 200 250 3,2 1.5 12 000 - – à a to et and entre between de from d' millions million milliards "
            "billion M€ m bn euros dollars (3,5 ) . , vingt et un deux cents mille dizaine une about environ".split()
        ),
        st.text(alphabet="abcé'-., 0123456789$€()", max_size=8),
    ),
    max_size=12,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), _MONEY_LIKE), st.sampled_from(["fr", "en"]))
def test_read_amounts_never_raises_and_each_amount_is_a_span(text, lang):
    for value in read_amounts(text, lang):
        assert value.kind == "money" and value.amount is not None and value.unit
        assert value.text and value.text in text


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

    folded = fold_within(text).strip(" \t\n.,;:!?()[]\"«»“”")
    if folded and len(folded) <= 120:
        assert _read(text, lang, doc_date) == _read_folded(text, folded, lang, doc_date)


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
