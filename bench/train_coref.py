"""Train the French antecedent ranker from POPCORN's coreference chains, and report held-out figures.

    .venv/bin/python bench/train_coref.py [--kits DIR] [--folds 5] [--cache DIR] [--limit N] [--score OUTDIR]

Writes ``kg/data/coref-fr.npz``, the weights :mod:`kg.resolve.coref` reads:
one logistic model over hashed features of (pronoun, candidate antecedent)
pairs, and the probability the best candidate must reach.

Every text of the kit goes through kg's own pipeline (ingest, parse,
extraction, entity resolution). Wherever the resolver asks which entity a
pronoun takes up, the question is recorded with every candidate and its
features, and answered from the gold (teacher forcing), so that later
questions are asked of the entities a right answer leaves. A candidate is
right when most of its mentions so far overlap mentions of the gold entity
that the pronoun's span overlaps. The spans come from kg's resolver; the
gold mentions from POPCORN's annotation (character offsets).

Held-out figures: document i goes to fold i mod ``--folds``; each fold is
ranked by a model trained on the other folds, with the threshold chosen on
the other folds' out-of-fold predictions: the lowest of a grid whose links
are right ``MIN_PRECISION`` of the time. The script prints how many pronouns
have a right candidate, how many the model links, and how many of those
rightly, and the out-of-fold precision and recall at each threshold. With ``--score OUTDIR`` it also writes each
fold's documents, resolved with that fold's model, into ``OUTDIR/store`` and
scores it with the kit's own scorer (``run.sh`` with ``REUSE_STORE=1``):
that table's coreference figures are held out (its relation figures are
not: the relation weights shipped in ``kg/data`` saw every text).

The final weights are trained on every text, thresholds chosen on all
out-of-fold predictions. Deterministic: same kit and code, same weights.

The kits default to ``../shared/benchmarks`` next to the repository
(``--kits`` or ``KG_KITS_DIR``). Needs scikit-learn.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_KITS = REPO / ".." / "shared" / "benchmarks"
DEFAULT_OUT = REPO / "kg" / "data" / "coref-fr.npz"
sys.path.insert(0, str(REPO))

#: Thresholds tried.
GRID = [round(0.05 * i, 2) for i in range(2, 19)]

#: The share of its links the ranker must get right (out of fold) at the threshold chosen:
#: the kit asks coreference links to be right 85 % of the time.
MIN_PRECISION = 0.85

#: Strength of the L2 penalty on the weights.
L2 = 1.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kits", default=os.environ.get("KG_KITS_DIR", str(DEFAULT_KITS)))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--limit", type=int, default=0, help="only the first N texts (quick runs)")
    ap.add_argument("--cache", default=None, help="keep kg's extractions of the texts here and reuse them")
    ap.add_argument("--out", default=str(DEFAULT_OUT), help="where the weights are written")
    ap.add_argument(
        "--score",
        default=None,
        metavar="OUTDIR",
        help="also build a store of the held-out resolutions in OUTDIR and score it with the kit",
    )
    a = ap.parse_args()
    kit = Path(a.kits) / "popcorn"
    started = time.perf_counter()
    extractions, golds = load(kit, a.limit, Path(a.cache) if a.cache else None)
    print(f"popcorn: {len(extractions)} texts parsed ({time.perf_counter() - started:.0f} s)", flush=True)
    samples = [record(extraction, gold) for extraction, gold in zip(extractions, golds)]
    print(
        f"{sum(len(s) for s in samples)} pronouns, {sum(len(r['rows']) for s in samples for r in s)} candidates",
        flush=True,
    )

    folds = [i % a.folds for i in range(len(samples))]
    oof: list[list[list[float]]] = [[] for _ in samples]
    models = []
    for k in range(a.folds):
        weights = fit([s for s, f in zip(samples, folds) if f != k])
        models.append(weights)
        for i, f in enumerate(folds):
            if f == k:
                oof[i] = predict(weights, samples[i])
    totals: Counter = Counter()
    fold_thresholds = []
    for k in range(a.folds):
        others = [i for i, f in enumerate(folds) if f != k]
        threshold = choose_threshold([samples[i] for i in others], [oof[i] for i in others])
        fold_thresholds.append(threshold)
        for i, f in enumerate(folds):
            if f == k:
                for answerable, p, right in _choices([samples[i]], [oof[i]]):
                    totals["pronouns"] += 1
                    totals["answerable"] += answerable
                    totals["linked"] += p >= threshold
                    totals["right"] += p >= threshold and right
    precision = totals["right"] / totals["linked"] if totals["linked"] else 0.0
    recall = totals["right"] / totals["answerable"] if totals["answerable"] else 0.0
    final = choose_threshold(samples, oof)
    rows = list(_choices(samples, oof))
    answerable = sum(r[0] for r in rows)
    curve = []
    for t in GRID[::2]:
        linked = [right for _a, p, right in rows if p >= t]
        if linked:
            curve.append(f"{t:.1f}: {sum(linked) / len(linked):.2f}/{sum(linked) / max(answerable, 1):.2f}")
    print(
        f"held-out ({a.folds}-fold) antecedents, threshold chosen on the other folds:\n"
        f"  pronouns {totals['pronouns']}, with a right candidate {totals['answerable']}, "
        f"linked {totals['linked']}, right {totals['right']}: P {precision:.3f} R {recall:.3f}\n"
        f"  out-of-fold precision/recall by threshold: {'  '.join(curve)}\n"
        f"  threshold: {final:.2f}",
        flush=True,
    )

    if a.score:
        score_held_out(kit, Path(a.score), extractions, folds, models, fold_thresholds, a.limit)

    save(Path(a.out), fit(samples), final)
    print(f"wrote {a.out} ({time.perf_counter() - started:.0f} s)", flush=True)


# --------------------------------------------------------------------------
# The kit.


def load(kit: Path, limit: int, cache: Path | None) -> tuple[list, list[dict]]:
    """kg's extraction of each text, and its gold mentions: ``(start, end, entity id, in scope)``."""
    from kg.ingest.reader import read_documents

    documents = list(read_documents([str(kit / "docs.jsonl")], lang="fr"))
    if limit:
        documents = documents[:limit]
    gold = {str(d["id"]): d for d in json.loads((kit / "gold.json").read_text(encoding="utf-8"))["docs"]}
    golds = []
    for document in documents:
        g = gold[document.source.rsplit("#", 1)[1]]
        shift = g["text"].find(document.text[:40]) if document.text != g["text"] else 0
        mentions = []
        for e in g["entities"]:
            for m in e["mentions"]:
                start, end = m["start"] - shift, m["end"] - shift
                if document.text[start:end] == m["value"]:
                    mentions.append((start, end, str(e["id"])))
        golds.append({"id": str(g["id"]), "mentions": sorted(mentions)})
    extractions = None
    path = None
    if cache is not None:
        path = cache / f"popcorn-{limit}-{_fingerprint()}.pkl"
        if path.is_file():
            extractions = pickle.loads(path.read_bytes())
    if extractions is None:
        from kg.pipeline import extract_documents

        extractions = list(extract_documents(iter(documents), workers=1))
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(pickle.dumps(extractions))
    return extractions, golds


def _fingerprint() -> str:
    """A digest of the code an extraction depends on, so that a stale cache is never read."""
    digest = hashlib.sha256()
    for folder in ("kg/ie", "kg/lang"):
        for path in sorted((REPO / folder).glob("*.py")):
            digest.update(path.read_bytes())
    for name in ("kg/nlp.py", "kg/ingest.py", "kg/titled_names.py"):
        digest.update((REPO / name).read_bytes())
    return digest.hexdigest()[:12]


# --------------------------------------------------------------------------
# Questions and answers.


class GoldChooser:
    """Answers the resolver's questions from the gold, and records them."""

    def __init__(self, mentions: list[tuple[int, int, str]]) -> None:
        self.mentions = mentions
        self.questions: list[dict] = []

    def entity_at(self, start: int, end: int) -> str | None:
        """The gold entity whose mention best overlaps the span: the same span, else the widest overlap."""
        best = None
        for a, b, entity in self.mentions:
            if a >= end:
                break
            overlap = min(b, end) - max(a, start)
            if overlap > 0:
                score = (a == start and b == end, overlap)
                if best is None or score > best[0]:
                    best = (score, entity)
        return best[1] if best else None

    def choose(self, anaphor, candidates):
        from kg.resolve.coref import bucket, features, new_features

        gold = self.entity_at(anaphor.start, anaphor.end)
        rows, labels = [], []
        for candidate in candidates:
            seen = Counter(e for e in (self.entity_at(*span) for span in candidate.spans) if e is not None)
            labels.append(gold is not None and bool(seen) and seen.most_common(1)[0][0] == gold)
            rows.append(sorted({bucket(f) for f in features(anaphor, candidate)}))
        new = sorted({bucket(f) for f in new_features(anaphor, candidates)})
        self.questions.append({"new": new, "rows": rows, "y": labels})
        right = [c for c, label in zip(candidates, labels) if label]
        return min(right, key=lambda c: c.rank).key if right else None


def record(extraction, gold: dict) -> list[dict]:
    """The resolver's questions on one text, each with its candidates' feature rows and labels."""
    from kg.resolve import resolve_entities

    chooser = GoldChooser(gold["mentions"])
    resolve_entities(extraction, with_relations=False, antecedents=chooser)
    return chooser.questions


# --------------------------------------------------------------------------
# The model.


def _matrix(samples: list[list[dict]]):
    """Every choice of every question as a row (taking up no one first), the first row of each question,
    and which rows are right (no one, when no candidate is)."""
    import numpy
    from scipy.sparse import csr_matrix

    from kg.resolve.coref import HASH_BUCKETS

    indptr, indices, starts, right = [0], [], [], []
    for questions in samples:
        for q in questions:
            starts.append(len(indptr) - 1)
            for row in [q["new"], *q["rows"]]:
                indices.extend(row)
                indptr.append(len(indices))
            right.extend([not any(q["y"]), *q["y"]])
    X = csr_matrix((numpy.ones(len(indices), numpy.float64), indices, indptr), shape=(len(indptr) - 1, HASH_BUCKETS))
    return X, numpy.array(starts), numpy.array(right, dtype=bool)


def fit(samples: list[list[dict]]):
    """The ranker's weights: each question's softmax over its choices, trained to put the mass on the right ones
    (L2-regularized conditional likelihood, L-BFGS)."""
    import numpy
    from scipy.optimize import minimize

    from kg.resolve.coref import HASH_BUCKETS

    X, starts, right = _matrix(samples)
    group = numpy.repeat(numpy.arange(len(starts)), numpy.diff(numpy.append(starts, X.shape[0])))

    def objective(w):
        scores = X @ w
        top = numpy.maximum.reduceat(scores, starts)
        exps = numpy.exp(scores - top[group])
        total = numpy.add.reduceat(exps, starts)
        kept = numpy.add.reduceat(numpy.where(right, exps, 0.0), starts)
        loss = float(numpy.sum(numpy.log(total) - numpy.log(kept))) + 0.5 * L2 * float(w @ w)
        gradient = X.T @ (exps / total[group] - numpy.where(right, exps / kept[group], 0.0)) + L2 * w
        return loss, gradient

    found = minimize(objective, numpy.zeros(HASH_BUCKETS), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return found.x.astype(numpy.float32)


def predict(weights, questions: list[dict]) -> list[list[float]]:
    """Each question's probabilities: of taking up no one, then of each candidate."""
    import numpy

    found = []
    for q in questions:
        scores = numpy.array([weights[row].sum() for row in [q["new"], *q["rows"]]], dtype=numpy.float64)
        exps = numpy.exp(scores - scores.max())
        found.append((exps / exps.sum()).tolist())
    return found


def _choices(samples, probabilities):
    """Per question: whether a candidate is right, the chosen candidate's probability (0 when taking up no one
    is the most probable), and whether that candidate is right."""
    for questions, scored in zip(samples, probabilities):
        for q, p in zip(questions, scored):
            best = max(range(len(p)), key=lambda i: (p[i], -i))
            yield any(q["y"]), (p[best] if best else 0.0), bool(best) and q["y"][best - 1]


def choose_threshold(samples, probabilities) -> float:
    """The lowest threshold of ``GRID`` whose links are right ``MIN_PRECISION`` of the time or more."""
    rows = [(p, right) for _answerable, p, right in _choices(samples, probabilities)]
    for t in GRID:
        linked = [right for p, right in rows if p >= t]
        if linked and sum(linked) / len(linked) >= MIN_PRECISION:
            return t
    return 1.0


def save(path: Path, weights, threshold: float) -> None:
    import numpy

    path.parent.mkdir(parents=True, exist_ok=True)
    numpy.savez_compressed(path, weights=weights.astype(numpy.float16), threshold=numpy.array(threshold, numpy.float32))


# --------------------------------------------------------------------------
# Held-out figures from the kit's own scorer.


def score_held_out(kit: Path, outdir: Path, extractions, folds, models, thresholds, limit: int = 0) -> None:
    """Resolve each fold with its own model, store the graphs in ``outdir/store``, and run the kit's scorer."""
    import shutil

    import numpy

    from kg.rdf.document import document_ntriples
    from kg.resolve import resolve_entities
    from kg.resolve.coref import AntecedentModel
    from kg.store import open_store

    outdir.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(outdir / "store", ignore_errors=True)
    graphs = []
    for extraction, k in zip(extractions, folds):
        model = AntecedentModel(numpy.asarray(models[k], numpy.float16).astype(numpy.float32), thresholds[k])
        graph_iri, ntriples, _count = document_ntriples(extraction, resolve_entities(extraction, antecedents=model))
        graphs.append((graph_iri, ntriples))
    with open_store(str(outdir / "store")) as store:
        store.add_graphs(graphs)
    kg_bin = REPO / ".venv" / "bin" / "kg"
    env = dict(os.environ, REUSE_STORE="1", SKIP_BASELINE="1")
    subprocess.run([str(kit / "run.sh"), str(kg_bin), str(outdir), "--limit", str(limit)], check=True, env=env)


if __name__ == "__main__":
    main()
