"""ingest.extraction.tables.tables: column headers read through the ontology's labels, whatever spacing, case, slashes,
dashes and subscripts a paper prints them with; headers that name no property stay what they are."""
import pytest

from ingest.documents.document import parse_document
from ingest.extraction.tables.tables import _column, columns, table_facts

ONSET_PEAK = ["onset_dehydrogenation_temperature", "peak_dehydrogenation_temperature"]
EA_PAIR = ["dehydrogenation_activation_energy", "hydrogenation_activation_energy"]


@pytest.mark.parametrize("header,keys", [
    ("Dehydrogenation temperature (onset/peak, °C)", ONSET_PEAK),
    ("Dehydrogenation temperature (Onset / Peak, °C)", ONSET_PEAK),
    ("desorption temperature ( onset / peak )", ONSET_PEAK),
    ("Onset – peak temperature (°C)", ONSET_PEAK),
    ("Onset/peak temperature (°C)", ONSET_PEAK),
    ("T onset / T peak (°C)", ONSET_PEAK),
    ("T<sub>onset</sub>/T<sub>peak</sub> (°C)", ONSET_PEAK),
    ("T_onset / T_peak [°C]", ONSET_PEAK),
    ("$E_a$ (des)/ $E_a$ (ads)", EA_PAIR),
    ("Ea,des / Ea,abs (kJ/mol)", EA_PAIR),
    ("E<sub>a,des</sub> / E<sub>a,abs</sub> (kJ mol<sup>-1</sup>)", EA_PAIR),
    ("Ea (des) / Ea (abs)", EA_PAIR),
])
def test_pair_headers_give_both_properties(header, keys):
    col = _column(3, header)
    assert (col.role, col.keys) == ("property", keys)


@pytest.mark.parametrize("header,key,conditions", [
    ("Cycling capacity", "reversible_hydrogen_capacity", {}),
    ("CYCLING  CAPACITY", "reversible_hydrogen_capacity", {}),
    ("Reversible capacity (wt%)", "reversible_hydrogen_capacity", {}),      # a battery's is in mAh/g
    ("Reversible capacity (mAh/g)", "specific_capacity", {}),
    ("Reversible H<sub>2</sub> capacity (wt%)", "reversible_hydrogen_capacity", {}),
    ("Capacity retention (%)", "capacity_retention", {}),
    ("Capacity retention after 100 cycles (%)", "capacity_retention", {"cycles": 100.0}),
    ("Capacity retention after the 50th cycle (%)", "capacity_retention", {"cycles": 50.0}),
    ("Peak temperature (°C)", "peak_dehydrogenation_temperature", {}),
])
def test_single_property_headers(header, key, conditions):
    col = _column(4, header)
    assert (col.role, col.keys, col.conditions) == ("property", [key], conditions)


@pytest.mark.parametrize("header,role,keys", [
    ("Loading (wt%)", "amount", []),                 # a composition, no capacity
    ("Catalyst content (wt%)", "amount", []),
    ("Doping ratio (wt%)", "amount", []),
    ("Pressure (MPa)", "condition", ["pressure"]),   # not the plateau pressure
    ("Temperature (°C)", "condition", ["temperature"]),
    ("Heating rate (K/min)", "condition", ["heating_rate"]),
    ("Cycle number", "condition", ["cycles"]),
    ("ΔH (kJ/mol H<sub>2</sub>)", "property", ["reaction_enthalpy"]),   # 'kJ/mol' is one unit, not a pair
    ("Sample / additive", "property", []),           # two words that name no quantity: no pair
    ("Li-ion conductivity (S/cm)", "property", ["ionic_conductivity"]),  # a hyphen joins no qualifiers
])
def test_headers_not_misread(header, role, keys):
    col = _column(3, header)
    assert (col.role, col.keys) == (role, keys)


# two tables of made-up values in two other papers' header styles
TABLES = """# Header styles

## 1. Catalysed hydrides

**Table 1.** Made-up catalysed hosts.

Material\tT<sub>onset</sub> / T<sub>peak</sub> (°C)\tEa,des / Ea,abs (kJ mol<sup>−1</sup>)\tReversible capacity (wt%)\tRef.
MgH<sub>2</sub>–5 wt% Nb<sub>2</sub>O<sub>5</sub>\t195 / 255\t71 / 38\t6.1\t[1]
LiBH<sub>4</sub>–10 wt% TiO<sub>2</sub>\t290 / 370\t140 / 60\t7.4\t[2]

**Table 2.** Made-up cycled hosts.

Material\tOnset – peak temperature (°C)\tCapacity retention after 50 cycles (%)\tLoading (wt%)\tRef.
MgH<sub>2</sub>–Ni\t210 / 280\t93\t5\t[3]
"""


@pytest.fixture(scope="module")
def styled():
    doc = parse_document(TABLES)
    return doc, table_facts(doc, "src:styles")


def _values(batch, table, prop):
    return [(m.value, m.unit, m.conditions) for m in batch.measurements
            if m.source.table == table and m.property == prop]


def test_styled_tables_extract_every_value(styled):
    doc, b = styled
    assert [c.role for c in columns(doc.tables[1])] == ["host", "property", "property", "amount", "refs"]
    assert _values(b, "Table 1", "onset_dehydrogenation_temperature") == [(195.0, "degC", {}), (290.0, "degC", {})]
    assert _values(b, "Table 1", "peak_dehydrogenation_temperature") == [(255.0, "degC", {}), (370.0, "degC", {})]
    assert [v for v, _, _ in _values(b, "Table 1", "hydrogenation_activation_energy")] == [38.0, 60.0]
    assert [(v, u) for v, u, _ in _values(b, "Table 1", "reversible_hydrogen_capacity")] == [(6.1, "wt%"), (7.4, "wt%")]
    assert _values(b, "Table 2", "onset_dehydrogenation_temperature") == [(210.0, "degC", {})]
    # the header's cycle count is the retention's condition
    assert _values(b, "Table 2", "capacity_retention") == [(93.0, "%", {"cycles": 50.0})]
