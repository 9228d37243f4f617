"""Extraction cost against the bare spaCy parse of the same sentences.

Parses the CaRB dev sentences (or any file, one sentence a line) once, timing
the parse, then times :func:`kg.ie.extract_facts` over the parses, and
prints both and their ratio. The budget is extraction ≤ 15 % of the parse.

    .venv/bin/python bench/extract_speed.py [FILE] [--lang en] [--repeat 3]

FILE defaults to ``dev.txt`` under ``../shared/benchmarks/carb`` (override
with ``KG_CARB_DIR``).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_FILE = Path(os.environ.get("KG_CARB_DIR", REPO / ".." / "shared" / "benchmarks" / "carb")) / "dev.txt"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("file", nargs="?", default=str(DEFAULT_FILE))
    ap.add_argument("--lang", default="en")
    ap.add_argument("--repeat", type=int, default=3, help="best of N timings")
    a = ap.parse_args()
    sys.path.insert(0, str(REPO))
    from kg.ie import extract_facts
    from kg.nlp import load_model, parse_sentences
    from kg.types import Document

    lines = [line for line in Path(a.file).read_text(encoding="utf-8").splitlines() if line.strip()]
    load_model(a.lang)
    list(parse_sentences(lines[:20], a.lang))
    parse_times, extract_times = [], []
    n_facts = 0
    documents = [Document(hashlib.sha256(t.encode()).hexdigest(), t, a.lang, "bench") for t in lines]
    for _ in range(a.repeat):
        start = time.perf_counter()
        docs = list(parse_sentences(lines, a.lang))
        parse_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        n_facts = sum(len(extract_facts(d, doc).facts) for d, doc in zip(documents, docs))
        extract_times.append(time.perf_counter() - start)
    parse, extract = min(parse_times), min(extract_times)
    print(f"sentences {len(lines)}  facts {n_facts}")
    print(f"parse    {parse:.3f} s  ({len(lines) / parse:.0f} sentences/s)")
    print(f"extract  {extract:.3f} s  ({len(lines) / extract:.0f} sentences/s)")
    print(f"overhead ratio {extract / parse:.3f}  (parse + extract: {len(lines) / (parse + extract):.0f} sentences/s)")


if __name__ == "__main__":
    main()
