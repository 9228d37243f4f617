"""Normalize the values facts talk about: money, percents, counts, dates, periods.

:func:`normalize_value` reads the surface text of one argument ("quelque 28
milliards de dollars", "$28B", "ce lundi 20 mars 2020", "au quatrième
trimestre 2019", "ces trois prochaines années") and returns a
:class:`~kg.types.Value` with a machine-readable amount, currency, date or
period, or ``None`` when the text is not a value. :func:`read_value` does the
same and also says why a text that looks like a value could not be read
("quelques milliards", "30 février 2020"), so the caller can warn.

Only the whole text is read: a year inside a noun phrase ("l'édition 2019 de
Viva Tech") is not a date. :func:`read_amounts` is the exception: it gives
every money amount of a text ("€3.2 million ($3.5 million)" has two).
:func:`dateline_date` reads the date at the top of a document ("PARIS, 3 mars
2021 (AFP) -", "Mis à jour le 12/03/2021"). Pure Python; imports only
``kg.types``, ``kg.text`` and ``kg.lang``.
"""

from __future__ import annotations

from kg.normalize.amounts import read_amounts
from kg.normalize.dates import date_parts, dateline_date, shift_years
from kg.normalize.values import normalize_value, read_value, reference_date
from kg.normalize.words import qualifier_for_role

__all__ = [
    "date_parts",
    "dateline_date",
    "normalize_value",
    "qualifier_for_role",
    "read_amounts",
    "read_value",
    "reference_date",
    "shift_years",
]
