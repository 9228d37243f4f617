"""kg views in a real browser: headless Chromium driven by Playwright.

Skipped with a reason when Chromium or Playwright is missing, unless
``KG_REQUIRE_BROWSER=1`` (CI), where a missing browser is a failure.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.viz.drawing import build_network
from kg.viz.page import write_html
from kg.viz.projection import graph_to_networkx
from tests.viz.graphs import ALIBABA, EVIL, EVIL_GRAPH, make_store

pytestmark = pytest.mark.browser

JEFF = "https://kg.example/id/entity/jeff-zhang"
ALIBABA_IRI = "https://kg.example/id/entity/alibaba"


class Page:
    """A view opened offline, with the console and every request recorded."""

    def __init__(self, browser, path: Path):
        self.page = browser.new_page(viewport={"width": 1280, "height": 800})
        self.errors: list[str] = []
        self.blocked: list[str] = []
        self.page.on("console", lambda m: m.type in ("error", "warning") and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.route("**/*", self._route)
        self.page.goto(path.as_uri())
        self.page.wait_for_function("() => window.kgView && window.kgView.ready", timeout=20_000)

    def _route(self, route):
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def js(self, script: str, arg=None):
        return self.page.evaluate(script, arg)

    def click_canvas(self, x: float, y: float) -> None:
        box = self.page.locator("#kg-network canvas").bounding_box()
        self.page.mouse.click(box["x"] + x, box["y"] + y)

    def node_point(self, node_id: str) -> tuple[float, float]:
        """Where a node is on screen, once the view is centred on it at scale 1."""
        p = self.js(
            """id => { network.moveTo({position: network.getPositions([id])[id], scale: 1});
            return network.canvasToDOM(network.getPositions([id])[id]); }""",
            node_id,
        )
        return p["x"], p["y"]

    def edge_point(self, edge_id: str) -> tuple[float, float]:
        """Where the middle of a link is on screen, once the view is centred on it at scale 1."""
        p = self.js(
            """id => { const middle = network.body.edges[id].edgeType.getPoint(0.5);
            network.moveTo({position: middle, scale: 1}); return network.canvasToDOM(middle); }""",
            edge_id,
        )
        return p["x"], p["y"]

    def close(self) -> None:
        self.page.close()


@pytest.fixture()
def open_view(browser, tmp_path):
    pages = []

    def open_(net, name: str = "view.html") -> Page:
        page = Page(browser, write_html(net, tmp_path / name))
        pages.append(page)
        return page

    yield open_
    for page in pages:
        page.close()


@pytest.fixture()
def store():
    return make_store(ALIBABA)


def test_loads_offline_with_counts_of_the_graph(open_view, store):
    graph = graph_to_networkx(store)
    page = open_view(build_network(store))
    assert page.errors == []
    assert page.blocked == []
    counts = page.js("[network.body.data.nodes.length, network.body.data.edges.length]")
    assert counts == [graph.number_of_nodes(), graph.number_of_edges()]
    assert page.js("network.physics.options.enabled") is False  # physics stops once stable
    text = page.page.inner_text("#kg-counts")
    assert "4 entities · 4 facts · 1 document" in text


def test_search_focuses_entity(open_view, store):
    page = open_view(build_network(store))
    page.page.fill("#kg-search-input", "jeff")
    page.page.click("#kg-search button")
    assert page.js("network.getSelectedNodes()") == [JEFF]
    assert page.page.inner_text("#kg-details h2") == "Jeff Zhang"
    faded = page.js("network.body.data.nodes.get({filter: n => n.opacity === 0.25}).map(n => n.label)")
    assert "Jeff Zhang" not in faded and "Chine" in faded  # Jeff's neighbours stay, the rest fades
    page.page.fill("#kg-search-input", "ALI")  # a prefix finds the most important entity it starts
    page.page.click("#kg-search button")
    assert page.js("network.getSelectedNodes()") == [ALIBABA_IRI]
    page.page.fill("#kg-search-input", "nobody here")
    page.page.press("#kg-search-input", "Enter")
    assert "No entity matches" in page.page.inner_text("#kg-search-status")


def test_filters_hide_types_and_relations(open_view, store):
    page = open_view(build_network(store))
    page.page.uncheck('#kg-types input[value="Person"]')
    hidden = page.js("network.body.data.nodes.get({filter: n => n.hidden}).map(n => n.id)")
    assert hidden == [JEFF]
    page.page.check('#kg-types input[value="Person"]')
    assert page.js("network.body.data.nodes.get({filter: n => n.hidden}).length") == 0
    page.page.click("text=Relations")
    page.page.uncheck('#kg-relations input[value="investit"]')  # French facts, French labels
    hidden_edges = page.js("network.body.data.edges.get({filter: e => e.hidden}).map(e => e.label)")
    assert hidden_edges == ["investit"]


def test_phrases_are_drawn_only_when_asked(open_view):
    from tests.viz.graphs import PHRASE

    page = open_view(build_network(make_store(ALIBABA, PHRASE)))
    shown = page.js("network.body.data.nodes.get({filter: n => !n.hidden}).map(n => n.kgType)")
    assert "Text" not in shown and "Place" in shown and "Organization" in shown
    assert page.js("document.querySelector('#kg-types input[value=\"Text\"]').checked") is False
    page.page.check('#kg-types input[value="Text"]')
    assert page.js("network.body.data.nodes.get({filter: n => n.hidden}).length") == 0
    assert page.errors == []


def test_an_edge_of_several_facts_lists_them(open_view):
    from tests.viz.graphs import AGAIN

    page = open_view(build_network(make_store(ALIBABA, AGAIN)))
    edge = page.js("network.body.data.edges.get({filter: e => e.label === 'investit ×2'})[0].id")
    page.click_canvas(*page.edge_point(edge))
    page.page.wait_for_selector("#kg-details h2")
    assert page.page.inner_text("#kg-details h2") == "2 facts: investit"
    items = page.page.locator("#kg-details ol.kg-facts li a")
    assert items.count() == 2
    items.nth(1).click()
    assert "Alibaba — investit — 28 Md USD" in page.page.inner_text("#kg-details h2")
    assert page.errors == []


def test_documents_filter_the_edges_and_list_their_facts(open_view):
    from tests.viz.graphs import AGAIN, AGAIN_DOC

    page = open_view(build_network(make_store(ALIBABA, AGAIN)))
    page.page.click("summary:has-text('Documents')")
    titles = page.js("[...document.querySelectorAll('#kg-docs a')].map(a => a.textContent)")
    assert titles == ["Alibaba confirme", "Alibaba va investir"]
    visible = "network.body.data.edges.get({filter: e => !e.hidden}).map(e => e.label)"
    everything = sorted(page.js(visible))
    page.page.uncheck(f'#kg-docs input[data-kg-doc="{AGAIN_DOC}"]')
    assert sorted(page.js(visible)) == everything  # the other article states the investment too
    page.page.uncheck(f'#kg-docs input[data-kg-doc="{"a" * 64}"]')
    assert page.js(visible) == []
    page.page.click(f'#kg-docs a[data-kg-doc-link="{AGAIN_DOC}"]')
    assert page.page.inner_text("#kg-details h2") == "Alibaba confirme"
    assert page.page.inner_text("#kg-details h3") == "1 fact"
    assert page.errors == []


def test_the_time_filter_keeps_the_facts_of_the_years_chosen(open_view):
    from tests.viz.graphs import REVENUE

    page = open_view(build_network(make_store(ALIBABA, REVENUE)))
    assert page.js("document.getElementById('kg-time-box').hidden") is False
    assert page.page.inner_text("#kg-time-label") == "2019 – 2023"
    visible = "network.body.data.edges.get({filter: e => !e.hidden}).map(e => e.label).sort()"
    everything = page.js(visible)
    assert "réalise un chiffre d'affaires" in everything
    page.js(
        "() => { const f = document.getElementById('kg-time-from'); f.value = 2021;"
        " f.dispatchEvent(new Event('input')); }"
    )
    assert page.page.inner_text("#kg-time-label") == "2021 – 2023"
    kept = page.js(visible)
    assert "investit" in kept and "réalise un chiffre d'affaires" not in kept  # a 2019 fact
    assert page.errors == []


def test_nodes_can_be_coloured_by_community(open_view, store):
    net = build_network(store)
    page = open_view(net)
    assert page.js("document.getElementById('kg-colour-box').hidden") is False
    before = page.js(f"network.body.data.nodes.get('{JEFF}').color")
    page.page.select_option("#kg-colour", "community")
    jeff = next(n for n in net.nodes if n["id"] == JEFF)
    after = page.js(f"network.body.data.nodes.get('{JEFF}').color")
    assert after == net.kg_data["community_colors"][jeff["kgCommunity"]] != before
    page.page.select_option("#kg-colour", "type")
    assert page.js(f"network.body.data.nodes.get('{JEFF}').color") == before
    assert page.errors == []


def test_click_node_lists_facts_with_sentences(open_view, store):
    page = open_view(build_network(store))
    page.click_canvas(*page.node_point(ALIBABA_IRI))
    assert page.page.inner_text("#kg-details h2") == "Alibaba"
    facts = page.page.inner_text("#kg-details .kg-facts")
    assert "Alibaba — investit — 28 Md USD — dans son infrastructure cloud — d’ici à 2023 (future)" in facts
    assert "Alibaba va investir 28 milliards de dollars" in facts
    assert "Alibaba va investir (aaaaaaaaaaaa)" in facts  # document title and id


def test_edge_panel_shows_values_and_arguments(open_view, store):
    page = open_view(build_network(store))
    edge = page.js("network.body.data.edges.get({filter: e => e.label === 'investit'})[0].id")
    page.js("id => window.kgView.showEdge(id)", edge)
    details = page.page.inner_text("#kg-details")
    assert "approximately 28 Md USD (“quelque 28 milliards de dollars”)" in details
    assert "d’ici à (DeadlineRole)" in details and "2023 [by]" in details
    assert "future" in details and "0.83" in details


def test_click_edge_shows_statement(open_view, store):
    page = open_view(build_network(store))
    edge = page.js("network.body.data.edges.get({filter: e => e.label === 'être implanté dans'})[0].id")
    page.click_canvas(*page.edge_point(edge))
    details = page.page.inner_text("#kg-details")
    assert "Negated\tyes" in details or "Negated\nyes" in details
    assert "Attribution" in details and "Jeff Zhang" in details
    assert "0.40" in details
    assert "directeur de la technologie d’Alibaba Cloud Intelligence" in details  # its sentence


def test_injected_markup_runs_nothing_and_shows_as_text(open_view):
    store = make_store(ALIBABA, EVIL_GRAPH)
    page = open_view(build_network(store, title=EVIL))
    assert page.js("window.__pwned") is None
    assert page.page.title().startswith('</script><img src=x onerror="window.__pwned=1">')
    assert page.js("document.getElementById('kg-title').textContent") == EVIL
    page.page.fill("#kg-search-input", "</script>")
    page.page.press("#kg-search-input", "Enter")
    assert page.page.inner_text("#kg-details h2").startswith('</script><img src=x onerror="window.__pwned=1">')
    assert page.js("document.querySelector('#kg-details h2').textContent") == EVIL
    evil = page.js("network.getSelectedNodes()[0]")
    page.click_canvas(*page.node_point(evil))
    edge = page.js("network.getConnectedEdges(network.getSelectedNodes()[0])[0]")
    page.js("id => window.kgView.showEdge(id)", edge)
    page.page.wait_for_timeout(300)
    assert page.js("window.__pwned") is None
    assert page.js("document.querySelectorAll('#kg-side img, #kg-side svg, #kg-side b, #kg-side i').length") == 0
    assert "<img src=y onerror=window.__pwned=4>" in page.page.inner_text("#kg-details")
    assert page.errors == []


def test_tooltip_is_plain_text(open_view):
    store = make_store(ALIBABA, EVIL_GRAPH)
    page = open_view(build_network(store))
    evil = "https://kg.example/id/entity/evil"
    box = page.page.locator("#kg-network canvas").bounding_box()
    x, y = page.node_point(evil)
    page.page.mouse.move(box["x"] + x, box["y"] + y)
    page.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000)
    assert page.js("document.querySelector('div.vis-tooltip').children.length") == 0
    assert page.js("document.querySelector('div.vis-tooltip').textContent").startswith(EVIL[:20])
    assert page.js("window.__pwned") is None


def test_screenshot_is_not_blank(open_view, store, tmp_path):
    page = open_view(build_network(store))
    colours = page.js("""() => { const c = document.querySelector('#kg-network canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; const seen = new Set();
        for (let i = 0; i < d.length; i += 16) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
        return seen.size; }""")
    assert colours > 50
    shot = tmp_path / "view.png"
    page.page.screenshot(path=str(shot))
    assert shot.stat().st_size > 20_000


def test_big_view_is_laid_out_in_python(open_view):
    store = make_store(_chain(1200))
    net = build_network(store, max_nodes=None)
    assert net.options["physics"]["enabled"] is False
    assert all("x" in n for n in net.nodes)
    page = open_view(net, "big.html")
    assert page.js("network.body.data.nodes.length") == 1200
    # Zoomed out to show everything, the most important labels stay readable, and stay so when zoomed further.
    readable = """() => network.body.data.nodes.get({filter: n => n.label && !n.hidden})
        .filter(n => (n.font && n.font.size || 14) * network.getScale() >= 11).length"""
    assert page.js("network.getScale()") < 0.5
    assert page.js(readable) == 25
    page.page.mouse.move(800, 400)
    page.page.mouse.wheel(0, 400)  # zoom out further
    page.page.wait_for_timeout(300)
    assert page.js(readable) == 25
    assert page.errors == []


def test_focus_view_selects_the_entity(open_view, store):
    page = open_view(build_network(store, focus="Jeff Zhang"))
    page.page.wait_for_function("() => network.getSelectedNodes().length === 1")
    assert page.page.inner_text("#kg-details h2") == "Jeff Zhang"


def test_any_pyvis_network_renders_self_contained(open_view):
    from pyvis.network import Network

    net = Network(directed=True)
    net.add_node(1, label="one")
    net.add_node(2, label="<b>two</b>")
    net.add_edge(1, 2)
    page = open_view(net)
    assert page.js("network.body.data.nodes.length") == 2
    assert page.errors == [] and page.blocked == []


def test_notebook_output_renders(browser, store, tmp_path):
    """What Jupyter shows (``_repr_html_``: a sandboxed srcdoc iframe) draws the network."""
    page = browser.new_page()
    errors: list[str] = []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    notebook = tmp_path / "notebook.html"
    notebook.write_text(f"<!doctype html><body>{build_network(store)._repr_html_()}</body>", encoding="utf-8")
    page.goto(notebook.as_uri())
    frame = page.frames[1]
    frame.wait_for_function("() => window.kgView && window.kgView.ready", timeout=20_000)
    assert frame.evaluate("network.body.data.nodes.length") == len(build_network(store).nodes)
    assert errors == []
    page.close()


def test_empty_view_opens(open_view):
    import pyoxigraph

    page = open_view(build_network(pyoxigraph.Store()))
    assert page.js("network.body.data.nodes.length") == 0
    assert page.errors == []


@pytest.mark.parametrize(
    "options, nodes",
    [
        ({"sparql": "CONSTRUCT { ?s kg:holdsPositionAt ?o } WHERE { ?s kg:holdsPositionAt ?o }"}, 2),
        ({"doc": "aaaa"}, 6),
        ({"focus": "Chine", "depth": 1}, 2),
    ],
)
def test_focused_views_open_with_their_counts(open_view, store, options, nodes):
    net = build_network(store, **options)
    assert len(net.nodes) == nodes
    page = open_view(net)
    assert page.js("network.body.data.nodes.length") == nodes
    assert page.errors == []


def _chain(n: int) -> str:
    """A document with ``n`` organizations, each investing in the next and in a hub."""
    doc = "c" * 64
    lines = [
        f"kgd:{doc} {{",
        f'kgd:{doc} a kg:Document ; dcterms:identifier "{doc}" .',
        f'kgd:{doc}/s/0 a kg:Sentence ; kg:text "Synthetic." ; kg:inDocument kgd:{doc} .',
    ]
    for i in range(n):
        lines.append(f'kge:o{i} a kg:Organization ; rdfs:label "Org {i}"@en .')
        target = f"kge:o{(i + 1) % n}" if i % 3 else "kge:o0"
        lines.append(
            f"kgd:{doc}/fact/{i} a kg:Statement ; kg:subject kge:o{i} ; "
            f"kg:relation kgr:en/invest ; kg:object {target} ; prov:wasDerivedFrom kgd:{doc}/s/0 ."
        )
    lines.append("}")
    return "\n".join(lines)
