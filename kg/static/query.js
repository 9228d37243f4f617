// The query page: send the query to /sparql, show the answer. Everything from
// the store is written with textContent, never as HTML.
"use strict";

const PREFIXES = {
  "https://kg.example/ontology#": "kg:",
  "https://kg.example/relation/": "kgr:",
  "https://kg.example/id/entity/": "kge:",
  "https://kg.example/id/doc/": "kgd:",
  "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf:",
  "http://www.w3.org/2000/01/rdf-schema#": "rdfs:",
  "http://www.w3.org/2001/XMLSchema#": "xsd:",
  "http://www.w3.org/2004/02/skos/core#": "skos:",
  "http://www.w3.org/ns/prov#": "prov:",
  "http://purl.org/dc/terms/": "dcterms:",
};

function meta(name) {
  const el = document.querySelector(`meta[name="${name}"]`);
  return el ? el.getAttribute("content") : "";
}

function compact(iri) {
  for (const [ns, prefix] of Object.entries(PREFIXES)) {
    if (iri.startsWith(ns)) return prefix + iri.slice(ns.length);
  }
  return iri;
}

function el(tag, cls, text) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
}

function cell(term) {
  const td = el("td");
  if (!term) return td;
  if (term.type === "uri") {
    td.appendChild(el("span", "iri", compact(term.value))).title = term.value;
  } else if (term.type === "bnode") {
    td.appendChild(el("span", "bnode", "_:" + term.value));
  } else {
    td.appendChild(el("span", "lit", term.value));
    if (term["xml:lang"]) td.appendChild(el("span", "lang", "@" + term["xml:lang"]));
    else if (term.datatype) td.appendChild(el("span", "dt", compact(term.datatype)));
  }
  return td;
}

function isGraphQuery(text) {
  const body = text.replace(/#[^\n]*/g, " ")
    .replace(/^\s*((BASE\s*<[^>]*>|PREFIX\s+[^\s:]*:\s*<[^>]*>)\s*)*/is, "");
  return /^\s*(CONSTRUCT|DESCRIBE)\b/i.test(body);
}

function show(id, text) {
  const node = document.getElementById(id);
  node.textContent = text || "";
  node.hidden = !text;
}

async function run(event) {
  event.preventDefault();
  const text = document.getElementById("query").value;
  const result = document.getElementById("result");
  const button = document.getElementById("run");
  const graph = isGraphQuery(text);
  result.replaceChildren();
  show("error", "");
  show("note", "");
  button.disabled = true;
  show("status", "running…");
  const started = performance.now();
  try {
    const response = await fetch("/sparql", {
      method: "POST",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": graph ? "text/turtle" : "application/sparql-results+json",
      },
      body: new URLSearchParams({ query: text }),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    if (!response.ok) {
      show("status", `HTTP ${response.status} after ${seconds} s`);
      show("error", await response.text());
      return;
    }
    const cap = response.headers.get("X-KG-Truncated");
    if (cap) show("note", `Only the first ${cap} results are shown: the server sends at most ${cap} per query. Add LIMIT/OFFSET or filters to see others.`);
    if (graph) {
      const body = await response.text();
      result.appendChild(el("pre", "graph", body));
      show("status", `graph in ${seconds} s`);
      return;
    }
    const data = await response.json();
    if ("boolean" in data) {
      result.appendChild(el("p", "ask", data.boolean ? "true" : "false"));
      show("status", `answered in ${seconds} s`);
      return;
    }
    const vars = data.head.vars;
    const table = el("table");
    const head = el("tr");
    for (const v of vars) head.appendChild(el("th", "", "?" + v));
    table.appendChild(el("thead")).appendChild(head);
    const tbody = table.appendChild(el("tbody"));
    for (const binding of data.results.bindings) {
      const tr = el("tr");
      for (const v of vars) tr.appendChild(cell(binding[v]));
      tbody.appendChild(tr);
    }
    result.appendChild(table);
    const n = data.results.bindings.length;
    show("status", `${n} row${n === 1 ? "" : "s"} in ${seconds} s`);
  } catch (error) {
    show("status", "");
    show("error", "The server did not answer: " + error.message);
  } finally {
    button.disabled = false;
    updateGraphLink();
  }
}

function updateGraphLink() {
  const link = document.getElementById("graph-link");
  if (meta("kg-view") !== "yes") { link.hidden = true; return; }
  const text = document.getElementById("query").value;
  link.href = "/view?query=" + encodeURIComponent(text);
  link.hidden = false;
}

document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("query-form").addEventListener("submit", run);
  document.getElementById("query").addEventListener("input", updateGraphLink);
  document.getElementById("query").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      document.getElementById("query-form").requestSubmit();
    }
  });
  updateGraphLink();
});
