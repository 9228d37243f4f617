"""Names the tagger missed where the text repeats them, and first names it cut off.

A name the tagger found once is a mention wherever the text writes it again
("Lumen" in a sentence the tagger read wrong), unless it lies inside a longer
name; a capitalized word that is no title, role, place or function word just
before a surname is the person's first name ("Igor Stravinsky" in a list).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict

from kg.lang import either, stop_words, words
from kg.resolve.cluster import (
    _ORG_WORDS,
    _Cluster,
    _merge,
    _place_weight,
)
from kg.resolve.identity import entity_key
from kg.resolve.lexicon import (
    _FUNCTION_WORDS,
)
from kg.resolve.mentions import (
    _not_a_name,
)
from kg.resolve.vocabulary import (
    _GENERIC_ORG_WORDS,
    _role_words,
    _title_heads,
)
from kg.text import fold

#: What a place's full name may add to its short name without naming another place
#: ("the Golan Heights", "the Mediterranean Sea"; not "river", "state" or "city",
#: which name another place than the country or town of the short name).
_GEOGRAPHIC_NOUNS = either("GEOGRAPHIC_NOUNS")


def _repeat_names(
    text: str,
    clusters: dict[str, _Cluster],
    types: dict[str, str],
    links: dict[tuple[int, int], str],
    furniture: list[tuple[int, int]],
) -> None:
    """Link the places where the text repeats a known name that the tagger missed.

    A tagger misses a name now and then ("Mubarak" alone, after "Hosni
    Mubarak" was tagged); where the text writes one of an entity's names
    again, or a person's surname, as a name of its own (not inside a longer
    capitalized phrase), that occurrence is a mention of the entity. A
    surname or short name that two entities share is left alone.
    """
    wanted: dict[str, set[str]] = defaultdict(set)
    for key, cluster in clusters.items():
        if not cluster.tagged or types.get(key) not in ("Person", "Organization", "Place"):
            continue
        for form in cluster.forms:
            if len(form) >= 3 and form[:1].isupper() and not _not_a_name(form):
                wanted[form].add(key)
            parts = form.split()
            person_like = types[key] == "Person" or (
                types[key] == "Organization"
                and len(parts) in (2, 3)
                and not any(fold(w).strip(".,") in _ORG_WORDS | _GENERIC_ORG_WORDS for w in parts)
            )
            if person_like and len(parts) >= 2 and len(parts[-1]) >= 3 and parts[-1][:1].isupper():
                wanted[parts[-1]].add(key)
    if not wanted:
        return
    unique = {form: next(iter(keys)) for form, keys in wanted.items() if len(keys) == 1}
    if not unique:
        return
    taken = sorted(links)
    starts = [span[0] for span in taken]
    full_names: dict[str, str] = {}
    # One pass over the text for all the names, the longest first where they overlap.
    alternatives = "|".join(re.escape(form) for form in sorted(unique, key=lambda f: (-len(f), f)))
    for m in re.finditer(r"(?<![\w'’-])(?:" + alternatives + r")(?![\w-])", text):
        form = m.group()
        if form not in unique:
            continue
        key = unique[form]
        start, end = m.span()
        i = bisect_right(starts, start) - 1
        if (i >= 0 and taken[i][0] <= start < taken[i][1]) or (i + 1 < len(taken) and taken[i + 1][0] < end):
            continue  # already part of a linked span
        if any(a <= start < b for a, b in furniture):
            continue
        if _inside_longer_name(text, start, end):
            first = _first_name_before(text, start, end, clusters[key], types[key])
            if first is None or (i >= 0 and taken[i][1] > first):
                continue
            start = first  # "Igor Stravinsky" in a list the tagger skipped, "Stravinsky" tagged later
            form = text[start:end]
            full_names.setdefault(key, form)
        cluster = clusters[key]
        cluster.forms[form] += 1
        cluster.positions.append(start)
        cluster.spans.add((start, end))
        links[(start, end)] = key
    for key, form in full_names.items():
        # The person is keyed by the full name, as in documents where the tagger read it.
        full = entity_key(form)
        if full not in clusters:
            clusters[full] = _Cluster(full)
            types[full] = types.pop(key)
            _merge(clusters, key, full, links)


def _first_name_before(text: str, start: int, end: int, cluster: _Cluster, entity_type: str) -> int | None:
    """Where a person known by a surname alone is written with a first name before it, or ``None``.

    "… Arnold Schoenberg, Igor Stravinsky and Kurt Weill. … Stravinsky …":
    the tagger read the surname alone; the capitalized word just before it,
    when it is no title, role, place, function word or possessive, and
    nothing capitalized follows, is the first name.
    """
    if entity_type != "Person" or any(" " in form for form in cluster.forms):
        return None
    m = re.search(r"(?<![\w'’.-])([A-ZÀ-Ý][a-zà-ÿ]{1,14}) $", text[max(0, start - 17) : start])
    after = re.match(r"\s*([\w'’-]+)", text[end : end + 40])
    if m is None or (after and after[1][:1].isupper()):
        return None
    word = fold(m[1])
    if (
        word in stop_words()
        or word in _role_words()
        or word in _title_heads()
        or word in words("MONTHS")
        or word in words("WEEKDAYS")
        or _place_weight(m[1]) >= 2
        or word in _ORG_WORDS
    ):
        return None
    first = start - len(m[0])
    # A capitalized word opening a sentence is a first name only if the text never writes it in lower case.
    before = text[max(0, first - 3) : first].rstrip(" \t\"'“‘«(")
    if (not before or before[-1] in ".!?:\n") and re.search(r"(?<![\w'’-])" + word + r"(?![\w'’-])", text):
        return None
    return first


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalized word touches the span on either side (it is part of another name)."""
    before = re.search(r"([\w'’-]+)\s*$", text[max(0, start - 40) : start])
    after = re.match(r"\s*([\w'’-]+)", text[end : end + 40])
    if after and after[1][:1].isupper() and fold(after[1]) not in _FUNCTION_WORDS:
        return True
    if before and before[1][:1].isupper():
        line_start = text.rfind("\n", 0, start) + 1
        opening = not text[line_start : start - len(before[0])].strip() or re.search(
            r"[.!?:;\"»”]\s*$", text[max(0, start - len(before[0]) - 3) : start - len(before[0])]
        )
        word = fold(before[1])
        if word in _title_heads() or word in _role_words() or (opening and word in _FUNCTION_WORDS):
            return False  # "President Mubarak", "The Mubarak ..."
        return True
    return False
