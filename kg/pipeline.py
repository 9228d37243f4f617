"""Parsing and extraction of document streams, in worker processes.

Documents are handled in bounded batches: a batch is parsed with spaCy's
``nlp.pipe`` (one language at a time) and its facts extracted. Workers
(processes on this machine, or a Dask cluster) take batches while the calling
process consumes the results (resolves, writes RDF, stores), so parsing and
writing overlap even with one worker. At most a few batches are in flight
and they come back in input order, so memory stays flat and the single
writer sees the same sequence whatever the number of workers. A stream of a
single batch is handled in this process: starting a worker would cost more
than it saves.

Parsing is the slow step. When the workers leave a core free (one worker on
a two-core machine), they only parse and send back what the extractor reads
of each parse (:class:`~kg.ie.tree.Parse`); the calling process, which
has that core, extracts and finishes each document (resolution and RDF, for
a build: the ``finish`` step). With as many workers as cores, the workers
extract and this process finishes. With more workers than cores, or on a
Dask cluster, the workers finish each document too, so that the single
writer only writes and does not become the bottleneck of many machines.
"""

from __future__ import annotations

import itertools
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any, Protocol

from kg.errors import KGError

if TYPE_CHECKING:
    from kg.ie.tree import Parse
    from kg.types import Document, Extraction

#: Most documents in one batch (one task for a worker).
DOCUMENT_BATCH = 32

#: Most characters in one batch: long documents make smaller batches, so
#: memory stays bounded and results keep flowing to the writer.
BATCH_CHARACTERS = 100_000

#: Batches in flight per worker: enough to keep every worker busy while the
#: caller writes (a write of ``kg.api.WRITE_TRIPLES`` takes about a second;
#: 16 batches of short documents are about five seconds of one worker's parse).
BATCHES_AHEAD = 16


class Executor(Protocol):
    """What the pipeline needs of a pool: submit a call, get a future."""

    def submit(self, fn: Callable[..., Any], /, *args: Any) -> Future[Any]: ...


def parse_batch(
    documents: list[Document], sentences: bool = False, models: dict[str, str] | None = None
) -> list[Parse]:
    """Parse one batch of documents (runs in a worker, or here).

    Args:
        documents: Documents of any languages.
        sentences: Every document is exactly one sentence, kept whole.
        models: Pipeline names chosen per language in the calling process.

    Returns:
        What the extractor reads of each parse, in the same order.
    """
    from kg import nlp
    from kg.ie.tree import read_parse

    for lang, name in (models or {}).items():
        if nlp.model_name(lang) != name:
            nlp.set_model(lang, name)

    parse = nlp.parse_sentences if sentences else nlp.parse
    parsed: list[Any] = [None] * len(documents)
    for lang in sorted({d.lang for d in documents}):
        indices = [i for i, d in enumerate(documents) if d.lang == lang]
        for i, doc in zip(indices, parse((documents[i].text for i in indices), lang)):
            parsed[i] = read_parse(doc)
    return parsed


def extract_batch(
    documents: list[Document],
    sentences: bool = False,
    models: dict[str, str] | None = None,
    finish: Callable[[Extraction], Any] | None = None,
) -> list[Any]:
    """Parse and extract one batch of documents (runs in a worker, or here).

    Takes the arguments of :func:`parse_batch`, and ``finish``, the work
    that follows extraction for each document (see :func:`extract_documents`).

    Returns:
        One extraction per document (or what ``finish`` makes of it), in the same order.
    """
    from kg.ie import extract_facts

    parses = parse_batch(documents, sentences, models)
    extractions = [extract_facts(document, parse) for document, parse in zip(documents, parses)]
    return extractions if finish is None else [finish(extraction) for extraction in extractions]


def extract_documents(
    documents: Iterable[Document],
    *,
    sentences: bool = False,
    workers: int = 0,
    dask: str | None = None,
    batch_size: int = DOCUMENT_BATCH,
    finish: Callable[[Extraction], Any] | None = None,
) -> Iterator[Any]:
    """Parse and extract a stream of documents, keeping their order.

    Args:
        documents: The documents, read lazily.
        sentences: Every document is exactly one sentence, kept whole.
        workers: Worker processes for parsing (and for extraction when
            they leave this process no core of its own); 0 parses in this
            process. Worker processes are started with ``spawn``: a
            script that calls this must guard its entry point with
            ``if __name__ == "__main__":``, as for any multiprocessing.
        dask: Address of a Dask scheduler (``tcp://HOST:PORT``), or ``local``
            for a local cluster of ``workers`` processes.
        batch_size: Documents per batch.
        finish: What follows extraction for each document (resolution and
            RDF, for a build): done wherever the extraction is, in the
            workers when they extract, so that the caller only writes. A
            function of a module (workers import it), or a partial of one.

    Yields:
        One extraction per document (or what ``finish`` makes of it), in input order.

    Raises:
        KGError: ``workers`` is negative, or the Dask cluster cannot be reached.
    """
    from kg import nlp

    if workers < 0:
        raise KGError(f"--workers {workers}: give 0 (parse in this process) or more processes")
    models = nlp.chosen_models()
    batches = _batches(documents, batch_size)
    if dask is not None:
        with _dask_client(dask, max(workers, 1)) as client:
            # Each worker keeps its models loaded between tasks (kg.nlp caches them).
            ahead = BATCHES_AHEAD * _dask_workers(client)
            for _batch, results in _ordered_map(client, extract_batch, batches, sentences, models, finish, ahead=ahead):
                yield from results
        return
    first, second = next(batches, None), next(batches, None)
    if first is None:
        return
    if second is None or workers == 0:
        for batch in itertools.chain((first,), () if second is None else (second,), batches):
            yield from extract_batch(batch, sentences, models, finish)
        return
    import multiprocessing

    # spawn, not fork: a forked copy of a process that already loaded spaCy
    # or opened the store would share state it must not.
    context = multiprocessing.get_context("spawn")
    pool = _RestartingPool(workers, context)
    everything = _tapered(itertools.chain((first, second), batches))
    ahead = BATCHES_AHEAD * workers
    try:
        if workers < _cores():
            # A core is left for this process: the workers only parse (the
            # slow step, which must never wait) and the extraction runs here.
            from kg.ie import extract_facts

            for batch, parses in _ordered_map(pool, parse_batch, everything, sentences, models, ahead=ahead):
                for document, parse in zip(batch, parses):
                    extraction = extract_facts(document, parse)
                    yield extraction if finish is None else finish(extraction)
        else:
            # More workers than cores: they finish each document too, and this process
            # only writes. As many as cores: this process still has time between writes,
            # and finishing here is cheaper than loading the resolver's data in every worker.
            remote_finish = finish if workers > _cores() else None
            for _batch, results in _ordered_map(
                pool, extract_batch, everything, sentences, models, remote_finish, ahead=ahead
            ):
                if remote_finish is None and finish is not None:
                    results = [finish(extraction) for extraction in results]
                yield from results
    finally:
        # Workers still tearing their interpreter down hold nothing the
        # caller needs: do not wait for them.
        pool.shutdown(wait=False, cancel_futures=True)


def _ordered_map(
    executor: Executor,
    work: Callable[..., list[Any]],
    batches: Iterator[list[Document]],
    *args: Any,
    ahead: int,
) -> Iterator[tuple[list[Document], list[Any]]]:
    """Run ``work(batch, *args)`` on batches on an executor, at most ``ahead`` at once.

    Yields:
        Each batch with its result, in input order.
    """
    pending: deque[tuple[list[Document], Any, int]] = deque()

    def submit(batch: list[Document]) -> tuple[list[Document], Any, int]:
        return batch, executor.submit(work, batch, *args), getattr(executor, "generation", 0)

    def result(batch: list[Document], future: Any, generation: int) -> Any:
        """The batch's result; a batch whose worker died is sent again, to a new pool if need be."""
        for _attempt in range(MAX_RESTARTS + 1):
            try:
                return future.result()
            except BrokenProcessPool:
                if not isinstance(executor, _RestartingPool):
                    raise
                if executor.generation == generation:
                    executor.restart()  # the first to see the pool broken starts a new one
                    for i, (waiting, _broken, _generation) in enumerate(pending):
                        pending[i] = submit(waiting)  # all of them at once, not one by one
                _, future, generation = submit(batch)
        raise KGError(
            "a worker process died again and again on the same documents "
            f"({', '.join(d.source for d in batch[:3])}…); build them with --workers 0 to see why"
        )

    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= ahead:
            batch, future, generation = pending.popleft()
            yield batch, result(batch, future, generation)
    while pending:
        batch, future, generation = pending.popleft()
        yield batch, result(batch, future, generation)


#: Times a pool whose worker died is started again before the build gives up.
MAX_RESTARTS = 3


class _RestartingPool:
    """A process pool that can be started again when one of its workers dies (killed, out of memory)."""

    def __init__(self, workers: int, context: Any) -> None:
        from concurrent.futures import ProcessPoolExecutor

        self._make = lambda: ProcessPoolExecutor(max_workers=workers, mp_context=context)
        self._pool = self._make()
        self.generation = 0  # how many times the pool was started again

    def submit(self, fn: Callable[..., Any], /, *args: Any) -> Future[Any]:
        try:
            return self._pool.submit(fn, *args)
        except BrokenProcessPool:
            self.restart()
            return self._pool.submit(fn, *args)

    def restart(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = self._make()
        self.generation += 1

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        self._pool.shutdown(wait=wait, cancel_futures=cancel_futures)


def _tapered(batches: Iterator[list[Document]], pieces: int = 4) -> Iterator[list[Document]]:
    """The same batches, the last one cut into up to ``pieces`` smaller ones.

    The caller handles a batch only once a worker has parsed all of it: a
    small last batch leaves it less to do after the workers are done.
    """
    held = next(batches, None)
    for batch in batches:
        yield held  # type: ignore[misc]
        held = batch
    if held is None:
        return
    size = -(-len(held) // pieces)
    for start in range(0, len(held), size):
        yield held[start : start + size]


def _cores() -> int:
    """Cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def _dask_client(address: str, workers: int) -> Any:
    """A Dask client for ``address`` (``local`` starts a local cluster)."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - dask is a pinned dependency
        raise KGError("--dask needs dask[distributed]; install the project's requirements") from exc
    if address == "local":
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        )
        return _ClusterClient(Client(cluster), cluster)
    if not address.startswith(("tcp://", "tls://", "ucx://", "inproc://")):
        raise KGError(f"--dask {address!r} is not a scheduler address; write tcp://HOST:PORT or local")
    try:
        return Client(address, timeout="10s")
    except (OSError, TimeoutError) as exc:
        raise KGError(
            f"cannot reach the Dask scheduler at {address} ({exc.__class__.__name__}); "
            "start one with `dask scheduler` and workers with `dask worker ADDRESS`"
        ) from None


def _dask_workers(client: Any) -> int:
    """How many workers the cluster has now (at least 1)."""
    return max(1, len(client.scheduler_info().get("workers", {})))


class _ClusterClient:
    """A Dask client that also shuts its local cluster down on exit."""

    def __init__(self, client: Any, cluster: Any) -> None:
        self.client, self.cluster = client, cluster

    def __enter__(self) -> Any:
        return self.client

    def __exit__(self, *exc: object) -> None:
        self.client.close()
        self.cluster.close()


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    """Group documents into lists of at most ``size`` and about ``BATCH_CHARACTERS``."""
    batch: list[Document] = []
    characters = 0
    for document in documents:
        batch.append(document)
        characters += len(document.text)
        if len(batch) == size or characters >= BATCH_CHARACTERS:
            yield batch
            batch, characters = [], 0
    if batch:
        yield batch
