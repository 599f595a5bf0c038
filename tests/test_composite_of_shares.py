"""'A composite of 70 wt% LiBH4 and 30 wt% Al2O3', 'composites made of 75 wt% MgH2 and 25 wt% Ni', 'a composite
electrolyte of …': the parts of a composite named in words may each carry their share, and a sample noun may
stand between 'composite' and 'of'. The sample is the hydride with its partner at the partner's share."""
import pytest

from ingest.extract import extract_text


def _rows(text):
    return [(m.system.host.formula, tuple((a.formula, a.amount and a.amount.value) for a in m.system.additives))
            for m in extract_text(text).measurements]


@pytest.mark.parametrize("text, row", [
    ("A composite of 70 wt% LiBH4 and 30 wt% Al2O3 shows 0.2 mS/cm at 25 °C.", ("LiBH4", (("Al2O3", 30.0),))),
    ("Composites made of 75 wt% MgH2 and 25 wt% Ni release 6 wt% H2 at 300 °C.", ("MgH2", (("Ni", 25.0),))),
    ("A composite electrolyte of 70 wt% LiBH4 and 30 wt% Al2O3 shows 2 × 10−4 S cm−1 at 25 °C.",
     ("LiBH4", (("Al2O3", 30.0),))),
    ("A composite anode of MgH2 and 20 wt% graphite delivers 1200 mAh/g at 0.1 C.", ("MgH2", (("graphite", 20.0),))),
])
def test_the_parts_of_a_composite_with_their_shares(text, row):
    rows = _rows(text)
    assert rows and all(r[0] == row[0] and [a for a, _ in r[1]] == [a for a, _ in row[1]]
                        and [v for _, v in r[1]] == [v for _, v in row[1]] for r in rows), rows


@pytest.mark.parametrize("text", [
    "A composite of LiBH4 and SiO2 conducts 0.1 mS/cm at 30 °C.",          # no shares: as before
    "A mixture of 90 mol% LiBH4 and 10 mol% LiI conducts 0.1 mS/cm at 30 °C.",
])
def test_without_or_with_molar_shares_as_before(text):
    rows = _rows(text)
    assert rows and rows[0][0] == "LiBH4" and len(rows[0][1]) == 1
