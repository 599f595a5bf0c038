"""Issue 10 item 2: a record's strategies come from its measured system and its own sentence, not from
the section or a neighbouring sentence. Every text here is written for these tests."""
import io
from contextlib import redirect_stdout

import pytest

from ingest.extract import RecordContext, extract_text
from ontology.strategy_rules import composition_strategies, merge, sentence_wide, support_strategy
from ontology.system import parse_system
from ontology.vocabulary import vocabulary


def strategies(text, application=None):
    return composition_strategies(parse_system(text), application)


# ------------------------------------------------------------------------------ compositions
@pytest.mark.parametrize("text, application, expected", [
    # supports: what the ontology says a hydride held by them is (hkg:supportStrategy)
    ("LiBH4–Ni@SBA-15", None, ["MetalCatalysis", "Nanoconfinement"]),   # silica confines, whatever the '@' binds
    ("MgH2–CMK-3", None, ["Nanoconfinement"]),                          # a porous carbon, written without '@'
    ("MgH2–activated carbon–Ni", None, ["CompositeCatalysis"]),         # a porous carbon carrying a catalyst
    ("NaAlH4@graphene", None, ["Nanostructuring"]),                     # grown on sheets, not in pores
    ("LiBH4–rGO", None, ["Nanostructuring"]),
    ("LiBH4–Co–graphene", None, ["CompositeCatalysis"]),                # the sheets carry the catalyst
    ("MgH2–carbon black", "Anode", ["ConductiveCompositing"]),          # a carbon of no form conducts
    # neutral N-donor molecules coordinate the cation, whatever else is in the formula
    ("Mg(BH4)2·2CH3NH2", "SolidElectrolyte", ["Ammoniation"]),
    ("Ca(BH4)2·NH3BH3", None, ["Ammoniation"]),
    ("LiBH4–ammonia", "SolidElectrolyte", ["Ammoniation"]),          # a name the ontology writes NH3
    # a salt of the host's own cation brings its anion; another cation's is a catalyst or a partner
    ("LiBH4–LiNO3", "SolidElectrolyte", ["AnionSubstitution"]),
    ("LiBH4–KNO3", "SolidElectrolyte", ["CompositeElectrolyteFormation"]),
    # a cation gained in one compound: the halide is its counter-ion (split or not by the parser)
    ("LiCe(BH4)3Cl", None, ["CationSubstitution"]),
    ("LiLa(BH4)3Br", None, ["CationSubstitution"]),
    ("LiBH4–CeCl3", None, ["MetalCompoundCatalysis"]),                  # a mixture: a halide catalyst
    # a halide mixed into an electrolyte: its cation substitutes where it has the host cation's charge
    ("3LiBH4–KI", "SolidElectrolyte", ["AnionSubstitution", "CationSubstitution"]),
    ("LiBH4–CaI2", "SolidElectrolyte", ["AnionSubstitution"]),
    ("3LiBH4–KI", None, ["AnionSubstitution"]),
    # a hydride beyond a reactive composite's family catalyses it
    ("Mg(NH2)2–2LiH–RbH", None, ["LiMgNHComposite", "MetalCompoundCatalysis"]),
    ("Mg(NH2)2–2LiH–0.1NaBH4", None, ["Catalysis", "LiMgNHComposite"]),
    ("LiNH2–MgH2–LiBH4", None, ["LiMgNHComposite"]),                    # LiBH4 forms Li-RHC with MgH2: no catalyst
    # a polymer is no metal compound
    ("LiBH4–PEO", "SolidElectrolyte", ["CompositeElectrolyteFormation"]),
    ("LiBH4–PMMA", "SolidElectrolyte", ["CompositeElectrolyteFormation"]),
    ("MgH2–PMMA", None, []),
    # metalloids react with MgH2 to silicides and germanides
    ("MgH2–Ge", None, ["ReactiveHydrideComposite"]),
    # two conversion materials in one anode release no hydrogen to each other
    ("MgH2–Li3AlH6", "Anode", ["CompositionAlteration"]),
    ("MgH2–Ge", "Anode", ["CompositionAlteration"]),
    ("MgH2–Li3AlH6", None, ["ReactiveHydrideComposite"]),
    # several single-metal catalysts act together; a metal with a metal compound does not make one
    ("MgH2–3 mol% V–3 mol% Fe", None, ["MultiMetalCatalysis"]),
    ("MgH2–5 wt% Fe–5 wt% TiO2", None, ["MetalCatalysis", "MetalCompoundCatalysis"]),
    # a bracket round the whole system groups nothing: the '@' still confines
    ("(NaAlH4@CMK-3)", None, ["Nanoconfinement"]),
    ("(MgH2@C)", "Anode", ["Nanoconfinement"]),
])
def test_the_composition_decides(text, application, expected):
    assert composition_strategies(parse_system(text, strict=False), application) == expected


def test_a_catalyst_known_only_by_a_name_carrying_its_anion_is_a_metal_compound():
    system = parse_system("MgH2–10 wt% LDH-CO3", strict=False)
    assert composition_strategies(system) == ["MetalCompoundCatalysis"]
    assert composition_strategies(parse_system("MgH2–10 wt% LDHX", strict=False)) != ["MetalCompoundCatalysis"]


def test_support_strategies_come_from_the_ontology():
    v = vocabulary()
    assert v.get("PorousScaffold").support_strategy == "Nanoconfinement"
    sba = parse_system("LiBH4@SBA-15").additives[0]
    assert support_strategy(sba) == "Nanoconfinement"                  # inherited from PorousScaffold
    assert support_strategy(parse_system("LiBH4–CNT").additives[0]) is None


def test_what_a_sentence_says_a_carbon_does_replaces_what_the_notation_suggests():
    assert merge(["CoreShellStructuring"], parse_system("MgH2@C")) == ["CoreShellStructuring"]
    assert merge(["CoreShellStructuring"], parse_system("Mg–Ti@C")) == ["CoreShellStructuring", "MetalCatalysis"]
    assert merge([], parse_system("Mg–Ti@C")) == ["CompositeCatalysis"]
    assert merge(["Nanoconfinement"], parse_system("MgH2@Co–graphene")) == ["MetalCatalysis", "Nanoconfinement"]
    # never a porous scaffold's confinement; a nano form on a support is the support's doing
    assert merge(["CoreShellStructuring"], parse_system("LiBH4@SBA-15")) == ["CoreShellStructuring",
                                                                              "Nanoconfinement"]
    assert merge(["Nanosizing"], parse_system("MgH2@CMK-3")) == ["Nanoconfinement"]
    assert merge(["Nanosizing"], parse_system("MgH2")) == ["Nanosizing"]


def test_sentence_wide_strategies_are_how_samples_are_made_or_driven():
    assert sentence_wide("LightDriving") and sentence_wide("Nanosizing") and sentence_wide("ThinFilmStructuring")
    assert not sentence_wide("MetalCatalysis") and not sentence_wide("Alloying")
    assert not sentence_wide("AnionSubstitution") and not sentence_wide("ConductiveCompositing")


def test_form_labels_name_a_strategy_only_after_a_material():
    v = vocabulary()
    assert v.by_form("nanoparticles").id == "Nanosizing"
    assert v.lookup("nanoparticles", "Strategy") is None               # the ruler still reads a particle size


# ------------------------------------------------------------------------------ in documents
def records(text):
    batch = extract_text(text, "t")
    ctx = RecordContext(batch)
    return {m.value: (m, sorted(ctx.strategies_of(m))) for m in batch.measurements}


@pytest.mark.parametrize("sentence, value, expected", [
    ("Under simulated sunlight, the MgH2–TiO2 composite and the MgH2–Nb2O5 composite released 5.2 and "
     "4.4 wt% H2 within 20 min, respectively.", 4.4, ["LightDriving", "MetalCompoundCatalysis"]),
    ("Regarding NaAlH4, Smith et al. reported that NaAlH4–CeO2 composites release 3.3 wt% H2 within "
     "15 min under a light intensity of 1.5 W cm-2.", 3.3, ["LightDriving", "MetalCompoundCatalysis"]),
    ("In a microwave field, Mg(BH4)2–TiH2 desorbed 7.1 wt% H2 within 4 min.", 7.1, ["MetalCompoundCatalysis",
                                                                                 "MicrowaveDriving"]),
])
def test_a_sentence_names_a_field_for_every_sample_it_measures(sentence, value, expected):
    _, found = records(f"## 1 Light\n\n{sentence}\n")[value]
    assert found == expected


def test_a_bare_host_beside_a_modified_system_keeps_none_of_the_sentence_strategies():
    found = records("## 1\n\nA nanostructured composite of LiBH4 with 20 wt% SiO2 conducts 0.21 mS cm-1 at "
                    "50 °C (LiBH4: 0.0013 mS cm-1).\n")
    assert found[0.0013][1] == []


@pytest.mark.parametrize("sentence, value", [
    ("Jones et al. prepared MgH2 nanoparticles of about 12 nm, which released hydrogen at 230 °C.", 230.0),
    ("Mg2CoH5 nanoparticles of ~90 nm deliver 1100 mAh g-1 as a conversion anode.", 1100.0),
    ("Free-standing Mg nanoparticles absorbed 6.1 wt% H2 at 250 °C.", 6.1),
])
def test_a_nano_form_of_the_storage_material_is_nanosizing(sentence, value):
    assert records(f"## 2\n\n{sentence}\n")[value][1] == ["Nanosizing"]


def test_a_catalysts_nano_form_or_a_conversion_oxide_is_not():
    found = records("## 2\n\nThe CeO2 nanoparticles, 6–9 nm across, raise the contact area with MgH2.\n\n"
                    "The CuO electrode shows nanocrystalline grains of 2 nm after cycling.\n")
    assert found[6.0][1] == [] and found[2.0][1] == []


def test_a_strategy_proposed_for_later_is_not_applied():
    found = records("## 4\n\nThe MgH2 electrode keeps 61 % of its capacity after 80 cycles, which could be "
                    "further improved by nanoconfinement.\n")
    assert found[61.0][1] == []
    found = records("## 4\n\nImproved by nanoconfinement, the MgH2 electrode keeps 61 % of its capacity "
                    "after 80 cycles.\n")
    assert found[61.0][1] == ["Nanoconfinement"]


def test_a_theoretical_value_keeps_no_earlier_sentence_strategy():
    found = records("## 1\n\nMgH2 nanoparticles held in hollow carbon (MgH2@C) were cycled as anodes. "
                    "The theoretical capacity of MgH2 is 2038 mAh g-1.\n")
    assert found[2038.0][1] == []


# ------------------------------------------------------------------------------ the bench listing
def test_show_strategies_lists_the_wrong_ones_with_both_systems():
    from ui.cli.bench_strict import print_strategy_misses

    text = "MgH2@CMK-3 releases 6.0 wt% H2. MgH2–Ni releases 5.0 wt% H2."
    host = {"material": "MgH2", "role": "HostHydride"}
    facts = [{"property": "hydrogen_capacity", "value": 6.0, "unit": "wt%", "host": "MgH2",
              "strategies": ["Nanoconfinement"], "components": [host]},
             {"property": "hydrogen_capacity", "value": 5.0, "unit": "wt%", "host": "MgH2",
              "strategies": ["MetalCatalysis"], "components": [host]}]
    rows = [{"property": "hydrogen_capacity", "value": 6.0, "value_max": None, "unit": "wt%", "material": "MgH2",
             "system": "MgH2@CMK-3", "strategies": [], "components": [host], "source": {"start": 0, "end": 31}},
            {"property": "hydrogen_capacity", "value": 5.0, "value_max": None, "unit": "wt%", "material": "MgH2",
             "system": "MgH2–Ni", "strategies": ["MetalCatalysis"], "components": [host],
             "source": {"start": 32, "end": 63}}]
    out = io.StringIO()
    with redirect_stdout(out):
        print_strategy_misses([("doc", text, facts, rows)])
    printed = out.getvalue()
    assert "1 facts with wrong strategies" in printed
    assert "expected ['Nanoconfinement'] found []" in printed and "| MgH2@CMK-3 releases 6.0 wt% H2." in printed
    assert "MgH2–Ni" not in printed


def test_a_table_value_takes_its_rows_strategies_not_the_systems_elsewhere():
    text = ("## 2 Destabilization\n\nThe MgH2–Ge composite releases 4.8 wt% H2 at 300 °C.\n\n"
            "## 3 Anodes\n\n**Table 1.** Conversion anodes.\n\nElectrode\tSpecific capacity (mAh g-1)\tRef.\n"
            "MgH2–Ge\t1650\t[3]\n")
    found = records(text)
    assert found[1650.0][1] == ["CompositionAlteration"]
    assert found[4.8][1] == ["ReactiveHydrideComposite"]


def test_a_word_said_of_one_material_stays_with_it():
    found = records("## 1\n\nCompared with nanosized MgH2 (105 kJ mol-1), the MgH2–Ni composite shows an "
                    "activation energy of 62 kJ mol-1.\n")
    assert found[62.0][1] == ["MetalCatalysis"] and found[105.0][1] == ["Nanosizing"]
    # the same sample written two ways: the films' word reaches the phase they form
    found = records("## 1\n\nMg–Cu thin films were sputtered on glass; the Mg(Cu)H film released hydrogen "
                    "from 95 °C.\n")
    assert "ThinFilmStructuring" in found[95.0][1]


def test_a_field_used_to_make_the_sample_does_not_drive_it():
    found = records("## 1\n\nA microwave-assisted synthesis gave LiBH4–Co composites that release 8.2 wt% H2 "
                    "at 350 °C.\n\nUnder microwave irradiation, LiBH4–Co composites release 8.4 wt% H2 "
                    "within 5 min.\n")
    assert found[8.2][1] == ["MetalCatalysis"]
    assert found[8.4][1] == ["MetalCatalysis", "MicrowaveDriving"]


def test_a_field_named_for_a_list_of_hydrides_reaches_a_later_bare_value():
    found = records("## 2\n\nSmith et al. heated MgH2, NaBH4 and LiBH4 under microwave irradiation. Among them, "
                    "LiBH4 released 12 wt% H2 at 110 °C owing to conduction losses.\n")
    assert found[12.0][1] == ["MicrowaveDriving"]
    # a sentence of its own that names no field leaves the bare host's value without one
    found = records("## 2\n\nLiBH4 released 12 wt% H2 at 110 °C owing to conduction losses.\n")
    assert found[12.0][1] == []
