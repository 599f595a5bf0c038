"""Forms of hydrogen-storage abstracts the extractor missed on fresh abstracts (since moved into the dev set as style fresh_h2).
Sentences written for these tests."""
import pytest
from prose_sentences import contract_measurements, the_one

_rows, _one = contract_measurements, the_one


def _additives(row) -> list[str]:
    return sorted(c["material"] for c in row["components"][1:])


# ---------------------------------------------------------------- a change after a bracketed formula
@pytest.mark.parametrize("sentence, host, additive", [
    ("Adding 5 mol% NiF2 lowers the onset temperature of Mg(BH4)2 from 275 to 180 °C.", "Mg(BH4)2", "NiF2"),
    ("The TiF3 additive reduced the peak desorption temperature of Ca(BH4)2 from 390 to 335 °C.", "Ca(BH4)2", "TiF3"),
    ("Milling with 4 mol% TiCl3 decreased the dehydrogenation temperature of Li3Al(NH2)6 from 310 to 240 °C.",
     "Li3Al(NH2)6", "TiCl3"),
])
def test_a_change_after_a_formula_with_brackets_is_no_event_span(sentence, host, additive):
    rows = _rows(sentence)
    assert len(rows) == 2, rows
    before, after = sorted(rows, key=lambda r: -r["value"])
    assert before["value_max"] is None and after["value_max"] is None
    assert before["material"] == after["material"] == host
    assert additive not in _additives(before) and additive in _additives(after)


def test_an_event_after_a_bracketed_formula_still_spans_its_temperatures():
    row = _one(_rows("Mg(BH4)2 releases hydrogen from 275 to 400 °C."), 275.0)
    assert row["value_max"] == 400.0


# ---------------------------------------------------------------- a qualifier of the shared head noun
@pytest.mark.parametrize("sentence, deh, hyd", [
    ("MgH2–TiF3 was milled. Its dehydrogenation and hydrogenation apparent activation energies were 71.6 and "
     "39.4 kJ/mol, respectively.", 71.6, 39.4),
    ("For MgH2–5 wt% Nb2O5, the hydrogenation and dehydrogenation apparent activation energies are 41 and 88 kJ/mol, "
     "respectively.", 88.0, 41.0),
    ("The desorption and absorption apparent activation energies of Mg2Ni–Pd reach 64.2 and 33.8 kJ/mol, "
     "respectively.", 64.2, 33.8),
])
def test_apparent_before_a_listed_pair_names_neither_value(sentence, deh, hyd):
    rows = _rows(sentence)
    assert _one(rows, deh)["property"] == "dehydrogenation_activation_energy"
    assert _one(rows, hyd)["property"] == "hydrogenation_activation_energy"


def test_a_process_word_after_apparent_still_names_its_value():
    rows = _rows("The apparent activation energies for absorption and desorption of MgH2–TiF3 were 45 and 80 kJ/mol, "
                 "respectively.")
    assert _one(rows, 45.0)["property"] == "hydrogenation_activation_energy"
    assert _one(rows, 80.0)["property"] == "dehydrogenation_activation_energy"


# ---------------------------------------------------------------- a metal–N–C single-atom catalyst
@pytest.mark.parametrize("sentence, metal", [
    ("With 5 wt% Ni-N-C, MgH2 began to release hydrogen at 187 °C.", "Ni"),
    ("MgH2 was milled with 5 wt% Fe–N4–C for 2 h. The composite began to release hydrogen at 192 °C.", "Fe"),
    ("The MgH2–Co–Nx–C composite desorbed hydrogen from 201 °C onwards.", "Co"),
])
def test_a_metal_n_c_catalyst_is_the_metal_on_n_doped_carbon(sentence, metal):
    from ingest.evaluation.scoring import same_material

    row = _rows(sentence)[0]
    assert row["material"] == "MgH2"
    assert len(row["components"]) == 2, row["components"]
    assert same_material(row["components"][1]["material"], f"{metal}/NC")


def test_a_nonmetal_n_c_stays_as_written():
    from ontology.system import supported_notation

    assert supported_notation("B-N-C") == "B-N-C"
    assert supported_notation("Ni-N-C") == "Ni/NC"


# ---------------------------------------------------------------- a metal-decorated scaffold
@pytest.mark.parametrize("sentence, host, metal", [
    ("MgH2 nanoparticles confined in a Ni-decorated mesoporous carbon start to dehydrogenate at 175 °C.", "MgH2", "Ni"),
    ("LiBH4 was melt-infiltrated into Co-loaded graphene. The composite starts to dehydrogenate at 275 °C.", "LiBH4", "Co"),
    ("MgH2 was embedded in Pd-loaded carbon nanotubes. The composite releases 5.1 wt% H2 at 300 °C.", "MgH2", "Pd"),
])
def test_the_metal_on_a_scaffold_is_a_further_additive(sentence, host, metal):
    row = _rows(sentence)[0]
    assert row["material"] == host
    roles = {c["material"]: c["role"] for c in row["components"][1:]}
    assert roles.get(metal) == "Catalyst" and "ScaffoldConfinementHost" in roles.values(), roles


def test_a_metal_doped_scaffold_is_the_scaffold_and_its_metal():
    # a metal written as the support's dopant prefix is a catalyst beside the support, as 'graphene doped with Co' and
    # the decorated or loaded particles above are (changed 5 December, issue 10 item 1d: real abstracts' annotators
    # read it so; heteroatom-doped carbons stay one material, below)
    row = _rows("LiBH4 was melt-infiltrated into Co-doped graphene. The composite starts to dehydrogenate at 275 °C.")[0]
    assert [(c["material"], c["role"]) for c in row["components"][1:]] == [("graphene", "ScaffoldConfinementHost"),
                                                                           ("Co", "Catalyst")]


def test_an_n_doped_scaffold_adds_no_nitrogen():
    row = _rows("MgH2 was confined in N-doped porous carbon. The composite starts to dehydrogenate at 175 °C.")[0]
    assert len(row["components"]) == 2, row["components"]


# ---------------------------------------------------------------- a prefix whose support is a word
# A catalyst written with its support is one Catalyst component named as written (README: 'Ni/C', 'CeO2/rGO');
# the prefix readers still split two of these forms into catalyst + support (known, strict xfail: a fix shows)
_SPLIT_STILL = pytest.mark.xfail(strict=True, reason="a slashed prefix before '-doped' still splits catalyst and support")


@pytest.mark.parametrize("sentence, value, additives", [
    pytest.param("MgH2 was milled with ZrCl4. The activation energies were 121.4, 98.6 and 87.2 kJ/mol for milled "
                 "MgH2, the ZrCl4-doped sample and the ZrCl4/graphene-doped sample, respectively.", 87.2,
                 ["ZrCl4/graphene"], marks=_SPLIT_STILL),
    ("The CeO2/graphene-catalysed MgH2 started to release hydrogen at 230 °C.", 230.0, ["CeO2/graphene"]),
    pytest.param("The Ni/carbon-doped sample of MgH2 released 6.0 wt% H2 at 300 °C.", 6.0, ["Ni/carbon"],
                 marks=_SPLIT_STILL),
])
def test_a_slashed_prefix_with_a_named_support_is_one_supported_catalyst(sentence, value, additives):
    assert _additives(_one(_rows(sentence), value)) == additives


def test_a_slashed_word_that_names_no_material_adds_nothing():
    row = _one(_rows("The TiF3/milling-assisted MgH2 released 6.0 wt% H2 at 300 °C."), 6.0)
    assert "milling" not in " ".join(_additives(row))
