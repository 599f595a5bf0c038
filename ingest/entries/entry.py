"""A lab entry: what a hydride lab records about one experiment, and how it enters the graph.

``LabEntry`` is the input model (YAML/JSON as a researcher writes it, or what an ELN import maps onto
it).  It is validated in two layers:

* structure (pydantic): types, required fields;
* meaning (``_check``): formulas and system notations parse, synthesis methods/techniques/roles/
  properties are ontology terms, units fit their property (pint), and the numbers are physically
  possible for the sample (no temperature below absolute zero, no hydrogen capacity above the
  composition's theoretical maximum, no coulombic efficiency above 100 %, …).

Every problem is an ``Issue`` naming the field path (``samples[0].measurements[2].unit``) and the fix.
Errors refuse the entry (``EntryValidationError`` lists them all at once); warnings are kept on the
entry (``entry.flags``) and shown to the user, because they may be real but unusual results.

``entry_to_batch(entry, revision)`` turns an entry into a ``GraphBatch``: the entry is a ``Source`` of
kind ``lab_entry`` (like a paper), each sample a ``MaterialSystem`` named like the literature names
it, and each measurement an ``ontology.models.Measurement`` linked to the same property terms.
"""
from __future__ import annotations

import math
import re
import sys
from datetime import UTC, date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator, model_validator

from ontology import limits
from ontology.capacity import CAPACITY_SLACK, CapacityError, hydrogen_capacity_limit
from ontology.errors import UserError
from ontology.models import (
    ABSOLUTE_ZERO_C,
    Amount,
    GraphBatch,
    MaterialSystem,
    Measurement,
    Qualifier,
    Source,
    SourceRef,
    SystemReport,
    below_absolute_zero,
    implausible_values,
    uncertainty_in,
)
from ontology.quantities import parse_quantity_text
from ontology.safe_text import control_chars, entry_id_problem, invisible_note
from ontology.system import SystemParseError, parse_system
from ontology.units import UnitError, canonical_unit, is_compatible, parse_unit, unit_text, ureg
from ontology.vocabulary import UnknownTermError, vocabulary

SHA256 = re.compile(r"[0-9a-f]{64}\Z")   # \Z, not $: '$' also matches before a final line break
_LARGEST_FLOAT = int(sys.float_info.max)

# Numbers a researcher would never enter, by property key.  Each rule is (test, severity, reason).
# Hydrogen capacity is checked against the composition separately (it needs the sample).
# Upper bounds on percentages that are ratios of "out" to "in" are hard: you cannot get more charge
# out than you put in.  Retention above 100 % happens (activation over the first cycles): a flag.
_BOUNDS: dict[str, list[tuple[Any, str, str]]] = {
    "coulombic_efficiency": [(lambda v: v <= 100, "error", "coulombic efficiency cannot exceed 100 %"),
                             (lambda v: v > 0, "error", "coulombic efficiency must be above 0 %")],
    "capacity_retention": [(lambda v: v >= 0, "error", "capacity retention cannot be negative"),
                           (lambda v: v <= 100, "warning",
                            "capacity retention above 100 % (activation?); check the reference cycle")],
    "capacity_fade": [(lambda v: v >= 0, "warning", "a negative capacity fade is a gain; check the reference cycle"),
                      (lambda v: v <= 100, "error", "capacity fade cannot exceed 100 %")],
    "hydrogen_capacity": [(lambda v: v >= 0, "error", "hydrogen capacity cannot be negative")],
    "specific_capacity": [(lambda v: v >= 0, "error", "specific capacity cannot be negative")],
    "ionic_conductivity": [(lambda v: v > 0, "error", "conductivity must be above zero")],
    "particle_size": [(lambda v: v > 0, "error", "particle size must be above zero")],
    "volume_expansion": [(lambda v: v > -100, "error", "a volume cannot shrink by 100 % or more")],
    "dehydrogenation_activation_energy": [(lambda v: v > 0, "error", "activation energy must be above zero")],
    "hydrogenation_activation_energy": [(lambda v: v > 0, "error", "activation energy must be above zero")],
    "ion_migration_activation_energy": [(lambda v: v > 0, "error", "activation energy must be above zero")],
}


# ------------------------------------------------------------------------------------ issues
class Issue(BaseModel):
    path: str
    message: str
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class EntryValidationError(UserError, ValueError):
    """The entry is refused; ``issues`` lists every error (and the warnings) with its field path."""

    def __init__(self, issues: list[Issue], where: str = ""):
        self.issues = issues
        self.where = where
        errors = [i for i in issues if i.severity == "error"]
        head = f"{where}: " if where else ""
        super().__init__(head + f"{len(errors)} problem(s) in the lab entry:\n" +
                         "\n".join(f"  - {i}" for i in errors))


class _SemanticErrors(ValueError):
    """Carries the issues out of a pydantic validator (pydantic keeps it in ctx['error'])."""

    def __init__(self, issues: list[Issue]):
        self.issues = issues
        super().__init__("; ".join(str(i) for i in issues))


def format_loc(loc) -> str:
    """('samples', 0, 'measurements', 2, 'unit') -> 'samples[0].measurements[2].unit'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


# ------------------------------------------------------------------------------- input models
# Free-text fields that may be long and span lines; every other text field is one short line.
# Multi-line text: an ELN record's body, comments and field values keep their line breaks.
_LONG_TEXT = frozenset({"notes", "note", "observations", "description", "body", "text", "value"})
# Fields that hold numbers: JSON/YAML true/false would otherwise be read as 1.0/0.0.
_NUMBERS = frozenset({"value", "value_max", "range", "uncertainty", "ball_to_powder_ratio", "size", "amount"})
# How many items a list field may hold (the rest: ``limits.MAX_LIST_ITEMS``).
_LIST_LIMITS = {"samples": limits.MAX_SAMPLES, "measurements": limits.MAX_MEASUREMENTS,
                "additives": limits.MAX_COMPONENTS - 1}


def _bounded(value: Any, field_name: str) -> Any:
    """Refuse what no lab entry holds before pydantic coerces it: booleans for numbers, text past
    its length limit or with control characters, lists and mappings past their size limits."""
    if field_name in _NUMBERS:
        items = value if isinstance(value, (list, tuple)) else \
            [value.get("value")] if isinstance(value, dict) else [value]
        flag = next((v for v in items if isinstance(v, bool)), None)
        if flag is not None:
            raise ValueError(f"{str(flag).lower()} is true/false, not a number; write the number")
    if isinstance(value, str):
        _check_text(value, field_name)
    elif isinstance(value, (list, tuple)):
        cap = _LIST_LIMITS.get(field_name, limits.MAX_LIST_ITEMS)
        if len(value) > cap:
            raise ValueError(f"{len(value)} items; at most {cap} are allowed here")
        for k, item in enumerate(value):
            if isinstance(item, str):
                _check_text(item, field_name, f"item [{k}]: ")
    elif isinstance(value, dict) and field_name == "conditions" and len(value) > limits.MAX_CONDITIONS:
        raise ValueError(f"{len(value)} conditions; at most {limits.MAX_CONDITIONS} are allowed")
    return value


def _check_text(text: str, field_name: str, where: str = "") -> None:
    long = field_name in _LONG_TEXT
    cap = limits.MAX_LONG_TEXT_CHARS if long else limits.MAX_SHORT_TEXT_CHARS
    if len(text) > cap:
        raise ValueError(f"{where}{len(text):,} characters; at most {cap:,} are allowed here")
    bad = control_chars(text, one_line=not long)
    if bad:
        raise ValueError(f"{where}holds control character(s) {', '.join(bad)}; remove them "
                         "(they would drive the terminal or hide text when shown)")


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    @field_validator("*", mode="before")
    @classmethod
    def _within_limits(cls, v: Any, info) -> Any:
        return _bounded(v, info.field_name)


class QuantityIn(_In):
    """A number with its unit, as entered: '2 h', {'value': 2, 'unit': 'h'}."""

    value: float = Field(allow_inf_nan=False)
    unit: str

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, data: Any) -> Any:
        if isinstance(data, str):
            try:
                value, unit = parse_quantity_text(data)
            except UnitError as exc:
                raise ValueError(str(exc)) from None
            return {"value": value, "unit": unit}
        if isinstance(data, (int, float)) and not isinstance(data, bool):
            raise ValueError(f"{data} has no unit; write it with its unit, e.g. '{data} h'")
        return data

    @field_validator("unit")
    @classmethod
    def _parses(cls, v: str) -> str:
        try:
            parse_unit(v)
        except UnitError as exc:
            raise ValueError(str(exc)) from None
        return v

    def to(self, unit: str) -> float:
        return float(ureg.Quantity(self.value, parse_unit(self.unit)).to(parse_unit(unit)).magnitude)


class ComponentIn(_In):
    """One constituent given explicitly: formula, amount (wt%, mol% or molar ratio) and role."""

    formula: str = Field(min_length=1)
    amount: Amount | None = None
    role: str | None = None          # Role term label or id

    @field_validator("amount", mode="before")
    @classmethod
    def _amount_text(cls, v: Any) -> Any:
        # "10 wt%", "5 mol%", "2" (molar ratio), {"value": 10, "unit": "wt%"}
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return {"value": v, "unit": "ratio"}
        if isinstance(v, str):
            m = re.match(r"^\s*([0-9.]+)\s*(wt\s*%|mol\s*%|vol\s*%|molar ratio|ratio)?\s*$", v)
            if not m and re.match(r"^\s*[-−–]\s*[0-9.]", v):
                raise ValueError(f"amount '{v}' is negative, and an amount cannot be; write it without the "
                                 "minus sign ('10 wt%', '5 mol%' or a molar ratio like '2')")
            if not m:
                raise ValueError(f"amount '{v}' is not understood; write '10 wt%', '5 mol%' or a "
                                 "molar ratio like '2'")
            unit = re.sub(r"\s+", "", m.group(2) or "ratio").replace("molarratio", "ratio")
            return {"value": float(m.group(1)), "unit": unit}
        if isinstance(v, dict) and v.get("unit") in ("molar ratio", "molar_ratio"):
            return {**v, "unit": "ratio"}
        return v


class MeasurementIn(_In):
    """One measured value (or range) of one property of the sample it is listed under."""

    property: str = Field(min_length=1)        # property key ('hydrogen_capacity') or label
    value: float | None = None
    value_max: float | None = None
    range: tuple[float, float] | None = None   # alternative to value/value_max
    unit: str = ""
    # '72 ± 3 kJ/mol': 3, in the value's unit; or with a unit of its own ('3 kJ/mol', '0.5 K'), converted as a
    # difference (±5 K is ±5 °C)
    uncertainty: float | str | None = None
    qualifier: Qualifier = "="
    conditions: dict[str, Any] = {}
    # a condition stated as a bound ('within 10 min': {"time": "<="}), as ``ontology.models.Measurement`` keeps it
    condition_qualifiers: dict[str, Qualifier] = {}
    technique: str | None = None               # Technique term label or id
    method: str | None = None                  # e.g. 'Kissinger', 'tangent onset'
    derived_from: str | None = None            # name or sha256 of an attached file
    note: str = ""

    @model_validator(mode="after")
    def _one_value(self):
        if self.range is not None:
            if self.value is not None or self.value_max is not None:
                raise ValueError("give either value (and value_max) or range, not both")
            self.value, self.value_max = self.range
            self.range = None
        if self.value is None:
            raise ValueError("a measurement needs a value (or a range)")
        return self


class SynthesisStep(_In):
    """One preparation step: a SynthesisMethod term and typed parameters, each checked with pint."""

    method: str = Field(min_length=1)          # SynthesisMethod label, synonym or id
    sample: str | None = None                  # sample id; None = every sample of the entry
    milling_time: QuantityIn | None = None
    speed: QuantityIn | None = None            # rotation speed (rpm)
    ball_to_powder_ratio: float | None = Field(default=None, gt=0, allow_inf_nan=False)
    atmosphere: str | None = None              # gas or 'vacuum', as written
    temperature: QuantityIn | None = None
    pressure: QuantityIn | None = None
    duration: QuantityIn | None = None
    heating_rate: QuantityIn | None = None
    solvent: str | None = None
    notes: str = ""

    @field_validator("ball_to_powder_ratio", mode="before")
    @classmethod
    def _ratio_text(cls, v: Any) -> Any:
        if isinstance(v, str):  # '40:1' or '40'
            m = re.match(r"^\s*([0-9.]+)\s*(?::\s*([0-9.]+))?\s*$", v)
            if not m:
                raise ValueError(f"ball-to-powder ratio '{v}' is not understood; write '40:1' or 40")
            den = float(m.group(2) or 1)
            if den == 0:
                raise ValueError("ball-to-powder ratio with a zero denominator")
            return float(m.group(1)) / den
        return v


# Which dimension each quantity parameter must have, named by the ontology condition whose canonical
# unit it shares (so the stored unit is the graph's unit), or by a pint unit for the others.
_STEP_QUANTITIES: dict[str, tuple[str, str]] = {
    "milling_time": ("condition", "time"),
    "duration": ("condition", "time"),
    "temperature": ("condition", "temperature"),
    "pressure": ("condition", "pressure"),
    "heating_rate": ("condition", "heating_rate"),
    "speed": ("unit", "rpm"),
}


class DataFile(_In):
    """A raw data file attached to the entry (stored content-addressed by the repository)."""

    name: str = Field(min_length=1)
    sha256: str
    media_type: str = "application/octet-stream"
    size: int = Field(ge=0)
    kind: str | None = None           # what it holds: 'tpd', 'kissinger', 'pct', 'cycling', 'arrhenius', …
    description: str = ""
    sample: str | None = None

    @field_validator("sha256")
    @classmethod
    def _hex(cls, v: str) -> str:
        v = v.lower()
        if not SHA256.match(v):
            raise ValueError("sha256 must be 64 hexadecimal digits")
        return v

    @field_validator("name")
    @classmethod
    def _plain_name(cls, v: str) -> str:
        if "/" in v or "\\" in v or v in (".", ".."):
            raise ValueError(f"file name '{v}' must be a plain name, without folders")
        return v


class ExtraField(_In):
    """A field the lab's notebook kept (an ELN's extra field or ``PropertyValue``), as it was given.

    Not a measurement: a measurement is a property of a sample with a unit that fits it (see
    ``ingest.field_measurements``).  A field keeps its value and the unit text the ELN wrote, so an
    entry exported again says what the lab said; a number given without a unit stays a plain value.
    """

    name: str = Field(min_length=1)
    value: str | float | list[str] | None = None
    unit: str = ""                    # as the ELN wrote it ('mm', 'Å', 'mM'); '' when none
    unit_code: str = ""               # UN/CEFACT or QUDT code when the ELN gave one
    key: str = ""                     # the ELN's stable key (propertyID) when it differs from the name
    kind: str = ""                    # the ELN's field type ('number', 'select', …)
    description: str = ""
    file: str | None = None           # the attached file this field describes (its name)
    # how the value was measured, as the ELN named it (measurementTechnique / measurementMethod): what the
    # measurement the field becomes takes as its technique or method (ingest.entries.entry_fields.measured_by)
    techniques: list[str] = Field(default_factory=list)

    @field_validator("value", mode="before")
    @classmethod
    def _plain_value(cls, v: Any) -> Any:
        # checkboxes and nested JSON from other ELNs: kept as text, never as a number
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, int) and not isinstance(v, bool):
            # an integer no float holds (400 digits) is kept as written: float() raised OverflowError
            return float(v) if abs(v) <= _LARGEST_FLOAT else str(v)
        if isinstance(v, float) and not math.isfinite(v):
            return str(v)      # 'nan', 'inf': stored as text, since JSON has no NaN or infinity
        if isinstance(v, dict) or (isinstance(v, list) and not all(isinstance(x, str) for x in v)):
            import json
            return json.dumps(v, ensure_ascii=False, sort_keys=True)
        return v


class Comment(_In):
    """A comment on the entry, with who wrote it and when (as the notebook recorded them)."""

    text: str = Field(min_length=1)
    author: str = ""
    created: str = ""


class Link(_In):
    """A relation to another entry ('isPartOf' for a nested record, 'mentions', 'isBasedOn', …).

    ``target`` is an entry id of this notebook when the other record was imported with it, else the
    other notebook's identifier of it, kept as written.
    """

    relation: str = Field(min_length=1)
    target: str = Field(min_length=1)


class Sample(_In):
    """A sample: a material system, by notation or explicitly (host + additives)."""

    id: str = Field(min_length=1)
    label: str = ""
    system: str | None = None          # notation, e.g. 'MgH2–10 wt% Ni'
    host: ComponentIn | None = None
    additives: list[ComponentIn] = []
    strategies: list[str] = []         # Strategy term labels or ids
    mechanisms: list[str] = []         # Mechanism term labels or ids
    measurements: list[MeasurementIn] = []
    notes: str = ""

    @model_validator(mode="after")
    def _system_or_host(self):
        if (self.system is None) == (self.host is None):
            raise ValueError("give the sample either 'system' (a notation like 'MgH2–10 wt% Ni') or "
                             "'host' with optional 'additives', not both")
        if self.system is not None and self.additives:
            raise ValueError("'additives' go with 'host'; with 'system' write them in the notation")
        return self

    def notation(self) -> str:
        """The system in the project's notation (explicit components joined like a paper writes them)."""
        if self.system is not None:
            return self.system
        parts = [_component_text(self.host)] + [_component_text(a) for a in self.additives]
        return "–".join(parts)


def _component_text(c: ComponentIn) -> str:
    if c.amount is None:
        return c.formula
    if c.amount.unit == "ratio":  # a coefficient of 1 is not written ('3LiBH4–LiI')
        return c.formula if c.amount.value == 1 else f"{c.amount.value:g}{c.formula}"
    return f"{c.amount.value:g} {c.amount.unit} {c.formula}"


class LabEntry(_In):
    """One experiment as recorded in the lab notebook."""

    id: str = ""                      # assigned by the repository when empty
    title: str = Field(min_length=1)
    author: str = Field(min_length=1)
    created: datetime | date | None = None
    updated: datetime | date | None = None
    project: str | None = None
    tags: list[str] = []
    # An entry may have no sample yet (a notebook entry "without sample": an imported protocol, a
    # calibration, a precursor order): it is kept, listed and exported, and joins analogs and gap
    # reports once a sample is assigned.
    samples: list[Sample] = []
    synthesis: list[SynthesisStep] = []
    files: list[DataFile] = []
    observations: list[str] = []
    authors: list[str] = []           # every author, in order, when there are several (author is the first)
    body: str = ""                    # the entry's main text (plain text)
    fields: list[ExtraField] = []
    comments: list[Comment] = []
    links: list[Link] = []
    origin: str | None = None         # where an imported entry came from: '<ELN> <record id>'

    # what validation resolved; not part of the document
    _systems: dict[str, MaterialSystem] = PrivateAttr(default_factory=dict)
    _flags: list[Issue] = PrivateAttr(default_factory=list)

    @field_validator("observations", mode="before")
    @classmethod
    def _one_text(cls, v: Any) -> Any:
        return [v] if isinstance(v, str) else v

    @field_validator("id")
    @classmethod
    def _id_shape(cls, v: str) -> str:
        if v and (problem := entry_id_problem(v)):
            raise ValueError(problem)
        return v

    @model_validator(mode="after")
    def _meaning(self):
        systems, issues = _check(self)
        errors = [i for i in issues if i.severity == "error"]
        if errors:
            raise _SemanticErrors(issues)
        self._systems = systems
        self._flags = issues
        return self

    @property
    def flags(self) -> list[Issue]:
        """Warnings: values kept but worth a second look."""
        return list(self._flags)

    def system(self, sample_id: str) -> MaterialSystem:
        return self._systems[sample_id]

    @property
    def without_sample(self) -> bool:
        """A notebook entry no material system is assigned to yet (not in analogs or gap reports)."""
        return not self.samples

    def document(self) -> dict:
        """The JSON document the repository stores (exactly what was entered, normalised)."""
        return self.model_dump(mode="json", exclude_none=True, exclude_defaults=False)


# ---------------------------------------------------------------------------------- loading
def load_entry(data: dict, *, where: str = "") -> LabEntry:
    """Validate a document; on failure raise EntryValidationError listing every field path."""
    if not isinstance(data, dict):
        raise EntryValidationError([Issue(path="", message="a lab entry is a mapping of fields "
                                          "(title, author, samples, …)")], where)
    from .bounded_json import JsonLimitError, check_value

    try:
        check_value(data, what="the entry")
    except JsonLimitError as exc:
        raise EntryValidationError([Issue(path="", message=f"{exc}; a lab entry is a few levels deep "
                                          "and its values are written out")], where) from None
    try:
        return LabEntry.model_validate(data)
    except ValidationError as exc:
        issues = _issues_from(exc)
        if not any(isinstance((err.get("ctx") or {}).get("error"), _SemanticErrors) for err in exc.errors()):
            issues += _meaning_of_the_rest(data, exc)   # every error at once, not a round per layer
        raise EntryValidationError([_invisible_named(i, data) for i in issues], where) from None


_PATH_PART = re.compile(r"\.?([^.\[\]]+)|\[(\d+)\]")


def _invisible_named(issue: Issue, data: Any) -> Issue:
    """``issue`` with the invisible characters of the text it refuses named ('unit: … ; it contains U+200B
    ZERO WIDTH SPACE at position 5 …'): 'degC\u200b' read as not a unit, the character unseen."""
    value = data
    for m in _PATH_PART.finditer(issue.path if issue.severity == "error" else ""):
        key: Any = int(m.group(2)) if m.group(2) else m.group(1)
        ok = isinstance(value, dict) if isinstance(key, str) else isinstance(value, list) and key < len(value)
        value = value.get(key) if isinstance(value, dict) else value[key] if ok else None
        if value is None:
            return issue
    note = invisible_note(value) if issue.path else ""
    if not note or note in issue.message:
        return issue
    return issue.model_copy(update={"message": issue.message + note})


def _meaning_of_the_rest(data: dict, exc: ValidationError) -> list[Issue]:
    """The meaning checks (``_check``) on the parts of ``data`` whose structure is valid: pydantic runs the
    entry's own checks only once every field parsed, so that an empty title would hide an unknown system
    until it is fixed. Each field the checks read is validated on its own, a list of items (samples, steps,
    files) item by item; an item that does not parse is left out, the others keep their positions."""
    from typing import get_args

    from pydantic import TypeAdapter

    failed = {err["loc"][0] for err in exc.errors() if err["loc"]}
    values: dict[str, Any] = {}
    at: dict[str, list[int]] = {}
    for name in _CHECKED_FIELDS:
        info = LabEntry.model_fields[name]
        values[name] = None if info.is_required() else info.get_default(call_default_factory=True)
        given = data.get(name)
        if name not in data:
            continue
        if name not in failed:
            values[name] = TypeAdapter[Any](info.annotation or Any).validate_python(given)
            continue
        item_type = next(iter(get_args(info.annotation)), None)
        if isinstance(given, list) and isinstance(item_type, type) and issubclass(item_type, _In):
            kept = []
            for k, item in enumerate(given[:_LIST_LIMITS.get(name, limits.MAX_LIST_ITEMS)]):
                parsed = _parsed_in_part(item_type, item, f"{name}[{k}]", at)
                if parsed is not None:     # (the errors of what does not parse are among pydantic's)
                    kept.append((k, parsed))
            values[name], at[name] = [item for _, item in kept], [k for k, _ in kept]
    listed = data.get("samples")
    others = {str(item.get("id")) for item in listed if isinstance(item, dict)} if isinstance(listed, list) else set()
    return [i for i in _check(LabEntry.model_construct(**values), at, others)[1] if i.severity == "error"]


def _parsed_in_part(item_type: type[_In], item: Any, where: str, at: dict[str, list[int]]) -> _In | None:
    """One item of a list field, validated; a sample one of whose measurements does not parse is kept with the
    measurements that do (their positions in ``at`` under 'samples[k].measurements'), so that a missing
    property in one row does not hide a temperature below absolute zero in the next. None: it does not parse."""
    try:
        return item_type.model_validate(item)
    except ValidationError:
        pass
    rows = item.get("measurements") if isinstance(item, dict) else None
    if item_type is not Sample or not isinstance(rows, list):
        return None
    kept: list[tuple[int, MeasurementIn]] = []
    for j, row in enumerate(rows[:limits.MAX_MEASUREMENTS]):
        try:
            kept.append((j, MeasurementIn.model_validate(row)))
        except ValidationError:
            continue
    try:
        sample = Sample.model_validate({**item, "measurements": []})
    except ValidationError:
        return None
    at[f"{where}.measurements"] = [j for j, _ in kept]
    return sample.model_copy(update={"measurements": [m for _, m in kept]})


# the fields ``_check`` reads
_CHECKED_FIELDS = ("samples", "synthesis", "files", "author", "authors", "created", "updated")


def _issues_from(exc: ValidationError) -> list[Issue]:
    issues: list[Issue] = []
    for err in exc.errors():
        cause = (err.get("ctx") or {}).get("error")
        if isinstance(cause, _SemanticErrors):
            issues.extend(cause.issues)
            continue
        issues.append(Issue(path=format_loc(err["loc"]), message=_with_fix(err)))
    return issues


def _with_fix(err: Any) -> str:
    """Pydantic's message of a structural error, with what to write instead (the path names the field)."""
    field = next((str(p) for p in reversed(err["loc"]) if isinstance(p, str)), "value")
    given = err.get("input")
    fixes = {
        "extra_forbidden": "unknown field; remove it or check its spelling",
        "missing": f"missing; add '{field}: …' (it is required)",
        "string_too_short": f"is empty; write the {field}",
        "float_parsing": f"'{given}' is not a number; write a number (e.g. 2.5; its unit goes under 'unit')",
        "float_type": f"{given!r} is not a number; write a number (e.g. 2.5)",
        "string_type": f"{given!r} is not text; write the {field} as text",
        "list_type": f"must be a list; write each item on its own '- ' line under '{field}:'",
        "greater_than": f"{given!r} is not above {(err.get('ctx') or {}).get('gt', 0):g}; write a number above it",
    }
    return fixes.get(err["type"]) or err["msg"].removeprefix("Value error, ")


def load_entry_file(path) -> LabEntry:
    """Read a YAML or JSON entry file."""
    from pathlib import Path

    import yaml

    from .bounded_json import JsonLimitError, load_yaml

    path = Path(path)
    try:
        size = path.stat().st_size
        if size > limits.MAX_ENTRY_FILE_BYTES:   # refused before it is read into memory
            raise EntryValidationError([Issue(path="", message=(
                f"the file is {size:,} bytes; a lab entry file may be at most "
                f"{limits.MAX_ENTRY_FILE_BYTES:,} bytes (attach data as files instead)"))], str(path))
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise EntryValidationError([Issue(path="", message=f"cannot read the file: {exc}")], str(path)) from exc
    try:
        data = load_yaml(text, what="the entry file", max_bytes=limits.MAX_ENTRY_FILE_BYTES)  # JSON is YAML
    except JsonLimitError as exc:
        raise EntryValidationError([Issue(path="", message=str(exc))], str(path)) from exc
    except yaml.YAMLError as exc:
        raise EntryValidationError([Issue(path="", message=f"not valid YAML/JSON: {exc}")], str(path)) from exc
    return load_entry(data, where=str(path))


# ------------------------------------------------------------------------------- the checks
def resolve_term(text: str, kind: str) -> str:
    """Term id of ``kind`` named by id, label or synonym; UnknownTermError lists the choices."""
    vocab = vocabulary()
    found, near = vocab.named_term(text, kind)
    if found is not None:
        return found
    choices = sorted(t.label for t in vocab.terms(kind))
    hint = "; close: " + ", ".join(f"'{label}'" for label in near) if choices else ""
    known = ", ".join(choices[:30]) if choices else "none yet: add them to ontology/hydrides.ttl"
    raise UnknownTermError(f"'{text}' is not a {kind} of the ontology{hint} (known: {known})")


def resolve_property(text: str) -> str:
    """Property key from a key ('hydrogen_capacity') or a label ('hydrogen capacity')."""
    vocab = vocabulary()
    try:
        term = vocab.property(text)
    except UnknownTermError:
        term = vocab.lookup(text, "Property")
        if term is None:
            raise
    if term.kind != "Property":
        raise UnknownTermError(f"'{text}' is a condition, not a property; give it under 'conditions'")
    return term.key


def _check(entry: LabEntry, at: dict[str, list[int]] | None = None,
           other_samples: set[str] | None = None) -> tuple[dict[str, MaterialSystem], list[Issue]]:
    """The meaning checks. ``at`` gives the positions of the items of a list that was checked in part
    (the samples that parsed of an entry refused anyway), ``other_samples`` the ids of those left out."""
    issues: list[Issue] = []
    systems: dict[str, MaterialSystem] = {}
    seen: set[str] = set()
    file_refs = {f.name for f in entry.files} | {f.sha256 for f in entry.files}

    def items(name: str) -> list[tuple[int, Any]]:
        listed = getattr(entry, name)
        return list(zip((at or {}).get(name, range(len(listed))), listed))

    for i, sample in items("samples"):
        where = f"samples[{i}]"
        if sample.id in seen:
            issues.append(Issue(path=f"{where}.id", message=f"sample id '{sample.id}' is used twice"))
        seen.add(sample.id)
        system = _check_system(sample, where, issues)
        if system is not None:
            systems[sample.id] = system
        for field_name, kind in (("strategies", "Strategy"), ("mechanisms", "Mechanism")):
            for k, s in enumerate(getattr(sample, field_name)):
                _term_issue(s, kind, f"{where}.{field_name}[{k}]", issues)
        rows = (at or {}).get(f"{where}.measurements", range(len(sample.measurements)))
        for j, m in zip(rows, sample.measurements):
            _check_measurement(m, system, f"{where}.measurements[{j}]", file_refs, issues)
    known = seen | (other_samples or set())
    for k, step in items("synthesis"):
        _check_step(step, f"synthesis[{k}]", known, issues)
    for k, f in items("files"):
        if f.sample is not None and f.sample not in known:
            issues.append(Issue(path=f"files[{k}].sample", message=f"no sample '{f.sample}' in this entry"))
    if entry.authors and entry.author and entry.author not in entry.authors:
        issues.append(Issue(path="authors", message=f"the author '{entry.author}' is not among the authors; "
                            "list every author under 'authors', the first one as 'author'"))
    if isinstance(entry.created, datetime) and isinstance(entry.updated, datetime):
        if _aware(entry.updated) < _aware(entry.created):
            issues.append(Issue(path="updated", message="updated is before created"))
    return systems, issues


def _aware(d: datetime) -> datetime:
    return d if d.tzinfo else d.replace(tzinfo=UTC)


def _term_issue(text: str, kind: str, path: str, issues: list[Issue]) -> str | None:
    try:
        return resolve_term(text, kind)
    except UnknownTermError as exc:
        issues.append(Issue(path=path, message=str(exc)))
        return None


def _check_system(sample: Sample, where: str, issues: list[Issue]) -> MaterialSystem | None:
    path = f"{where}.system" if sample.system is not None else f"{where}.host"
    if sample.host is not None:  # explicit components: name the one that does not parse
        for k, comp in enumerate([sample.host, *sample.additives]):
            cpath = f"{where}.host.formula" if k == 0 else f"{where}.additives[{k - 1}].formula"
            try:
                parse_system(comp.formula)
            except SystemParseError as exc:
                issues.append(Issue(path=cpath, message=str(exc)))
                return None
    try:
        system = parse_system(sample.notation())
    except SystemParseError as exc:
        issues.append(Issue(path=path, message=str(exc)))
        return None
    add_path = f"{where}.additives" if sample.host is not None else path
    if not _amounts_add_up(system, path, add_path, issues):
        return None
    if sample.host is None:
        return system
    # Explicit components: the host is the one the researcher named, roles are theirs.
    given = [sample.host, *sample.additives]
    comps = list(system.components)
    if len(comps) != len(given):
        issues.append(Issue(path=path, message=f"parsed {len(comps)} components from "
                            f"'{sample.notation()}' but {len(given)} were given"))
        return None
    # parse_system may pick another host; the researcher's host wins, components keep their order
    by_text = {c.text: c for c in comps}
    order = [by_text.get(_component_text(g)) for g in given]
    if any(c is None for c in order):
        order = comps
    for k, (comp, spec) in enumerate(zip(order, given)):
        if spec.role is not None:
            role_path = f"{where}.host.role" if k == 0 else f"{where}.additives[{k - 1}].role"
            role = _term_issue(spec.role, "Role", role_path, issues)
            if role is not None:
                order[k] = comp.model_copy(update={"role": role})
    return system.model_copy(update={"host": order[0], "additives": order[1:]})


def _amounts_add_up(system: MaterialSystem, path: str, add_path: str, issues: list[Issue]) -> bool:
    """Each component once, and percentages that fit in 100 %: 'MgH2 + 60 wt% Ni + 60 wt% Ni'
    names Ni twice and 120 wt% in all; both are refused (the researcher knows which was meant)."""
    ok = True
    seen: dict[str, list[str]] = {}
    for c in system.components:
        seen.setdefault(c.formula, []).append(str(c.amount) if c.amount else "no amount")
    for formula, amounts in seen.items():
        if len(amounts) > 1:
            issues.append(Issue(path=add_path, message=(
                f"'{formula}' is given {len(amounts)} times ({', '.join(amounts)}); give each component "
                "once, with its total amount")))
            ok = False
    for unit in ("wt%", "mol%", "at%", "vol%"):
        total = sum(c.amount.value for c in system.components if c.amount and c.amount.unit == unit)
        added = sum(c.amount.value for c in system.additives if c.amount and c.amount.unit == unit)
        if added >= 100 - 1e-9:   # as the SHACL shape says: the host is what the additives leave
            issues.append(Issue(path=add_path, message=(
                f"the additives given in {unit} add up to {added:g} {unit}: nothing would be left for "
                f"the host; check the amounts")))
            ok = False
        elif total > 100 + 1e-9:
            issues.append(Issue(path=path, message=(
                f"the {unit} amounts add up to {total:g} {unit}, more than 100 {unit}; check the amounts")))
            ok = False
    return ok


def _check_measurement(m: MeasurementIn, system: MaterialSystem | None, path: str,
                       file_refs: set[str], issues: list[Issue]) -> None:
    try:
        key = resolve_property(m.property)
    except UnknownTermError as exc:
        issues.append(Issue(path=f"{path}.property", message=str(exc)))
        return
    if not m.unit:
        issues.append(Issue(path=f"{path}.unit", message=f"'{key}' needs a unit (e.g. '{canonical_unit(key)}')"))
        return
    try:
        parse_unit(m.unit)
    except UnitError as exc:
        issues.append(Issue(path=f"{path}.unit", message=str(exc)))
        return
    if not is_compatible(key, m.unit):
        issues.append(Issue(path=f"{path}.unit", message=f"unit '{m.unit}' does not fit '{key}', "
                            f"which is measured in {unit_text(canonical_unit(key))} (or a compatible unit)"))
        return
    if m.technique is not None:
        _term_issue(m.technique, "Technique", f"{path}.technique", issues)
    if m.derived_from is not None and m.derived_from not in file_refs:
        issues.append(Issue(path=f"{path}.derived_from",
                            message=f"no attached file '{m.derived_from}'; attach it under 'files'"))
    for cond, val in m.conditions.items():
        try:
            Measurement.model_validate({"property": key, "value": 1, "unit": canonical_unit(key),
                                        "conditions": {cond: val}, "system": PLACEHOLDER_SYSTEM,
                                        "source": {"source_id": "check"}})
        except ValidationError as exc:
            issues.append(Issue(path=f"{path}.conditions.{cond}", message=_first_msg(exc)))
    for cond, bound in m.condition_qualifiers.items():
        if cond not in m.conditions:
            issues.append(Issue(path=f"{path}.condition_qualifiers.{cond}", message=(
                f"'{bound}' bounds no condition '{cond}'; give its value under 'conditions' (e.g. {cond}: …)")))
    from ontology.units import to_canonical
    _check_uncertainty(m, path, issues)
    values = [to_canonical(key, v, m.unit) for v in (m.value, m.value_max) if v is not None]
    for v in values:
        if not math.isfinite(v):
            issues.append(Issue(path=f"{path}.value", message="not a finite number"))
            return
    if canonical_unit(key) == "degC" and min(values) < ABSOLUTE_ZERO_C:
        low = min(v for v in (m.value, m.value_max) if v is not None)
        issues.append(Issue(path=f"{path}.value", message=below_absolute_zero(low, m.unit)))
    if len(values) == 2 and values[1] < values[0]:
        issues.append(Issue(path=f"{path}.value_max", message="range runs backwards (value_max < value)"))
    for v in values:
        for test, severity, reason in _BOUNDS.get(key, []):
            if not test(v):
                issues.append(Issue(path=f"{path}.value", message=f"{reason} (got {v:g} "
                                    f"{canonical_unit(key)})", severity=severity))
    outside = implausible_values(key, values)
    refused = any(i.path.startswith(f"{path}.value") and i.severity == "error" for i in issues)
    if outside and not refused:   # no sample shows it: a unit or an exponent was mistyped, not a record kept
        issues.append(Issue(path=f"{path}.value", message=outside))
    if key == "hydrogen_capacity" and system is not None:
        _check_capacity(max(values), system, path, issues)


def uncertainty_in_unit(m: MeasurementIn) -> float | None:
    """The measurement's uncertainty in the unit of its value (a number given alone is in it already; one
    with a unit of its own is converted as the models convert one, ``ontology.models.uncertainty_in``). Raises
    ValueError saying what to write when it is not a non-negative quantity of the value's kind."""
    u = m.uncertainty
    if u is None:
        return None
    if isinstance(u, str):
        try:
            number, unit = parse_quantity_text(u)
        except UnitError:
            try:
                number, unit = float(u.replace("±", "").replace("−", "-")), m.unit
            except ValueError:
                raise ValueError(f"'{u}' is not understood; write the ± part as a number in the value's unit "
                                 f"(e.g. 3) or with its unit (e.g. '3 {unit_text(m.unit)}')") from None
        unit = unit or m.unit
    else:
        number, unit = float(u), m.unit
    if not math.isfinite(number):
        raise ValueError("not a finite number; write the ± part as a number (e.g. 3)")
    if number < 0:
        raise ValueError(f"{number:g} is negative; an uncertainty is the ± half-width, so write it without the "
                         f"sign (e.g. {abs(number):g})")
    try:
        return uncertainty_in(resolve_property(m.property), number, unit, m.unit)
    except UnitError:   # another kind of quantity, or an unknown unit
        raise ValueError(f"'{u}' is not in a unit of the value ({unit_text(m.unit)}); write it in "
                         f"{unit_text(m.unit)} (e.g. 3) or a compatible unit") from None


def _check_uncertainty(m: MeasurementIn, path: str, issues: list[Issue]) -> None:
    try:
        uncertainty_in_unit(m)
    except ValueError as exc:
        issues.append(Issue(path=f"{path}.uncertainty", message=str(exc)))


def _check_capacity(value: float, system: MaterialSystem, path: str, issues: list[Issue]) -> None:
    try:
        limit = hydrogen_capacity_limit(system)
    except CapacityError as exc:
        issues.append(Issue(path=f"{path}.value", severity="warning",
                            message=f"cannot check against the theoretical capacity: {exc}"))
        return
    if value > limit * (1 + CAPACITY_SLACK):
        issues.append(Issue(path=f"{path}.value", message=(
            f"{value:g} wt% H2 is above the theoretical hydrogen content of '{system.name}' "
            f"({limit:.2f} wt%); check the value, its unit or the sample's composition")))


def _check_step(step: SynthesisStep, path: str, samples: set[str], issues: list[Issue]) -> None:
    _term_issue(step.method, "SynthesisMethod", f"{path}.method", issues)
    if step.sample is not None and step.sample not in samples:
        issues.append(Issue(path=f"{path}.sample", message=f"no sample '{step.sample}' in this entry"))
    for name, (how, ref) in _STEP_QUANTITIES.items():
        q: QuantityIn | None = getattr(step, name)
        if q is None:
            continue
        unit = canonical_unit(ref) if how == "condition" else ref
        try:
            value = q.to(unit)
        except Exception:  # pint DimensionalityError and friends: the unit is the wrong kind
            issues.append(Issue(path=f"{path}.{name}.unit",
                                message=f"unit '{q.unit}' does not fit {name.replace('_', ' ')} "
                                        f"(expected something like {unit})"))
            continue
        if name == "temperature" and value < ABSOLUTE_ZERO_C:
            issues.append(Issue(path=f"{path}.{name}.value", message=below_absolute_zero(q.value, q.unit)))
        elif name != "temperature" and value < 0:
            issues.append(Issue(path=f"{path}.{name}.value", message=f"{name} cannot be negative"))


def step_parameters(step: SynthesisStep) -> dict[str, Any]:
    """The step's parameters with quantities in canonical units (for display and the graph)."""
    out: dict[str, Any] = {}
    for name, (how, ref) in _STEP_QUANTITIES.items():
        q = getattr(step, name)
        if q is not None:
            unit = canonical_unit(ref) if how == "condition" else ref
            out[name] = {"value": round(q.to(unit), 9), "unit": unit}
    for name in ("ball_to_powder_ratio", "atmosphere", "solvent"):
        if getattr(step, name) is not None:
            out[name] = getattr(step, name)
    return out


def _first_msg(exc: ValidationError) -> str:
    return exc.errors()[0]["msg"].removeprefix("Value error, ")


# a throw-away system used only to validate conditions with the shared Measurement rules
PLACEHOLDER_SYSTEM = {"text": "H2", "name": "H2",
                      "host": {"formula": "H2", "text": "H2"}}


# ------------------------------------------------------------------------------ to the graph
def _analysis_of(technique: str | None) -> str | None:
    """A kinetic analysis picked as the technique (the Record form's 'Kissinger analysis') is how the value was
    derived: its label stands as the method, which comparisons read (a Kissinger energy has no one heating rate)."""
    from ontology.comparability import method_family

    return vocabulary().get(technique).label if technique and method_family(technique) else None


def source_id(entry_id: str) -> str:
    """One Source per entry (not per revision): a new revision replaces what the old one said."""
    return f"lab:{entry_id}"


def entry_to_batch(entry: LabEntry, revision: int = 1, *, created: datetime | None = None) -> GraphBatch:
    """The GraphBatch of one revision of an entry.

    The source's date is the entry's own (a time before a bare date); ``created``, when the revision
    was recorded, stands in for an entry that gives none, so every lab entry in the graph has a date.
    """
    if not entry.id:
        raise ValueError("the entry has no id yet; store it first (the repository assigns one)")
    sid = source_id(entry.id)
    when = (entry.updated if isinstance(entry.updated, datetime) else None) or \
        (entry.created if isinstance(entry.created, datetime) else None) or entry.created or \
        entry.updated or created
    year = (entry.created.year if entry.created else None)
    source = Source(id=sid, kind="lab_entry", title=entry.title, authors=entry.authors or [entry.author], year=year,
                    url=f"hkg:entry/{entry.id}/r{revision}", created=when, project=entry.project)
    batch = GraphBatch(sources=[source])
    files = {f.name: f for f in entry.files} | {f.sha256: f for f in entry.files}
    for sample in entry.samples:
        system = entry.system(sample.id)
        methods = sorted({resolve_term(s.method, "SynthesisMethod") for s in entry.synthesis
                          if s.sample in (None, sample.id)})
        strategies = sorted({resolve_term(s, "Strategy") for s in sample.strategies})
        mechanisms = sorted({resolve_term(s, "Mechanism") for s in sample.mechanisms})
        batch.reports.append(SystemReport(system=system, strategies=strategies, mechanisms=mechanisms,
                                          methods=methods,
                                          source=SourceRef(source_id=sid, section=sample.id)))
        for j, m in enumerate(sample.measurements):
            f = files.get(m.derived_from) if m.derived_from else None
            technique = resolve_term(m.technique, "Technique") if m.technique else None
            batch.measurements.append(Measurement(
                property=resolve_property(m.property), value=m.value, value_max=m.value_max,
                unit=m.unit, uncertainty=uncertainty_in_unit(m), qualifier=m.qualifier, system=system,
                conditions=m.conditions, condition_qualifiers=m.condition_qualifiers,
                technique=technique, method=m.method or _analysis_of(technique),
                derived_from=f"file:{f.sha256}" if f else None,
                source=SourceRef(source_id=sid, section=sample.id, row=j)))
    return batch
