"""Read files, directories, JSONL and stdin into :class:`~kg.types.Document` records.

The first stage of the pipeline. :func:`read_documents` is a generator: it
walks its inputs lazily, reads one file (or one JSONL line) at a time and
yields documents in input order. A bad input never stops the others: it is
reported through ``report(level, message)`` and skipped.

Formats, chosen by file extension (case-insensitive):

- ``.txt``: the text as is.
- ``.md`` / ``.markdown``: the text with markdown syntax lightly stripped
  (heading and quote markers, emphasis, code ticks, link and image targets),
  so that the NLP stage sees prose.
- ``.html`` / ``.htm``: the main text only, extracted by trafilatura
  (navigation, footers and comments dropped); title, date and URL from its
  metadata.
- ``.jsonl``: one document per line, ``{"text": ...}`` required; optional
  ``id``, ``title``, ``date``, ``url`` and ``lang``.
- Any other extension, when the file is named explicitly: plain text, with a
  warning. Inside directories only the extensions above are read.
- ``-``: standard input. It is JSONL when its first non-empty line is a JSON
  object with a string ``text`` field, plain text otherwise.

Every text is decoded (UTF-8, a BOM stripped; else the legacy encoding is
guessed, windows-1252 for Western text, with a warning), given ``\\n`` line
ends and Unicode NFC, and trimmed of surrounding whitespace. The document id is
the hex SHA-256 of that text. Language is detected with lingua unless given.

Problems are reported as one line naming the input (``path``, ``path:line``
for JSONL and sentences, ``<stdin>``), for instance::

    error    missing.txt: no such file or directory; check the path
    error    photo.txt: binary file, not text; skipped
    warning  notes.txt: not UTF-8, read as windows-1252
    warning  empty.txt: empty; skipped
    warning  docs.jsonl:7: no "text" string field; skipped — add "text": "..." to the line
    warning  de.txt: language looks like German (de), not supported (fr, en); skipped — pass --lang fr|en to force
"""

from __future__ import annotations

from kg.ingest.documents import make_document
from kg.ingest.language import detect_language
from kg.ingest.reader import count_documents, read_documents

__all__ = ["count_documents", "detect_language", "make_document", "read_documents"]
