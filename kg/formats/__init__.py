"""Writers of extractions: the facts of a document as JSON lines, TSV, or the open-IE exchange format.

``kg extract`` prints through :func:`write_facts`; :func:`fact_records` gives
the same records to Python callers.
"""

from __future__ import annotations

import json
from typing import TextIO

from kg.formats.carb import carb_rows
from kg.formats.records import fact_records
from kg.text import one_line
from kg.types import Extraction, Resolution

__all__ = ["FACT_FORMATS", "carb_rows", "fact_records", "write_facts"]

#: The formats of :func:`write_facts`.
FACT_FORMATS = ("jsonl", "tsv", "carb")


def write_facts(extraction: Extraction, resolution: Resolution, fmt: str, out: TextIO) -> None:
    """Write one document's facts to ``out``.

    Args:
        extraction: What the extractor read from the document.
        resolution: What the resolver made of it.
        fmt: ``jsonl`` (every fact the store will hold, with its entities and
            values, then the relations between entities), ``tsv`` (subject,
            relation, object, then ``role: text`` of the other arguments), or
            ``carb`` (the open-IE exchange format, :mod:`kg.formats.carb`).
    """
    if fmt == "carb":
        for fact in extraction.facts:
            for line in carb_rows(fact):
                out.write(line + "\n")
        return
    for record in fact_records(extraction, resolution):
        if fmt == "jsonl":
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        elif record["kind"] == "fact":
            cells = [record["subject"], record["relation"], record["object"] or ""]
            cells += [f"{a['role']}: {a['text']}" for a in record["args"]]
            out.write("\t".join(one_line(c) for c in cells) + "\n")
