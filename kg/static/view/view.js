/* kg view: search, filters and detail panels around a vis-network graph.
 * Every string that comes from a document is inserted with textContent,
 * never as markup. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var info = data.info || {};
  var facts = data.facts || {};
  var docs = data.docs || {};

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function plural(n, word, many) {
    return n.toLocaleString("en") + " " + (n === 1 ? word : (many || word + "s"));
  }

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, {}, data.options);
  window.network = network;
  window.kgView = { nodes: nodes, edges: edges, data: data, ready: false };

  /* The most important labels stay readable at any zoom: their font grows as the view zooms out. */
  var READABLE_PX = 11, MOST_IMPORTANT = 25;
  var important = data.nodes.filter(function (n) { return !n.hidden && n.label; })
    .sort(function (a, b) { return (b.size || 0) - (a.size || 0); }).slice(0, MOST_IMPORTANT);
  var baseFont = {};
  important.forEach(function (n) { baseFont[n.id] = (n.font && n.font.size) || 14; });
  var lastScale = null;
  function keepLabelsReadable() {
    var scale = network.getScale();
    if (!scale || scale === lastScale) return;
    lastScale = scale;
    nodes.update(important.map(function (n) {
      var size = Math.min(Math.max(baseFont[n.id], Math.ceil(READABLE_PX / scale)), 120);
      return { id: n.id, font: Object.assign({}, n.font || {}, { size: size }) };
    }));
  }
  var pending = false;
  network.on("zoom", function () {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; keepLabelsReadable(); });
  });

  function ready() {
    if (window.kgView.ready) return;
    keepLabelsReadable();
    window.kgView.ready = true;
    document.documentElement.setAttribute("data-kg-ready", "1");
    document.getElementById("kg-loading").hidden = true;
  }
  if (data.physics) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: false });
      ready();
    });
    var started = performance.now();
    network.on("stabilizationProgress", function (p) {
      document.getElementById("kg-loading").textContent =
        "Laying out… " + Math.round(100 * p.iterations / p.total) + "%";
      // A time budget, whatever the machine: the layout is good enough by then, the page usable.
      if (performance.now() - started > (data.layout_budget_ms || 2000)) network.stopSimulation();
    });
  } else {
    network.once("afterDrawing", ready);
  }
  network.setData({ nodes: nodes, edges: edges });
  if (!data.nodes.length) ready();

  /* Title and counts. */
  var counts = data.counts || {};
  var parts = [];
  if (counts.entities !== undefined) parts.push(plural(counts.entities, "entity", "entities"));
  if (counts.facts !== undefined) parts.push(plural(counts.facts, "fact"));
  if (counts.documents !== undefined) parts.push(plural(counts.documents, "document"));
  var shown = data.shown || {};
  var line = parts.join(" · ");
  if (shown.nodes !== undefined) {
    line += (line ? " — " : "") + "showing " + plural(shown.nodes, "node") + ", " + plural(shown.edges, "link");
  }
  document.getElementById("kg-counts").textContent = line;
  if (data.omitted_note) {
    var om = document.getElementById("kg-omitted");
    om.textContent = data.omitted_note;
    om.hidden = false;
  }

  /* Filters: entity types (the legend) and relations. */
  var hiddenTypes = {}, hiddenRels = {}, hiddenDocs = {};
  function fromHiddenDocs(e) {
    /* An edge goes when every fact it draws comes from a document left out. */
    var ids = e.kgFacts || [e.kgFact];
    return ids.every(function (fid) { var f = facts[fid]; return f && f.document && hiddenDocs[f.document]; });
  }
  var timeWindow = null;  // [from, to] years, once the time filter is moved
  function outOfTime(e) {
    /* An edge goes when every fact it draws is dated outside the window (undated facts stay). */
    if (!timeWindow) return false;
    var ids = e.kgFacts || [e.kgFact];
    return ids.every(function (fid) {
      var y = (facts[fid] || {}).years;
      return y && y.length === 2 && (y[1] < timeWindow[0] || y[0] > timeWindow[1]);
    });
  }
  function applyFilters() {
    var nUpdates = [], eUpdates = [];
    nodes.forEach(function (n) {
      var hide = !!hiddenTypes[n.kgType];
      if (!!n.hidden !== hide) nUpdates.push({ id: n.id, hidden: hide });
    });
    edges.forEach(function (e) {
      var hide = !!hiddenRels[e.kgRel] || fromHiddenDocs(e) || outOfTime(e);
      if (!!e.hidden !== hide) eUpdates.push({ id: e.id, hidden: hide });
    });
    if (nUpdates.length) nodes.update(nUpdates);
    if (eUpdates.length) edges.update(eUpdates);
  }
  function filterList(listId, items, hidden, withColor) {
    var ul = document.getElementById(listId);
    items.forEach(function (item) {
      var li = el("li"), label = el("label"), box = el("input");
      box.type = "checkbox";
      box.checked = !item.hidden;  // phrases start hidden: their box draws them
      if (item.hidden) hidden[item.name] = true;
      box.value = item.name;
      box.setAttribute("data-kg-filter", item.name);
      box.addEventListener("change", function () {
        hidden[item.name] = !box.checked;
        applyFilters();
      });
      label.appendChild(box);
      if (withColor) {
        var sw = el("span", "", item.shape === "box" ? "kg-swatch kg-box" : "kg-swatch");
        if (item.shape === "box") sw.style.borderColor = item.color;
        else sw.style.background = item.color;
        label.appendChild(sw);
      }
      label.appendChild(el("span", item.name, "kg-filter-name"));
      label.appendChild(el("span", item.count, "kg-count"));
      li.appendChild(label);
      ul.appendChild(li);
    });
  }
  filterList("kg-types", data.types || [], hiddenTypes, true);
  filterList("kg-relations", data.relations || [], hiddenRels, false);

  /* Colours: by type (the legend) or by community (groups of nodes linked more among themselves). */
  if (data.communities > 1) {
    var byType = {};
    data.nodes.forEach(function (n) { byType[n.id] = n.color; });
    var palette = data.community_colors || [];
    document.getElementById("kg-colour-box").hidden = false;
    document.getElementById("kg-colour").addEventListener("change", function (ev) {
      var community = ev.target.value === "community";
      nodes.update(data.nodes.filter(function (n) { return n.kgCommunity !== undefined; }).map(function (n) {
        return { id: n.id, color: community ? palette[n.kgCommunity % palette.length] : byType[n.id] };
      }));
    });
  }

  /* Time: two sliders over the years the facts are about (their date, else their document's). */
  var years = [];
  Object.keys(facts).forEach(function (fid) { (facts[fid].years || []).forEach(function (y) { years.push(y); }); });
  if (years.length) {
    var first = Math.min.apply(null, years), last = Math.max.apply(null, years);
    if (last > first) {
      var from = document.getElementById("kg-time-from"), to = document.getElementById("kg-time-to");
      var label = document.getElementById("kg-time-label");
      [from, to].forEach(function (input) { input.min = first; input.max = last; });
      from.value = first;
      to.value = last;
      label.textContent = first + " – " + last;
      var moved = function () {
        var a = Math.min(+from.value, +to.value), b = Math.max(+from.value, +to.value);
        timeWindow = a === first && b === last ? null : [a, b];
        label.textContent = a + " – " + b;
        applyFilters();
      };
      from.addEventListener("input", moved);
      to.addEventListener("input", moved);
      document.getElementById("kg-time-box").hidden = false;
    }
  }

  /* Documents, by title: a box keeps or leaves out their facts, the title lists them. */
  var factsOfDoc = {};
  Object.keys(facts).forEach(function (fid) {
    var d = facts[fid].document;
    if (d) (factsOfDoc[d] = factsOfDoc[d] || []).push(fid);
  });
  function docName(id) {
    var d = docs[id] || {};
    return d.title || (d.source ? String(d.source).split("/").pop() : "") || String(id).slice(0, 12);
  }
  Object.keys(factsOfDoc).sort(function (a, b) { return docName(a).localeCompare(docName(b)); }).forEach(function (id) {
    var li = el("li"), label = el("label"), box = el("input"), link = el("a", docName(id), "kg-filter-name");
    box.type = "checkbox";
    box.checked = true;
    box.setAttribute("data-kg-doc", id);
    box.addEventListener("change", function () { hiddenDocs[id] = !box.checked; applyFilters(); });
    link.href = "#";
    link.setAttribute("data-kg-doc-link", id);
    link.addEventListener("click", function (ev) { ev.preventDefault(); showDocument(id); });
    label.appendChild(box);
    li.appendChild(label);
    li.appendChild(link);
    li.appendChild(el("span", factsOfDoc[id].length, "kg-count"));
    document.getElementById("kg-docs").appendChild(li);
  });

  /* Search. */
  // Entities before values and phrases, the most important first: a partial name finds the likeliest node.
  var index = data.nodes.slice().sort(function (a, b) {
    var ka = (info[a.id] || {}).kind === "entity" ? 0 : 1, kb = (info[b.id] || {}).kind === "entity" ? 0 : 1;
    return ka - kb || (b.size || 0) - (a.size || 0);
  }).map(function (n) {
    var i = info[n.id] || { label: String(n.label || n.id) };
    return { id: n.id, names: [i.label].concat(i.aliases || []).map(function (s) { return String(s).toLowerCase(); }) };
  });
  var datalist = document.getElementById("kg-labels");
  Object.keys(info).filter(function (id) { return info[id].kind === "entity"; }).slice(0, 5000).forEach(function (id) {
    var o = document.createElement("option");
    o.value = info[id].label;
    datalist.appendChild(o);
  });
  function find(query) {
    var q = query.trim().toLowerCase();
    if (!q) return null;
    var tests = [
      function (s) { return s === q; },
      function (s) { return s.indexOf(q) === 0; },
      function (s) { return s.indexOf(q) >= 0; }
    ];
    for (var t = 0; t < tests.length; t++) {
      for (var k = 0; k < index.length; k++) {
        if (index[k].names.some(tests[t])) return index[k].id;
      }
    }
    return null;
  }
  function focusNode(id) {
    var n = nodes.get(id);
    if (n && n.hidden) {
      hiddenTypes[n.kgType] = false;
      var box = document.querySelector('#kg-types input[value="' + CSS.escape(n.kgType) + '"]');
      if (box) box.checked = true;
      applyFilters();
    }
    network.selectNodes([id]);
    highlight(id);
    network.focus(id, { scale: 1.4, animation: { duration: 300, easingFunction: "easeInOutQuad" } });
    showNode(id);
  }
  document.getElementById("kg-search").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var query = document.getElementById("kg-search-input").value;
    var status = document.getElementById("kg-search-status");
    var id = find(query);
    if (id === null) {
      status.textContent = query.trim() ? "No entity matches “" + query.trim() + "”." : "";
      return;
    }
    status.textContent = "Found " + (info[id] ? info[id].label : id) + ".";
    focusNode(id);
  });

  /* Detail panels. */
  var details = document.getElementById("kg-details");
  var HINT = "Click an entity to list its facts, or a link to see the statement and its sentence.";
  function row(dl, name, value) {
    if (value === undefined || value === null || value === "") return;
    dl.appendChild(el("dt", name));
    dl.appendChild(el("dd", value));
  }
  function factLine(f) {
    var s = (f.negated ? "NOT: " : "") + [f.subject, f.relation, f.object].filter(Boolean).join(" — ");
    (f.arguments || []).forEach(function (a) {
      s += " — " + (a.role || "with") + " " + (a.value || a.text);
    });
    if (f.modality) s += " (" + f.modality + ")";
    return s;
  }
  function source(f) {
    var box = el("div", null, "kg-source");
    if (f.sentence) box.appendChild(el("blockquote", f.sentence));
    if (f.document) {
      var d = docs[f.document] || {};
      var name = d.title || d.source || "";
      box.appendChild(el("div", "Document: " + (name ? name + " " : "") + "(" + String(f.document).slice(0, 12) + ")" +
        (d.date ? ", " + d.date : ""), "kg-muted"));
    }
    return box;
  }
  var edgeOfFact = {};
  data.edges.forEach(function (e) {
    (e.kgFacts || [e.kgFact]).forEach(function (fid) { if (!(fid in edgeOfFact)) edgeOfFact[fid] = e.id; });
  });
  function edgeOf(factId) { return factId in edgeOfFact ? edgeOfFact[factId] : null; }
  function showNode(id) {
    var i = info[id] || { label: String(id) };
    clear(details);
    details.appendChild(el("h2", i.label));
    var kind = i.kind && i.kind !== "entity" ? " (" + i.kind + ")" : "";
    details.appendChild(el("p", (i.type || "") + kind, "kg-muted"));
    if (i.aliases && i.aliases.length) details.appendChild(el("p", "Also called: " + i.aliases.join(", "), "kg-muted"));
    if (i.iri) details.appendChild(el("p", i.iri, "kg-iri"));
    var list = factList(i.facts || [], function (fid) {
      var eid = edgeOf(fid);
      return eid === null ? null : function () { network.selectEdges([eid]); showEdge(eid); };
    }, source);
    details.appendChild(el("h3", plural(list.children.length, "fact")));
    details.appendChild(list);
    if (i.more_facts) details.appendChild(el("p", "… and " + plural(i.more_facts, "less confident fact") +
      " not listed here (query the store for all of them).", "kg-muted"));
  }
  function showDocument(id) {
    var d = docs[id] || {};
    clear(details);
    details.appendChild(el("h2", docName(id)));
    details.appendChild(el("p", [d.date, d.source, String(id).slice(0, 12)].filter(Boolean).join(" · "), "kg-muted"));
    var list = factList(factsOfDoc[id] || [], function (fid) {
      var eid = edgeOf(fid);
      return eid === null ? null : function () { network.selectEdges([eid]); showFact(facts[fid]); };
    }, function (f) { return f.sentence ? el("blockquote", f.sentence) : null; });
    details.appendChild(el("h3", plural(list.children.length, "fact")));
    details.appendChild(list);
  }
  /* A list of facts: each a link when ``open`` gives it an action, with what ``detail`` adds below it. */
  function factList(ids, open, detail) {
    var list = el("ol", null, "kg-facts");
    ids.forEach(function (fid) {
      var f = facts[fid];
      if (!f) return;
      var li = el("li"), action = open(fid);
      if (action) {
        var a = el("a", factLine(f));
        a.href = "#";
        a.addEventListener("click", function (ev) { ev.preventDefault(); action(); });
        li.appendChild(a);
      } else {
        li.appendChild(el("span", factLine(f)));
      }
      var more = detail(f);
      if (more) li.appendChild(more);
      list.appendChild(li);
    });
    return list;
  }
  function quoted(main, text) {
    return main + (text && text !== main ? " (“" + text + "”)" : "");
  }
  function showEdge(id) {
    var e = edges.get(id);
    if (!e) return;
    var many = (e.kgFacts || []).filter(function (fid) { return facts[fid]; });
    if (many.length > 1) {
      /* One edge for several facts: list them, each opening its statement. */
      clear(details);
      details.appendChild(el("h2", plural(many.length, "fact") + ": " + e.label.replace(/ ×\d+$/, "")));
      details.appendChild(factList(many, function (fid) {
        return function () { showFact(facts[fid]); };
      }, source));
      return;
    }
    showFact(facts[e.kgFact] || { relation: e.label });
  }
  function showFact(f) {
    clear(details);
    details.appendChild(el("h2", factLine(f)));
    var dl = el("dl");
    row(dl, "Subject", quoted(f.subject, f.subject_text));
    row(dl, "Relation", quoted(f.open_relation || f.relation, f.relation_text));
    row(dl, "Canonical", f.canonical);
    row(dl, "Object", (f.object_qualifier ? f.object_qualifier + " " : "") + quoted(f.object, f.object_text));
    (f.arguments || []).forEach(function (a) {
      var name = "Argument: " + (a.role || "with") + (a.role_type ? " (" + a.role_type + ")" : "");
      row(dl, name, (a.text || a.value) + (a.value && a.value !== a.text ? " = " + a.value : "") +
        (a.qualifier ? " [" + a.qualifier + "]" : ""));
    });
    row(dl, "Negated", f.negated ? "yes" : "no");
    row(dl, "Modality", f.modality);
    row(dl, "Attribution", f.attribution);
    row(dl, "Confidence", f.confidence);
    row(dl, "Extractor", f.extractor);
    (f.other || []).forEach(function (kv) { row(dl, kv[0], kv[1]); });
    details.appendChild(dl);
    if (f.sentence || f.document) {
      details.appendChild(el("h3", "Source"));
      details.appendChild(source(f));
    }
    if (f.id && String(f.id).indexOf("triple:") !== 0) details.appendChild(el("p", f.id, "kg-iri"));
  }
  /* Selecting a node fades what is not next to it (small views only: it rewrites every node). */
  var faded = false;
  function highlight(id) {
    if (data.nodes.length > 1000) return;
    var near = {};
    near[id] = true;
    network.getConnectedNodes(id).forEach(function (n) { near[n] = true; });
    nodes.update(data.nodes.map(function (n) { return { id: n.id, opacity: near[n.id] ? 1 : 0.25 }; }));
    faded = true;
  }
  function unhighlight() {
    if (!faded) return;
    nodes.update(data.nodes.map(function (n) { return { id: n.id, opacity: 1 }; }));
    faded = false;
  }
  network.on("selectNode", function (params) { highlight(params.nodes[0]); });
  network.on("deselectNode", unhighlight);
  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });
  document.getElementById("kg-fit").addEventListener("click", function () {
    network.fit({ animation: false });
    keepLabelsReadable();
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape" && ev.target === document.body) {
      network.unselectAll();
      unhighlight();
      clear(details);
      details.appendChild(el("p", HINT, "kg-muted"));
    }
  });
  window.kgView.find = function (q) { var id = find(q); if (id !== null) focusNode(id); return id; };
  window.kgView.showNode = showNode;
  window.kgView.showEdge = showEdge;

  if (data.focus && info[data.focus]) {
    network.once("afterDrawing", function () { network.selectNodes([data.focus]); showNode(data.focus); });
  }
})();
