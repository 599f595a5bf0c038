"""A table row of the host alone is the reference (baseline) only where the table sets it beside a modified sample of
that host from the same study: the same cited reference, or none (a paper's table of its own samples). In a
comparison table of many studies, a bare host's row cited to a study of its own is a measured result of the bare
host. A capacity cell that equals what the host's formula gives by conversion (every H to LiH) was computed, not
measured. All tables and values are made up."""
import pytest

from ingest.extract import extract_text
from ui.cli.extract import contract_rows


def _table(rows: list[tuple[str, str, str, str]], cited: bool = True) -> str:
    head = "| Material | Cycle | Capacity [mAh g<sup>-1</sup>] |" + (" Refs. |" if cited else "")
    rule = "|:---|---:|---:|" + ("---|" if cited else "")
    body = "\n".join(f"| {name} | {cycle} | {value} |" + (f" {ref} |" if cited else "")
                     for name, cycle, value, ref in rows)
    return ("# Made-up anodes\n\n## 2. Results\n\n**Table 1.** Made-up hydride anodes compared.\n\n"
            f"{head}\n{rule}\n{body}\n")


def _read(text: str) -> dict[float, dict]:
    return {r["value"]: r for r in contract_rows(extract_text(text)) if r.get("kind") == "measurement"}


@pytest.mark.parametrize("rows", [
    [("MgH2", "1", "1380", "[3]"), ("MgH2–Ni", "20", "910", "[4]")],
    [("Mg2NiH4–C", "50", "420", "[11]"), ("NaAlH4", "1", "1210", "[12]"), ("NaAlH4@CMK-3", "30", "650", "[13]")],
    [("TiH2", "10", "870", "[21]"), ("MgH2@Nb2O5", "40", "610", "[22]"), ("MgH2", "5", "1190", "[23]")],
])
def test_a_bare_host_cited_to_its_own_study_is_no_baseline(rows):
    read = _read(_table(rows))
    for name, _cycle, value, _ref in rows:
        assert read[float(value)]["baseline"] is False, name


@pytest.mark.parametrize("rows,cited", [
    # the same study's reference sample beside its modified ones
    ([("MgH2", "1", "1380", "[5]"), ("MgH2–Ni", "20", "910", "[5]")], True),
    ([("NaAlH4–TiO2", "10", "730", "[8]"), ("NaAlH4", "10", "440", "[8]")], True),
    # a paper's own table: no citations, every row one study
    ([("MgH2", "1", "1380", ""), ("MgH2–5 wt% Nb2O5", "20", "910", "")], False),
])
def test_near_miss_the_same_studys_bare_host_stays_the_baseline(rows, cited):
    read = _read(_table(rows, cited))
    bare = next(value for name, _cycle, value, _ref in rows if name in {"MgH2", "NaAlH4"})
    assert read[float(bare)]["baseline"] is True


@pytest.mark.parametrize("name,value", [("LiAlH4", "2118"), ("Li3AlH6", "1493"), ("MgH2", "2038")])
def test_the_capacity_the_formula_gives_is_theoretical(name, value):
    read = _read(_table([(name, "1", value, "[31]"), ("MgH2–Si", "100", "1650", "[32]")]))
    assert read[float(value)]["basis"] == "theoretical"
    assert read[1650.0]["basis"] == "measured"


def test_near_miss_a_capacity_short_of_the_formula_is_measured():
    read = _read(_table([("LiAlH4", "1", "1710", "[31]"), ("MgH2", "1", "1480", "[33]")]))
    assert {read[1710.0]["basis"], read[1480.0]["basis"]} == {"measured"}
