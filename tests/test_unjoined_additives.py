"""A value said of a sample that received an additive the reading could not join to the record (a class with no
formula, a name the ontology lacks, dopants listed apart from the host) is abstained on: the record left would be the
bare host's, or the added material's own as if it were the host (issue 10: no record rather than a wrong one). A value
of a sample whose additive is joined, or a bare host's value set against it, keeps its record. Every sentence is
written for these tests (ingest.extraction.document_wide.unjoined_additives)."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements

from ingest.extract import extract_text


def _values(text: str) -> dict[float, set[str]]:
    found: dict[float, set[str]] = {}
    for m in extract_text(f"# Hydrides\n\n## Results\n\n{text}\n").measurements:
        found.setdefault(m.value, set()).add(m.system.name)
    return found


@pytest.mark.parametrize("text, value", [
    # a class of additives with no formula after the participle
    ("LiAlH4 doped with transition metals gives off its hydrogen at only 35 °C.", 35.0),
    ("The onset of NaAlH4 catalysed by rare earth metals moves down to 118 °C.", 118.0),
    # a material the ontology lacks, named by its form
    ("MgH2 catalysed by niobate nanosheets began to desorb at 251 °C, which is far below the milled hydride.", 251.0),
    ("LiBH4 co-doped with vanadate nanorods starts releasing hydrogen at 284 °C.", 284.0),
    # dopants listed apart from the host: the host is carried, or the dopant taken for it
    ("Alane loses hydrogen slowly at 145 °C, but with an added dopant of TiCl3 or LiH it decomposes at 93 °C.", 93.0),
])
def test_a_value_of_a_doped_sample_without_its_additive_gives_no_record(text, value):
    assert value not in _values(text), _values(text)


@pytest.mark.parametrize("text, value, system", [
    # near misses: the additive is joined, or the bare host is named again before its own value
    ("MgH2 doped with Nb2O5 starts to desorb at 212 °C.", 212.0, "MgH2–Nb2O5"),
    ("MgH2 doped with Nb2O5 desorbs at 205 °C, against 347 °C for pure MgH2.", 347.0, "MgH2"),
    ("MgH2 catalysed by Ni nanoparticles desorbs at 231 °C.", 231.0, "MgH2–Ni"),
    ("MgH2 doped with TiO2 and CeO2 desorbs at 238 °C.", 238.0, "MgH2–TiO2–CeO2"),
    ("Alane loses hydrogen slowly at 145 °C, but with an added dopant of TiCl3 or LiH it decomposes at 93 °C.",
     145.0, "AlH3"),
    ("LiAlH4 modified by ball milling releases hydrogen at 152 °C.", 152.0, "LiAlH4"),
    ("NaBH<sub>4</sub> catalysed by CoCl<sub>2</sub> starts to give off hydrogen at 74 °C.", 74.0, "NaBH4–CoCl2"),
])
def test_a_joined_additive_or_a_named_bare_host_keeps_its_record(text, value, system):
    assert system in _values(text).get(value, set()), _values(text)


def test_the_contract_lines_of_a_class_doped_host_are_none():
    rows = contract_measurements("LiAlH4 doped with transition metals gives off its hydrogen at only 35 °C.")
    assert not [r for r in rows if r["value"] == 35.0]


@pytest.mark.parametrize("text, value, system", [
    ("Mg was ball milled with TiO2 powder for 10 h. The Mg composite catalysed by titanate nanotubes reached 7.2 wt% "
     "hydrogen.", 7.2, "Mg–titanate nanotubes"),
    ("MgH2 catalysed by titanate nanotubes began to desorb at 251 °C.", 251.0, "MgH2–titanate nanotubes"),
    ("Adding titanate nanotubes to MgH2 lowered its activation energy to 88 kJ/mol.", 88.0, "MgH2–titanate nanotubes"),
])
def test_titanate_nanotubes_are_an_additive_of_their_own_not_titania(text, value, system):
    """Ontology hkg:TitanateNanotube: the tubes are named as written, neither TiO2 nor dropped."""
    assert system in _values(text).get(value, set()), _values(text)
