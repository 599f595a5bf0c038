"""Raw curves labs export (CSV/TSV) and the values derived from them, each with the method named.

Instrument exports (EC-Lab .mpt, Gamry .DTA, NETZSCH Proteus, TA Universal Analysis) have their own
readers, chosen by content in ``ingest.instruments.curve_formats``; all give the ``Curve`` defined here, and every
derivation stays in this module.

Reading: the header row names each column with its unit — "T (°C)", "Temperature/K", "sigma [S/cm]",
"Capacity (mAh/g)", "1000/T (1/K)".  A column's role (temperature, pressure, conductivity, capacity,
mass fraction, …) comes from the *dimension* of its unit (pint), so any spelling of a unit works;
only unitless columns are told apart by name (a "cycle" column vs an arbitrary-unit signal).
Lines starting with '#' are comments; ``# key: value`` comments are kept as metadata (e.g.
``# heating_rate: 5 K/min``, ``# temperature: 300 degC``).

Derived values (``derive(kind, curve)``) are returned as measurement dicts for ``ingest.entries.entry``:

* ``tpd`` — TPD signal (or TGA mass) vs temperature.
  - peak temperature: maximum of the (baseline-corrected) desorption rate, refined by a parabola
    through the five points around it;
  - onset temperature, *tangent rule*: the tangent at the steepest point of the leading edge
    intersected with the baseline (TPD), or the tangent at the fastest mass loss intersected with
    the initial mass plateau (TGA, ISO 11358 "extrapolated onset").  For a Gaussian peak of width σ
    the TPD onset is Tp − 2σ;
  - TGA also gives the released hydrogen, initial minus final mass (wt%).
* ``kissinger`` — peak temperatures at several heating rates: fit ln(β/Tp²) against 1/Tp; the
  slope is −Ea/R.  From a table (β, Tp) or from several TPD curves.
* ``pct`` — hydrogen content vs pressure: maximum capacity of each isotherm; with isotherms at two or
  more temperatures, the van 't Hoff enthalpy from the plateau pressures (median pressure over the
  middle 20–80 % of the composition range): ln(P/P0) = ΔH/(RT) − ΔS/R, reported as the
  (positive) desorption enthalpy.
* ``cycling`` — capacity per cycle: capacity of the first cycle and retention = last / first × 100 %,
  with the cycle number as a condition.  From a potentiostat's point-by-point record (EC-Lab GCPL:
  'Q charge' / 'Q discharge' and the current) the half-cycles are the runs of one current sign,
  paired in the order run; the reversible capacity is the second half's charge / active mass, the
  coulombic efficiency second half / first half of the same cycle.
* ``eis`` — one impedance spectrum: bulk resistance R_b (low-frequency real-axis intercept of a
  circle fitted to the bulk semicircle; with only the electrode spike, its high-frequency intercept)
  and σ = L / (R_b·A) with the pellet thickness L and area A the user gives.  Several spectra at
  several temperatures give σ(T) and the ``arrhenius`` fit below.
* ``arrhenius`` — conductivity vs temperature: fit ln(σT) against 1/T (the Nernst–Einstein form used
  for ionic conductors; ``form="sigma"`` fits ln σ instead); the slope is −Ea/k_B, Ea in eV.
"""
from __future__ import annotations

import csv
import io
import math
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ontology.errors import UserError
from ontology.units import UnitError, instrument_unit, parse_unit, unit_text, ureg
from ontology.vocabulary import vocabulary

R_GAS = 8.314462618          # J/(mol K)
K_B_EV = 8.617333262e-5      # eV/K
KINDS = ("tpd", "tga", "kissinger", "pct", "cycling", "arrhenius", "eis")
# The technique each curve kind comes from, looked up in the ontology by label or synonym.
_TECHNIQUE_NAMES = {"tpd": ("TPD", "temperature-programmed desorption"),
                    "tga": ("TGA", "thermogravimetric analysis", "TPD"),
                    "kissinger": ("Kissinger analysis", "DSC", "TPD"),
                    "pct": ("PCT", "Sieverts", "pressure-composition-temperature"),
                    "cycling": ("galvanostatic cycling", "cycling"),
                    "arrhenius": ("EIS", "electrochemical impedance spectroscopy", "Arrhenius analysis"),
                    "eis": ("EIS", "electrochemical impedance spectroscopy")}


class CurveError(UserError, ValueError):
    """A curve file that cannot be read or used; names the file and the column or row (``field``: the
    option at fault, when it is an option and not the file)."""

    def __init__(self, where: str, message: str, *, field: str | None = None, fix: str | None = None):
        self.where = where
        super().__init__(f"{where}: {message}" if where else message, field=field, fix=fix)


# --------------------------------------------------------------------------------- reading
@dataclass
class Column:
    header: str
    name: str
    unit: str | None
    role: str
    values: np.ndarray


@dataclass
class Curve:
    name: str                                    # file name (for error messages and provenance)
    columns: list[Column]
    meta: dict[str, str] = field(default_factory=dict)

    def role(self, role: str, *, required: bool = True) -> Column | None:
        found = [c for c in self.columns if c.role == role]
        if not found and required:
            have = ", ".join(f"'{c.header}' ({c.role})" for c in self.columns)
            raise CurveError(self.name, f"no {role} column; columns found: {have}. Name the unit in "
                                        "the header, e.g. 'T (°C)', 'sigma (S/cm)', 'p (bar)'")
        return found[0] if found else None

    def roles(self, role: str) -> list[Column]:
        return [c for c in self.columns if c.role == role]

    def values(self, role: str, unit: str) -> np.ndarray:
        """The column of ``role`` converted to ``unit`` (temperatures: offsets handled by pint)."""
        col = self.role(role)
        if col.role == "temperature" and col.unit is None:
            raise CurveError(self.name, f"column '{col.header}' has no unit")
        q = ureg.Quantity(col.values, parse_unit(col.unit))
        with np.errstate(all="ignore"):
            out = np.asarray(q.to(parse_unit(unit)).magnitude, dtype=float)
        if not np.all(np.isfinite(out)) or np.any(np.abs(out) > 1e30):
            raise CurveError(self.name, f"column '{col.header}' holds values out of any measurable range")
        if col.role == "temperature":
            self._above_absolute_zero(col, out if unit == "K" else np.asarray(q.to("K").magnitude, dtype=float))
        return out

    def _above_absolute_zero(self, col: Column, kelvin: np.ndarray) -> None:
        """A temperature column below 0 K (a °C column headed 'K', a sign lost) refused naming the file, the
        column and the row: the measurement derived from it would be refused only as '−609 °C'."""
        below = np.flatnonzero(kelvin < 0)
        if below.size:
            row = int(below[0])
            raise CurveError(self.name, f"column '{col.header}', data row {row + 1}: {col.values[row]:g} "
                                        f"{unit_text(col.unit)} is below absolute zero ({below.size} row(s))",
                             fix="check the column's unit (°C written as K?) and its values")


_HEADER = re.compile(r"^\s*(?P<name>.*?)\s*(?:\((?P<u1>[^()]*)\)|\[(?P<u2>[^\[\]]*)\]|/\s*(?P<u3>[^/]+?))\s*$")
_ARBITRARY = {"a.u.", "au", "arb. units", "arb.u.", "arb", "counts", "cps", "-", ""}


def split_header(header: str) -> tuple[str, str | None]:
    """'T (°C)' -> ('T', '°C'); 'Temperature/K' -> ('Temperature', 'K'); 'Cycle' -> ('Cycle', None)."""
    h = header.strip().strip('"')
    m = _HEADER.match(h)
    if m and m.group("name"):
        unit = next(u for u in (m.group("u1"), m.group("u2"), m.group("u3")) if u is not None).strip()
        return m.group("name"), (None if unit.casefold() in _ARBITRARY else unit)
    return h, None


def _dims(unit: str):
    return parse_unit(unit).dimensionality


def readable_unit(where: str, header: str, unit: str | None, *, required: bool) -> str | None:
    """``unit`` when pint reads it; else None for a column no derivation needs the unit of, and a
    refusal for one it does (``required``)."""
    if unit is None:
        return None
    try:
        parse_unit(unit)
    except UnitError:
        if required:
            raise CurveError(where, f"column '{header}': unit '{unit}' is not understood") from None
        return None
    return unit


_ROLE_DIMENSIONS = {"temperature": "K", "time": "s"}


def role_unit(where: str, header: str, role: str, unit: str | None) -> str | None:
    """The unit of a column whose role its name gave, checked against that role.

    Exports that lost the degree sign write 'Temp./C' or 'Temperature (C)': on a temperature column
    that 'C' is °C, not the coulomb."""
    if role == "temperature" and unit in ("C", "°C", "\ufffdC", "Â°C"):
        return "degC"
    reference = _ROLE_DIMENSIONS.get(role)
    if reference is None or unit is None:
        return unit
    try:
        fits = parse_unit(unit).dimensionality == parse_unit(reference).dimensionality
    except UnitError:
        fits = False
    if not fits:
        raise CurveError(where, f"column '{header}': '{unit}' is not a {role} unit")
    return unit


def impedance_part(name: str) -> str | None:
    """'z_real' or 'z_imag' for an impedance column's name (Re(Z), Z', Zreal / Im(Z), Z'', -Z'', Zimag)."""
    n = name.replace(" ", "").casefold().lstrip("-")
    if n.startswith("|z|") or "mod" in n or "phase" in n:
        return None
    if re.search(r"im\(z\)|zimag|z''|z\"|^zim|^im", n):
        return "z_imag"
    if re.search(r"re\(z\)|zreal|z'|^zre|^re", n):
        return "z_real"
    return None


def _role_of(name: str, unit: str | None) -> str:
    """Role of a column from the dimension of its unit (names only for unitless columns)."""
    folded = name.casefold()
    if unit is None:
        return "cycle" if re.search(r"\bcycle", folded) or folded in ("n", "cycle no.", "#") else "signal"
    u = parse_unit(unit)
    if u == ureg.wt_percent or u == ureg.percent and "wt" in folded:
        return "mass_fraction"
    if u == ureg.percent and "retention" in folded:
        return "retention"
    d = u.dimensionality
    if d == _dims("ohm"):
        return impedance_part(name) or "signal"
    table = {
        "temperature": _dims("K"), "inverse_temperature": _dims("1/K"), "pressure": _dims("Pa"),
        "conductivity": _dims("S/cm"), "specific_capacity": _dims("mA h/g"), "time": _dims("s"),
        "heating_rate": _dims("K/min"), "frequency": _dims("Hz"),
    }
    for role, dims in table.items():
        if d == dims:
            if role == "time" and "cycle" in folded:
                return "cycle"
            return role
    if d == _dims("1") and re.search(r"\bcycle", folded):
        return "cycle"
    if d == _dims("1"):
        return "composition"   # H/M and other ratios
    return "signal"


def _sniff(text: str) -> str:
    first = next((line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")), "")
    counts = {d: first.count(d) for d in ("\t", ";", ",")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


# A number cell written with a decimal comma ('0,5', '-0,5E-3', '1,000000E+002', '1.234,5' with thousands
# points) or with a decimal point alone ('1.5', '.5', '1.0E+02'); '1,234,567.5' groups thousands with commas.
_COMMA_DECIMAL = re.compile(r"[+-]?(?:\d{1,3}(?:\.\d{3})+|\d*),\d+(?:[eE][+-]?\d+)?")
_POINT_DECIMAL = re.compile(r"[+-]?(?:\d+\.\d*|\.\d+)(?:[eE][+-]?\d+)?")
_COMMA_GROUPED = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:[eE][+-]?\d+)?")


def decimal_comma(rows: list[list[str]], *, delimiter: str = "\t", declared: str = "") -> bool:
    """Whether a table's numbers write their decimals with a comma: the one rule of every curve reader.

    ``rows`` are data rows (no header); the first three decide: a number cell with a comma ('0,5',
    '-0,5E-3', '1.234,5') and none with a decimal point alone ('1.5') is a decimal-comma table — so
    '1,234' among integers is 1.234, beside '0.5' it groups thousands (1234).  When the cells show
    neither (integers only), the file's own declaration decides (NETZSCH '#DECIMAL:COMMA').  A table
    whose fields are separated by commas has decimal points unless it declares otherwise."""
    if delimiter != ",":
        cells = [c.strip().replace("\u2212", "-") for row in rows[:3] for c in row]
        if any(_POINT_DECIMAL.fullmatch(c) for c in cells):
            return False
        if any(_COMMA_DECIMAL.fullmatch(c) for c in cells):
            return True
    return declared.strip().upper() == "COMMA"


def _number(text: str, decimal_comma: bool) -> float:
    t = text.strip().replace("\u2212", "-")
    if decimal_comma:
        if _COMMA_DECIMAL.fullmatch(t):
            t = t.replace(".", "")             # '1.234,5': thousands points before the decimal comma
        t = t.replace(",", ".")
    elif _COMMA_GROUPED.fullmatch(t):
        t = t.replace(",", "")                 # '1,234.5' in a decimal-point table
    return float(t)


def read_curve(source: str | Path, *, text: str | None = None, name: str | None = None) -> Curve:
    """Read a CSV/TSV curve (from a path, or from ``text`` with ``name`` for messages)."""
    if text is None:
        path = Path(source)
        name = name or path.name
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise CurveError(name, f"cannot read: {exc}") from None
    name = name or str(source)
    meta: dict[str, str] = {}
    body = []
    for line in text.splitlines():
        s = line.strip()
        if s.startswith("#"):
            m = re.match(r"^#\s*([A-Za-z_][\w ]*?)\s*[:=]\s*(.+)$", s)
            if m:
                meta[m.group(1).strip().replace(" ", "_").casefold()] = m.group(2).strip()
            continue
        if s:
            body.append(line)
    if len(body) < 2:
        raise CurveError(name, "needs a header row and at least one data row")
    delim = _sniff("\n".join(body))
    rows = list(csv.reader(io.StringIO("\n".join(body)), delimiter=delim))
    header = rows[0]
    comma = decimal_comma(rows[1:], delimiter=delim)
    columns = []
    for k, h in enumerate(header):
        cname, unit = split_header(h)
        if unit is not None:
            unit = instrument_unit(unit)
            try:
                parse_unit(unit)
            except UnitError as exc:
                raise CurveError(name, f"column '{h}': {exc}") from None
        values = []
        for r, row in enumerate(rows[1:], start=2):
            if len(row) != len(header):
                raise CurveError(name, f"row {r} has {len(row)} fields, the header has {len(header)}")
            try:
                values.append(_number(row[k], comma))
            except ValueError:
                raise CurveError(name, f"row {r}, column '{h}': '{row[k]}' is not a number") from None
        arr = np.asarray(values, dtype=float)
        if not np.all(np.isfinite(arr)):
            raise CurveError(name, f"column '{h}' holds values that are not finite numbers")
        role = _role_of(cname, unit)
        if role == "z_imag" and cname.lstrip().startswith("-"):
            arr = -arr          # a "-Z''" or "-Im(Z)" column: keep Z'' itself (negative on a capacitive arc)
        columns.append(Column(h, cname, unit, role, arr))
    _inverse_temperature(columns, name)
    return Curve(name, columns, meta)


def numeric_column(where: str, header: str, rows: list[list[str]], k: int, *, decimal_comma: bool,
                   lenient: bool = False) -> np.ndarray:
    """Field ``k`` of every row as numbers; ``lenient`` (a column no derivation reads) turns text into NaN."""
    values = np.empty(len(rows))
    for r, row in enumerate(rows):
        cell = row[k].strip() if k < len(row) else ""
        try:
            values[r] = _number(cell, decimal_comma)
        except ValueError:
            if not lenient:
                raise CurveError(where, f"data row {r + 1}, column '{header}': '{cell}' is not a number") from None
            values[r] = np.nan
    return values


def endotherm_up(heat_flow: np.ndarray) -> tuple[np.ndarray, bool]:
    """A DSC heat flow turned, if need be, so its largest event from the end-to-end baseline is a maximum.

    Dehydrogenation is the endothermic main event of a hydride's DSC run, and exports differ in their
    sign convention (NETZSCH #EXO, TA 'Exo Up/Down'): returns the curve and whether it was turned."""
    excess = heat_flow - np.linspace(heat_flow[0], heat_flow[-1], len(heat_flow))
    if abs(float(np.min(excess))) > abs(float(np.max(excess))):
        return -heat_flow, True
    return heat_flow, False


def _inverse_temperature(columns: list[Column], name: str) -> None:
    """'1000/T (1/K)' columns become temperature columns (K), so fits need not care."""
    for c in columns:
        if c.role != "inverse_temperature":
            continue
        m = re.match(r"^\s*(\d+(?:\.\d+)?)\s*/\s*T\b", c.name)
        factor = float(m.group(1)) if m else 1.0
        if np.any(c.values <= 0):
            raise CurveError(name, f"column '{c.header}' has non-positive inverse temperatures")
        inv = ureg.Quantity(c.values / factor, parse_unit(c.unit)).to("1/K").magnitude
        with np.errstate(all="ignore"):
            temps = 1.0 / inv
        if not np.all(np.isfinite(temps)):
            raise CurveError(name, f"column '{c.header}' gives temperatures that are not finite")
        c.values, c.unit, c.role = temps, "K", "temperature"


# ------------------------------------------------------------------------------ numerics
def _smooth(y: np.ndarray) -> np.ndarray:
    """Moving average over ~1 % of the points (odd window): tames instrument noise only.

    Taken from a running sum, so the work grows with the number of points: a convolution with a
    window of 1 % of them grew with its square (a 2-million-point logger file took minutes)."""
    w = max(1, (len(y) // 100) | 1)
    if w == 1:
        return y
    pad = w // 2
    ypad = np.pad(np.asarray(y, dtype=float), pad, mode="edge")
    base = ypad[0]      # sums of the differences to one point: a flat stretch stays exactly flat
    sums = np.cumsum(np.concatenate(([0.0], ypad - base)))
    return base + (sums[w:] - sums[:-w]) / w


def _refine_peak(x: np.ndarray, y: np.ndarray, i: int) -> float:
    lo, hi = max(0, i - 2), min(len(x), i + 3)
    if hi - lo < 3:
        return float(x[i])
    a, b, _ = np.polyfit(x[lo:hi] - x[i], y[lo:hi], 2)
    if a >= 0:
        return float(x[i])
    return float(x[i] - b / (2 * a))


def _sorted_by(x: np.ndarray, *ys: np.ndarray):
    order = np.argsort(x, kind="stable")
    return (x[order], *(y[order] for y in ys))


def _unique_x(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sorted x with repeated x values averaged (derivatives need distinct abscissae)."""
    xs, inverse = np.unique(x, return_inverse=True)
    ys = np.bincount(inverse, weights=y) / np.bincount(inverse)
    return xs, ys


@dataclass
class TpdResult:
    onset_c: float
    peak_c: float
    released_wt: float | None = None


def tpd_analysis(temperature_c: np.ndarray, signal: np.ndarray, *, mass: bool = False,
                 where: str = "") -> TpdResult:
    """Onset and peak (°C) of a TPD signal, or of a TGA mass curve when ``mass`` (see module doc)."""
    T, y = _unique_x(np.asarray(temperature_c, float), np.asarray(signal, float))
    if len(T) < 10:
        raise CurveError(where, f"a TPD/TGA curve needs at least 10 distinct temperatures (got {len(T)})")
    y = _smooth(y)
    n_edge = max(2, len(T) // 20)
    if mass:
        rate = -np.gradient(y, T)              # DTG: mass loss per kelvin
        i = int(np.argmax(rate))
        if rate[i] <= 0:
            raise CurveError(where, "the mass never decreases: no desorption step")
        m0 = float(np.mean(y[:n_edge]))
        slope = -rate[i]
        onset = float(T[i] + (m0 - y[i]) / slope)
        peak = _refine_peak(T, rate, i)
        released = m0 - float(np.mean(y[-n_edge:]))
        return TpdResult(onset, peak, released)
    # baseline: the straight line through both ends of the run
    xb = np.concatenate([T[:n_edge], T[-n_edge:]])
    yb = np.concatenate([y[:n_edge], y[-n_edge:]])
    b1, b0 = np.polyfit(xb, yb, 1)
    s = y - (b0 + b1 * T)
    i = int(np.argmax(s))
    if s[i] <= 0 or i == 0 or i == len(T) - 1:
        raise CurveError(where, "no desorption peak inside the temperature range")
    peak = _refine_peak(T, s, i)
    grad = np.gradient(s, T)
    j = int(np.argmax(grad[: i + 1]))          # steepest point of the leading edge
    if grad[j] <= 0:
        raise CurveError(where, "the peak has no rising edge")
    onset = float(T[j] - s[j] / grad[j])
    return TpdResult(onset, peak)


def kissinger(heating_rates_k_min, peak_temperatures_k) -> tuple[float, float]:
    """Activation energy (kJ/mol) and R² from ln(β/Tp²) vs 1/Tp (slope −Ea/R)."""
    beta = np.asarray(heating_rates_k_min, float)
    tp = np.asarray(peak_temperatures_k, float)
    if len(beta) < 3 or len(set(beta.tolist())) < 3:
        raise CurveError("", "Kissinger needs peaks at three or more different heating rates")
    if np.any(beta <= 0) or np.any(tp <= 0):
        raise CurveError("", "heating rates and peak temperatures (K) must be positive")
    x, yv = 1.0 / tp, np.log(beta / tp ** 2)
    slope, intercept = np.polyfit(x, yv, 1)
    ea = -slope * R_GAS / 1000.0
    if ea <= 0:
        raise CurveError("", "peak temperatures do not rise with the heating rate; no activation energy")
    return float(ea), _r2(x, yv, slope, intercept)


def arrhenius(temperature_k, conductivity_s_cm, *, form: str = "sigmaT") -> tuple[float, float]:
    """Activation energy (eV) and R² of conductivity: ln(σT) (default) or ln σ vs 1/T."""
    T = np.asarray(temperature_k, float)
    sig = np.asarray(conductivity_s_cm, float)
    if len(T) < 3:
        raise CurveError("", "an Arrhenius fit needs three or more temperatures")
    if np.any(sig <= 0) or np.any(T <= 0):
        raise CurveError("", "conductivities and absolute temperatures must be positive")
    if form not in ("sigmaT", "sigma"):
        raise CurveError("", "form is 'sigmaT' (ln σT vs 1/T) or 'sigma' (ln σ vs 1/T)")
    x = 1.0 / T
    yv = np.log(sig * T) if form == "sigmaT" else np.log(sig)
    slope, intercept = np.polyfit(x, yv, 1)
    return float(-slope * K_B_EV), _r2(x, yv, slope, intercept)


def _r2(x, y, slope, intercept) -> float:
    resid = y - (slope * x + intercept)
    ss = float(np.sum((y - np.mean(y)) ** 2))
    return 1.0 - float(np.sum(resid ** 2)) / ss if ss > 0 else 1.0


# ------------------------------------------------------------------------------ derivation
def technique_for(kind: str) -> str | None:
    """Ontology Technique term id for a curve kind, or None when the ontology has none yet."""
    vocab = vocabulary()
    for label in _TECHNIQUE_NAMES.get(kind, ()):
        term = vocab.lookup(label, "Technique")
        if term is not None:
            return term.id
    return None


def _meta_quantity(curve: Curve, key: str, given: str | None, unit: str) -> float | None:
    """A setting of the measurement (heating rate, isotherm temperature, pellet size, active mass) from its
    option ``given`` or the file's '# key: value' line, in ``unit``. A temperature must lie above absolute
    zero, every other setting above zero: a heating rate of -5 K/min was stored, one of 0 dropped unsaid."""
    text = given or curve.meta.get(key)
    if text is None:
        return None
    from ontology.quantities import parse_quantity_text
    option = f"--{key.replace('_', '-')}" if given else None      # else the file's own line is at fault
    try:
        value, u = parse_quantity_text(str(text))
        quantity = ureg.Quantity(value, parse_unit(u))
        magnitude = float(quantity.to(parse_unit(unit)).magnitude)
        kelvin = quantity.to("K").magnitude if quantity.check("[temperature]") else None
    except Exception as exc:  # UnitError, DimensionalityError: both mean the text is unusable
        raise CurveError(curve.name, f"{key} '{text}' is not a {unit}-compatible quantity ({exc})",
                         field=option) from None
    where = f"give {option} a value" if option else f"correct the file's '# {key}:' line"
    if kelvin is not None and kelvin < 0:
        raise CurveError(curve.name, f"{key} '{text}' is below absolute zero", field=option,
                         fix=f"{where} above absolute zero, e.g. '300 degC'")
    if kelvin is None and magnitude <= 0:
        raise CurveError(curve.name, f"{key} '{text}' must be positive", field=option,
                         fix=f"{where} above zero, e.g. '5 {unit}'")
    return magnitude


def _m(prop: str, value: float, unit: str, *, method: str, curve: Curve, kind: str,
       conditions: dict | None = None, note: str = "") -> dict[str, Any]:
    if not math.isfinite(value):
        raise CurveError(curve.name, f"{method}: the curve gives no finite {prop.replace('_', ' ')}")
    out = {"property": prop, "value": float(f"{value:.6g}"), "unit": unit, "method": method,
           "derived_from": curve.name, "conditions": conditions or {}}
    tech = technique_for(kind)
    if tech:
        out["technique"] = tech
    if note:
        out["note"] = note
    return out


def derive(kind: str, curve: Curve, *, heating_rate: str | None = None, temperature: str | None = None,
           form: str = "sigmaT", active_mass: str | None = None, thickness: str | None = None,
           area: str | None = None) -> list[dict[str, Any]]:
    """Measurements (as ``ingest.entries.entry.MeasurementIn`` dicts) derived from one curve file."""
    kind = kind.casefold()
    if kind not in KINDS:
        raise CurveError(curve.name, f"unknown curve kind '{kind}'; use one of {', '.join(KINDS)}")
    try:
        with np.errstate(all="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # ill-conditioned fits end in a clear CurveError below
            return _DERIVERS[kind](curve, heating_rate=heating_rate, temperature=temperature, form=form,
                                   active_mass=active_mass, thickness=thickness, area=area)
    except CurveError as exc:
        if exc.where:
            raise
        raise CurveError(curve.name, str(exc)) from None
    except (np.linalg.LinAlgError, ValueError) as exc:  # a fit numpy cannot do on these points
        raise CurveError(curve.name, f"cannot derive {kind} values: {exc}") from None


def _derive_tpd(curve: Curve, *, heating_rate=None, mass=None, **_) -> list[dict]:
    T = curve.values("temperature", "degC")
    is_mass = mass if mass is not None else curve.role("signal", required=False) is None
    y = curve.values("mass_fraction", "wt%") if is_mass else curve.role("signal").values
    kind = "tga" if is_mass else "tpd"
    res = tpd_analysis(T, y, mass=is_mass, where=curve.name)
    beta = _meta_quantity(curve, "heating_rate", heating_rate, "K/min")
    cond = {"heating_rate": {"value": beta, "unit": "K/min"}} if beta else {}
    rule = "tangent at fastest mass loss ∩ initial plateau" if is_mass else "tangent at steepest rise ∩ baseline"
    signal = "" if is_mass else curve.meta.get("signal", "")     # which instrument channel (STA: MS H2 or DSC)
    out = [_m("onset_dehydrogenation_temperature", res.onset_c, "degC", method=f"{kind.upper()} onset ({rule})",
              curve=curve, kind=kind, conditions=cond, note=signal),
           _m("peak_dehydrogenation_temperature", res.peak_c, "degC",
              method=f"{kind.upper()} peak ({'DTG maximum' if is_mass else 'signal maximum'})",
              curve=curve, kind=kind, conditions=cond, note=signal)]
    if res.released_wt is not None and res.released_wt > 0:
        out.append(_m("hydrogen_capacity", res.released_wt, "wt%", method="TGA mass loss",
                      curve=curve, kind=kind, conditions={"temperature": {"value": float(T.max()), "unit": "degC"}}))
    return out


def _derive_kissinger(curve: Curve, **_) -> list[dict]:
    beta = curve.values("heating_rate", "K/min")
    tp = curve.values("temperature", "K")
    ea, r2 = kissinger(beta, tp)
    return [_m("dehydrogenation_activation_energy", ea, "kJ/mol", method="Kissinger", curve=curve,
               kind="kissinger", note=f"ln(β/Tp²) vs 1/Tp over {len(beta)} heating rates, R² = {r2:.4f}")]


def kissinger_from_curves(curves: list[tuple[float, Curve]]) -> tuple[float, float, list[float]]:
    """Kissinger Ea (kJ/mol), R² and the peak temperatures (K) from TPD curves at heating rates (K/min)."""
    peaks = []
    for _beta, c in curves:
        T = c.values("temperature", "degC")
        sig = c.role("signal", required=False)
        y = sig.values if sig is not None else c.values("mass_fraction", "wt%")
        peaks.append(tpd_analysis(T, y, mass=sig is None, where=c.name).peak_c + 273.15)
    ea, r2 = kissinger([b for b, _ in curves], peaks)
    return ea, r2, peaks


def _derive_pct(curve: Curve, *, temperature=None, **_) -> list[dict]:
    p = curve.values("pressure", "MPa")
    comp_col = curve.role("mass_fraction", required=False)
    if comp_col is None:
        raise CurveError(curve.name, "no hydrogen content column in wt% (e.g. 'H content (wt%)')")
    c = curve.values("mass_fraction", "wt%")
    tcol = curve.role("temperature", required=False)
    if tcol is not None:
        temps = curve.values("temperature", "degC")
    else:
        t = _meta_quantity(curve, "temperature", temperature, "degC")
        if t is None:
            raise CurveError(curve.name, "the isotherm's temperature is missing: add a temperature "
                                         "column, a '# temperature: 300 degC' line or --temperature")
        temps = np.full(len(p), t)
    out, plateaus = [], []
    for t in sorted(set(np.round(temps, 6).tolist())):
        sel = np.isclose(temps, t)
        cs, ps = c[sel], p[sel]
        out.append(_m("hydrogen_capacity", float(cs.max()), "wt%", method="PCT maximum content",
                      curve=curve, kind="pct",
                      conditions={"temperature": {"value": t, "unit": "degC"},
                                  "pressure": {"value": float(ps[np.argmax(cs)]), "unit": "MPa"}}))
        mid = (cs >= 0.2 * cs.max()) & (cs <= 0.8 * cs.max())
        if mid.sum() >= 2:
            plateaus.append((t + 273.15, float(np.median(ps[mid]))))
    if len(plateaus) >= 2:
        Tk = np.array([t for t, _ in plateaus])
        lnp = np.log(np.array([p for _, p in plateaus]))
        slope, _ = np.polyfit(1.0 / Tk, lnp, 1)
        # ln P = -ΔH_des/(R T) + ΔS_des/R: the slope is -ΔH_des/R (P rises with T, so ΔH_des > 0)
        dh = -slope * R_GAS / 1000.0
        out.append(_m("reaction_enthalpy", dh, "kJ/mol", method="van 't Hoff (PCT plateaus)",
                      curve=curve, kind="pct",
                      note=f"plateaus at {len(plateaus)} temperatures; desorption enthalpy (positive)"))
    return out


def _derive_cycling(curve: Curve, *, active_mass=None, **_) -> list[dict]:
    if curve.role("specific_capacity", required=False) is None and _charge_columns(curve):
        return _derive_cycling_points(curve, active_mass)
    cyc = curve.role("cycle").values
    cap_col = curve.role("specific_capacity", required=False)
    if cap_col is not None:
        cap, prop, unit = curve.values("specific_capacity", "mA h/g"), "specific_capacity", "mAh/g"
    else:
        cap, prop, unit = curve.values("mass_fraction", "wt%"), "hydrogen_capacity", "wt%"
    cyc, cap = _sorted_by(cyc, cap)
    if len(cyc) < 2:
        raise CurveError(curve.name, "cycling needs two or more cycles")
    if cap[0] <= 0:
        raise CurveError(curve.name, "the first cycle's capacity is not positive")
    retention = 100.0 * cap[-1] / cap[0]
    return [_m(prop, float(cap[0]), unit, method="first cycle", curve=curve, kind="cycling",
               conditions={"cycles": {"value": float(cyc[0]), "unit": "1"}}),
            _m("capacity_retention", retention, "%", method=f"last/first capacity (cycle {cyc[-1]:g} vs {cyc[0]:g})",
               curve=curve, kind="cycling", conditions={"cycles": {"value": float(cyc[-1]), "unit": "1"}})]


def _derive_arrhenius(curve: Curve, *, form="sigmaT", **_) -> list[dict]:
    if curve.role("conductivity", required=False) is None and curve.role("z_real", required=False) is not None:
        raise CurveError(curve.name, "one impedance spectrum gives one conductivity: use --kind eis, or attach "
                                     "spectra at three or more temperatures with --kind arrhenius --temperatures")
    T = curve.values("temperature", "K")
    sig = curve.values("conductivity", "S/cm")
    ea, r2 = arrhenius(T, sig, form=form)
    label = "ln(σT)" if form == "sigmaT" else "ln σ"
    i = int(np.argmin(np.abs(T - 298.15)))
    return [_m("ion_migration_activation_energy", ea, "eV", method=f"Arrhenius fit of {label} vs 1/T",
               curve=curve, kind="arrhenius", note=f"{len(T)} temperatures, R² = {r2:.4f}"),
            _m("ionic_conductivity", float(sig[i]), "S/cm", method="measured point nearest 25 °C",
               curve=curve, kind="arrhenius",
               conditions={"temperature": {"value": float(T[i]), "unit": "K"}})]


# ---------------------------------------------------- cycling from a potentiostat's point-by-point record
def _charge_columns(curve: Curve) -> bool:
    return any(curve.roles(r) for r in ("q_charge", "q_discharge", "q_signed"))


def _charge_mah(curve: Curve, role: str) -> np.ndarray:
    col = curve.role(role)
    return np.asarray(ureg.Quantity(col.values, parse_unit(col.unit or "mA*h")).to("mA*h").magnitude, float)


def _charges_by_direction(curve: Curve) -> tuple[np.ndarray, np.ndarray]:
    """Charge passed so far in the running half-cycle (mAh): while charging, and while discharging.

    EC-Lab's 'Q charge' / 'Q discharge' restart at every half-cycle; 'Q charge/discharge' is one
    signed column (charge positive)."""
    if curve.roles("q_charge") and curve.roles("q_discharge"):
        return _charge_mah(curve, "q_charge"), _charge_mah(curve, "q_discharge")
    q = _charge_mah(curve, "q_signed")
    return np.where(q > 0, q, 0.0), np.where(q < 0, -q, 0.0)


def _half_cycles_by_current(current: np.ndarray, q_chg: np.ndarray, q_dis: np.ndarray) -> list[float]:
    """The charge of each half-cycle in order: runs of one current sign (rests inside a run do not end it).

    One pass in numpy: the points with a current, their sign, where the sign changes (a run starts), and each
    run's largest charge (the charging column while the current is positive, the discharging one while it is
    negative). A run whose first charge is missing (NaN) has none; a missing charge later in a run is passed over."""
    current = np.asarray(current, float)
    on = (current != 0) & np.isfinite(current)
    if not on.any():
        return []
    positive = current[on] > 0
    q = np.where(positive, np.asarray(q_chg, float)[on], np.asarray(q_dis, float)[on])
    starts = np.flatnonzero(np.concatenate(([True], positive[1:] != positive[:-1])))
    with np.errstate(invalid="ignore"):
        largest = np.fmax.reduceat(q, starts)
    return np.where(np.isnan(q[starts]), np.nan, largest).tolist()


def _half_cycle_charges(curve: Curve) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per cycle: cycle number, charge of its first half-cycle and of its second (mAh).

    With a current column the half-cycles are the runs of one current sign, paired in the order the
    run made them (discharge first for an anode against Li, charge first for a cathode), whatever the
    instrument's own cycle counter says (EC-Lab may start a cycle at either half).  Without one, each
    of the file's cycles is taken as one charge and one discharge, the one whose charge grows first
    being the first half."""
    q_chg, q_dis = _charges_by_direction(curve)
    current = curve.role("current", required=False)
    if current is not None:
        halves = _half_cycles_by_current(current.values, q_chg, q_dis)
        pairs = [(halves[k], halves[k + 1]) for k in range(0, len(halves) - 1, 2)]
        done = [(n, a, b) for n, (a, b) in enumerate(pairs, start=1) if a > 0 and b > 0]
    else:
        cyc = curve.role("cycle").values
        done = []
        for n in sorted(set(cyc.tolist())):
            sel = cyc == n
            charge, discharge = float(np.nanmax(q_chg[sel])), float(np.nanmax(q_dis[sel]))
            if charge > 0 and discharge > 0:     # else a cycle cut short
                charge_first = int(np.argmax(q_chg[sel] > 0)) < int(np.argmax(q_dis[sel] > 0))
                number = n + 1 if cyc.min() == 0 else n          # EC-Lab counts cycles from 0
                done.append((number, *((charge, discharge) if charge_first else (discharge, charge))))
    return (np.array([d[0] for d in done], float), np.array([d[1] for d in done], float),
            np.array([d[2] for d in done], float))


def _active_mass_g(curve: Curve, given: str | None) -> float:
    if given is None and curve.meta.get("active_mass") is not None:
        # EC-Lab fills the field with 0.001 mg unless the user typed a mass: that is no mass
        if math.isclose(_meta_quantity(curve, "active_mass", None, "mg") or 0.0, 0.001):
            raise CurveError(curve.name, "the file's 'Mass of active material' is EC-Lab's placeholder 0.001 mg: "
                                         "give the mass with --active-mass, e.g. '--active-mass 2.5 mg'")
    mass = _meta_quantity(curve, "active_mass", given, "g")
    if mass is None:
        raise CurveError(curve.name, "the active mass is missing: give --active-mass, e.g. '--active-mass 2.5 mg'")
    if mass <= 0:
        raise CurveError(curve.name, "--active-mass must be positive")
    return mass


def _derive_cycling_points(curve: Curve, active_mass: str | None) -> list[dict]:
    cycles, q_in, q_out = _half_cycle_charges(curve)
    if len(cycles) < 2:
        raise CurveError(curve.name, "cycling needs two or more complete cycles (charge and discharge)")
    mass = _active_mass_g(curve, active_mass)
    capacity = q_out / mass                   # mAh/g: the charge given back, i.e. the reversible capacity
    efficiency = 100.0 * q_out / q_in
    first, last = float(cycles[0]), float(cycles[-1])
    basis = f"active mass {mass * 1000:g} mg"
    out = [_m("specific_capacity", float(capacity[0]), "mAh/g",
              method="reversible capacity of the first complete cycle (second half-cycle charge / active mass)",
              curve=curve, kind="cycling", conditions={"cycles": {"value": first, "unit": "1"}}, note=basis),
           _m("capacity_retention", 100.0 * capacity[-1] / capacity[0], "%",
              method=f"reversible capacity, cycle {last:g} vs {first:g}", curve=curve, kind="cycling",
              conditions={"cycles": {"value": last, "unit": "1"}}, note=f"{len(cycles)} complete cycles")]
    for n, ce in ((first, efficiency[0]), (last, efficiency[-1])):
        out.append(_m("coulombic_efficiency", float(ce), "%",
                      method="charge of the second half-cycle / charge of the first, same cycle",
                      curve=curve, kind="cycling", conditions={"cycles": {"value": n, "unit": "1"}}))
    return out


# -------------------------------------------------------------------- ionic conductivity from impedance
def sweeps(curve: Curve) -> list[Curve]:
    """The impedance spectra in one file, in order: a new sweep starts where the frequency jumps back
    (an EC-Lab PEIS loop, e.g. one spectrum per temperature step, writes them one after another)."""
    if curve.role("frequency", required=False) is None:
        return [curve]
    starts = _sweep_starts(curve.values("frequency", "Hz"))
    if len(starts) == 2:
        return [curve]
    return [Curve(f"{curve.name} (spectrum {k + 1})",
                  [Column(c.header, c.name, c.unit, c.role, c.values[a:b]) for c in curve.columns], dict(curve.meta))
            for k, (a, b) in enumerate(zip(starts, starts[1:]))]


def _sweep_starts(f: np.ndarray) -> list[int]:
    """Where each frequency sweep starts, then the number of points: [0, …, len(f)]. The frequency runs one way
    (falling or rising: the median step says which); a step the other way by more than 1.5× starts a sweep."""
    ratio = f[1:] / np.where(f[:-1] == 0, np.nan, f[:-1])
    falling = np.nanmedian(ratio) < 1 if len(ratio) else True
    with np.errstate(invalid="ignore"):
        back = ratio > 1.5 if falling else ratio < 1 / 1.5
    return [0, *(np.flatnonzero(back) + 1).tolist(), len(f)]


def nyquist(curve: Curve) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Frequency (Hz), Z' and Z'' (ohm) sorted from high to low frequency, of a file holding one spectrum (its
    frequencies read once: the sweeps counted on them, not the file split again)."""
    f = curve.values("frequency", "Hz")
    several = len(_sweep_starts(f)) - 1
    if several > 1:
        raise CurveError(curve.name, f"holds {several} impedance spectra (the frequency sweeps {several} times): "
                                     "attach it with --kind arrhenius and one temperature per spectrum "
                                     "(--temperatures), or export one spectrum per file")
    zr, zi = curve.values("z_real", "ohm"), curve.values("z_imag", "ohm")
    order = np.argsort(-f, kind="stable")
    return f[order], zr[order], zi[order]


def _circle(x: np.ndarray, y: np.ndarray) -> tuple[float, float, float]:
    """Least-squares circle (centre x, centre y, radius) through the points (algebraic fit)."""
    a = np.column_stack([x, y, np.ones_like(x)])
    d, e, f = np.linalg.lstsq(a, -(x ** 2 + y ** 2), rcond=None)[0]
    xc, yc = -d / 2, -e / 2
    return float(xc), float(yc), float(math.sqrt(max(xc ** 2 + yc ** 2 - f, 0.0)))


def bulk_resistance(freq: np.ndarray, z_real: np.ndarray, z_imag: np.ndarray, *, where: str = "") -> tuple[float, str]:
    """The bulk (grain + grain boundary) resistance of a pellet between blocking electrodes, and how it was read.

    −Z'' traced from high to low frequency: the bulk semicircle, then the electrode spike.  With a
    semicircle, R_b is the low-frequency real-axis intercept of a circle fitted to its points (up to
    the minimum of −Z'' where the spike begins); with only the spike (semicircle above the highest
    frequency), R_b is the spike's high-frequency intercept with the real axis."""
    if len(freq) < 5:
        raise CurveError(where, f"an impedance spectrum needs at least 5 frequencies (got {len(freq)})")
    y = -z_imag
    top = float(np.max(y))
    if top <= 0:
        raise CurveError(where, "−Z'' is never positive: no capacitive arc or spike to read a resistance from")
    minima = [j for j in range(1, len(y) - 1)
              if y[j] <= y[j - 1] and y[j] < y[j + 1] and y[j] < 0.9 * float(np.max(y[:j]))]
    end = minima[0] if minima else (len(y) - 1 if int(np.argmax(y)) < len(y) - 2 else None)
    if end is not None:
        start = int(np.argmax(y > 0))          # an inductive tail at the highest frequencies is no part of the arc
        arc = slice(start, end + 1)
        if end - start >= 4:
            xc, yc, r = _circle(z_real[arc], y[arc])
            reach = r ** 2 - yc ** 2
            low, high = z_real[start] - 0.05 * abs(z_real[end]), 1.5 * z_real[end]
            if reach > 0 and low <= xc + math.sqrt(reach) <= high:
                f_end = float(freq[end])
                return xc + math.sqrt(reach), (f"low-frequency real-axis intercept of a circle fitted to the bulk "
                                               f"semicircle ({end - start + 1} points, f ≥ {f_end:.3g} Hz)")
        return float(z_real[end]), (f"Z' at the minimum of −Z'' between the bulk semicircle and the spike "
                                    f"({freq[end]:.3g} Hz)")
    # only the spike: extrapolate its high-frequency end to −Z'' = 0
    crossing = np.nonzero((y[:-1] <= 0) & (y[1:] > 0))[0]
    if len(crossing):
        j = int(crossing[0])
        t = -y[j] / (y[j + 1] - y[j])
        crossing_at = float(z_real[j] + t * (z_real[j + 1] - z_real[j]))
        return crossing_at, "real-axis crossing of the spectrum (high-frequency intercept)"
    k = min(5, len(y))
    _slope, intercept = np.polyfit(y[:k], z_real[:k], 1)
    return float(intercept), f"high-frequency real-axis intercept of the spike (line through its first {k} points)"


def _geometry(curve: Curve, thickness: str | None, area: str | None) -> tuple[float, float]:
    """Pellet thickness (cm) and electrode area (cm²) as the user gave them."""
    missing = [opt for opt, v in (("--thickness", thickness), ("--area", area)) if v is None]
    if missing:
        raise CurveError(curve.name, "σ = L/(R·A) needs the pellet's thickness and area: give "
                                     + " and ".join(missing) + ", e.g. '--thickness 1.2 mm --area 0.785 cm^2'")
    length = _meta_quantity(curve, "thickness", thickness, "cm")
    surface = _meta_quantity(curve, "area", area, "cm^2")
    if not length or not surface or length <= 0 or surface <= 0:
        raise CurveError(curve.name, "--thickness and --area must be positive")
    return length, surface


def conductivity(curve: Curve, thickness: str | None, area: str | None) -> tuple[float, float, str, float, float]:
    """σ (S/cm), R_b (ohm), the method R_b was read by, thickness (cm) and area (cm²) of one spectrum."""
    length, surface = _geometry(curve, thickness, area)
    r_b, how = bulk_resistance(*nyquist(curve), where=curve.name)
    if r_b <= 0:
        raise CurveError(curve.name, f"the bulk resistance read from the spectrum is not positive ({r_b:g} ohm)")
    return length / (r_b * surface), r_b, how, length, surface


def _conductivity_m(curve: Curve, sigma: float, r_b: float, how: str, length: float, surface: float,
                    temperature_k: float | None) -> dict[str, Any]:
    cond = {"temperature": {"value": temperature_k, "unit": "K"}} if temperature_k is not None else {}
    return _m("ionic_conductivity", sigma, "S/cm", method=f"σ = L/(R_b·A); R_b by {how}", curve=curve, kind="eis",
              conditions=cond, note=f"R_b = {r_b:.4g} ohm, L = {length * 10:g} mm, A = {surface:g} cm²")


def _derive_eis(curve: Curve, *, temperature=None, thickness=None, area=None, **_) -> list[dict]:
    sigma, r_b, how, length, surface = conductivity(curve, thickness, area)
    t = _meta_quantity(curve, "temperature", temperature, "K")
    return [_conductivity_m(curve, sigma, r_b, how, length, surface, t)]


def conductivity_arrhenius(spectra: list[tuple[float, Curve]], *, thickness: str | None, area: str | None,
                           form: str = "sigmaT") -> list[dict[str, Any]]:
    """Spectra at several temperatures (K): each one's ionic conductivity, then the Arrhenius Ea (eV)."""
    out, temps, sigmas = [], [], []
    for t_k, curve in spectra:
        sigma, r_b, how, length, surface = conductivity(curve, thickness, area)
        out.append(_conductivity_m(curve, sigma, r_b, how, length, surface, t_k))
        temps.append(t_k)
        sigmas.append(sigma)
    ea, r2 = arrhenius(temps, sigmas, form=form)
    label = "ln(σT)" if form == "sigmaT" else "ln σ"
    out.append(_m("ion_migration_activation_energy", ea, "eV", method=f"Arrhenius fit of {label} vs 1/T",
                  curve=spectra[0][1], kind="arrhenius",
                  note="conductivities from the spectra " + ", ".join(f"{c.name} ({t:g} K)" for t, c in spectra)
                       + f"; R² = {r2:.4f}"))
    return out


_DERIVERS = {
    "tpd": lambda c, **kw: _derive_tpd(c, **kw),
    "tga": lambda c, **kw: _derive_tpd(c, mass=True, **kw),
    "kissinger": _derive_kissinger,
    "pct": _derive_pct,
    "cycling": _derive_cycling,
    "arrhenius": _derive_arrhenius,
    "eis": _derive_eis,
}
