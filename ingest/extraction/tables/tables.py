"""Tables of a paper (ingest.documents.document.Table) → Measurements, SystemReports and Conflicts.

Columns are understood through the ontology: a header's words are looked up as a Property or a
Condition term (never a per-column list here). Cells in the corpus's forms: 'onset/peak' pairs,
'5 MPa 200 °C 6.0 wt%' (conditions + value), '6.1 wt% (50th)' (cycles), Ea pairs '54/17',
Table-2 'T75'/'E65' flags (theoretical/experimental), ranges '125–160', '~10<sup>-4</sup>', 'RT';
several values of one quantity ('110 390' in a pair slot, '51/58/63/82' in a one-quantity column:
steps or peaks) give one measurement each. Every measurement's evidence span is its cell.
Rows whose host-group label the PDF conversion misplaced are checked against the prose citing the
same key; disagreements become Conflicts. Rows the conversion shifted are realigned (``rows``).
"""
from __future__ import annotations

import math
import re
import statistics
from dataclasses import dataclass, field
from functools import lru_cache

from ingest.documents.document import Document, Row, Table, citation_keys
from ingest.extraction.samples.class_samples import names_no_sample
from ingest.extraction.text.quantity_text import _dims, groups, numbers, qualifier_before
from ingest.extraction.text.sample_words import BASELINE_WORDS
from ingest.extraction.values.condition_terms import stated_conditions
from ingest.extraction.values.reacting_partners import with_reacting_partners
from ingest.extraction.values.reaction_capacity import computed_from, converted_by, held_by
from ingest.extraction.values.reactions import reactions, side_terms
from ingest.extraction.values.value_conditions import amount_by_the_end
from ontology.formula import FormulaError, parse_formula, strip_markup
from ontology.models import Conflict, GraphBatch, MaterialSystem, Measurement, SourceRef, SystemReport, implausible
from ontology.quantities import NUMBER_FORMS, ROOM_TEMPERATURE_C, number_value
from ontology.strategy_rules import APPLICATIONS, application_of, composition_strategies
from ontology.system import analyse_system, written_setting
from ontology.text_memo import per_document
from ontology.units import UnitError, is_compatible, parse_unit
from ontology.vocabulary import fold, vocabulary


@dataclass
class Column:
    index: int
    header: str
    role: str                          # host | system | additive | amount | property | condition | refs | text
    keys: list[str] = field(default_factory=list)   # property/condition keys (pairs: two)
    unit: str | None = None
    conditions: dict = field(default_factory=dict)   # what the header says it was measured at
    alternatives: list[str] = field(default_factory=list)   # other properties the header's words name ('Ea')


# ------------------------------------------------------------------------------ headers
def _unit_of(header: str) -> str | None:
    m = re.search(r"[\[(]([^\[\]()]*?)[\])]\s*$", header)
    if not m:
        return _unit_after_slash(header)
    inner = m.group(1).split(",")[-1].strip()
    return inner if re.search(r"[A-Za-z°%]", inner) and not re.fullmatch(r"[a-z]+(/[a-z]+)?", inner) else None


# 'Temperature / °C', 'σ / S cm−1': the quantity divided by its unit, as tables print a number's unit
_SLASH_UNIT = re.compile(r"\s/\s*(?P<unit>[^/]+?)\s*$")


def _unit_after_slash(header: str) -> str | None:
    """The unit after a spaced '/' that the unit parser reads as one with a dimension; 'T onset / T peak'
    and 'Sample / additive' hold two quantities or words, no unit."""
    m = _SLASH_UNIT.search(header)
    if m is None or not re.search(r"[A-Za-z°%]", m.group("unit")):
        return None
    try:
        dimensioned = not parse_unit(_unit_text(m.group("unit"))).dimensionless
    except Exception:
        return None
    return m.group("unit") if dimensioned else None


def _without_unit(header: str, unit: str | None) -> str:
    """The header's words before its unit (in brackets, or after a spaced '/')."""
    base = re.sub(r"\s*[\[(][^\[\]()]*[\])]\s*$", "", header).strip()
    if unit and base == header.strip():
        m = _SLASH_UNIT.search(base)
        base = base[:m.start()].strip() if m else base
    return base


def _lookup(phrase: str, kind: str):
    vocab = vocabulary()
    phrase = re.sub(r"\s+", " ", phrase).strip()
    if not phrase:
        return None
    return vocab.lookup(phrase, kind) or _compact_labels(kind).get(_compact(phrase))


def _compact(text: str) -> str:
    """A header's letters and digits only: 'Ea,des', 'E<sub>a,des</sub>' and the label 'Ea(des)', or
    'T_onset' and 'T onset', read alike (headers print symbols with subscripts, commas, underscores); the
    transition-state mark stays ('ΔH‡', the activation enthalpy, is no 'ΔH')."""
    return re.sub(r"[^\w‡≠]+|_", "", fold(text))


@lru_cache(maxsize=4)
def _compact_labels(kind: str) -> dict:
    """The ontology's labels of ``kind`` by their compact form; a form two terms share names neither."""
    return {k: v[0] for k, v in _compact_names(kind).items() if k and len(v) == 1}


@lru_cache(maxsize=4)
def _compact_names(kind: str) -> dict:
    """Every term of ``kind`` a compact form names, by its labels or the spellings of headers ('Ea': the
    activation energy of dehydrogenation and of ion conduction)."""
    found: dict[str, list] = {}
    for term in vocabulary().terms(kind):
        for label in (*term.labels, *term.header_labels):
            terms = found.setdefault(_compact(label), [])
            if term not in terms:
                terms.append(term)
    return found


def _fits(key: str, unit: str | None) -> bool:
    try:
        return unit is None or is_compatible(key, unit)
    except Exception:
        return False


@per_document(maxsize=1024)
def _property_by_words(phrase: str, unit: str | None) -> str | None:
    """The property whose names hold every word of ``phrase`` and whose unit fits: one of its labels
    ('Reversible capacity (wt%)': 'reversible hydrogen capacity', the label with fewest other words),
    else its labels with those of the broader properties it is one of ('Reversible H2 capacity':
    'reversible hydrogen capacity' under 'H2 capacity'); a tie between two properties names none."""
    words = _words(phrase)
    if not words:
        return None
    vocab = vocabulary()
    fitting = [t for t in vocab.terms("Property") if t.key and _fits(t.key, unit)]
    best: dict[str, int] = {}
    for term in fitting:
        for label in term.labels:
            extra = _words(label)
            if words <= extra:
                best[term.key] = min(best.get(term.key, 99), len(extra - words))   # type: ignore[index]
    ranked = sorted(best.items(), key=lambda kv: kv[1])
    if ranked:
        return None if len(ranked) > 1 and ranked[0][1] == ranked[1][1] else ranked[0][0]
    # (the property's own part of the words is its name's, not a synonym's: 'H2 released' is no reversible capacity
    # for the 'released' of its synonym 'released again')
    inherited = [t.key for t in fitting
                 if words <= _words(t.label).union(*(_words(label) for a in vocab.ancestors(t.id)
                                                     for label in vocab.get(a).labels))]
    return inherited[0] if len(inherited) == 1 else None


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", fold(text)))


def _property_term(phrase: str, unit: str | None) -> str | None:
    """A header phrase's property: a label or synonym of the ontology whose unit fits the column's
    ('Reversible capacity' is a battery's in mAh/g, a hydride's in wt%), else by its words."""
    term = _lookup(phrase, "Property")
    if term is None or not term.key:
        return None
    return term.key if _fits(term.key, unit) else _property_by_words(phrase, unit)


# a header's condition after its quantity: 'Capacity retention after 100 cycles'
_HEADER_CONDITION = re.compile(r"\s+(?:after|over|at|for)\s+(?:the\s+)?(\d+(?:\.\d+)?)\s*(?:st|nd|rd|th)?\s+"
                               r"([A-Za-z]+)\s*$")
# two quantities of one column: 'Dehydrogenation temperature (onset/peak, °C)', '(Onset / peak)',
# 'Onset – peak temperature', 'Onset/peak temperature' (the qualifiers share the header's noun)
_PAIR_IN_PARENS = re.compile(r"\(\s*([A-Za-z]+)\s*[/–—]\s*([A-Za-z]+)\s*(?:,[^)]*)?\)")
_PAIR_BEFORE_NOUN = re.compile(r"([A-Za-z]+)\s*[/–—]\s*([A-Za-z]+)\s+([A-Za-z].*)")


# the temperature a quantity was measured at, after its symbol or name: 'σ25 °C', 'σ<sub>RT</sub>',
# 'σ at 25 °C', 'Conductivity @ 300 K', 'σ, 30 °C'
_HEADER_TEMPERATURE = re.compile(r"(?:\s*(?:\bat|@|,)\s*|(?<=[^\W\d_])\s*)"
                                 r"(?:(?P<value>-?\d+(?:\.\d+)?)\s*(?P<unit>°C|K)"
                                 r"|(?P<rt>RT|room\s+temperature))\s*$")


def _header_condition(base: str) -> tuple[str, dict]:
    m = _HEADER_CONDITION.search(base)
    cond = _condition_term(m.group(2)) if m else None
    if m and cond is not None:
        return base[:m.start()], {cond.key: float(m.group(1))}
    t = _HEADER_TEMPERATURE.search(base)
    temperature = _condition_term("temperature")
    if t is None or temperature is None or not base[:t.start()].strip():
        return base, {}
    if t.group("rt"):
        return base[:t.start()], {temperature.key: {"value": ROOM_TEMPERATURE_C, "unit": "degC"}}
    unit = "degC" if t.group("unit") == "°C" else "K"
    return base[:t.start()], {temperature.key: {"value": float(t.group("value")), "unit": unit}}


def _condition_term(phrase: str):
    """The Condition term (with a key) a header phrase names, in the singular or plural ('Cycle')."""
    cond = _lookup(phrase, "Condition") or _lookup(phrase.rstrip("s") + "s", "Condition")
    return cond if cond is not None and cond.key else None


def _pair_keys(header: str, base: str, unit: str | None) -> list[str] | None:
    """The two properties of a pair column, or None: qualifiers of the header's noun (in parentheses
    or before it), or two quantities side by side ('Ea(des)/ Ea(ads)', 'Ea,des / Ea,abs (kJ/mol)',
    'T onset / T peak (°C)')."""
    paren = _PAIR_IN_PARENS.search(header)
    noun = base if paren else None
    if paren is None and (paren := _PAIR_BEFORE_NOUN.fullmatch(base)):
        noun = paren.group(3)
    if paren and noun:
        keys = [_property_term(f"{q} {noun}", unit) or _property_term(f"{q} {noun.split()[-1]}", unit)
                for q in paren.group(1, 2)]
        if all(keys) and keys[0] != keys[1]:
            return keys  # type: ignore[return-value]
    # the unit's parenthesis goes first: 'kJ/mol' is no second quantity
    side = base if unit else header
    parts = [p.strip() for p in side.split("/") if p.strip()]
    if len(parts) == 2:
        keys = [_property_term(p, unit) for p in parts]
        if all(keys) and keys[0] != keys[1]:
            return keys  # type: ignore[return-value]
    return None


def _column(index: int, header_raw: str) -> Column:
    header = strip_markup(header_raw).strip()
    low = header.lower()
    if index == 0:
        return Column(index, header, "host")
    if not header:                     # an unlabelled column next to the host: the system/additive
        return Column(index, header, "additive")
    if low.startswith("ref"):
        return Column(index, header, "refs")
    unit = _unit_of(header)
    base = _without_unit(header, unit)
    base = re.sub(r"(\d)([a-z])", r"\1 \2", base)     # 'H2capacity' after markup stripping
    base, conditions = _header_condition(base)
    if re.search(r"[/–—]", header):
        pair = _pair_keys(header, base, unit)
        if pair is None and unit and _PAIR_IN_PARENS.fullmatch(f"({unit})"):
            pair = _pair_keys(header, base, None)    # '(Onset / Peak)' is no unit but the qualifiers
            unit = None if pair else unit
        if pair:
            return Column(index, header, "property", pair, unit, conditions)
    key = _property_term(base, unit)
    if key:
        return Column(index, header, "property", [key], unit, conditions, _other_properties(base, unit, key))
    cond = _condition_term(base)
    if cond is not None:
        return Column(index, header, "condition", [cond.key], unit)
    # with a unit: the property one of whose labels holds the header's words ('Reversible H2 capacity
    # (wt%)'), else, unless the unit is a share's (a loading), the property the unit fits best
    share = unit is not None and unit.replace(" ", "") in ("wt%", "mol%", "at%")
    # ('H2 released at 300 °C (wt%)': a share of hydrogen is a capacity, whatever the words around it)
    hydrogen = share and unit.replace(" ", "") == "wt%" and re.search(r"\b(?:H2|H₂|D2|hydrogen)\b", base, re.I)
    key = unit and (_property_by_words(base, unit)
                    or (None if share and not hydrogen else _property_for_unit(unit, base)))
    if key:
        return Column(index, header, "property", [key], unit, conditions)
    if share:
        return Column(index, header, "amount", [], unit)
    if low.startswith(("catalyst", "additive")) or (index == 1 and not unit):
        return Column(index, header, "additive")
    # e.g. 'Hydrogenation performance', 'Operating temperature', 'Capacity': resolved per cell by unit
    return Column(index, header, "property", [], unit)


def _other_properties(phrase: str, unit: str | None, key: str) -> list[str]:
    """The other properties whose labels or header spellings the phrase is, and whose unit fits."""
    return [t.key for t in _compact_names("Property").get(_compact(phrase), [])
            if t.key and t.key != key and _fits(t.key, unit)]


def columns(table: Table) -> list[Column]:
    return _by_application([_reaction_column(_column(i, c.text), table) for i, c in enumerate(table.header)])


def _reaction_column(col: Column, table: Table) -> Column:
    """A column past the first whose filled cells mostly write reactions ('2LiBH4 + Cr → CrB2 + 2LiH + 3H2') is
    the rows' reaction pathways, whatever its header says: no name of the row's system
    (ingest/extraction/values/reacting_partners.py reads it for the additive's role) and no values."""
    if col.index == 0 or col.role not in ("additive", "property") or col.keys:
        return col
    cells = [t for r in table.rows if col.index < len(r.cells) and (t := strip_markup(r.cells[col.index].text))
             and t not in ("/", "-", "–")]
    if cells and 2 * sum(1 for t in cells if reactions(t)) > len(cells):
        return Column(col.index, col.header, "text")
    return col


def _by_application(cols: list[Column]) -> list[Column]:
    """A header several properties share ('Ea (eV)') names the one of the application the table's other
    properties belong to: beside 'σ (S cm−1)' the activation energy of ion conduction, beside
    'Capacity (wt%)' that of dehydrogenation."""
    vocab = vocabulary()
    apps = {a for c in cols if c.role == "property" and not c.alternatives
            for k in c.keys for a in vocab.property(k).applications}
    for c in cols:
        if not c.alternatives or not apps or apps & set(vocab.property(c.keys[0]).applications):
            continue
        fitting = [k for k in c.alternatives if apps & set(vocab.property(k).applications)]
        if len(fitting) == 1:
            c.keys = fitting
    return cols


# ------------------------------------------------------------------------------ cells
_CELL_NUMBER = re.compile(rf"~?(?P<neg>-)?(?:{NUMBER_FORMS})")


def _number(text: str) -> float | None:
    """A cell's number in any printed form ('2.5 × 10^-3', '2.5E-3', '10(-4)'), else its first number."""
    t = strip_markup(text).replace("−", "-").replace("–", "-").replace(" ", "").replace("{", "").replace("}", "")
    m = _CELL_NUMBER.fullmatch(t)
    if m:
        try:
            value, _ = number_value(m.groupdict())
        except ValueError:
            return None  # beyond a float: no measurement
        return -value if m.group("neg") else value
    if "^" in t:
        return None  # a power that is no number form (an exponent of four digits and more)
    m = re.search(r"-?\d+(?:\.\d+)?", t)
    return float(m.group(0)) if m else None


def _values(text: str) -> tuple[float, float | None, str] | None:
    """'125–160' → (125, 160); '~10<sup>-4</sup>' → 1e-4; '–35–150' → (-35, 150); qualifier '~'."""
    raw = text.strip()
    if not raw or raw in {"/", "-", "–", "—"}:
        return None
    # ('>300', '< 0.1', '≈ 85', '~10<sup>-4</sup>': a bound or an approximate value, its sign kept as the qualifier)
    qual = qualifier_before(raw[0])   # (the prose's reading of the sign)
    if qual != "=":
        raw = raw[1:].strip()
    if re.search(r"10\s*(<sup>|\^)", raw):
        v = _number(raw)
        return (v, None, qual) if v is not None else None
    t = strip_markup(raw).replace("−", "-")
    m = re.fullmatch(r"\s*~?\s*([-–]?\d+(?:\.\d+)?)\s*[–-]\s*(\d+(?:\.\d+)?)\s*", t)
    if m:
        return float(m.group(1).replace("–", "-")), float(m.group(2)), qual
    v = _number(t)
    return (v, None, qual) if v is not None else None


def _quantities(cell: str) -> list[tuple[float, float | None, str]]:
    """The quantities with a unit a cell holds ('5 MPa 200 °C 6.0 wt%', '0 to 500 °C', '2–4 MPa'), read as the
    prose reads them (quantity_text.groups, with the ontology's units: a run's ordinal, '(50th)', is no quantity, and
    the '2–5 wt%' of 'MgH2–5 wt% Ni' a loading of 5 wt%, no range): (value, the range's other end or None, unit)."""
    out: list[tuple[float, float | None, str]] = []
    for g in groups(strip_markup(cell)):
        if g.unit is None:
            continue
        if g.kind in ("range", "change"):
            out.append((g.numbers[0].value, g.numbers[-1].value, g.unit))
        else:
            out.extend((n.value, None, g.unit) for n in g.numbers)
    return out


def _cycles(cell: str) -> float | None:
    m = re.search(r"\((\d+)\s*(?:st|nd|rd|th)\)", strip_markup(cell))
    return float(m.group(1)) if m else None


@per_document(maxsize=1024)
def _property_for_unit(unit: str, header: str) -> str | None:
    """A header the ontology lacks ('Cycling capacity', 'Capacity'): the property whose canonical unit
    fits the cell's unit; several fit → the one whose label shares most words with the header."""
    vocab = vocabulary()
    words = set(re.findall(r"[a-z]+", header.lower()))
    best, score = None, -1
    for key in vocab.property_keys():
        try:
            if not is_compatible(key, unit):
                continue
        except Exception:
            continue
        term = vocab.property(key)
        label_words = set(re.findall(r"[a-z]+", " ".join((term.label,) + tuple(term.alt_labels)).lower()))
        s = len(words & label_words) - (0.5 if term.parents else 0) \
            + (2 if (term.unit or "").replace(" ", "") == unit.replace(" ", "").replace("°C", "degC") else 0) \
            + (1.5 if _dims(term.unit or "") == _dims(unit) else 0)   # kJ/mol is a molar energy before an eV per atom
        if s > score:
            best, score = key, s
    return best


@lru_cache(maxsize=1024)
def _condition_for_unit(unit: str) -> str | None:
    keys = sorted(vocabulary().condition_keys(), key=lambda k: not vocabulary().property(k).default_reading)
    for key in keys:
        try:
            if is_compatible(key, unit):
                return key
        except Exception:
            continue
    return None


# ------------------------------------------------------------------------------ rows → systems
def _is_numeric(text: str) -> bool:
    return _values(text) is not None and bool(re.match(r"^\s*[~\d.]", strip_markup(text)))


def _hydride_of(label: str) -> str:
    """'Mg/MgH2' → 'MgH2' (the group label names the metal and its hydride)."""
    parts = [p.strip() for p in strip_markup(label).split("/") if p.strip()]
    with_h = [p for p in parts if re.search(r"H\d*\b|H\d*\)", p)]
    return (with_h or parts or [label])[0]


@dataclass
class RowView:
    row: Row
    group: str | None          # carried host-group label as the table shows it
    name: str                  # additive / system text of the row
    cells: dict[int, str]      # column index → cell text (after repairing shifts)
    refs: list[str]
    shifted: bool = False
    literal: str | None = None  # host group as a literal reading of the converted table gives it
    cell_index: dict[int, int] = field(default_factory=dict)  # column index → index in row.cells
    inferred_refs: bool = False  # the citation was lost in conversion and inferred (``_recover_refs``)


_CITATION_CELL = re.compile(r"^\s*\[\s*\d{1,3}[a-z]?(?:\s*[,–-]\s*\d{1,3}[a-z]?)*\s*\]\s*$")  # '[55b, 259]'


def rows(table: Table, cols: list[Column]) -> list[RowView]:
    """Rows with the host-group label carried down; a catalyst the conversion put into the host
    column (empty catalyst column), a host put into the catalyst column (cells shifted right) and
    a system whose two name columns the conversion merged into one (cells shifted left: the
    citation sits one column before the Refs column) are moved back. ``cell_index`` says which
    cell of the converted row each column's text came from (its offsets are the evidence)."""
    out = []
    group = literal = None
    ref_col = next((c.index for c in cols if c.role == "refs"), None)
    amount_col = next((c.index for c in cols if c.role == "amount"), None)
    has_additive = any(c.role == "additive" for c in cols)
    for row in table.rows:
        # (a row the conversion left without cells, '<table><tr><td>' cut short, has nothing to read; a row of
        # fewer cells than the two name columns is padded to them)
        if not row.cells:
            continue
        texts = [c.text for c in row.cells] + [""] * (max(len(cols), 2) - len(row.cells))
        index = {i: i for i in range(len(row.cells))}
        if (has_additive and ref_col is not None and ref_col >= 3 and texts[0] and texts[1]
                and not texts[ref_col].strip() and _CITATION_CELL.match(texts[ref_col - 1])):
            # one name cell for both name columns: every later cell sits one column to the left
            texts = [texts[0], ""] + texts[1:]
            index = {0: 0, **{i + 1: i for i in range(1, len(row.cells))}}
        literal = texts[0] or literal
        shifted = False
        if has_additive:
            first, second = texts[0], texts[1]
            if first and not second:                       # catalyst in the host column
                name = first
                shifted = True
            elif not first and amount_col is not None and second and not _is_numeric(texts[amount_col]) \
                    and _is_numeric(texts[amount_col + 1] if amount_col + 1 < len(texts) else ""):
                group, name = second, texts[2]             # host in the catalyst column, rest shifted
                texts = [""] + texts[2:] + [""]
                texts[1] = name
                index = {k: index[k + 1] for k in range(1, len(texts)) if k + 1 in index}
                shifted = True
            else:
                if first:
                    group = first
                name = second
        else:
            if texts[0]:
                group = texts[0]
            name = texts[1] if len(cols) > 1 and cols[1].role == "additive" and texts[1] else texts[0]
        refs = citation_keys(texts[ref_col]) if ref_col is not None and ref_col < len(texts) else []
        out.append(RowView(row, group, name, dict(enumerate(texts)), refs, shifted, literal, index))
    return out


def _prose_host(doc: Document, keys: list[str], candidates: list[str]) -> str | None:
    """The candidate host named most often by sentences citing one of ``keys``. A lettered key
    ('52a') is also looked up as its number: a sentence citing '[52]' cites every part of it."""
    counts = {c: 0 for c in candidates}
    looked = list(dict.fromkeys([*keys, *(re.sub(r"(?<=\d)[a-z]$", "", k) for k in keys)]))
    for key in looked:
        for s in doc.citing(key):
            t = strip_markup(s.text)
            for c in candidates:
                counts[c] += len(re.findall(r"(?<![A-Za-z0-9(])" + re.escape(c) + r"(?![0-9(])", t))
    best = sorted(counts.items(), key=lambda kv: -kv[1])
    if not best or best[0][1] == 0 or (len(best) > 1 and best[1][1] == best[0][1]):
        return None
    return best[0][0]


# ------------------------------------------------------------------------------ host groups
# A host-group label spans several rows (a rowspan); PDF conversion puts its text on one row, often
# a few rows before or after the first row it labels. Where the label landed is therefore only a
# hint: a row whose citations lead to prose naming one of the table's hosts is evidence, groups
# keep their order and stay contiguous, and a row between the last evidence of one group and the
# first of the next goes to the group whose rows its numbers resemble (loadings, temperatures,
# pressures, capacities of one host family sit together).
_ORDINAL = re.compile(r"\d+\s*(?:st|nd|rd|th)\b")


def _features(view: RowView, cols: list[Column]) -> dict[tuple[int, int], float]:
    """(column, position) → log-scaled number, over the numeric columns of a row (cycle ordinals
    such as '(50th)' left out: they say when, not what)."""
    out = {}
    for c in cols:
        if c.role not in ("property", "amount"):
            continue
        text = _ORDINAL.sub(" ", strip_markup(view.cells.get(c.index, "")))
        for j, m in enumerate(re.finditer(r"\d+(?:\.\d+)?", text)):
            out[(c.index, j)] = math.log10(float(m.group(0)) + 1.0)
    return out


def _spread(values: list[float]) -> float:
    """Median absolute deviation, floored: the unit in which a row's distance is counted."""
    if len(values) < 2:
        return 1.0
    med = statistics.median(values)
    return max(statistics.median(abs(v - med) for v in values), 0.05)


def _distance(row: dict, profile: list[dict], scales: dict) -> float:
    """Mean scaled distance of a row's numbers to the medians of a group's rows (0.5 when nothing
    can be compared: neither closer nor farther)."""
    parts = []
    for f, x in row.items():
        vals = [p[f] for p in profile if f in p]
        if vals:
            parts.append(min(abs(x - statistics.median(vals)) / scales[f], 4.0))
    return sum(parts) / len(parts) if parts else 0.5


def _group_hosts(doc: Document, views: list[RowView], cols: list[Column]) -> tuple[list[str | None], list]:
    """The host of every row (see the comment above) and, per row, the evidence found in prose."""
    carried = [_hydride_of(v.group) if v.group else None for v in views]
    order = list(dict.fromkeys(h for h in carried if h))
    evidence = [_prose_host(doc, v.refs, order) if v.refs else None for v in views]
    if len(order) < 2:
        return carried, evidence
    feats = [_features(v, cols) for v in views]
    scales = {f: _spread([x[f] for x in feats if f in x]) for f in {f for x in feats for f in x}}
    starts = {g: carried.index(g) for g in order}
    hosts = list(carried)
    first = 0                                      # first row of the current group
    for k, (a, b) in enumerate(zip(order, order[1:])):
        after = order[k + 2] if k + 2 < len(order) else None
        end_b = starts[after] if after else len(views)
        ev_a = [i for i, e in enumerate(evidence) if e == a and i >= first]
        lo = max(ev_a) if ev_a else first - 1
        ev_b = [i for i, e in enumerate(evidence) if e == b and i > lo]
        hi = min(ev_b) if ev_b else None
        if hi is None:                             # nothing speaks for b: its label's row, after a's evidence
            cut = max(starts[b], lo + 1)
        else:
            prof_a = [feats[i] for i in range(first, lo + 1)]
            prof_b = [feats[i] for i in range(hi, max(end_b, max(ev_b) + 1))]

            def cost(c, lo=lo, hi=hi, prof_a=prof_a, prof_b=prof_b):
                return (sum(_distance(feats[i], prof_a, scales) for i in range(lo + 1, c))
                        + sum(_distance(feats[i], prof_b, scales) for i in range(c, hi)))
            cut = min(range(lo + 1, hi + 1), key=lambda c: (round(cost(c), 6), abs(c - starts[b])))
        for i in range(first, cut):
            hosts[i] = a
        first = cut
    for i in range(first, len(views)):
        hosts[i] = order[-1]
    return hosts, evidence


def _recover_refs(doc: Document, views: list[RowView]) -> None:
    """A row whose citation cell the conversion dropped, between rows citing n-1 and n+1: tables cite
    new references in order, so its reference is n (when the reference list has n and no other
    row of the table cites it)."""
    cited = {k for v in views for k in v.refs}
    for i in range(1, len(views) - 1):
        v, before, after = views[i], views[i - 1], views[i + 1]
        if v.refs or len(before.refs) != 1 or len(after.refs) != 1:
            continue
        if not (before.refs[0].isdigit() and after.refs[0].isdigit()):
            continue
        n = int(before.refs[0]) + 1
        if int(after.refs[0]) == n + 1 and str(n) not in cited and (not doc.references or str(n) in doc.references):
            v.refs = [str(n)]
            v.inferred_refs = True


# ------------------------------------------------------------------------------ facts
def table_facts(doc: Document, source_id: str) -> GraphBatch:
    batch = GraphBatch()
    for table in doc.tables:
        batch.extend(_table_facts(doc, table, source_id))
    return batch


def _system_text(host: str | None, view: RowView, cols: list[Column]) -> str:
    amount = next((view.cells.get(c.index, "") for c in cols if c.role == "amount"), "")
    name = strip_markup(view.name)
    if host is None or strip_markup(name) == host or not any(c.role == "additive" for c in cols):
        return name or (host or "")
    if cols[1].role == "additive" and not any(c.role == "amount" for c in cols):
        # Table-2 style: the second column is the whole system (or an alloy of the group's metal)
        return name
    a = _values(amount)
    return f"{host}–{a[0]:g} wt% {name}" if a and a[0] > 0 else f"{host}–{name}"


def _table_facts(doc: Document, table: Table, source_id: str) -> GraphBatch:
    batch = GraphBatch()
    cols = columns(table)
    views = rows(table, cols)
    grouped = any(c.role == "amount" for c in cols)     # host | catalyst | loading tables
    if grouped:
        _recover_refs(doc, views)
        hosts, evidence = _group_hosts(doc, views, cols)
    else:
        hosts = [_hydride_of(v.group) if v.group else None for v in views]
        evidence = [None] * len(views)
    label = f"Table {table.number}"
    flagged = _flagged_columns(views, cols)
    for v, host, prose in zip(views, hosts, evidence):
        carried = _hydride_of(v.group) if v.group else None
        if grouped and host and carried and host != carried:
            why = (f"the prose citing {', '.join(v.refs)} names {prose}" if prose == host
                   else f"its values resemble the {host} rows next to it (no prose names its host)")
            batch.conflicts.append(Conflict(
                kind="table_vs_prose_host",
                description=f"{label} row {v.row.index} ({strip_markup(v.name)}): the converted table's "
                            f"group label puts it under '{carried}'; {why}",
                source=SourceRef(source_id=source_id, section=table.section, table=label,
                                 row=v.row.index, refs=v.refs, start=v.row.start, end=v.row.end),
                candidates=[carried, host], chosen=host))
        # (the row's own: one for each sample it names)
        reaction = _row_reaction(v)
        ref = SourceRef(source_id=source_id, section=table.section, table=label, row=v.row.index,
                        refs=v.refs, start=v.row.start, end=v.row.end)
        host_cue = _host_cue(host, carried, prose)
        # ('A or B': a row naming two samples that gave the same value is one row of each)
        for text, parsed in _alternatives(_system_text(host, v, cols)):
            sample = _pathway_sample(text, reaction)
            try:
                if sample != text:   # (a row labelled by what its reaction forms: the sample it names instead)
                    text, parsed = sample, analyse_system(sample).system
                system = with_reacting_partners(parsed, reaction)
            except Exception:
                continue
            if names_no_sample(system):
                continue   # (a row named by a class of compounds, 'MgH2 + chlorides', is no sample the table measured)
            if system.unresolved:   # ('MgH2–TiH2–AB' in a table of anode values: AB is acetylene black)
                text, system = _electrode_parts(text, system, cols)
            report_at = len(batch.reports)
            # (a row that names a part the ontology cannot read, 'MHG@MBH', is no bare host, though that part is
            # no component)
            baseline = system.bare and not _treated(text, system)
            row_properties: set[str] = set()
            row_flag = _row_flag(v, flagged)
            conds = _setting_conditions(text)
            for c in cols:
                if c.role == "condition" and c.keys:
                    cell = v.cells.get(c.index, "")
                    if strip_markup(cell).strip().upper() == "RT" and is_compatible(c.keys[0], "degC"):
                        conds[c.keys[0]] = {"value": ROOM_TEMPERATURE_C, "unit": "degC"}
                    else:
                        val = _values(cell)
                        if val is not None:
                            conds[c.keys[0]] = {"value": val[0], "unit": c.unit or "dimensionless"} if c.unit \
                                else val[0]
            for c in cols:
                if c.role != "property":
                    continue
                at = v.cell_index.get(c.index)
                cell_obj = v.row.cells[at] if at is not None else None
                cell = v.cells.get(c.index, "")
                start, end = (cell_obj.start, cell_obj.end) if cell_obj else (v.row.start, v.row.end)
                cref = ref.model_copy(update={"start": start, "end": end})
                cues = {host_cue, "property:header" if c.keys else "property:unit"}
                # (an unmarked value of a marked column takes its row's one mark)
                own = f"{row_flag}{strip_markup(cell).strip()}" if row_flag and c.index in flagged \
                    and not _flag(cell) and _flag_free_value(cell) else cell
                for m in _cell_measurements(own, c, system, dict(conds, **c.conditions), baseline, cref):
                    if _computed_capacity(m, own, reaction, system):
                        m = m.model_copy(update={"theoretical": True})
                    batch.measurements.append(m.model_copy(update={"cues": sorted(cues | set(m.cues))}))
                    row_properties.add(m.property)
            # the row's strategies: what its system is (composition) for what it was measured as
            # (application), never the section the table sits in
            strategies = composition_strategies(system, application_of(row_properties))
            batch.reports.insert(report_at, SystemReport(system=system, strategies=strategies, source=ref))
    batch.measurements = _with_caption_conditions(_compared_baselines(batch.measurements), table.caption)
    return batch


def _electrode_parts(text: str, system: MaterialSystem, cols: list[Column]) -> tuple[str, MaterialSystem]:
    """A row of a table whose values are an anode's names its electrode's composition: letters the ontology gives a
    material of such a composition (hkg:electrodeNotationLabel, 'AB' acetylene black) are that material there, and
    only there ('LiNH2–AB' in a hydrogen-storage table is ammonia borane). The row's name, and its system read
    with the material's formula in their place, named as the row writes it ('MgH2–TiH2–AB') and known by the
    material's notation (``key`` 'MgH2–TiH2–C'); else both as they were."""
    if application_of({c.keys[0] for c in cols if c.role == "property" and c.keys}) != APPLICATIONS["anode"]:
        return text, system
    vocab = vocabulary()
    parts = {p: t.formula for p in system.unresolved if (t := vocab.by_electrode_notation(p)) is not None and t.formula}
    if not parts:
        return text, system
    named = re.sub(rf"(?<!\w)(?:{'|'.join(map(re.escape, parts))})(?!\w)", lambda m: parts[m.group(0)], text)
    try:
        read = analyse_system(named).system
    except Exception:
        return text, system
    # (the row's name as written, 'MgH2–TiH2–AB'; its identity the material's, the carbon composite's)
    return text, read.model_copy(update={"text": system.text, "name": system.name, "key": read.key or read.name})


# 'or' between two names of a row, as a word of its own
_OR = re.compile(r"\s+or\s+")


def _alternatives(name: str) -> list[tuple[str, MaterialSystem]]:
    """The samples a row's name offers as alternatives ('MgH2–TiH2–AB or MgH2–TiH2–VGCF': the value was measured on
    either electrode, two samples), each when every one is a whole notation of one host the ontology knows, and no
    two the same; else the name as it is ('MgH2 or magnesium hydride' names one sample, 'MgH2–Ni or Co' one host with
    either metal, written short).  Each with its parse (every notation parsed once); one that does not parse (or
    a blank name) gives no sample."""
    parts = _OR.split(name.strip())
    if len(parts) >= 2:
        try:
            systems = [analyse_system(p).system for p in parts]
        except Exception:
            systems = []
        hosts = {s.host.term for s in systems}
        one_host = len(hosts) == 1 and None not in hosts and all(s.additives or s.unresolved for s in systems)
        if systems and one_host and len({s.name for s in systems}) == len(systems):
            return list(zip(parts, systems, strict=True))
    if not name.strip():
        return []
    try:
        return [(name, analyse_system(name).system)]
    except Exception:
        return []


def _setting_conditions(name: str) -> dict:
    """The condition a row's name writes after its material when its words name it ('MgH2 (25 MPa stacking
    pressure)': a stacking pressure of 25 MPa, the cell's, no part of the sample). A bare number with a unit after
    the name ('MgH2–TiO2–EG 20h', a milling time) says no condition of the test and gives none."""
    setting = written_setting(strip_markup(name))
    found = _quantities(setting) if setting else []
    if len(found) != 1:
        return {}
    value, vmax, unit = found[0]
    words = re.sub(r"[^A-Za-z ]+", " ", setting.replace(unit, " ")).strip()
    term = vocabulary().lookup(words, "Condition") if words else None
    if term is None or not term.key or not is_compatible(term.key, unit):
        return {}
    return {term.key: {"value": value, "unit": unit} if vmax is None else {"value": value, "value_max": vmax,
                                                                            "unit": unit}}


def _with_caption_conditions(measurements: list[Measurement], caption: str) -> list[Measurement]:
    """The table's values with the categorical conditions its caption names once for them all ('… electrodes in
    an all-solid-state cell': the cell type of every capacity in it), where the condition qualifies the value's
    property and the row does not state its own. A theoretical value was tested in no cell: the caption says
    nothing of it."""
    stated = stated_conditions(strip_markup(caption or ""))
    if not stated:
        return measurements
    out = []
    for m in measurements:
        new = {k: v for k, v in stated.items() if m.basis == "measured" and k not in m.condition_terms
               and k in vocabulary().categorical_conditions_for(m.property)}
        out.append(m.model_copy(update={"condition_terms": {**m.condition_terms, **new}}) if new else m)
    return out


def _compared_baselines(measurements: list[Measurement]) -> list[Measurement]:
    """A row of the host alone is the reference (baseline) only where the table sets it beside a modified sample
    of the same host from the same study (the same cited references, or none in a paper's own table): what that
    study compares its sample with. A bare host's row from a study of its own (a review's comparison table: 'MgH2 |
    1480 | [202]', 'LiAlH4 | 0.005 S/cm | [276]') is a measurement of the bare host, a result like any other row."""
    modified = {(m.system.host.formula, tuple(m.source.refs)) for m in measurements if not m.baseline}
    return [m if not m.baseline or _reference_in_table(m, modified)
            else m.model_copy(update={"baseline": False}) for m in measurements]


def _reference_in_table(m: Measurement, modified: set[tuple[str, tuple[str, ...]]]) -> bool:
    """Is a bare host's row the reference its table compares with: beside a modified sample of its study, in a
    paper's own table (no row cites a source: one study), or named as the reference ('Pristine LiBH4')?"""
    return (m.system.host.formula, tuple(m.source.refs)) in modified or not m.source.refs \
        or _BASELINE_NAMED.search(m.system.name) is not None


_BASELINE_NAMED = re.compile(rf"\b(?:{BASELINE_WORDS})\b", re.I)


def _computed_capacity(m: Measurement, cell: str, reaction: str, system) -> bool:
    """Is ``m`` a hydrogen capacity the row's written reaction gives, or (with no reaction to give it) the hydrogen
    its system's formula holds, or a Li capacity its formula's conversion gives
    (ingest/extraction/values/reaction_capacity.py), in a cell not flagged as measured ('E')? Then it was computed, not
    measured (a measured release falls short of it)."""
    if m.theoretical or strip_markup(cell).startswith("E"):
        return False
    if m.unit == "mAh/g" and is_compatible(m.property, "mAh/g"):
        return converted_by(m.value, system)
    if m.unit != "wt%" or m.property != _CAPACITY:
        return False
    return computed_from(m.value, reaction) if reaction else held_by(m.value, system)


# (the capacity a reaction gives: reversible or absorbed capacities are measured after their own steps)
_CAPACITY = "hydrogen_capacity"


# a word of a row's name besides its host's formula ('Heated' of 'Heated-400LiBH4'): a short label ('HT', 'ref') or a
# baseline word ('pristine', 'ball-milled') keeps the row the bare host
_BASELINE_WORD = re.compile(rf"\b{BASELINE_WORDS}(?![A-Za-z])", re.I)
_NAME_WORD = re.compile(r"[A-Za-z]{4,}")
_BRACKETED = re.compile(r"\([^()]*\)")


def _treated(name: str, system) -> bool:
    """Does a row of the host alone name it with a word of what was done to it ('Heated-400LiBH4', 'Annealed MgH2',
    'nano-MgH2')? Then it is a sample the study made, not the unmodified reference (a row named as the host alone,
    or as a baseline, 'Pristine MgH2', 'ball-milled MgH2', is the reference)."""
    written = strip_markup(name)
    if system.host.formula not in written:
        return False   # (a host named in words, 'magnesium hydride', says nothing of a treatment)
    # (the host's text is the whole name; a bracket says how it was tested, 'MgH2 (25 MPa stacking pressure)')
    rest = _BRACKETED.sub(" ", written.replace(system.host.formula, " "))
    return bool(_NAME_WORD.search(_BASELINE_WORD.sub(" ", rest)))


def _pathway_sample(name: str, reaction: str) -> str:
    """The sample of a row labelled by what its written reaction forms: the hydride it forms from the label's metals
    ('Mg2Co' beside 'Mg + Co + H2 → Mg2CoH5' is Mg2CoH5), or, for a hydrogen-free product of a release, the sample
    the reaction starts from ('Mg2Si' beside '2MgH2 + Si → Mg2Si + 2H2': the MgH2–Si system, whose release forms
    the silicide), in the reaction's words ('2MgH2 + Si'); else ``name``. A label among the reactants ('Mg2Ni' of
    'Mg2Ni + 2H2 → Mg2NiH4') or none of the reaction's formulas, or a reactant side of one hydride alone, keeps
    the label."""
    steps = reactions(reaction) if reaction else []
    if not steps:
        return name
    reactants, (start, end) = steps[0]
    label = _formula_key(strip_markup(name))
    left = [t for t in side_terms(reactants) if t is not None]
    right = [t for t in side_terms(reaction[start:end]) if t is not None]
    if label is None or label in {_formula_key(f) for _, f in left}:
        return name
    formed = next((f for _, f in right if _without_hydrogen(f) == label and _holds_hydrogen(f)), None)
    if formed is not None:
        # ('Mg2Co' beside 'Mg + Co + H2 → Mg2CoH5': the hydride's metals, named for the hydride they form, as Mg2Ni
        # and Mg2NiH4 are one host)
        return formed
    if len(left) < 2 or label not in {_formula_key(f) for _, f in right} or _holds_hydrogen(name):
        return name   # (a hydride the reaction forms, 'Mg2CoH5' of '2Mg + Co + 5/2H2 →', is the sample, hydrogenated)
    return reactants.strip()


def _without_hydrogen(formula: str) -> str | None:
    """The normalised formula of ``formula``'s other elements ('Mg2CoH5' → that of Mg2Co), None if unreadable."""
    try:
        comp = parse_formula(formula.strip()).composition
    except (FormulaError, ValueError):
        return None
    rest = "".join(f"{e}{n:g}" for e, n in comp.items() if e not in ("H", "D"))
    return _formula_key(rest) if rest else None


def _formula_key(text: str) -> str | None:
    try:
        return parse_formula(text.strip()).normalized
    except (FormulaError, ValueError):
        return None


def _holds_hydrogen(text: str) -> bool:
    try:
        return bool({"H", "D"} & set(parse_formula(strip_markup(text).strip()).composition))
    except (FormulaError, ValueError):
        return False


def _row_reaction(view: RowView) -> str:
    """The reaction a row writes in one of its cells ('2LiBH4 + Cr → CrB2 + 2LiH + 3H2'), else ''."""
    return next((t for cell in view.cells.values() if (t := strip_markup(cell)) and reactions(t)), "")


def _host_cue(host: str | None, carried: str | None, prose: str | None) -> str:
    """How a row's host was decided, for the confidence of its values: named in the row, the group
    label carried down (confirmed by the prose citing the row, or not), or a group the row was moved
    to against the converted label (by that prose, or only by its numbers' resemblance)."""
    if carried is None:
        return "system:table-row"
    if host == carried:
        return "system:table-group-prose" if prose == host else "system:table-group"
    return "system:table-regrouped-prose" if prose == host else "system:table-regrouped-values"


# a cell's T/E mark (theoretical / experimental, as a footnote defines them): 'T75', 'E65', 'T39–42', 'E-12'
_FLAG = re.compile(r"^([TE])(?=[\d–-])")


def _flag(cell: str) -> str | None:
    m = _FLAG.match(strip_markup(cell or "").strip())
    return m.group(1) if m else None


def _flag_free_value(cell: str) -> bool:
    """Does an unmarked cell hold a bare number or range ('25', '125–160', '51/58'), one a mark could stand on?"""
    return _VALUE_LIST.fullmatch(strip_markup(cell).strip()) is not None or \
        re.fullmatch(rf"{_NUM}(?:\s*[–-]\s*{_NUM})?", strip_markup(cell).strip()) is not None


def _flagged_columns(views: list, cols: list[Column]) -> set[int]:
    """The property columns whose cells the table marks T or E in some row: its authors keep the two apart there."""
    return {c.index for c in cols if c.role == "property" and any(_flag(v.cells.get(c.index, "")) for v in views)}


def _row_flag(view, flagged: set[int]) -> str | None:
    """The one mark a row's marked cells share ('T31.7' beside an unmarked '25'): an unmarked value of a marked
    column in that row is of the same kind — a temperature printed beside a theoretical enthalpy is the one that
    enthalpy gives, not a measured one. A row whose cells carry both marks, or none, lends none."""
    marks = {f for i in flagged if (f := _flag(view.cells.get(i, "")))}
    return marks.pop() if len(marks) == 1 else None


def _cell_measurements(cell: str, col: Column, system, conds: dict, baseline: bool, ref: SourceRef):
    raw = strip_markup(cell).strip()
    if not raw or raw in {"/", "-", "–", "-/-"}:
        return []
    out = []
    theoretical = False
    flag = _FLAG.match(raw)
    if flag:
        theoretical = flag.group(1) == "T"
        raw = raw[1:]
    qs = _quantities(cell) if re.search(r"[A-Za-z°%]", raw) else []
    if qs:
        # '5 MPa 200 °C 6.0 wt%' / '6.1 wt% (50th)': the value is the quantity of the column's property
        cyc = _cycles(cell)
        if cyc is not None:
            cycle_key = _condition_key_for("cycles")
            if cycle_key:
                conds[cycle_key] = cyc
        value = None
        for v, vmax, unit in qs:
            key = _condition_for_unit(unit)
            prop = col.keys[0] if col.keys and is_compatible(col.keys[0], unit) else None
            if prop is None and key is not None and not _unit_is_property(unit):
                # (a range, '200–250 °C', is the span the value was measured over: both ends; one written
                # downwards, '500 to 0 °C', is no span a condition holds)
                if vmax is None:
                    conds[key] = {"value": v, "unit": unit}
                elif vmax > v:
                    conds[key] = {"value": v, "value_max": vmax, "unit": unit}
                continue
            value = (prop or _property_for_unit(unit, col.header), v, vmax, unit)
        if value and value[0]:
            out.append(_measure(value[0], value[1], value[2], value[3], "=", system, conds, baseline,
                                theoretical, ref))
        return out
    # (key position, text) of every value: 'onset/peak' pairs give one value per key; a list
    # '51/58/63/82' in a one-quantity column gives several values of that quantity (one per step)
    if len(col.keys) == 2:
        slots = list(enumerate(p.strip() for p in raw.split("/")))[:2]
    elif _VALUE_LIST.fullmatch(raw):
        slots = [(0, p.strip()) for p in raw.split("/")]
    else:
        slots = [(0, raw)]
    for i, part in slots:
        part = re.sub(r"^[TE](?=[\d–-])", "", part)
        # ('158 ± 4', '92 +/- 3': a value and its uncertainty in one cell, read as the prose reads them)
        read = numbers(strip_markup(part)) if "±" in part or "+/-" in part else []
        uncertainty = read[0].uncertainty if len(read) == 1 else None
        for piece in _pieces(part):
            val = _values(piece)
            if val is None:
                continue
            key = col.keys[i] if i < len(col.keys) else (col.keys[0] if col.keys else None)
            if key is None and col.unit:
                key = _property_for_unit(col.unit, col.header)
            if key is None:
                continue
            unit = col.unit or vocabulary().property(key).unit
            out.append(_measure(key, val[0], val[1], unit, val[2], system, conds, baseline, theoretical, ref,
                                uncertainty))
    return [m for m in out if m is not None]


_NUM = r"[-–]?\d+(?:\.\d+)?"
_VALUE_LIST = re.compile(rf"[TE]?{_NUM}(?:\s*/\s*[TE]?{_NUM})+")
_PLAIN_NUMBERS = re.compile(rf"~?{_NUM}(?:\s+~?{_NUM})+")


def _pieces(part: str) -> list[str]:
    """The values of one slot: '110 390' (two peaks, two reaction steps) is two values; anything
    else with a space ('6.1 wt', '4 × 10^-4') is one value read from its first word."""
    if not part or " " not in part:
        return [part]
    if _PLAIN_NUMBERS.fullmatch(part):
        return part.split()
    if re.search(r"10\s*\^|×|\s[x·]\s*10\s*[-−(]|\d[eE][-+−]?\d", part):
        return [part]
    return [part.split()[0]]


def _unit_is_property(unit: str) -> bool:
    """A mass fraction however written ('wt%', 'wt %', 'wt.%', 'mass%', 'wt% H2'): the hydrogen a sample holds or
    gives, a property's unit in a cell, never a condition's (the ontology's units, as the cell reader spells them)."""
    try:
        return parse_unit(_unit_text(unit)) == parse_unit("wt%")
    except UnitError:
        return False


def _condition_key_for(text: str) -> str | None:
    term = vocabulary().lookup(text, "Condition")
    return term.key if term is not None else None


def _measure(key, value, vmax, unit, qual, system, conds, baseline, theoretical, ref, uncertainty=None):
    # (a hydrogen amount over a temperature span, '0 to 300 °C', is the amount by its end, as prose reads it)
    conds = {k: ({"value": c["value_max"], "unit": c["unit"]} if isinstance(c, dict) and c.get("value_max") is not None
                 and amount_by_the_end(key, k) else c) for k, c in conds.items()}
    try:
        m = Measurement(property=key, value=value, value_max=vmax, unit=_unit_text(unit), qualifier=qual,
                        system=system, conditions=conds, baseline=baseline, theoretical=theoretical,
                        source=ref, uncertainty=uncertainty)
    except Exception:
        return None
    return None if implausible(m) else m   # a cell no sample could show was misread (its unit or exponent)


def _unit_text(unit: str) -> str:
    return strip_markup(unit).replace("°C", "degC").strip()
