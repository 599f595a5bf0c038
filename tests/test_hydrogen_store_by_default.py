"""Issue 10 item 6: a record's application. A host of both uses (MgH2, Mg, LiAlH4, Mg2NiH4: hydrogen stores and
conversion anodes) is a hydrogen store where the document never speaks of lithium storage — a lithium-storage use
is always said (a cell, an electrode, an electrolyte, mAh/g) — and an anode where it says so."""
from __future__ import annotations

from prose_sentences import contract_measurements, the_one


def test_a_document_silent_on_lithium_storage_is_about_hydrogen_storage():
    rows = contract_measurements("Magnesium films 80 nm thick, capped by 8 nm of Pd, take up hydrogen at 90 °C.")
    assert the_one(rows, 80.0)["application"] == "hydrogen_storage"
    rows = contract_measurements("The ball-milled MgH2 powder consists of particles of about 300 nm.")
    assert the_one(rows, 300.0)["application"] == "hydrogen_storage"
    rows = contract_measurements("The LiAlH4 crystallites shrink to 25 nm after 5 h of milling.")
    assert the_one(rows, 25.0)["application"] == "hydrogen_storage"


def test_a_document_that_speaks_of_lithium_storage_keeps_the_anode():
    # near misses: a lithium-storage value, a cell's setting, a strategy said of the anode
    rows = contract_measurements("The MgH2 electrode delivers 1480 mAh/g. Its particles are about 300 nm.")
    assert the_one(rows, 300.0)["application"] == "anode"
    rows = contract_measurements("The MgH2/C electrode keeps 64% of its first capacity after 80 cycles at 100 mA g-1.")
    assert the_one(rows, 64.0)["application"] == "anode"
    rows = contract_measurements("Nanosized MgH2 was tested as a conversion anode. Its particles are about 30 nm.")
    assert the_one(rows, 30.0)["application"] == "anode"
