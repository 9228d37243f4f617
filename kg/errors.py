"""Errors a user can cause, each with a message that names the fix.

The CLI prints ``Error: <message>`` for any :class:`KGError` and exits 1;
anything else is a bug.
"""

from __future__ import annotations


class KGError(Exception):
    """Base class of every error ``kg`` reports to its user."""


class InputError(KGError):
    """An input path, file or line cannot be read as a document."""


class LanguageError(KGError):
    """A document's language is not one ``kg`` supports, or a model is missing."""


class ModelError(KGError):
    """A spaCy pipeline cannot be loaded."""


class StoreError(KGError):
    """The store cannot be opened, read or written."""


class QueryError(KGError):
    """A SPARQL query is malformed, too slow, or asks for an unknown format."""


class LexiconError(KGError):
    """A file of ``ontologies/`` (the relation lexicon) is missing or malformed."""


class ViewError(KGError):
    """A view cannot be drawn from what was asked (unknown entity, bad query)."""
