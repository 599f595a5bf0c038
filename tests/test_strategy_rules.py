"""ontology.strategy_rules: a system's strategies come from what it is, not from where it is written."""
import pytest

from ontology.strategy_rules import application_of, composition_strategies, merge, specific
from ontology.system import parse_system
from ontology.vocabulary import vocabulary


def strategies(text, application=None):
    return composition_strategies(parse_system(text), application)


@pytest.mark.parametrize("text,application,expected", [
    ("LiBH4@SBA-15", None, ["Nanoconfinement"]),
    ("NaAlH4@C", None, ["Nanoconfinement"]),
    ("3LiBH4–LiI", "SolidElectrolyte", ["AnionSubstitution"]),
    ("LiBH4–LiBr", None, ["AnionSubstitution"]),
    ("LiBH4–2LiNH2", "SolidElectrolyte", ["AnionSubstitution"]),
    ("Li4(BH4)3I", None, ["AnionSubstitution"]),
    ("Mg0.8Zn0.2(BH4)2", None, ["CationSubstitution"]),
    ("LiK(BH4)2", None, ["CationSubstitution"]),
    # reactive hydride composites of a named family get the family (issue 14): Li-RHC, Li–Mg–N–H
    ("LiBH4–2MgH2", None, ["LithiumRHC"]),
    ("2LiBH4–MgH2", None, ["LithiumRHC"]),
    ("MgH2–LiBH4", None, ["LithiumRHC"]),
    ("2LiBH4–MgH2–5 mol% TiCl3", None, ["LithiumRHC", "MetalCompoundCatalysis"]),
    ("Mg(NH2)2–2LiH", None, ["LiMgNHComposite"]),
    ("LiNH2–MgH2", None, ["LiMgNHComposite"]),
    ("2LiNH2–MgH2", None, ["LiMgNHComposite"]),
    ("Mg(NH2)2–2LiH–0.1KH", None, ["LiMgNHComposite", "MetalCompoundCatalysis"]),  # a trace of KH is a catalyst
    ("LiNH2–MgH2–LiBH4", None, ["LiMgNHComposite"]),             # both families: the host's
    ("LiBH4–MgH2–LiNH2", None, ["AnionSubstitution", "LithiumRHC"]),
    # other reactive composites stay in the parent class: no family of their own
    ("LiBH4–Al", None, ["ReactiveHydrideComposite"]),
    ("MgH2–Si", None, ["ReactiveHydrideComposite"]),
    ("LiNH2–LiH", None, ["ReactiveHydrideComposite"]),
    ("MgH2–5 wt% Nb2O5", None, ["MetalCompoundCatalysis"]),
    ("MgH2–10 wt% TiF3", None, ["MetalCompoundCatalysis"]),
    ("MgH2–5 wt% V", None, ["MetalCatalysis"]),
    ("MgH2–10 wt% FeCoNi", None, ["MultiMetalCatalysis"]),
    ("Mg2Ni", None, ["Alloying"]),
    ("Mg2NiH4", None, ["Alloying"]),
    ("LiBH4", None, []),
    ("MgH2", None, []),
    ("LiBH4–ZrO2", "SolidElectrolyte", ["CompositeElectrolyteFormation"]),
    ("MgH2–carbon black", "Anode", ["ConductiveCompositing"]),
    # grown on the sheets (hkg:supportStrategy) and conducting in the electrode; at a loading it only conducts
    ("MgH2–graphene", "Anode", ["ConductiveCompositing", "Nanostructuring"]),
    ("MgH2–10 wt% graphene", "Anode", ["ConductiveCompositing"]),
    ("Mg(BH4)2·2NH3", "SolidElectrolyte", ["Ammoniation"]),
    ("Mg(BH4)2·6NH3", "HydrogenStorage", ["Ammoniation"]),
    ("LiBH4·NH3", "HydrogenStorage", ["Ammoniation"]),
    # THF coordinates the cation of a solvate as NH3 does (an O-donor ligand, the ontology's NeutralLigand too)
    ("Mg(BH4)2·3THF", "SolidElectrolyte", ["Ammoniation"]),
    ("Ca(BH4)2·2THF", "HydrogenStorage", ["Ammoniation"]),
    ("Mg(BH4)2(THF)3", "SolidElectrolyte", ["Ammoniation"]),
    # ammonia borane and methylamine borane are hydrides of their own: no cation for a ligand to coordinate
    ("NH3BH3", "HydrogenStorage", []),
    ("CH3NH2BH3", "HydrogenStorage", []),
])
def test_composition_decides_the_strategy(text, application, expected):
    assert strategies(text, application) == expected


def test_halide_partner_is_never_cation_substitution():
    """Issue 10: 'LiBH4–LiI' was cation substitution because the two terms shared synonyms."""
    assert "CationSubstitution" not in strategies("LiBH4–LiI", "SolidElectrolyte")
    v = vocabulary()
    cation, anion = v.get("CationSubstitution"), v.get("AnionSubstitution")
    assert not {lb.casefold() for lb in cation.labels} & {lb.casefold() for lb in anion.labels}
    # a text naming both at once names their common parent, which the composition then refines
    both = v.lookup("cation/anion substitution", "Strategy").id
    assert both == "IonSubstitution" and v.is_a("AnionSubstitution", both)
    assert merge([both], parse_system("3LiBH4–LiI"), "SolidElectrolyte") == ["AnionSubstitution"]


def test_a_named_strategy_is_kept_next_to_the_composition():
    assert merge(["Prelithiation"], parse_system("MgH2–5 wt% Nb2O5")) == ["MetalCompoundCatalysis", "Prelithiation"]


@pytest.mark.parametrize("text, expected", [
    # a metal on carbon is composite catalysis, not also metal catalysis (the dev set's convention: Ni/C,
    # Ni/graphene); a multi-metal catalyst or a metal compound keeps its own term next to it (VC@C, ZrO2@C)
    ("MgH2–10 wt% Ni/C", ["CompositeCatalysis"]),
    ("MgH2–5 wt% TiO2@C", ["CompositeCatalysis", "MetalCompoundCatalysis"]),
    ("LiBH4–Co/graphene", ["CompositeCatalysis"]),
    ("MgH2–10 wt% FeCo/C", ["CompositeCatalysis", "MultiMetalCatalysis"]),
    ("MgH2–5 wt% TiO2", ["MetalCompoundCatalysis"]),               # no support: the catalyst's own kind
])
def test_supported_catalyst_is_composite_catalysis(text, expected):
    assert strategies(text) == expected


def test_application_of_measured_properties():
    assert application_of({"ionic_conductivity"}) == "SolidElectrolyte"
    assert application_of({"specific_capacity"}) == "Anode"
    assert application_of({"ionic_conductivity", "specific_capacity"}) is None


def test_specific_drops_parents():
    assert specific({"Catalysis", "MetalCatalysis", "Nanoconfinement"}) == ["MetalCatalysis", "Nanoconfinement"]


# ------------------------------------------------------------------------------ in a document
DOC = """# Substituted and confined borohydrides, a test paper

DOI: 10.9999/strategies.2026.003

## 3. Cation substitution

The 3LiBH<sub>4</sub>–LiI electrolyte conducts 0.12 mS cm<sup>-1</sup> at 30 °C after cation/anion substitution.

Confined in silica, LiBH<sub>4</sub>@SBA-15 reaches 0.1 mS cm<sup>-1</sup> at 40 °C.

The bimetallic Mg<sub>0.6</sub>Zn<sub>0.4</sub>(BH<sub>4</sub>)<sub>2</sub> released hydrogen from 150 °C.
"""


def test_prose_systems_take_strategies_from_composition_not_the_section():
    from ingest.extract import extract_text

    batch = extract_text(DOC)
    by_system = {}
    for r in batch.reports:
        by_system.setdefault(r.system.name, set()).update(r.strategies)
    assert by_system["3LiBH4–LiI"] == {"AnionSubstitution"}          # the named parent is refined
    assert by_system["LiBH4@SBA-15"] == {"Nanoconfinement"}          # not the section's strategy
    assert "CationSubstitution" in next(v for k, v in by_system.items() if k.startswith("Mg0.6Zn0.4"))


# ------------------------------------------------------------- substitutions (issue 10, held-out abstracts)
@pytest.mark.parametrize("text, application, expected", [
    ("Mg0.9Zn0.1(BH4)2", None, ["CationSubstitution"]),           # split: Mg(BH4)2 + 0.1 Zn(BH4)2
    ("Li0.95Na0.05BH4", None, ["CationSubstitution"]),
    # mixed-anion closo-borates are electrolytes made by anion substitution, not composites or destabilisation
    ("0.7Li(CB9H10)–0.3Li(CB11H12)", "SolidElectrolyte", ["AnionSubstitution"]),
    ("0.7Li(CB9H10)–0.3Li(CB11H12)", None, ["AnionSubstitution"]),
    ("Li2B12H12–LiBH4", "SolidElectrolyte", ["AnionSubstitution"]),
])
def test_substituents_give_their_substitution(text, application, expected):
    assert strategies(text, application) == expected


@pytest.mark.parametrize("text, expected", [
    ("Mg2NiH4", ["Alloying"]),            # the hydride of the Mg2Ni alloy
    ("Mg2Ni(Cu)H4", ["Alloying"]),
    ("Mg2FeH6", []),                      # a complex hydride: no Mg–Fe alloy exists
    ("Mg2CoH5", []),
])
def test_a_ternary_hydride_is_alloying_only_over_a_known_alloy(text, expected):
    assert strategies(text) == expected


@pytest.mark.parametrize("text", ["Mg(NH2)2–2LiH–3 mol% KH", "MgH2–5 wt% KOH"])
def test_a_main_group_compound_loaded_as_catalyst_is_metal_compound_catalysis(text):
    assert "MetalCompoundCatalysis" in strategies(text)


def test_a_halogen_on_the_hydrogen_sites_is_anion_substitution():
    assert strategies("LiBH3.75F0.25") == ["AnionSubstitution"]


@pytest.mark.parametrize("text, kind", [
    ("MgH2–5 wt% Ti3C2/TiO2", "MetalCompoundCatalysis"),      # an MXene with its own oxide grown on it
    ("MgH2–Cu/Ti3C2Tx", "MetalCatalysis"),                    # a metal on a carbide support
    ("LiAlH4–Ni3N/NiO", "MetalCompoundCatalysis"),            # two compounds of one metal in contact
    ("MgH2–10 wt% Ni@Ti3C2", "MetalCatalysis"),               # a metal grown on an MXene: Ti is no second metal
    ("MgH2–7 wt% FeCoNiCrMn@Ti3C2Tx", "MultiMetalCatalysis"),  # an alloy of five metals on an MXene
    ("MgH2–Ti3C2/TiO2–C", "MetalCompoundCatalysis"),          # the joined phases on carbon keep their kind
])
def test_phases_joined_on_a_compound_are_composite_catalysis_of_the_first_phase_kind(text, kind):
    assert strategies(text) == sorted(["CompositeCatalysis", kind])


@pytest.mark.parametrize("text", ["MgH2–10 wt% Ni/C", "MgH2–5 wt% Co@C", "LiBH4–Co/graphene"])
def test_a_catalyst_on_carbon_stays_composite_catalysis_alone(text):
    assert strategies(text) == ["CompositeCatalysis"]


@pytest.mark.parametrize("text, expected", [
    ("MgH2–TiO2", ["MetalCompoundCatalysis"]),   # one compound: no joined phases
    ("MgH2–Ti3C2", ["MetalCompoundCatalysis"]),
])
def test_a_single_catalyst_phase_keeps_its_kind(text, expected):
    assert strategies(text) == expected


# ---- the per-document memo of composition_strategies (keyed on a system's content, not its identity)
def test_the_memo_key_reads_every_field_of_a_system_and_of_its_components():
    """A field added to MaterialSystem, Component or Amount must reach the key, else two systems that
    differ only there would share one answer."""
    from ontology.models import Amount, Component, MaterialSystem
    from ontology.strategy_rules import _content
    assert set(MaterialSystem.model_fields) == {"text", "name", "host", "additives", "architecture", "key",
                                                "unresolved"}
    assert set(Component.model_fields) == {"formula", "text", "term", "amount", "role", "additive_class", "in_situ"}
    assert set(Amount.model_fields) == {"value", "unit"}
    a, b = parse_system("MgH2–5 wt% TiO2"), parse_system("MgH2–10 wt% TiO2")
    assert _content(a) != _content(b) and _content(a) == _content(parse_system("MgH2–5 wt% TiO2"))


def test_remembered_strategies_follow_a_change_of_the_system_and_are_the_callers_own():
    from ontology.text_memo import new_document
    new_document()
    system = parse_system("MgH2–TiO2")
    first = composition_strategies(system)
    first.append("changed by the caller")            # a caller's list is its own: the memo keeps a tuple
    assert composition_strategies(system) == strategies("MgH2–TiO2") != first
    confined = system.model_copy(update={"architecture": "confined"})
    assert composition_strategies(confined) == composition_strategies(confined.model_copy())
    system.architecture = "core-shell"               # a mutated system is asked afresh (its key changed)
    assert "CoreShellStructuring" in composition_strategies(system)


def test_another_vocabulary_is_not_answered_from_the_memo(monkeypatch):
    import ontology.strategy_rules as rules
    calls = []
    monkeypatch.setattr(rules, "_remembered_strategies", lambda *a: calls.append(a) or ())
    other = type(vocabulary())(vocabulary().graph)
    rules.composition_strategies(parse_system("LiBH4@SBA-15"), vocab=other)
    assert calls == []


@pytest.mark.parametrize("text", ["2LiH + Ti", "2LiH–Mg", "Mg + 2LiH", "Ti–2LiH"])
def test_the_lithiated_state_of_a_conversion_anode_is_no_catalysis(text):
    # a storage metal beside the LiH the conversion made is the anode's other half, not a catalyst of it
    assert strategies(text, "Anode") == []


@pytest.mark.parametrize("text,application", [("LiH–Ni", "Anode"), ("2LiH + Ti", "HydrogenStorage")])
def test_a_metal_with_lih_elsewhere_is_still_read_by_its_kind(text, application):
    assert strategies(text, application) == ["MetalCatalysis"]
