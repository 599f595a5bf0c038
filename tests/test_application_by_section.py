"""Issue 10 (h39-rev): a value whose property serves no application of its own (a particle size, a volume
expansion) in a source written in numbered sections takes the application of the values of its own section (then of
the sections it sits in) before those of the whole source: a review's anode section may name a conversion oxide's
grains or MgH2's swelling on lithiation, while most of the review's values store hydrogen."""
from __future__ import annotations

import pytest
from extracted import records

STORE = ("## 2 Hydrogen storage\n\n### 2.1 Catalysed hydrides\n\n"
         "MgH2 milled with 5 wt% Ni releases 6.2 wt% H2 at 300 °C. The MgH2–5 wt% Ni composite starts to desorb "
         "hydrogen at 250 °C, and its desorption activation energy is 70 kJ/mol. LiBH4 with 10 wt% TiO2 gives off "
         "8.1 wt% H2 at 400 °C.\n\n")
ANODE = "## 3 Lithium storage\n\n### 3.1 Conversion anodes\n\nThe MgH2–5 wt% Ni electrode delivers 1210 mAh/g. "

SENTENCES = [
    ("particle_size", "On repeated charge and discharge, the NiO of the electrode breaks into grains of 3 nm."),
    ("volume_expansion", "On lithiation the bare MgH2 electrode undergoes a volume expansion of about 90%."),
    ("particle_size", "After 50 cycles the CoO in the electrode consists of particles of 2 nm."),
]


def _of(text: str, prop: str) -> list[dict]:
    return [r for r in records("# A review\n\n" + text) if r["property"] == prop]


@pytest.mark.parametrize(("prop", "sentence"), SENTENCES)
def test_a_value_of_no_application_in_the_anode_section_is_an_anodes(prop, sentence):
    rows = _of(STORE + ANODE + sentence + "\n", prop)
    assert rows and all(r["application"] == "anode" for r in rows), rows


@pytest.mark.parametrize(("prop", "sentence"), SENTENCES)
def test_the_same_value_in_the_storage_section_stores_hydrogen(prop, sentence):
    # (near miss: the sentence in the hydrogen-storage section, the anode section after it)
    store = STORE.replace("8.1 wt% H2 at 400 °C.", "8.1 wt% H2 at 400 °C. " + sentence)
    rows = _of(store + ANODE + "\n", prop)
    assert rows and all(r["application"] == "hydrogen_storage" for r in rows), rows
