"""kg.normalize.amounts and numbers: money, ranges, percents, counts, numbers in words."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.normalize.amounts import read_amounts
from kg.normalize.values import normalize_value, read_value


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
        (
            "entre une dizaine et une vingtaine de millions d'euros",
            "fr",
            "10000000",
            "20000000",
            "EUR",
            "approximately",
        ),
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
    assert {
        ("numericValue", f'"200000000"{decimal}'),
        ("minValue", f'"200000000"{decimal}'),
        ("maxValue", f'"250000000"{decimal}'),
        ("currency", '"EUR"'),
    } <= written
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
            [
                ("12 millions d’euros", "12000000", "EUR"),
                ("30 M€", "30000000", "EUR"),
                ("environ 33 millions de dollars", "33000000", "USD"),
            ],
        ),
        (
            "The fund paid $200 million to $250 million for a 25-million-euro stake.",
            "en",
            [("$200 million to $250 million", "200000000", "USD"), ("25-million-euro", "25000000", "EUR")],
        ),
        (
            "EUR 300 million and CHF 5 million",
            "en",
            [("EUR 300 million", "300000000", "EUR"), ("CHF 5 million", "5000000", "CHF")],
        ),
        (
            "deux milliards de dollars et une centaine de millions d'euros",
            "fr",
            [
                ("deux milliards de dollars", "2000000000", "USD"),
                ("une centaine de millions d'euros", "100000000", "EUR"),
            ],
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
    [
        ("12,5 %", "fr", "12.5"),
        ("12.5%", "en", "12.5"),
        ("40 pour cent", "fr", "40"),
        ("3 percent", "en", "3"),
        ("-3 %", "fr", "-3"),
        ("+5,2 %", "fr", "5.2"),
        ("près de 20 %", "fr", "20"),
    ],
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
        ("2 grands groupes", "fr", "2", "groupes"),
        # the counted noun: French names it first, English last before a preposition
        ("3 nouvelles usines en Moselle", "fr", "3", "usines"),
        ("roughly 4,000 corporate jobs — many from its retail arm", "en", "4000", "jobs"),
        ("over 200 aircraft through a deal", "en", "200", "aircraft"),
        # an increment leaves the count as it is
        ("an additional 2,000 workers", "en", "2000", "workers"),
        ("another 500 employees", "en", "500", "employees"),
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
