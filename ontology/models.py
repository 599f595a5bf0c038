"""Domain objects: pydantic models shared by ingestion, the stores and the interfaces.

A measurement is a value *with* a unit: the model takes whatever unit the source used, checks with
pint that it fits the property named (from the ontology), and stores the value in the property's
canonical unit. Conditions are likewise keyed by the ontology's condition keys and stored canonically.
"""
from __future__ import annotations

import builtins
import hashlib
import json
import math
import re
from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .units import UnitError, canonical_unit, to_canonical, unit_text
from .vocabulary import UnknownTermError, vocabulary

if TYPE_CHECKING:
    import pint

ABSOLUTE_ZERO_C = -273.15


def below_absolute_zero(value: float, unit: str) -> str:
    """What a refusal of a temperature below absolute zero says, in the unit it was written in, with the fix: '-5 K
    is below absolute zero (0 K); a temperature in K is never negative: write it in °C if that was meant
    ('-5 °C'), else check the sign'. Converted ('-278.15 °C') it no longer looked like what was typed."""
    shown, printed = f"{value:g} {unit_text(unit)}", unit_text(unit)
    try:
        kelvin = to_canonical("temperature", 0.0, unit) == ABSOLUTE_ZERO_C
    except UnitError:
        kelvin = False
    if kelvin:
        return (f"{shown} is below absolute zero (0 {printed}); a temperature in {printed} is never negative: "
                f"write it in °C if that was meant ('{value:g} °C'), else check the sign")
    return (f"{shown} is below absolute zero ({_absolute_zero_in(unit)}); check the sign, or the unit "
            f"(a temperature in K is written '{abs(value):g} K')")


def _absolute_zero_in(unit: str) -> str:
    """Absolute zero in the unit a temperature was typed in ('-273.15 °C', '-459.67 °F'): a '-500 °F' refused
    as below '-273.15 °C' set two scales side by side; in °C where the unit does not convert."""
    from .units import quantity

    try:
        zero = float(quantity(0.0, "K").to(unit).magnitude)
    except Exception:   # pint's DimensionalityError / UndefinedUnitError: a unit that is no temperature
        return f"{ABSOLUTE_ZERO_C:g} °C"
    return f"{round(zero, 2):g} {unit_text(unit)}"


# ``json.dumps(parts, sort_keys=True, default=str, ensure_ascii=False)``, without building a new
# encoder per call (ids are computed for every row of a load).
_ID_ENCODER = json.JSONEncoder(sort_keys=True, default=str, ensure_ascii=False)


def stable_id(prefix: str, *parts: Any) -> str:
    """Deterministic identifier: same content, same id (this is what makes loads idempotent)."""
    blob = _ID_ENCODER.encode(parts)
    return f"{prefix}:{hashlib.sha1(blob.encode('utf-8')).hexdigest()[:16]}"


# A list or dict field defaults through ``Field(default_factory=…)``, not ``= []``: pydantic deep-copies a
# mutable default value for every instance it fills in (copy.deepcopy: a thirtieth of the calls of an extraction).
class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False, str_strip_whitespace=True)


# --------------------------------------------------------------------------------------- systems
AmountUnit = Literal["wt%", "mol%", "at%", "vol%", "ratio"]   # (at%: atomic per cent, kept as written)


class Amount(_Model):
    """Amount of a component: a mass or mole percentage, or a molar ratio coefficient."""

    value: float = Field(gt=0, allow_inf_nan=False)
    unit: AmountUnit

    @model_validator(mode="after")
    def _percent_at_most_100(self) -> Amount:
        if self.unit != "ratio" and self.value > 100:
            raise ValueError(f"amount {self.value} {self.unit} is above 100 {self.unit}; "
                             "give a percentage between 0 and 100 or a molar ratio")
        return self

    def __str__(self) -> str:
        v = f"{self.value:g}"
        return v if self.unit == "ratio" else f"{v} {self.unit}"


class Component(_Model):
    """One constituent of a material system (the host hydride, an additive, a support)."""

    formula: str                      # normalized formula, or a normalized name for non-stoichiometric
    text: str = ""                    # as written in the source
    term: str | None = None           # ontology Material term id, when the material is a known term
    amount: Amount | None = None
    role: str | None = None           # ontology Role term id
    additive_class: str | None = None  # ontology term id of the chemistry class (e.g. 'Oxide')
    in_situ: bool = False             # formed in the sample during milling/cycling, not added as such

    @field_validator("formula")
    @classmethod
    def _non_empty(cls, v: str) -> str:
        if not v:
            raise ValueError("a component needs a formula or name")
        return v


class MaterialSystem(_Model):
    """A host with additives, as a source names it ("MgH2–10 wt% TiVNbZrFe")."""

    text: str                          # as written
    name: str                          # normalized notation (the system's identity)
    host: Component
    additives: list[Component] = Field(default_factory=list)
    architecture: str | None = None    # e.g. 'confined' for '@', 'supported' for 'on'
    key: str | None = None             # canonical notation when it differs from the name
    #   ('Li4(BH4)3I' and '3LiBH4·LiI' are '3LiBH4–LiI'; a Mg host is named as MgH2): the identity
    # parts the name keeps as written that are no component, as they can take no role ('MHG' of
    # 'MHG@Mg(BH4)2', a name the ontology lacks): a reader asks this, never for a component without a role
    unresolved: list[str] = Field(default_factory=list)

    @property
    def id(self) -> str:
        return stable_id("sys", self.key or self.name)

    @property
    def components(self) -> list[Component]:
        return [self.host, *self.additives]

    @property
    def bare(self) -> bool:
        """The host alone, as the name writes it: no additive, and no part the ontology cannot read ('MHG')."""
        return not self.additives and not self.unresolved

    @property
    def part_formulas(self) -> list[str]:
        """The formulas of every part the name writes: the components', then the parts no component holds."""
        return [self.host.formula, *(a.formula for a in self.additives), *self.unresolved]


# ---------------------------------------------------------------------------------- provenance
SourceKind = Literal["publication", "lab_entry"]


class Source(_Model):
    """A publication or a lab entry (prov:Entity)."""

    id: str
    kind: SourceKind
    title: str
    doi: str | None = None
    year: int | None = None
    authors: list[str] = Field(default_factory=list)
    journal: str | None = None
    url: str | None = None
    created: datetime | date | None = None   # lab entries: the experiment's date (or time)
    project: str | None = None          # lab entries: the project they belong to


class Reference(_Model):
    """An entry of a publication's reference list, addressed by its citation key ("21b")."""

    key: str
    source_id: str                 # the citing publication
    # 'Family, G. N.': the first two, as a short citation names them; the rest only counted, because a
    # full author list repeats the citing paper's reference section word for word
    authors: list[str] = Field(default_factory=list)
    author_count: int = 0          # authors the entry names (0: not counted, take len(authors))
    journal: str | None = None
    year: int | None = None
    volume: str | None = None
    pages: str | None = None
    doi: str | None = None
    parts: int = 0                 # an entry '21' with parts a), b), … carries its first part's fields

    @property
    def id(self) -> str:
        return f"{self.source_id}#ref{self.key}"

    @property
    def citation(self) -> str:
        """'Farias, C. B. et al., Energies 2022, 15, 311' — the short form answers print."""
        who = self.authors[0] if self.authors else ""
        count = max(self.author_count, len(self.authors))
        if count == 2 and len(self.authors) == 2:
            who += f" and {self.authors[1]}"
        elif count > 2:
            who += " et al."
        text = ", ".join(p for p in (who, self.journal) if p)
        numbers = ", ".join(str(p) for p in (self.year, self.volume, self.pages) if p)
        text = f"{text} {numbers}".strip()
        if self.parts > 1:
            text += f" (+{self.parts - 1} more)"
        if self.doi:
            text = f"{text}, doi:{self.doi}" if text else f"doi:{self.doi}"
        return text


class SourceRef(_Model):
    """Where in a source a fact was found."""

    source_id: str
    section: str | None = None     # section number, e.g. '2.1.1'
    table: str | None = None       # e.g. 'Table 1'
    row: int | None = None
    refs: list[str] = Field(default_factory=list)  # citation keys carried by the sentence or row
    start: int | None = None       # character offsets in the source text
    end: int | None = None
    page: int | None = None        # page of a PDF source the evidence is on


# -------------------------------------------------------------------------------- measurements
Qualifier = Literal["=", "~", "<", ">", "<=", ">="]
#: How far a person has checked a literature fact (lab entries are the lab's own: 'extracted' there
#: only means "not curated"). See kg/curation.py.
FactStatus = Literal["extracted", "confirmed", "corrected", "rejected"]


@lru_cache(maxsize=1)
def _condition_keys() -> frozenset[str]:
    """The ontology's condition keys (asked for every measurement: built once)."""
    return frozenset(vocabulary().condition_keys())


class ConditionValue(_Model):
    """One numeric condition as a source or an entry gives it: a value, or the two ends of a range ('at
    0.3–0.5 MPa', 'between 250 and 300 °C'), in one unit; ``canonical`` converts both ends with pint."""

    value: float
    value_max: float | None = None     # the upper end of a range; None for a single value
    unit: str

    def canonical(self, key: str) -> ConditionValue:
        """Both ends in the canonical unit of condition ``key``, checked (finite, above absolute zero, the
        range running upwards)."""
        ends = [self._canonical_end(key, v) for v in (self.value, self.value_max) if v is not None]
        if len(ends) == 2 and ends[1] < ends[0]:
            raise ValueError(f"range of condition '{key}' runs backwards: {self.value} to {self.value_max} {self.unit}")
        return ConditionValue(value=ends[0], value_max=ends[1] if len(ends) == 2 else None, unit=canonical_unit(key))

    def text(self) -> str:
        """The value as a person types it back ('300 degC', '0.3–0.5 MPa'; a count without a unit: '100'),
        which ``parse_condition_text`` reads as this value again (12 significant digits, nothing rounded away)."""
        ends = "–".join(f"{v:.12g}" for v in (self.value, self.value_max) if v is not None)
        return ends if self.unit in ("", "1", "dimensionless") else f"{ends} {self.unit}"

    def _canonical_end(self, key: str, end: float) -> float:
        value = to_canonical(key, float(end), self.unit)
        if not math.isfinite(value):
            raise ValueError(f"condition '{key}' is not a finite number")
        if canonical_unit(key) == "degC" and value < ABSOLUTE_ZERO_C:
            raise ValueError(f"condition '{key}': {below_absolute_zero(end, self.unit)}")
        least = vocabulary().property(key).plausible_min
        if least is not None and value < least:
            floor = ConditionValue(value=least, unit=canonical_unit(key)).text()
            raise ValueError(f"condition '{key}' is {end:g} {self.unit}, below {floor}, which no sample is held "
                             "at; check the sign")
        return value


# "0.3–0.5 MPa", "250 to 300 degC", "2-4 MPa", "250 °C to 300 °C": a range typed as text. A hyphen
# separates only after a digit or a space and before a number, so that "-20 degC" stays a negative value
# and "5 K min-1" a unit's exponent.
_RANGE_TEXT = re.compile(r"^\s*(?P<low>[-+−]?\d.*?)\s*(?:–|—|\bto\b|(?<=[\d\s])-(?=\s*\d))\s*"
                         r"(?P<high>[-+−]?\d.*)$")


def parse_condition_text(text: str, unit: str | None = None) -> ConditionValue:
    """A condition typed as text, a value or a range: '523 K', '0.3–0.5 MPa', '250-300 °C', '250 to
    300 °C', '250 °C to 300 °C'; ``unit`` (a column's or a field's) is the unit of a number written
    without one ('2–4' under 'p (MPa)'). Raises ValueError saying what is wrong and how to write it. (Typed input,
    read strictly; the extractors read prose and table cells leniently with ingest.extraction.text.quantity_text, which
    the ontology may not import: two readers for two kinds of text, one set of units, the ontology's.)"""
    from .quantities import parse_quantity, plain_number  # local: quantities imports models' helpers

    raw = str(text).strip()
    ranged = _RANGE_TEXT.match(raw)
    ends = [ranged.group("low"), ranged.group("high")] if ranged else [raw]
    numbers: list[float] = []
    units: list[str | None] = []
    for end in ends:
        bare = plain_number(end)   # ('1,500' alone is read as '1,500 cycles' is, not as 1.5)
        if bare is not None:
            numbers.append(bare)
            units.append(None)
            continue
        try:
            number, written, _, qualifier = parse_quantity(end)
        except UnitError as exc:
            raise ValueError(f"'{raw}' is not a number or a range with its unit ({exc}); write it like "
                             "'250 °C' or '0.3–0.5 MPa'") from None
        if qualifier not in ("=", "~"):
            # '>300 °C' is a bound, no setting: stored as a condition it would read 'at 300 °C'
            raise ValueError(f"'{raw}' is a bound ({qualifier}), not the value the sample was held at; write "
                             "the value it was held at, or the range it was in (like '300–350 °C')")
        numbers.append(number)
        units.append(written)
    given = {u for u in units if u is not None}
    if len(given) > 1:
        raise ValueError(f"'{raw}' gives two units ({' and '.join(sorted(given))}); write both ends in one "
                         "unit, like '2–4 MPa'")
    chosen = given.pop() if given else unit
    if not chosen:
        raise ValueError(f"'{raw}' has no unit; write the unit after it, like '250–300 °C' or '2–4 MPa'")
    if len(numbers) == 2 and numbers[1] < numbers[0]:
        raise ValueError(f"range '{raw}' runs backwards; write the lower end first "
                         f"('{numbers[1]:g}–{numbers[0]:g} {chosen}')")
    return ConditionValue(value=numbers[0], value_max=numbers[1] if len(numbers) == 2 else None, unit=chosen)


def condition_value(key: str, val: Any) -> ConditionValue:
    """One numeric condition as written: ``250`` (already canonical), ``{"value": 523, "unit": "K"}``,
    ``{"value": 0.3, "value_max": 0.5, "unit": "MPa"}``, ``"523 K"`` or ``"0.3–0.5 MPa"``."""
    value_max = None
    if isinstance(val, dict):
        value, value_max, unit = val.get("value"), val.get("value_max"), val.get("unit")
    elif isinstance(val, str):
        try:
            return parse_condition_text(val)
        except ValueError as exc:
            raise ValueError(f"condition '{key}': {exc}") from None
    else:
        value, unit = val, canonical_unit(key)
    if value is None or unit is None:
        raise ValueError(f"condition '{key}' needs a value and a unit")
    if isinstance(value, bool) or isinstance(value_max, bool):  # float(True) would store 1.0 of whatever unit
        raise ValueError(f"condition '{key}' is true/false, not a number; write the number with its unit")
    try:
        return ConditionValue(value=value, value_max=value_max, unit=str(unit))
    except ValueError:
        raise ValueError(f"condition '{key}' is not a number: write it with its unit, e.g. '250 degC' "
                         "or '0.3–0.5 MPa'") from None


def _canonical_conditions(raw: dict[str, Any] | None) -> tuple[dict[str, float], dict[str, float]]:
    """Conditions keyed by ontology condition keys, each converted to its canonical unit: (the value, or a
    range's lower end, per key; a range's upper end per key stated as a range).

    Accepts ``{"temperature": 250}`` (already canonical), ``{"temperature": {"value": 523, "unit":
    "K"}}``, ``{"temperature": "523 K"}`` or a range: ``{"pressure": "0.3–0.5 MPa"}``, ``{"pressure":
    {"value": 0.3, "value_max": 0.5, "unit": "MPa"}}``.
    """
    out: dict[str, float] = {}
    upper: dict[str, float] = {}
    known = _condition_keys()
    for key, val in (raw or {}).items():
        if key not in known:
            raise ValueError(f"unknown condition '{key}'; use one of: {', '.join(sorted(known))}")
        cv = condition_value(key, val).canonical(key)
        out[key] = cv.value
        if cv.value_max is not None and cv.value_max != cv.value:
            upper[key] = cv.value_max
    return dict(sorted(out.items())), dict(sorted(upper.items()))


def _condition_max(lower: dict[str, float], upper: dict[str, Any]) -> dict[str, float]:
    """The upper ends of ranged conditions (canonical numbers, as a stored record gives them back), each checked
    against its lower end in ``lower``."""
    out: dict[str, float] = {}
    for key, high in upper.items():
        if key not in lower:
            raise ValueError(f"condition '{key}' has an upper end but no value; give the range under 'conditions'")
        if isinstance(high, bool) or not isinstance(high, (int, float)) or not math.isfinite(high):
            raise ValueError(f"upper end of condition '{key}' is not a finite number")
        if high < lower[key]:
            raise ValueError(f"range of condition '{key}' runs backwards: {lower[key]} to {high}")
        if high != lower[key]:
            out[key] = float(high)
    return dict(sorted(out.items()))


@lru_cache(maxsize=1)
def _categorical_keys() -> frozenset[str]:
    return frozenset(vocabulary().categorical_condition_keys())


def _split_conditions(raw: dict[str, Any] | None) -> tuple[dict[str, Any], dict[str, Any]]:
    """(numeric conditions, categorical conditions) of one ``conditions`` mapping: a lab entry or an
    extractor writes ``{"temperature": "25 degC", "conducting_ion": "Li+"}`` in one place."""
    numeric: dict[str, Any] = {}
    categorical: dict[str, Any] = {}
    if raw is not None and not hasattr(raw, "items"):   # "[1, 2]" from `hkg facts fix conditions=…` was a traceback
        raise ValueError(f"conditions must be a mapping of condition to value, e.g. "
                         f"{{\"temperature\": \"300 degC\"}}, not {type(raw).__name__} {str(raw)[:60]}")
    for key, val in (raw or {}).items():
        (categorical if key in _categorical_keys() else numeric)[key] = val
    return numeric, categorical


def _canonical_condition_terms(raw: dict[str, Any] | None) -> dict[str, str]:
    """Categorical conditions keyed by their ontology key, each value the term id it names
    (``{"conducting_ion": "Mg2+"}`` → ``{"conducting_ion": "MagnesiumIonConduction"}``)."""
    vocab = vocabulary()
    out: dict[str, str] = {}
    for key, val in (raw or {}).items():
        if key not in _categorical_keys():
            known = ", ".join(sorted(_categorical_keys()))
            raise ValueError(f"unknown condition '{key}'; the conditions named by a term are: {known}")
        choices = ", ".join(t.label for t in vocab.condition_values(key))
        if not isinstance(val, str) or not val.strip():
            raise ValueError(f"condition '{key}' is named, not measured: give one of {choices}")
        term = vocab.condition_value(key, val.strip())
        if term is None:
            raise ValueError(f"condition '{key}': '{val}' is not one of {choices}; write one of them")
        out[key] = term.id
    return dict(sorted(out.items()))


def uncertainty_in(key: str, number: float, unit: str, into: str | None = None) -> float:
    """An uncertainty of property ``key`` given in ``unit``, in the unit ``into`` (the key's canonical unit when
    None). An uncertainty is a difference: converted by the units' scales, without their offsets (±5 K is ±5 °C,
    not −268 °C), each scale the one ``to_canonical`` gives the key's values, so that a ± converts wherever its
    value does (± 0.05 eV per particle on a value in kJ/mol). Raises UnitError when a unit does not fit ``key``."""
    scale = _difference_scale(key, unit) / (_difference_scale(key, into) if into is not None else 1.0)
    return float(f"{number * abs(scale):.12g}")


def _difference_scale(key: str, unit: str) -> float:
    """How much one ``unit`` of a difference of ``key`` is in the key's canonical unit."""
    return to_canonical(key, 1.0, unit) - to_canonical(key, 0.0, unit)


def _canonical_uncertainty(key: str, uncertainty: Any, unit: str) -> float:
    try:
        u = float(uncertainty)
    except (TypeError, ValueError):
        raise ValueError(f"uncertainty '{uncertainty}' is not a number") from None
    if isinstance(uncertainty, bool) or not math.isfinite(u):
        raise ValueError(f"uncertainty '{uncertainty}' is not a finite number")
    try:
        return uncertainty_in(key, u, unit)
    except UnitError as exc:
        raise ValueError(str(exc)) from None


class Measurement(_Model):
    """One value (or range) of one property of one material system, from one source."""

    property: str
    value: float
    value_max: float | None = None
    unit: str
    uncertainty: float | None = None    # "75 ± 3 kJ/mol": 3, in the same (canonical) unit as value
    qualifier: Qualifier = "="
    system: MaterialSystem
    conditions: dict[str, float] = Field(default_factory=dict)
    # the upper end of a condition stated as a range ('at 0.3–0.5 MPa'): key → upper end, canonical unit;
    # ``conditions`` holds its lower end. Given in ``conditions`` (a range), where the validator moves it from.
    condition_max: dict[str, float] = Field(default_factory=dict)
    # categorical conditions (conducting ion, cell type): key → the value's term id. Given in
    # ``conditions`` too, where the validator moves them from.
    condition_terms: dict[str, str] = Field(default_factory=dict)
    # a numeric condition the source states as a bound ('over 6 wt% within 20 min', '< 5 min'): key → its
    # qualifier, as the value's own ('<', '<=', '>', '>=', '~'); a condition stated exactly has none
    condition_qualifiers: dict[str, Qualifier] = Field(default_factory=dict)
    technique: str | None = None        # ontology Technique term id
    method: str | None = None           # how it was derived, e.g. 'Kissinger', 'van t Hoff'
    baseline: bool = False              # the unmodified reference value a source compares against
    theoretical: bool = False           # computed rather than measured (Table 2 'T')
    calculated: bool = False            # from a calculation (DFT, first principles), not an experiment
    reported_sign: Literal["+", "-"] | None = None  # the sign written: negative, stored negated or kept
    source: SourceRef
    derived_from: str | None = None     # id of a raw data file the value was computed from
    status: FactStatus = "extracted"    # curation status (kg/curation.py)
    confidence: float | None = Field(default=None, ge=0, le=1)  # the extractor's, from its cues
    cues: list[str] = Field(default_factory=list)  # the extraction rules that made the record
                                                   # (ingest/extraction/document_wide/confidence.py)
    extracted_fact_id: str | None = None  # a corrected record keeps the id of the fact it was extracted as

    @model_validator(mode="before")
    @classmethod
    def _to_canonical(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        data = dict(data)
        key = data.get("property")
        try:
            term = vocabulary().property(key)
        except UnknownTermError as exc:
            raise ValueError(str(exc)) from None
        if term.kind != "Property":
            raise ValueError(f"'{key}' is a condition, not a property")
        unit = data.get("unit")
        if unit is None or str(unit).strip() == "":
            raise ValueError(f"property '{key}' needs a unit (canonical: {term.unit})")
        for field in ("value", "value_max"):
            if isinstance(data.get(field), bool):
                raise ValueError(f"{field} is true/false, not a number")
            if data.get(field) is not None:
                try:
                    data[field] = to_canonical(key, float(data[field]), str(unit))
                except UnitError as exc:
                    raise ValueError(str(exc)) from None
                except (TypeError, ValueError):
                    raise ValueError(f"{field} '{data[field]}' is not a number") from None
        if data.get("uncertainty") is not None:
            data["uncertainty"] = _canonical_uncertainty(key, data["uncertainty"], str(unit))
        data["unit"] = term.unit
        numeric, categorical = _split_conditions(data.get("conditions"))
        data["conditions"], stated_max = _canonical_conditions(numeric)
        data["condition_max"] = _condition_max(data["conditions"], {**(data.get("condition_max") or {}), **stated_max})
        data["condition_terms"] = _canonical_condition_terms({**(data.get("condition_terms") or {}),
                                                              **categorical})
        return data

    @model_validator(mode="after")
    def _physical(self) -> Measurement:
        for name in ("value", "value_max", "uncertainty"):
            v = getattr(self, name)
            if v is not None and not math.isfinite(v):
                raise ValueError(f"{name} of '{self.property}' is not a finite number")
        if self.unit == "degC" and min(self.value, self.value_max or self.value) < ABSOLUTE_ZERO_C:
            raise ValueError(f"'{self.property}' is below absolute zero ({self.value} °C)")
        if self.uncertainty is not None and self.uncertainty < 0:
            raise ValueError(f"uncertainty of '{self.property}' is negative ({self.uncertainty}); give its size")
        if self.value_max is not None and self.value_max < self.value:
            raise ValueError(f"range of '{self.property}' runs backwards: {self.value} to {self.value_max}")
        for key, q in list(self.condition_qualifiers.items()):
            if key not in self.conditions:
                raise ValueError(f"condition '{key}' has a qualifier ('{q}') but no value; give it under 'conditions'")
            if key in self.condition_max:
                raise ValueError(f"condition '{key}' is a range and a bound ('{q}'); give one of them")
            if q == "=":
                del self.condition_qualifiers[key]   # (exact: the default, never stored)
        for name in ("technique",):
            tid = getattr(self, name)
            if tid is not None and tid not in vocabulary():
                raise ValueError(f"{name} '{tid}' is not an ontology term")
        return self

    @builtins.property   # the field 'property' shadows the name here
    def id(self) -> str:
        s = self.source
        # categorical conditions join the id only when stated, so that every other id stays as it was
        return stable_id("m", s.source_id, s.table, s.row, s.start, self.property, self.system.name,
                         self.value, self.value_max, self.conditions, self.baseline,
                         *((self.condition_terms,) if self.condition_terms else ()),
                         *((self.condition_max,) if self.condition_max else ()))

    @builtins.property
    def fact_id(self) -> str:
        """Where the fact sits in its source and what it says, not which system it was put on: the
        key curators' decisions hang on, stable while extraction of the system improves (and kept
        by a correction of the value or the property)."""
        if self.extracted_fact_id:
            return self.extracted_fact_id
        s = self.source
        return stable_id("fact", s.source_id, s.table, s.row, s.start, self.property,
                         round(self.value, 6)).replace(":", "-")

    @builtins.property
    def all_conditions(self) -> dict[str, float | str]:
        """Numeric and categorical conditions in one mapping (a number, or the term id a categorical
        condition names), as the graph's conditions JSON, the contract and the pages give them."""
        return {**self.conditions, **self.condition_terms}

    @builtins.property
    def condition_ranges(self) -> dict[str, tuple[float, float | None]]:
        """Each numeric condition as (value or lower end, upper end or None): what a page prints as
        'pressure 0.3–0.5 MPa'."""
        return {k: (v, self.condition_max.get(k)) for k, v in self.conditions.items()}

    @builtins.property
    def basis(self) -> str:
        """'calculated' (DFT), 'theoretical' (from the composition) or 'measured'."""
        return "calculated" if self.calculated else "theoretical" if self.theoretical else "measured"

    @builtins.property
    def quantity(self) -> pint.Quantity[Any]:
        from .units import quantity
        return quantity(self.value, self.unit)


def implausible_values(key: str, values: list[float]) -> str | None:
    """Why values of property ``key`` (canonical unit) lie outside what any sample of it shows (the property's
    hkg:plausibleMin/Max), else None. Such a number was misread or mistyped — 6 × 10^23 eV read from
    'kJ(.)mol(-1)', 20 wt% H2 typed for 2.0 — not measured: extraction drops it, a lab entry is refused."""
    term = vocabulary().property(key)
    low, high = term.plausible_min, term.plausible_max
    if values and (low is not None and min(values) < low or high is not None and max(values) > high):
        unit = unit_text(term.unit)
        return (f"{max(values, key=abs):g} {unit} is outside what any sample shows for {term.label} "
                f"({low:g} to {high:g} {unit}); check the unit and the exponent")
    return None


def least_possible(key: str) -> tuple[float, str] | None:
    """The least value property or condition ``key`` can take at all (canonical unit) and why: absolute zero
    for a temperature, zero for a quantity no sample shows below zero (hkg:plausibleMin ≥ 0: a capacity, a
    conductivity, a size, a pressure); None when it may be negative (an enthalpy, a capacity fade)."""
    term = vocabulary().property(key)
    if term.unit == "degC":
        return ABSOLUTE_ZERO_C, "absolute zero"
    if term.plausible_min is not None and term.plausible_min >= 0:
        return 0.0, "it is never negative"
    return None


def implausible(m: Measurement) -> str | None:
    """``implausible_values`` of a measurement's value (and range end)."""
    return implausible_values(m.property, [v for v in (m.value, m.value_max) if v is not None])


class SystemReport(_Model):
    """What one source says about one system beyond numbers: strategies, mechanisms, methods."""

    system: MaterialSystem
    strategies: list[str] = Field(default_factory=list)  # Strategy term ids
    mechanisms: list[str] = Field(default_factory=list)  # Mechanism term ids
    methods: list[str] = Field(default_factory=list)  # SynthesisMethod term ids
    applications: list[str] = Field(default_factory=list)  # Application term ids
    source: SourceRef

    @model_validator(mode="after")
    def _known_terms(self) -> SystemReport:
        vocab = vocabulary()
        for field, kind in (("strategies", "Strategy"), ("mechanisms", "Mechanism"),
                            ("methods", "SynthesisMethod"), ("applications", "Application")):
            for tid in getattr(self, field):
                if tid not in vocab or vocab.get(tid).kind != kind:
                    raise ValueError(f"{field}: '{tid}' is not a {kind} term of the ontology")
        return self


class Conflict(_Model):
    """Two pieces of evidence that disagree, kept rather than silently resolved."""

    kind: str                           # e.g. 'table_host_vs_prose'
    description: str
    source: SourceRef
    candidates: list[str] = Field(default_factory=list)
    chosen: str | None = None


class ChallengeStatement(_Model):
    """An open problem a source names (an ontology Challenge term), linked to the entities it concerns.

    Holds the term ids and where the statement is (section, offsets) — not the sentence itself.
    """

    challenge: str                      # Challenge term id
    entities: list[str] = Field(default_factory=list)  # ontology term ids (materials, strategies, mechanisms, …)
    source: SourceRef

    @property
    def id(self) -> str:
        s = self.source
        return stable_id("ch", s.source_id, s.section, s.start, self.challenge)

    @model_validator(mode="after")
    def _known_terms(self) -> ChallengeStatement:
        vocab = vocabulary()
        if self.challenge not in vocab or vocab.get(self.challenge).kind != "Challenge":
            raise ValueError(f"challenge: '{self.challenge}' is not a Challenge term of the ontology")
        unknown = [e for e in self.entities if e not in vocab]
        if unknown:
            raise ValueError(f"entities: {unknown} are not ontology terms")
        return self


class MechanismClaim(_Model):
    """A source crediting a mechanism for what an additive or a strategy does in a host ("the
    multivalent Nb acts as an electron transfer intermediate in MgH2").

    Holds term ids, formulas and where the evidence is (section, offsets of the sentence) — not the
    sentence itself."""

    mechanism: str                      # Mechanism term id
    host: str | None = None             # formula of the host hydride
    additive: str | None = None         # formula (or name) of the additive credited
    strategy: str | None = None         # Strategy term id
    # the phase formed in situ from the additive that the text says acts ('Ni2B' from NiCl2)
    in_situ_phase: str | None = None
    source: SourceRef

    @property
    def id(self) -> str:
        s = self.source
        return stable_id("mc", s.source_id, s.section, s.start, self.mechanism, self.host, self.additive)

    @model_validator(mode="after")
    def _known_terms(self) -> MechanismClaim:
        vocab = vocabulary()
        for field, kind in (("mechanism", "Mechanism"), ("strategy", "Strategy")):
            tid = getattr(self, field)
            if tid is not None and (tid not in vocab or vocab.get(tid).kind != kind):
                raise ValueError(f"{field}: '{tid}' is not a {kind} term of the ontology")
        return self


class GraphBatch(_Model):
    """Everything one ingestion produces; the unit the stores load atomically."""

    sources: list[Source] = Field(default_factory=list)
    references: list[Reference] = Field(default_factory=list)
    reports: list[SystemReport] = Field(default_factory=list)
    measurements: list[Measurement] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)
    challenges: list[ChallengeStatement] = Field(default_factory=list)
    mechanisms: list[MechanismClaim] = Field(default_factory=list)

    def extend(self, other: GraphBatch) -> GraphBatch:
        for name in ("sources", "references", "reports", "measurements", "conflicts", "challenges",
                     "mechanisms"):
            getattr(self, name).extend(getattr(other, name))
        return self

    @property
    def systems(self) -> list[MaterialSystem]:
        seen: dict[str, MaterialSystem] = {}   # the id is a hash of the name: key on the name
        for s in [r.system for r in self.reports] + [m.system for m in self.measurements]:
            seen.setdefault(s.name, s)
        return list(seen.values())
