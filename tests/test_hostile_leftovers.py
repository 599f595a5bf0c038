"""Hostile input the first round left: links in the Markdown gap report, invisible characters and pint unit
names in refusals, a kelvin column below zero in a curve, entry ids that differ only in case."""
from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

# ------------------------------------------------------------------ 1. links in the Markdown gap report
# A link, an image, a reference link or a bare address a Markdown viewer would make live.
LIVE = re.compile(r"(?<!\\)\[[^\]]*(?<!\\)\]\(|(?<!\\)\[[^\]]*(?<!\\)\]:|(?i:https?|ftp)://|www\.[a-z]")


def _report(title: str, system: str, caveat: str):
    from kg.gaps.model import GapReport, GraphVersion, LabComparison, ReportFilters

    version = GraphVersion(backend="ladybug", content_hash="x", counts={}, ontology_version="1",
                           app_version="0", generated=datetime.now(UTC))
    lab = LabComparison(entry="lab:x", entry_title=title, system=system, property="onset_dehydrogenation_temperature",
                        value=250, unit="degC", n_literature=0, caveats=[caveat])
    return GapReport(title="Gaps", filters=ReportFilters(), version=version, lab=[lab])


@pytest.mark.parametrize("title", [
    "Milled batch [open the data](https://evil.example/x)",
    "![](https://evil.example/pixel.png) milled batch",
    "see https://evil.example/login or www.evil.example for the raw data",
    "[ref]: https://evil.example/ref",
])
def test_the_markdown_report_makes_no_link_of_a_lab_title(title):
    from ui.report.render import to_markdown

    md = to_markdown(_report(title, "MgH2 [x](http://evil.example)", "heating rate http://evil.example"))
    assert not LIVE.search(md), md
    line = next(line for line in md.splitlines() if "Milled" in line or "milled" in line or "raw data" in line
                or "ref" in line)
    assert "evil" in line                                # the text stays, readable


def test_the_markdown_report_keeps_plain_titles_as_written():
    """Near miss: a title with a dash, brackets of a formula and a bound stays as it reads (no escapes)."""
    from ui.report.render import to_markdown

    md = to_markdown(_report("Ni-doped MgH2 (batch 7), < 300 °C", "Mg(BH4)2", "heating rate differs"))
    assert "| Ni-doped MgH2 (batch 7), < 300 °C | Mg(BH4)2 |" in md


# ------------------------------------------------------------------ 2. invisible characters named
@pytest.mark.parametrize("name, shown", [
    ("MgH2\u200b", "U+200B ZERO WIDTH SPACE at position 5"),
    ("Mg\u200fH2 + 5 wt% Ni", "U+200F RIGHT-TO-LEFT MARK at position 3"),
    ("LiBH\u03014", "U+0301 COMBINING ACUTE ACCENT at position 5"),
])
def test_a_system_name_refused_names_its_invisible_character(name, shown):
    from ontology.system import SystemParseError, parse_system

    with pytest.raises(SystemParseError) as err:
        parse_system(name)
    assert shown in str(err.value) and "remove it" in str(err.value)


def test_a_refused_system_without_invisible_characters_says_nothing_of_them():
    from ontology.system import SystemParseError, parse_system

    with pytest.raises(SystemParseError) as err:
        parse_system("Unobtainium")
    assert "U+" not in str(err.value)


def test_an_entry_id_and_an_entry_field_refused_name_their_invisible_character():
    from ingest.entries.entry import EntryValidationError, load_entry
    from ontology.safe_text import entry_id_problem

    assert "U+200B ZERO WIDTH SPACE at position 5" in entry_id_problem("race\u200b")
    with pytest.raises(EntryValidationError) as err:
        load_entry({"title": "Milled", "author": "A. Researcher", "samples": [{"id": "S1", "system": "MgH2",
                    "measurements": [{"property": "hydrogen_capacity\u2060", "value": 5, "unit": "wt%"}]}]})
    assert "U+2060 WORD JOINER at position 18" in str(err.value)


# ------------------------------------------------------------------ 3. units in refusals as the pages show them
def test_entry_refusals_print_units_as_the_pages_do():
    from ingest.entries.entry import EntryValidationError, load_entry

    measurements = [
        {"property": "onset_dehydrogenation_temperature", "value": 300, "unit": "kJ/mol"},
        {"property": "dehydrogenation_activation_energy", "value": 70, "unit": "degC"},
        {"property": "onset_dehydrogenation_temperature", "value": -400, "unit": "degC"},
        {"property": "dehydrogenation_activation_energy", "value": 7000, "unit": "kJ/mol"},
    ]
    with pytest.raises(EntryValidationError) as err:
        load_entry({"title": "Units", "author": "A. Researcher",
                    "samples": [{"id": "S1", "system": "MgH2", "measurements": measurements}]})
    text = str(err.value)
    assert "measured in °C" in text and "measured in kJ mol⁻¹" in text
    assert "-400 °C is below absolute zero" in text and "(1 to 1000 kJ mol⁻¹)" in text
    # what the user typed is quoted as typed (near miss: 'kJ/mol' in quotes stays)
    assert "unit 'kJ/mol' does not fit" in text
    assert not re.search(r"(?<!')\b(degC|delta_degC|mol\^-1)\b(?!')", text), text


def test_a_unit_printed_as_on_the_pages():
    from ui.app.display import unit_text

    assert (unit_text("delta_degC"), unit_text("J/(mol*K)"), unit_text("mol^-1")) == ("°C", "J mol⁻¹ K⁻¹", "mol⁻¹")


# ------------------------------------------------------------------ 4. a kelvin column below zero
@pytest.mark.parametrize("rows, bad", [("300,100\n-10,99\n400,98\n", "data row 2: -10 K"),
                                        ("-273.5,100\n300,99\n", "data row 1: -273.5 K")])
def test_a_temperature_column_below_absolute_zero_names_file_column_and_row(tmp_path, rows, bad):
    from ingest.instruments.curves import CurveError, read_curve

    path = tmp_path / "tga_run.csv"
    path.write_text("T (K),mass (%)\n" + rows, encoding="utf-8")
    curve = read_curve(path)
    with pytest.raises(CurveError) as err:
        curve.values("temperature", "degC")
    text = str(err.value)
    assert text.startswith("tga_run.csv: column 'T (K)', " + bad) and "below absolute zero" in text


def test_a_celsius_column_below_zero_is_read():
    """Near miss: −10 °C is a temperature (263 K)."""
    from ingest.instruments.curves import read_curve

    curve = read_curve("x.csv", text="T (°C),mass (%)\n-10,100\n300,99\n", name="x.csv")
    assert list(curve.values("temperature", "K")) == pytest.approx([263.15, 573.15])


# ------------------------------------------------------------------ 5. ids differing only in case
def _doc():
    return {"title": "LiBH4 run", "author": "A. Researcher", "samples": [{"id": "S1", "system": "LiBH4",
            "measurements": [{"property": "hydrogen_capacity", "value": 6.0, "unit": "wt%"}]}]}


def test_an_entry_id_differing_only_in_case_is_refused(tmp_path):
    from kg.entries import ConflictError, EntryRepository

    repo, other = EntryRepository(tmp_path), EntryRepository(tmp_path)    # (another writer, opened before)
    other.create(_doc(), author="carol", entry_id="unrelated")
    repo.create(_doc(), author="alice", entry_id="race")
    with pytest.raises(ConflictError) as err:
        repo.create(_doc(), author="bob", entry_id="Race")
    assert "'Race' differs only in case from the existing 'race'" in str(err.value)
    with pytest.raises(ConflictError):
        other.create(_doc(), author="bob", entry_id="RACE")
    assert repo.ids() == ["race", "unrelated"]
    repo.create(_doc(), author="bob", entry_id="race-2")      # near miss: another id
    assert repo.ids() == ["race", "race-2", "unrelated"]
