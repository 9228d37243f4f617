"""How likely a fact is right: a logistic model over features of parse and fact.

The weights are data (``kg/data/confidence.json``), learned on the CaRB dev
split by ``bench/carb.py --train`` with cross-validation; without that file
a hand-set fallback ranks facts by the same features.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from kg.ie.drafts import Draft
from kg.ie.tree import Tree
from kg.lang import either

#: Names of the features, in the order :func:`features` returns them.
FEATURES: tuple[str, ...] = (
    "bias",
    "kind_verb",
    "kind_copula",
    "kind_appos",
    "kind_role",
    "kind_poss",
    "kind_loc",
    "kind_title",
    "inherited",
    "has_object",
    "object_clause",
    "folded",
    "n_args",
    "subject_len",
    "object_len",
    "args_len",
    "relation_len",
    "sentence_len",
    "depth",
    "subject_pron",
    "subject_propn",
    "subject_resolved",
    "negated",
    "modality",
    "attribution",
    "dep_root",
    "dep_conj",
    "dep_relcl",
    "dep_acl",
    "dep_advcl",
    "dep_xcomp",
    "dep_ccomp",
    "pred_aux",
    "pred_gerund",
    "subject_after",
    "object_has_verb",
    "dep_labels",
    "split",
    "object_pron",
    "subject_ent",
    "object_ent",
    "object_commas",
    "subject_commas",
    "object_short",
    "object_long",
    "subject_long",
    "arg_time",
    "relation_be",
    "pred_passive",
    "object_date",
    "object_propn",
    "siblings",
    "pred_position",
)

#: Where the learned weights are shipped.
WEIGHTS_RESOURCE = "confidence.json"

#: Hand-set weights used when no learned model is shipped.
_FALLBACK: dict[str, float] = {
    "bias": 0.5,
    "inherited": -0.4,
    "has_object": 0.3,
    "subject_pron": -0.3,
    "depth": -0.3,
    "subject_len": -0.4,
    "object_len": -0.3,
    "kind_appos": -0.3,
    "dep_root": 0.3,
    "args_len": -0.2,
}


#: Forms of "be" and "have" that open a relation phrase ("is", "est", "has").
_BE_WORDS = either("BE_WORDS")


def features(tree: Tree, draft: Draft, siblings: int = 1) -> list[float]:
    """Feature vector of a draft, in the order of :data:`FEATURES`.

    Args:
        tree: The sentence.
        draft: The draft.
        siblings: How many drafts the sentence yielded (a busy sentence is a
            hard one).
    """
    nodes = tree.nodes
    pred = nodes[draft.pred]
    subject = nodes[draft.subject.head]
    obj = draft.object
    dep = pred.dep
    n = len(nodes)
    obj_len = (obj.right - obj.left + 1) if obj is not None else 0
    args_len = sum(a.right - a.left + 1 for a in draft.args)
    obj_has_verb = 0.0
    if obj is not None and obj_len < 200:
        obj_has_verb = float(any(nodes[k].pos == "VERB" for k in range(obj.left, obj.right + 1)))
    dep_labels = 0
    if n < 400:
        dep_labels = sum(1 for node in nodes if node.dep == "dep")
    return [
        1.0,
        float(draft.kind == "verb"),
        float(draft.kind == "copula"),
        float(draft.kind == "appos"),
        float(draft.kind == "role"),
        float(draft.kind == "poss"),
        float(draft.kind == "loc"),
        float(draft.kind == "title"),
        float(draft.inherited),
        float(obj is not None),
        float(obj is not None and nodes[obj.head].pos in ("VERB", "AUX") and obj.role == "object"),
        float(obj is not None and obj.role not in ("object", "subject")),
        min(len(draft.args), 4) / 4,
        min(draft.subject.right - draft.subject.left + 1, 20) / 20,
        min(obj_len, 30) / 30,
        min(args_len, 30) / 30,
        min(len(draft.relation.split()), 8) / 8,
        min(n, 80) / 80,
        min(draft.depth, 6) / 6,
        float(subject.pos == "PRON" and not draft.subject.resolved),
        float(subject.pos == "PROPN"),
        float(bool(draft.subject.resolved)),
        float(draft.negated),
        float(draft.modality is not None),
        float(draft.attribution is not None),
        float(dep == "root"),
        float(dep == "conj"),
        float(dep == "acl:relcl"),
        float(dep == "acl"),
        float(dep == "advcl"),
        float(dep == "xcomp"),
        float(dep in ("ccomp", "parataxis")),
        float(pred.pos == "AUX"),
        float(pred.tag in ("VBG", "VBN") or pred.verbform in ("Part", "Ger")),
        float(draft.subject.left > draft.pred),
        obj_has_verb,
        min(dep_labels, 4) / 4,
        float(draft.split),
        float(obj is not None and nodes[obj.head].pos == "PRON" and not obj.resolved),
        float(subject.ent_start >= 0),
        float(obj is not None and nodes[obj.head].ent_start >= 0),
        float(obj is not None and obj_len < 200 and any(nodes[k].text == "," for k in range(obj.left, obj.right + 1))),
        float(
            draft.subject.right - draft.subject.left < 200
            and any(nodes[k].text == "," for k in range(draft.subject.left, draft.subject.right + 1))
        ),
        float(0 < obj_len <= 2),
        float(obj_len > 10),
        float(draft.subject.right - draft.subject.left + 1 > 8),
        float(any(a.role == "time" or nodes[a.head].ent in ("DATE", "TIME") for a in draft.args)),
        float(draft.relation.split()[0].lower() in _BE_WORDS if draft.relation else 0.0),
        float(pred.tag == "VBN" or (pred.verbform == "Part" and any(nodes[k].dep == "aux:pass" for k in pred.kids))),
        float(obj is not None and nodes[obj.head].ent in ("DATE", "TIME")),
        float(obj is not None and nodes[obj.head].pos == "PROPN"),
        min(siblings, 12) / 12,
        draft.pred / n if n else 0.0,
    ]


def score_features(vector: Sequence[float], lang: str) -> float:
    """Confidence in [0, 1] of a feature vector."""
    weights = _weights(lang)
    z = sum(w * x for w, x in zip(weights, vector))
    p = 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))
    return round(p, 4)


def fit_logistic(x: Any, y: Any, *, l2: float = 1.0, iterations: int = 25) -> Any:
    """Fit logistic regression (soft labels in [0, 1]) by Newton's method.

    Args:
        x: ``(n, d)`` numpy array of feature vectors (first column the bias).
        y: ``(n,)`` numpy array of targets in [0, 1].
        l2: Ridge penalty (not applied to the bias).
        iterations: Newton steps.

    Returns:
        The ``(d,)`` weight vector.
    """
    import numpy as np

    _n, d = x.shape
    w = np.zeros(d)
    penalty = np.full(d, l2)
    penalty[0] = 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-6)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def predict(w: Any, x: Any) -> Any:
    """Probabilities of feature rows under weights ``w`` (numpy)."""
    import numpy as np

    return 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))


def weights_path() -> Path:
    """Where :func:`write_weights` writes the model (inside the package)."""
    return Path(__file__).resolve().parent.parent / "data" / WEIGHTS_RESOURCE


def write_weights(w: Any, *, note: str = "") -> None:
    """Write learned weights as JSON data the extractor loads."""
    data = {
        "default": {
            "weights": {name: round(float(v), 6) for name, v in zip(FEATURES, w)},
            "note": note or "logistic regression on CaRB dev, bench/carb.py --train",
        }
    }
    weights_path().write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    _weights.cache_clear()


@cache
def _weights(lang: str) -> tuple[float, ...]:
    """Weights for a language: the shipped model, else the fallback."""
    try:
        raw = resources.files("kg.data").joinpath(WEIGHTS_RESOURCE).read_text(encoding="utf-8")
        data = json.loads(raw)
        table = data.get(lang) or data.get("default") or data
        named = table["weights"]
        return tuple(float(named.get(name, 0.0)) for name in FEATURES)
    except (FileNotFoundError, KeyError, ValueError, TypeError, ModuleNotFoundError):
        return tuple(_FALLBACK.get(name, 0.0) for name in FEATURES)
