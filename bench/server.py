"""Throughput of ``kg serve`` against ``oxigraph serve-read-only`` on the same store and queries.

Loopback only and bounded: builds a synthetic store in a temporary directory,
starts both servers on free 127.0.0.1 ports, sends the same mix of small SELECT
queries from C concurrent keep-alive clients (N requests per round, after a
warm-up), prints requests per second of both and their ratio, and stops both.

    .venv/bin/python bench/server.py [--requests 2000] [--clients 16] [--rounds 3] [--docs 300]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

KG = "https://kg.example/ontology#"
KGE = "https://kg.example/id/entity/"
KGD = "https://kg.example/id/doc/"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"

#: The mix: small SELECTs (and one ASK) as a query page or a client app sends them.
QUERIES = [
    f"SELECT ?l WHERE {{ <{KGE}organization/org7> <{RDFS}label> ?l }}",
    f"SELECT ?o ?l WHERE {{ ?o a <{KG}Organization> ; <{RDFS}label> ?l }} LIMIT 10",
    f"SELECT ?d WHERE {{ ?d a <{KG}Document> }} LIMIT 5",
    f"SELECT ?f ?amount WHERE {{ ?f <{KG}subject> <{KGE}organization/org3> ; <{KG}amount> ?amount }} LIMIT 20",
    f"ASK {{ <{KGE}organization/org12> a <{KG}Organization> }}",
    f'SELECT ?s ?t WHERE {{ ?s <{KG}text> ?t FILTER(CONTAINS(?t, "investir")) }} LIMIT 3',
]


def build_store(path: Path, docs: int) -> int:
    """A store of ``docs`` document graphs in the shape of docs/graph-model.md; returns the triple count."""
    from kg.store import open_store

    triples = 0
    with open_store(path) as store:
        for d in range(docs):
            doc = f"{KGD}{d:064x}"
            lines = [f"<{doc}> <{RDF_TYPE}> <{KG}Document> .", f'<{doc}> <{KG}source> "doc{d}.txt" .']
            for s in range(5):
                org = f"{KGE}organization/org{(d * 5 + s) % 50}"
                sent, fact = f"{doc}/s/{s}", f"{doc}/fact/{s}"
                lines += [
                    f"<{sent}> <{RDF_TYPE}> <{KG}Sentence> .",
                    f'<{sent}> <{KG}text> "Org{s} va investir {d} milliards de dollars."@fr .',
                    f"<{org}> <{RDF_TYPE}> <{KG}Organization> .",
                    f'<{org}> <{RDFS}label> "Org {(d * 5 + s) % 50}"@fr .',
                    f"<{fact}> <{RDF_TYPE}> <{KG}Statement> .",
                    f"<{fact}> <{KG}subject> <{org}> .",
                    f'<{fact}> <{KG}amount> "{d * 1000 + s}"^^<{XSD}decimal> .',
                    f"<{fact}> <http://www.w3.org/ns/prov#wasDerivedFrom> <{sent}> .",
                ]
            store.add_graph(doc, ("\n".join(lines) + "\n").encode())
            triples += len(lines)
    return triples


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(port: int, proc: subprocess.Popen, seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server on port {port} exited with {proc.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise SystemExit(f"server on port {port} did not start within {seconds:g} s")


async def _client(host: str, port: int, requests: list[bytes], latencies: list[float], errors: list[str]) -> None:
    """One keep-alive connection sending its share of requests one after another."""
    reader, writer = await asyncio.open_connection(host, port)
    try:
        for request in requests:
            started = time.perf_counter()
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            status = head[9:12]
            length = None
            chunked = False
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                name = name.strip().lower()
                if name == b"content-length":
                    length = int(value)
                elif name == b"transfer-encoding" and b"chunked" in value.lower():
                    chunked = True
            if chunked:
                while True:
                    size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
                    await reader.readexactly(size + 2)
                    if size == 0:
                        break
            elif length is not None:
                await reader.readexactly(length)
            if status != b"200":
                errors.append(status.decode())
            latencies.append(time.perf_counter() - started)
    finally:
        writer.close()


def make_requests(port: int, path: str, count: int, distinct: bool = False) -> list[bytes]:
    """GET requests cycling through the mix; ``distinct`` makes every text unique (a trailing comment)."""
    out = []
    for i in range(count):
        text = QUERIES[i % len(QUERIES)]
        if distinct:
            text += f"\n# request {i} {time.monotonic_ns()}"
        query = urllib.parse.quote(text)
        out.append(
            f"GET {path}?query={query} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
            f"Accept: application/sparql-results+json\r\n\r\n".encode()
        )
    return out


async def load(
    port: int, path: str, requests: int, clients: int, distinct: bool = False
) -> tuple[float, list[float], list[str]]:
    """Send ``requests`` GET queries over ``clients`` connections; return (req/s, latencies, errors)."""
    all_requests = make_requests(port, path, requests, distinct)
    shares = [all_requests[i::clients] for i in range(clients)]
    latencies: list[float] = []
    errors: list[str] = []
    started = time.perf_counter()
    await asyncio.wait_for(
        asyncio.gather(*(_client("127.0.0.1", port, share, latencies, errors) for share in shares)),
        timeout=120,
    )
    elapsed = time.perf_counter() - started
    return requests / elapsed, latencies, errors


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process and all its descendants (Linux /proc)."""
    parents: dict[int, int] = {}
    times: dict[int, float] = {}
    tick = os.sysconf("SC_CLK_TCK")
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry.name)] = int(fields[1])
        times[int(entry.name)] = (int(fields[11]) + int(fields[12])) / tick
    total, todo = 0.0, [pid]
    while todo:
        current = todo.pop()
        total += times.get(current, 0.0)
        todo.extend(child for child, parent in parents.items() if parent == current)
    return total


def one_round(
    name: str, port: int, path: str, pid: int, args: argparse.Namespace, distinct: bool
) -> tuple[float, float]:
    """One measured round: (requests per second, server CPU microseconds per request)."""
    cpu_before = cpu_seconds(pid)
    rate, latencies, errors = asyncio.run(load(port, path, args.requests, args.clients, distinct))
    cpu = (cpu_seconds(pid) - cpu_before) / args.requests * 1e6
    if errors:
        raise SystemExit(f"{name}: {len(errors)} failed requests (status {errors[0]})")
    latencies.sort()
    print(
        f"  {name:<26} {rate:8.0f} req/s  {cpu:6.0f} us CPU/req   p50 {statistics.median(latencies) * 1000:6.2f} ms"
        f"   p99 {latencies[int(len(latencies) * 0.99) - 1] * 1000:6.2f} ms",
        flush=True,
    )
    return rate, cpu


def compare(
    servers: list[tuple[str, int, str, int]], args: argparse.Namespace, distinct: bool
) -> dict[str, tuple[float, float]]:
    """Rounds alternate between the servers, so that neither gets a quieter machine; medians per server."""
    for _name, port, path, _ in servers:
        asyncio.run(load(port, path, min(args.requests, 400), args.clients, distinct))  # warm-up
    rates: dict[str, list[tuple[float, float]]] = {name: [] for name, _, _, _ in servers}
    for _ in range(args.rounds):
        for name, port, path, pid in servers:
            rates[name].append(one_round(name, port, path, pid, args, distinct))
    return {
        name: (statistics.median(r for r, _ in values), statistics.median(c for _, c in values))
        for name, values in rates.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000, help="requests per round (default 2000)")
    parser.add_argument("--clients", type=int, default=16, help="concurrent connections (default 16)")
    parser.add_argument("--rounds", type=int, default=5, help="measured rounds per server, alternating (default 5)")
    parser.add_argument("--docs", type=int, default=300, help="documents in the synthetic store (default 300)")
    parser.add_argument("--workers", type=int, default=None, help="kg serve worker processes (default: its own)")
    args = parser.parse_args()
    if args.requests > 100_000 or args.clients > 256:
        raise SystemExit("stay bounded: at most 100000 requests and 256 clients")

    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    procs: list[subprocess.Popen] = []
    try:
        store = tmp / "store"
        triples = build_store(store, args.docs)
        print(
            f"store: {args.docs} documents, {triples} triples; {args.requests} requests x {args.rounds} rounds, "
            f"{args.clients} clients, {len(QUERIES)} queries in turn; {os.cpu_count()} CPUs",
            flush=True,
        )
        oxi_bin = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or "oxigraph"
        oxi_port = free_port()
        oxi = subprocess.Popen(
            [
                oxi_bin,
                "serve-read-only",
                "--location",
                str(store),
                "--bind",
                f"127.0.0.1:{oxi_port}",
                "--union-default-graph",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        procs.append(oxi)
        workers = "" if args.workers is None else f", workers={args.workers}"
        kg_ports = {}
        for label, cache_mb in (("kg serve", 64), ("kg serve (no cache)", 0)):
            kg_ports[label] = free_port()
            procs.append(
                subprocess.Popen(
                    [
                        sys.executable,
                        "-c",
                        f"from kg.server import serve; "
                        f"serve({str(store)!r}, port={kg_ports[label]}, cache_mb={cache_mb}{workers})",
                    ],
                    cwd=ROOT,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
        wait_ready(oxi_port, oxi)
        for label, proc in zip(kg_ports, procs[1:]):
            wait_ready(kg_ports[label], proc)

        oxigraph = ("oxigraph serve-read-only", oxi_port, "/query", oxi.pid)
        cached = ("kg serve", kg_ports["kg serve"], "/sparql", procs[1].pid)
        uncached = ("kg serve (no cache)", kg_ports["kg serve (no cache)"], "/sparql", procs[2].pid)
        summary = []
        for workload, distinct, contenders in (
            ("repeated queries (the mix of 6, over and over)", False, [oxigraph, cached, uncached]),
            ("distinct queries (every text unique: no cache hit)", True, [oxigraph, cached]),
        ):
            print(f"{workload}:", flush=True)
            results = compare(contenders, args, distinct)
            base_rate, base_cpu = results[oxigraph[0]]
            for name, (rate, cpu) in results.items():
                ratio = (
                    ""
                    if name == oxigraph[0]
                    else (f"   throughput ratio {rate / base_rate:.2f}, CPU ratio {base_cpu / cpu:.2f}")
                )
                summary.append(
                    f"{workload.split(' (')[0]:<17} {name:<26} {rate:7.0f} req/s {cpu:5.0f} us CPU/req{ratio}"
                )
        print("\nmedians (CPU ratio = oxigraph CPU per request / kg CPU per request; 1.0 = as efficient):")
        print("\n".join(summary))
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
