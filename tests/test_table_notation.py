"""Tables as papers and their conversions print them (Markdown pipe tables, HTML <table>s) and the headers
of conductivity tables: the temperature column however it is named, units in square brackets or after a
'/', a temperature written into the quantity's header ('σ25 °C'), and a symbol several properties share
('Ea') read by the application of the table's other columns. All tables and values are made up."""
import pytest

from ingest.documents.document import parse_document
from ingest.extraction.tables.tables import _column, columns, table_facts


@pytest.mark.parametrize("header,unit", [
    ("Measured at (°C)", "°C"),
    ("T (K)", "K"),
    ("T [K]", "K"),
    ("Temperature / °C", "°C"),
    ("Test temperature (°C)", "°C"),
    ("Temp. (°C)", "°C"),
])
def test_temperature_columns(header, unit):
    col = _column(1, header)
    assert (col.role, col.keys, col.unit) == ("condition", ["temperature"], unit)


@pytest.mark.parametrize("header,unit,conditions", [
    ("σ [mS cm−1]", "mS cm−1", {}),
    ("Conductivity / S cm−1", "S cm−1", {}),
    ("σ (S cm<sup>−1</sup>)", "S cm^−1", {}),
    ("σ25 °C (S cm−1)", "S cm−1", {"temperature": {"value": 25.0, "unit": "degC"}}),
    ("σ<sub>30 °C</sub> [mS cm<sup>−1</sup>]", "mS cm^−1", {"temperature": {"value": 30.0, "unit": "degC"}}),
    ("σ at 300 K (S/cm)", "S/cm", {"temperature": {"value": 300.0, "unit": "K"}}),
    ("σRT (S cm−1)", "S cm−1", {"temperature": {"value": 25.0, "unit": "degC"}}),
])
def test_conductivity_headers(header, unit, conditions):
    col = _column(2, header)
    assert (col.role, col.keys, col.unit, col.conditions) == ("property", ["ionic_conductivity"], unit, conditions)


@pytest.mark.parametrize("header,role,keys", [
    ("Sample / additive", "property", []),          # two words, no unit after the '/'
    ("T onset / T peak (°C)", "property", ["onset_dehydrogenation_temperature", "peak_dehydrogenation_temperature"]),
    ("Capacity retention after 100 cycles (%)", "property", ["capacity_retention"]),   # a cycle count, no temperature
])
def test_slashes_and_numbers_not_misread(header, role, keys):
    col = _column(3, header)
    assert (col.role, col.keys) == (role, keys)


TABLES = """# Made-up conductivities

## 3. Results

**Table 1.** Conductivities of made-up iodide-substituted borohydrides.

| Electrolyte | Measured at (°C) | σ [mS cm−1] | Ea (eV) |
|:---|---:|---:|---:|
| 3LiBH4–LiI | 30 | 0.12 | 0.48 |
| LiBH4–LiNH2 (1:3) | 40 | 0.9 | 0.61 |

**Table 2.** The same quantities as a PDF conversion prints them.

<table><tr><th>Sample</th><th>T (K)</th><th>σ<sub>25 °C</sub> (S cm<sup>−1</sup>)</th><th>Activation energy / eV</th></tr>
<tr><td>Li<sub>2</sub>B₁₂H₁₂–LiI</td><td>338</td><td>3.0 × 10<sup>−5</sup></td><td>0.52</td></tr>
</table>

**Table 3.** Made-up catalysed hydrides.

| Sample | Ea (kJ/mol) | Reversible capacity (wt%) |
|---|---|---|
| MgH2–5 wt% Nb2O5 | 71 | 6.1 |
"""


@pytest.fixture(scope="module")
def tabled():
    doc = parse_document(TABLES)
    return doc, table_facts(doc, "src:notation")


def _facts(batch, table):
    return sorted((m.system.name, m.property, m.value, m.conditions.get("temperature"))
                  for m in batch.measurements if m.source.table == table)


def test_pipe_and_html_tables_are_read(tabled):
    doc, _ = tabled
    assert [t.number for t in doc.tables] == [1, 2, 3]
    assert [c.text for c in doc.tables[0].rows[0].cells] == ["3LiBH4–LiI", "30", "0.12", "0.48"]
    # an HTML cell keeps its markup, and its offsets point at its content
    cell = doc.tables[1].rows[0].cells[2]
    assert doc.text[cell.start:cell.end] == cell.text == "3.0 × 10<sup>−5</sup>"


def test_pipe_table_values(tabled):
    _, b = tabled
    assert _facts(b, "Table 1") == [
        ("3LiBH4–LiI", "ion_migration_activation_energy", 0.48, 30.0),   # 'Ea' beside a conductivity
        ("3LiBH4–LiI", "ionic_conductivity", 0.12, 30.0),
        ("LiBH4–3LiNH2", "ion_migration_activation_energy", 0.61, 40.0),
        ("LiBH4–3LiNH2", "ionic_conductivity", 0.9, 40.0),
    ]


def test_html_table_values(tabled):
    _, b = tabled
    facts = _facts(b, "Table 2")
    # the header's 25 °C is the conductivity's temperature; the T column the activation energy's (338 K)
    assert ("Li2B12H12–LiI", "ionic_conductivity", pytest.approx(0.03), 25.0) in facts
    assert ("Li2B12H12–LiI", "ion_migration_activation_energy", 0.52, pytest.approx(64.85)) in facts


def test_ea_beside_a_hydrogen_capacity_stays_dehydrogenation(tabled):
    doc, b = tabled
    assert [c.keys for c in columns(doc.tables[2])][1:] == [["dehydrogenation_activation_energy"], ["reversible_hydrogen_capacity"]]


def test_pipe_rows_keep_escaped_bars():
    doc = parse_document("# T\n\n**Table 1.** Made-up.\n\n| Cell | σ (mS/cm) |\n|---|---|\n| Mo\\|LiBH4 | 0.1 |\n")
    assert [c.text for c in doc.tables[0].rows[0].cells] == ["Mo\\|LiBH4", "0.1"]
