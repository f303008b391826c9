"""`report.html`: one self-contained page to look at the corpus, with no network access — the run
summary, a network of actors (edges by cooperation type), a timeline of dated events, and the event
table with its evidence sentences and links to the cleaned sources.

Everything that comes from a source text is escaped: table cells with html.escape, and the data the
drawings use travels as JSON in a non-executable script element, read with JSON.parse and put into
the page with textContent only. A `<script>` in an article stays text."""

from __future__ import annotations

import html
import json
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from .tables import plain, write_text_atomic

# One colour per event type, in codebook order; readable on white and for most colour-blind readers.
PALETTE = [
    "#0072b2",
    "#d55e00",
    "#009e73",
    "#cc79a7",
    "#e69f00",
    "#56b4e9",
    "#7f7f7f",
    "#a6761d",
    "#1b9e77",
    "#666699",
    "#e7298a",
    "#000000",
]

STYLE = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 1.5rem auto; max-width: 1200px; color: #222; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
table { border-collapse: collapse; margin: .5rem 0; } td, th { border: 1px solid #ccc; padding: 3px 6px; }
th { background: #f2f2f2; text-align: left; } td.n { text-align: right; }
.events td { vertical-align: top; } .events td:nth-child(7) { max-width: 520px; }
svg { border: 1px solid #ddd; background: #fff; } .legend span { margin-right: 1rem; white-space: nowrap; }
.legend i { display: inline-block; width: 12px; height: 12px; margin-right: 4px; vertical-align: middle; }
.muted { color: #777; }
"""

# Draws the network (circular layout, node size by degree, one line per actor pair and type) and the
# timeline (one row per event type) from the JSON data; only textContent and SVG attributes are set.
SCRIPT = """
(function () {
  const data = JSON.parse(document.getElementById("veille-data").textContent);
  const NS = "http://www.w3.org/2000/svg";
  function el(name, attrs, parent) {
    const node = document.createElementNS(NS, name);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    if (parent) parent.appendChild(node);
    return node;
  }
  function title(node, text) { el("title", {}, node).textContent = text; }

  const net = document.getElementById("network");
  const W = 900, H = 620, cx = W / 2, cy = H / 2, R = Math.min(W, H) / 2 - 90;
  const pos = {};
  data.nodes.forEach((n, i) => {
    const a = 2 * Math.PI * i / Math.max(data.nodes.length, 1);
    pos[n.id] = [cx + R * Math.cos(a), cy + R * Math.sin(a), a];
  });
  const edges = el("g", {class: "edges"}, net);
  data.edges.forEach(e => {
    const [x1, y1] = pos[e.a], [x2, y2] = pos[e.b];
    const line = el("line", {x1, y1, x2, y2, stroke: data.colors[e.type], "stroke-width": Math.min(1 + e.count, 6),
      "stroke-opacity": 0.7, "data-type": e.type}, edges);
    title(line, e.type + ": " + e.a_name + " – " + e.b_name + " (" + e.count + ")");
  });
  const nodes = el("g", {class: "nodes"}, net);
  data.nodes.forEach(n => {
    const [x, y, a] = pos[n.id];
    const c = el("circle", {cx: x, cy: y, r: 4 + Math.sqrt(n.degree) * 2, fill: "#333"}, nodes);
    title(c, n.name + " (" + n.id + "): " + n.degree + " events");
    const right = Math.cos(a) >= 0;
    const label = el("text", {x: x + (right ? 9 : -9), y: y + 4, "text-anchor": right ? "start" : "end",
      "font-size": 11}, nodes);
    label.textContent = n.name;
  });
  net.setAttribute("data-drawn-nodes", data.nodes.length);
  net.setAttribute("data-drawn-edges", data.edges.length);

  const tl = document.getElementById("timeline");
  const types = data.types.filter(t => data.points.some(p => p.type === t));
  const TW = 900, left = 170, right = 20, row = 26, top = 20;
  const TH = top + row * Math.max(types.length, 1) + 40;
  tl.setAttribute("height", TH);
  const times = data.points.map(p => Date.parse(p.date));
  const t0 = Math.min(...times), t1 = Math.max(...times), span = Math.max(t1 - t0, 1);
  const x = t => left + (TW - left - right) * (t - t0) / span;
  types.forEach((t, i) => {
    const label = el("text", {x: left - 8, y: top + row * i + 4, "text-anchor": "end", "font-size": 11}, tl);
    label.textContent = t;
    el("line", {x1: left, x2: TW - right, y1: top + row * i, y2: top + row * i, stroke: "#eee"}, tl);
  });
  if (data.points.length) {
    const y0 = new Date(t0).getUTCFullYear(), y1 = new Date(t1).getUTCFullYear();
    for (let year = y0; year <= y1 + 1; year++) {
      const t = Date.UTC(year, 0, 1);
      if (t < t0 || t > t1) continue;
      el("line", {x1: x(t), x2: x(t), y1: top - 10, y2: TH - 30, stroke: "#ccc"}, tl);
      const label = el("text", {x: x(t), y: TH - 14, "text-anchor": "middle", "font-size": 11}, tl);
      label.textContent = year;
    }
  }
  const marks = el("g", {class: "points"}, tl);
  data.points.forEach(p => {
    const c = el("circle", {cx: x(Date.parse(p.date)), cy: top + row * types.indexOf(p.type), r: 5,
      fill: data.colors[p.type], "fill-opacity": 0.8}, marks);
    title(c, p.date + " " + p.type + ": " + p.label);
  });
  tl.setAttribute("data-drawn-points", data.points.length);
})();
"""


def _iso_day(value: str) -> str:
    """A date of the tables (YYYY, YYYY-MM, YYYY-MM-DD) as a day the browser can place."""
    parts = value.split("-")
    return "-".join([parts[0], *[*parts[1:], "01", "01"][:2]]) if value else ""


def _json_for_html(data: object) -> str:
    """JSON that cannot close its script element or open a comment."""
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _table(headers: list[str], rows: list[list[object]], numeric: set[int] = frozenset(), css: str = "") -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = []
    for row in rows:
        cells = []
        for i, value in enumerate(row):
            cls = ' class="n"' if i in numeric else ""
            cells.append(f"<td{cls}>{value}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f'<table class="{css}"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'


def report_html(documents: pd.DataFrame, events: pd.DataFrame, entities: pd.DataFrame, type_order: list[str]) -> str:
    """The page for the reviewed events (rejected ones are not in `events`)."""
    esc = html.escape
    names = dict(zip(entities["entity_id"], entities["name"], strict=True))
    colors = {event_type: PALETTE[i % len(PALETTE)] for i, event_type in enumerate(type_order)}
    rows_of_events = plain(events)

    pairs: Counter = Counter()
    degree: Counter = Counter()
    for event in rows_of_events.itertuples(index=False):
        actors = sorted({a for a in str(event.participants).split(";") if a})
        for actor in actors:
            degree[actor] += 1
        for i, a in enumerate(actors):
            for b in actors[i + 1 :]:
                pairs[(a, b, event.type)] += 1
    connected = sorted({a for a, b, _ in pairs} | {b for a, b, _ in pairs}, key=lambda a: (-degree[a], a))
    data = {
        "types": type_order,
        "colors": colors,
        "nodes": [{"id": a, "name": names.get(a, a), "degree": degree[a]} for a in connected],
        "edges": [
            {"a": a, "b": b, "a_name": names.get(a, a), "b_name": names.get(b, b), "type": t, "count": n}
            for (a, b, t), n in sorted(pairs.items())
        ],
        "points": [
            {
                "date": _iso_day(event.date_start),
                "type": event.type,
                "label": f"{event.participant_names} ({event.status})",
            }
            for event in rows_of_events.itertuples(index=False)
            if event.date_start
        ],
    }

    status_counts = documents["status"].value_counts().sort_index()
    documents_table = _table(["status", "documents"], [[esc(s), int(n)] for s, n in status_counts.items()], numeric={1})
    statuses = sorted(events["status"].unique()) if len(events) else []
    by_type = []
    for event_type in [t for t in type_order if t in set(events["type"])]:
        subset = events[events["type"] == event_type]
        counts = subset["status"].value_counts()
        by_type.append([esc(event_type), *(int(counts.get(s, 0)) for s in statuses), len(subset)])
    events_by_type = _table(["type", *statuses, "total"], by_type, numeric=set(range(1, len(statuses) + 2)))
    sources = dict(zip(documents["doc_id"], documents["source"], strict=True))
    rows = []
    for event in rows_of_events.sort_values(["date_start", "type"], ascending=[False, True]).itertuples(index=False):
        link = f'<a href="texts/{esc(event.doc_id)}.txt">{esc(sources.get(event.doc_id, event.doc_id))}</a>'
        dates = esc(event.date_start + (f" → {event.date_end}" if event.date_end else ""))
        rows.append(
            [
                esc(event.type),
                esc(event.participant_names),
                esc(event.place),
                dates,
                esc(event.status),
                esc(getattr(event, "review", "")),
                esc(event.sentence),
                link,
            ]
        )
    event_table = _table(
        ["type", "participants", "place", "date", "status", "review", "evidence", "source"], rows, css="events"
    )
    legend = "".join(
        f'<span><i style="background:{colors[t]}"></i>{esc(t)}</span>' for t in type_order if t in set(events["type"])
    )
    generated = datetime.now(UTC).replace(microsecond=0).isoformat()
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy"
 content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>Veille — rapport</title><style>{STYLE}</style></head>
<body>
<h1>Veille — cooperation events</h1>
<p class="muted">Generated {esc(generated)} · {len(documents)} documents · {len(events)} events after review
(rejected events left out) · tables and cleaned texts in this folder.</p>
<h2>Run summary</h2>
<div style="display:flex; gap:2rem; flex-wrap:wrap">{documents_table}{events_by_type}</div>
<h2>Network of actors</h2>
<p class="muted">One line per pair of actors and cooperation type; thicker when more events. Hover for details.</p>
<div class="legend">{legend}</div>
<svg id="network" width="900" height="620" role="img" aria-label="network of actors"></svg>
<h2>Timeline of dated events</h2>
<svg id="timeline" width="900" height="200" role="img" aria-label="timeline of events"></svg>
<h2>Events</h2>
{event_table}
<script type="application/json" id="veille-data">{_json_for_html(data)}</script>
<script>{SCRIPT}</script>
</body></html>
"""


def write_report(
    out: Path, documents: pd.DataFrame, events: pd.DataFrame, entities: pd.DataFrame, type_order: list[str]
) -> Path:
    path = out / "report.html"
    write_text_atomic(path, report_html(documents, events, entities, type_order))
    return path
