"""One self-contained HTML page per view: vis-network inlined, data as escaped JSON, a strict CSP.

The script and style of vis-network come from the pyvis package and are
inlined; every string read from a document travels as JSON with ``<``, ``>``
and ``&`` escaped and reaches the page through ``textContent``; a
Content-Security-Policy lets only the page's own scripts (by hash) run.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import re
from html import escape
from importlib import resources
from pathlib import Path
from typing import Any

from pyvis.network import Network


class KGNetwork(Network):
    """A pyvis ``Network`` that renders as a ``kg`` view.

    It is an ordinary pyvis network (``nodes``, ``edges``, ``options``) with
    the view's side data (legend, fact details, counts) in ``kg_data``;
    ``generate_html`` and ``write_html`` use the self-contained template, and
    ``_repr_html_`` shows it inline in Jupyter (a sandboxed iframe).
    """

    kg_data: dict[str, Any]

    def generate_html(self, name: str = "index.html", local: bool = True, notebook: bool = False) -> str:
        """Render the page (pyvis API; ``name``, ``local``, ``notebook`` are ignored)."""
        self.html = render_html(self)
        return self.html

    def _repr_html_(self) -> str:
        height = self.height if self.height.endswith("px") else "640px"
        return (
            f'<iframe srcdoc="{escape(render_html(self), quote=True)}" sandbox="allow-scripts" '
            f'style="width:100%;height:{escape(height)};border:1px solid #ddd"></iframe>'
        )


def render_html(net: Network) -> str:
    """Render a network as one self-contained HTML page.

    The page inlines vis-network from the installed pyvis package and
    fetches nothing; it keeps the vis ``Network`` as ``window.network``.
    """
    data = getattr(net, "kg_data", None) or _plain_kg_data(net)
    physics = _physics_enabled(net.options)
    payload = {
        **data,
        "nodes": net.nodes,
        "edges": net.edges,
        "options": net.options if isinstance(net.options, dict) else json.loads(net.options.to_json()),
        "physics": physics,
    }
    vis_js, vis_css = _vis_assets()
    app_js, app_css = _static("view.js"), _static("view.css")
    # Only these exact scripts and styles may run: an injected <script> or style attribute would not.
    csp = (
        f"default-src 'none'; script-src {_hashes(vis_js, app_js)}; style-src {_hashes(vis_css, app_css)}; "
        "img-src data: blob:; font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'"
    )
    template = _template()
    return template.render(
        title=data.get("title") or "kg view",
        csp=csp,
        vis_css=vis_css,
        app_css=app_css,
        vis_js=vis_js,
        app_js=app_js,
        data_json=_script_json(payload),
    )


def write_html(net: Network, path: str | Path) -> Path:
    """Write the network's self-contained page to ``path`` and return the path."""
    path = Path(path)
    path.write_text(render_html(net), encoding="utf-8", newline="\n")
    return path


def _plain_kg_data(net: Network) -> dict[str, Any]:
    """Side data for a pyvis network that ``build_network`` did not make."""
    return {
        "title": net.heading or "network",
        "counts": {},
        "shown": {"nodes": len(net.nodes), "edges": len(net.edges)},
        "omitted": 0,
        "omitted_note": "",
        "scope": "",
        "focus": None,
        "types": [],
        "relations": [],
        "info": {},
        "facts": {},
        "docs": {},
        "layout": "physics",
    }


def _physics_enabled(options: Any) -> bool:
    if isinstance(options, dict):
        return bool(options.get("physics", {}).get("enabled", True))
    return bool(options.physics.enabled)


def _static(name: str) -> str:
    text = resources.files("kg").joinpath("static", "view", name).read_text(encoding="utf-8")
    return text.replace("\r\n", "\n")


@functools.lru_cache(maxsize=1)
def _template() -> Any:
    from jinja2 import Environment

    return Environment(autoescape=True, keep_trailing_newline=True).from_string(_static("template.html"))


@functools.lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    """vis-network's script and style, read from the installed pyvis package."""
    import pyvis

    lib = Path(pyvis.__file__).parent / "templates" / "lib"
    folder = max(
        (p for p in lib.glob("vis-*") if (p / "vis-network.min.js").exists()),
        key=lambda p: tuple(int(x) for x in re.findall(r"\d+", p.name)),
    )
    js = (folder / "vis-network.min.js").read_text(encoding="utf-8").replace("\r\n", "\n")
    css = (folder / "vis-network.css").read_text(encoding="utf-8").replace("\r\n", "\n")
    # 200 kB of the style are icons of the navigation and editing buttons, which views turn off
    css = "\n".join(rule for rule in re.findall(r"[^{}]+\{[^{}]*\}", css) if "data:image" not in rule)
    js = re.sub(r"\n//# sourceMappingURL=\S*\s*$", "\n", js)  # DevTools would fetch the map
    # An inline <script> or <style> ends at the first "</script" or "</style", even inside a string.
    js = re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE)
    css = re.sub(r"</(style)", r"\\3c/\1", css, flags=re.IGNORECASE)
    return js, css


def _hashes(*sources: str) -> str:
    """CSP source expressions allowing exactly these inline scripts or styles."""
    return " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'" for s in sources)


def _script_json(value: Any) -> str:
    """JSON that is safe inside a <script> element: no markup characters survive."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )
