"""Benchmark of kg views: time to write and to open views of synthetic graphs.

Builds graphs of 200, 2,000 and 20,000 entities following docs/graph-model.md
(about 1.5 facts per entity, one document per 50 entities, amounts and dates
on some facts), then for each: the time to build and write the page, its
size, and the time headless Chromium takes to open it until the layout is
stable (physics off, or drawn when the layout came from Python). Each size
is drawn twice: with the default ``max_nodes`` and with every node.

Run: ``.venv/bin/python bench/view.py [--sizes 200,2000,20000] [--out bench/out]``

``--screenshot PNG --store DIR`` instead takes the README's picture: the view
of a store (``kg build examples/alibaba_cloud_fr.txt --store DIR``) with its
most important entity selected.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import pyoxigraph

from kg.viz.drawing import build_network
from kg.viz.model import DEFAULT_MAX_NODES
from kg.viz.page import write_html

KG = "https://kg.example/ontology#"
KGE = "https://kg.example/id/entity/"
KGD = "https://kg.example/id/doc/"
KGR = "https://kg.example/relation/"
KGV = "https://kg.example/id/value/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
XSD = "http://www.w3.org/2001/XMLSchema#"
PROV = "http://www.w3.org/ns/prov#wasDerivedFrom"
TYPES = ["Organization", "Person", "Place", "Product", "Event"]
RELATIONS = [
    ("investir", "invests"),
    ("acquérir", "acquires"),
    ("annoncer", "announces"),
    ("être_situé_dans", "locatedIn"),
    ("diriger", "holdsRole"),
    ("vendre", None),
]
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def synthetic_store(n_entities: int, *, seed: int = 1) -> pyoxigraph.Store:
    """A store with ``n_entities`` entities and about 1.5 facts each, in documents of 50."""
    rng = random.Random(seed)
    lines: list[str] = []

    def iri(x: str) -> str:
        return f"<{x}>"

    def lit(text: str, lang: str | None = "fr", datatype: str | None = None) -> str:
        body = '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return body + (f"^^<{datatype}>" if datatype else f"@{lang}" if lang else "")

    entities = [f"{KGE}{TYPES[i % 5].lower()}-{i}" for i in range(n_entities)]
    # preferential attachment: a few hubs, many leaves, as in real news graphs
    weights = [1.0 / (1 + i) ** 0.8 for i in range(n_entities)]
    for d in range(max(1, n_entities // 50)):
        doc = f"{KGD}{d:064x}"
        g = iri(doc)

        def quad(s: str, p: str, o: str, g: str = g) -> None:
            lines.append(f"{s} {iri(p)} {o} {g} .")

        quad(g, RDF_TYPE, iri(KG + "Document"))
        quad(g, "http://purl.org/dc/terms/identifier", lit(f"{d:064x}", None))
        quad(g, "http://purl.org/dc/terms/title", lit(f"Dépêche {d}"))
        members = range(d * 50, min(n_entities, (d + 1) * 50))
        for i in members:
            e = iri(entities[i])
            quad(e, RDF_TYPE, iri(KG + TYPES[i % 5]))
            quad(e, LABEL, lit(f"{TYPES[i % 5]} {i}"))
        for k in range(int(len(members) * 1.5)):
            i = rng.choice(list(members))
            j = rng.choices(range(n_entities), weights=weights)[0] if rng.random() < 0.5 else rng.choice(list(members))
            open_rel, canonical = rng.choice(RELATIONS)
            sent = iri(f"{doc}/s/{k}")
            st = iri(f"{doc}/fact/{k}")
            quad(sent, RDF_TYPE, iri(KG + "Sentence"))
            quad(sent, KG + "text", lit(f"Phrase {k} : {TYPES[i % 5]} {i} {open_rel} {TYPES[j % 5]} {j}."))
            quad(sent, KG + "inDocument", g)
            quad(st, RDF_TYPE, iri(KG + "Statement"))
            quad(st, KG + "subject", iri(entities[i]))
            quad(st, KG + "relationText", lit(open_rel.replace("_", " ")))
            quad(st, KG + "inDocument", g)
            quad(st, KG + "relation", iri(f"{KGR}fr/{open_rel}"))
            if canonical:
                quad(st, KG + "canonicalRelation", iri(KG + canonical))
            if open_rel == "investir" and rng.random() < 0.5:
                amount = rng.choice([28, 3, 450, 12]) * 10 ** rng.choice([6, 9])
                money = iri(f"{KGV}money/USD/{amount}")
                quad(money, RDF_TYPE, iri(KG + "MonetaryAmount"))
                quad(money, KG + "numericValue", lit(str(amount), None, XSD + "decimal"))
                quad(money, KG + "currency", lit("USD", None))
                quad(st, KG + "object", money)
                quad(st, KG + "amount", money)
                arg = iri(f"{doc}/fact/{k}/arg/1")
                year = rng.choice([2023, 2024, 2025])
                when = iri(f"{KGV}date/{year}")
                quad(when, RDF_TYPE, iri(KG + "Date"))
                quad(when, KG + "date", lit(str(year), None, XSD + "gYear"))
                quad(st, KG + "argument", arg)
                quad(arg, RDF_TYPE, iri(KG + "Argument"))
                quad(arg, KG + "position", lit("1", None, XSD + "integer"))
                quad(arg, KG + "role", lit("d'ici à", None))
                quad(arg, KG + "text", lit(str(year)))
                quad(arg, KG + "value", when)
            else:
                quad(st, KG + "object", iri(entities[j]))
            quad(st, KG + "negated", lit("false", None, XSD + "boolean"))
            quad(st, KG + "confidence", lit(f"{rng.random():.2f}", None, XSD + "decimal"))
            quad(st, PROV, sent)
        for open_rel, _ in RELATIONS:
            quad(iri(f"{KGR}fr/{open_rel}"), RDF_TYPE, iri(KG + "Relation"))
            quad(iri(f"{KGR}fr/{open_rel}"), LABEL, lit(open_rel.replace("_", " ")))
    store = pyoxigraph.Store()
    store.load("\n".join(lines).encode(), format=pyoxigraph.RdfFormat.N_QUADS)
    return store


def open_seconds(browser, path: Path) -> float:
    """Seconds from navigation to a stable layout, in a fresh page."""
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
    start = time.perf_counter()
    page.goto(path.resolve().as_uri())
    page.wait_for_function("() => window.kgView && window.kgView.ready", timeout=300_000, polling=50)
    elapsed = time.perf_counter() - start
    page.close()
    return elapsed


def screenshot(store_dir: str, png: Path, chromium: str) -> None:
    """Picture of a store's view, its most important entity selected, as a reader would see it."""
    from playwright.sync_api import sync_playwright

    from kg.store import open_store

    with open_store(store_dir, create=False, read_only=True) as store:
        net = build_network(store)
    page_path = write_html(net, png.with_suffix(".html"))
    top = max((n for n in net.nodes if n["shape"] == "dot"), key=lambda n: n["size"])
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 860})
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
        page.goto(page_path.resolve().as_uri())
        page.wait_for_function("() => window.kgView && window.kgView.ready", timeout=60_000)
        # Selected through the API, not the search box: the picture shows every node in full colour.
        page.evaluate("id => { network.selectNodes([id]); window.kgView.showNode(id); }", top["id"])
        page.evaluate("() => network.fit({animation: false})")
        page.wait_for_timeout(300)
        page.screenshot(path=str(png))
        browser.close()
    page_path.unlink()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="200,2000,20000")
    parser.add_argument("--out", default="bench/out", type=Path)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--screenshot", type=Path, help="write a picture of --store's view here, and stop")
    parser.add_argument("--store", help="store to picture with --screenshot")
    args = parser.parse_args(argv)
    if args.screenshot:
        screenshot(args.store or "kg-store", args.screenshot, args.chromium)
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    from playwright.sync_api import sync_playwright

    print(
        f"{'entities':>8} {'max_nodes':>9} {'nodes':>6} {'edges':>6} {'layout':>7} "
        f"{'build s':>8} {'write s':>8} {'MB':>6} {'open s':>7}"
    )
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
        for size in (int(s) for s in args.sizes.split(",")):
            store = synthetic_store(size)
            for max_nodes in (DEFAULT_MAX_NODES, None):
                if max_nodes is not None and size <= max_nodes:
                    continue
                t0 = time.perf_counter()
                net = build_network(store, max_nodes=max_nodes)
                t1 = time.perf_counter()
                path = write_html(net, args.out / f"view-{size}-{max_nodes or 'all'}.html")
                t2 = time.perf_counter()
                opened = open_seconds(browser, path)
                print(
                    f"{size:>8,} {max_nodes or 'all'!s:>9} {len(net.nodes):>6} {len(net.edges):>6} "
                    f"{net.kg_data['layout']:>7} {t1 - t0:>8.2f} {t2 - t1:>8.2f} "
                    f"{path.stat().st_size / 1e6:>6.1f} {opened:>7.2f}",
                    flush=True,
                )
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
