"""Plots that fit the question: which quantities to plot against which for each application, the
points shaped from measurements (query and analogs marked, each point with its system and source),
and the Vega-Lite chart drawn from them (Streamlit's chart menu saves it as PNG or SVG).

Hydrogen storage: activation energy vs onset temperature, capacity vs temperature; solid
electrolytes: ionic conductivity vs 1000/T on a log scale (Arrhenius); anodes: specific capacity vs
cycle number and vs current density. The keys are the ontology's (a test checks that each exists and
serves the application it is plotted for); the words and units shown come from the ontology too.
"""
from __future__ import annotations

from dataclasses import dataclass
from statistics import median

import pandas as pd

from ontology.units import canonical_unit
from ontology.vocabulary import vocabulary
from ui.app.display import property_label, unit_text

QUERY, ANALOG, OTHER = "query", "analog", "other system"
ROLES = (QUERY, ANALOG, OTHER)            # legend order; drawn in reverse, so the query is on top


@dataclass(frozen=True)
class PlotSpec:
    """``y`` (a property key) against ``x``: a condition key of the same measurement, or with
    ``pair`` another property of the same system (per-system medians of both)."""

    application: str                       # the ontology's Application term the plot serves
    y: str
    x: str
    pair: bool = False
    arrhenius: bool = False                # x = 1000/T (K⁻¹) from a temperature, y on a log scale

    @property
    def log_y(self) -> bool:
        return self.arrhenius

    @property
    def title(self) -> str:
        x = "1000/T" if self.arrhenius else property_label(self.x)
        text = f"{property_label(self.y)} vs {x}" + (" (Arrhenius)" if self.arrhenius else "")
        return text[:1].upper() + text[1:]

    @property
    def x_title(self) -> str:
        if self.arrhenius:
            return "1000/T (K⁻¹)"
        return _titled(self.x)

    @property
    def y_title(self) -> str:
        return _titled(self.y)


PLOTS: tuple[PlotSpec, ...] = (
    PlotSpec("HydrogenStorage", y="dehydrogenation_activation_energy", x="onset_dehydrogenation_temperature",
             pair=True),
    PlotSpec("HydrogenStorage", y="hydrogen_capacity", x="temperature"),
    PlotSpec("SolidElectrolyte", y="ionic_conductivity", x="temperature", arrhenius=True),
    PlotSpec("Anode", y="specific_capacity", x="cycles"),
    PlotSpec("Anode", y="specific_capacity", x="current_density"),
)


def _titled(key: str) -> str:
    unit = unit_text(vocabulary().property(key).unit)
    return property_label(key) + (f" ({unit})" if unit else "")


def plots_for(applications) -> list[PlotSpec]:
    """The plots of ``applications`` (Application terms, broader ones standing for their narrower
    ones: lithium storage → anode and solid electrolyte); every plot when none is known."""
    vocab = vocabulary()
    wanted: set[str] = set()
    for app in applications or []:
        wanted.add(app)
        if app in vocab:
            wanted.update(vocab.descendants(app))
    chosen = [p for p in PLOTS if p.application in wanted]
    return chosen or list(PLOTS)


def properties_of(plots) -> list[str]:
    """The property keys the plots need (what to read from the graph)."""
    keys: list[str] = []
    for p in plots:
        for k in (p.y, p.x) if p.pair else (p.y,):
            if k not in keys:
                keys.append(k)
    return keys


def _where(row: dict) -> str:
    parts = []
    if row.get("section"):
        parts.append(f"§ {row['section']}")
    if row.get("table"):
        parts.append(str(row["table"]))
    return ", ".join(parts)


def _source(row: dict) -> str:
    title = row.get("source_title") or row.get("source") or ""
    return f"{title} ({row['source_year']})" if row.get("source_year") else title


def _kelvin_per_1000(value: float, key: str) -> float | None:
    """1000/T in K⁻¹ of a temperature in the condition's canonical unit (None below 0 K)."""
    from ontology.units import quantity

    kelvin = quantity(value, canonical_unit(key)).to("kelvin").magnitude
    return 1000.0 / kelvin if kelvin > 0 else None


RANGE_NOTE = "a condition range: drawn at its midpoint, the bar its span"
VALUE_RANGE_NOTE = "a value reported as a range: drawn at its midpoint, the bar its span"


def _range_text(low: float, high: float, key: str) -> str:
    """'250–300 °C' for a range of ``key`` in its canonical unit; '' for a single value."""
    return f"{low:.4g}–{high:.4g} {unit_text(canonical_unit(key))}".strip() if high != low else ""


def _value_span(row: dict) -> tuple[float, float, float]:
    """(midpoint, low, high) of a measured value: a range's ends ('250–300 °C'), or the value thrice."""
    low = row.get("value_lo", row["value"])
    high = row.get("value_hi")
    return (row["value"], low, high) if high is not None else (row["value"], row["value"], row["value"])


def _median_span(spans: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """A system's point from its values: one value keeps its range's ends; several give their median
    (the middle of several reports has no span of its own)."""
    if len(spans) == 1:
        return spans[0]
    mid = median(s[0] for s in spans)
    return mid, mid, mid


def _y_of(spec: PlotSpec, spans: list[tuple[float, float, float]]) -> dict:
    """y of a point with its ends (y_lo, y_hi) and the range as the hover says it; a log axis draws no
    span reaching zero or below."""
    y, low, high = _median_span(spans)
    if spec.log_y and low <= 0:
        low = high = y
    return {"y": y, "y_lo": low, "y_hi": high, "y_range": _range_text(low, high, spec.y)}


def _x_of(spec: PlotSpec, row: dict) -> dict:
    """x of a measurement's point from its condition: the value, or a range's midpoint with its ends
    (x_lo, x_hi) and the range as the hover says it ('250–300 °C'); on a 1000/T axis the ends are taken
    in 1000/T (the hotter end is the left one). x is None where the axis cannot show the point."""
    low = row["conditions"][spec.x]
    high = (row.get("condition_max") or {}).get(spec.x, low)
    shown = _range_text(low, high, spec.x)
    if not spec.arrhenius:
        return {"x": (low + high) / 2, "x_lo": low, "x_hi": high, "range": shown}
    ends = [_kelvin_per_1000(high, spec.x), _kelvin_per_1000(low, spec.x)]
    if None in ends:
        return {"x": None}
    x_lo, x_hi = ends
    return {"x": (x_lo + x_hi) / 2, "x_lo": x_lo, "x_hi": x_hi, "range": shown, "T": (low + high) / 2}


def points_frame(spec: PlotSpec, rows: list[dict], query_ids=(), analog_ids=(), query_values=None,
                 query_name: str = "query") -> pd.DataFrame:
    """The plot's points from measurement rows (``kg.plot_points.read_points``): columns x, y, role
    (query, analog, other system), system, source, where, and x_lo, x_hi, range (a condition range's
    ends and text, see ``_x_of``); one row per measurement (per system for a ``pair`` plot), and y_lo,
    y_hi, y_range (a value reported as a range: its ends and text; a ``pair`` plot's x the same way, in
    x_lo, x_hi, range). Theoretical values (from a composition) are no measurements and are left out, as
    are points a log or 1/T axis cannot show. ``query_values`` (property → value) places a query
    that is not a graph system, when it has both values. Sorted so the query is drawn last (on top)."""
    query_ids, analog_ids = set(query_ids), set(analog_ids)

    def role(system_id):
        return QUERY if system_id in query_ids else ANALOG if system_id in analog_ids else OTHER

    out: list[dict] = []
    measured = [r for r in rows if not r.get("theoretical")]
    if spec.pair:
        by_system: dict[str, dict] = {}
        for r in measured:
            if r["property"] in (spec.x, spec.y):
                s = by_system.setdefault(r["system_id"], {"system": r["system"], spec.x: [], spec.y: [],
                                                          "sources": [], "where": []})
                s[r["property"]].append(_value_span(r))
                for k, v in (("sources", _source(r)), ("where", _where(r))):
                    if v and v not in s[k]:
                        s[k].append(v)
        for sid, s in by_system.items():
            if s[spec.x] and s[spec.y]:
                x, x_lo, x_hi = _median_span(s[spec.x])
                out.append({"x": x, "x_lo": x_lo, "x_hi": x_hi, "range": _range_text(x_lo, x_hi, spec.x),
                            **_y_of(spec, s[spec.y]), "role": role(sid), "system": s["system"],
                            "source": "; ".join(s["sources"]), "where": "; ".join(s["where"])})
        if query_values and spec.x in query_values and spec.y in query_values \
                and not any(p["role"] == QUERY for p in out):
            out.append({"x": float(query_values[spec.x]), "y": float(query_values[spec.y]), "role": QUERY,
                        "system": query_name, "source": "the query", "where": ""})
    else:
        for r in measured:
            if r["property"] != spec.y or spec.x not in (r.get("conditions") or {}):
                continue
            point = {"role": role(r["system_id"]), "system": r["system"], "source": _source(r),
                     "where": _where(r), **_y_of(spec, [_value_span(r)])}
            point.update(_x_of(spec, r))
            if point["x"] is None or (spec.log_y and r["value"] <= 0):
                continue
            out.append(point)
    columns = (["x", "y", "role", "system", "source", "where", "x_lo", "x_hi", "range", "y_lo", "y_hi", "y_range"]
               + (["T"] if spec.arrhenius else []))
    df = pd.DataFrame(out, columns=columns)
    order = {r: k for k, r in enumerate(reversed(ROLES))}
    return df.sort_values("role", key=lambda s: s.map(order), kind="stable").reset_index(drop=True)


def chart(spec: PlotSpec, df: pd.DataFrame):
    """An Altair chart of ``points_frame``'s points: the query a red diamond, analogs filled circles,
    the other systems small grey dots; the system, its source and the values on hover."""
    import altair as alt

    shown = [r for r in ROLES if (df["role"] == r).any()] or [OTHER]
    colours = {QUERY: "#d62728", ANALOG: "#1f77b4", OTHER: "#b0b0b0"}
    shapes = {QUERY: "diamond", ANALOG: "circle", OTHER: "circle"}
    sizes = {QUERY: 260, ANALOG: 110, OTHER: 40}
    tooltip = [alt.Tooltip("system:N", title="system"), alt.Tooltip("role:N", title="marked as"),
               alt.Tooltip("x:Q", title=spec.x_title, format=".4~g"),
               alt.Tooltip("y:Q", title=spec.y_title, format=".4~g")]
    if spec.arrhenius:
        tooltip.append(alt.Tooltip("T:Q", title=_titled(spec.x), format=".4~g"))
    ranged, spanned = _ranged(df), _value_ranged(df)
    if len(ranged):
        tooltip.append(alt.Tooltip("range:N", title=f"{property_label(spec.x)} range (point at its midpoint)"))
    if len(spanned):
        tooltip.append(alt.Tooltip("y_range:N", title=f"{property_label(spec.y)} range (point at its midpoint)"))
    tooltip += [alt.Tooltip("source:N", title="source"), alt.Tooltip("where:N", title="where")]
    y_scale = alt.Scale(type="log") if spec.log_y else alt.Scale(zero=False)
    # a long title on two lines ("… vs" / "…"): half a 1280 px page is narrower than one line of it
    head, sep, tail = spec.title.partition(" vs ")
    title = [head + sep.rstrip(), tail] if len(spec.title) > 45 and sep else spec.title
    notes = _range_notes(spec, df)
    heading = (alt.TitleParams(title, anchor="start", subtitle=notes[0] if len(notes) == 1 else notes) if notes
               else alt.TitleParams(title, anchor="start"))
    colour = alt.Color("role:N", title="", scale=alt.Scale(domain=shown, range=[colours[r] for r in shown]),
                       legend=alt.Legend(orient="bottom"))
    points = alt.Chart(df).mark_point(filled=True, opacity=0.85).encode(
        x=alt.X("x:Q", title=spec.x_title, scale=alt.Scale(zero=False)),
        y=alt.Y("y:Q", title=spec.y_title, scale=y_scale),
        color=colour,
        shape=alt.Shape("role:N", scale=alt.Scale(domain=shown, range=[shapes[r] for r in shown]), legend=None),
        size=alt.Size("role:N", scale=alt.Scale(domain=shown, range=[sizes[r] for r in shown]), legend=None),
        tooltip=tooltip,
    )
    if not notes:
        return points.properties(title=heading, height=380)
    layers = []        # the spans under the points: across for an x range, upright for a measured range
    if len(ranged):
        layers.append(alt.Chart(ranged).mark_rule(strokeWidth=2, opacity=0.6).encode(
            x="x_lo:Q", x2="x_hi:Q", y="y:Q", color=colour, tooltip=tooltip))
    if len(spanned):
        layers.append(alt.Chart(spanned).mark_rule(strokeWidth=2, opacity=0.6).encode(
            x="x:Q", y=alt.Y("y_lo:Q", scale=y_scale), y2="y_hi:Q", color=colour, tooltip=tooltip))
    return alt.layer(*layers, points, title=heading).properties(height=380)


def _ranged(df: pd.DataFrame) -> pd.DataFrame:
    """The points whose x is a range (a condition's, or a pair plot's x property's; their span is drawn)."""
    return df[df["x_lo"] < df["x_hi"]] if "x_lo" in df else df.iloc[0:0]


def _value_ranged(df: pd.DataFrame) -> pd.DataFrame:
    """The points whose measured value (y) is a range (their span is drawn upright)."""
    return df[df["y_lo"] < df["y_hi"]] if "y_lo" in df else df.iloc[0:0]


def _range_notes(spec: PlotSpec, df: pd.DataFrame) -> list[str]:
    """What the legend says of the spans drawn: a condition range on x, a measured range on y (or on a
    pair plot's x, which is a measured property too)."""
    x_note = VALUE_RANGE_NOTE if spec.pair else RANGE_NOTE
    notes = [x_note] if len(_ranged(df)) else []
    if len(_value_ranged(df)) and VALUE_RANGE_NOTE not in notes:
        notes.append(VALUE_RANGE_NOTE)
    return notes


def svg(spec: PlotSpec, df: pd.DataFrame) -> bytes:
    """The same plot as an SVG file (for papers and slides; the chart's toolbar saves PNG). Drawn
    with matplotlib's object API, safe off the script thread (a download button calls it on click)."""
    import io

    from matplotlib.figure import Figure

    fig = Figure(figsize=(6.4, 4.2))
    ax = fig.add_subplot()
    style = {QUERY: ("D", 90, "#d62728"), ANALOG: ("o", 40, "#1f77b4"), OTHER: ("o", 14, "#b0b0b0")}
    ranged, spanned = _ranged(df), _value_ranged(df)
    x_note = VALUE_RANGE_NOTE if spec.pair else RANGE_NOTE
    if len(ranged):       # the spans first, under the points
        ax.hlines(ranged["y"], ranged["x_lo"], ranged["x_hi"], colors=[style[r][2] for r in ranged["role"]],
                  linewidth=1.5, alpha=0.6, label=x_note)
    if len(spanned):      # (one legend line when both spans are of measured ranges)
        said = len(ranged) and x_note == VALUE_RANGE_NOTE
        ax.vlines(spanned["x"], spanned["y_lo"], spanned["y_hi"], colors=[style[r][2] for r in spanned["role"]],
                  linewidth=1.5, alpha=0.6, label=None if said else VALUE_RANGE_NOTE)
    for role in reversed(ROLES):                     # the query last, on top
        part = df[df["role"] == role]
        if len(part):
            marker, size, colour = style[role]
            ax.scatter(part["x"], part["y"], s=size, c=colour, marker=marker, label=role, alpha=0.85)
    if spec.log_y:
        ax.set_yscale("log")
    ax.set_xlabel(spec.x_title)
    ax.set_ylabel(spec.y_title)
    ax.set_title(spec.title, fontsize=11)
    if len(df):
        ax.legend(frameon=False, fontsize=8)
    fig.tight_layout()
    out = io.BytesIO()
    fig.savefig(out, format="svg")
    return out.getvalue()
