"""Issue 10 item 6: a record's application. A host of both uses (MgH2, Mg, LiAlH4, Mg2NiH4: hydrogen stores and
conversion anodes) is a hydrogen store where the document never speaks of lithium storage — a lithium-storage use
is always said (a cell, an electrode, an electrolyte, mAh/g) — and an anode where it says so."""
from __future__ import annotations

import pytest
from prose_sentences import contract_measurements, the_one


@pytest.mark.parametrize("text, value, application", [
    ("Magnesium films 80 nm thick, capped by 8 nm of Pd, take up hydrogen at 90 °C.", 80.0, "hydrogen_storage"),
    ("The ball-milled MgH2 powder consists of particles of about 300 nm.", 300.0, "hydrogen_storage"),
    ("The LiAlH4 crystallites shrink to 25 nm after 5 h of milling.", 25.0, "hydrogen_storage"),
    # near misses: a lithium-storage value, a cell's setting, the use said with 'as'
    ("The MgH2 electrode delivers 1480 mAh/g. Its particles are about 300 nm.", 300.0, "anode"),
    ("The MgH2/C electrode keeps 64% of its first capacity after 80 cycles at 100 mA g-1.", 64.0, "anode"),
    ("Nanosized MgH2 was tested as a conversion anode. Its particles are about 30 nm.", 30.0, "anode"),
])
def test_the_application_follows_what_the_document_speaks_of(text, value, application):
    assert the_one(contract_measurements(text), value)["application"] == application
