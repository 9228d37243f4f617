"""Learn the French head lexicon of discourse entities from POPCORN, and report held-out figures.

    .venv/bin/python bench/train_nominals.py [--kits DIR] [--folds 5] [--out PATH]

Writes ``kg/data/nominals-fr.json``, the lexicon :mod:`kg.resolve.nominals`
reads: for each head lemma of a common-noun mention annotated in POPCORN's
training split, how many of its mentions were persons, organizations,
places, events or anything else (groups, materiel, attributes), and how many
times the lemma occurs as a noun in all; the same counts for word forms with
enough evidence of their own and for fixed phrases ("forces de l'ordre");
the word forms of the heads; which adjectives annotators keep in a mention
and which they leave out; the heads that usually stand before a name ("la
ville de ..."); and the probability threshold a head must reach.

The kit's texts are parsed once by kg's pipeline (spaCy ``fr_core_news_md``,
the model kg uses, with kg's sentence rules): the parse gives the lemma and
part of speech of every word, and kg's extraction of the text. A gold
mention is a common-noun phrase when no word of it is capitalized (besides a
sentence-initial one and the acronyms ONG, SAMU, SDF, PDG) and its syntactic
root is a NOUN; names and pronouns are left out. A noun outside every gold
mention counts towards its lemma's total only: it is the evidence that a
head is often not an entity ("lieu", "association").

Held-out figures: document i goes to fold i mod ``--folds``; each fold is
read by :func:`kg.resolve.nominals.nominal_entities`, over kg's own
extraction of the text and with the spans kg's resolver linked to named
entities taken, with a lexicon counted on the other folds. A found mention is
right when its normalized text (the kit scorer's: casefold, accents
stripped, one leading article dropped) equals a gold mention of an in-scope
entity of the document (person, organization, place, event); a gold
common-noun mention of an in-scope entity is found when a found mention
overlaps it with the same normalized text. Entities are scored the way the
kit's scorer scores them: one matches gold when one of its mentions equals a
gold mention; those that match no gold entity at all cost its precision.
The threshold is the lowest of a grid that keeps the out-of-fold precision
counting a match with any gold entity (in scope or not) at ``MIN_PRECISION``
or more, for mentions and for entities; the figures are printed at every
threshold, and again with each fold's threshold chosen on the other folds
only. The final lexicon counts every document. Deterministic: the same kit
and code give the same file.

The kits default to ``../shared/benchmarks`` next to the repository
(``--kits`` or ``KG_KITS_DIR``); ``--kits`` may also name the POPCORN folder.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from popcorn_labels import coarse, norm

REPO = Path(__file__).resolve().parent.parent
DEFAULT_KITS = REPO / ".." / "shared" / "benchmarks"
DEFAULT_OUT = REPO / "kg" / "data" / "nominals-fr.json"
sys.path.insert(0, str(REPO))

from kg.resolve.nominal_lexicon import CLASSES, lexicon_from_tables  # noqa: E402
from kg.resolve.nominals import (  # noqa: E402
    COMPLEMENT_OPENERS,
    FUNCTION_WORDS,
    _name_follows,
    _tokens,
    nominal_entities,
)
from kg.text import fold  # noqa: E402

#: Upper-case words that are no names.
COMMON_ACRONYMS = frozenset({"ONG", "SAMU", "SDF", "PDG"})

#: Added to each head's total: a head seen once and annotated once is not certain.
SMOOTHING = 1.0

#: Least out-of-fold precision (a match with any gold entity counting as right) the threshold must keep.
MIN_PRECISION = 0.8

#: Thresholds tried.
GRID = tuple(round(0.05 * i, 2) for i in range(1, 20))

#: Times a word must be seen in its place to be learned (an adjective before nouns, a head before names).
MIN_SEEN = 2

#: Occurrences a word form needs to be judged apart from its lemma ("forces" from "force").
MIN_FORM = 5


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--kits",
        default=os.environ.get("KG_KITS_DIR", str(DEFAULT_KITS)),
        help="the benchmarks folder, or the POPCORN kit itself",
    )
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--out", default=str(DEFAULT_OUT), help="the lexicon file to write")
    a = ap.parse_args()
    started = time.perf_counter()
    try:
        figures = train_nominals(Path(a.kits), Path(a.out), a.folds)
    except FileNotFoundError as exc:
        sys.exit(f"Error: {exc}")
    print(report(figures))
    print(f"wrote {a.out} ({time.perf_counter() - started:.0f} s)")


def train_nominals(kit_dir: Path, out: Path, folds: int = 5) -> dict:
    """Count the head lexicon on the POPCORN kit, cross-validate it, and write it.

    Args:
        kit_dir: The benchmarks folder (holding ``popcorn/``) or the POPCORN kit.
        out: The lexicon file to write.
        folds: Folds of the cross-validation (document i in fold i mod folds).

    Returns:
        The held-out figures at every threshold of the grid and the chosen one.
    """
    docs = read_kit(kit_dir)
    samples = read_samples(docs)
    figures = cross_validate(samples, folds)
    lexicon = {
        "format": 1,
        "lang": "fr",
        "source": "POPCORN, hand-written training split (Giordano et al., KES 2024; MIT licence)",
        "classes": list(CLASSES),
        "threshold": figures["threshold"],
        "figures": figures,
        **count(samples),
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(_dumps(lexicon), encoding="utf-8")
    return figures


def _dumps(lexicon: dict) -> str:
    """The lexicon as JSON with one table row a line, so that a retrained file diffs readably."""
    parts = []
    for key, value in lexicon.items():
        if isinstance(value, dict) and key != "figures":
            rows = ",\n".join(
                f"  {json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}" for k, v in value.items()
            )
            parts.append(f"{json.dumps(key)}: {{\n{rows}\n }}" if rows else f"{json.dumps(key)}: {{}}")
        else:
            parts.append(f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}")
    return "{\n " + ",\n ".join(parts) + "\n}\n"


# --------------------------------------------------------------------------
# The kit.


def read_kit(kit_dir: Path) -> list[dict]:
    """The kit's documents with their gold entities, in file order."""
    folder = kit_dir if (kit_dir / "gold.json").is_file() else kit_dir / "popcorn"
    path = folder / "gold.json"
    if not path.is_file():
        raise FileNotFoundError(f"no POPCORN gold.json in {kit_dir} nor in {kit_dir / 'popcorn'}; give --kits")
    return json.loads(path.read_text(encoding="utf-8"))["docs"]


def is_proper(text: str, start: int, mention: str) -> bool:
    """Whether a gold mention is a name: one word capitalized, a sentence's first word and ONG... aside."""
    before = text[:start].rstrip()
    sentence_initial = before == "" or before[-1] in ".!?:\n"
    for i, word in enumerate(mention.split()):
        word = word.strip("\"'«»()")
        if not word or not word[0].isupper() or word in COMMON_ACRONYMS:
            continue
        if i == 0 and sentence_initial and not word[1:2].isupper():
            continue
        return True
    return False


# --------------------------------------------------------------------------
# Samples: what each document teaches and how kg reads it.


def read_samples(docs: list[dict]) -> list[dict]:
    """Per document: gold evidence for the lexicon, the gold to score against, and kg's extraction.

    The text is parsed once, by kg's own pipeline (spaCy ``fr_core_news_md``
    with kg's sentence rules); the same parse gives the lemmas the lexicon
    counts and the extraction :func:`~kg.resolve.nominals.nominal_entities`
    reads.
    """
    from kg import nlp
    from kg.ie import extract_facts
    from kg.ie.tree import read_parse
    from kg.resolve import resolve_entities
    from kg.types import Document

    documents = [
        Document(hashlib.sha256(d["text"].encode("utf-8")).hexdigest(), d["text"], "fr", str(d["id"])) for d in docs
    ]
    samples = []
    for gold, document, parsed in zip(docs, documents, nlp.parse((d.text for d in documents), "fr")):
        extraction = extract_facts(document, read_parse(parsed))
        scope = f"-{document.id[:10]}"
        # Spans the resolver linked to named entities (not to discourse entities, should it make them).
        taken = sorted(
            {span for span, key in resolve_entities(extraction, with_relations=False).links if not key.endswith(scope)}
        )
        samples.append({"extraction": extraction, "taken": taken, **_evidence(gold, parsed)})
    return samples


def _evidence(gold: dict, parsed) -> dict:
    """What one parsed document teaches the lexicon, and the gold it is scored against.

    Every count is kept per document so that folds can be summed without parsing again.
    """
    text = gold["text"]
    words = _tokens(text)
    index = {start: j for j, (start, _end, _word) in enumerate(words)}  # word starts → word index
    folded = [fold(word) for _start, _end, word in words]
    covered = [False] * (len(text) + 1)
    roots: set[int] = set()  # offsets of the heads of common-noun gold mentions
    positives: Counter = Counter()  # (lemma, word form, class)
    compounds: Counter = Counter()  # (lemma, tail words, phrase as written, class)
    sides: Counter = Counter()  # (side, adjective, head lemma, kept in the gold mention?)
    common: list[tuple[int, int, str]] = []  # in-scope common-noun mentions: start, end, norm
    scope_norms: set[str] = set()
    any_norms: set[str] = set()
    entities: list[tuple[str, set[str]]] = []  # in-scope unnamed entities: class, norms
    for entity in gold["entities"]:
        cls = coarse(entity["type"])
        norms = {norm(m["value"]) for m in entity["mentions"]} - {""}
        any_norms |= norms
        if cls != "other":
            scope_norms |= norms
        named = False
        for m in entity["mentions"]:
            for i in range(m["start"], min(m["end"], len(text))):
                covered[i] = True
            if is_proper(text, m["start"], m["value"]):
                named = True
                continue
            span = parsed.char_span(m["start"], m["end"], alignment_mode="expand")
            if span is None or not len(span) or span.root.pos_ != "NOUN":
                continue
            root = span.root
            lemma = root.lemma_.lower()
            roots.add(root.idx)
            positives[(lemma, folded[index[root.idx]] if root.idx in index else "", cls)] += 1
            if cls != "other":
                common.append((m["start"], m["end"], norm(m["value"])))
            for child in root.children:
                if child.pos_ == "ADJ" and child.dep_.startswith("amod") and child.idx in index:
                    side = "before" if child.i < root.i else "after"
                    inside = span.start <= child.i < span.end
                    sides[(side, folded[index[child.idx]], fold(lemma), inside)] += 1
            j = index.get(root.idx)
            if j is not None:
                tail = [k for k in range(j + 1, len(words)) if words[k][1] <= m["end"]]
                if 0 < len(tail) <= 4 and folded[tail[0]] in COMPLEMENT_OPENERS:
                    written = text[words[tail[0]][0] : words[tail[-1]][1]].lower().replace("\u2019", "'")
                    compounds[(lemma, tuple(folded[k] for k in tail), f"{lemma} {written}", cls)] += 1
        if cls != "other" and not named and norms:
            entities.append((cls, norms))
    nouns: Counter = Counter()  # (lemma, word form) outside every gold mention
    forms: Counter = Counter()  # (form, lemma)
    tails: Counter = Counter()  # (lemma, the four words after it)
    appositions: Counter = Counter()  # (lemma, annotated?) for a noun a name follows ("ville de Lyon")
    prenominal: Counter = Counter()  # adjectives seen before a noun
    for token in parsed:
        if token.pos_ == "NOUN":
            lemma = token.lemma_.lower()
            j = index.get(token.idx)
            if not covered[token.idx]:
                nouns[(lemma, folded[j] if j is not None else "")] += 1
            if j is None:
                continue
            forms[(folded[j], fold(lemma))] += 1
            tails[(fold(lemma), tuple(folded[j + 1 : j + 5]))] += 1
            if _name_follows(j, words, folded):
                appositions[(fold(lemma), token.idx in roots)] += 1
        elif (
            token.pos_ == "ADJ"
            and token.dep_.startswith("amod")
            and token.head.pos_ == "NOUN"
            and token.i < token.head.i
            and token.idx in index
        ):
            prenominal[folded[index[token.idx]]] += 1
    return {
        "positives": sorted(positives.items()),
        "compounds": sorted(compounds.items()),
        "sides": sorted(sides.items()),
        "unannotated": sorted(nouns.items()),
        "forms": sorted(forms.items()),
        "tails": sorted(tails.items()),
        "appositions": sorted(appositions.items()),
        "prenominal": sorted(prenominal.items()),
        "common": sorted(common),
        "scope_norms": scope_norms,
        "any_norms": any_norms,
        "entities": entities,
    }


# --------------------------------------------------------------------------
# The lexicon.


def count(samples: list[dict]) -> dict:
    """The lexicon's tables (what the file holds besides its threshold), counted over ``samples``."""
    totals = {
        name: Counter()
        for name in ("positives", "compounds", "sides", "unannotated", "forms", "tails", "appositions", "prenominal")
    }
    for sample in samples:
        for name, counter in totals.items():
            for item, n in sample[name]:
                counter[item] += n
    heads: dict[str, dict[str, int]] = {}
    forms_of: dict[str, Counter] = defaultdict(Counter)  # folded form → counts, for the heads' forms
    for (lemma, form, cls), n in sorted(totals["positives"].items()):
        heads.setdefault(lemma, {c: 0 for c in CLASSES})[cls] += n
        forms_of[form][cls] += n
    unannotated: Counter = Counter()
    for (lemma, form), n in totals["unannotated"].items():
        unannotated[lemma] += n
        if lemma in heads:
            forms_of[form]["unannotated"] += n
    for lemma, row in heads.items():
        row["total"] = sum(row[c] for c in CLASSES) + unannotated[lemma]
    known = {fold(lemma) for lemma in heads}

    # Fixed complements: counted as annotated, and as written anywhere after their head.
    grouped: dict[tuple[str, tuple[str, ...]], Counter] = defaultdict(Counter)
    written: dict[tuple[str, tuple[str, ...]], Counter] = defaultdict(Counter)
    for (lemma, tail, phrase, cls), n in totals["compounds"].items():
        grouped[(fold(lemma), tail)][cls] += n
        written[(fold(lemma), tail)][phrase] += n
    seen: Counter = Counter()
    for (lemma, after), n in totals["tails"].items():
        for size in range(1, len(after) + 1):
            if (lemma, after[:size]) in grouped:
                seen[(lemma, after[:size])] += n
    compounds = {}
    for (lemma, tail), counter in sorted(grouped.items()):
        phrase = max(sorted(written[(lemma, tail)]), key=lambda p: written[(lemma, tail)][p])
        row = {c: counter[c] for c in CLASSES}
        row["total"] = max(seen[(lemma, tail)], sum(row.values()))
        compounds[phrase] = {"head": lemma, "tail": list(tail), **row}
    known |= {row["head"] for row in compounds.values()}

    form_votes: dict[str, Counter] = defaultdict(Counter)
    for (form, lemma), n in totals["forms"].items():
        form_votes[form][lemma] += n
    lemma_of = {form: max(sorted(votes), key=votes.__getitem__) for form, votes in form_votes.items()}
    forms = {
        form: lemma
        for form, lemma in sorted(lemma_of.items())
        if lemma in known and lemma != form and _singular(form) != lemma and form not in FUNCTION_WORDS
    }

    # A form with evidence of its own ("forces", "lieux") gets a row of its own.
    forms_per_lemma = Counter(lemma_of.values())
    by_form = {}
    for form in sorted(forms_of):
        counter = forms_of[form]
        total = sum(counter.values())
        if form and total >= MIN_FORM and forms_per_lemma[lemma_of.get(form, "")] > 1:
            by_form[form] = {**{c: counter[c] for c in CLASSES}, "total": total}

    kept, left = Counter(), Counter()
    pair_kept, pair_left = Counter(), Counter()
    for (side, form, lemma, inside), n in totals["sides"].items():
        (kept if inside else left)[(side, form)] += n
        (pair_kept if inside else pair_left)[(side, form, lemma)] += n
    before = sorted(f for s, f in kept if s == "before" and kept[(s, f)] > left[(s, f)])
    skipped = sorted(
        f for f, n in totals["prenominal"].items() if n >= MIN_SEEN and f not in before and f not in FUNCTION_WORDS
    )
    after = sorted(f for s, f in kept if s == "after" and kept[(s, f)] > left[(s, f)])
    not_after = sorted(f for s, f in left if s == "after" and left[(s, f)] >= kept[(s, f)])
    appositive = sorted(
        {
            lemma
            for lemma, _a in totals["appositions"]
            if totals["appositions"][(lemma, False)] >= MIN_SEEN
            and totals["appositions"][(lemma, False)] > totals["appositions"][(lemma, True)]
        }
    )
    # Where a head keeps an adjective the others drop, or the reverse ("jeune homme", "jeunes manifestants").
    pairs: dict[str, dict[str, bool]] = {}
    for side, form, lemma in sorted(set(pair_kept) | set(pair_left)):
        keep = pair_kept[(side, form, lemma)] > pair_left[(side, form, lemma)]
        if keep != (form in (before if side == "before" else after)):
            pairs.setdefault(lemma, {})[form] = keep
    return {
        "smoothing": SMOOTHING,
        "heads": heads,
        "by_form": by_form,
        "compounds": compounds,
        "forms": forms,
        "before": before,
        "skipped": skipped,
        "after": after,
        "not_after": not_after,
        "pairs": pairs,
        "appositive": appositive,
    }


def _singular(form: str) -> str:
    """What the run-time plural rules make of a form (``hopitaux`` → ``hopital``)."""
    if form.endswith("aux"):
        return form[:-3] + "al"
    return form[:-1] if form[-1:] in ("s", "x") else form


# --------------------------------------------------------------------------
# Held-out figures.


def cross_validate(samples: list[dict], folds: int) -> dict:
    """Out-of-fold figures at every threshold of :data:`GRID`, and the threshold chosen."""
    found: list[list] = [[] for _ in samples]
    for k in range(folds):
        lexicon = lexicon_from_tables(count([s for i, s in enumerate(samples) if i % folds != k]), threshold=0.0)
        for i in range(k, len(samples), folds):
            found[i] = nominal_entities(samples[i]["extraction"], samples[i]["taken"], lexicon=lexicon)
    rows = [dict(threshold=t, **score(samples, found, [t] * len(samples))) for t in GRID]
    chosen = _choose(rows)
    # The same figures with each fold's threshold chosen on the other folds only.
    per_fold = []
    for k in range(folds):
        others = [i for i in range(len(samples)) if i % folds != k]
        per_fold.append(
            _choose(
                [
                    dict(
                        threshold=t,
                        **score([samples[i] for i in others], [found[i] for i in others], [t] * len(others)),
                    )
                    for t in GRID
                ]
            )["threshold"]
        )
    nested = score(samples, found, [per_fold[i % folds] for i in range(len(samples))])
    return {
        "folds": folds,
        "documents": len(samples),
        "threshold": chosen["threshold"],
        "min_precision": MIN_PRECISION,
        "chosen": chosen,
        "nested": {"thresholds": per_fold, **nested},
        "grid": rows,
    }


def _choose(rows: list[dict]) -> dict:
    """The row of the lowest threshold keeping both precisions counting any gold match at :data:`MIN_PRECISION`."""
    return next(
        (r for r in rows if r["entity_precision_any"] >= MIN_PRECISION and r["mention_precision_any"] >= MIN_PRECISION),
        rows[-1],
    )


def score(samples: list[dict], found: list[list], thresholds: list[float]) -> dict:
    """Mention and entity figures of the nominals whose confidence reaches their document's threshold."""
    c: Counter = Counter()
    for sample, nominals, threshold in zip(samples, found, thresholds):
        kept = [n for n in nominals if n.confidence >= threshold]
        labels: dict[str, set[str]] = defaultdict(set)
        for n in kept:
            text = norm(n.text)
            labels[n.key].add(text)
            c["mentions"] += 1
            c["mentions_in_scope"] += text in sample["scope_norms"]
            c["mentions_any"] += text in sample["any_norms"]
        for start, end, text in sample["common"]:
            c["gold_mentions"] += 1
            c["gold_mentions_found"] += any(n.start < end and start < n.end and norm(n.text) == text for n in kept)
        for forms in labels.values():
            c["entities"] += 1
            in_scope, anything = bool(forms & sample["scope_norms"]), bool(forms & sample["any_norms"])
            c["entities_in_scope"] += in_scope
            c["entities_nothing"] += not anything
        all_labels = set().union(*labels.values()) if labels else set()
        for cls, norms in sample["entities"]:
            c["gold_entities"] += 1
            c[f"gold_entities_{cls}"] += 1
            hit = bool(norms & all_labels)
            c["gold_entities_found"] += hit
            c[f"gold_entities_found_{cls}"] += hit

    def ratio(a: float, b: float) -> float:
        return round(a / b, 4) if b else 0.0

    figures = {
        "mentions": c["mentions"],
        "mention_precision": ratio(c["mentions_in_scope"], c["mentions"]),
        "mention_precision_any": ratio(c["mentions_any"], c["mentions"]),
        "mention_recall": ratio(c["gold_mentions_found"], c["gold_mentions"]),
        "gold_mentions": c["gold_mentions"],
        "entities": c["entities"],
        "entity_share_matching_nothing": ratio(c["entities_nothing"], c["entities"]),
        "entity_precision_any": ratio(c["entities"] - c["entities_nothing"], c["entities"]),
        "entity_precision_scored": ratio(c["entities_in_scope"], c["entities_in_scope"] + c["entities_nothing"]),
        "entity_recall": ratio(c["gold_entities_found"], c["gold_entities"]),
        "gold_entities": c["gold_entities"],
    }
    for cls in ("person", "organization", "place", "event"):
        figures[f"entity_recall_{cls}"] = ratio(c[f"gold_entities_found_{cls}"], c[f"gold_entities_{cls}"])
    return figures


def report(figures: dict) -> str:
    """The held-out figures as a short table."""
    lines = [
        f"{figures['folds']}-fold cross-validation by document over {figures['documents']} documents "
        f"(gold: {figures['chosen']['gold_mentions']} common-noun mentions of "
        f"{figures['chosen']['gold_entities']} unnamed in-scope entities)",
        "threshold  mentions  P(in scope)  P(any gold)  R(mentions)  entities  nothing  P(any)  P(scored)  R(entities)",
    ]
    for r in figures["grid"]:
        mark = " <" if r["threshold"] == figures["threshold"] else ""
        lines.append(
            f"{r['threshold']:9.2f}  {r['mentions']:8d}  {r['mention_precision']:11.3f}  "
            f"{r['mention_precision_any']:11.3f}  {r['mention_recall']:11.3f}  {r['entities']:8d}  "
            f"{r['entity_share_matching_nothing']:7.3f}  {r['entity_precision_any']:6.3f}  "
            f"{r['entity_precision_scored']:9.3f}  {r['entity_recall']:11.3f}{mark}"
        )
    chosen, nested = figures["chosen"], figures["nested"]
    lines.append(
        f"thresholds chosen on the other folds ({', '.join(map(str, nested['thresholds']))}): mentions "
        f"P {nested['mention_precision']:.3f}, P(any gold) {nested['mention_precision_any']:.3f}, "
        f"R {nested['mention_recall']:.3f}; entities matching nothing "
        f"{nested['entity_share_matching_nothing']:.3f}, R {nested['entity_recall']:.3f}"
    )
    lines.append(
        f"threshold {figures['threshold']} (lowest keeping P(any gold) >= {figures['min_precision']} "
        "for mentions and entities); entity recall by type: "
        + ", ".join(
            f"{cls} {chosen[f'entity_recall_{cls}']:.3f}" for cls in ("person", "organization", "place", "event")
        )
    )
    return "\n".join(lines)


if __name__ == "__main__":
    main()
