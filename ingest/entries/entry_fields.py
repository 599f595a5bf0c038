"""An entry's extra fields as measurements, and assigning a sample to an entry that has none.

A notebook keeps fields (an ELN's extra fields, ``PropertyValue``s) on every entry; some of them are
measurements in the ontology's sense: the field names an ontology property (by key, label or
synonym) and its value is a number with a unit that fits the property (pint).  Others name a
condition (temperature, pressure) that then applies to the entry's measurements.  Everything else
stays a field.  A measurement belongs to a sample, so an entry without sample keeps its measurement-
like fields as fields until a sample is assigned (``assign_sample``), which turns them into
measurements of that sample.

``FieldUse`` says, per field, what it became and why: the import preview and ``hkg entry
assign-sample`` show it.
"""
from __future__ import annotations

import copy
import math
import re
from dataclasses import dataclass

from ontology.errors import UserError
from ontology.models import ConditionValue, parse_condition_text
from ontology.quantities import parse_quantity, plain_number
from ontology.units import UnitError, canonical_unit, is_compatible, parse_unit, unit_of_unece
from ontology.vocabulary import vocabulary

# A field one measurement owns: 'HydrideKG measurement 2 → hydrogen capacity', 'HydrideKG measurement 2 →
# temperature' (how ``ingest.eln.elabftw.push_payload`` writes an entry's measurements into a notebook's flat
# fields). The conditions of such a group are that group's measurement's alone, not the whole entry's.
MEASUREMENT_GROUP = "HydrideKG measurement"
_GROUPED = re.compile(rf"^{re.escape(MEASUREMENT_GROUP)} (\d+) → ")


def measurement_group(name: str) -> int | None:
    """The measurement a field belongs to ('HydrideKG measurement 2 → pressure': 2), or None."""
    found = _GROUPED.match(name or "")
    return int(found.group(1)) if found else None


@dataclass(frozen=True)
class FieldUse:
    name: str            # the field's name as the notebook wrote it
    became: str          # 'measurement', 'condition' or 'field'
    why: str


def _number(value) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        try:
            return float(value) if math.isfinite(value) else None
        except OverflowError:          # an integer no float holds (hundreds of digits): not a value
            return None
    try:
        v = float(str(value).strip())
    except (TypeError, ValueError):
        return plain_number(str(value))   # '5,5' from a notebook that writes a decimal comma; '1,500' is 1500
    return v if math.isfinite(v) else None


def term_of(name: str, key: str, kind: str):
    """The ontology term of ``kind`` ('Property' or 'Condition') a field's name or key names, or None."""
    from ingest.entries.entry import resolve_property

    vocab = vocabulary()
    for text in (name, key, key.rsplit(".", 1)[-1], name.rsplit("→", 1)[-1]):
        text = (text or "").strip()
        if not text:
            continue
        term = vocab.lookup(text, kind) or vocab.lookup(text.replace("_", " "), kind)
        if term is None and kind == "Property":
            try:
                term = vocab.property(resolve_property(text))
            except Exception:  # not a property key either (UnknownTermError and friends)
                term = None
        if term is not None and term.kind == kind:
            return term
    return None


def unit_of_code(code: str, name: str = "", key: str = "") -> str | None:
    """The unit symbol a ``unitCode`` of a PropertyValue stands for, or None.

    A UN/CEFACT common code ('CEL', 'BAR': what schema.org asks for) is read from the ontology (the
    ``qudt:uneceCommonCode`` of its QUDT units).  For a QUDT unit IRI: the ontology pairs each
    property and condition with its QUDT unit; the term the field names decides first (QUDT's
    PERCENT is 'wt%' for a capacity, '%' for an efficiency), else the one symbol every term with
    that IRI shares.
    """
    code = (code or "").strip()
    unece = unit_of_unece(code)
    if unece:
        return unece
    if code.startswith("unit:"):
        code = "http://qudt.org/vocab/unit/" + code[len("unit:"):]
    if not code.startswith(("http://qudt.org/vocab/unit/", "https://qudt.org/vocab/unit/")):
        return None
    code = code.replace("https://", "http://", 1)
    for kind in ("Property", "Condition"):
        term = term_of(name, key, kind)
        if term is not None and term.unit and term.unit_iri == code:
            return term.unit
    symbols = {t.unit for kind in ("Property", "Condition") for t in vocabulary().terms(kind)
               if t.unit and t.unit_iri == code}
    return symbols.pop() if len(symbols) == 1 else None


def quantity(value, unit: str) -> tuple[float, str, str] | None:
    """(number, unit, qualifier) of a field: the unit from the field's unit, or written with the number; the
    qualifier ('>', '<=', '~' or '=') as written before the number ('>6 wt%' is a bound, not 6 wt%)."""
    number = _number(value)
    if number is not None:
        return (number, unit, "=") if unit else None
    if isinstance(value, str):
        try:
            read = parse_quantity(value)
        except UnitError:
            return None
        return read.value, read.unit, read.qualifier
    return None


def _range(value, unit: str) -> tuple[tuple[float, str] | None, float | None]:
    """((lower end, unit), upper end) of a field holding a range as text ('85–95' with the field's unit,
    '85 to 95 kJ/mol'), else (None, None)."""
    if not isinstance(value, str):
        return None, None
    try:
        read = parse_condition_text(value, unit or None)
    except ValueError:
        return None, None
    return ((read.value, read.unit), read.value_max) if read.value_max is not None else (None, None)


def _fits(key: str, unit: str) -> bool:
    try:
        parse_unit(unit)
        return is_compatible(key, unit)
    except UnitError:
        return False


def _unit_missing(prop, f: dict) -> str:
    """Why a number naming a property is no measurement for want of a unit: none was given, or the
    ``unitCode`` given is one the ontology does not know (said, with what would be read)."""
    code = str(f.get("unit_code") or "").strip()
    if code and not f.get("unit"):
        return (f"names the property '{prop.key}' but its unitCode '{code}' is no unit the ontology knows "
                f"(give a UN/CEFACT common code the ontology lists, a QUDT unit IRI, or unitText such as "
                f"'{prop.unit}')")
    return f"names the property '{prop.key}' but has no unit (measured in {prop.unit})"


def measurements_from_fields(fields: list[dict], *, skip: set[int] = frozenset()
                             ) -> tuple[list[dict], list[FieldUse]]:
    """Measurements (entry-document dicts) the fields give, and what each field became and why.

    Fields describing an attached file (``file`` set) are the file's metadata, never the sample's. A
    field under another ('hydrogen capacity → temperature': a schema.org ``valueReference`` of an .eln
    PropertyValue, ``ingest.eln.crate``) or beside a measurement in a group ('HydrideKG measurement 2 →
    pressure') qualifies that measurement alone: a condition it names is that measurement's, and one
    naming nothing of the ontology goes into the measurement's note. Other condition fields are every
    measurement's.
    """
    measurements: list[dict] = []
    uses: list[FieldUse] = []
    conditions: dict[str | None, dict] = {None: {}}   # by the field a condition hangs under; None: the entry's
    said: dict[str | None, list[int]] = {}            # (the uses of those conditions, to say whose they became)
    asides: dict[str, list[str]] = {}                 # what else a measurement's own fields say
    for k, f in enumerate(fields):
        name = f.get("name", "")
        if k in skip:
            continue
        parent = _parent(name)
        taken = conditions.setdefault(parent, {})
        if f.get("file"):
            uses.append(FieldUse(name, "field", f"describes the file '{f['file']}'"))
            continue
        prop = term_of(name, f.get("key", ""), "Property")
        if prop is not None:
            q, high = quantity(f.get("value"), f.get("unit", "")), None
            if q is None:
                ends, high = _range(f.get("value"), f.get("unit", ""))
                q = (*ends, "=") if ends is not None else None
            if q is None:
                why = (_unit_missing(prop, f) if _number(f.get("value")) is not None else
                       f"names the property '{prop.key}' but its value is not a number with a unit")
                uses.append(FieldUse(name, "field", why))
                continue
            if not _fits(prop.key, q[1]):
                uses.append(FieldUse(name, "field", f"names the property '{prop.key}' but its unit '{q[1]}' "
                                     f"does not fit it (measured in {prop.unit} or a compatible unit)"))
                continue
            how, how_said = measured_by(f.get("techniques") or [])
            measurements.append({"property": prop.key, "value": q[0], "unit": q[1],
                                 **({"qualifier": q[2]} if q[2] != "=" else {}),
                                 **({"value_max": high} if high is not None else {}), **how,
                                 "note": f"from the field '{name}'", "_owners": {name, parent} - {None}})
            shown = ("" if q[2] == "=" else q[2]) + f"{q[0]:g}" + (f"–{high:g}" if high is not None else "")
            uses.append(FieldUse(name, "measurement", f"names the property '{prop.key}', value "
                                 f"{shown} {q[1]} fits its unit" + how_said))
            continue
        cond = term_of(name, f.get("key", ""), "Condition")
        if cond is not None and cond.key and not cond.unit:     # a categorical condition: a term names it
            value = vocabulary().condition_value(cond.key, str(f.get("value") or "").strip())
            if value is not None:
                taken[cond.key] = value.id
                uses.append(FieldUse(name, "condition", f"names the condition '{cond.key}' ({value.label})"))
            else:
                choices = ", ".join(t.label for t in vocabulary().condition_values(cond.key))
                uses.append(FieldUse(name, "field", f"names the condition '{cond.key}' but "
                                     f"'{f.get('value')}' is not one of {choices}"))
        elif cond is not None and cond.key:
            uses.append(_condition_field(name, cond.key, f, taken))
        else:
            uses.append(FieldUse(name, "field", "names no property of the ontology"))
        if uses[-1].became == "condition":
            said.setdefault(parent, []).append(len(uses) - 1)
        elif uses[-1].became == "field" and parent is not None:
            asides.setdefault(parent, []).append(_aside(name, parent, f, uses[-1].why))
    _give_conditions(measurements, conditions, asides)
    owned = set().union(*(m["_owners"] for m in measurements)) if measurements else set()
    for parent, where in said.items():
        for k in where:
            uses[k] = _whose_condition(uses[k], parent, owned)
    for m in measurements:
        del m["_owners"]
    return measurements, uses


def measured_by(texts: list[str]) -> tuple[dict, str]:
    """A measurement's technique and method from how its field says it was measured (an .eln
    PropertyValue's measurementTechnique / measurementMethod), and the words saying so: a technique of
    the ontology (TPD, DSC, PCT, EIS) is its ``technique`` term; a kinetic analysis (Kissinger, JMAK,
    van 't Hoff: how a value was derived, not an instrument) its ``method``, in the ontology's words; a
    text the ontology does not know its ``method`` as written (the first one given wins each slot)."""
    from ontology.comparability import KINETIC_ANALYSIS

    vocab, how, said = vocabulary(), {}, []
    for text in texts:
        term = vocab.lookup(text, "Technique")
        if term is not None and vocab.is_a(term.id, KINETIC_ANALYSIS):
            slot, value = "method", term.label
        elif term is not None:
            slot, value = "technique", term.id
        else:
            slot, value = "method", text
            said.append(f"'{text}' is no technique of the ontology: kept as the method as written")
        if slot not in how:
            how[slot] = value
            said.insert(len(said) - (term is None), f"{slot} {value}")
    return how, ("; " + "; ".join(said)) if said else ""


def _whose_condition(use: FieldUse, parent: str | None, owned: set[str]) -> FieldUse:
    """A condition field said as what it became: the entry's (every measurement's), one measurement's
    own, or — in a group that holds no measurement — no condition at all: such a group describes how the
    sample was made or what it is (a milling temperature, a film's substrate temperature), not a later
    measurement (``synthesis_from_groups`` makes it a synthesis step when the group names one)."""
    if parent is None:
        return FieldUse(use.name, "condition", f"{use.why} of every measurement of the entry")
    if parent in owned:
        return FieldUse(use.name, "condition", f"{use.why} of the measurement '{parent}' alone")
    return FieldUse(use.name, "field", f"{use.why}, but the group '{parent}' holds no measurement: a "
                    "preparation parameter or a description of the sample, not a condition of the entry's "
                    "measurements")


def synthesis_from_groups(fields: list[dict], uses: list[FieldUse]) -> tuple[list[dict], dict[str, FieldUse]]:
    """Synthesis steps of the groups of fields that hold no measurement and are named by a synthesis method
    of the ontology ('Ball milling → temperature', 'Annealing → duration'): the method, and each field
    whose name is a parameter of a step (``ingest.entries.entry.SynthesisStep``: temperature, milling time,
    speed, atmosphere …) checked as the entry checks a step; and, by field name, what each field became."""
    from pydantic import ValidationError

    from ingest.entries.entry import SynthesisStep

    measured = {u.name for u in uses if u.became == "measurement"}
    owned = measured | {p for p in map(_parent, measured) if p is not None}
    steps: dict[str, dict] = {}
    said: dict[str, FieldUse] = {}
    for f in fields:
        name, group = f.get("name", ""), _parent(f.get("name", ""))
        method = _method_of_group(group) if group is not None and group not in owned and not f.get("file") else None
        leaf = name.rsplit("→", 1)[-1].strip()
        attr = re.sub(r"[\s-]+", "_", leaf.lower())
        if method is None or attr in ("method", "sample", "notes") or attr not in SynthesisStep.model_fields:
            continue
        value = _step_value(f)
        try:
            SynthesisStep.model_validate({"method": method.label, attr: value})
        except ValidationError as exc:
            said[name] = FieldUse(name, "field", f"would be the {leaf} of the synthesis step '{method.label}', but "
                                  f"{exc.errors()[0]['msg']}")
            continue
        steps.setdefault(group, {"method": method.label})[attr] = value
        said[name] = FieldUse(name, "synthesis", f"a parameter of the synthesis step '{method.label}' the group "
                              f"'{group}' names ({leaf} {_shown(value)}), not a condition of a measurement")
    return list(steps.values()), said


def _method_of_group(group: str):
    """The synthesis method (ontology term) a group's name says, the innermost named part first
    ('Preparation → Ball milling': ball milling), or None."""
    for part in reversed(group.split("→")):
        part = part.strip()
        term = vocabulary().lookup(part, "SynthesisMethod") if part and not part.isdigit() else None
        if term is not None:
            return term
    return None


def _step_value(f: dict):
    """A field's value as a step takes it: a number with its unit as a quantity, else as written."""
    number = _number(f.get("value"))
    return {"value": number, "unit": f["unit"]} if number is not None and f.get("unit") else f.get("value")


def _shown(value) -> str:
    return f"{value['value']:g} {value['unit']}" if isinstance(value, dict) else str(value)


def _parent(name: str) -> str | None:
    """The field (or group) a field's name puts it under ('hydrogen capacity → temperature': 'hydrogen
    capacity'), or None."""
    head, arrow, _ = (name or "").rpartition("→")
    return head.strip() or None if arrow else None


def _aside(name: str, parent: str, f: dict, why: str) -> str:
    """A measurement's own field that is no condition, as its note says it ('pH 7 (names no property of
    the ontology)')."""
    leaf = name.rsplit("→", 1)[-1].strip()
    value = " ".join(str(x) for x in (f.get("value"), f.get("unit")) if x not in (None, ""))
    return f"{leaf} {value} ({why})".replace("  ", " ")


def _give_conditions(measurements: list[dict], conditions: dict[str | None, dict],
                     asides: dict[str, list[str]]) -> None:
    """Each measurement its conditions: those under its own field or in its group when there are any (a
    HydrideKG group always: it holds all of its measurement's), else the entry's own; and what else its
    own fields say in its note.  A group that holds no measurement gives none (see ``_whose_condition``)."""
    shared = dict(conditions[None])
    for m in measurements:
        own: dict = {}
        for owner in sorted(m["_owners"]):
            own.update(conditions.get(owner, {}))
        declared = any(measurement_group(f"{o} → ") is not None for o in m["_owners"])
        given = own if own or declared else shared
        if given:
            m["conditions"] = copy.deepcopy(given)
        extra = [a for owner in sorted(m["_owners"]) for a in asides.get(owner, [])]
        if extra:
            m["note"] += "; also given: " + "; ".join(extra)


def _condition_field(name: str, key: str, f: dict, conditions: dict) -> FieldUse:
    """A field naming a numeric condition: its value, or its range ('2–4' with the field's unit 'MPa', or
    '250 to 300 °C' in the value: how a notebook's single field carries a range), added to ``conditions``
    when it reads as one in a unit that fits; else a field, saying why."""
    # (a count, the cycle number, has no unit to write: a bare number is in its canonical unit '1')
    value, unit = f.get("value"), f.get("unit", "") or (canonical_unit(key) if canonical_unit(key) == "1" else None)
    number = _number(value)
    try:
        if number is not None and unit:
            read = ConditionValue(value=number, unit=unit)
        elif isinstance(value, str) and number is None:
            read = parse_condition_text(value, unit)
        else:
            raise ValueError(f"'{value}' has no unit" if number is not None else f"'{value}' is not a number")
    except ValueError as exc:
        return FieldUse(name, "field", f"names the condition '{key}', but {exc}")
    if not _fits(key, read.unit):
        return FieldUse(name, "field", f"names the condition '{key}' but its unit '{read.unit}' does not "
                        f"fit it (given in {canonical_unit(key)} or a compatible unit)")
    shown = f"{read.value:g}" + (f"–{read.value_max:g}" if read.value_max is not None else "")
    conditions[key] = {"value": read.value, "unit": read.unit}
    if read.value_max is not None:
        conditions[key]["value_max"] = read.value_max
    return FieldUse(name, "condition", f"names the condition '{key}' ({shown} {read.unit})")


class AssignError(UserError, ValueError):
    """The sample cannot be assigned; the message names the field and the fix."""


def assign_sample(doc: dict, system: str, *, label: str = "") -> tuple[dict, list[FieldUse]]:
    """A copy of the entry document with one more sample, ``system`` (a material-system notation).

    The first sample an entry gets also takes the measurements its fields give (see
    ``measurements_from_fields``); a further sample is added bare.  The caller validates and stores
    the result like any edit.
    """
    from ontology.system import SystemParseError, parse_system

    system = (system or "").strip()
    if not system:
        raise AssignError("system: give the sample's material system, e.g. 'MgH2 + 5 wt% Nb2O5'")
    try:
        parse_system(system)
    except (SystemParseError, ValueError) as exc:
        raise AssignError(f"system: {exc}") from None
    out = copy.deepcopy(doc)
    samples = out.setdefault("samples", [])
    taken = {s.get("id") for s in samples}
    n = len(samples) + 1
    while f"s{n}" in taken:
        n += 1
    uses: list[FieldUse] = []
    measurements: list[dict] = []
    if not samples:
        measurements, uses = measurements_from_fields(out.get("fields", []))
    samples.append({"id": f"s{n}", "label": label or system, "system": system, "measurements": measurements,
                    "notes": "sample assigned to the notebook entry"})
    return out, uses
