"""Strategies and roles as other authors' texts give them (issue 10): a halide or oxide the hydride reduces to
its own metal in a written reaction ('… + CoF3 → 3NaF + Co + …') is a catalyst's precursor, not a destabilizing
reactant (ingest/extraction/values/reacting_partners.py), while one that binds the host's element into a compound of its
own metal stays one; 'nanometric' names nanosizing as 'nanosized' does (ontology, hkg:Nanosizing)."""
import pytest

from ingest.extract import extract_text
from ingest.extraction.values.reacting_partners import reacting_partners
from kg.literature import contract_rows
from ontology.system import analyse_system


def _records(text: str) -> list[tuple[dict[str, str], list[str]]]:
    """(each additive's role, the strategies) of every measurement row the text gives."""
    return [({c["material"]: c["role"] for c in r["components"][1:]}, r["strategies"])
            for r in contract_rows(extract_text(text)) if r["kind"] == "measurement"]


@pytest.mark.parametrize("text, additive", [
    ("# Fluoride precursor\n\nThe NaBH4 milled with 7 mol% CoF3 gave 3.1 wt% hydrogen at 300 °C; milling "
     "proceeds by 3NaBH4 + CoF3 → 3NaF + Co + 3B + 6H2.", "CoF3"),
    ("# Zinc salt\n\nMgH2 milled with 5 mol% ZnF2 gave 5.5 wt% at 300 °C, through MgH2 + ZnF2 → MgF2 + Zn + H2.",
     "ZnF2"),
    ("# Chloride to hydride\n\nLiAlH4 ball-milled with 2 mol% TiCl3 lost 4.6 wt% of hydrogen below 160 °C, the "
     "chloride being consumed as 3LiAlH4 + TiCl3 → 3LiCl + TiH2 + 3Al + 5H2.", "TiCl3"),
])
def test_a_salt_reduced_to_its_own_metal_is_a_catalyst(text, additive):
    records = [(roles, st) for roles, st in _records(text) if additive in roles]
    assert records
    assert all(roles[additive] == "Catalyst" for roles, _ in records)
    assert all("MetalCompoundCatalysis" in st for _, st in records)


def test_a_salt_whose_metal_binds_the_hosts_element_stays_a_destabilizing_reactant():
    # near miss: MgB2 holds the fluoride's metal with the host's boron, no metal is set free
    text = ("# Fluoride partner\n\nLiBH4 milled with 0.5 MgF2 gave 7.0 wt% at 400 °C, through "
            "2LiBH4 + MgF2 → 2LiF + MgB2 + 4H2.")
    assert [f for _, f, _ in reacting_partners(text)] == ["MgF2"]
    assert {roles.get("MgF2") for roles, _ in _records(text)} == {"DestabilizingReactant"}


@pytest.mark.parametrize("text", [
    "# Conversion\n\nThe electrochemical route gives nanometric Mg particles, which absorb 5.8 wt% hydrogen at 150 °C.",
    "# Powders\n\nNanometric MgH2 powder desorbed hydrogen at 265 °C, well below the coarse powder.",
    "# Grains\n\nAfter the solvent route the MgH2 was nanometric and released 6.2 wt% hydrogen at 300 °C.",
])
def test_nanometric_names_nanosizing(text):
    assert any("Nanosizing" in st for _, st in _records(text))


def test_a_metric_word_is_no_nanosizing():
    # near miss: 'metric' alone, and the micrometre scale, name no nano form
    text = "# Grains\n\nThe micrometric MgH2 powder desorbed hydrogen at 350 °C."
    assert not any("Nanosizing" in st for _, st in _records(text))


def _baselines(text: str) -> dict[float, bool]:
    return {r["value"]: r["baseline"] for r in contract_rows(extract_text(text)) if r["kind"] == "measurement"}


@pytest.mark.parametrize("text, own, reference", [
    ("# Rods\n\nThe LiBH4 nanorods were grown from solution. Their hydrogen release reaches 12.5 wt% at 440 °C, "
     "clearly superior to the commercial LiBH4 (≈8.8 wt%).", 12.5, 8.8),
    ("# Wires\n\nThe NaAlH4 nanowires were made by templating. They give off 4.9 wt% hydrogen at 180 °C, far higher "
     "than the as-received NaAlH4 (3.1 wt%).", 4.9, 3.1),
    ("# Sheets\n\nMgH2 nanosheets were prepared by a solvothermal route. The sheets take up 6.4 wt% hydrogen at "
     "250 °C, compared with the commercial MgH2 (4.2 wt%).", 6.4, 4.2),
])
def test_a_value_set_against_a_reference_named_after_it_is_no_baseline(text, own, reference):
    found = _baselines(text)
    assert found.get(own) is False
    assert found.get(reference) is True


def test_a_value_of_the_reference_named_before_it_stays_a_baseline():
    # near miss: the commercial hydride is named before its own value
    found = _baselines("# Rods\n\nThe LiBH4 nanorods were grown from solution. The commercial LiBH4 releases only "
                       "8.8 wt% hydrogen at 440 °C.")
    assert found.get(8.8) is True


@pytest.mark.parametrize("text, host, partner", [
    ("CaH2 + Na4P2O7·10H2O", "CaH2", "Na4P2O7·10H2O"),
    ("NaBH4 + H2C2O4·2H2O", "NaBH4", "H2C2O4·2H2O"),
    ("MgH2 + 5 wt% CuSO4·5H2O", "MgH2", "CuSO4·5H2O"),
    ("Na2SO4·10H2O–LiAlH4", "LiAlH4", "Na2SO4·10H2O"),
])
def test_a_hydrated_salt_is_the_hydrides_reacting_partner(text, host, partner):
    # its water's protons meet the hydride's hydrogen: never the host, never a catalyst
    system = analyse_system(text).system
    assert system.host.formula == host
    assert {c.formula: c.role for c in system.additives}[partner] == "DestabilizingReactant"


def test_a_hydrides_own_hydrate_keeps_its_hydride_as_the_host():
    # near miss: the borohydride's hydrogen sits on boron; its water is no salt beside it
    assert analyse_system("NaBH4·2H2O").system.host.formula == "NaBH4"
