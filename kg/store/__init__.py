"""Where the graph lives: an embedded Oxigraph store on disk, or a remote SPARQL endpoint.

:func:`open_store` is the one entry point. Both kinds of store answer the same
methods and return the same :class:`Result` from :meth:`Store.query`, so the
query, view and server code never ask which one they hold.

One named graph per document (``docs/graph-model.md``): :meth:`Store.add_graph`
replaces a document's graph in a single transaction, :meth:`Store.add_graphs`
writes a batch of new ones all or nothing (the embedded store with Oxigraph's
bulk loader), and queries see the union of all named graphs.

Concurrency of the embedded store: one writer *or* any number of readers, across
processes. Oxigraph (RocksDB) already refuses a second writer; a read-only
instance opened while another process writes is undefined behaviour, so
``kg.lock`` in the store directory carries an advisory lock: exclusive for a
writer, shared for readers.
"""

from __future__ import annotations

from pathlib import Path

from kg.store.base import DUMP_FORMATS, Result, Store, collect
from kg.store.embedded import LOCK_FILE, PENDING_FILE, EmbeddedStore
from kg.store.remote import RemoteStore

__all__ = [
    "DUMP_FORMATS",
    "LOCK_FILE",
    "PENDING_FILE",
    "EmbeddedStore",
    "RemoteStore",
    "Result",
    "Store",
    "collect",
    "open_store",
]


def open_store(
    location: str | Path = "kg-store", *, create: bool = True, read_only: bool = False, base_iri: str | None = None
) -> Store:
    """Open the embedded store in a directory, or a remote SPARQL endpoint by URL.

    Args:
        location: A directory (created when missing and ``create``), or an
            ``http(s)://`` URL of a SPARQL 1.1 query endpoint; its update endpoint
            is the same URL, or ``…/update`` when the URL ends with ``/query``.
        create: Create the directory when it does not exist.
        read_only: Open for reading only; other readers may open it at the same time.
        base_iri: The base of a remote store's minted IRIs (an embedded store keeps its own).

    Raises:
        StoreError: no store there, or another process is writing it.
    """
    text = str(location)
    if text.startswith(("http://", "https://")):
        remote = RemoteStore(text, read_only=read_only)
        if base_iri is not None:
            remote._given_base = base_iri
        return remote
    return EmbeddedStore(Path(location), create=create, read_only=read_only)
