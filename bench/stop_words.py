"""Write kg/data/stop-words.txt: spaCy's French and English stop words, folded.

The resolver reads stop words without importing spaCy (no stage after the
extractor does); this script takes them from the installed spaCy, which the
project pins, so the file changes only when spaCy's lists do. A test checks
that the file still matches them.

usage: python bench/stop_words.py [--check]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.lang import STOP_WORDS_FILE
from kg.text import fold

HEADER = (
    "# spaCy's French and English stop words (spacy.lang.fr / spacy.lang.en, MIT licence),\n"
    "# folded as kg.text.fold folds text; one per line, sorted. Written by bench/stop_words.py.\n"
)


def stop_words() -> list[str]:
    """The folded union of spaCy's French and English stop-word lists, sorted."""
    from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH
    from spacy.lang.fr.stop_words import STOP_WORDS as FRENCH

    return sorted({fold(w) for w in ENGLISH | FRENCH})


def render() -> str:
    return HEADER + "".join(f"{w}\n" for w in stop_words())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only say whether the file is up to date")
    args = parser.parse_args(argv)
    path = Path(str(STOP_WORDS_FILE))
    text = render()
    if args.check:
        if path.read_text(encoding="utf-8") != text:
            print(
                f"Error: {path} differs from the installed spaCy's lists; run python bench/stop_words.py",
                file=sys.stderr,
            )
            return 1
        print(f"{path}: up to date")
        return 0
    path.write_text(text, encoding="utf-8")
    print(f"wrote {len(stop_words())} words to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
