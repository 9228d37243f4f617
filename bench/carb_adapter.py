"""What CaRB's matcher wants beyond the open-IE format: the conventions of one benchmark, kept out of kg.

``kg extract --format carb`` writes each fact as the extractor reads it
(:mod:`kg.formats.carb`). CaRB's gold and matcher read some facts otherwise,
and :func:`carb_rows` writes them that way for ``bench/carb.py``:

* a copula is written "be" (the matcher reads it as any of its forms), and a
  role noun read as a relation ("X, CEO of Y") as (X; be; CEO of Y);
* the arguments after the subject come first, a sentence-initial adverbial
  ("In 1941, ...") last;
* reported speech also gets the saying as a tuple of its own, (who; said;
  the reported clause), ranked from a floor tuned on CaRB dev.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.formats.carb import with_role
from kg.types import Fact

#: Lowest confidence of a reported-speech row: the saying is there even when
#: the reported clause is hard to read (85 % of such rows match on CaRB dev).
REPORT_FLOOR = 0.3

#: What may separate a verb of saying from the clause it reports.
_ADJACENT_AFTER = re.compile(r"^[\s,:`'\"]*(that\s*)?[\s`'\"]*$")
_ADJACENT_BEFORE = re.compile(r"^[\s,:`'\".]*(\S+\s*){0,8}$")

#: Copula lemma → the form written before a bare role noun ("is CEO of").
_COPULAS = {"be": "be", "être": "est"}

#: Forms of the copulas.
_BE_FORMS = frozenset(
    {
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "'s",
        "'re",
        "est",
        "sont",
        "était",
        "être",
        "fut",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "must",
        "should",
        "shall",
    }
)

#: Endings and irregular forms of English past participles.
_PARTICIPLE_ENDINGS = ("ed", "en", "wn", "ne", "ing")
_IRREGULAR_PARTICIPLES = frozenset(
    {
        "built",
        "made",
        "born",
        "found",
        "held",
        "led",
        "sold",
        "told",
        "paid",
        "set",
        "put",
        "run",
        "won",
        "sent",
        "spent",
        "kept",
        "left",
        "lost",
        "meant",
        "met",
        "read",
        "heard",
        "said",
        "brought",
        "bought",
        "thought",
        "caught",
        "taught",
        "struck",
        "stuck",
        "understood",
        "bound",
        "fed",
        "fled",
        "laid",
        "hung",
        "begun",
        "sung",
        "cut",
        "hit",
        "shut",
        "spread",
        "split",
        "dealt",
        "felt",
        "lit",
        "sat",
        "stood",
    }
)

#: Verbs of saying as written, to name the saying in a reported-speech row.
_REPORTING = re.compile(
    r"\b(said|says|say|told|tells|stated|states|reported|reports|announced|added|noted|explained|"
    r"claimed|argued|wrote|insisted|confirmed|indicated|believes|believe|thinks|think)\b"
)


def carb_rows(fact: Fact) -> list[str]:
    """The CaRB lines of a fact, with CaRB's conventions: none when it has only a subject.

    Args:
        fact: The fact.

    Returns:
        Lines without their final newline: sentence, confidence, relation,
        subject, object and further arguments, tab-separated.
    """
    if fact.object is None and not fact.args:
        return []
    relation = _relation(fact)
    obj = fact.object.text if fact.object is not None else None
    if obj is not None and _is_role_noun(fact):
        # CaRB reads "X, CEO of Y" as (X; is; CEO of Y).
        relation, obj = "be", f"{fact.relation} {obj}"
    fields = [
        _clean(fact.sentence.text),
        f"{fact.confidence:.4f}",
        _clean(relation),
        _clean(fact.subject.resolved or fact.subject.text),
    ]
    if obj is not None:
        fields.append(_clean(obj))
    # CaRB lists what follows the relation first; a sentence-initial
    # adverbial ("In 1941, ...") goes last.
    before = [a for a in fact.args if a.start < fact.subject.start]
    after = [a for a in fact.args if a.start >= fact.subject.start]
    fields.extend(_clean(with_role(a, fact)) for a in after + before)
    rows = ["\t".join(fields)]
    report = _report_row(fact)
    if report is not None:
        rows.append(report)
    return rows


def _relation(fact: Fact) -> str:
    """The relation as CaRB reads it: role nouns and participles get a copula.

    CaRB's matcher reads a system "be" as any form of it (is, was, were...).
    """
    words = fact.relation.split()
    for lemma, copula in _COPULAS.items():
        if fact.lemma.startswith(lemma + " ") and not any(w.lower() in _BE_FORMS for w in words):
            return f"{copula} {fact.relation}"
    if words and words[0] in ("is", "are", "was", "were") and (fact.lemma == "be" or fact.lemma.startswith("be ")):
        # CaRB's annotators often change a copula's tense or number (and
        # the extractor writes "is" itself for "X, an author"): its matcher
        # reads "be" as any form of it.
        return " ".join(["be", *words[1:]])
    return fact.relation


def _is_role_noun(fact: Fact) -> bool:
    """Whether a fact reads a role noun ("CEO of"), not a verb, as relation."""
    words = fact.relation.split()
    if not words or not fact.lemma.startswith("be ") or any(w.lower() in _BE_FORMS for w in words):
        return False
    first = words[0].lower()
    return not (first.endswith(_PARTICIPLE_ENDINGS) or first in _IRREGULAR_PARTICIPLES)


def _report_row(fact: Fact) -> str | None:
    """CaRB's reading of reported speech: (who; said; the reported clause).

    The fact itself carries the reporter in ``attribution``; CaRB also wants
    the saying as a tuple whose object is the clause, so it is written here
    only, never as a fact.
    """
    if not fact.attribution:
        return None
    sentence = fact.sentence.text
    verb = _REPORTING.search(sentence)
    if verb is None:
        return None
    parts = [a for a in (fact.subject, fact.object, *fact.args) if a is not None]
    base = fact.sentence.start
    start = min(a.start for a in parts) - base
    end = max(a.end for a in parts) - base
    if fact.subject.resolved == fact.subject.text or not (0 <= start < end <= len(sentence)):
        return None
    clause = sentence[start:end]
    # Only the clause the verb of saying governs, not clauses inside it.
    before, after = sentence[verb.end() : start], sentence[end : verb.start()]
    if not (
        (verb.end() <= start and _ADJACENT_AFTER.match(before))
        or (end <= verb.start() and _ADJACENT_BEFORE.match(after))
    ):
        return None
    saying = f"{verb.group(0)} that" if "that" in before.split() else verb.group(0)
    return "\t".join(
        [
            _clean(sentence),
            f"{REPORT_FLOOR + (1 - REPORT_FLOOR) * fact.confidence:.4f}",
            saying,
            _clean(fact.attribution),
            _clean(clause),
        ]
    )


def _clean(text: str) -> str:
    """One-line text: tabs and line breaks become spaces."""
    return " ".join(text.split())
