"""Two spellings of one name: "Mahmud" and "Mahmoud Abbas", "Largarde" and "Christine Lagarde".

A person's name with a slip of the keyboard, without its middle name, or
transliterated another way is that person, unless another person's surname is
as near; an organization's name may change one word's ending, drop its
country or name its members.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from os.path import commonprefix

from kg.resolve.acronyms import (
    _PARTY_NOUNS,
    _is_acronym,
)
from kg.resolve.cluster import (
    _ORG_WORDS,
    _Cluster,
)
from kg.resolve.vocabulary import (
    _GENERIC_ORG_WORDS,
)
from kg.text import fold


def _spelling_variants(clusters: dict[str, _Cluster], types: dict[str, str]) -> list[tuple[str, str]]:
    """``(variant, name)``: one person's name spelt two ways in one document ("Mahmud" / "Mahmoud Abbas").

    Two names of people are one when they have as many words and each word
    is the same or differs by a letter or two: same initial, at least four
    letters, similarity ≥ 0.75 for a first name and ≥ 0.88 for the surname
    ("Lukashenko" / "Lukaschenko"). Brothers ("Vitali" and "Wladimir
    Klitschko") differ more. The name written more often keeps the key, or else the one written first.
    """
    from difflib import SequenceMatcher

    def close(a: str, b: str, least: float) -> bool:
        return a == b or (a[:1] == b[:1] and min(len(a), len(b)) >= 4 and SequenceMatcher(None, a, b).ratio() >= least)

    groups: dict[tuple[int, str], list[tuple[str, list[str]]]] = defaultdict(list)
    for key, cluster in clusters.items():
        if cluster.nominal or not cluster.forms:
            continue
        words_ = fold(max(cluster.forms, key=lambda f: (len(f.split()), cluster.forms[f], f))).split()
        if types.get(key) != "Person" and not (
            types.get(key) in ("Organization", "Entity")
            and len(words_) in (2, 3)
            and not any(w.strip(".,") in _ORG_WORDS | _GENERIC_ORG_WORDS for w in words_)
        ):
            continue  # a person's name the tagger read as a body's ("Thilo Sarazzin") may be a variant
        if len(words_) >= 2 or len(words_[0]) >= 6:
            groups[(len(words_), words_[-1][:1])].append((key, words_))
    pairs = []
    for _group, members in sorted(groups.items()):
        members.sort(
            key=lambda m: (
                types.get(m[0]) != "Person",
                -sum(clusters[m[0]].forms.values()),
                min(clusters[m[0]].positions, default=0),
                m[0],
            )
        )
        merged: set[str] = set()
        for i, (name, first) in enumerate(members):
            if name in merged or types.get(name) != "Person":
                continue
            for variant, other in members[i + 1 :]:
                if variant in merged or first == other:
                    continue
                if (close(first[-1], other[-1], 0.88) or _misspelt(first[-1], other[-1])) and all(
                    close(a, b, 0.75) for a, b in zip(first[:-1], other[:-1])
                ):
                    pairs.append((variant, name))
                    merged.add(variant)
    return (
        pairs
        + _misspelt_surnames(clusters, types, {variant for variant, _name in pairs})
        + _organization_variants(clusters, types)
    )


def _misspelt(a: str, b: str, *, slack: int = 0) -> bool:
    """Whether two words are one name with a slip of the keyboard: a letter added, dropped, changed or swapped.

    "Largarde" / "Lagarde", "Caliguiri" / "Caligiuri", "Thierse" / "Theirse":
    the same initial, five letters or more, one edit apart (two from eight
    letters: "Sarazzin" / "Sarrazin"); ``slack`` allows that many edits more.
    """
    if a == b or a[:1] != b[:1] or min(len(a), len(b)) < 5:
        return False
    bound = (2 if min(len(a), len(b)) >= 8 else 1) + slack
    if abs(len(a) - len(b)) > bound:
        return False
    # Optimal string alignment distance (Levenshtein with adjacent swaps), stopped past the bound.
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], previous2[j - 2] + 1)
        if min(row) > bound:
            return False
        previous2, previous = previous, row
    return previous[-1] <= bound


def _misspelt_surnames(clusters: dict[str, _Cluster], types: dict[str, str], taken: set[str]) -> list[tuple[str, str]]:
    """``(variant, name)``: a surname alone, misspelt, of one person named in full ("Largarde" / "Christine Lagarde").

    The one-word name is written no more often than the full name's
    cluster, and no other person of the document has a surname within one
    edit more: "Petrow" next to "Ivan Petrov" and "Olga Petrova" stays apart.
    """
    surnames: dict[str, set[str]] = defaultdict(set)
    for key, cluster in clusters.items():
        if types.get(key) == "Person" and not cluster.nominal:
            for form in cluster.forms:
                words_ = fold(form).split()
                if len(words_) >= 2:
                    surnames[words_[-1]].add(key)
    pairs = []
    for key, cluster in sorted(clusters.items()):
        # Taggers often take a lone surname for an organization ("Caliguiri said").
        if (
            key in taken
            or cluster.nominal
            or types.get(key) not in ("Person", "Entity", "Organization")
            or not cluster.forms
        ):
            continue
        forms = {fold(form) for form in cluster.forms}
        if any(" " in form for form in forms) or len(forms) != 1:
            continue
        (word,) = forms
        if word in surnames or word[:-1] in surnames:
            continue  # the surname itself, a short form; "the Morsbachs", the family
        if types.get(key) == "Organization" and len(word) < 7:
            continue  # "Bayer" is a company, not Markus Baier
        near = {other for surname, keys in surnames.items() if _misspelt(word, surname, slack=1) for other in keys} - {
            key
        }
        if len(near) != 1:
            continue
        (name,) = near
        full = clusters[name]
        if (
            any(_misspelt(word, fold(form).split()[-1]) for form in full.forms)
            and sum(cluster.forms.values()) <= sum(full.forms.values()) + 1
        ):
            pairs.append((key, name))
    return pairs


def _organization_variants(clusters: dict[str, _Cluster], types: dict[str, str]) -> list[tuple[str, str]]:
    """``(variant, name)``: one organization's name with one word in another form.

    Translated and retold names vary a word's ending: "Federal Environment
    Agency" / "Federal Environmental Agency", "Asia" / "Asian
    Infrastructure Investment Bank", "Muslim Brotherhood" / "Muslim
    Brothers", "Goethe Institut" / "Goethe Institute", "Houthi" /
    "Houthis". The two names have as many words, all the same but one, and
    those two share all their letters but the last three (at least four).
    Words that differ otherwise ("North" / "South", "Airlines" / "Airways")
    name other bodies.
    """

    def variant(a: str, b: str) -> bool:
        if a == b or not (a.isalpha() and b.isalpha()):
            return False
        common = len(commonprefix([a, b]))  # noqa: RUF071 - the letters two words share, not a path
        return common >= 4 and common >= min(len(a), len(b)) - 3

    by_length: dict[int, list[tuple[str, list[str]]]] = defaultdict(list)
    for key, cluster in clusters.items():
        if types.get(key) not in ("Organization", "Entity") or cluster.nominal or not cluster.forms:
            continue
        form = max(cluster.forms, key=lambda f: (cluster.forms[f], len(f), f))
        words_ = fold(form).split()
        if len(words_) >= 2 or (len(words_[0]) >= 5 and not _is_acronym(form)):
            by_length[len(words_)].append((key, words_))
    pairs: list[tuple[str, str]] = []
    merged: set[str] = set()
    for size, members in sorted(by_length.items()):
        members.sort(
            key=lambda m: (-sum(clusters[m[0]].forms.values()), min(clusters[m[0]].positions, default=0), m[0])
        )
        for i, (name, first) in enumerate(members):
            if name in merged:
                continue
            for other_key, other in members[i + 1 :]:
                if other_key in merged or Counter(types.get(k) for k in (name, other_key))["Organization"] == 0:
                    continue
                differing = [(a, b) for a, b in zip(first, other) if a != b]
                if (
                    len(differing) == 1
                    and variant(*differing[0])
                    and (size > 1 or differing[0][0].rstrip("s") == differing[0][1].rstrip("s"))
                ):
                    pairs.append((other_key, name))
                    merged.add(other_key)
    # A party and its members: "the Social Democrats" / "the Social Democratic Party", "the Greens".
    plurals = [
        (key, fold(form).split())
        for key, cluster in clusters.items()
        if types.get(key) in ("Organization", "Entity", "Person")
        and not cluster.nominal
        and cluster.forms
        and (form := max(cluster.forms, key=lambda f: (cluster.forms[f], len(f), f))).endswith("s")
    ]
    for party_key, party in (m for members in by_length.values() for m in members):
        if len(party) >= 2 and party[-1] in _PARTY_NOUNS and party_key not in merged:
            fits = [
                key
                for key, words_ in plurals
                if key not in merged
                and key != party_key
                and words_[:-1] == party[:-2]
                and variant(words_[-1], party[-2])
            ]
            if len(fits) == 1:
                pairs.append((fits[0], party_key))
                merged.add(fits[0])
    return pairs
