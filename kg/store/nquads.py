"""A directory of N-Quads files in place of a store: what ``kg build --nquads DIR`` writes for bulk loaders.

Each batch of documents becomes one file, ``batch-000001.nq``, holding each
document's named graph exactly as the store would (blank nodes kept apart per
document); ``manifest.jsonl`` lists the batches written, one JSON line each
(file, graphs, quads, SHA-256), and ``kg.json`` the base IRI. A file is
written under a temporary name and renamed, then listed: a build killed
midway leaves whole batches only, and the same command goes on from there,
skipping the documents already listed. A triplestore's bulk loader takes the
files as they are (``oxigraph load --location STORE --file DIR/*.nq``; QLever,
Fuseki's ``tdb2.tdbloader`` and Virtuoso's ``ld_dir`` read N-Quads too).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import StoreError
from kg.store.base import Result, Store, _named_node, _one_line

if TYPE_CHECKING:
    import pyoxigraph

#: The list of batches written, one JSON object per line.
MANIFEST = "manifest.jsonl"

#: Settings of the directory (its base IRI), as for an embedded store.
SETTINGS = "kg.json"


class NQuadsDirectory(Store):
    """Writes document graphs as N-Quads files; it cannot be queried (load the files into a store for that)."""

    def __init__(self, path: Path) -> None:
        self.location = str(path)
        self.read_only = False
        self._path = path
        if path.exists() and not path.is_dir():
            raise StoreError(f"--nquads {path} is a file, not a directory; give a directory")
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(f"cannot create directory {path}: {e.strerror}; check the path") from None
        for partial in path.glob("*.partial"):
            partial.unlink()  # a batch cut short by a kill: written again
        self._graphs: set[str] = set()
        self._batches = 0
        listed: set[str] = set()
        manifest = path / MANIFEST
        if manifest.is_file():
            for number, line in enumerate(manifest.read_text(encoding="utf-8").splitlines(), start=1):
                try:
                    entry = json.loads(line)
                    batch, graphs = entry["file"], entry["graphs"]
                except (ValueError, KeyError, TypeError):
                    raise StoreError(f"{manifest}:{number} is not a batch line; remove {path} to start again") from None
                if not (path / batch).is_file():
                    raise StoreError(f"{manifest} lists {batch}, which is missing; remove {path} to start again")
                self._graphs.update(graphs)
                self._batches += 1
                listed.add(batch)
        for orphan in path.glob("batch-*.nq"):
            if orphan.name not in listed:
                orphan.unlink()  # renamed into place but never listed: a kill came between the two

    # --- what a build uses --------------------------------------------------------------------

    def recorded_base_iri(self) -> str | None:
        settings = self._path / SETTINGS
        if not settings.is_file():
            return None
        try:
            return str(json.loads(settings.read_text(encoding="utf-8"))["base_iri"])
        except (OSError, ValueError, KeyError) as e:
            raise StoreError(f"cannot read {settings}: {e}") from None

    def record_base_iri(self, base: str) -> None:
        settings = self._path / SETTINGS
        partial = self._path / (SETTINGS + ".partial")
        try:
            partial.write_text(json.dumps({"base_iri": base}, indent=2) + "\n", encoding="utf-8")
            os.replace(partial, settings)
        except OSError as e:
            raise StoreError(f"cannot write {settings}: {e.strerror}") from None

    def is_empty(self) -> bool:
        return not self._graphs

    def holds_graphs_outside(self, namespace: str) -> bool:
        return any(not graph.startswith(namespace) for graph in self._graphs)

    def has_document(self, doc_iri: str) -> bool:
        return doc_iri in self._graphs

    def add_graphs(self, graphs: Iterable[tuple[str, bytes]]) -> None:
        batch = list(graphs)
        if not batch:
            return
        lines = [line for graph_iri, ntriples in batch for line in _quads(graph_iri, ntriples)]
        data = "".join(lines).encode("utf-8")
        self._batches += 1
        name = f"batch-{self._batches:06d}.nq"
        target = self._path / name
        partial = self._path / (name + ".partial")
        try:
            with open(partial, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(partial, target)
            entry = {
                "file": name,
                "graphs": [graph_iri for graph_iri, _ in batch],
                "quads": len(lines),
                "sha256": hashlib.sha256(data).hexdigest(),
            }
            with open(self._path / MANIFEST, "a", encoding="utf-8") as manifest:
                manifest.write(json.dumps(entry) + "\n")
                manifest.flush()
                os.fsync(manifest.fileno())
        except OSError as e:
            raise StoreError(f"cannot write {target}: {e.strerror}") from None
        self._graphs.update(graph_iri for graph_iri, _ in batch)

    def add_graph(self, graph_iri: str, ntriples: bytes) -> None:
        self.add_graphs([(graph_iri, ntriples)])

    def graphs(self) -> list[str]:
        return sorted(self._graphs)

    # --- what it cannot do ----------------------------------------------------------------------

    def remove_graph(self, graph_iri: str) -> None:
        raise StoreError(f"{self.location} is a directory of N-Quads files: load them into a store to remove graphs")

    def query(self, sparql: str, **options: Any) -> Result:
        raise StoreError(
            f"{self.location} is a directory of N-Quads files; load them into a store "
            f"(oxigraph load --location STORE --file {self.location}/*.nq) and query that"
        )

    def update(self, sparql_update: str, **options: Any) -> None:
        raise StoreError(f"{self.location} is a directory of N-Quads files; it takes no SPARQL updates")

    def _quads(self) -> Iterable[pyoxigraph.Quad]:
        import pyoxigraph as ox

        for batch in sorted(self._path.glob("batch-*.nq")):
            yield from ox.parse(path=str(batch), format=ox.RdfFormat.N_QUADS)

    def close(self) -> None:
        pass

    def __repr__(self) -> str:
        return f"NQuadsDirectory({self.location!r})"


def _quads(graph_iri: str, ntriples: bytes) -> list[str]:
    """One document's N-Triples as N-Quads lines in its graph, blank nodes named apart per document."""
    import pyoxigraph as ox

    graph = _named_node(graph_iri)
    tag = hashlib.sha256(graph.value.encode("utf-8")).hexdigest()[:12]

    def term(node: Any) -> str:
        return f"_:d{tag}{node.value}" if isinstance(node, ox.BlankNode) else str(node)

    try:
        triples = list(ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES))
    except SyntaxError as e:
        raise StoreError(f"invalid N-Triples for graph {graph.value}: {_one_line(str(e))}") from None
    return [f"{term(t.subject)} {t.predicate} {term(t.object)} {graph} .\n" for t in triples]
