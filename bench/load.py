"""Load test of ``kg serve``: throughput, latency, failures, and whether memory grows.

Loopback only and bounded. Builds a store from ``examples/`` with ``kg build``
in a temporary directory, starts ``python -m kg serve`` on a free 127.0.0.1
port, and sends two identical runs of N queries (default 10,000) from C
concurrent clients (default 32; asyncio + httpx, keep-alive). The mix is the
SELECTs of ``examples/queries/*.rq``, a few ASK and CONSTRUCT queries, and
about one in ten malformed queries, which must get 400; every other query
must get 200. A run stops when its N requests are answered or at the
wall-clock cap, whichever comes first; then the server is stopped.

Printed per run: requests/s, latency p50/p95/p99, failed requests (any
status other than the expected one, or no answer). Printed for the server:
resident memory summed over its process tree (supervisor and workers) before
the first run, right after it, and after the second, identical run (more
with ``--runs``). The first run may grow memory (answer caches, allocator
arenas, both bounded); the verdict says whether the later runs grew it
materially, which would be a leak.

The server keeps answers to repeated queries (64 MB per worker), so with
``kg serve`` as it is, most of the mix is answered from that cache. With
``--no-cache`` the server is started with the cache off and every request is
evaluated: the run that tells about leaks in query evaluation.

    .venv/bin/python bench/load.py [--requests 10000] [--clients 32] [--cap 300] [--runs 2] [--no-cache]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: Queries beyond the example SELECTs, so that every query form is in the mix.
EXTRA = [
    "ASK { ?d a kg:Document }",
    'ASK { ?e rdfs:label "Alibaba"@fr }',
    "ASK { ?st kg:negated true }",
    "CONSTRUCT { ?e rdfs:label ?l } WHERE { ?e a kg:Organization ; rdfs:label ?l }",
    "CONSTRUCT { ?st kg:subject ?s ; kg:object ?o } WHERE { ?st a kg:Statement ; kg:subject ?s ; kg:object ?o } LIMIT 200",
    "DESCRIBE ?d WHERE { ?d a kg:Document } LIMIT 1",
]

#: Malformed queries: each must be answered 400, never 500, never a hang.
MALFORMED = [
    "SELECT ?x WHERE { ?x ?y }",
    "SELECT ?x\nWHERE {\n  ?x nope:p ?y\n}",
    "CONSTRUCT { ?s ?p } WHERE { ?s ?p ?o }",
    "ASK {",
    "SELECT * WHERE { ?s ?p ?o } LIMIT -1",
    "SELEC ?x WHERE { ?x ?y ?z }",
    'SELECT ?x WHERE { ?x ?y "unclosed }',
]

#: Share of malformed queries in the mix.
MALFORMED_SHARE = 0.1

#: Growth of the server's memory in the second run above which the verdict is "grows".
GROWTH_TOLERANCE = 0.05  # of the memory after the first run
GROWTH_FLOOR_MB = 8.0  # allocator noise below this is not growth


@dataclass
class Run:
    """What one run measured."""

    sent: int = 0
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    failures: dict[str, int] = field(default_factory=dict)
    capped: bool = False

    def fail(self, why: str) -> None:
        self.failures[why] = self.failures.get(why, 0) + 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=10_000, help="queries per run (default: 10000)")
    parser.add_argument("--clients", type=int, default=32, help="concurrent clients (default: 32)")
    parser.add_argument("--cap", type=float, default=300.0, help="wall-clock cap per run, seconds (default: 300)")
    parser.add_argument(
        "--runs", type=int, default=2, help="identical runs (default: 2); more tell a plateau from a leak"
    )
    parser.add_argument("--seed", type=int, default=7, help="seed of the query mix (default: 7)")
    parser.add_argument("--keep", metavar="STORE", help="use this existing store instead of building one")
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="start the server with its answer cache off (through kg.server.serve, cache_mb=0: "
        "`kg serve` has no option for it), so that every request is evaluated",
    )
    args = parser.parse_args()

    import psutil

    with tempfile.TemporaryDirectory(prefix="kg-load-") as tmp:
        store = Path(args.keep) if args.keep else Path(tmp) / "store"
        if not args.keep:
            started = time.perf_counter()
            built = subprocess.run(
                [sys.executable, "-m", "kg", "build", str(ROOT / "examples"), "--store", str(store), "--quiet"],
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=900,
            )
            if built.returncode != 0:
                print(built.stderr, file=sys.stderr)
                return 1
            print(f"store: built from examples/ in {time.perf_counter() - started:.1f} s")
        mix = query_mix(args.requests, args.seed)
        kinds = {"SELECT": 0, "ASK": 0, "CONSTRUCT": 0, "DESCRIBE": 0, "malformed": 0}
        for query, expected in mix:
            kinds["malformed" if expected == 400 else query_form(query)] += 1
        print(
            "mix:",
            ", ".join(f"{n} {k}" for k, n in kinds.items() if n),
            "(answer cache off: every request evaluated)"
            if args.no_cache
            else "(answer cache on, as kg serve runs: repeated queries are served from it)",
        )

        with Server(store, cache_mb=0 if args.no_cache else None) as server:
            tree = psutil.Process(server.pid)
            print(f"server: {server.startup}  (pid {server.pid}, {len(tree.children(recursive=True))} child processes)")
            memory = [("before the runs", rss_mb(tree))]
            runs = []
            for number in range(1, max(2, args.runs) + 1):
                run = asyncio.run(load(server.base, mix, args.clients, args.cap))
                runs.append(run)
                report(number, run, args.requests)
                time.sleep(1.0)  # let the workers finish what they were answering
                memory.append((f"after run {number}", rss_mb(tree)))
                if not server.alive():
                    print("server: died during the run")
                    return 1
        print("server resident memory (sum over its process tree):")
        for what, mb in memory:
            print(f"  {what:<16} {mb:8.1f} MB")

    first, last = memory[1][1], memory[-1][1]
    growth = last - first
    limit = max(GROWTH_FLOOR_MB, GROWTH_TOLERANCE * first)
    failed = sum(sum(run.failures.values()) for run in runs)
    capped = any(run.capped for run in runs)
    verdict = "no growth in memory after the run" if growth <= limit else "memory GROWS from run to run"
    later = "second run" if len(runs) == 2 else f"runs 2-{len(runs)}"
    print(
        f"verdict: {verdict} ({later}: {growth:+.1f} MB, tolerance {limit:.1f} MB); "
        f"{failed} failed request(s){'; a run hit the wall-clock cap' if capped else ''}"
    )
    return 0 if growth <= limit and failed == 0 and not capped else 1


def query_mix(total: int, seed: int) -> list[tuple[str, int]]:
    """``total`` (query, expected status) pairs: the examples, EXTRA, and MALFORMED_SHARE malformed."""
    good = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "examples" / "queries").glob("*.rq"))]
    good += EXTRA
    rng = random.Random(seed)
    mix = []
    for i in range(total):
        if rng.random() < MALFORMED_SHARE:
            query, expected = MALFORMED[i % len(MALFORMED)], 400
        else:
            query, expected = good[i % len(good)], 200
        mix.append((query, expected))
    return mix


def query_form(query: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first of them after comments."""
    words = " ".join(line for line in query.splitlines() if not line.lstrip().startswith("#")).split()
    return next(w.upper() for w in words if w.upper() in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"))


async def load(base: str, mix: list[tuple[str, int]], clients: int, cap: float) -> Run:
    """Send the mix from ``clients`` concurrent keep-alive clients; stop at the end or at ``cap`` seconds."""
    import httpx

    run = Run()
    position = iter(range(len(mix)))
    deadline = time.monotonic() + cap
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async def client(http: httpx.AsyncClient) -> None:
        for i in position:
            if time.monotonic() > deadline:
                run.capped = True
                return
            query, expected = mix[i]
            started = time.perf_counter()
            try:
                # POST form, as SPARQL clients send long queries; GET would do for short ones.
                response = await http.post("/sparql", data={"query": query}, headers={"Accept": "*/*"})
                await response.aread()
            except httpx.HTTPError as exc:
                run.fail(type(exc).__name__)
            else:
                if response.status_code != expected:
                    run.fail(f"{response.status_code} for expected {expected}")
            run.latencies.append(time.perf_counter() - started)
            run.sent += 1

    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60.0) as http:
        started = time.perf_counter()
        await asyncio.gather(*(client(http) for _ in range(clients)))
        run.seconds = time.perf_counter() - started
    return run


def report(number: int, run: Run, planned: int) -> None:
    """Print one run's figures."""
    cuts = statistics.quantiles(run.latencies, n=100) if len(run.latencies) > 1 else [0.0] * 99
    failed = sum(run.failures.values())
    print(
        f"run {number}: {run.sent} of {planned} requests in {run.seconds:.1f} s"
        f"{' (stopped by the wall-clock cap)' if run.capped else ''}: "
        f"{run.sent / run.seconds:.0f} requests/s; latency p50 {cuts[49] * 1000:.1f} ms, "
        f"p95 {cuts[94] * 1000:.1f} ms, p99 {cuts[98] * 1000:.1f} ms; "
        f"{failed} failed" + (f" ({', '.join(f'{n} {why}' for why, n in run.failures.items())})" if failed else "")
    )


def rss_mb(process) -> float:
    """Resident memory of a process and all its descendants, in MB."""
    import psutil

    total = 0
    for proc in [process, *process.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):
            total += proc.memory_info().rss
    return total / 1e6


class Server:
    """``python -m kg serve --store STORE --port P`` on a free loopback port, stopped on exit.

    With ``cache_mb``, the same server through :func:`kg.server.serve`, which takes it.
    """

    def __init__(self, store: Path, cache_mb: int | None = None) -> None:
        self.store = store
        self.cache_mb = cache_mb

    def __enter__(self) -> Server:
        import httpx

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        if self.cache_mb is None:
            command = ["-m", "kg", "serve", "--store", str(self.store), "--port", str(port)]
        else:
            command = [
                "-c",
                f"from kg.server import serve; serve({str(self.store)!r}, port={port}, cache_mb={self.cache_mb})",
            ]
        self.proc = subprocess.Popen(
            [sys.executable, *command],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        self.pid = self.proc.pid
        self.startup = (self.proc.stderr.readline() or "").strip()
        self.base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(self.base + "/sparql", params={"query": "ASK {}"}, timeout=5).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            if not self.alive() or time.monotonic() > deadline:
                self.__exit__()
                raise SystemExit(f"kg serve did not start: {self.startup!r}")
            time.sleep(0.2)

    def alive(self) -> bool:
        return self.proc.poll() is None

    def __exit__(self, *exc: object) -> None:
        if self.alive():
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        if self.proc.stderr:
            self.proc.stderr.close()


if __name__ == "__main__":
    sys.exit(main())
