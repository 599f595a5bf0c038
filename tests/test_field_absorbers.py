"""An additive the text says takes up a field's energy, acts as a hot spot or local heat source, or is what the light
or microwaves act on is the field's absorber (PhotothermalMicrowaveAbsorber), and its sample is driven by the field
its passage names, though the value's sentence names none (ingest/extraction/samples/declared_roles.py,
ingest/extraction/prose/prose.py)."""
from __future__ import annotations

import pytest

from ingest.extract import RecordContext, extract_text

ABSORBER = "PhotothermalMicrowaveAbsorber"


def records(text):
    batch = extract_text(text, "t")
    ctx = RecordContext(batch)
    return {m.value: ({c.formula: c.role for c in m.system.additives}, sorted(ctx.strategies_of(m)))
            for m in batch.measurements}


@pytest.mark.parametrize("text, value, additive, field", [
    # a hot spot, named in quotes after a participle's aside, in a paragraph whose next sentence measures the host
    ("## 2 Microwave heating\n\nLee et al. showed that oxygen-deficient TiO2-x, prepared by milling, behaves as a "
     "“hotspot” in a microwave field and reduces Ti4+ to Ti2+. This change speeds the charge exchange in MgH2, "
     "which then desorbs hydrogen at 230 °C.\n", 230.0, "TiO2-x", "MicrowaveDriving"),
    # an additive said to absorb the field's energy
    ("## 2 Heating by fields\n\nIn a microwave cavity, the MgH2–SiC composite released 5.1 wt% H2 within 3 min, "
     "because the SiC grains absorb the microwave energy much better than the hydride.\n", 5.1, "SiC",
     "MicrowaveDriving"),
    # what the light acts on: 'light-induced vacancies in LiH'
    ("## 2 Light\n\nKim et al. found that light-induced vacancies in LiH anchor the [BH4]- units on its surface. "
     "Consequently, the LiBH4–LiH mixture dehydrogenates at 70 °C, far below the thermally driven case.\n",
     70.0, "LiH", "LightDriving"),
    # a local heat source under a lamp
    ("## 2 Light\n\nUnder a xenon lamp, Cr2O3 served as a local heat source for NaAlH4, and NaAlH4–Cr2O3 released "
     "4.2 wt% H2 within 30 min.\n", 4.2, "Cr2O3", "LightDriving"),
])
def test_an_additive_said_to_take_up_the_fields_energy_is_its_absorber(text, value, additive, field):
    roles, strategies = records(text)[value]
    assert roles[additive] == ABSORBER
    assert field in strategies


def test_an_absorbers_sample_takes_the_field_its_heading_names():
    # (the value's sentence names no field; the passage's heading does)
    roles, strategies = records("## 2 Microwave heating\n\nSmith et al. added B as a microwave absorber to LiBH4. "
                                "The LiBH4–B composites released 7 wt% H2 within 4 min.\n")[7.0]
    assert roles["B"] == ABSORBER and strategies == ["MicrowaveDriving"]


@pytest.mark.parametrize("text, value, additive, role, strategies", [
    # the host absorbs hydrogen under the field: the catalyst stays a catalyst
    ("## 2 Near\n\nUnder microwave irradiation, MgH2–Ni absorbs hydrogen at 150 °C, since Ni catalyses the "
     "dissociation of H2.\n", 150.0, "Ni", "Catalyst", ["MetalCatalysis", "MicrowaveDriving"]),
    # no field acts on the LiH: a reactant partner, no field strategy
    ("## 2 Near\n\nThe LiBH4–LiH mixture, milled for 2 h, dehydrogenates at 320 °C; vacancies in LiH anchor the "
     "[BH4]- units.\n", 320.0, "LiH", "DestabilizingReactant", ["ReactiveHydrideComposite"]),
])
def test_near_misses_keep_their_roles(text, value, additive, role, strategies):
    roles, found = records(text)[value]
    assert roles[additive] == role and found == strategies


def test_the_field_stays_with_the_absorbers_sample():
    # (the same formulas in another section, the carbon a scaffold there: not run under the microwaves)
    found = records("## 1 Confinement\n\nLiBH4 was melted into a carbon scaffold; the LiBH4–C particles measured "
                    "about 80 nm.\n\n## 2 Microwave heating\n\nSmith et al. added C as a microwave absorber to LiBH4. "
                    "The LiBH4–C composites released 7 wt% H2 within 4 min.\n")
    assert found[7.0][1] == ["MicrowaveDriving"]
    assert "MicrowaveDriving" not in found[80.0][1]


def test_an_absorber_its_paragraph_credits_with_catalysis_keeps_the_catalysis():
    # (the paragraph speaks of catalysts: the hot spot is a catalyst too; in the first test's paragraph, which speaks
    # of none, the same oxide is the field's absorber alone)
    roles, strategies = records("## 2 Microwave heating\n\nLee et al. showed that oxygen-deficient TiO2-x, prepared by "
                                "milling, behaves as a hotspot in a microwave field. This change speeds the charge "
                                "exchange in MgH2, which then desorbs hydrogen at 230 °C. Such oxides are promising "
                                "catalysts for field-assisted storage.\n")[230.0]
    assert roles["TiO2-x"] == ABSORBER and strategies == ["MetalCompoundCatalysis", "MicrowaveDriving"]
    assert records("## 2 Microwave heating\n\nLee et al. showed that oxygen-deficient TiO2-x, prepared by milling, "
                   "behaves as a hotspot in a microwave field. This change speeds the charge exchange in MgH2, which "
                   "then desorbs hydrogen at 230 °C.\n")[230.0][1] == ["MicrowaveDriving"]
