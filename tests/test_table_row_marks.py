"""A table that marks its values T (theoretical) or E (experimental) in a footnote, and leaves some cells of a marked
column unmarked: such a cell takes the one mark its row's other cells carry (a temperature printed beside a computed
enthalpy is the one that enthalpy gives, e.g. the temperature of 1 bar equilibrium, not a measured release). A row
marked both ways lends no mark, and a column the table never marks is left to what its value says. All tables, names
and values are made up."""
import pytest

from ingest.extract import extract_text
from ui.cli.extract import contract_rows

_HEAD = ("# Made-up destabilized hydrides\n\n## 2. Results\n\n"
         "**Table 1.** Made-up enthalpies and working temperatures of a few reactive composites.\n\n"
         "| System | ΔH (kJ mol<sup>-1</sup> H<sub>2</sub>) | Operating temperature (°C) | Refs. |\n|:---|---:|---:|---|\n")
_FOOT = "\nT: computed; E: measured in the cited work.\n"


def _read(rows: list[tuple[str, str, str]]) -> list[dict]:
    body = "".join(f"| {name} | {dh} | {t} | [{i + 1}] |\n" for i, (name, dh, t) in enumerate(rows))
    return [r for r in contract_rows(extract_text(_HEAD + body + _FOOT)) if r.get("kind") == "measurement"]


def _basis(read: list[dict], system: str, prop: str) -> list[str]:
    return [r["basis"] for r in read if r["system"] == system and r["property"] == prop]


# every table below marks the temperature column in one row ('E140'), so the column is one its authors mark
_MARKED = ("LiBH4–Ni", "E61", "E140")


@pytest.mark.parametrize("row,want", [
    (("NaBH4–Cr", "T33.5", "31"), "theoretical"),          # a computed enthalpy: its temperature is computed too
    (("LiBH4–2Ti", "T47/52", "205"), "theoretical"),       # two computed steps
    (("Ca(BH4)2–MgH2", "T39–44", "120–150"), "theoretical"),   # ranges
    (("KBH4–Fe", "E70.2", "330"), "measured"),             # a measured enthalpy: the temperature measured too
])
def test_an_unmarked_cell_of_a_marked_column_takes_its_rows_mark(row, want):
    read = _read([_MARKED, row])
    assert _basis(read, row[0], "dehydrogenation_temperature") == [want]
    assert set(_basis(read, row[0], "reaction_enthalpy")) == {"theoretical" if row[1][0] == "T" else "measured"}


def test_near_miss_a_row_marked_both_ways_lends_no_mark():
    read = _read([_MARKED, ("NaBH4–Cr", "T33.5", "E250"), ("LiBH4–2Ti", "T47", "205")])
    assert _basis(read, "NaBH4–Cr", "dehydrogenation_temperature") == ["measured"]
    assert _basis(read, "LiBH4–2Ti", "dehydrogenation_temperature") == ["theoretical"]


def test_near_miss_a_column_the_table_never_marks_stays_measured():
    read = _read([("NaBH4–Cr", "T33.5", "31"), ("KBH4–Fe", "E70.2", "330")])
    assert _basis(read, "NaBH4–Cr", "dehydrogenation_temperature") == ["measured"]
    assert _basis(read, "NaBH4–Cr", "reaction_enthalpy") == ["theoretical"]
