"""Forms of abstracts the extractor missed on the fresh3 dev-set documents (written before the
extractor was run on them). Sentences written for these tests."""
import pytest
from prose_sentences import contract_measurements, the_one

_rows, _one = contract_measurements, the_one


def _additives(row) -> list[str]:
    return sorted(c["material"] for c in row["components"][1:])


# ---------------------------------------------------------------- a catalyst anchored on an MXene sheet
@pytest.mark.parametrize("sentence, additive", [
    ("MgH(2)-10 wt.% Ni@Ti(3)C(2) starts to release hydrogen at 448 K.", "Ni@Ti3C2"),
    ("The MgH2 + 7 wt% FeCoNiCrMn@Ti3C2Tx composite began to dehydrogenate at 190 °C.", "FeCoNiCrMn@Ti3C2Tx"),
    ("Milled with 5 wt% Co/Nb2C, MgH2 absorbed 5.2 wt% H2 at 150 °C.", "Co/Nb2C"),
])
def test_a_catalyst_on_a_carbide_sheet_is_one_additive(sentence, additive):
    from ingest.evaluation.scoring import same_material

    row = _rows(sentence)[0]
    assert row["material"] == "MgH2"
    assert len(row["components"]) == 2, row["components"]
    assert same_material(row["components"][1]["material"], additive)


def test_a_carbide_milled_beside_a_metal_stays_its_own_additive():
    row = _rows("The MgH2–5 wt% Ti3C2–5 wt% Ni composite began to dehydrogenate at 190 °C.")[0]
    assert _additives(row) == ["Ni", "Ti3C2"]


# ---------------------------------------------------------------- a share of a described additive
@pytest.mark.parametrize("sentence, additive", [
    ("LiBH4 was dissolved with LiI, and 20 wt% fumed SiO2 nanoparticles were further added. The composite "
     "reached 0.2 mS/cm at 30 °C.", "SiO2"),
    ("Then 5 wt% amorphous Nb2O5 particles were introduced into MgH2. The mixture desorbed hydrogen from 210 °C.",
     "Nb2O5"),
    ("Afterwards 8 mol% few-layer Ti3C2 was co-milled with LiBH4; the sample decomposed at 290 °C.", "Ti3C2"),
])
def test_a_share_before_a_described_additive_is_no_value(sentence, additive):
    rows = _rows(sentence)
    assert all(r["unit"] not in ("wt%", "mol%") for r in rows), rows
    assert any(additive in _additives(r) for r in rows) or len(rows) == 1, rows


@pytest.mark.parametrize("sentence, value", [
    ("The MgH2 sample desorbed 6.5 wt% pure hydrogen at 300 °C.", 6.5),
    ("Only 0.8 wt% is released from milled MgH2 at 300 °C.", 0.8),
])
def test_a_share_before_words_and_hydrogen_or_a_hydride_stays_a_value(sentence, value):
    assert _one(_rows(sentence), value)["unit"] == "wt%"


# ---------------------------------------------------------------- a passive release 'from' a bare sample
@pytest.mark.parametrize("sentence, value", [
    ("MgH2 was milled with 10 wt% CoCrFeNiMn (MH-10). A hydrogen release of 6.1 wt% at 275 °C is obtained for "
     "MH-10, whereas only 0.8 wt% is released from milled MgH2 under identical conditions.", 0.8),
    ("MgH2 was milled with 10 wt% TiO2. The composite desorbs 6.1 wt% H2 at 275 °C, whereas 0.9 wt% H2 was "
     "released from the additive-free MgH2.", 0.9),
    ("LiBH4 was mixed with 5 mol% NiCl2. The doped sample gave off 9.2 wt% hydrogen at 400 °C, but only "
     "3.1 wt% was evolved from pristine LiBH4 at that temperature.", 3.1),
])
def test_a_value_released_from_a_bare_sample_is_the_bare_samples(sentence, value):
    assert _additives(_one(_rows(sentence), value)) == []


def test_a_value_released_from_the_composite_keeps_its_additive():
    row = _one(_rows("MgH2 was milled with 10 wt% TiO2. The composite desorbs 6.1 wt% H2 at 275 °C and 5.0 wt% "
                     "H2 was released from the composite after 10 cycles."), 5.0)
    assert _additives(row) == ["TiO2"]


# ---------------------------------------------------------------- a second list after a 'respectively' list
@pytest.mark.parametrize("sentence, first, second", [
    ("MgH2 was milled with Ni and with Co. MgH2–Ni and MgH2–Co begin to decompose at 195 and 212 °C, "
     "respectively, and release 6.1 and 5.8 wt% of hydrogen below 350 °C.", 6.1, 5.8),
    ("MgH2–Ni and MgH2–Co start to release hydrogen at 195 and 212 °C, respectively (milled MgH2, 320 °C), "
     "and desorb 6.3 and 5.7 wt% H2 within 10 min.", 6.3, 5.7),
    ("The Ni-doped and Co-doped LiBH4 melt at 270 and 275 °C, respectively, and then liberate 10.2 and 9.8 wt% "
     "of H2.", 10.2, 9.8),
])
def test_a_second_list_pairs_with_the_first_lists_samples(sentence, first, second):
    rows = _rows(sentence)
    assert _additives(_one(rows, first)) == ["Ni"]
    assert _additives(_one(rows, second)) == ["Co"]


def test_a_second_list_said_for_its_own_sample_does_not_pair():
    rows = _rows("MgH2–Ni and MgH2–Co begin to decompose at 195 and 212 °C, respectively, against 320 and 335 °C "
                 "for milled MgH2.")
    assert _additives(_one(rows, 320.0)) == [] and _additives(_one(rows, 335.0)) == []
