"""Materials named in words: the probe grid of ``grid_words.py`` (pass rate per slot value) and, for each
reading rule, sentences written for the test in several wordings plus one the rule must not fire on.
Every sentence here is written for the test."""
from __future__ import annotations

import pytest
from grid_words import SLOTS, docs, run
from prose_sentences import contract_measurements

from ingest.evaluation.scoring import material_key
from ontology.compound_names import compound_name, compound_names


@pytest.fixture(scope="module")
def grid():
    return run(verbose=False)


# slot values still failing (see the final report): a catalyst on its support named in words in an 'Effect of X
# on the … of H' title ('Effect of nickel nanoparticles anchored on graphene on the dehydrogenation of NaAlH4')
_KNOWN = {"nickel nanoparticles anchored on graphene"}
# the lowest pass rate each slot value may have (the known failure above pulls one position down)
_FLOOR = {"position": 0.95, "host": 0.9, "kind": 0.95}


def test_the_grid_is_small_and_crosses_every_slot():
    ps = list(docs())
    assert 150 <= len(ps) <= 300
    assert {p.slots["kind"] for p in ps} == {"one", "name", "two", "scaffold"}
    assert len({p.slots["host"] for p in ps}) >= 10


@pytest.mark.parametrize("slot", SLOTS)
def test_every_slot_value_of_the_grid_passes(grid, slot):
    table, failures = grid
    if slot == "additive":
        failing = {v: (ok, n) for v, (ok, n) in table[slot].items() if ok < n and v not in _KNOWN}
        assert not failing, (failing, [(p.text, got) for p, got in failures if p.slots[slot] in failing][:5])
    else:
        low = {v: (ok, n) for v, (ok, n) in table[slot].items() if ok < _FLOOR[slot] * n}
        assert not low, low


def test_the_known_failures_still_fail_or_are_fixed(grid):
    # (when one starts to pass, take it out of _KNOWN so that the grid keeps it)
    table, _ = grid
    assert all(table["additive"][v][0] < table["additive"][v][1] for v in _KNOWN), \
        {v: table["additive"][v] for v in _KNOWN if table["additive"][v][0] == table["additive"][v][1]}


# ---------------------------------------------------------------- binary compounds named in words
@pytest.mark.parametrize("name, formula", [
    ("titanium dioxide", "TiO2"), ("nickel(II) oxide", "NiO"), ("Iron(III) chloride", "FeCl3"),
    ("iron(III) oxide", "Fe2O3"), ("niobium pentoxide", "Nb2O5"), ("niobium pentaoxide", "Nb2O5"),
    ("zirconium tetrachloride", "ZrCl4"), ("cerium(IV) oxide", "CeO2"), ("aluminium sesquioxide", "Al2O3"),
    ("titanium diboride", "TiB2"), ("molybdenum disulfide", "MoS2"), ("vanadium pentoxide", "V2O5"),
    ("cobalt boride", None), ("iron fluoride", None), ("vanadium nitride", None),
])
def test_a_compound_named_in_words_has_the_formula_its_name_fixes(name, formula):
    found = compound_name(name)
    assert found is not None and found.formula == formula


def test_words_that_name_no_compound_are_none():
    # (negative) an element alone, an anion alone, a name with more words, a prefix and a Stock number that disagree
    assert compound_name("nickel") is None
    assert compound_name("oxide") is None
    assert compound_name("the oxide of nickel") is None
    assert compound_name("lithium aluminium hydride") is None
    assert compound_name("iron(II) trichloride") is not None and compound_name("iron(II) trichloride").formula is None
    assert compound_name("") is None
    assert compound_names("Borides and oxides were compared.") == []


def _additives(rows, value):
    row = next(r for r in rows if r["value"] == value)
    return [c["material"] for c in row["components"] if c["role"] != "HostHydride"]


def test_a_compound_in_words_is_one_additive():
    rows = contract_measurements("LiBH4 was ball milled with 10 wt% cobalt boride. The composite releases hydrogen from 290 °C.")
    assert _additives(rows, 290.0) == ["cobalt boride"]
    rows = contract_measurements("Zirconium tetrachloride was added to NaAlH4 by milling. The doped alanate releases "
                                 "3.9 wt% H2 at 150 °C.")
    assert _additives(rows, 3.9) == ["ZrCl4"]
    rows = contract_measurements("Magnesium hydride catalysed with iron(III) chloride desorbs hydrogen with an activation "
                                 "energy of 96 kJ/mol.")
    assert _additives(rows, 96.0) == ["FeCl3"]
    rows = contract_measurements("MgH2 and nickel(II) oxide nanoparticles were co-milled; the mixture started to release "
                                 "hydrogen at 244 °C.")
    assert _additives(rows, 244.0) == ["NiO"]


def test_an_element_in_a_longer_name_is_not_a_compound():
    # (negative) 'aluminium hydride' inside 'lithium aluminium hydride' is the host's name, no additive
    rows = contract_measurements("Lithium aluminium hydride releases 7.1 wt% H2 below 250 °C.")
    assert _additives(rows, 7.1) == []


# ---------------------------------------------------------------- hosts without a metal (ammonia borane)
def test_a_metal_free_hydride_of_the_ontology_takes_its_additives():
    rows = contract_measurements("Ammonia borane was ball milled with 5 wt% nickel. The milled sample releases hydrogen "
                                 "from 82 °C.")
    assert _additives(rows, 82.0) == ["Ni"]
    rows = contract_measurements("NH3BH3 was infiltrated into SBA-15. The confined ammonia borane releases hydrogen at 76 °C.")
    assert _additives(rows, 76.0) == ["SBA-15"]
    rows = contract_measurements("Cobalt boride was mixed with ammonia borane, and the mixture gives off 8.2 wt% H2.")
    assert _additives(rows, 8.2) == ["cobalt boride"]


def test_a_metal_free_molecule_outside_the_hydrides_is_no_host():
    # (negative) ammonia is no hydride of the ontology: milling it with nickel makes no hydride sample
    rows = contract_measurements("NH3 was passed over nickel; MgH2 then released hydrogen at 301 °C.")
    assert _additives(rows, 301.0) == []


# ---------------------------------------------------------------- carbon nanotubes by their walls
def test_carbon_nanotubes_named_by_their_walls_keep_the_words():
    for written in ("multiwalled carbon nanotubes", "single-walled carbon nanotubes", "multi-wall carbon nanotubes"):
        rows = contract_measurements(f"MgH2 was milled with 5 wt% {written}. The composite absorbs 6.0 wt% H2 at 250 °C.")
        assert _additives(rows, 6.0) == [written]


# ---------------------------------------------------------------- lists, supports and scaffolds of a prepared sample
def test_a_list_the_milling_puts_together_is_one_sample():
    rows = contract_measurements("MgH2, Fe and Nb2O5 were ball milled together. The mixture releases 5.6 wt% H2.")
    assert sorted(_additives(rows, 5.6)) == ["Fe", "Nb2O5"]
    rows = contract_measurements("Sodium alanate, 4 mol% titanium and carbon black were co-milled for 10 h; the product "
                                 "desorbs 3.7 wt% H2 at 160 °C.")
    # ('carbon black' is a label of the ontology's carbon: named by its formula, which the scorer folds it to)
    assert sorted(map(material_key, _additives(rows, 3.7))) == sorted(map(material_key, ["Ti", "carbon black"]))
    rows = contract_measurements("LiBH4, nickel nanoparticles, and graphene were mixed by ball milling. The mixture shows an "
                                 "activation energy of 121 kJ/mol.")
    assert sorted(_additives(rows, 121.0)) == ["Ni", "graphene"]


def test_hydrides_listed_and_measured_stay_apart():
    # (negative) three hydrides listed and measured are three samples, no additives
    rows = contract_measurements("LiBH4, NaBH4 and KBH4 were measured; their onset temperatures were 300 °C, 310 °C and 320 °C.")
    assert _additives(rows, 310.0) == []


def test_a_catalyst_on_its_support_is_one_additive():
    rows = contract_measurements("MgH2 was ball milled with graphene-supported Ni. The composite starts to release hydrogen "
                                 "at 216 °C.")
    assert _additives(rows, 216.0) == ["Ni/graphene"]
    rows = contract_measurements("Lithium borohydride and CNT-supported titanium dioxide were milled together, and the "
                                 "mixture gave off hydrogen from 247 °C.")
    assert _additives(rows, 247.0) == ["TiO2/CNT"]
    rows = contract_measurements("NaAlH4 was doped with palladium decorated on reduced graphene oxide. The doped alanate "
                                 "releases 4.1 wt% H2.")
    assert _additives(rows, 4.1) == ["Pd/reduced graphene oxide"]
    rows = contract_measurements("Magnesium hydride and a nickel/graphene composite were mixed by milling; the mixture "
                                 "absorbs 5.9 wt% H2.")
    assert _additives(rows, 5.9) == ["Ni/graphene"]


def test_a_support_prefix_before_the_host_still_holds_the_host():
    # (negative) 'graphene-supported LiBH4': the prefix places the host, no catalyst on graphene
    rows = contract_measurements("Graphene-supported LiBH4 releases hydrogen at 232 °C.")
    assert [a.casefold() for a in _additives(rows, 232.0)] == ["graphene"]


def test_a_scaffold_filled_with_the_host_holds_it():
    rows = contract_measurements("CMK-3 was impregnated with a solution of LiBH4. The confined hydride shows an activation "
                                 "energy of 99 kJ/mol.")
    assert _additives(rows, 99.0) == ["CMK-3"]
    rows = contract_measurements("Mesoporous silica was infiltrated with molten LiBH4, and the nanoconfined borohydride "
                                 "releases hydrogen from 178 °C.")
    assert _additives(rows, 178.0) == ["mesoporous silica"]
    rows = contract_measurements("A carbon aerogel was filled with a solution of NaAlH4. The composite desorbs 2.9 wt% H2.")
    assert _additives(rows, 2.9) == ["carbon aerogel"]


def test_a_class_noun_named_only_in_passing_fills_nothing():
    # (negative) no filling verb: oxides in general are no scaffold of the hydride
    rows = contract_measurements("Oxides are known catalysts; LiBH4 alone releases hydrogen above 400 °C.")
    assert _additives(rows, 400.0) == []
