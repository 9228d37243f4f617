"""kg.viz.page: a self-contained page where no string from a document becomes markup."""

from __future__ import annotations

import html as html_module
import re

from kg.viz.drawing import build_network
from kg.viz.page import render_html, write_html
from tests.viz.graphs import EVIL, page_data


def test_page_is_self_contained(store, tmp_path):
    path = write_html(build_network(store), tmp_path / "view.html")
    html = path.read_text(encoding="utf-8")
    csp = html_module.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html).group(1))
    assert "default-src 'none'" in csp and "unsafe" not in csp  # scripts and styles by hash only
    assert not re.search(r'(src|href)\s*=\s*["\']?(https?:)?//', html)
    assert "cdn" not in html.lower().replace("vis-network", "")[:2000]
    assert "window.network" in html
    assert "vis-network" in html  # inlined library banner


def test_strings_from_documents_never_become_markup(evil_store):
    html = render_html(build_network(evil_store, title=EVIL))
    assert "<title>&lt;/script&gt;&lt;img" in html
    data_json = re.search(r'id="kg-data">(.*?)</script>', html, re.S).group(1)
    for bad in ("<", ">", "&", "\u2028"):
        assert bad not in data_json
    # the only <script elements are the page's three (vis-network's own code mentions "<script>")
    assert re.findall(r"<script[^>]*>", html)[:2] == ['<script type="application/json" id="kg-data">', "<script>"]
    assert html.count("\n<script") == 3
    assert "<img" not in html.split('id="kg-data">')[0]
    labels = {n["label"] for n in page_data(html)["nodes"]}
    assert any(label.startswith("</script><img") for label in labels)


def test_pyvis_api_writes_our_page(store, tmp_path):
    net = build_network(store)
    net.write_html(str(tmp_path / "pyvis.html"))  # pyvis's own method, our template
    html = (tmp_path / "pyvis.html").read_text(encoding="utf-8")
    assert "Content-Security-Policy" in html and "cdn" not in html.split("<script")[0].lower()


def test_notebook_repr_is_sandboxed_iframe(store):
    html = build_network(store)._repr_html_()
    assert html.startswith("<iframe srcdoc=") and 'sandbox="allow-scripts"' in html
