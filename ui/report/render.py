"""Render a GapReport as Markdown, self-contained HTML (plots inlined) or PDF (from that HTML).

Every text that comes from the graph is escaped before it enters HTML: names, formulas and titles
are user-provided data, never markup.
"""
from __future__ import annotations

import base64
import io
from html import escape
from typing import Any

from kg.gaps.model import CoverageMap, GapReport, LabComparison, OutlookDirection
from ontology.safe_text import escape_controls
from ontology.units import plus_minus_text
from ui.app.display import conditions_text, md_cell, number_text, range_text, term_label, unit_text, units_in_text

# A document lists at most this many lab values (a large lab's full list stays in the JSON).
LAB_ROWS_SHOWN = 300

MAX_AXIS = 25   # rows/columns shown per coverage map (the densest ones)


def _trim(cov: CoverageMap, max_rows: int = MAX_AXIS) -> tuple[list[str], list[str]]:
    def weight_row(r):
        return sum(c.measurements + c.systems for c in cov.cells.get(r, {}).values())

    def weight_col(c):
        return sum(cov.cell(r, c).measurements + cov.cell(r, c).systems for r in cov.rows)

    rows = sorted(cov.rows, key=weight_row, reverse=True)[:max_rows]
    cols = sorted(cov.cols, key=weight_col, reverse=True)[:MAX_AXIS]
    return rows, cols


def _direction(d: OutlookDirection) -> str:
    """'alloying + reactive hydride composite': the strategies an outlook statement names together."""
    return " + ".join(term_label(s) for s in d.strategies)


def _said(statements: list[dict[str, Any]]) -> str:
    """'mechanism not established (§ 2.1.4)': the challenge statements a gap answers, with where."""
    return "; ".join(f"{s['label']}" + (f" (§ {s['section']})" if s.get("section") else "") for s in statements)


def _scope(d: OutlookDirection) -> str:
    application = [term_label(d.application)] if d.application else []
    return ", ".join([*(term_label(h) for h in d.hosts), *application]) or "any"


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
# (a lab entry's title or a system's name in a table cell or line: ui.app.display.md_cell)


def to_markdown(report: GapReport) -> str:
    out = [f"# {md_cell(report.title)}", ""]
    out += [f"- {line}" for line in _version_lines(report)]
    out += [f"- Filters: {md_cell(_filters_text(report))}"]
    out += [f"- Reviewed by a curator: {md_cell(line)}" for line in _reviewed_lines(report)]
    out += ["", "## Coverage maps", ""]
    for cov in report.coverage:
        rows, cols = _trim(cov)
        out += [f"### {cov.name}", "", f"Cells: systems/measurements (sources). Rows: {cov.row_label}; "
                                         f"columns: {cov.col_label}.", ""]
        if not rows:
            out += ["(no data)", ""]
            continue
        out.append("| " + " | ".join([cov.row_label] + [md_cell(term_label(c)) for c in cols]) + " |")
        out.append("|" + "---|" * (len(cols) + 1))
        for r in rows:
            cells = []
            for c in cols:
                cell = cov.cell(r, c)
                cells.append(f"{cell.systems}/{cell.measurements} ({len(cell.sources)})" if cov.studied(r, c) else "–")
            out.append("| " + " | ".join([md_cell(term_label(r))] + cells) + " |")
        out.append("")
    out += ["## Gaps ranked by promise", ""]
    if report.gaps:
        out += ["| # | kind | host | facet | gap | promise |", "|---|---|---|---|---|---|"]
        for i, g in enumerate(report.gaps, 1):
            said = f" The sources' outlook: {_said(g.statements)}." if g.statements else ""
            out.append(f"| {i} | {g.kind} | {md_cell(term_label(g.host))} | {g.facet} | "
                       f"{md_cell(units_in_text(g.description) + said)} | {g.promise:.2f} |")
        lines = []
        for i, g in enumerate(report.gaps, 1):
            for item in g.evidence:
                for e in item.get("examples", []):
                    if not e.get("property"):
                        continue
                    text = evidence_text(e)
                    lines.append(f"- gap {i}: {md_cell(e['system'])} {term_label(e['property'])} "
                                 f"{value_text(e, e.get('unit'))}" + (f" — {md_cell(text)}" if text else ""))
        # a gap with nothing measured (a property never reported) has no values to show: no empty heading
        out += ["", "### Evidence of the gaps", "", *lines] if lines else []
    else:
        out.append("No gaps found for these filters.")
    out += ["", "## Contradictions", ""]
    values, notes = split_notes(report)
    if values:
        for c in values:
            vals = "; ".join(value_text(v, c.unit) for v in c.values)
            out.append(f"- **{md_cell(c.system)}** — {term_label(c.property)}: {vals} "
                       f"(spread {number_text(c.spread)} {unit_text(c.unit)}, tolerance {c.tolerance}; {c.origin})"
                       + (f"; caveats: {md_cell('; '.join(map(units_in_text, c.caveats)))}" if c.caveats else ""))
            for v in c.values:
                if (text := evidence_text(v)) is not None:
                    out.append(f"  - {number_text(v['value'])}: {md_cell(text)}")
    else:
        out.append("No contradictions beyond tolerance.")
    if notes:
        # a note is no disagreement between values: it says which reading of the source was kept
        out += ["", "## The source's table against its own text", ""]
        for c in notes:
            for v in c.values[:1]:
                readings, kept = note_readings(v)
                out.append(f"- {md_cell(c.system)} — readings: {md_cell(readings)}; kept: {md_cell(kept)}")
    out += ["", "## Stated challenges", ""]
    if report.challenges:
        out += ["| challenge | sections | entities | systems | measurements |", "|---|---|---|---|---|"]
        for ch in report.challenges:
            entities = md_cell(", ".join(term_label(e) for e in ch.entities))
            out.append(f"| {md_cell(ch.label)} | {', '.join(ch.sections)} | "
                       f"{entities} | {ch.systems} | {ch.measurements} |")
    else:
        out.append("No challenge statements in the graph.")
    out += ["", "## Outlook directions against the graph", ""]
    if report.outlook:
        out += ["| direction (strategies) | for | challenge | sections | graph | systems |",
                "|---|---|---|---|---|---|"]
        for d in report.outlook:
            out.append(f"| {md_cell(_direction(d))} | {md_cell(_scope(d))} | {md_cell(d.label)} | "
                       f"{', '.join(d.sections)} | {d.status} | {d.systems} |")
    else:
        out.append("No outlook statement names a strategy the ontology knows.")
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
            best = f"{number_text(c.best_value)} ({md_cell(c.best_by or '')})" if c.best_value is not None else "—"
            pct = number_text(c.percentile) if c.percentile is not None else "—"
            out.append(f"| {md_cell(c.entry_title)} | {md_cell(c.system)} | {term_label(c.property)} | "
                       f"{md_cell(lab_value_text(c))} | {c.n_literature} ({c.comparable or '—'}) | {pct} | "
                       f"{c.rank or '—'} | {best} | {composition_text(c)} |")
        notes = [(c, n) for c in shown for n in map(units_in_text, c.caveats)]
        if notes:
            out += ["", "Caveats (conditions that differ from the literature values compared):", ""]
            out += [f"- {md_cell(c.entry_title)}, {term_label(c.property)}: {md_cell(n)}" for c, n in notes]
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
        med = number_text(pcts[len(pcts) // 2]) if pcts else "—"
        out.append((term_label(prop), len(cs), med, sum(1 for c in cs if c.percentile == 100.0)))
    return out


def value_text(v: dict, unit: str | None = None) -> str:
    """'3.1 mS cm⁻¹ at temperature 25 °C (source [refs] Table 3 row 1)': a value with its unit when
    given (a chemist reads a number with its unit, not from a spread printed further on)."""
    if "candidates" in v:
        return f"table/prose hosts {v['candidates']} → {v.get('chosen')} ({v.get('table')}, row {v.get('row')})"
    rng = _value_range(v)
    refs = f" [{', '.join(v['refs'])}]" if v.get("refs") else ""
    where = f" {v['table']} row {v['row']}" if v.get("table") else (f" §{v['section']}" if v.get("section") else "")
    shown = f" {unit_text(unit)}" if unit and unit != "1" else ""
    return f"{rng}{shown}{_conditions_note(v)} ({v['source']}{refs}{where})"


def _conditions_note(v: dict) -> str:
    """' at temperature 25 °C, conducting ion Li+': the conditions a value was measured under, the
    categorical ones (conducting ion, cell type) included, so that a reader sees why two values were or
    were not compared."""
    text = conditions_text(v.get("conditions"), v.get("condition_max"), v.get("condition_qualifiers"))
    return f" at {text}" if text else ""


def composition_text(c: LabComparison) -> str:
    """'yes', 'no', or 'no (reported for anode)': a composition the literature studied only for
    another application is no precedent for the lab's value."""
    if c.composition_reported:
        return "yes"
    if c.composition_reported_for:
        return f"no (reported for {', '.join(term_label(a) for a in c.composition_reported_for)})"
    return "no"


def lab_value_text(c: LabComparison) -> str:
    """'0.1 mS/cm at temperature 25 °C, conducting ion Li+': a lab value with its conditions, a condition given
    as a range with both ends ('temperature 300–350 °C'), one given as a bound with it ('time within 10 min')."""
    number = range_text(*c.value_range) if c.value_range else number_text(c.value)   # a range as both its ends
    return (f"{number}{plus_minus_text(c.uncertainty)} {unit_text(c.unit)}"
            f"{_conditions_note(c.model_dump(include={'conditions', 'condition_max', 'condition_qualifiers'}))}")


def evidence_text(v: dict) -> str | None:
    """The evidence sentence (or table row) of a value, when the source text was on this machine."""
    ev = v.get("evidence") or {}
    if ev.get("table_row"):
        return f"row: {ev['table_row'][:240]}"
    if ev.get("sentence"):
        return f"“{ev['sentence'][:300]}”"
    return None


def evidence_lines(values: list[dict]) -> str:
    """Each value with where it was read and what the source says there ('0.1 (doi:… Table 3 row 14
    [177]) row: …'); without the source's text on this machine, how to supply it (said once)."""
    lines, missing = [], None
    for v in values:
        if "candidates" in v:
            continue
        text = evidence_text(v)
        missing = missing or (v.get("evidence") or {}).get("text_missing")
        lines.append(f"{value_text(v)}" + (f" {text}" if text else ""))
    return "\n".join(lines + ([missing] if missing else []))


# ---------------------------------------------------------------------------------------- HTML
# The HTML is also the PDF's source (WeasyPrint), laid out for A4 landscape: wide tables for long gap
# texts, heat maps drawn at the size they are printed (labels at HEATMAP_FONT_PT, never scaled down)
# and split into parts of at most ROWS_PER_PART rows, sources cited by a short key instead of a DOI
# repeated in every row.
PAGE_W_IN, PAGE_H_IN = 11.69, 8.27     # A4 landscape
MARGIN_IN = 0.5
CONTENT_W_IN = PAGE_W_IN - 2 * MARGIN_IN
CONTENT_H_IN = PAGE_H_IN - 2 * MARGIN_IN - 0.45   # the page number and a map's heading
HEATMAP_FONT_PT = 8.0                  # tick labels; cell counts one point smaller
MIN_FONT_PT = 7.0                      # nothing in the document is printed smaller
MAX_ROWS_HTML = 50                     # rows of a coverage map shown in HTML/PDF (the densest)
ROWS_PER_PART = 25                     # a map with more rows is split into parts, one per page at most
ROW_IN, MIN_ROW_IN = 0.26, 0.17        # height of a map row: preferred, and the least (8 pt labels fit)
LABEL_CHARS = 26                       # longer axis labels are shortened with '…'
TITLE_BLOCK_IN = 2.4                   # title, graph version, filters, sources, summary, the maps' heading


def _short_label(term_id: str) -> str:
    text = term_label(term_id)
    return text if len(text) <= LABEL_CHARS else text[:LABEL_CHARS - 1] + "…"


def _parts(rows: list[str]) -> list[list[str]]:
    """Rows split into the fewest parts of at most ROWS_PER_PART, evenly (50 rows: 25 + 25, not 25 + 25 + 0)."""
    if not rows:
        return []
    n = -(-len(rows) // ROWS_PER_PART)
    size = -(-len(rows) // n)
    return [rows[i:i + size] for i in range(0, len(rows), size)]


def heatmap_svgs(cov: CoverageMap, first_height: float = CONTENT_H_IN) -> list[tuple[str, str, float]]:
    """(title, SVG text, width in inches) of each part of a coverage map; the SVG keeps its text as text
    (searchable, and printed at its font size). ``first_height``: the room the first part has (under
    the report's title block on page 1); its rows are fewer when they would not fit."""
    rows, cols = _trim(cov, MAX_ROWS_HTML)
    rows = [r for r in rows if any(cov.cell(r, c).systems for c in cols)]   # an empty row says nothing
    if not rows or not cols:
        return []
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np
    from matplotlib.ticker import MaxNLocator

    col_chars = max(len(_short_label(c)) for c in cols)
    parts = _parts(rows)
    fit = int((first_height - 0.85 - 0.05 * col_chars) / MIN_ROW_IN)   # rows the first part has room for
    if first_height < CONTENT_H_IN and fit < len(parts[0]):
        # the first part fills the room left under the title (a sliver of rows waits for the next page)
        parts = ([rows[:fit]] if fit >= 4 else [[]]) + _parts(rows[fit if fit >= 4 else 0:])
    vmax = max(cov.cell(r, c).systems for r in rows for c in cols) or 1
    out = []
    for k, part in enumerate(parts, 1):
        if not part:
            continue
        # an untried combination is blank (NaN, drawn white with '–'), never a 0 in the colour scale
        data = np.array([[np.nan if v is None else v for v in row] for row in cov.system_counts(part, cols)],
                        dtype=float)
        row_chars = max(len(_short_label(r)) for r in part)
        left, bottom = 0.45 + 0.064 * row_chars, 0.5 + 0.048 * col_chars
        width = min(CONTENT_W_IN, left + 0.34 * len(cols) + 1.0)
        height = min(first_height if k == 1 else CONTENT_H_IN, bottom + 0.3 + ROW_IN * len(part))
        with plt.rc_context({"svg.fonttype": "none", "font.family": "DejaVu Sans",
                             "font.size": HEATMAP_FONT_PT}):
            fig, ax = plt.subplots(figsize=(width, height))
            cmap = matplotlib.colormaps["YlGnBu"].with_extremes(bad="white")
            im = ax.imshow(np.ma.masked_invalid(data), cmap=cmap, aspect="auto", vmin=0, vmax=vmax)
            ax.set_xticks(range(len(cols)), [_short_label(c) for c in cols], rotation=50, ha="right",
                          rotation_mode="anchor", fontsize=HEATMAP_FONT_PT)
            ax.set_yticks(range(len(part)), [_short_label(r) for r in part], fontsize=HEATMAP_FONT_PT)
            for i in range(len(part)):
                for j in range(len(cols)):
                    if np.isnan(data[i, j]):
                        ax.text(j, i, "–", ha="center", va="center", fontsize=MIN_FONT_PT, color="#bbbbbb")
                    else:
                        ax.text(j, i, f"{int(data[i, j])}", ha="center", va="center", fontsize=MIN_FONT_PT,
                                color="white" if data[i, j] > vmax / 2 else "black")
            ax.set_xlabel(cov.col_label, fontsize=HEATMAP_FONT_PT)
            ax.set_ylabel(cov.row_label, fontsize=HEATMAP_FONT_PT)
            cbar = fig.colorbar(im, cax=fig.add_axes((1 - 0.85 / width, bottom / height, 0.12 / width,
                                                       1 - (bottom + 0.12) / height)))
            cbar.ax.tick_params(labelsize=HEATMAP_FONT_PT)
            cbar.ax.yaxis.set_major_locator(MaxNLocator(integer=True))   # counts of systems
            cbar.set_label("systems", fontsize=HEATMAP_FONT_PT)
            # margins from the label lengths (tight_layout would draw every text once more: slow)
            fig.subplots_adjust(left=left / width, bottom=bottom / height, right=1 - 0.95 / width,
                                top=1 - 0.12 / height)
            buf = io.StringIO()
            fig.savefig(buf, format="svg")
            plt.close(fig)
        shown = [p for p in parts if p]
        title = cov.name + (f" (part {shown.index(part) + 1} of {len(shown)})" if len(shown) > 1 else "")
        out.append((title, buf.getvalue(), width))
    return out


_CSS = f"""
@page{{size:A4 landscape;margin:{MARGIN_IN}in;
  @bottom-right{{content:"page " counter(page) " of " counter(pages);font-size:{MIN_FONT_PT}pt;color:#777}}}}
body{{font-family:DejaVu Sans,Arial,sans-serif;font-size:9pt;color:#222;margin:0}}
h1{{font-size:16pt;margin:0 0 .2em}}h2{{font-size:12pt;border-bottom:1px solid #aaa;margin:1em 0 .3em}}
h3{{font-size:10pt;margin:.4em 0 .2em}}h2,h3{{break-after:avoid}}
p{{margin:.2em 0}}.meta{{color:#555;font-size:8pt}}.small{{color:#555;font-size:{MIN_FONT_PT}pt}}
table{{border-collapse:collapse;margin:.3em 0;font-size:8pt;width:100%}}
td,th{{border:1px solid #ccc;padding:1px 4px;vertical-align:top;text-align:left}}
th{{background:#eef}}tr{{break-inside:avoid}}thead{{display:table-header-group}}
td.n{{text-align:right;white-space:nowrap}}
.map{{break-inside:avoid;margin:0 0 .3em}}.map img{{display:block}}
"""


def _cell(c) -> str:
    """A table cell: text escaped; a ('n', x) pair is a right-aligned number; a list is one line each."""
    if isinstance(c, tuple) and c and c[0] == "n":
        return f"<td class='n'>{escape(str(c[1]))}</td>"
    if isinstance(c, list):
        return "<td>" + "<br>".join(escape(str(x)) for x in c) + "</td>"
    return f"<td>{escape(str(c))}</td>"


def _table(header: list[str], rows: list[list], widths: list[int] | None = None) -> str:
    cols = "".join(f"<col style='width:{w}%'>" for w in widths) if widths else ""
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(_cell(c) for c in r) + "</tr>" for r in rows)
    return f"<table><colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def source_keys(report: GapReport) -> dict[str, str]:
    """Short keys (S1, S2 …) of every source a report cites, so that no table repeats a DOI per row."""
    ids: list[str] = [r.source for r in report.reviewed]
    for c in report.contradictions:
        ids += [str(v["source"]) for v in c.values if v.get("source")]
    for g in report.gaps:
        ids += [str(e["source"]) for item in g.evidence for e in item.get("examples", []) if e.get("source")]
    return {s: f"S{i}" for i, s in enumerate(dict.fromkeys(ids), 1)}


def _shorten(text: str, keys: dict[str, str]) -> str:
    for source, key in keys.items():
        text = text.replace(source, key)
    return text


def _place(v: dict, keys: dict[str, str]) -> str:
    """'S1 Table 3 row 14 [177]' or 'S1 §3.1.1 [20]'."""
    where = (f" {v['table']} row {v['row']}" if v.get("table") else
             f" §{v['section']}" if v.get("section") else "")
    refs = f" [{', '.join(v['refs'])}]" if v.get("refs") else ""
    return f"{keys.get(str(v.get('source')), v.get('source') or '')}{where}{refs}"


def _gap_rows(report: GapReport, keys: dict[str, str]) -> list[list]:
    out = []
    for i, g in enumerate(report.gaps, 1):
        examples = [e for item in g.evidence for e in item.get("examples", []) if e.get("property")]
        text = [_shorten(units_in_text(g.description), keys)]
        if examples:
            text.append("where: " + "; ".join(f"{e['system']} {_place(e, keys)}" for e in examples[:4]))
        if g.statements:
            text.append("the sources' outlook: " + _said(g.statements))
        out.append([("n", i), text, g.kind, term_label(g.host), g.facet, ("n", f"{g.promise:.2f}")])
    return out


def _contradiction_rows(contradictions, keys: dict[str, str]) -> list[list]:
    out = []
    for c in contradictions:
        unit = unit_text(c.unit)
        values = [f"{_value_range(v)} {unit}{_conditions_note(v)} — {_place(v, keys)}" for v in c.values]
        kind = {"values": "values", "table_vs_text": "table vs text",
                "probable_unit_error": "probable unit error (×10³)"}.get(c.origin, c.origin)
        out.append([c.system, c.property.replace("_", " "), values, ("n", number_text(c.spread)), c.tolerance,
                    [kind, *map(units_in_text, c.caveats)]])
    return out


def _value_range(v: dict) -> str:
    return range_text(v["value"], v.get("value_max"))


NOTE_ORIGINS = ("table_vs_prose", "table_unit_corrected")


def split_notes(report: GapReport) -> tuple[list, list]:
    """The contradictions between values, and the notes on which reading of a source's table or text
    was kept (a host label, a unit 10³ off): shown apart in every format."""
    values = [c for c in report.contradictions if c.origin not in NOTE_ORIGINS]
    return values, [c for c in report.contradictions if c.origin in NOTE_ORIGINS]


def note_readings(v: dict) -> tuple[str, str]:
    """A note's readings of the source and the one kept: ('12, 12000', '12')."""
    return ", ".join(map(str, v.get("candidates", []))), str(v.get("chosen") or "—")


def _note_rows(notes, keys: dict[str, str]) -> list[list]:
    out = []
    for c in notes:
        v = c.values[0] if c.values else {}
        out.append([_place(v, keys), _shorten(c.system, keys), *note_readings(v)])
    return out


def to_html(report: GapReport) -> str:
    keys = source_keys(report)
    titles = {r.source: r.title for r in report.reviewed}
    parts = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{escape(report.title)}</title>"
             f"<style>{_CSS}</style></head><body><h1>{escape(report.title)}</h1>"]
    parts += [f"<p class='meta'>{escape(line)}</p>" for line in _version_lines(report)]
    parts.append(f"<p class='meta'>Filters: {escape(_filters_text(report))}</p>")
    if keys:
        parts.append("<p class='meta'>Sources: " + "; ".join(
            f"<b>{escape(k)}</b> = {escape(s)}" + (f" ({escape(titles[s])})" if titles.get(s) else "")
            for s, k in keys.items()) + "</p>")
    parts += [f"<p class='meta'>Reviewed by a curator: {escape(_shorten(line, keys))}</p>"
              for line in _reviewed_lines(report)]
    values, notes = split_notes(report)
    parts.append(f"<p class='meta'>{len(report.gaps)} gaps, {len(values)} contradictions, {len(notes)} "
                 f"table-versus-text notes, {len(report.challenges)} stated challenges, {len(report.lab)} lab "
                 f"values.</p>")
    # An empty section is said here, once, rather than as a heading over one line at the end (which
    # left the last page nearly empty).
    empty = [(not report.gaps, "Gaps ranked by promise: no gaps found for these filters."),
             (not values, "Contradictions: none beyond tolerance."),
             (not report.challenges, "Stated challenges: no challenge statements in the graph."),
             (not report.lab, "Lab versus literature: no lab entries in the graph for these filters.")]
    parts += [f"<p class='meta'>{escape(text)}</p>" for is_empty, text in empty if is_empty]
    parts.append("<h2>Coverage maps</h2>")
    parts.append(f"<p class='small'>Systems per combination (the {MAX_ROWS_HTML} densest rows and "
                 f"{MAX_AXIS} densest columns of each map; larger maps in parts).</p>")
    room = CONTENT_H_IN - TITLE_BLOCK_IN   # the first map shares page 1 with the title block
    for cov in report.coverage:
        svgs = heatmap_svgs(cov, room)
        room = CONTENT_H_IN if svgs else room
        if not svgs:
            parts.append(f"<h3>{escape(cov.name)}</h3><p>(no data)</p>")
        for title, svg, width in svgs:
            uri = "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")
            parts.append(f"<div class='map'><h3>{escape(title)}</h3>"
                         f"<img alt='{escape(title)}' style='width:{width:.2f}in' src='{uri}'></div>")
    if report.gaps:
        parts.append("<h2>Gaps ranked by promise</h2>")
        parts.append(_table(["#", "gap (why it is promising; where the values are)", "kind", "host", "facet",
                             "promise"], _gap_rows(report, keys), [3, 69, 8, 8, 7, 5]))
    if values:
        parts.append("<h2>Contradictions</h2>")
        parts.append("<p class='small'>Values of one system and property, measured under comparable "
                     "conditions, that differ beyond the property's tolerance; each value with its source key, "
                     "place and reference number.</p>")
        parts.append(_table(["system", "property", "values (source, place [ref])", "spread", "tolerance",
                             "kind and caveats"], _contradiction_rows(values, keys), [14, 14, 33, 6, 11, 22]))
    if notes:
        parts.append("<h2>The source's table against its own text</h2>")
        parts.append(_table(["place", "note", "readings", "kept"], _note_rows(notes, keys), [12, 58, 20, 10]))
    if report.challenges:
        parts.append("<h2>Stated challenges</h2>")
        parts.append(_table(["challenge", "sections", "entities", "systems", "measurements"],
                            [[ch.label, ", ".join(ch.sections), ", ".join(term_label(e) for e in ch.entities),
                              ("n", ch.systems), ("n", ch.measurements)] for ch in report.challenges],
                            [22, 10, 52, 8, 8]))
    if report.outlook:
        parts.append("<h2>Outlook directions against the graph</h2>")
        parts.append(_table(["direction (strategies)", "for", "challenge", "sections", "graph", "systems"],
                            [[_direction(d), _scope(d), d.label, ", ".join(d.sections), d.status, ("n", d.systems)]
                             for d in report.outlook], [30, 16, 24, 10, 10, 10]))
    if report.lab:
        parts.append("<h2>Lab versus literature</h2>")
    shown, note = lab_rows_shown(report)
    if note:
        parts.append(f"<p>{escape(note)}</p>")
        parts.append(_table(["property", "lab values", "median percentile", "above the literature's best"],
                            [list(r) for r in lab_summary(report)]))
    parts.append(_table(["entry", "system", "property", "value", "literature n", "percentile", "rank",
                         "best (by)", "composition reported", "caveats"],
                        [[c.entry_title, c.system, term_label(c.property), lab_value_text(c),
                          f"{c.n_literature} ({c.comparable or '—'})",
                          "—" if c.percentile is None else number_text(c.percentile), c.rank or "—",
                          "—" if c.best_value is None else _shorten(f"{number_text(c.best_value)} ({c.best_by})", keys),
                          composition_text(c),
                          list(map(units_in_text, c.caveats))] for c in shown])
                 if report.lab else "")
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
