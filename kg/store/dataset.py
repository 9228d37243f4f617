"""The dataset a query or an update reads: its own (``FROM``, ``USING``, ``WITH``) or the store's union.

A query that names no dataset reads the union of the document graphs; one
with ``FROM`` or ``FROM NAMED`` reads what it names (:func:`query_names_dataset`).
An update's ``WHERE`` reads the default graph, which the store leaves empty,
unless the update says otherwise with ``USING`` or ``WITH``:
:func:`with_dataset` writes a dataset into the text of each
``DELETE``/``INSERT … WHERE`` operation that does not name one, so that an
update sees what a query sees, or what the protocol's ``using-graph-uri``
and ``using-named-graph-uri`` parameters say.

The operations are found by a scanner that skips strings, IRIs and
comments and counts braces: the keywords that matter (``WITH``, ``USING``,
``WHERE``, ``DATA``) stand outside any group.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from kg.errors import QueryError

#: One token of SPARQL text that matters for finding operations: strings, IRIs and
#: comments are matched whole so that what they hold is never read as a keyword.
_TOKEN = re.compile(
    r"""
      (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
                 |'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<comment>\#[^\n]*)
    | (?P<open>\{) | (?P<close>\}) | (?P<end>;)
    | (?P<word>(?<![?$:\w.-])[A-Za-z]+(?![\w:.-]))
    """,
    re.VERBOSE,
)


@dataclass
class _Operation:
    """The top-level keywords of one operation of an update."""

    keywords: list[tuple[str, int]] = field(default_factory=list)  # (upper-case word or "{", offset)

    def words(self) -> list[str]:
        return [word for word, _ in self.keywords]


def operations(update: str) -> list[_Operation]:
    """The operations of ``update`` (split at top-level ``;``), with their top-level keywords."""
    ops = [_Operation()]
    depth = 0
    for match in _TOKEN.finditer(update):
        kind = match.lastgroup
        if kind == "open":
            if depth == 0:
                ops[-1].keywords.append(("{", match.start()))
            depth += 1
        elif kind == "close":
            depth = max(depth - 1, 0)
        elif depth == 0 and kind == "end":
            ops.append(_Operation())
        elif depth == 0 and kind == "word":
            ops[-1].keywords.append((match.group().upper(), match.start()))
    return ops


#: A query's prologue: its BASE and PREFIX declarations, and the space and comments around them.
_PROLOGUE = re.compile(r"(?i)(?:\s|#[^\n]*|BASE\s*<[^>]*>|PREFIX\s+[^\s:]*:\s*<[^>]*>)*")


def query_form(text: str) -> str:
    """The query's form, the keyword after its prologue: ``SELECT``, ``ASK``, ``CONSTRUCT``, ``DESCRIBE`` (or "")."""
    prologue = _PROLOGUE.match(text)
    keyword = re.match(r"[A-Za-z]+", text[prologue.end() if prologue else 0 :])
    return keyword[0].upper() if keyword else ""


def update_names_dataset(update: str) -> bool:
    """Whether an operation of ``update`` sets its own dataset (``USING`` or ``WITH``)."""
    return any({"USING", "WITH"} & set(op.words()) for op in operations(update))


def query_names_dataset(query: str) -> bool:
    """Whether ``query`` sets its own dataset (``FROM`` or ``FROM NAMED``, outside any group)."""
    if _FROM.search(query) is None:
        return False  # the common case, on every query: no need to read the query through
    return any("FROM" in op.words() for op in operations(query))


_FROM = re.compile(r"(?i)\bfrom\b")


def _modify_wheres(update: str) -> list[int]:
    """Offsets of the ``WHERE`` of each modify operation that names no dataset of its own."""
    wheres = []
    for op in operations(update):
        words = op.words()
        if not ({"DELETE", "INSERT"} & set(words)) or {"USING", "WITH", "DATA"} & set(words):
            continue
        offsets = [offset for word, offset in op.keywords if word == "WHERE"]
        verbs = [i for i, word in enumerate(words) if word in ("DELETE", "INSERT")]
        if not offsets or words[verbs[0] + 1 : verbs[0] + 2] == ["WHERE"]:
            continue  # no WHERE, or DELETE WHERE { … }: its one pattern is also its template
        wheres.append(offsets[0])
    return wheres


def needs_dataset(update: str) -> bool:
    """Whether an operation of ``update`` has a ``WHERE`` that names no dataset (so reads the default graph)."""
    return bool(_modify_wheres(update))


def with_dataset(update: str, default_graphs: Sequence[str], named_graphs: Sequence[str] = ()) -> str:
    """``update`` with ``USING <g>`` / ``USING NAMED <g>`` before the ``WHERE`` of each modify operation.

    Operations that name their dataset (``USING``, ``WITH``), or have no
    ``WHERE`` of their own (``INSERT DATA``, ``DELETE WHERE``, ``LOAD``,
    ``CLEAR`` ...), are left as they are.

    Args:
        update: The SPARQL update text.
        default_graphs: IRIs whose union the ``WHERE`` reads as its default graph.
        named_graphs: IRIs the ``WHERE`` may read with ``GRAPH``.

    Raises:
        QueryError: A graph name is not an IRI.
    """
    clause = " ".join(
        [f"USING <{_iri(g)}>" for g in default_graphs] + [f"USING NAMED <{_iri(g)}>" for g in named_graphs]
    )
    if not clause:
        return update
    for offset in sorted(_modify_wheres(update), reverse=True):
        update = update[:offset] + clause + " " + update[offset:]
    return update


def _iri(text: str) -> str:
    if re.search(r"[<>\"{}|^`\\\x00-\x20]", text):
        raise QueryError(f"{text!r} is not an IRI")
    return text
