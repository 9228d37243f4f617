"""What the ingest tests share: texts written for them and a reader that collects its reports."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from kg.ingest.reader import read_documents
from kg.types import Document

FR = "Alibaba va investir 28 milliards de dollars dans son infrastructure cloud d'ici à 2023."


EN = "Alibaba will invest 28 billion dollars in its cloud infrastructure by 2023."


DE = "Die Bundesregierung hat am Montag neue Maßnahmen beschlossen, um die Wirtschaft zu stärken."


ES = "El presidente anunció el lunes nuevas medidas económicas para apoyar a las empresas."


COMPANY = "Société générale, café, à Paris"


RU = "Привет, как дела? Это простой тест кодировки текста."


PAGE = """<!DOCTYPE html>
<html lang="fr"><head>
<title>Alibaba investit dans le cloud - Le Journal</title>
<meta property="og:url" content="https://example.org/alibaba">
<meta name="date" content="2020-04-20">
</head><body>
<nav><ul><li><a href="/">Accueil</a></li><li><a href="/eco">Menu Économie</a></li>
<li><a href="/abo">S'abonner au journal</a></li></ul></nav>
<article><h1>Alibaba va investir dans le cloud</h1>
<p>Alibaba va investir 28 milliards de dollars dans son infrastructure cloud d'ici à 2023,
a annoncé le groupe chinois lundi.</p>
<p>Le géant du commerce en ligne veut rattraper Amazon et Microsoft sur ce marché en pleine
croissance, selon Jeff Zhang.</p>
</article>
<footer><p>© 2020 Le Journal — Mentions légales — Contact — Tous droits réservés</p></footer>
</body></html>
"""


Reports = list[tuple[str, str]]


Write = Callable[[str, "bytes | str"], Path]


def read(
    paths: Sequence[str | Path],
    *,
    lang: str = "auto",
    sentences: bool = False,
    stdin: TextIO | None = None,
) -> tuple[list[Document], Reports]:
    """Read everything, collecting the reports."""
    reports: Reports = []
    documents = list(
        read_documents(
            [str(p) for p in paths],
            lang=lang,
            sentences=sentences,
            stdin=stdin,
            report=lambda level, message: reports.append((level, message)),
        )
    )
    return documents, reports


def sha(text: str) -> str:
    """Hex SHA-256 of a text in UTF-8."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
