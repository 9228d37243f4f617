"""Short forms: the full name a surname, a short name or a head noun stands for.

"Obama" is Barack Obama, even when it comes first; "Northwind" is
Northwind Systems Inc; "the Council" is the one council the text names; a
nickname in quotes is the person it is glued to. A short form joins the one
full name it fits; one that fits two stays apart.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict

from kg.lang import either, stop_words
from kg.lang.places import lookup as lookup_place
from kg.resolve.acronyms import (
    _acronym_key,
    _defined_acronyms,
    _initials,
    _is_acronym,
)
from kg.resolve.cluster import (
    _ORG_WORDS,
    _Cluster,
    _place_weight,
)
from kg.resolve.identity import entity_key
from kg.resolve.lexicon import (
    _FUNCTION_WORDS,
)
from kg.resolve.mentions import (
    _PARTICLES,
)
from kg.resolve.nominals import Nominal
from kg.resolve.repeats import _GEOGRAPHIC_NOUNS
from kg.resolve.teams import _mostly_located, _team_name
from kg.resolve.vocabulary import (
    _GENERIC_ORG_WORDS,
    _role_words,
)
from kg.resolve.votes import (
    _looks_personal,
)
from kg.text import fold

#: Nouns that introduce a part of an organization ("la division cloud d'Alibaba").
_PART_NOUNS = "division|filiale|branche|unite|pole|departement|entite|activite|subsidiary|unit|arm|branch|business"


def _short_forms(
    clusters: dict[str, _Cluster], types: dict[str, str], text: str = "", *, sporting: bool = False
) -> tuple[dict[str, str], set[str]]:
    """Short names and acronyms that stand for one longer name of the document.

    News text writes "Barack Obama" and "Obama", "Northwind Energy" and
    "Northwind", "European Union" and "EU", in either order (the headline
    often has the short form). A short form merges into the longer name
    when exactly one longer name fits it:

    * a person's surname, or first and last names, ends a longer person's
      name ("Obama" → "Barack Obama", "John Smith" → "Sir John Smith"),
      whichever comes first;
    * a company's first words begin a longer name of the same type that was
      introduced first ("Northwind" after "Northwind Energy"), or, whatever
      the order, when all that the long name adds are organization words
      ("Northwind Systems", "Contoso Group"); "Alibaba", named before
      "Alibaba Cloud Intelligence" and "Alibaba Cloud France", stays itself;
    * an acronym spells the initials of the longer name's words ("EU",
      "IOC"), or the text defines it in parentheses ("Organisation mondiale
      du commerce (OMC)").

    In a match report (``sporting``), a team also goes by its town ("Bayern"
    for Bayern Munich, "Gladbach" for Borussia Mönchengladbach).

    Returns:
        Key of each short form's cluster → key of the longer name's cluster;
        and the keys of names with words glued on (``_glued_name``), whose
        mentions merge but whose forms are no name of the entity.
    """
    merges: dict[str, str] = {}
    glued_names: set[str] = set()
    ambiguous: dict[str, set[str]] = {}
    ended: dict[str, set[str]] = defaultdict(set)  # short → the candidates it ends ("Markle": "Thomas Markle")
    names = {
        key: [fold(f).split() for f in cluster.forms]
        for key, cluster in clusters.items()
        if cluster.forms and not cluster.nominal
    }
    by_first: dict[str, set[str]] = defaultdict(set)
    by_last: dict[str, set[str]] = defaultdict(set)
    by_initials: dict[str, set[str]] = defaultdict(set)
    for key, forms in names.items():
        for words_ in forms:
            if len(words_) > 1:
                by_first[words_[0]].add(key)
                by_last[words_[-1]].add(key)
                if m := re.fullmatch(r"(?:al|el|ul|bin|ibn|de|van|von)-(.+)", words_[-1]):
                    by_last[m[1]].add(key)  # "Bashar al-Assad" is also "Assad"
        for form in clusters[key].forms:
            initials = _initials(form)
            if initials:
                by_initials[initials].add(key)
                if (every := _initials(form, every_word=True)) != initials:
                    by_initials[every].add(key)  # "DFID": the Department for International Development
            if "-" in form and (split := _initials(form.replace("-", " "))):
                by_initials[split].add(key)  # "Deutsche Presse-Agentur" is also the dpa
            first, _, rest = form.partition(" ")
            place = lookup_place(first) if rest else None
            if place is not None and place.kind == "country" and _initials(rest):
                by_initials[_initials(rest)].add(key)  # "US Federal Bureau of Investigation" is also the FBI
    defined = _defined_acronyms(text, clusters) if text else {}
    teams = {
        key
        for key in names
        if sporting and types.get(key) == "Organization" and any(_team_name(form) for form in clusters[key].forms)
    }
    # A team named by its town alone ("Mönchengladbach"), whatever the tagger said.
    towns = {
        key
        for key, forms in names.items()
        if sporting
        and key not in teams
        and len(forms) == 1
        and len(forms[0]) == 1
        and (place := lookup_place(forms[0][0])) is not None
        and place.kind == "city"
    }
    spelled_out: dict[str, set[str]] = {}
    for short, short_forms in names.items():
        cluster = clusters[short]
        if not cluster.positions:
            continue
        short_type = types.get(short)
        located = _mostly_located(cluster, text)  # "in Bremen": the town, not its team
        candidates: set[str] = set()
        surnames: set[str] = set()  # the candidates the short name ends, as a surname does
        first_names: set[str] = set()  # the candidates it begins, as a first name does
        for form, words_ in zip(cluster.forms, short_forms):
            if _is_acronym(form):
                pool = defined.get(fold(form), set())
                if len(pool - {short}) > 1:
                    spelled_out[short] = pool - {short}
                if not pool and lookup_place(form) is None:
                    pool = by_initials.get(_acronym_key(form), set())
                candidates |= {
                    k for k in pool if k != short and types.get(k) in ("Organization", "Place", "Event", "Entity")
                }
                continue
            if short_type not in ("Organization", "Person", "Place", "Entity", "Product", "Work"):
                continue
            pool = by_first.get(words_[0], set()) | by_last.get(words_[-1], set())
            if sporting and len(words_) == 1 and len(words_[0]) >= 6:
                # "Gladbach" for Borussia Mönchengladbach: a team goes by the end of its town's name.
                candidates |= {
                    team
                    for team in teams | towns
                    if any(w.endswith(words_[0]) and len(w) >= len(words_[0]) + 3 for long in names[team] for w in long)
                    and team != short
                    and not located
                }
            for full in pool:
                if full == short or not clusters[full].positions:
                    continue
                full_type = types.get(full)
                for long_words in names[full]:
                    if (
                        len(long_words) == len(words_) >= 2
                        and re.fullmatch(r"[^\W\d_]\.", words_[-1])
                        and long_words[:-1] == words_[:-1]
                        and long_words[-1][:1] == words_[-1][0]
                        and len(long_words[-1]) > 2
                        and full_type == "Person"
                    ):
                        candidates.add(full)  # "Charles J." / "Charles Joseph"
                    if len(long_words) <= len(words_):
                        continue
                    suffix = (
                        long_words[-len(words_) :] == words_
                        or (
                            len(words_) == 1
                            and re.fullmatch(r"(?:al|el|ul|bin|ibn|de|van|von)-" + re.escape(words_[0]), long_words[-1])
                            is not None
                        )
                    ) and _place_weight(form) < 3
                    if suffix:
                        ended[short].add(full)
                    if suffix and full_type == "Person":
                        candidates.add(full)  # "Obama" / "Barack Obama", either order, whatever the tagger said
                        surnames.add(full)
                    elif (
                        len(words_) == 1
                        and long_words[0] == words_[0]
                        and full_type == "Person"
                        and short_type in ("Person", "Entity", "Place")
                        and _place_weight(form) <= (1 if short_type == "Person" else 0)
                    ):
                        candidates.add(full)  # "Noëline" / "Noëline Martin": a first name alone (a town's too)
                        first_names.add(full)
                    elif (
                        len(words_) > 1 and long_words[: len(words_)] == words_ and full_type == short_type == "Person"
                    ):
                        candidates.add(full)  # "Taylor Marie" / "Taylor Marie Clothilde": the first names
                    elif (
                        len(words_) == 2
                        and long_words[0] == words_[0]
                        and long_words[-1] == words_[-1]
                        and full_type == short_type == "Person"
                    ):
                        candidates.add(full)  # "John Magufuli" / "John Pombe Magufuli": without the middle name
                    elif (
                        suffix
                        and len(long_words) <= 3
                        and not any(
                            w.strip(".,") in _ORG_WORDS or w.strip(".,") in _GENERIC_ORG_WORDS for w in long_words
                        )
                        and not (_place_weight(form) and located)
                    ):
                        candidates.add(full)  # "Mintal" / "Marek Mintal" tagged ORG twice: still a surname
                    elif (
                        suffix
                        and len(long_words) == len(words_) + 1
                        and full_type == short_type == "Organization"
                        and len(words_) >= 2
                        and (place := lookup_place(long_words[0])) is not None
                        and place.kind == "country"
                    ):
                        candidates.add(full)  # "Movement for Democratic Change" / "Zimbabwe Movement for ..."
                    elif (
                        len(words_) == 1
                        and sporting
                        and full in teams
                        and short_type in ("Place", "Person", "Entity", "Organization")
                        and words_[0] in (long_words[0], long_words[-1])
                        and not located
                    ):
                        candidates.add(full)  # "Bayern" / "Bayern Munich" in a match report: the team, not the land
                    elif (
                        (full_type == short_type or short_type == "Entity")
                        and full_type != "Person"
                        and long_words[: len(words_)] == words_
                    ):
                        extra = long_words[len(words_) :]
                        generic = all(w.strip(".,") in _GENERIC_ORG_WORDS or w in _FUNCTION_WORDS for w in extra) or (
                            full_type == "Place" and all(w in _GEOGRAPHIC_NOUNS for w in extra)
                        )  # "Gaza" / "Gaza Strip"
                        if generic or min(clusters[full].positions) < min(cluster.positions):
                            candidates.add(full)
        if len(candidates) > 1 and len(surnames) == 1 and candidates - surnames <= first_names:
            # "Mzoudi": Abdelghani Mzoudi's surname, not the first word of "Mzoudi Verdict".
            for other in candidates - surnames:
                if _glued_name(clusters[other], cluster, text) == "same" and other not in merges:
                    merges[other] = short  # "Meissner at MERICS" is Meissner
                    glued_names.add(other)
            candidates = set(surnames)
        if len(candidates) == 1:
            merges[short] = candidates.pop()
        elif candidates:
            ambiguous[short] = candidates
    for short, candidates in ambiguous.items():
        # "Baier" fits "Markus Baier" and "Soldier Markus Baier", which are one:
        # the candidates that merge into each other are one candidate.
        ends = {merges.get(c, c) for c in candidates}
        if len(ends) > 1 and candidates <= spelled_out.get(short, set()):
            # "the UN Food and Agriculture Organization (FAO)", later "the United
            # Nations' Food and Agriculture Organization (FAO)": the text says both are the FAO.
            first, *others = sorted(candidates, key=lambda c: min(clusters[c].positions, default=0))
            ends = {merges.get(first, first)}
            for other in others:
                merges.setdefault(other, short)
        if (
            len(ends) > 1
            and len(same := {c for c in candidates if types.get(c) == types.get(short)}) == 1
            and all(_is_acronym(f) for f in clusters[short].forms)
        ):
            ends = {merges.get(c, c) for c in same}  # "UN": the United Nations, not the state of Upper Nile
        if len(ends) > 1:
            # "Obama" fits "Barack Obama" and "Iraq Obama" (a subheading run
            # into the sentence): a candidate whose other words are no name
            # ("Neither Maduro", "19:30 Zuckerberg") gives way to the others,
            # and is the same person.
            kinds = {c: _glued_name(clusters[c], clusters[short], text) for c in candidates}
            glued = {c for c, kind in kinds.items() if kind}
            if len(glued) < len(candidates) and len({merges.get(c, c) for c in candidates - glued}) == 1:
                ends = {merges.get(c, c) for c in candidates - glued}
                for junk in glued:
                    if (
                        kinds[junk] == "same"
                        and types.get(junk) in ("Person", "Entity", "Organization", "Work")
                        and junk not in merges
                    ):
                        merges[junk] = short
                        glued_names.add(junk)
        if (
            len(ends) > 1
            and types.get(short) in ("Person", "Entity")
            and all(types.get(end) == "Person" for end in ends)
        ):
            # "Khadr" after "Omar Khadr" three times and "Ahmed Said Khadr" once: the
            # surname alone is the person the text keeps naming in full.
            counts = sorted(
                (
                    (sum(sum(clusters[c].forms.values()) for c in candidates if merges.get(c, c) == end), end)
                    for end in ends
                ),
                reverse=True,
            )
            (top, end), (second, _other) = counts[0], counts[1]
            if top >= 2 and top >= 2 * second:
                ends = {end}
        if (
            len(ends) > 1
            and types.get(short) in ("Person", "Entity", "Organization")
            and candidates <= ended[short]
            and all(types.get(end) in ("Person", "Organization", "Entity") for end in ends)
        ):
            # "Meghan Markle", then "Markle's ring", then her father "Thomas Markle": when the
            # surname first stands alone, the text has introduced one person of that name.
            introduced = {
                end: min(at for c in candidates if merges.get(c, c) == end for at in clusters[c].positions)
                for end in ends
            }
            first, *later = sorted(ends, key=lambda e: (introduced[e], e))
            personal = types.get(first) == "Person" or any(_looks_personal(f) for f in clusters[first].forms)
            if personal and introduced[first] < min(clusters[short].positions) < min(introduced[e] for e in later):
                ends = {first}
        if len(ends) == 1 and short not in ends:
            merges[short] = ends.pop()
    # A chain (a → b → c) folds into its end; a cycle is left alone.
    resolved: dict[str, str] = {}
    for short, full in merges.items():
        seen = {short}
        while full in merges and full not in seen:
            seen.add(full)
            full = merges[full]
        if full not in seen:
            resolved[short] = full
    return resolved, glued_names & set(resolved)


#: A definite article just before a mention: "the", "le", "la", "l'".
_DEFINITE_BEFORE = re.compile(r"(?:\b(?:the|le|la|les)\s+|\bl['’])$", re.IGNORECASE)


#: A definite article opening a mention ("l'Ordre", "the Fund").
_LEADING_ARTICLE = re.compile(r"^(?:l['’]|le\s+|la\s+|the\s+)", re.IGNORECASE)


#: Words after which an organization's name says of what or whom it is ("Council | of Europe").
_NAME_LINKS = either("NAME_LINKS")


def _head_nouns(clusters: dict[str, _Cluster], types: dict[str, str], text: str) -> dict[str, str]:
    """Capitalized head nouns that take up an organization named before: "the Fund", "l'Ordre".

    After "the International Monetary Fund", "the Fund" is that fund; after
    "l'Ordre de Sauvetage des Migrants", "l'Ordre" is that order. The word,
    with a definite article before every one of its mentions, is the head
    of exactly one longer organization name introduced earlier: its last
    word, its first, or the word before "of" / "de" ("Council of Europe").

    Returns:
        Key of each head noun's cluster → key of the organization's cluster.
    """
    heads: dict[str, set[str]] = defaultdict(set)
    for key, cluster in clusters.items():
        if cluster.nominal or types.get(key) not in ("Organization", "Entity"):
            continue
        for form in cluster.forms:
            words_ = fold(form).split()
            if len(words_) < 2:
                continue
            linked = next((i for i, w in enumerate(words_) if w in _NAME_LINKS), None)
            for head in {words_[0], words_[-1], *([words_[linked - 1]] if linked else [])}:
                if head.isalpha() and head not in _FUNCTION_WORDS:
                    heads[head].add(key)
    merges: dict[str, str] = {}
    for key, cluster in clusters.items():
        if not cluster.positions or types.get(key) not in ("Organization", "Entity", "Place"):
            continue
        folded = {fold(_LEADING_ARTICLE.sub("", form)) for form in cluster.forms}
        if len(folded) != 1:
            continue
        word = folded.pop()
        raw = _LEADING_ARTICLE.sub("", max(cluster.forms))
        if " " in word or not raw[:1].isupper() or _is_acronym(raw):
            continue
        if not all(
            _DEFINITE_BEFORE.search(text[max(0, at - 5) : at]) or _LEADING_ARTICLE.match(text[at : at + 4])
            for at in cluster.positions
        ):
            continue
        first = min(cluster.positions)
        fits = {
            k for k in heads.get(word, ()) if k != key and clusters[k].positions and min(clusters[k].positions) < first
        }
        if len(fits) == 1:
            merges[key] = fits.pop()
    return merges


#: A nickname in quotes before a surname: '"Lulu" Favre', "'Baby Doc' Duvalier", 'Harmeet "Bunty" Bans'.
_NICKNAME = re.compile(r"[\"“‘']([A-ZÀ-Ý][\w.-]*(?:\s+[A-ZÀ-Ý][\w.-]*){0,2}),?[\"”’']\s+([A-ZÀ-Ý][\w-]+)")


def _nicknames(clusters: dict[str, _Cluster], types: dict[str, str], text: str) -> dict[str, str]:
    """The nicknames the text gives people, in quotes before their surname: "Lulu" → Lucien Favre.

    The nickname alone ("Lulu's baby") is then that person: the surname's own
    cluster if the text writes it alone, else the one person whose name ends with it.

    Returns:
        Key of each nickname's cluster → key of the person's.
    """
    by_form = {fold(form): key for key, cluster in clusters.items() if not cluster.nominal for form in cluster.forms}
    found: dict[str, str] = {}
    for m in _NICKNAME.finditer(text):
        nickname = by_form.get(fold(m[1]))
        if nickname is None or nickname in found:
            continue
        surname = fold(m[2])
        person = by_form.get(surname)
        if person is None or types.get(person) not in ("Person", "Organization", "Entity"):
            people = {
                key
                for key, cluster in clusters.items()
                if key != nickname
                and not cluster.nominal
                and types.get(key) in ("Person", "Organization", "Entity")
                and any(
                    fold(f).split()[-1] == surname
                    and not re.search(r"[\"“”‘’']", f)
                    and (types.get(key) == "Person" or _looks_personal(f))
                    for f in cluster.forms
                )
            }
            person = people.pop() if len(people) == 1 else None
        if person is not None and person != nickname and types.get(nickname) in ("Person", "Entity", "Organization"):
            found[nickname] = person
    return found


def _glued_name(cluster: _Cluster, short: _Cluster, text: str) -> str | None:
    """Whether a longer name is a shorter one with words that are no part of it glued on.

    A news page run into plain text glues words to names: "Iraq Obama"
    ("Lessons of Iraq" then "Obama also said"), "Neither Maduro", "Attorney
    Brodowski", "19:30 Zuckerberg", "Südwind's Ferenschild", "Julie
    Christie Christie", "Meissner at MERICS", a nickname's closing quote
    ('Lulu" Favre').

    Returns:
        ``"same"`` when every form of the cluster is the short name with
        glued words (its mentions are the short name's entity); ``"other"``
        when the short name only opens it, before another name ("Trump
        Steven Spielberg": Spielberg, not Trump); ``None`` when it may be the
        short name's full form ("Barack Obama", "Noëline Martin").
    """
    shorts = [fold(f).split() for f in short.forms]
    short_words = {w for s in shorts for w in s}
    stops = stop_words()
    roles = _role_words()
    kinds = set()
    for form in cluster.forms:
        words_ = fold(form).split()
        before = next((words_[: -len(s)] for s in shorts if len(words_) > len(s) and words_[-len(s) :] == s), None)
        after = next((words_[len(s) :] for s in shorts if len(words_) > len(s) and words_[: len(s)] == s), None)
        if before is not None:
            if before[-1].endswith(","):
                kinds.add("other")  # "Kiefer, Schüttler": two names in a list
                continue
            raw_before = form.split()[: len(before)]
            if any(w[:1].islower() and not re.fullmatch(_PARTICLES, w) for w in raw_before):
                kinds.add("same")  # "overtake Gladbach": a verb the tagger took in
                continue
            if (
                any(ch.isdigit() or ch in '"“”«»' for ch in " ".join(before))
                or re.search(r"['’]s$", " ".join(before))
                or before[-1] in short_words
                or set(before) & (stops | roles)
                or any(_place_weight(w) >= 3 for w in before)
            ):
                kinds.add("same")
                continue
        elif after is not None:
            if after[0] in stops or any(ch.isdigit() for ch in " ".join(after)):
                kinds.add("same")  # "Meissner at MERICS", "Goretzka 53'" (a minute)
                continue
            if len(after) >= 2:
                kinds.add("other")  # "Trump Steven Spielberg"
                continue
        return None
    return "other" if "other" in kinds or not kinds else "same"


def _apposed_person(
    nominal: Nominal, text: str, person_spans: list[tuple[int, int]], links: dict[tuple[int, int], str]
) -> str | None:
    """The person a description of a person stands in apposition to, if any.

    "Sohane Martin, un homme d'origine espagnole, ..." (the name, a comma, the
    description) and "le propriétaire, Monsieur Anderson Edwin," (the
    description, a comma, the name): the description is that person.
    """
    i = bisect_left(person_spans, (nominal.start, -1))
    if i > 0:
        start, end = person_spans[i - 1]
        if re.fullmatch(r"\s*,\s*", text[end : nominal.start]):
            return links[(start, end)]
    if i < len(person_spans):
        start, end = person_spans[i]
        between = text[nominal.end : start]
        if re.fullmatch(
            r"\s*,\s*(?:(?:Monsieur|Madame|Mademoiselle|M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?)\s+)?", between
        ) and re.match(r"\s*[,.;)]", text[end : end + 2]):
            return links[(start, end)]
    return None


def _find_parts(text: str, clusters: dict[str, _Cluster], types: dict[str, str]) -> None:
    """Mark entities the text calls a part of another ("la division cloud d'Alibaba")."""
    folded_text = fold(text)
    pairs: set[tuple[str, str]] = set()
    for m in re.finditer(
        r"\b(?:" + _PART_NOUNS + r")\s+([\w-]+)\s+(?:d'|de |du |of )(?:the\s+)?([\w][\w .&-]{0,60}?)(?=[\s,.;:)]|$)",
        folded_text,
    ):
        pairs.add((m[1], m[2]))
    for m in re.finditer(r"\b([\w][\w .&-]{0,60}?)'s\s+([\w-]+)\s+(?:" + _PART_NOUNS + r")\b", folded_text):
        pairs.add((m[2], m[1]))
    for word, parent_text in sorted(pairs):
        # The parent is the longest known entity the phrase starts with.
        parent_words = parent_text.split()
        parent = None
        for size in range(len(parent_words), 0, -1):
            key = entity_key(" ".join(parent_words[:size]))
            if key in clusters:
                parent = key
                break
        if parent is None or types.get(parent) != "Organization":
            continue
        parent_forms = [fold(f) for f in clusters[parent].forms] or [parent]
        for key, cluster in clusters.items():
            if key == parent or cluster.part_of is not None:
                continue
            for form in (fold(f) for f in cluster.forms):
                if any(form.startswith(p + " ") for p in parent_forms) and word in form.split():
                    cluster.part_of = parent
                    break
