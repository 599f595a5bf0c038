"""Lab versus literature: where each lab value falls among comparable literature values."""
from __future__ import annotations

from ontology.vocabulary import vocabulary

from .facts import MeasurementRow, SystemRow, host_family, in_family
from .model import LabComparison

MIN_VALUES = 3            # widen the comparison (system → host → family) until this many values
TEMPERATURE_WINDOW = 10.0  # °C: conductivities are compared at similar temperatures only


def _value(m: MeasurementRow) -> float:
    return (m.value + m.value_max) / 2 if m.value_max is not None else m.value


def _comparable_conditions(lab: MeasurementRow, lit: MeasurementRow) -> bool:
    if lab.property == "ionic_conductivity":
        t1, t2 = lab.conditions.get("temperature"), lit.conditions.get("temperature")
        return t1 is not None and t2 is not None and abs(t1 - t2) <= TEMPERATURE_WINDOW
    return True


def _beats(a: float, b: float, better: str) -> bool:
    return a < b if better == "lower" else a > b


def compare(systems: list[SystemRow], measurements: list[MeasurementRow]) -> list[LabComparison]:
    sys_by_id = {s.id: s for s in systems}
    literature = [m for m in measurements if m.source_kind == "publication" and not m.theoretical
                  and not m.baseline and m.system in sys_by_id]
    lab_rows = [m for m in measurements if m.source_kind == "lab_entry" and m.system in sys_by_id]
    out = []
    for lab in lab_rows:
        system = sys_by_id[lab.system]
        better = vocabulary().property(lab.property).better_when or "higher"
        same_prop = [m for m in literature if m.property == lab.property and _comparable_conditions(lab, m)]
        levels = (
            ("same system", lambda s: s.name == system.name),
            ("same host", lambda s: s.host == system.host),
            ("same family", lambda s: (fam := host_family(system.host)) is not None and in_family(s.host, fam)),
        )
        pool, level = [], ""
        for name, keep in levels:
            wider = [m for m in same_prop if keep(sys_by_id[m.system])]
            if len(wider) > len(pool):      # a wider level that adds nothing keeps the narrower label
                pool, level = wider, name
            if len(pool) >= MIN_VALUES:
                break
        value = _value(lab)
        reported = any(s.name == system.name or (s.host == system.host and s.additives
                                                 and sorted(s.additives) == sorted(system.additives))
                       for s in systems if s.sources)
        comp = LabComparison(entry=lab.source, entry_title=lab.title or lab.source, system=system.name,
                             property=lab.property, unit=lab.unit, value=value, n_literature=len(pool),
                             composition_reported=reported, comparable=level if pool else "")
        if pool:
            values = [_value(m) for m in pool]
            beaten = sum(1 for v in values if _beats(value, v, better))
            comp.percentile = round(100.0 * beaten / len(values), 1)
            comp.rank = 1 + sum(1 for v in values if _beats(v, value, better))
            best = min(pool, key=_value) if better == "lower" else max(pool, key=_value)
            comp.best_value = _value(best)
            comp.best_by = best.source + (f" [{', '.join(best.refs)}]" if best.refs else "") + \
                f" ({sys_by_id[best.system].name})"
        out.append(comp)
    return out
