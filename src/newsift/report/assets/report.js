/* newsift report: renders the embedded JSON into overview, map, timeline and tables.
 * Rule of this file: text from documents only ever reaches the page through textContent,
 * the title property or SVG text nodes; links get an href only after safeUrl() accepts them.
 * No innerHTML, no eval, no network. */
(function () {
  "use strict";
  var T0 = performance.now();
  var D = JSON.parse(document.getElementById("newsift-data").textContent);
  var W = JSON.parse(document.getElementById("newsift-world").textContent);
  var SVGNS = "http://www.w3.org/2000/svg";
  var nf = new Intl.NumberFormat("en-US");
  var fmt = function (n) { return n === null || n === undefined ? "" : nf.format(n); };
  var plural = function (n, one, many) { return fmt(n) + " " + (n === 1 ? one : many || one + "s"); };

  // ---------- DOM helpers (text only) ----------
  var BLOCKED_ATTR = /^(on|href$|src$|srcdoc$|action$|formaction$|xlink:href$|style$)/i;
  function setProps(e, p) {
    if (!p) return;
    Object.keys(p).forEach(function (k) {
      var v = p[k];
      if (v === null || v === undefined || v === false) return;
      if (k === "class") e.setAttribute("class", v);
      else if (k === "text") e.textContent = String(v);
      else if (k === "title") e.title = String(v);
      else if (k === "on") Object.keys(v).forEach(function (ev) { e.addEventListener(ev, v[ev]); });
      else if (k === "data") Object.keys(v).forEach(function (dk) { e.dataset[dk] = String(v[dk]); });
      else if (k === "css") Object.keys(v).forEach(function (ck) { e.style[ck] = v[ck]; });
      else if (k === "value") e.value = v;
      else if (k === "checked" || k === "disabled" || k === "open" || k === "selected") e[k] = !!v;
      else if (BLOCKED_ATTR.test(k)) throw new Error("refusing attribute " + k);
      else e.setAttribute(k, String(v));
    });
  }
  function addKids(e, kids) {
    kids.forEach(function (c) {
      if (c === null || c === undefined || c === false) return;
      if (Array.isArray(c)) addKids(e, c);
      else if (typeof c === "string" || typeof c === "number") e.appendChild(document.createTextNode(String(c)));
      else e.appendChild(c);
    });
  }
  function h(tag, props) {
    var e = document.createElement(tag);
    setProps(e, props);
    addKids(e, Array.prototype.slice.call(arguments, 2));
    return e;
  }
  function s(tag, props) {
    var e = document.createElementNS(SVGNS, tag);
    setProps(e, props);
    addKids(e, Array.prototype.slice.call(arguments, 2));
    return e;
  }
  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); return e; }
  function safeUrl(u) {
    if (typeof u !== "string") return null;
    try {
      var x = new URL(u);
      if ((x.protocol === "http:" || x.protocol === "https:") && x.host) return x.href;
    } catch (err) { /* not a URL */ }
    return null;
  }
  function link(url, text) {
    var ok = safeUrl(url);
    if (!ok) return h("span", { text: text || url || "" });
    var a = h("a", { text: text || ok, target: "_blank", rel: "noopener noreferrer nofollow" });
    a.href = ok;
    return a;
  }
  function onEnter(fn) {
    return function (ev) { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); fn(); } };
  }
  function debounce(fn, ms) {
    var t = null;
    return function () { clearTimeout(t); t = setTimeout(fn, ms); };
  }

  // ---------- dates ----------
  var DAY = 864e5;
  function dayOf(v) {
    if (!v || typeof v !== "string") return null;
    var m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(v);
    if (!m) return null;
    var t = Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1);
    return isNaN(t) ? null : Math.floor(t / DAY);
  }
  function dayStr(d) { return new Date(d * DAY).toISOString().slice(0, 10); }

  // ---------- data ----------
  var C = {};
  D.ecols.forEach(function (n, i) { C[n] = i; });
  var DOCS = D.docs;
  var E = D.events.map(function (r, i) {
    var g = function (n) { var v = r[C[n]]; return v === undefined ? null : v; };
    var doc = DOCS[g("doc")] || {};
    var art = artOf(doc, g("k"));
    var e = {
      i: i, doc: g("doc"), k: g("k"), date: g("date"), prec: g("prec"),
      type: g("type") || "(untyped)", sub: g("sub") || "", a1: g("a1") || "", as1: g("as1") || "",
      a2: g("a2") || "", as2: g("as2") || "", loc: g("loc") || "", adm1: g("adm1") || "",
      country: g("country") || "", lat: g("lat"), lon: g("lon"), fat: g("fat"),
      mod: g("mod") || "", claimant: g("claimant") || "", es: g("es"), ee: g("ee"),
      evtext: g("evtext") || "", conf: g("conf"), extractor: g("extractor") || "",
      outlet: g("outlet") || "(unknown outlet)", lang: g("lang") || "?", notes: g("notes") || "",
      gid: g("gid"), id: g("id") || "", title: (art && art.title) || doc.title || "",
      dup: !!doc.dup
    };
    e.day = dayOf(e.date);
    e.actorsLC = [e.a1, e.as1, e.a2, e.as2].join(" | ").toLowerCase();
    e.searchLC = [e.loc, e.adm1, e.country, e.notes, e.evtext, e.title, e.outlet, e.sub, e.claimant,
      e.a1, e.a2].join(" | ").toLowerCase();
    e.hasGeo = typeof e.lat === "number" && typeof e.lon === "number";
    return e;
  });
  function artOf(doc, k) {
    var arts = doc.arts || [];
    for (var j = 0; j < arts.length; j++) if (arts[j].k === k) return arts[j];
    return arts[0] || null;
  }

  var TYPE_COLORS = {
    "Battles": "#c8372d",
    "Explosions/Remote violence": "#e8821e",
    "Violence against civilians": "#7b3fa0",
    "Protests": "#2b7bba",
    "Riots": "#d4489a",
    "Strategic developments": "#3a9a4a"
  };
  var EXTRA = ["#5b6b7c", "#a07b2c", "#1a9a9a", "#8c564b", "#6b8e23", "#b0446a"];
  var typeOrder = D.summary.events_by_type.map(function (x) { return x[0]; });
  var extraUsed = 0;
  typeOrder.forEach(function (t) {
    if (!TYPE_COLORS[t]) TYPE_COLORS[t] = EXTRA[extraUsed++ % EXTRA.length];
  });
  function color(t) { return TYPE_COLORS[t] || "#5b6b7c"; }
  var MOD_ORDER = ["asserted", "reported", "denied", "planned", "speculative"];
  var KIND_NAMES = ["actor", "place", "date", "person", "org", "number"];

  function uniqSorted(vals) {
    var m = new Map();
    vals.forEach(function (v) { m.set(v, (m.get(v) || 0) + 1); });
    return Array.from(m.entries()).sort(function (a, b) { return b[1] - a[1] || String(a[0]).localeCompare(String(b[0])); });
  }

  // ---------- filter state ----------
  var F = { outlet: "", lang: "", type: "", mod: "", actor: "", from: "", to: "", q: "", place: "", nodup: false };
  var filtered = E.slice();
  var listeners = [];
  function passes(e, skipPlace) {
    if (F.outlet && e.outlet !== F.outlet) return false;
    if (F.lang && e.lang !== F.lang) return false;
    if (F.type && e.type !== F.type) return false;
    if (F.mod && e.mod !== F.mod) return false;
    if (F.nodup && e.dup) return false;
    if (F.actor && e.actorsLC.indexOf(F.actor) < 0) return false;
    if (F.fromDay !== null && F.fromDay !== undefined && (e.day === null || e.day < F.fromDay)) return false;
    if (F.toDay !== null && F.toDay !== undefined && (e.day === null || e.day > F.toDay)) return false;
    if (F.q && e.searchLC.indexOf(F.q) < 0) return false;
    if (!skipPlace && F.place && placeKey(e) !== F.place) return false;
    return true;
  }
  function applyFilters() {
    var t = performance.now();
    F.fromDay = dayOf(F.from);
    F.toDay = dayOf(F.to);
    filtered = E.filter(function (e) { return passes(e, false); });
    listeners.forEach(function (fn) { fn(); });
    window.__newsiftTimings.lastFilterMs = performance.now() - t;
  }
  function onFilter(fn) { listeners.push(fn); }
  function placeKey(e) {
    if (!e.hasGeo) return "";
    return e.gid ? "g" + e.gid : e.lat.toFixed(2) + "," + e.lon.toFixed(2);
  }
  window.__newsiftTimings = { loadMs: null, lastFilterMs: null };

  // ---------- layout ----------
  var app = document.getElementById("app");
  var S = D.summary;

  app.appendChild(h("header", { class: "top" },
    h("h1", null, h("span", { class: "brand", text: "newsift" }), " ", D.title === "newsift report" ? "report" : D.title),
    h("span", { class: "sub", text: "generated " + D.generated }),
    h("span", { class: "spacer" }),
    h("span", { class: "sub", text: fmt(S.documents) + " documents · " + fmt(S.events) + " events" })));
  var main = h("main");
  app.appendChild(main);

  // ---------- overview ----------
  function kpi(label, value, note, opts) {
    opts = opts || {};
    return h("div", { class: "kpi", data: { kpi: opts.id || label } },
      h("div", { class: "label", text: label }),
      h("div", { class: "value" + (opts.small ? " small" : ""), text: value }),
      note ? h("div", { class: "note" + (opts.bad ? " bad" : ""), text: note, title: note }) : null);
  }
  var totalSecs = (function () {
    if (typeof D.totals.seconds === "number") return D.totals.seconds;
    var t = 0;
    D.stages.forEach(function (r) { t += r.seconds || 0; });
    return D.stages.length ? t : null;
  })();
  var span = function (sp) { return sp ? (sp[0] === sp[1] ? sp[0] : sp[0] + " → " + sp[1]) : "—"; };
  var langNote = S.languages.slice(0, 5).map(function (x) { return x[0] + " " + x[1]; }).join(" · ");
  var outletNote = S.outlets.slice(0, 3).map(function (x) { return x[0]; }).join(", ");
  main.appendChild(h("section", { class: "kpis", id: "overview" },
    kpi("Documents", fmt(S.documents), plural(S.duplicates, "near-duplicate") + " · " + fmt(S.doc_errors) + " with errors", { id: "documents" }),
    kpi("Articles", fmt(S.articles), plural(S.comments, "reader comment") + " kept apart", { id: "articles" }),
    kpi("Languages", fmt(S.languages.length), langNote, { id: "languages" }),
    kpi("Outlets", fmt(S.outlets.length), outletNote, { id: "outlets" }),
    kpi("Published", span(S.published_span), "events dated " + span(S.event_span), { small: true, id: "span" }),
    kpi("Events", fmt(S.events), plural(D.contested.length, "contested group"), { id: "events" }),
    kpi("Rejected inputs", fmt(S.rejects), S.rejects ? "see the Rejected tab" : "none", { bad: S.rejects > 0, id: "rejects" }),
    kpi("Run time", totalSecs === null ? "—" : totalSecs.toFixed(1) + " s", D.stages.length + " stages timed", { id: "runtime" })));

  function barList(rows, opts) {
    opts = opts || {};
    var max = Math.max.apply(null, rows.map(function (r) { return r[1]; }).concat([1]));
    var box = h("div", { class: "bars" });
    rows.forEach(function (r) {
      var fill = h("div", { class: "bf", css: { width: (100 * r[1] / max).toFixed(1) + "%" } });
      if (opts.color) fill.style.background = opts.color(r[0]);
      var label = h("div", { class: "bl", title: r[0] },
        opts.color ? h("span", { class: "swatch", css: { background: opts.color(r[0]) } }) : null, r[0]);
      if (opts.onClick) {
        label.style.cursor = "pointer";
        label.addEventListener("click", function () { opts.onClick(r[0]); });
      }
      box.appendChild(label);
      box.appendChild(h("div", { class: "bt" }, fill));
      box.appendChild(h("div", { class: "bn", text: fmt(r[1]) }));
    });
    if (!rows.length) box.appendChild(h("div", { class: "muted", text: "none" }));
    return box;
  }
  var modRows = S.events_by_modality.slice().sort(function (a, b) {
    return (MOD_ORDER.indexOf(a[0]) + 99 * (MOD_ORDER.indexOf(a[0]) < 0)) - (MOD_ORDER.indexOf(b[0]) + 99 * (MOD_ORDER.indexOf(b[0]) < 0));
  });
  main.appendChild(h("section", { class: "breakdowns" },
    h("div", { class: "card" }, h("h2", { text: "Events by type" }),
      barList(S.events_by_type, { color: color, onClick: function (t) { setFilter("type", F.type === t ? "" : t); } })),
    h("div", { class: "card" }, h("h2", { text: "Events by modality" }),
      barList(modRows, { onClick: function (m) { setFilter("mod", F.mod === m ? "" : m); } })),
    h("div", { class: "card" }, h("h2", null, "Outlets ", h("span", { class: "count", text: "(articles)" })),
      barList(S.outlets.slice(0, 8), { onClick: function (o) { setFilter("outlet", F.outlet === o ? "" : o); } }))));

  // ---------- filters ----------
  var filterBar = h("section", { class: "filters", id: "filters" });
  main.appendChild(filterBar);
  var inputs = {};
  function selectFilter(key, label, values, labelOf) {
    var sel = h("select", { name: key, "aria-label": label, on: { change: function () { F[key] = sel.value; applyFilters(); } } },
      h("option", { value: "", text: "All" }));
    values.forEach(function (v) {
      sel.appendChild(h("option", { value: v[0], text: (labelOf ? labelOf(v[0]) : v[0]) + " (" + fmt(v[1]) + ")" }));
    });
    inputs[key] = sel;
    return h("label", null, label, sel);
  }
  var actorNames = uniqSorted([].concat.apply([], E.map(function (e) { return [e.a1, e.a2, e.as1, e.as2].filter(Boolean); })));
  var actorList = h("datalist", { id: "actor-list" });
  actorNames.slice(0, 500).forEach(function (a) { actorList.appendChild(h("option", { value: a[0] })); });
  var actorInput = h("input", { type: "search", name: "actor", list: "actor-list", placeholder: "any actor", "aria-label": "Actor",
    on: { input: debounce(function () { F.actor = actorInput.value.trim().toLowerCase(); applyFilters(); }, 150) } });
  inputs.actor = actorInput;
  var qInput = h("input", { type: "search", name: "q", class: "q", placeholder: "place, quote, title…", "aria-label": "Search",
    on: { input: debounce(function () { F.q = qInput.value.trim().toLowerCase(); applyFilters(); }, 150) } });
  inputs.q = qInput;
  function dateInput(key, label) {
    var inp = h("input", { type: "date", name: key, "aria-label": label,
      on: { change: function () { F[key] = inp.value; applyFilters(); } } });
    inputs[key] = inp;
    return h("label", null, label, inp);
  }
  var nodup = h("input", { type: "checkbox", name: "nodup", on: { change: function () { F.nodup = nodup.checked; applyFilters(); } } });
  var placeChip = h("span");
  var fcount = h("div", { class: "fcount", id: "filter-count" });
  filterBar.appendChild(selectFilter("outlet", "Outlet", uniqSorted(E.map(function (e) { return e.outlet; }))));
  filterBar.appendChild(selectFilter("lang", "Language", uniqSorted(E.map(function (e) { return e.lang; }))));
  filterBar.appendChild(selectFilter("type", "Event type", uniqSorted(E.map(function (e) { return e.type; }))));
  filterBar.appendChild(selectFilter("mod", "Modality", uniqSorted(E.map(function (e) { return e.mod || "(none)"; })).filter(function (x) { return x[0] !== "(none)"; })));
  filterBar.appendChild(h("label", null, "Actor", actorInput, actorList));
  filterBar.appendChild(dateInput("from", "From"));
  filterBar.appendChild(dateInput("to", "To"));
  filterBar.appendChild(h("label", null, "Search", qInput));
  filterBar.appendChild(h("label", { class: "inline", title: "Hide events from documents found to be near-duplicates of another" },
    nodup, "hide duplicates"));
  filterBar.appendChild(placeChip);
  filterBar.appendChild(h("button", { class: "btn", type: "button", id: "reset", text: "Reset", on: { click: resetFilters } }));
  filterBar.appendChild(fcount);

  function setFilter(key, value) {
    F[key] = value;
    if (inputs[key]) inputs[key].value = value;
    applyFilters();
  }
  function resetFilters() {
    Object.keys(F).forEach(function (k) { if (typeof F[k] === "string") F[k] = ""; });
    F.nodup = false;
    nodup.checked = false;
    Object.keys(inputs).forEach(function (k) { inputs[k].value = ""; });
    selectedPlace = null;
    applyFilters();
  }
  onFilter(function () {
    clear(fcount).appendChild(h("span", null, h("b", { text: fmt(filtered.length) }), h("br"), "of " + fmt(E.length) + " events"));
    clear(placeChip);
    placeChip.hidden = !F.place;
    if (F.place) {
      var p = placeNames.get(F.place) || F.place;
      placeChip.appendChild(h("span", { class: "chip" }, "place: " + p + " ",
        h("button", { class: "btn small", type: "button", text: "×", title: "Clear the place filter", on: { click: function () { setFilter("place", ""); } } })));
    }
  });

  // ---------- map ----------
  var placeNames = new Map();
  E.forEach(function (e) { var k = placeKey(e); if (k && e.loc && !placeNames.has(k)) placeNames.set(k, e.loc); });
  var vis = h("section", { class: "vis" });
  main.appendChild(vis);
  var mapCard = h("div", { class: "card" });
  var sideCard = h("div", { class: "card side" });
  vis.appendChild(mapCard);
  vis.appendChild(sideCard);
  var mapTitleCount = h("span", { class: "count" });
  mapCard.appendChild(h("h2", null, "Map", mapTitleCount));
  var mapWrap = h("div", { class: "mapwrap", id: "map" });
  mapCard.appendChild(mapWrap);
  var svgMap = s("svg", { role: "img", "aria-label": "Map of events", preserveAspectRatio: "xMidYMid meet" });
  mapWrap.appendChild(svgMap);

  var geoEv = E.filter(function (e) { return e.hasGeo; });
  // central range of many values: a few stray far-away (or long-ago) events must not zoom
  // the whole view out; they stay reachable (zoom out / the note under the timeline)
  function robustRange(vals, share) {
    vals = vals.slice().sort(function (x, y) { return x - y; });
    var n = vals.length, lo = vals[0], hi = vals[n - 1];
    if (n >= 12) {
      var qlo = vals[Math.floor(share * n)], qhi = vals[Math.ceil((1 - share) * n) - 1];
      if (hi - lo > 2.5 * (qhi - qlo) + 1e-9) { lo = qlo; hi = qhi; }
    }
    return [lo, hi];
  }
  var ext = (function () {
    if (!geoEv.length) return { x0: -170, x1: 190, y0: -75, y1: 60 };
    var lons = geoEv.map(function (e) { return e.lon; }), lats = geoEv.map(function (e) { return e.lat; });
    var full = { x0: Math.min.apply(null, lons), x1: Math.max.apply(null, lons), y0: Math.min.apply(null, lats), y1: Math.max.apply(null, lats) };
    if (geoEv.length < 12) return full;
    // the home view centres on the median event and covers 80% of the events
    var med = function (v) { v = v.slice().sort(function (a, b) { return a - b; }); return v[Math.floor(v.length / 2)]; };
    var cx = med(lons), cy = med(lats);
    var dist = geoEv.map(function (e) { return Math.max(Math.abs(e.lon - cx) * Math.cos(cy * Math.PI / 180), Math.abs(e.lat - cy)); });
    var r = Math.max(dist.slice().sort(function (a, b) { return a - b; })[Math.floor(0.8 * dist.length)], 1.5);
    var core = { x0: cx - r / Math.cos(cy * Math.PI / 180), x1: cx + r / Math.cos(cy * Math.PI / 180), y0: cy - r, y1: cy + r };
    var area = function (b) { return (b.x1 - b.x0) * (b.y1 - b.y0); };
    return area(full) > 4 * area(core) ? core : full;
  })();
  var midLat = (ext.y0 + ext.y1) / 2;
  var KX = Math.max(0.45, Math.min(1, Math.cos(midLat * Math.PI / 180)));
  var PX = function (lon) { return lon * KX; };
  var PY = function (lat) { return -lat; };
  var home = (function () {
    var w = Math.max((ext.x1 - ext.x0) * KX, 4), hgt = Math.max(ext.y1 - ext.y0, 3);
    var cx = (ext.x0 + ext.x1) / 2 * KX, cy = -(ext.y0 + ext.y1) / 2;
    return { cx: cx, cy: cy, w: w * 1.5 + 2, h: hgt * 1.5 + 2 };
  })();
  var vb = { x: 0, y: 0, w: 1, h: 1 };
  function fitHome() {
    var r = mapWrap.getBoundingClientRect();
    var asp = (r.width || 800) / (r.height || 470);
    var w = home.w, hh = home.h;
    if (w / hh < asp) w = hh * asp; else hh = w / asp;
    vb = { x: home.cx - w / 2, y: home.cy - hh / 2, w: w, h: hh };
  }
  var gWorld = s("g", { transform: "scale(" + KX + ",1)" });
  var gGrat = s("g");
  var gCLabels = s("g");
  var gPlaces = s("g");
  var gLabels = s("g");
  svgMap.appendChild(s("rect", { x: -400, y: -100, width: 800, height: 200, fill: "#dbe7f1" }));
  svgMap.appendChild(gGrat);
  svgMap.appendChild(gWorld);
  svgMap.appendChild(gCLabels);
  svgMap.appendChild(gPlaces);
  svgMap.appendChild(gLabels);
  (function () {
    var g = s("g", { transform: "scale(" + KX + ",1)" });
    for (var lon = -180; lon <= 180; lon += 10) g.appendChild(s("line", { class: "grat", x1: lon, x2: lon, y1: -85, y2: 85, "vector-effect": "non-scaling-stroke" }));
    for (var lat = -80; lat <= 80; lat += 10) g.appendChild(s("line", { class: "grat", x1: -180, x2: 180, y1: -lat, y2: -lat, "vector-effect": "non-scaling-stroke" }));
    gGrat.appendChild(g);
    W.countries.forEach(function (c) {
      gWorld.appendChild(s("path", { class: "country", d: c[2], "vector-effect": "non-scaling-stroke" }, s("title", { text: c[1] })));
    });
  })();
  var mapLegend = h("div", { class: "maplegend" });
  var mapNote = h("div", { class: "mapnote" });
  mapWrap.appendChild(mapLegend);
  mapWrap.appendChild(mapNote);
  function zoomBy(f, cx, cy) {
    if (cx === undefined) { cx = vb.x + vb.w / 2; cy = vb.y + vb.h / 2; }
    var nw = Math.min(Math.max(vb.w * f, 0.05), 420);
    var k = nw / vb.w;
    vb = { x: cx - (cx - vb.x) * k, y: cy - (cy - vb.y) * k, w: nw, h: vb.h * k };
    drawMap();
  }
  mapWrap.appendChild(h("div", { class: "mapctl" },
    h("button", { class: "btn", type: "button", text: "+", title: "Zoom in", on: { click: function () { zoomBy(1 / 1.6); } } }),
    h("button", { class: "btn", type: "button", text: "−", title: "Zoom out", on: { click: function () { zoomBy(1.6); } } }),
    h("button", { class: "btn", type: "button", text: "⤢", title: "Fit the events", on: { click: function () { fitHome(); drawMap(); } } })));
  svgMap.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var r = svgMap.getBoundingClientRect();
    var cx = vb.x + (ev.clientX - r.left) / r.width * vb.w, cy = vb.y + (ev.clientY - r.top) / r.height * vb.h;
    zoomBy(ev.deltaY > 0 ? 1.25 : 0.8, cx, cy);
  }, { passive: false });
  (function () {
    var drag = null;
    svgMap.addEventListener("pointerdown", function (ev) {
      if (ev.target.classList && ev.target.classList.contains("place")) return;
      drag = { x: ev.clientX, y: ev.clientY, vx: vb.x, vy: vb.y, moved: false };
      svgMap.setPointerCapture(ev.pointerId);
      svgMap.classList.add("dragging");
    });
    svgMap.addEventListener("pointermove", function (ev) {
      if (!drag) return;
      var r = svgMap.getBoundingClientRect();
      var k = vb.w / r.width;
      vb.x = drag.vx - (ev.clientX - drag.x) * k;
      vb.y = drag.vy - (ev.clientY - drag.y) * k;
      svgMap.setAttribute("viewBox", vb.x + " " + vb.y + " " + vb.w + " " + vb.h);
    });
    var end = function () { if (drag) { drag = null; svgMap.classList.remove("dragging"); drawMap(); } };
    svgMap.addEventListener("pointerup", end);
    svgMap.addEventListener("pointercancel", end);
  })();

  var selectedPlace = null;
  var places = [];
  function aggregatePlaces() {
    var m = new Map();
    E.forEach(function (e) {
      if (!e.hasGeo || !passes(e, true)) return;
      var k = placeKey(e);
      var p = m.get(k);
      if (!p) { p = { key: k, lat: e.lat, lon: e.lon, n: 0, types: new Map(), names: new Map(), ev: [] }; m.set(k, p); }
      p.n++;
      p.ev.push(e.i);
      p.types.set(e.type, (p.types.get(e.type) || 0) + 1);
      if (e.loc) p.names.set(e.loc, (p.names.get(e.loc) || 0) + 1);
    });
    places = Array.from(m.values());
    places.forEach(function (p) {
      var best = null, bn = -1;
      p.types.forEach(function (n, t) { if (n > bn) { bn = n; best = t; } });
      p.type = best;
      var nm = null, nn = -1;
      p.names.forEach(function (n, t) { if (n > nn) { nn = n; nm = t; } });
      p.name = nm || (p.lat.toFixed(2) + ", " + p.lon.toFixed(2));
    });
    places.sort(function (a, b) { return b.n - a.n; });
  }
  // circle area grows with the count; the scale is fixed below 30 events so that a map of
  // many one-event places does not turn into a carpet of big discs
  function radius(n, maxN) { return 3 + 21 * Math.sqrt(n / Math.max(maxN, 30)); }
  var MAX_DRAWN = 4000;
  function drawMap() {
    svgMap.setAttribute("viewBox", vb.x + " " + vb.y + " " + vb.w + " " + vb.h);
    var r = svgMap.getBoundingClientRect();
    var upp = vb.w / (r.width || 800); // viewBox units per screen pixel
    clear(gPlaces); clear(gLabels); clear(gCLabels);
    W.countries.forEach(function (c) {
      var sizePx = c[5] * KX / upp;
      if (sizePx < 70) return;
      var x = c[3] * KX, y = -c[4];
      if (x < vb.x || x > vb.x + vb.w || y < vb.y || y > vb.y + vb.h) return;
      gCLabels.appendChild(s("text", { class: "clabel", x: x, y: y, "text-anchor": "middle", "font-size": 10 * upp, "letter-spacing": upp }, c[1]));
    });
    var maxN = places.length ? places[0].n : 1;
    var drawn = places.slice(0, MAX_DRAWN);
    drawn.forEach(function (p) {
      var rpx = radius(p.n, maxN);
      var typesTxt = Array.from(p.types.entries()).sort(function (a, b) { return b[1] - a[1]; })
        .map(function (x) { return x[0] + " " + x[1]; }).join(", ");
      var c = s("circle", {
        class: "place" + (p.key === selectedPlace ? " sel" : ""), cx: PX(p.lon), cy: PY(p.lat), r: rpx * upp,
        fill: color(p.type), "stroke-width": (p.key === selectedPlace ? 2.4 : 1.2) * upp, data: { place: p.key, n: p.n },
        on: { click: function (ev) { ev.stopPropagation(); selectPlace(p.key); } }
      }, s("title", { text: p.name + " — " + fmt(p.n) + " event" + (p.n === 1 ? "" : "s") + " (" + typesTxt + ")" }));
      gPlaces.appendChild(c);
    });
    // label the biggest places, skipping labels that would collide
    var boxes = [];
    drawn.slice(0, 40).forEach(function (p) {
      var rpx = radius(p.n, maxN);
      var x = PX(p.lon) + (rpx + 3) * upp, y = PY(p.lat) + 4 * upp;
      var wpx = Math.min(p.name.length, 28) * 6.6 + (p.n > 1 ? 30 : 0);
      var box = [x, y - 12 * upp, x + wpx * upp, y + 3 * upp];
      if (x < vb.x || x > vb.x + vb.w || y < vb.y || y > vb.y + vb.h) return;
      for (var j = 0; j < boxes.length; j++) {
        var b = boxes[j];
        if (box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1]) return;
      }
      boxes.push(box);
      var name = p.name.length > 28 ? p.name.slice(0, 27) + "…" : p.name;
      gLabels.appendChild(s("text", { class: "plabel", x: x, y: y, "font-size": 11 * upp, "stroke-width": 3 * upp }, name + (p.n > 1 ? " · " + fmt(p.n) : "")));
    });
    var nogeo = filtered.filter(function (e) { return !e.hasGeo; }).length;
    var notes = [];
    if (places.length > MAX_DRAWN) notes.push("the " + fmt(MAX_DRAWN) + " busiest of " + fmt(places.length) + " places shown");
    if (nogeo) notes.push(plural(nogeo, "filtered event") + " without coordinates");
    mapNote.textContent = notes.join(" · ");
    mapNote.hidden = !notes.length;
  }
  function drawLegend() {
    clear(mapLegend);
    var counts = new Map();
    filtered.forEach(function (e) { counts.set(e.type, (counts.get(e.type) || 0) + 1); });
    typeOrder.forEach(function (t) {
      mapLegend.appendChild(h("span", { class: "li" + (F.type && F.type !== t ? " off" : ""), title: "Show only " + t + " (click again for all)",
        on: { click: function () { setFilter("type", F.type === t ? "" : t); } } },
      h("span", { class: "swatch", css: { background: color(t) } }), t + " " + fmt(counts.get(t) || 0)));
    });
    mapLegend.appendChild(h("span", { class: "muted", text: "circle area ∝ events" }));
  }
  onFilter(function () {
    aggregatePlaces();
    if (selectedPlace && !places.some(function (p) { return p.key === selectedPlace; })) selectedPlace = null;
    mapTitleCount.textContent = fmt(places.length) + " places";
    drawMap();
    drawLegend();
    drawSide();
  });
  function selectPlace(key) {
    selectedPlace = selectedPlace === key ? null : key;
    drawMap();
    drawSide();
  }

  // ---------- side panel: place events or breakdown ----------
  function evItem(e) {
    return h("li", { data: { ev: e.i }, on: { click: function () { openEvent(e.i); } } },
      h("span", { class: "swatch", css: { background: color(e.type), marginTop: "5px" } }),
      h("div", { css: { minWidth: "0" } },
        h("div", { class: "t", text: (e.sub || e.type) + (e.fat !== null ? " · " + e.fat + " killed" : "") }),
        h("div", { class: "m", text: [e.date || "undated", e.outlet, e.lang, e.mod].filter(Boolean).join(" · ") }),
        e.a1 || e.a2 ? h("div", { class: "m", text: [e.a1, e.a2].filter(Boolean).join(" vs ") }) : null,
        e.evtext ? h("div", { class: "q dir-auto", dir: "auto", text: "“" + e.evtext + "”" }) : null));
  }
  function drawSide() {
    clear(sideCard);
    if (selectedPlace) {
      var p = places.filter(function (x) { return x.key === selectedPlace; })[0];
      if (p) {
        var evs = p.ev.map(function (i) { return E[i]; }).sort(function (a, b) { return (b.day || 0) - (a.day || 0); });
        sideCard.appendChild(h("h2", null, p.name, h("span", { class: "count", text: fmt(p.n) + " events" })));
        sideCard.appendChild(h("div", { class: "toolbar" },
          h("button", { class: "btn small", type: "button", text: "Filter everything to this place", on: { click: function () { setFilter("place", p.key); } } }),
          h("button", { class: "btn small", type: "button", text: "Close", on: { click: function () { selectPlace(p.key); } } })));
        var ul = h("ul", { class: "evlist", id: "place-events" });
        evs.slice(0, 300).forEach(function (e) { ul.appendChild(evItem(e)); });
        if (evs.length > 300) ul.appendChild(h("li", { class: "muted", text: "… " + fmt(evs.length - 300) + " more: filter to this place and use the table" }));
        sideCard.appendChild(h("div", { class: "scroll" }, ul));
        return;
      }
    }
    sideCard.appendChild(h("h2", null, "Filtered events", h("span", { class: "count", text: fmt(filtered.length) })));
    var byType = uniqSorted(filtered.map(function (e) { return e.type; }));
    sideCard.appendChild(barList(byType, { color: color, onClick: function (t) { setFilter("type", F.type === t ? "" : t); } }));
    var byMod = uniqSorted(filtered.map(function (e) { return e.mod || "(none)"; }));
    sideCard.appendChild(h("h2", { css: { marginTop: "14px" }, text: "Modality" }));
    sideCard.appendChild(barList(byMod));
    sideCard.appendChild(h("h2", { css: { marginTop: "14px" }, text: "Top places" }));
    var top = h("ul", { class: "evlist" });
    places.slice(0, 6).forEach(function (p) {
      top.appendChild(h("li", { on: { click: function () { selectPlace(p.key); } } },
        h("span", { class: "swatch", css: { background: color(p.type), marginTop: "5px" } }),
        h("div", null, h("div", { class: "t", text: p.name }), h("div", { class: "m", text: fmt(p.n) + " events" }))));
    });
    sideCard.appendChild(h("div", { class: "scroll" }, top));
    sideCard.appendChild(h("div", { class: "placehint", text: "Click a circle on the map to list the events reported there." }));
  }

  // ---------- timeline ----------
  var tlCard = h("section", { class: "card timeline", id: "timeline" });
  main.appendChild(tlCard);
  var tlUnitLabel = h("span", { class: "count" });
  tlCard.appendChild(h("h2", null, "Timeline", tlUnitLabel));
  var tlBox = h("div");
  tlCard.appendChild(tlBox);
  var unit = "day";
  function bucketStart(d) {
    if (unit === "day") return d;
    if (unit === "week") return d - (((d - 4) % 7) + 7) % 7;
    var dt = new Date(d * DAY);
    return Math.floor(Date.UTC(dt.getUTCFullYear(), dt.getUTCMonth(), 1) / DAY);
  }
  function bucketEnd(b) {
    if (unit === "day") return b;
    if (unit === "week") return b + 6;
    var dt = new Date(b * DAY);
    return Math.floor(Date.UTC(dt.getUTCFullYear(), dt.getUTCMonth() + 1, 1) / DAY) - 1;
  }
  function drawTimeline() {
    clear(tlBox);
    var days = filtered.filter(function (e) { return e.day !== null; }).map(function (e) { return e.day; });
    if (!days.length) {
      tlUnitLabel.textContent = "";
      tlBox.appendChild(h("div", { class: "empty", text: "No dated event matches the filters." }));
      return;
    }
    var rng = robustRange(days, 0.02);
    var dMin = rng[0], dMax = rng[1];
    unit = dMax - dMin <= 92 ? "day" : dMax - dMin <= 900 ? "week" : "month";
    tlUnitLabel.textContent = "events per " + unit + (unit === "week" ? " (from Monday)" : "") + " · click a bar to filter to it";
    var width = Math.max(tlBox.getBoundingClientRect().width || 900, 300), height = 150;
    var ml = 36, mr = 10, mt = 8, mb = 22;
    var b0 = bucketStart(dMin), bEnd = bucketEnd(bucketStart(dMax));
    var buckets = new Map();
    var outside = 0;
    filtered.forEach(function (e) {
      if (e.day === null) return;
      if (e.day < b0 || e.day > bEnd) { outside++; return; }
      var b = bucketStart(e.day);
      var m = buckets.get(b);
      if (!m) { m = new Map(); m.total = 0; buckets.set(b, m); }
      m.set(e.type, (m.get(e.type) || 0) + 1);
      m.total++;
    });
    var maxT = 1;
    buckets.forEach(function (m) { maxT = Math.max(maxT, m.total); });
    var span = bEnd + 1 - b0;
    var xs = function (d) { return ml + (d - b0) / span * (width - ml - mr); };
    var ys = function (n) { return mt + (height - mt - mb) * (1 - n / maxT); };
    var svg = s("svg", { viewBox: "0 0 " + width + " " + height, height: height, role: "img", "aria-label": "Events over time" });
    // y grid
    [0, 0.5, 1].forEach(function (f) {
      var n = Math.round(maxT * f);
      svg.appendChild(s("line", { class: "tick", x1: ml, x2: width - mr, y1: ys(n), y2: ys(n) }));
      svg.appendChild(s("text", { class: "axis", x: ml - 6, y: ys(n) + 3, "text-anchor": "end" }, fmt(n)));
    });
    if (F.fromDay !== null || F.toDay !== null) {
      var a = F.fromDay === null ? b0 : Math.max(F.fromDay, b0), z = F.toDay === null ? bEnd : Math.min(F.toDay, bEnd);
      if (z >= a) svg.appendChild(s("rect", { class: "sel", x: xs(a), y: mt - 4, width: Math.max(xs(z + 1) - xs(a), 2), height: height - mt - mb + 4 }));
    }
    buckets.forEach(function (m, b) {
      var x = xs(b), w = Math.max(xs(bucketEnd(b) + 1) - x - 1, 1);
      var y = height - mb;
      var parts = [];
      typeOrder.forEach(function (t) {
        var n = m.get(t);
        if (!n) return;
        parts.push(t + " " + n);
        var hh = (height - mt - mb) * n / maxT;
        y -= hh;
        svg.appendChild(s("rect", { class: "bar", x: x, y: y, width: w, height: Math.max(hh, 0.5), fill: color(t), data: { day: dayStr(b) },
          on: { click: function () { F.from = dayStr(b); F.to = dayStr(bucketEnd(b)); inputs.from.value = F.from; inputs.to.value = F.to; applyFilters(); } } },
        s("title", { text: dayStr(b) + (unit !== "day" ? " → " + dayStr(bucketEnd(b)) : "") + ": " + fmt(m.total) + " events — " + parts.join(", ") })));
      });
    });
    // x axis labels
    var starts = [];
    for (var d = b0; d <= bEnd; d = bucketEnd(d) + 1) starts.push(d);
    var every = Math.max(1, Math.ceil(starts.length / Math.max(2, Math.floor((width - ml - mr) / 92))));
    for (var j = 0; j < starts.length; j += every) {
      var lb = starts[j];
      if (xs(lb) + 64 > width) break;
      svg.appendChild(s("line", { class: "tick", x1: xs(lb), x2: xs(lb), y1: height - mb, y2: height - mb + 4 }));
      svg.appendChild(s("text", { class: "axis", x: xs(lb), y: height - 6, "text-anchor": "start" }, unit === "month" ? dayStr(lb).slice(0, 7) : dayStr(lb)));
    }
    svg.appendChild(s("line", { class: "tick", x1: ml, x2: width - mr, y1: height - mb, y2: height - mb }));
    tlBox.appendChild(svg);
    var undated = filtered.length - days.length;
    var notes = [];
    if (outside) notes.push(plural(outside, "event") + " dated far outside " + dayStr(b0) + " → " + dayStr(bEnd) + " not drawn (use the date filters to see them)");
    if (undated) notes.push(plural(undated, "event") + " without a date");
    if (notes.length) tlBox.appendChild(h("div", { class: "muted", css: { fontSize: "12px" }, text: notes.join(" · ") }));
  }
  onFilter(drawTimeline);

  // ---------- tabs ----------
  var tabs = h("div", { class: "tabs", role: "tablist" });
  var panels = {};
  var tabButtons = {};
  main.appendChild(tabs);
  var panelBox = h("div");
  main.appendChild(panelBox);
  function addTab(id, label) {
    var n = h("span", { class: "n" });
    var b = h("button", { type: "button", role: "tab", id: "tab-" + id, "aria-selected": "false", on: { click: function () { showTab(id); } } }, label, n);
    b.countEl = n;
    tabButtons[id] = b;
    tabs.appendChild(b);
    var p = h("section", { class: "panel", id: "panel-" + id, role: "tabpanel" });
    p.hidden = true;
    panels[id] = p;
    panelBox.appendChild(p);
    return p;
  }
  function showTab(id) {
    Object.keys(panels).forEach(function (k) {
      panels[k].hidden = k !== id;
      tabButtons[k].setAttribute("aria-selected", k === id ? "true" : "false");
    });
  }

  // ---------- events table ----------
  var evPanel = addTab("events", "Events");
  var COLS = [
    { key: "date", label: "Date", get: function (e) { return e.day === null ? -1e9 : e.day; } },
    { key: "type", label: "Type", get: function (e) { return e.type + " " + e.sub; } },
    { key: "actors", label: "Actors", get: function (e) { return (e.a1 + " " + e.a2).toLowerCase(); } },
    { key: "loc", label: "Location", get: function (e) { return (e.loc + " " + e.country).toLowerCase(); } },
    { key: "fat", label: "Fatalities", get: function (e) { return e.fat === null ? -1 : e.fat; } },
    { key: "mod", label: "Modality", get: function (e) { return e.mod; } },
    { key: "outlet", label: "Outlet", get: function (e) { return e.outlet.toLowerCase(); } },
    { key: "lang", label: "Lang", get: function (e) { return e.lang; } },
    { key: "conf", label: "Conf.", get: function (e) { return e.conf || 0; } },
    { key: "evtext", label: "Evidence", get: function (e) { return e.evtext.toLowerCase(); } }
  ];
  var sortState = { key: "date", dir: -1 };
  var page = 0, pageSize = 50;
  var sorted = [];
  var table = h("table", { class: "grid", id: "events-table" });
  var thead = h("thead");
  var tbody = h("tbody");
  table.appendChild(thead);
  table.appendChild(tbody);
  var pager = h("div", { class: "pager" });
  evPanel.appendChild(h("div", { css: { overflowX: "auto" } }, table));
  evPanel.appendChild(pager);
  function sortRows() {
    var col = COLS.filter(function (c) { return c.key === sortState.key; })[0];
    var keyed = filtered.map(function (e) { return [col.get(e), e]; });
    keyed.sort(function (a, b) {
      var x = a[0], y = b[0];
      var r = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
      return r * sortState.dir || a[1].i - b[1].i;
    });
    sorted = keyed.map(function (k) { return k[1]; });
  }
  function drawHead() {
    clear(thead);
    var tr = h("tr");
    COLS.forEach(function (c) {
      var th = h("th", { class: "sortable", data: { sort: c.key }, title: "Sort by " + c.label.toLowerCase(),
        on: { click: function () {
          if (sortState.key === c.key) sortState.dir = -sortState.dir; else { sortState.key = c.key; sortState.dir = c.key === "date" || c.key === "fat" || c.key === "conf" ? -1 : 1; }
          page = 0; sortRows(); drawHead(); drawBody();
        } } }, c.label);
      if (sortState.key === c.key) th.appendChild(h("span", { class: "arr", text: sortState.dir > 0 ? "▲" : "▼" }));
      tr.appendChild(th);
    });
    thead.appendChild(tr);
  }
  function modChip(m) { return m ? h("span", { class: "mod " + (MOD_ORDER.indexOf(m) >= 0 ? m : ""), text: m }) : ""; }
  function drawBody() {
    clear(tbody);
    var pages = Math.max(1, Math.ceil(sorted.length / pageSize));
    if (page >= pages) page = pages - 1;
    var rows = sorted.slice(page * pageSize, (page + 1) * pageSize);
    if (!rows.length) {
      tbody.appendChild(h("tr", null, h("td", { colspan: COLS.length, class: "empty", text: E.length ? "No event matches the filters." : "No events were extracted." })));
    }
    rows.forEach(function (e) {
      tbody.appendChild(h("tr", { class: "click", tabindex: 0, data: { ev: e.i }, on: { click: function () { openEvent(e.i); }, keydown: onEnter(function () { openEvent(e.i); }) } },
        h("td", { class: "nowrap", text: e.date || "—" }),
        h("td", null, h("div", { class: "typecell" }, h("span", { class: "swatch", css: { background: color(e.type) } }),
          h("div", null, e.type, e.sub && e.sub !== e.type ? h("span", { class: "sub", text: e.sub }) : null))),
        h("td", { class: "clip c-actors dir-auto", title: [e.a1, e.as1, e.a2, e.as2].filter(Boolean).join(" / ") },
          e.a1 || "—", e.a2 ? h("span", { class: "muted", text: " vs " }) : null, e.a2 || null),
        h("td", { class: "clip", title: [e.loc, e.adm1, e.country].filter(Boolean).join(", ") }, e.loc || "—", e.country ? h("span", { class: "muted", text: " " + e.country }) : null),
        h("td", { class: "num", text: e.fat === null ? "" : fmt(e.fat) }),
        h("td", null, modChip(e.mod)),
        h("td", { class: "clip c-outlet", title: e.outlet }, e.outlet, e.dup ? h("span", { class: "dupflag", text: " dup", title: "from a near-duplicate document" }) : null),
        h("td", { class: "nowrap", text: e.lang }),
        h("td", { class: "num", text: e.conf === null ? "" : Number(e.conf).toFixed(2) }),
        h("td", { class: "clip c-evidence dir-auto", title: e.evtext, text: e.evtext })));
    });
    clear(pager);
    var first = sorted.length ? page * pageSize + 1 : 0;
    pager.appendChild(h("span", { id: "events-range", text: fmt(first) + "–" + fmt(Math.min(sorted.length, (page + 1) * pageSize)) + " of " + fmt(sorted.length) }));
    var sizeSel = h("select", { "aria-label": "Rows per page", on: { change: function () { pageSize = +sizeSel.value; page = 0; drawBody(); } } });
    [25, 50, 100, 250].forEach(function (n) { sizeSel.appendChild(h("option", { value: n, text: n + " / page", selected: n === pageSize })); });
    pager.appendChild(sizeSel);
    pager.appendChild(h("button", { class: "btn small", type: "button", text: "« First", disabled: page === 0, on: { click: function () { page = 0; drawBody(); } } }));
    pager.appendChild(h("button", { class: "btn small", type: "button", id: "prev-page", text: "‹ Prev", disabled: page === 0, on: { click: function () { page--; drawBody(); } } }));
    pager.appendChild(h("span", { text: "page " + fmt(page + 1) + " / " + fmt(pages) }));
    pager.appendChild(h("button", { class: "btn small", type: "button", id: "next-page", text: "Next ›", disabled: page >= pages - 1, on: { click: function () { page++; drawBody(); } } }));
  }
  drawHead();
  onFilter(function () {
    page = 0;
    sortRows();
    drawBody();
    tabButtons.events.countEl.textContent = fmt(filtered.length);
  });

  // ---------- contested ----------
  var coPanel = addTab("contested", "Contested");
  var coPage = 0;
  var coShown = [];
  function drawContested() {
    clear(coPanel);
    coShown = D.contested.filter(function (c) { return c.ev.some(function (i) { return passes(E[i], false); }); });
    tabButtons.contested.countEl.textContent = fmt(coShown.length);
    coPanel.appendChild(h("p", { class: "muted", css: { marginTop: "0" },
      text: "The same event told differently: events of the same type within " + D.contest_rule.km + " km and " + D.contest_rule.days +
        " days of each other, reported by several documents (near-duplicates count once) that disagree on figures, dates, actors or modality." }));
    if (!coShown.length) { coPanel.appendChild(h("div", { class: "empty", text: "No contested event among the filtered events." })); return; }
    var per = 8;
    var pages = Math.ceil(coShown.length / per);
    if (coPage >= pages) coPage = 0;
    coShown.slice(coPage * per, (coPage + 1) * per).forEach(function (c) { coPanel.appendChild(clusterCard(c)); });
    if (pages > 1) {
      coPanel.appendChild(h("div", { class: "pager" },
        h("button", { class: "btn small", type: "button", text: "‹ Prev", disabled: coPage === 0, on: { click: function () { coPage--; drawContested(); } } }),
        h("span", { text: "group " + fmt(coPage * per + 1) + "–" + fmt(Math.min(coShown.length, (coPage + 1) * per)) + " of " + fmt(coShown.length) }),
        h("button", { class: "btn small", type: "button", text: "Next ›", disabled: coPage >= pages - 1, on: { click: function () { coPage++; drawContested(); } } })));
    }
  }
  function clusterCard(c) {
    var evs = c.ev.map(function (i) { return E[i]; });
    var first = evs[0];
    var days = evs.filter(function (e) { return e.day !== null; }).map(function (e) { return e.day; });
    var dr = days.length ? dayStr(Math.min.apply(null, days)) + (Math.max.apply(null, days) !== Math.min.apply(null, days) ? " → " + dayStr(Math.max.apply(null, days)) : "") : "undated";
    var locs = uniqSorted(evs.map(function (e) { return e.loc; }).filter(Boolean));
    var card = h("div", { class: "cluster", data: { cluster: c.ev.join(",") } });
    var head = h("div", { class: "ch" },
      h("span", { class: "swatch", css: { background: color(first.type) } }),
      h("span", { class: "ttl", text: first.type + " · " + (locs.length ? locs[0][0] : "?") + " · " + dr }),
      h("span", { class: "muted", text: fmt(c.docs) + " documents, " + fmt(evs.length) + " reports" }));
    c.diff.forEach(function (d) { head.appendChild(h("span", { class: "diffb", text: d + " differ" })); });
    card.appendChild(head);
    var cols = h("div", { class: "cols" });
    var differs = function (field, val) {
      var vals = new Set(evs.map(function (e) { return e[field]; }).filter(function (v) { return v !== null && v !== ""; }));
      return vals.size > 1 && val !== null && val !== "";
    };
    evs.slice(0, 12).forEach(function (e) {
      var kv = h("div", { class: "kv" });
      [["Date", "date", e.date || "—"], ["Fatalities", "fat", e.fat === null ? "—" : fmt(e.fat)], ["Actor 1", "a1", e.a1 || "—"],
        ["Actor 2", "a2", e.a2 || "—"], ["Modality", "mod", e.mod || "—"], ["Claimant", "claimant", e.claimant || "—"],
        ["Location", "loc", e.loc || "—"]].forEach(function (r) {
        kv.appendChild(h("div", { class: "k", text: r[0] }));
        kv.appendChild(h("div", { class: "v dir-auto" + (differs(r[1], e[r[1]]) ? " differs" : ""), text: r[2] }));
      });
      cols.appendChild(h("div", { class: "col" },
        h("div", { class: "src", text: e.outlet + (e.dup ? " (near-duplicate)" : "") }),
        h("div", { class: "hl dir-auto", text: (e.title || "untitled") + " · " + e.lang }),
        kv,
        e.evtext ? h("blockquote", { class: "evq dir-auto", dir: "auto", text: e.evtext }) : null,
        h("button", { class: "btn small", type: "button", text: "Open article", on: { click: function () { openEvent(e.i); } } })));
    });
    card.appendChild(cols);
    if (evs.length > 12) card.appendChild(h("div", { class: "muted", css: { padding: "6px 12px" }, text: "… and " + (evs.length - 12) + " more reports" }));
    return card;
  }
  onFilter(drawContested);

  // ---------- documents ----------
  var docPanel = addTab("documents", "Documents");
  tabButtons.documents.countEl.textContent = fmt(DOCS.length);
  var docQ = "";
  var docPage = 0;
  var docSearch = h("input", { type: "search", placeholder: "search titles, outlets, sources…", "aria-label": "Search documents",
    on: { input: debounce(function () { docQ = docSearch.value.trim().toLowerCase(); docPage = 0; drawDocs(); }, 150) } });
  var docTable = h("table", { class: "grid", id: "documents-table" });
  var docPager = h("div", { class: "pager" });
  docPanel.appendChild(h("div", { class: "toolbar" }, docSearch, h("span", { class: "muted", text: "Click a document to read it with its mentions marked." })));
  docPanel.appendChild(h("div", { css: { overflowX: "auto" } }, docTable));
  docPanel.appendChild(docPager);
  var docRows = DOCS.map(function (d, i) {
    var a = (d.arts || [])[0] || {};
    var title = a.title || d.title || "";
    return { i: i, d: d, title: title, outlet: a.outlet || "", lang: (d.arts || []).map(function (x) { return x.lang || "?"; }).join(", "), pub: a.pub || "",
      lc: [title, a.outlet, d.src, d.ext, d.id].join(" | ").toLowerCase() };
  });
  function drawDocs() {
    clear(docTable);
    docTable.appendChild(h("thead", null, h("tr", null, ["Title", "Outlet", "Lang", "Published", "Articles", "Events", "Comments", "Status", "Source"].map(function (c) { return h("th", { text: c }); }))));
    var rows = docRows.filter(function (r) { return !docQ || r.lc.indexOf(docQ) >= 0; });
    var per = 50, pages = Math.max(1, Math.ceil(rows.length / per));
    if (docPage >= pages) docPage = pages - 1;
    var tb = h("tbody");
    rows.slice(docPage * per, (docPage + 1) * per).forEach(function (r) {
      var d = r.d;
      var status = d.err ? h("span", { class: "bad", text: "error", title: d.err }) : d.dup ? h("span", { class: "dupflag", text: "duplicate", title: "near-duplicate of " + d.dup }) : h("span", { class: "muted", text: "ok" });
      tb.appendChild(h("tr", { class: "click", tabindex: 0, data: { doc: r.i }, on: { click: function () { openDoc(r.i, null, null); }, keydown: onEnter(function () { openDoc(r.i, null, null); }) } },
        h("td", { class: "clip dir-auto", title: r.title, text: r.title || "(untitled)" }),
        h("td", { class: "clip", text: r.outlet }),
        h("td", { class: "nowrap", text: r.lang }),
        h("td", { class: "nowrap", text: r.pub }),
        h("td", { class: "num", text: fmt((d.arts || []).length) }),
        h("td", { class: "num", text: fmt(d.nev) }),
        h("td", { class: "num", text: fmt(d.ncom) }),
        h("td", null, status),
        h("td", { class: "clip mono", title: d.src, text: d.src })));
    });
    docTable.appendChild(tb);
    clear(docPager);
    docPager.appendChild(h("span", { text: fmt(rows.length) + " documents · page " + (docPage + 1) + " / " + pages }));
    docPager.appendChild(h("button", { class: "btn small", type: "button", text: "‹ Prev", disabled: docPage === 0, on: { click: function () { docPage--; drawDocs(); } } }));
    docPager.appendChild(h("button", { class: "btn small", type: "button", text: "Next ›", disabled: docPage >= pages - 1, on: { click: function () { docPage++; drawDocs(); } } }));
  }
  drawDocs();

  // ---------- rejects ----------
  var rejPanel = addTab("rejects", "Rejected inputs");
  tabButtons.rejects.countEl.textContent = fmt(D.rejects.length);
  (function () {
    if (!D.rejects.length) { rejPanel.appendChild(h("div", { class: "empty", text: "Every input was read." })); return; }
    var byStage = uniqSorted(D.rejects.map(function (r) { return r.stage; }));
    rejPanel.appendChild(h("div", { class: "toolbar" }, byStage.map(function (x) { return h("span", { class: "chip", text: x[0] + ": " + fmt(x[1]) }); })));
    var t = h("table", { class: "grid", id: "rejects-table" });
    t.appendChild(h("thead", null, h("tr", null, h("th", { text: "Source" }), h("th", { text: "Stage" }), h("th", { text: "Reason" }))));
    var tb = h("tbody");
    D.rejects.slice(0, 2000).forEach(function (r) {
      tb.appendChild(h("tr", null, h("td", { class: "wrap mono", text: r.source }), h("td", { class: "nowrap", text: r.stage }), h("td", { class: "wrap", text: r.error })));
    });
    t.appendChild(tb);
    rejPanel.appendChild(h("div", { css: { overflowX: "auto" } }, t));
    if (D.rejects.length > 2000) rejPanel.appendChild(h("div", { class: "muted", text: "… " + fmt(D.rejects.length - 2000) + " more in rejects.jsonl" }));
  })();

  // ---------- run ----------
  var runPanel = addTab("run", "Run");
  (function () {
    if (!D.stages.length) runPanel.appendChild(h("div", { class: "empty", text: "No run statistics were recorded." }));
    else {
      var maxS = Math.max.apply(null, D.stages.map(function (r) { return r.seconds || 0; }).concat([1e-9]));
      var t = h("table", { class: "grid", id: "stages-table" });
      t.appendChild(h("thead", null, h("tr", null, ["Stage", "Documents", "Errors", "Seconds", "Docs/s", ""].map(function (c) { return h("th", { text: c }); }))));
      var tb = h("tbody");
      D.stages.forEach(function (r) {
        var rate = r.seconds ? (r.documents || 0) / r.seconds : null;
        tb.appendChild(h("tr", null, h("td", { text: r.stage }), h("td", { class: "num", text: fmt(r.documents) }),
          h("td", { class: "num" + (r.errors ? " bad" : ""), text: fmt(r.errors) }),
          h("td", { class: "num", text: r.seconds === null ? "" : r.seconds.toFixed(2) }),
          h("td", { class: "num", text: rate === null ? "" : rate.toFixed(1) }),
          h("td", { css: { width: "40%" } }, h("div", { class: "stagebar", css: { width: (100 * (r.seconds || 0) / maxS).toFixed(1) + "%" } }))));
      });
      t.appendChild(tb);
      runPanel.appendChild(t);
      runPanel.appendChild(h("p", { class: "muted", text: "Per-document stages are timed inside the workers (summed over processes), so their seconds can exceed the wall time." }));
    }
    var keys = Object.keys(D.totals);
    if (keys.length) {
      var kv = h("div", { class: "kv", css: { gridTemplateColumns: "200px 1fr", maxWidth: "520px" } });
      keys.forEach(function (k) { kv.appendChild(h("div", { class: "k", text: k })); kv.appendChild(h("div", { class: "v", text: String(D.totals[k]) })); });
      runPanel.appendChild(kv);
    }
  })();

  // ---------- article drawer ----------
  var drawerBg = h("div", { class: "drawer-bg", on: { click: closeDrawer } });
  var drawer = h("aside", { class: "drawer", id: "article", role: "dialog", "aria-modal": "true", "aria-label": "Article" });
  drawerBg.hidden = true;
  drawer.hidden = true;
  document.body.appendChild(drawerBg);
  document.body.appendChild(drawer);
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape" && !drawer.hidden) closeDrawer(); });
  var lastFocus = null;
  function closeDrawer() {
    drawer.hidden = true;
    drawerBg.hidden = true;
    if (lastFocus && lastFocus.focus) lastFocus.focus();
  }
  function openEvent(i) {
    var e = E[i];
    openDoc(e.doc, e.k, e);
  }
  function pickMentions(m, a, b) {
    var out = [], last = a;
    for (var j = 0; j < m.length; j++) {
      var x = m[j];
      if (x[1] <= a || x[0] >= b) continue;
      if (x[0] < last) continue; // overlapping: keep the earlier (longer first) one
      out.push(x);
      last = x[1];
    }
    return out;
  }
  function renderSpan(text, a, b, mentions, evS, evE, firstEv) {
    var frag = document.createDocumentFragment();
    var pts = new Set([a, b]);
    mentions.forEach(function (m) { pts.add(Math.max(a, m[0])); pts.add(Math.min(b, m[1])); });
    if (evE > evS) { if (evS > a && evS < b) pts.add(evS); if (evE > a && evE < b) pts.add(evE); }
    var P = Array.from(pts).sort(function (x, y) { return x - y; });
    var mi = 0;
    for (var j = 0; j < P.length - 1; j++) {
      var p = P[j], q = P[j + 1];
      if (q <= p) continue;
      while (mi < mentions.length && mentions[mi][1] <= p) mi++;
      var m = mi < mentions.length && mentions[mi][0] <= p && mentions[mi][1] >= q ? mentions[mi] : null;
      var node = document.createTextNode(text.slice(p, q));
      if (m) {
        var kind = KIND_NAMES[m[2]] || "other";
        var tip = kind + (m[3] ? ": " + m[3] : "") + (m[4] ? " (" + m[4] + ")" : "");
        var sp = h("span", { class: "mk mk-" + kind, title: tip });
        sp.appendChild(node);
        node = sp;
      }
      if (evE > evS && p >= evS && q <= evE) {
        var mk = h("mark", { class: "ev" });
        if (!firstEv.el) { mk.id = "evidence"; firstEv.el = mk; }
        mk.appendChild(node);
        node = mk;
      }
      frag.appendChild(node);
    }
    return frag;
  }
  function openDoc(di, k, ev) {
    var d = DOCS[di];
    if (!d) return;
    var art = artOf(d, k);
    if (drawer.hidden) lastFocus = document.activeElement;
    clear(drawer);
    drawer.hidden = false;
    drawerBg.hidden = false;
    drawer.dataset.doc = di;
    var title = (art && art.title) || d.title || "(untitled)";
    var meta = h("div", { class: "meta" });
    var add = function (label, value) { if (value) meta.appendChild(h("span", null, h("span", { class: "muted", text: label + " " }), value)); };
    add("outlet", art && art.outlet);
    add("author", art && art.author);
    add("published", art && art.pub);
    add("lang", art && art.lang);
    add("format", d.fmt);
    if (d.url) meta.appendChild(h("span", null, h("span", { class: "muted", text: "url " }), link(d.url, d.url.length > 70 ? d.url.slice(0, 69) + "…" : d.url)));
    add("source", d.src !== d.url ? d.src : null);
    meta.appendChild(h("span", { class: "mono muted", text: d.id }));
    if ((d.arts || []).length > 1) add("article", (art ? art.k : "?") + " of " + d.arts.length);
    drawer.appendChild(h("div", { class: "dh" },
      h("div", { class: "tt" }, h("h2", { class: "dir-auto", dir: "auto", text: title }), meta),
      h("button", { class: "btn", type: "button", text: "✕", title: "Close (Esc)", id: "close-article", on: { click: closeDrawer } })));
    var body = h("div", { class: "db" });
    drawer.appendChild(body);
    if (d.dup) {
      var orig = DOCS.findIndex(function (x) { return x.id === d.dup; });
      body.appendChild(h("div", { class: "evcard", css: { borderLeftColor: "#b54708" } }, "Near-duplicate of ",
        orig >= 0 ? h("button", { class: "btn small", type: "button", text: (DOCS[orig].arts[0] || {}).title || d.dup, on: { click: function () { openDoc(orig, null, null); } } }) : d.dup));
    }
    if (d.err) body.appendChild(h("div", { class: "evcard bad", css: { borderLeftColor: "#b42318" }, text: "Processing error: " + d.err }));
    if (ev) {
      var kv = h("div", { class: "kv" });
      [["Date", (ev.date || "undated") + (ev.prec ? " (precision " + ev.prec + ")" : "")],
        ["Location", [ev.loc, ev.adm1, ev.country].filter(Boolean).join(", ") + (ev.hasGeo ? " (" + ev.lat.toFixed(3) + ", " + ev.lon.toFixed(3) + ")" : "")],
        ["Actor 1", [ev.a1, ev.as1].filter(Boolean).join(" with ")], ["Actor 2", [ev.a2, ev.as2].filter(Boolean).join(" with ")],
        ["Fatalities", ev.fat === null ? "" : fmt(ev.fat)], ["Claimant", ev.claimant], ["Notes", ev.notes],
        ["Extractor", ev.extractor + (ev.conf !== null ? " · confidence " + Number(ev.conf).toFixed(2) : "")]].forEach(function (r) {
        if (!r[1]) return;
        kv.appendChild(h("div", { class: "k", text: r[0] }));
        kv.appendChild(h("div", { class: "v dir-auto", text: r[1] }));
      });
      body.appendChild(h("div", { class: "evcard", id: "event-card", css: { borderLeftColor: color(ev.type) } },
        h("div", { class: "t" }, ev.type + (ev.sub ? " — " + ev.sub : "") + " ", modChip(ev.mod)), kv));
    }
    body.appendChild(h("div", { class: "legend" }, "Marked:",
      KIND_NAMES.map(function (kd) { return h("span", { class: "mk mk-" + kd, text: kd }); }),
      ev ? h("mark", { class: "ev", text: "evidence" }) : null));
    var firstEv = { el: null };
    var evS = ev && typeof ev.es === "number" ? ev.es : 0, evE = ev && typeof ev.ee === "number" ? ev.ee : 0;
    var mentions = d.m || [];
    if (d.text === null || d.text === undefined) {
      body.appendChild(h("p", { class: "muted", text: "The text of this document was not embedded in the report (size budget); it is in the store." }));
      if (ev && ev.evtext) body.appendChild(h("blockquote", { class: "evq", text: ev.evtext }));
      return;
    }
    var text = d.text;
    var segs = (d.segs || []).slice().sort(function (a, b) { return a[0] - b[0]; });
    var kArt = art ? art.k : null;
    var artSegs = segs.filter(function (g) { return (g[2] === "title" || g[2] === "body" || g[2] === "meta") && (kArt === null || g[3] === kArt); });
    if (!artSegs.length && !segs.length) artSegs = [[0, text.length, "body", null, null]];
    var artBox = h("div", { class: "article dir-auto", id: "article-text", dir: "auto" });
    artSegs.forEach(function (g) {
      var blk = h("span", { class: "seg-" + g[2], lang: g[4] || null });
      blk.appendChild(renderSpan(text, g[0], g[1], pickMentions(mentions, g[0], g[1]), evS, evE, firstEv));
      artBox.appendChild(blk);
    });
    if (!artSegs.length) artBox.appendChild(h("p", { class: "muted", text: "No article text was found in this document." }));
    body.appendChild(artBox);
    var fold = function (kind, label, cls) {
      // adjacent segments of the kind form one block (a comment thread, a run of chrome),
      // trimmed of the blank lines around it
      var runs = [];
      segs.forEach(function (g) {
        if (g[2] !== kind) return;
        var last = runs[runs.length - 1];
        if (last && last[1] === g[0]) { last[1] = g[1]; last[2]++; } else runs.push([g[0], g[1], 1]);
      });
      runs.forEach(function (r) {
        while (r[0] < r[1] && /\s/.test(text.charAt(r[0]))) r[0]++;
        while (r[1] > r[0] && /\s/.test(text.charAt(r[1] - 1))) r[1]--;
      });
      runs = runs.filter(function (r) { return r[1] > r[0]; });
      if (!runs.length) return;
      var n = runs.reduce(function (a, r) { return a + r[2]; }, 0);
      var det = h("details", { class: "fold", id: kind === "comment" ? "comments" : "boilerplate" });
      det.appendChild(h("summary", { text: label + " (" + plural(n, "segment") + ")" }));
      var fb = h("div", { class: "fb" });
      var before = firstEv.el;
      runs.forEach(function (g) {
        var c = h("div", { class: cls + " dir-auto", dir: "auto" });
        c.appendChild(renderSpan(text, g[0], g[1], [], evS, evE, firstEv));
        fb.appendChild(c);
      });
      if (!before && firstEv.el) det.open = true; // the evidence lies here: show it
      det.appendChild(fb);
      body.appendChild(det);
    };
    fold("comment", "Reader comments — kept apart from the article", "comment");
    fold("boilerplate", "Page chrome and boilerplate", "chrome");
    if (kArt === null && d.arts && d.arts.length > 1) body.appendChild(h("p", { class: "muted", text: "This document holds " + d.arts.length + " articles." }));
    var others = E.filter(function (x) { return x.doc === di && (!ev || x.i !== ev.i) && (kArt === null || x.k === kArt || x.k === null); });
    if (others.length) {
      var ul = h("ul", { class: "evlist" });
      others.slice(0, 100).forEach(function (x) { ul.appendChild(evItem(x)); });
      body.appendChild(h("div", { class: "other-ev" }, h("h3", { text: (ev ? "Other events" : "Events") + " in this article (" + others.length + ")" }), ul));
    }
    var closeBtn = document.getElementById("close-article");
    if (closeBtn) closeBtn.focus({ preventScroll: true });
    if (firstEv.el) firstEv.el.scrollIntoView({ block: "center" });
    else body.scrollTop = 0;
  }
  window.__newsiftOpenEvent = openEvent;

  // ---------- start ----------
  showTab(D.contested.length && !E.length ? "contested" : "events");
  fitHome();
  applyFilters();
  window.addEventListener("resize", debounce(function () { fitHome(); drawMap(); drawTimeline(); }, 150));
  window.__newsiftTimings.loadMs = performance.now() - T0;
  document.body.dataset.ready = "1";
})();
