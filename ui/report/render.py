"""Render a GapReport as Markdown, self-contained HTML (plots inlined) or PDF (from that HTML).

Every text that comes from the graph is escaped before it enters HTML: names, formulas and titles
are user-provided data, never markup.
"""
from __future__ import annotations

import base64
import io
from html import escape

from kg.gaps.model import CoverageMap, GapReport
from ontology.safe_text import escape_controls
from ontology.vocabulary import vocabulary

# A document lists at most this many lab values (a large lab's full list stays in the JSON).
LAB_ROWS_SHOWN = 300

MAX_AXIS = 25   # rows/columns shown per coverage map (the densest ones)


def _label(term_id: str) -> str:
    vocab = vocabulary()
    if term_id in vocab:
        t = vocab.get(term_id)
        return t.formula or t.label
    return term_id


def _trim(cov: CoverageMap) -> tuple[list[str], list[str]]:
    def weight_row(r):
        return sum(c.measurements + c.systems for c in cov.cells.get(r, {}).values())

    def weight_col(c):
        return sum(cov.cell(r, c).measurements + cov.cell(r, c).systems for r in cov.rows)

    rows = sorted(cov.rows, key=weight_row, reverse=True)[:MAX_AXIS]
    cols = sorted(cov.cols, key=weight_col, reverse=True)[:MAX_AXIS]
    return rows, cols


def _version_lines(report: GapReport) -> list[str]:
    v = report.version
    counts = ", ".join(f"{k}: {n}" for k, n in v.counts.items())
    return [f"Graph: {v.backend} store, content hash {v.content_hash} ({counts})",
            f"Ontology version {v.ontology_version}; HydrideKG {v.app_version}; "
            f"generated {v.generated:%Y-%m-%d %H:%M UTC}"]


def _filters_text(report: GapReport) -> str:
    active = {k: v for k, v in report.filters.model_dump().items() if v is not None}
    return ", ".join(f"{k}={v}" for k, v in active.items()) or "none"


def _reviewed_lines(report: GapReport) -> list[str]:
    """'142 of 507 facts (28 %) of <source>' per literature source in the report."""
    return [f"{r.reviewed} of {r.total} facts ({100 * r.reviewed / r.total:.0f} %) of {r.title or r.source}"
            for r in report.reviewed if r.total]


# ------------------------------------------------------------------------------------ Markdown
def _md_escape(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def to_markdown(report: GapReport) -> str:
    out = [f"# {report.title}", ""]
    out += [f"- {line}" for line in _version_lines(report)]
    out += [f"- Filters: {_filters_text(report)}"]
    out += [f"- Reviewed by a curator: {line}" for line in _reviewed_lines(report)]
    out += ["", "## Coverage maps", ""]
    for cov in report.coverage:
        rows, cols = _trim(cov)
        out += [f"### {cov.name}", "", f"Cells: systems/measurements (sources). Rows: {cov.row_label}; "
                                         f"columns: {cov.col_label}.", ""]
        if not rows:
            out += ["(no data)", ""]
            continue
        out.append("| " + " | ".join([cov.row_label] + [_md_escape(_label(c)) for c in cols]) + " |")
        out.append("|" + "---|" * (len(cols) + 1))
        for r in rows:
            cells = []
            for c in cols:
                cell = cov.cell(r, c)
                cells.append(f"{cell.systems}/{cell.measurements} ({len(cell.sources)})" if cell.systems else "·")
            out.append("| " + " | ".join([_md_escape(_label(r))] + cells) + " |")
        out.append("")
    out += ["## Gaps ranked by promise", ""]
    if report.gaps:
        out += ["| # | kind | host | facet | gap | promise |", "|---|---|---|---|---|---|"]
        for i, g in enumerate(report.gaps, 1):
            out.append(f"| {i} | {g.kind} | {_md_escape(_label(g.host))} | {g.facet} | "
                       f"{_md_escape(g.description)} | {g.promise:.2f} |")
        out += ["", "### Evidence of the gaps", ""]
        for i, g in enumerate(report.gaps, 1):
            for item in g.evidence:
                for e in item.get("examples", []):
                    if not e.get("property"):
                        continue
                    text = _evidence_text(e)
                    out.append(f"- gap {i}: {_md_escape(e['system'])} {e['property']} {_value_text(e)}"
                               + (f" — {_md_escape(text)}" if text else ""))
    else:
        out.append("No gaps found for these filters.")
    out += ["", "## Contradictions", ""]
    if report.contradictions:
        for c in report.contradictions:
            vals = "; ".join(_value_text(v) for v in c.values)
            out.append(f"- **{_md_escape(c.system)}** — {c.property}: {vals} "
                       f"(spread {c.spread:g} {c.unit}, tolerance {c.tolerance}; {c.origin})")
            for v in c.values:
                if (text := _evidence_text(v)) is not None:
                    out.append(f"  - {v['value']:g}: {_md_escape(text)}")
    else:
        out.append("No contradictions beyond tolerance.")
    out += ["", "## Stated challenges", ""]
    if report.challenges:
        out += ["| challenge | sections | entities | systems | measurements |", "|---|---|---|---|---|"]
        for ch in report.challenges:
            out.append(f"| {_md_escape(ch.label)} | {', '.join(ch.sections)} | "
                       f"{_md_escape(', '.join(_label(e) for e in ch.entities))} | {ch.systems} | {ch.measurements} |")
    else:
        out.append("No challenge statements in the graph.")
    out += ["", "## Lab versus literature", ""]
    if report.lab:
        shown, note = lab_rows_shown(report)
        if note:
            out += [note, "", "| property | lab values | median percentile | above the literature's best |",
                    "|---|---|---|---|"]
            out += [f"| {p} | {n} | {med} | {top} |" for p, n, med, top in lab_summary(report)]
            out.append("")
        out += ["| entry | system | property | value | literature n | percentile | rank | best (by) "
                "| composition reported |",
                "|---|---|---|---|---|---|---|---|---|"]
        for c in shown:
            best = f"{c.best_value:g} ({_md_escape(c.best_by or '')})" if c.best_value is not None else "—"
            pct = f"{c.percentile:g}" if c.percentile is not None else "—"
            out.append(f"| {_md_escape(c.entry_title)} | {_md_escape(c.system)} | {c.property} | "
                       f"{c.value:g} {c.unit} | {c.n_literature} ({c.comparable or '—'}) | {pct} | "
                       f"{c.rank or '—'} | {best} | {'yes' if c.composition_reported else 'no'} |")
        notes = [(c, n) for c in shown for n in c.caveats]
        if notes:
            out += ["", "Caveats (conditions that differ from the literature values compared):", ""]
            out += [f"- {_md_escape(c.entry_title)}, {c.property}: {_md_escape(n)}" for c, n in notes]
    else:
        out.append("No lab entries in the graph for these filters.")
    # Titles of entries stored before control characters were refused (ESC, BEL, RLO …) are shown
    # escaped: a report printed to a terminal or opened in a viewer cannot be driven by them.
    return escape_controls("\n".join(out) + "\n", one_line=False)


def lab_rows_shown(report: GapReport, limit: int = LAB_ROWS_SHOWN) -> tuple[list, str]:
    """The lab comparisons a document shows: all of them, or for a large lab the ``limit`` most
    notable (highest percentile first, then compositions the literature has not reported) with a
    note. The report itself keeps every comparison (the JSON API gives all with ``lab=all``)."""
    if len(report.lab) <= limit:
        return list(report.lab), ""
    ranked = sorted(report.lab, key=lambda c: (c.percentile is None, -(c.percentile or 0.0),
                                               c.composition_reported, c.entry, c.property))
    note = (f"Showing the {limit} most notable of {len(report.lab):,} lab values (highest "
            f"percentile first); narrow the report with a project or property filter, or read all of "
            f"them from the report's JSON (API: lab=all).")
    return ranked[:limit], note


def lab_summary(report: GapReport) -> list[tuple[str, int, str, int]]:
    """Per property: lab values, their median percentile, how many beat the literature's best."""
    by_prop: dict[str, list] = {}
    for c in report.lab:
        by_prop.setdefault(c.property, []).append(c)
    out = []
    for prop, cs in sorted(by_prop.items()):
        pcts = sorted(c.percentile for c in cs if c.percentile is not None)
        med = f"{pcts[len(pcts) // 2]:g}" if pcts else "—"
        out.append((prop, len(cs), med, sum(1 for c in cs if c.percentile == 100.0)))
    return out


def _value_text(v: dict) -> str:
    if "candidates" in v:
        return f"table/prose hosts {v['candidates']} → {v.get('chosen')} ({v.get('table')}, row {v.get('row')})"
    rng = f"{v['value']:g}" + (f"–{v['value_max']:g}" if v.get("value_max") is not None else "")
    refs = f" [{', '.join(v['refs'])}]" if v.get("refs") else ""
    where = f" {v['table']} row {v['row']}" if v.get("table") else (f" §{v['section']}" if v.get("section") else "")
    return f"{rng} ({v['source']}{refs}{where})"


def _evidence_text(v: dict) -> str | None:
    """The evidence sentence (or table row) of a value, when the source text was on this machine."""
    ev = v.get("evidence") or {}
    if ev.get("table_row"):
        return f"row: {ev['table_row'][:240]}"
    if ev.get("sentence"):
        return f"“{ev['sentence'][:300]}”"
    return None


# ---------------------------------------------------------------------------------------- HTML
def _heatmap_png(cov: CoverageMap) -> str | None:
    rows, cols = _trim(cov)
    if not rows or not cols:
        return None
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    data = np.array([[cov.cell(r, c).systems for c in cols] for r in rows], dtype=float)
    fig, ax = plt.subplots(figsize=(max(5, 0.42 * len(cols) + 2.5), max(2.5, 0.32 * len(rows) + 1.8)))
    im = ax.imshow(data, cmap="YlGnBu", aspect="auto")
    ax.set_xticks(range(len(cols)), [_label(c) for c in cols], rotation=60, ha="right", fontsize=7)
    ax.set_yticks(range(len(rows)), [_label(r) for r in rows], fontsize=7)
    for i in range(len(rows)):
        for j in range(len(cols)):
            if data[i, j]:
                ax.text(j, i, f"{int(data[i, j])}", ha="center", va="center", fontsize=6,
                        color="white" if data[i, j] > data.max() / 2 else "black")
    ax.set_title(f"{cov.name} (systems)", fontsize=9)
    fig.colorbar(im, ax=ax, shrink=0.8)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110)
    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode("ascii")


_CSS = """
body{font-family:DejaVu Sans,Arial,sans-serif;font-size:10pt;margin:1.5em;color:#222}
h1{font-size:18pt}h2{font-size:13pt;border-bottom:1px solid #aaa;margin-top:1.6em}h3{font-size:11pt}
table{border-collapse:collapse;margin:.5em 0;font-size:8.5pt}
td,th{border:1px solid #ccc;padding:2px 5px;vertical-align:top}
th{background:#eef}.meta{color:#555;font-size:9pt}img{max-width:100%}
@page{size:A4;margin:1.5cm}
"""


def _table(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def to_html(report: GapReport) -> str:
    parts = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{escape(report.title)}</title>"
             f"<style>{_CSS}</style></head><body><h1>{escape(report.title)}</h1>"]
    parts += [f"<p class='meta'>{escape(line)}</p>" for line in _version_lines(report)]
    parts.append(f"<p class='meta'>Filters: {escape(_filters_text(report))}</p>")
    parts += [f"<p class='meta'>Reviewed by a curator: {escape(line)}</p>" for line in _reviewed_lines(report)]
    parts.append("<h2>Coverage maps</h2>")
    for cov in report.coverage:
        png = _heatmap_png(cov)
        parts.append(f"<h3>{escape(cov.name)}</h3>")
        parts.append(f"<img alt='{escape(cov.name)}' src='data:image/png;base64,{png}'>" if png
                     else "<p>(no data)</p>")
    parts.append("<h2>Gaps ranked by promise</h2>")
    parts.append(_table(["#", "kind", "host", "facet", "gap", "promise"],
                        [[i, g.kind, _label(g.host), g.facet, g.description, f"{g.promise:.2f}"]
                         for i, g in enumerate(report.gaps, 1)]) if report.gaps
                 else "<p>No gaps found for these filters.</p>")
    parts.append("<h2>Contradictions</h2>")
    parts.append(_table(["system", "property", "values", "spread", "tolerance", "origin"],
                        [[c.system, c.property, "; ".join(_value_text(v) for v in c.values),
                          f"{c.spread:g} {c.unit}", c.tolerance, c.origin] for c in report.contradictions])
                 if report.contradictions else "<p>No contradictions beyond tolerance.</p>")
    parts.append("<h2>Stated challenges</h2>")
    parts.append(_table(["challenge", "sections", "entities", "systems", "measurements"],
                        [[ch.label, ", ".join(ch.sections), ", ".join(_label(e) for e in ch.entities),
                          ch.systems, ch.measurements] for ch in report.challenges])
                 if report.challenges else "<p>No challenge statements in the graph.</p>")
    parts.append("<h2>Lab versus literature</h2>")
    shown, note = lab_rows_shown(report)
    if note:
        parts.append(f"<p>{escape(note)}</p>")
        parts.append(_table(["property", "lab values", "median percentile", "above the literature's best"],
                            [list(r) for r in lab_summary(report)]))
    parts.append(_table(["entry", "system", "property", "value", "literature n", "percentile", "rank",
                         "best (by)", "composition reported"],
                        [[c.entry_title, c.system, c.property, f"{c.value:g} {c.unit}",
                          f"{c.n_literature} ({c.comparable or '—'})",
                          "—" if c.percentile is None else f"{c.percentile:g}", c.rank or "—",
                          "—" if c.best_value is None else f"{c.best_value:g} ({c.best_by})",
                          "yes" if c.composition_reported else "no"] for c in shown])
                 if report.lab else "<p>No lab entries in the graph for these filters.</p>")
    parts.append("</body></html>")
    return escape_controls("".join(parts), one_line=False)


def to_pdf(report: GapReport) -> bytes:
    from weasyprint import HTML

    return HTML(string=to_html(report)).write_pdf()


RENDERERS = {"md": to_markdown, "html": to_html, "pdf": to_pdf}


def render(report: GapReport, fmt: str):
    try:
        return RENDERERS[fmt](report)
    except KeyError:
        raise ValueError(f"format '{fmt}' is not one of {', '.join(RENDERERS)}") from None
