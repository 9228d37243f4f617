"""What entity resolution, coreference and the relation classifier cost next to the spaCy parse.

Parses news articles (DWIE's English training articles, or POPCORN's French
texts with ``--lang fr``), then times, over the same documents, the bare
parse, the extraction, the resolution without relations (mentions, types,
coreference, values) and the resolution with the relation classifier, each
the best of ``--repeat`` runs, and prints each as a share of the parse.

    .venv/bin/python bench/resolve_speed.py [--lang en|fr] [--docs 200] [--repeat 3]

The kits default to ``../shared/benchmarks`` next to the repository
(``--kits`` or ``KG_KITS_DIR``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_KITS = REPO / ".." / "shared" / "benchmarks"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kits", default=os.environ.get("KG_KITS_DIR", str(DEFAULT_KITS)))
    ap.add_argument("--lang", choices=("en", "fr"), default="en")
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    sys.path.insert(0, str(REPO))
    from kg.ie import extract_facts
    from kg.ie.tree import read_parse
    from kg.nlp import load_model, parse
    from kg.resolve import resolve_entities
    from kg.resolve.coref import load_antecedent_model
    from kg.types import Document

    kit = "dwie" if a.lang == "en" else "popcorn"
    lines = (Path(a.kits) / kit / "docs.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines if line.strip()][: a.docs]
    documents = [Document(hashlib.sha256(t.encode()).hexdigest(), t, a.lang, "bench") for t in texts]
    load_model(a.lang)
    list(parse(texts[:5], a.lang))

    def best(run):
        times = []
        result = None
        for _ in range(a.repeat):
            started = time.perf_counter()
            result = run()
            times.append(time.perf_counter() - started)
        return min(times), result

    parse_time, parses = best(lambda: [read_parse(doc) for doc in parse(texts, a.lang)])
    extract_time, extractions = best(lambda: [extract_facts(d, p) for d, p in zip(documents, parses)])
    resolve_entities(extractions[0])  # gazetteer, lexicons and weights load once, before any timing
    plain_time, _ = best(lambda: [resolve_entities(e, with_relations=False) for e in extractions])
    ranker = load_antecedent_model(a.lang)
    if ranker is not None:
        timed = _Timed(ranker)
        for e in extractions:
            resolve_entities(e, with_relations=False, antecedents=timed)
    full_time, resolutions = best(lambda: [resolve_entities(e) for e in extractions])
    relations = sum(len(r.relations) for r in resolutions)
    sentences = sum(len(e.sentences) for e in extractions)
    print(f"{len(documents)} {kit} documents, {sentences} sentences, {relations} relations stated")
    print(f"parse (spaCy, read into plain data)  {parse_time:7.2f} s   1.00")
    print(f"extraction                           {extract_time:7.2f} s   {extract_time / parse_time:.2f}")
    print(f"resolution, no relations             {plain_time:7.2f} s   {plain_time / parse_time:.2f}")
    if ranker is not None:
        print(
            f"  of which the antecedent ranker     {timed.seconds:7.2f} s   {timed.seconds / parse_time:.2f}"
            f"   ({timed.calls} pronouns)"
        )
    print(
        f"relation classifier alone            {full_time - plain_time:7.2f} s   "
        f"{(full_time - plain_time) / parse_time:.2f}"
    )
    print(f"resolution with relations            {full_time:7.2f} s   {full_time / parse_time:.2f}")


class _Timed:
    """The antecedent ranker, with the time its choices take."""

    def __init__(self, model) -> None:
        self.model = model
        self.seconds = 0.0
        self.calls = 0

    def choose(self, anaphor, candidates):
        started = time.perf_counter()
        try:
            return self.model.choose(anaphor, candidates)
        finally:
            self.seconds += time.perf_counter() - started
            self.calls += 1


if __name__ == "__main__":
    main()
