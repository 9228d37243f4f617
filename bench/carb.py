"""Score the extractor on the CaRB dev split: F1, AUC and sentences per second.

The facts are read in this process by the library and written with CaRB's
conventions (``bench/carb_adapter.py``: copulas as "be", role nouns as (X; be;
CEO of Y), reported speech as a tuple of its own): that is the figure to
compare with other open-IE systems. Then, unless ``--inprocess``, the command
line (``kg extract --sentences --lang en --format carb``) is run and its plain
output scored and timed, start-up included. ``--train`` also fits the
confidence model on the dev split (k-fold cross-validated figures are printed
before the final fit is written to ``kg/data/confidence.json``).

    .venv/bin/python bench/carb.py [--inprocess] [--errors N] [--train [--label precision] [--l2 1.0]]

The benchmark directory defaults to ``../shared/benchmarks/carb`` relative to
the repository; override it with ``--carb DIR`` or ``KG_CARB_DIR``, and the
scorer with ``--scorer PATH`` or ``KG_CARB_SCORER``.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CARB = REPO / ".." / "shared" / "benchmarks" / "carb"
DEFAULT_SCORER = REPO / ".." / "shared" / "tools" / "carb_score.py"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--carb", default=os.environ.get("KG_CARB_DIR", str(DEFAULT_CARB)))
    ap.add_argument("--scorer", default=os.environ.get("KG_CARB_SCORER", str(DEFAULT_SCORER)))
    ap.add_argument("--inprocess", action="store_true", help="only the library, not the command line")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="list N worst-missed gold tuples")
    ap.add_argument("--out", default=None, help="keep the system file here")
    ap.add_argument("--train", action="store_true", help="fit the confidence model (cross-validated)")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--l2", type=float, default=1.0, help="ridge penalty of the confidence model")
    ap.add_argument(
        "--label",
        choices=("precision", "binary", "f1"),
        default="precision",
        help="training target: matched precision, matched at all, or precision-recall F1",
    )
    a = ap.parse_args()
    carb = Path(a.carb)
    sentences = (carb / "dev.txt").read_text(encoding="utf-8").splitlines()
    out = Path(a.out) if a.out else Path(tempfile.mkdtemp()) / "system.tsv"
    rows, seconds, facts = _inprocess(sentences)
    print("with CaRB's conventions (bench/carb_adapter.py):", _score(a.scorer, carb / "dev.tsv", rows, out, a.errors))
    print(
        f"{len(sentences) / seconds:.1f} sentences/s in this process ({seconds:.2f} s for {len(sentences)}, "
        f"parse included)"
    )
    if not a.inprocess:
        rows, seconds = _cli(carb / "dev.txt")
        plain = out.with_name("plain.tsv")
        print("kg extract --format carb, as written:", _score(a.scorer, carb / "dev.tsv", rows, plain, 0))
        print(
            f"{len(sentences) / seconds:.1f} sentences/s end to end ({seconds:.2f} s for {len(sentences)}, "
            f"start-up included)"
        )
    if a.train:
        _train(Path(a.scorer), carb / "dev.tsv", facts, a.folds, out.parent, a.label, a.l2)


def _score(scorer: str, gold: Path, rows: list[str], out: Path, errors: int) -> str:
    """The scorer's figures for system rows written to ``out``."""
    out.write_text("".join(r + "\n" for r in rows), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, scorer, str(gold), str(out), "--errors", str(errors)],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.rstrip()


def _cli(path: Path) -> tuple[list[str], float]:
    """Rows from ``kg extract --format carb``, and the seconds it took."""
    exe = REPO / ".venv" / "bin" / "kg"
    start = time.perf_counter()
    result = subprocess.run(
        [str(exe), "extract", "--sentences", "--lang", "en", "--format", "carb", str(path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    )
    return [r for r in result.stdout.splitlines() if r.strip()], time.perf_counter() - start


def _inprocess(sentences: list[str]) -> tuple[list[str], float, list]:
    """Rows from the library, the seconds parse + extraction took, and facts."""
    sys.path.insert(0, str(REPO))
    from carb_adapter import carb_rows

    from kg.ie.facts import scored_facts
    from kg.ie.tree import read_parse
    from kg.nlp import load_model, parse_sentences
    from kg.types import Sentence

    load_model("en")
    start = time.perf_counter()
    rows: list[str] = []
    facts = []
    for doc in parse_sentences(sentences, "en"):
        sentence = Sentence(0, doc.text, 0, len(doc.text))
        for fact, vector in scored_facts(sentence, read_parse(doc), (0, len(doc)), "en"):
            fact_rows = carb_rows(fact)
            rows.extend(fact_rows)
            facts.append((vector, fact_rows))
    return rows, time.perf_counter() - start, facts


def _train(scorer: Path, gold_path: Path, facts: list, folds: int, work: Path, label: str, l2: float) -> None:
    """Fit the confidence model on dev, report k-fold figures, write the weights."""
    from kg.ie import confidence

    spec = importlib.util.spec_from_file_location("carb_score", scorer)
    cs = importlib.util.module_from_spec(spec)
    sys.modules["carb_score"] = cs
    spec.loader.exec_module(cs)
    import numpy as np

    gold = cs.read_gold(str(gold_path))
    feats, labels, keys, kept = [], [], [], []
    for vector, rows in facts:
        if not rows:
            continue
        data = rows[0].split("\t")
        key = cs.sentence_key(data[0])
        tup = cs.Tuple(data[2], data[3:], 1.0)
        best = max((cs.match(g, tup) for g in gold.get(key, [])), default=(0.0, 0.0))
        prec, rec = best
        if label == "binary":
            labels.append(float(prec > 0))
        elif label == "f1":
            labels.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
        else:
            labels.append(prec)
        feats.append(vector)
        keys.append(key)
        kept.append(rows)
    x = np.array(feats, dtype=float)
    y = np.array(labels, dtype=float)
    sentence_ids = sorted(set(keys))
    rng = np.random.default_rng(0)
    rng.shuffle(sentence_ids)
    fold_of = {k: i % folds for i, k in enumerate(sentence_ids)}
    cv_scores = np.zeros(len(y))
    for f in range(folds):
        train = np.array([fold_of[k] != f for k in keys])
        w = confidence.fit_logistic(x[train], y[train], l2=l2)
        cv_scores[~train] = confidence.predict(w, x[~train])
    cv_line = _score_with(scorer, gold_path, kept, cv_scores, work / "cv.tsv", "cross-validated")
    w = confidence.fit_logistic(x, y, l2=l2)
    fit_line = _score_with(scorer, gold_path, kept, confidence.predict(w, x), work / "fit.tsv", "train-on-dev")
    confidence.write_weights(
        w,
        note=(
            f"logistic regression (target: matched precision, l2={l2}) on {len(y)} facts of the CaRB dev split; "
            f"{folds}-fold cross-validated by sentence: {cv_line}; trained on all of dev: {fit_line}"
        ),
    )
    print("weights written to", confidence.weights_path())


def _score_with(scorer: Path, gold: Path, kept: list, scores, path: Path, label: str) -> str:
    """Score rows with replaced confidences; print and return the scorer's line."""
    lines = []
    for rows, s in zip(kept, scores):
        for r in rows:
            parts = r.split("\t")
            parts[1] = f"{s:.4f}"
            lines.append("\t".join(parts))
    path.write_text("".join(r + "\n" for r in lines), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(scorer), str(gold), str(path)], capture_output=True, text=True, check=True
    )
    print(f"{label}: {result.stdout.strip()}")
    return result.stdout.strip()


if __name__ == "__main__":
    main()
