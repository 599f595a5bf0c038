"""Issue 10: a cathode's capacity in a cell whose electrolyte is a hydride is no anode's value. The hydride is the
cell's electrolyte, and the capacity its cell gives is recorded on the electrolyte's study (the cathode, holding no
hydrogen, is no sample of a hydride paper). Two readings made that so: a lithium metal electrode ('a Li anode') is
the cell's other part, not what the hydride is for (the ontology applies lithium metal to lithium storage only),
and a hydride 'used as' or 'serving as' the electrolyte is named as the electrolyte."""
from __future__ import annotations

import pytest
from prose_sentences import the_one

from ingest.extract import extract_text
from kg.literature import contract_rows


def application(text: str, value: float) -> str:
    rows = [r for r in contract_rows(extract_text(f"# A test paper\n\n## Results\n\n{text}\n"))
            if r["kind"] == "measurement"]
    return the_one(rows, value)["application"]


@pytest.mark.parametrize("text, value", [
    ("A cell was built from a FeS2 cathode, a LiBH4 solid electrolyte and a Li anode. "
     "The cell gave 410 mAh g−1 at 0.05 C at 120 °C.", 410.0),
    ("LiBH4 was used as the electrolyte of a cell with a TiS2 cathode and a lithium anode. "
     "The first discharge capacity of the TiS2 electrode was 226 mAh g−1 at 0.2 C.", 226.0),
    ("LiBH4 served as the solid electrolyte between a Li foil anode and a TiS2 cathode. "
     "The positive electrode delivered 217 mAh g−1 at 0.1 C and 120 °C.", 217.0),
    ("LiBH4 acted as electrolyte in cells with a sulfur cathode and a Li metal anode. "
     "The sulfur electrode reached 1050 mAh g−1 at 0.05 C.", 1050.0),
])
def test_a_cathode_capacity_is_the_hydride_electrolytes(text, value):
    assert application(text, value) == "solid_electrolyte"


def test_near_miss_the_hydride_anode_stays_an_anode():
    # near miss: the hydride is the anode, LiBH4 the electrolyte, lithium the counter electrode
    text = ("MgH2 was used as the anode with LiBH4 as the electrolyte and a Li counter electrode. "
            "The MgH2 electrode delivered 1480 mAh g−1 at 120 °C.")
    assert application(text, 1480.0) == "anode"
