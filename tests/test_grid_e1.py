"""The probe grid of the forms a new set of real abstracts (E1) showed the reader missing (tests/grid_e1.py: an
activation energy beside its kinetic method, a capacity stated by a noun of the process, runs of values per
sample under one 'respectively', a bare host's value in brackets after a contrast), and the rules it made: each
with sentences written for these tests in several wordings and one it must not fire on."""
from __future__ import annotations

import pytest
from grid_e1 import probes, run
from grid_rates import rates
from prose_sentences import contract_measurements

from ingest.extraction.prose.respectively import nested_chunks
from ingest.extraction.text.nlp import clean_text
from ingest.extraction.text.quantity_text import groups

# failures allowed per slot value (a ratchet). Main at 507248f passed 109 of these 170 probes (runs of values per
# sample 0/36, an energy beside 'the Arrhenius equation yields …' 0/8, 'shows rapid absorption of …' 0/8, a
# hyphen-joined 'milled-MgH2' or 'ball-milled-LiBH4' baseline 4/10); 157 now. Still failing: the second run of
# temperatures after a semicolon read as no value ("… 205.5 °C and 268.5 °C; 231.5 °C and 290.5 °C,
# respectively": 3), runs of 'dehydrogenation and rehydrogenation capacities' whose first word names no capacity
# alone (7 probes), a capitalised 'Graphene-doped' opening the sentence kept as written (3).
_ALLOWED = {
    "family": {"nested": 10, "noun": 3},
    "form": {"semicolon": 6, "their": 2, "same_clause": 2, "hydrogen_uptake": 1, "release_of": 1, "absorbs_verb": 1},
    "host": {"LiBH4": 2, "LiAlH4": 1},
    "kind": {"carbon": 3, "sulfide": 2, "oxide": 2, "metal": 2, "mxene": 2, "halide": 2},
    "pair": {"des_rehyd": 7, "onset_peak": 3},
    "two": {"alloys": 4, "hosts": 4, "amounts": 2},
    "state": {},
}


@pytest.fixture(scope="module")
def grid():
    return run(probes())


def test_the_grid_is_small_and_crosses_every_slot():
    ps = probes()
    assert 150 <= len(ps) <= 300
    slots = rates((p, "OK") for p in ps)
    assert set(slots["family"]) == {"method", "noun", "nested", "contrast"}
    assert len(slots["host"]) == 4 and len(slots["kind"]) == 6 and len(slots["state"]) == 6


@pytest.mark.parametrize("slot", list(_ALLOWED))
def test_every_slot_value_reads_its_values_right(grid, slot):
    table = rates(grid)[slot]
    over = {v: f"{bad}/{n}" for v, (bad, n) in table.items() if bad > _ALLOWED[slot].get(v, 0)}
    assert not over, (over, [v + " | " + p.doc for p, v in grid if v != "OK" and p.slots[slot] in over][:5])


def _read(text: str) -> list[tuple[float, str, tuple[str, ...]]]:
    return sorted((r["value"], r["property"], tuple(sorted(c["material"] for c in r["components"])))
                  for r in contract_measurements(text))


# ------------------------------------------------- runs of values, one run per sample, one 'respectively'
@pytest.mark.parametrize("text, want", [
    ("The absorption and desorption capacities of Mg80Ni15Y5 and Mg85Ni10Y5 were 5.2 and 4.9 wt%, and 5.8 and "
     "5.5 wt%, respectively.",
     [(4.9, "desorbed_hydrogen_capacity", ("Mg80Ni15Y5",)), (5.2, "absorbed_hydrogen_capacity", ("Mg80Ni15Y5",)),
      (5.5, "desorbed_hydrogen_capacity", ("Mg85Ni10Y5",)), (5.8, "absorbed_hydrogen_capacity", ("Mg85Ni10Y5",))]),
    ("LiBH4–SiO2 and LiBH4–Al2O3 were heated at 5 K/min, and their onset and peak desorption temperatures were "
     "210 °C and 265 °C, and 236 °C and 281 °C, respectively.",
     [(210.0, "onset_dehydrogenation_temperature", ("LiBH4", "SiO2")),
      (236.0, "onset_dehydrogenation_temperature", ("Al2O3", "LiBH4")),
      (265.0, "peak_dehydrogenation_temperature", ("LiBH4", "SiO2")),
      (281.0, "peak_dehydrogenation_temperature", ("Al2O3", "LiBH4"))]),
    ("For NaAlH4–CeCl3 and NaAlH4–TiCl3 the hydrogenation and dehydrogenation activation energies are 45.1 kJ/mol "
     "and 90.2 kJ/mol, and 39.8 kJ/mol and 84.4 kJ/mol, respectively.",
     [(39.8, "hydrogenation_activation_energy", ("NaAlH4", "TiCl3")),
      (45.1, "hydrogenation_activation_energy", ("CeCl3", "NaAlH4")),
      (84.4, "dehydrogenation_activation_energy", ("NaAlH4", "TiCl3")),
      (90.2, "dehydrogenation_activation_energy", ("CeCl3", "NaAlH4"))]),
])
def test_runs_of_values_pair_by_sample_and_by_property(text, want):
    assert _read(text) == want


def test_a_plain_list_is_no_run_of_runs():
    # "a, b, c, and d": one closing gap, at the end; the four values go to the four samples
    text = ("The onset temperatures of MgH2–TiO2, MgH2–Nb2O5, MgH2–CeO2 and MgH2–ZrO2 are 250, 262, 271, and "
            "285 °C, respectively.")
    (g,) = [g for g in groups(text) if g.kind == "list"]
    assert nested_chunks(g, text) == 0
    assert [r[2] for r in _read(text)] == [("MgH2", "TiO2"), ("MgH2", "Nb2O5"), ("CeO2", "MgH2"), ("MgH2", "ZrO2")]


# ------------------------------------------------- a participle hyphen-joined to the formula it qualifies
@pytest.mark.parametrize("written, read", [
    ("in contrast to the milled-MgH2 (0.67 wt%)", "in contrast to the milled MgH2 (0.67 wt%)"),
    ("versus ball-milled-LiBH4", "versus ball-milled LiBH4"),
    ("the annealed-Mg2Ni film", "the annealed Mg2Ni film"),
    ("TiO2-doped-NaAlH4", "TiO2-doped NaAlH4"),
])
def test_a_participle_joined_to_a_formula_is_a_word_before_it(written, read):
    assert clean_text(written).text == read


@pytest.mark.parametrize("text", ["Ti-doped MgH2", "solid-state LiBH4", "LiBH4-LiI", "Mg-based alloys",
                                  "a red-shifted band", "MgH2-10 wt% Ni"])
def test_other_hyphens_stay(text):
    assert clean_text(text).text == text


@pytest.mark.parametrize("text", [
    "The capacity of the MgH2–TiO2 composite reaches 4.02 wt% at 100 °C, a sharp contrast to the milled-MgH2 (0.67 wt%).",
    "LiBH4–SiO2 takes up 4.02 wt% in 1 h, compared with the ball-milled-LiBH4 (0.67 wt%).",
    "NaAlH4–CeCl3 absorbs 4.02 wt% at 120 °C, far more than the as-milled-NaAlH4 (0.67 wt%).",
])
def test_the_bracketed_value_of_a_joined_milled_host_is_the_bare_host(text):
    bare = [r for r in _read(text) if r[0] == 0.67]
    assert bare and all(len(r[2]) == 1 for r in bare), _read(text)


# ------------------------------------------------- an energy beside the method it came from
@pytest.mark.parametrize("text", [
    "Besides, the Arrhenius equation yields the activation energy (Ea) of MgH2–NiCo2S4 to be 86.5 kJ/mol.",
    "Using Arrhenius plots of the isothermal curves, the activation energy of LiAlH4–TiF3 is 77.3 kJ mol−1.",
    "The activation energy derived from the Arrhenius equation for NaAlH4–CeCl3 amounts to 92.4 kJ/mol.",
])
def test_an_energy_from_an_arrhenius_analysis_of_a_hydride_is_its_barrier_of_release(text):
    assert {r[1] for r in _read(text)} == {"dehydrogenation_activation_energy"}


def test_an_energy_of_conduction_keeps_its_name():
    rows = _read("The Arrhenius activation energy for Li+ conduction of LiBH4–LiI is 0.52 eV.")
    assert [r[1] for r in rows] == ["ion_migration_activation_energy"]


# ------------------------------------------------- a capacity stated by the noun 'absorption'
@pytest.mark.parametrize("text", [
    "The MgH2–TiO2 composite shows rapid absorption of 6.2 wt% H2 within 60 s at 150 °C.",
    "Absorption of 5.1 wt% H2 within 3 min at 200 °C was reached by NaAlH4–CeCl3.",
    "LiBH4–SiO2 exhibits a fast absorption of 4.4 wt% H2 in 10 min.",
])
def test_absorption_of_a_mass_fraction_is_the_absorbed_capacity(text):
    assert {r[1] for r in _read(text)} == {"absorbed_hydrogen_capacity"}


def test_a_release_stays_a_release():
    rows = _read("The MgH2–TiO2 composite exhibits a quick release of 6.2 wt% H2 within 10 min at 300 °C.")
    assert [r[1] for r in rows] == ["hydrogen_capacity"]
