"""The default view of a real corpus, opened in headless Chromium: what a new user sees first.

Builds a store from the first ``--docs`` DWIE articles and the newsgold
articles (``../shared/benchmarks`` by default, ``KG_KITS_DIR`` to change),
writes its default view, opens it offline (every request blocked), and
prints what is drawn: nodes, how many are phrases, how many labels are big
enough to read at the fitted zoom, and edges. It then checks that the
Documents and Time filters change what is drawn, that clicking an entity
opens its facts, and saves a screenshot (``--screenshot PNG``). It exits
non-zero, naming what failed, when any check fails: the kits are not in the
repository, so this is run by hand rather than by the test suite.

Run: ``.venv/bin/python bench/view_corpus.py [--docs 100] [--screenshot docs/view-corpus.png]``
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from view import CHROMIUM_ARGS  # noqa: E402  (the switches bench/view.py starts Chromium with)

KITS = Path(os.environ.get("KG_KITS_DIR", ROOT.parent / "shared" / "benchmarks"))
CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")

#: Smallest label, in screen pixels at the fitted zoom, that counts as readable.
READABLE_PX = 9


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=100, help="DWIE articles (default 100), plus the newsgold articles")
    parser.add_argument("--screenshot", type=Path, default=None, help="save the view as this PNG")
    args = parser.parse_args()

    import kg

    directory = Path(tempfile.mkdtemp(prefix="kg-view-corpus-"))
    corpus = directory / "docs.jsonl"
    with open(KITS / "dwie" / "docs.jsonl", encoding="utf-8") as source, open(corpus, "w", encoding="utf-8") as out:
        for i, line in enumerate(source):
            if i >= args.docs:
                break
            out.write(line)
    inputs = [str(corpus), *sorted(str(p) for p in (KITS / "newsgold" / "articles").iterdir())]
    started = time.perf_counter()
    summary = kg.build(inputs, store=directory / "store")
    print(f"built {summary.added} documents ({summary.entities} entities) in {time.perf_counter() - started:.0f} s")
    from kg.sparql.card import format_card

    card = kg.show("Germany", store=directory / "store")
    lines = format_card(card).splitlines()
    print(
        f"kg show Germany: {len(lines)} lines, {sum(len(f) for f in card.facts.values())} facts in "
        f"{len(card.facts)} relations, named in {len(card.documents)} documents; first lines:"
    )
    for line in lines[:6]:
        print("   ", line)
    page_path = directory / "view.html"
    kg.view(store=directory / "store", output=page_path)
    print(f"view written: {page_path.stat().st_size / 1e6:.1f} MB")

    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        blocked: list[str] = []
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.route(
            "**/*",
            lambda r: (
                r.continue_() if r.request.url.startswith("file://") else (blocked.append(r.request.url), r.abort())
            ),
        )
        page.goto(page_path.as_uri())
        page.wait_for_function("window.kgView && window.kgView.ready", timeout=60_000)
        page.evaluate("network.fit({animation: false})")
        figures = page.evaluate(
            """px => {
              const shown = network.body.data.nodes.get({filter: n => !n.hidden});
              const scale = network.getScale();
              const kinds = {};
              shown.forEach(n => { const k = (window.kgView.data.info[n.id] || {}).kind || "?"; kinds[k] = (kinds[k] || 0) + 1; });
              const readable = shown.filter(n => n.label && ((n.font && n.font.size) || 14) * scale >= px).length;
              const edges = network.body.data.edges.get({filter: e => !e.hidden}).length;
              return {nodes: shown.length, kinds, readable, edges, scale};
            }""",
            READABLE_PX,
        )
        print(
            f"drawn: {figures['nodes']} nodes ({json.dumps(figures['kinds'])}), {figures['edges']} edges; "
            f"{figures['readable']} labels of {READABLE_PX}px or more at the fitted zoom ({figures['scale']:.2f})"
        )
        edges = "network.body.data.edges.get({filter: e => !e.hidden}).length"
        problems = []
        if set(figures["kinds"]) - {"entity", "value"}:
            problems.append(f"drawn by default: {figures['kinds']} (only entities and values should be)")
        if figures["readable"] < 10:
            problems.append(f"only {figures['readable']} readable labels at the fitted zoom")
        if page.locator("#kg-docs input").count():  # views of this revision on
            page.click("summary:has-text('Documents')")
            biggest = page.evaluate(
                "() => { let best = null, most = -1; document.querySelectorAll('#kg-docs li').forEach(li => {"
                " const n = +li.querySelector('.kg-count').textContent;"
                " if (n > most) { most = n; best = li.querySelector('input').getAttribute('data-kg-doc'); } });"
                " return best; }"
            )
            box = page.locator(f'#kg-docs input[data-kg-doc="{biggest}"]')
            box.uncheck()
            left = page.evaluate(edges)
            print(f"the document with the most facts left out: {left} edges drawn (of {figures['edges']})")
            if left >= figures["edges"]:
                problems.append("leaving a document out changed nothing")
            box.check()
        if page.locator("#kg-time-box").count() and not page.evaluate("document.getElementById('kg-time-box').hidden"):
            page.evaluate(
                "() => { const f = document.getElementById('kg-time-from'); f.value = +f.max - 2;"
                " f.dispatchEvent(new Event('input')); }"
            )
            label = page.inner_text("#kg-time-label")
            kept = page.evaluate(edges)
            print(f"time filter {label}: {kept} edges drawn")
            if kept >= figures["edges"]:
                problems.append("the time filter changed nothing")
            page.evaluate(
                "() => { const f = document.getElementById('kg-time-from'); f.value = f.min;"
                " f.dispatchEvent(new Event('input')); }"
            )
        top = page.evaluate(
            "() => { const info = window.kgView.data.info;"
            " return Object.keys(info).filter(id => info[id].kind === 'entity')"
            ".sort((a, b) => (info[b].facts || []).length - (info[a].facts || []).length)[0]; }"
        )
        point = page.evaluate(
            "id => { network.moveTo({position: network.getPositions([id])[id], scale: 1});"
            " return network.canvasToDOM(network.getPositions([id])[id]); }",
            top,
        )
        box = page.locator("#kg-network canvas").bounding_box()
        page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
        clicked = page.inner_text("#kg-details h2")
        print(f"clicked {clicked!r}: {page.inner_text('#kg-details h3')}")
        if "fact" not in page.inner_text("#kg-details h3"):
            problems.append("clicking the main entity listed no facts")
        if args.screenshot:
            page.evaluate("network.fit({animation: false})")
            page.screenshot(path=str(args.screenshot))
            print(f"screenshot: {args.screenshot}")
        print(f"requests blocked (offline): {len(blocked)}; page errors: {len(errors)}")
        browser.close()
    if blocked:
        problems.append(f"the page asked the network for {blocked[:3]}")
    if errors:
        problems.append(f"page errors: {errors[:3]}")
    if problems:
        sys.exit("FAILED: " + "; ".join(problems))
    print("all checks passed")


if __name__ == "__main__":
    main()
