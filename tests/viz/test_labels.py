"""kg.viz.labels: values in the words of the document's language."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "value, currency, lang, expected",
    [
        ("28000000000", "USD", "fr", "28 Md USD"),
        ("28000000000", "USD", "en", "28 bn USD"),
        ("1300000000", "EUR", "fr", "1,3 Md EUR"),
        ("63", None, "fr", "63"),
        ("2500", "USD", "en", "2,500 USD"),
        ("1800", "personnes", "fr", "1\u202f800 personnes"),
        ("12.5", "%", "fr", "12,5 %"),
        ("-3.25", None, "en", "-3.25"),
    ],
)
def test_human_amounts(value, currency, lang, expected):
    from kg.viz.labels import _human_amount

    assert _human_amount(value, currency, lang) == expected


@pytest.mark.parametrize(
    "notation, lang, expected",
    [
        ("2019-Q4", "en", "Q4 2019"),
        ("2019-Q4", "fr", "T4 2019"),
        ("2020-H1", "fr", "S1 2020"),
        ("2020-03-20/2023-03-20", "fr", "20 mars 2020 – 20 mars 2023"),
        ("2020/2023", "en", "2020 – 2023"),
        ("P3Y", "fr", "3 ans"),
        ("P1M", "en", "1 month"),
        ("2020-03", "en", "March 2020"),
    ],
)
def test_human_periods(notation, lang, expected):
    from kg.viz.labels import _human_period

    assert _human_period(notation, lang) == expected
