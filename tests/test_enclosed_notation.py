"""A sample's notation written in brackets right after the words that make it ('A Ni/C catalyst was ball-milled with
MgH2 (MgH2–Ni/C)') is that notation: the bracket around the whole is not part of the name, and the supported catalyst
inside keeps its support (Ni/C, not Ni with a carbon scaffold of the host). A formula's own bracket stays. Own wording."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements

from ontology.system import parse_system


@pytest.mark.parametrize("text, name, parts", [
    ("A Ni/C catalyst was ball-milled with MgH2 (MgH2–Ni/C). The composite starts to dehydrogenate at 220 °C.",
     "MgH2–Ni/C", ["MgH2", "Ni/C"]),
    ("MgH2 was milled with Fe/G (MgH2–Fe/G). The composite releases 6.0 wt% H2 at 300 °C.",
     "MgH2–Fe/G", ["MgH2", "Fe/G"]),
    ("LiBH4 nanoparticles were loaded into CMK-3 carbon (LiBH4@CMK-3). The composite starts to release hydrogen at "
     "250 °C.", "LiBH4@CMK-3", ["LiBH4", "CMK-3"]),
])
def test_a_bracket_around_the_whole_notation_is_no_part_of_it(text, name, parts):
    row = contract_measurements(text)[0]
    assert "(" not in row["system"] and [c["material"] for c in row["components"]] == parts, row


@pytest.mark.parametrize("notation, name", [
    ("(MgH2–Ni/C)", "MgH2–Ni/C"),
    ("(Li0.7Na0.3)CB11H12", "(Li0.7Na0.3)CB11H12"),   # a formula's own bracket
    ("(Ni + CeO2)", "(Ni–CeO2)"),                     # a group of additives stays a group
])
def test_only_a_bracket_around_the_whole_is_dropped(notation, name):
    assert parse_system(notation).name == name


@pytest.mark.parametrize("text, loading", [
    ("A TiO2@rGO catalyst was ball-milled with LiAlH4 (LiAlH4–7TiO2@rGO, 7 wt%). The composite starts to "
     "dehydrogenate at 62 °C.", 7.0),
    ("Ni/C was milled into MgH2 (denoted MgH2–Ni/C, 10 wt%), which desorbs 6.2 wt% H2 at 300 °C.", 10.0),
    ("LiBH4 was confined in carbon aerogel (LiBH4@CA, 30 wt%) and releases hydrogen from 230 °C.", 30.0),
])
def test_a_share_after_a_modified_sample_s_notation_in_its_bracket_is_a_loading(text, loading):
    assert all(r["value"] != loading for r in contract_measurements(text))


def test_hydrogen_after_a_sample_s_notation_in_its_bracket_stays_a_capacity():
    rows = contract_measurements("The best sample (MgH2–Ni, 6.5 wt% H2) releases hydrogen from 230 °C.")
    assert any(r["property"] == "hydrogen_capacity" and r["value"] == 6.5 for r in rows)
