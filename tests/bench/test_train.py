"""The retraining command: it runs on kits of the benchmarks' formats and gives the same weights twice.

The kits here are a few sentences written for this test, in the DWIE and
POPCORN file formats; the real kits are not needed.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy
import pytest

from tests.helpers import ROOT

REPO = ROOT

ALIGNMENT = """benchmark\tlabel\tkg_property\tdirection\tnote
dwie\tcitizen_of\tcitizenOf\t=\t
dwie\tin0\tlocatedIn\t=\t
popcorn\tIS_LOCATED_IN\tlocatedIn\t=\t
popcorn\tIS_COOPERATING_WITH\tpartnersWith\t<>\t
"""

ENGLISH = [
    "Anna Berg lives in Hamburg. Anna Berg is a citizen of Germany, and Hamburg is a city in Germany.",
    "Paul Stein visited Munich. Munich is in Germany, where Paul Stein was born.",
    "Marta Lind works in Lyon. Lyon is a city in France, and Marta Lind is French.",
    "Jonas Weber moved to Hamburg last year. Hamburg lies in the north of Germany.",
]

FRENCH = [
    "Un incendie s'est déclaré à Lyon. Les pompiers de Lyon sont arrivés à l'hôpital.",
    "La police de Lille a arrêté un homme à Roubaix. L'homme a été conduit au commissariat de Lille.",
    "Une fuite de gaz a eu lieu à Nantes. Les secours ont évacué la maison.",
    "Des manifestants se sont réunis à Rennes. La police a encadré le cortège à Rennes.",
]


def _spans(text: str, names: list[str]) -> list[tuple[str, int, int]]:
    found = []
    for name in names:
        start = 0
        while (at := text.find(name, start)) >= 0:
            found.append((name, at, at + len(name)))
            start = at + len(name)
    return found


def _dwie_kit(folder: Path) -> None:
    docs, gold = [], {}
    for i, text in enumerate(ENGLISH):
        doc_id = f"T_{i}"
        docs.append({"id": doc_id, "text": text})
        people = [n for n in ("Anna Berg", "Paul Stein", "Marta Lind", "Jonas Weber") if n in text]
        places = [n for n in ("Hamburg", "Munich", "Lyon") if n in text]
        countries = [n for n in ("Germany", "France") if n in text]
        concepts, mentions = [], []
        for c, (name, kind) in enumerate(
            [(p, "person") for p in people] + [(p, "gpe") for p in places] + [(p, "gpe") for p in countries]
        ):
            concepts.append({"concept": c, "text": name, "tags": [f"type::{kind}"]})
            mentions += [{"begin": a, "end": b, "text": t, "concept": c} for t, a, b in _spans(text, [name])]
        index = {c["text"]: c["concept"] for c in concepts}
        relations = [{"s": index[p], "p": "citizen_of", "o": index[k]} for p in people for k in countries]
        relations += [{"s": index[p], "p": "in0", "o": index[k]} for p in places for k in countries]
        gold[doc_id] = {
            "id": doc_id,
            "content": text,
            "concepts": concepts,
            "mentions": mentions,
            "relations": relations,
        }
    folder.mkdir(parents=True)
    (folder / "docs.jsonl").write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    (folder / "gold.json").write_text(json.dumps(gold), encoding="utf-8")


def _popcorn_kit(folder: Path) -> None:
    docs, gold = [], []
    for i, text in enumerate(FRENCH):
        places = [n for n in ("Lyon", "Lille", "Roubaix", "Nantes", "Rennes") if n in text]
        entities = [
            {
                "id": j,
                "type": "PLACE",
                "mentions": [{"value": t, "start": a, "end": b} for t, a, b in _spans(text, [name])],
            }
            for j, name in enumerate(places)
        ]
        body = len(entities)
        for word, kind in (
            ("pompiers", "NON_MILITARY_GOVERNMENT_ORGANISATION"),
            ("police", "NON_MILITARY_GOVERNMENT_ORGANISATION"),
            ("secours", "NON_MILITARY_GOVERNMENT_ORGANISATION"),
        ):
            if word in text:
                entities.append(
                    {
                        "id": body,
                        "type": kind,
                        "mentions": [{"value": t, "start": a, "end": b} for t, a, b in _spans(text, [word])],
                    }
                )
        relations = [[body, "IS_LOCATED_IN", j] for j in range(len(places))] if body < len(entities) else []
        docs.append({"id": i, "text": text})
        gold.append({"id": i, "key": f"t{i}", "text": text, "entities": entities, "relations": relations})
    folder.mkdir(parents=True)
    (folder / "docs.jsonl").write_text(
        "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8"
    )
    (folder / "gold.json").write_text(
        json.dumps({"split": "train", "docs": gold}, ensure_ascii=False), encoding="utf-8"
    )


@pytest.mark.slow
def test_training_runs_on_kits_and_gives_the_same_weights_twice(tmp_path):
    pytest.importorskip("sklearn")
    kits = tmp_path / "kits"
    _dwie_kit(kits / "dwie")
    _popcorn_kit(kits / "popcorn")
    (kits / "alignment.tsv").write_text(ALIGNMENT, encoding="utf-8")
    outputs = []
    for run in ("a", "b"):
        out = tmp_path / run
        result = subprocess.run(
            [sys.executable, str(REPO / "bench" / "train.py"), "--kits", str(kits), "--out", str(out), "--folds", "2"],
            capture_output=True,
            text=True,
            timeout=900,
        )
        assert result.returncode == 0, result.stderr[-2000:]
        assert "held-out (2-fold) relation figures" in result.stdout
        outputs.append(out)
    for name in ("relations-en.npz", "relations-fr.npz"):
        with numpy.load(outputs[0] / name) as first, numpy.load(outputs[1] / name) as second:
            assert first.files == second.files
            for key in first.files:
                assert numpy.array_equal(first[key], second[key]), key
        with numpy.load(outputs[0] / name) as data:
            assert data["weights"].shape[0] == 1 << 16
    with numpy.load(outputs[0] / "relations-fr.npz") as data:
        assert "partnersWith" not in set(data["properties"].tolist())  # no symmetric relation in French
        assert bool(data["sentence_level"])


PRONOUN_TEXTS = [
    ("Madame Claire Roux est arrivée à Lyon. Elle a appelé la police.", "Claire Roux", "Elle"),
    ("Monsieur Paul Stein a quitté Lille. Il a rejoint sa famille à Roubaix.", "Paul Stein", "Il"),
    ("Madame Anna Berg a vu la police à Nantes. Elle a décrit les voleurs.", "Anna Berg", "Elle"),
    ("Monsieur Jonas Weber vit à Rennes. Il travaille à la mairie.", "Jonas Weber", "Il"),
]


def _pronoun_kit(folder: Path) -> None:
    docs, gold = [], []
    for i, (text, name, pronoun) in enumerate(PRONOUN_TEXTS):
        mentions = [{"value": t, "start": a, "end": b} for t, a, b in _spans(text, [name, pronoun])]
        gold.append(
            {
                "id": i,
                "key": f"p{i}",
                "text": text,
                "relations": [],
                "entities": [{"id": 0, "type": "CIVILIAN", "mentions": mentions}],
            }
        )
        docs.append({"id": i, "text": text})
    folder.mkdir(parents=True)
    (folder / "docs.jsonl").write_text(
        "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8"
    )
    (folder / "gold.json").write_text(
        json.dumps({"split": "train", "docs": gold}, ensure_ascii=False), encoding="utf-8"
    )


@pytest.mark.slow
def test_the_antecedent_ranker_trains_on_a_kit_and_gives_the_same_weights_twice(tmp_path):
    pytest.importorskip("scipy")
    kits = tmp_path / "kits"
    _pronoun_kit(kits / "popcorn")
    outputs = []
    for run in ("a", "b"):
        out = tmp_path / run / "coref-fr.npz"
        result = subprocess.run(
            [
                sys.executable,
                str(REPO / "bench" / "train_coref.py"),
                "--kits",
                str(kits),
                "--out",
                str(out),
                "--folds",
                "2",
            ],
            capture_output=True,
            text=True,
            timeout=900,
        )
        assert result.returncode == 0, result.stderr[-2000:]
        assert "held-out (2-fold) antecedents" in result.stdout
        assert "pronouns 4, with a right candidate 4" in result.stdout  # every "Elle"/"Il" has its person
        outputs.append(out)
    with numpy.load(outputs[0]) as first, numpy.load(outputs[1]) as second:
        assert first.files == second.files
        for key in first.files:
            assert numpy.array_equal(first[key], second[key]), key
        assert first["weights"].shape == (1 << 15,)
