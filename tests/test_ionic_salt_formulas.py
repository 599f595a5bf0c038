"""A salt written as its ions with their charges ('[NH4]+[BH4]−', '[C(NH2)3]+[BH4]−', 'Li+[CB11H12]−') is the salt's
formula (NH4BH4, C(NH2)3BH4, LiCB11H12); an ion alone ('[BH4]− anions', 'Li+ and [BH4]−') stays no salt."""
from __future__ import annotations

from prose_sentences import contract_measurements, the_one

from ingest.extraction.text.ionic_formulas import ionic_salts
from ingest.extraction.text.nlp import clean_text


def test_salt_written_as_charged_ions_is_its_formula():
    for text, value, name in (
            ("Freshly made [NH4]+[BH4]− gave off 17.5 wt% hydrogen on heating to 150 °C.", 17.5, "NH4BH4"),
            ("Our guanidinium salt [C(NH2)3]+[BH4]− released 10.4 wt% H2 at 190 °C.", 10.4, "C(NH2)3BH4"),
            ("Pressed Li+[CB11H12]− pellets conducted Li+ at 0.15 mS/cm at 125 °C.", 0.15, "LiCB11H12"),
            ("A sample of Na+[CB9H10]- reached an ionic conductivity of 0.03 mS/cm at 25 °C.", 0.03, "NaCB9H10")):
        row = the_one(contract_measurements(text), value)
        assert row["system"] == name, (text, row)


def test_the_anion_charge_may_be_dropped_after_a_bracketed_cation():
    assert "C(NH2)3BH4 (GBH)" in clean_text("The LiBH4/[C(NH2)3]+[BH4] (GBH) mixture was milled.").text


def test_near_miss_ions_alone_stay_as_written():
    for text in ("The [BH4]− anions rotate quickly.", "Both Li+ and [BH4]− move in the lattice.",
                 "Mg2+ ions sit between the layers.", "The Li+[BH4] pair was not seen."):
        assert ionic_salts(text) == [] and "]" in clean_text(text).text or "[" not in text, text
