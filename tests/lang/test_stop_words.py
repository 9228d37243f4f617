"""kg.lang.stop_words: the shipped list is spaCy's, folded, and read without importing spaCy."""

from __future__ import annotations

import subprocess
import sys

from kg.lang import STOP_WORDS_FILE, stop_words
from kg.text import fold
from tests.helpers import ROOT


def test_the_shipped_list_is_the_installed_spacy_s():
    from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH
    from spacy.lang.fr.stop_words import STOP_WORDS as FRENCH

    assert stop_words() == frozenset(fold(w) for w in ENGLISH | FRENCH)
    result = subprocess.run(
        [sys.executable, "bench/stop_words.py", "--check"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_words_are_folded_and_the_header_is_no_word():
    assert {"neither", "both", "le", "etre", "deja"} <= stop_words()
    assert not any(w.startswith("#") or w != w.strip() or w != fold(w) for w in stop_words())
    assert STOP_WORDS_FILE.read_text(encoding="utf-8").startswith("# spaCy's French and English stop words")


def test_reading_them_imports_no_spacy():
    program = "import sys; from kg.lang import stop_words; stop_words(); print('spacy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", program], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
