"""The ontology is complete and unambiguous enough for the code that reads it.

Checks the Turtle modules parse, every term has a kind, label and definition, properties carry units that
pint understands, material formulas are stored in normalized form, no synonym names two terms of one
kind, the term ids that code binds to exist, and the spellings papers use find the intended terms.
"""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from ontology.formula import parse_formula
from ontology.namespaces import HKG
from ontology.units import parse_unit, ureg
from ontology.vocabulary import KINDS, ONTOLOGY_MODULES, ONTOLOGY_PATH, Vocabulary, fold, load_graph, vocabulary

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
# The modules that hold vocabulary terms only: every class they declare must reach a kind root.
TERM_MODULES = ("materials.ttl", "modifications.ttl", "methods.ttl")


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return vocabulary()


def local(iri) -> str | None:
    iri = str(iri)
    return iri[len(str(HKG)):] if iri.startswith(str(HKG)) else None


# ------------------------------------------------------------------------------ loading
@pytest.mark.parametrize("path", ONTOLOGY_MODULES, ids=lambda p: p.name)
def test_each_module_parses(path):
    g = Graph().parse(path, format="turtle")
    assert len(g) > 0, f"{path.name} is empty"


def test_term_modules_are_registered():
    names = {p.name for p in ONTOLOGY_MODULES}
    assert set(TERM_MODULES) <= names, "add the module to ONTOLOGY_MODULES in ontology/vocabulary.py"


@pytest.mark.parametrize("name", TERM_MODULES)
def test_every_class_of_a_term_module_has_a_kind(vocab, name):
    g = Graph().parse(ONTOLOGY_PATH.with_name(name), format="turtle")
    classes = {local(s) for s in g.subjects(RDF.type, OWL.Class)} - {None}
    assert classes, f"{name} declares no classes"
    kindless = sorted(c for c in classes if c not in vocab and c not in KINDS)
    assert not kindless, f"{name}: classes that reach no kind root (check rdfs:subClassOf): {kindless}"


def test_parents_are_declared():
    g = load_graph()
    declared = {local(s) for s in g.subjects(RDF.type, OWL.Class)} - {None}
    dangling = sorted({(local(s), local(o)) for s, o in g.subject_objects(RDFS.subClassOf)
                       if local(o) and local(o) not in declared})
    assert not dangling, f"rdfs:subClassOf points to undeclared hkg classes: {dangling}"


def test_labelled_classes_have_a_kind(vocab):
    """A class with synonyms feeds extraction, so it must be a term of some kind."""
    g = load_graph()
    orphans = sorted({local(s) for s in g.subjects(SKOS.altLabel, None)
                      if local(s) and local(s) not in vocab and local(s) not in KINDS})
    assert not orphans, f"classes with skos:altLabel but no kind: {orphans}"


# ------------------------------------------------------------------------- every term
def test_every_term_has_label_and_definition(vocab):
    g = load_graph()
    missing = [t.id for t in vocab.terms()
               if g.value(HKG[t.id], SKOS.prefLabel) is None and g.value(HKG[t.id], RDFS.label) is None
               or not t.definition.strip()]
    assert not missing, f"terms without skos:prefLabel/rdfs:label or skos:definition: {missing}"


def test_every_term_has_one_parent_within_its_kind(vocab):
    """Families are read as the first parent (gap analysis compares siblings): keep them single."""
    multi = [(t.id, t.parents) for t in vocab.terms() if len(t.parents) > 1]
    assert not multi, f"terms with several parents of the same kind: {multi}"


def test_applies_to_names_applications(vocab):
    apps = {t.id for t in vocab.terms("Application")}
    bad = [(t.id, a) for t in vocab.terms() for a in t.applications if a not in apps]
    assert not bad, f"hkg:appliesTo must name an Application term: {bad}"


def test_mappings_are_iris_of_known_vocabularies(vocab):
    known = ("http://purl.obolibrary.org/obo/CHEBI_", "https://w3id.org/emmo", "http://qudt.org/",
             "http://www.w3.org/ns/prov#", "https://w3id.org/emmo/domain/electrochemistry#")
    bad = [(t.id, m) for t in vocab.terms() for m in t.matches if not m.startswith(known)]
    assert not bad, f"skos:exactMatch/closeMatch outside ChEBI, EMMO, QUDT, PROV: {bad}"
    chebi = [m for t in vocab.terms() for m in t.matches if "CHEBI_" in m]
    assert all(re.fullmatch(r"http://purl\.obolibrary\.org/obo/CHEBI_\d+", m) for m in chebi), chebi


# ---------------------------------------------------------------- properties and units
# QUDT quantity kind -> pint dimensionality the canonical unit must have (a test expectation, not a list
# the code reads).
DIMENSIONS = {
    "Temperature": "[temperature]", "MolarEnergy": "[length] ** 2 * [mass] / [substance] / [time] ** 2",
    "MolarEnthalpy": "[length] ** 2 * [mass] / [substance] / [time] ** 2", "MassFraction": "",
    "DimensionlessRatio": "", "Count": "", "Frequency": "1 / [time]", "Energy": "[length] ** 2 * [mass] / [time] ** 2",
    "Length": "[length]", "Wavelength": "[length]", "Pressure": "[mass] / [length] / [time] ** 2", "Time": "[time]",
    "Power": "[length] ** 2 * [mass] / [time] ** 3", "Irradiance": "[mass] / [time] ** 3",
    "TemperatureRate": "[temperature] / [time]", "SpecificCurrent": "[current] / [mass]",
    "ElectricCurrentDensity": "[current] / [length] ** 2", "SpecificElectricCharge": "[current] * [time] / [mass]",
    "Conductivity": "[current] ** 2 * [time] ** 3 / [length] ** 3 / [mass]",
    "MolarEntropy": "[length] ** 2 * [mass] / [substance] / [temperature] / [time] ** 2",
    "Density": "[mass] / [length] ** 3", "Voltage": "[length] ** 2 * [mass] / [current] / [time] ** 3",
    "SpecificSurfaceArea": "[length] ** 2 / [mass]",
    "Resistance": "[length] ** 2 * [mass] / [current] ** 2 / [time] ** 3",
    "AreaSpecificResistance": "[length] ** 4 * [mass] / [current] ** 2 / [time] ** 3",
    "ElectricChargePerArea": "[current] * [time] / [length] ** 2",
    "ElectricChargeVolumeDensity": "[current] * [time] / [length] ** 3",
    # (an electrode's capacitance per mass and per area: kinds QUDT lists under no name of its own)
    "SpecificCapacitance": "[current] ** 2 * [time] ** 4 / [length] ** 2 / [mass] ** 2",
    "CapacitancePerArea": "[current] ** 2 * [time] ** 4 / [length] ** 4 / [mass]",
    # hydrolysis (a gas volume per mass, per mass and time) and a cell's energy per mass and per volume
    "SpecificVolume": "[length] ** 3 / [mass]", "SpecificVolumeFlowRate": "[length] ** 3 / [mass] / [time]",
    "SpecificEnergy": "[length] ** 2 / [time] ** 2", "EnergyDensity": "[mass] / [length] / [time] ** 2",
}


def _measured(vocab):
    """Properties and the numeric conditions (categorical ones name a term: test_categorical_conditions…)."""
    categorical = set(vocab.categorical_condition_keys())
    named = {v.id for k in categorical for v in vocab.condition_values(k)}
    return [t for t in vocab.terms() if t.kind in ("Property", "Condition")
            and t.key not in categorical and t.id not in named]


def test_categorical_conditions_have_a_key_no_unit_and_labelled_values(vocab):
    keyed = [t for t in vocab.terms("Condition") if t.key and not t.unit]
    assert {t.key for t in keyed} == {"conducting_ion", "cell_type", "electrolyte_medium"}
    for t in keyed:
        values = vocab.condition_values(t.key)
        assert len(values) >= 2 and all(v.alt_labels and v.definition and not v.key for v in values), t.key
        assert t.applications, f"{t.key}: say with hkg:appliesTo which values it qualifies"
    unkeyed = [t.id for t in vocab.terms("Condition") if not t.key and not vocab.ancestors(t.id)]
    assert not unkeyed, f"conditions with neither a key nor a keyed parent: {unkeyed}"


def test_properties_and_conditions_are_complete(vocab):
    assert vocab.terms("Property"), "the ontology defines no properties"
    incomplete = [t.id for t in _measured(vocab)
                  if not (t.key and t.unit and t.unit_iri and t.quantity_kind)]
    assert not incomplete, f"need hkg:key, hkg:unitSymbol, hkg:canonicalUnit and qudt:hasQuantityKind: {incomplete}"
    assert all(t.unit_iri.startswith("http://qudt.org/vocab/unit/") for t in _measured(vocab))
    keys = [t.key for t in _measured(vocab)]
    assert len(keys) == len(set(keys)), "two properties or conditions share a key"


def test_canonical_units_parse_and_fit_their_quantity_kind(vocab):
    for t in _measured(vocab):
        unit = parse_unit(t.unit)          # raises UnitError naming the unit
        kind = t.quantity_kind.rsplit("/", 1)[-1]
        assert kind in DIMENSIONS, f"{t.key}: add the dimension of quantity kind {kind} to DIMENSIONS"
        want = ureg.get_dimensionality(DIMENSIONS[kind]) if DIMENSIONS[kind] else ureg.dimensionless.dimensionality
        assert unit.dimensionality == want, \
            f"{t.key}: unit {t.unit} ({unit.dimensionality}) does not fit quantity kind {kind} ({want})"


def test_public_property_keys_exist(vocab):
    public = ("onset_dehydrogenation_temperature peak_dehydrogenation_temperature dehydrogenation_temperature "
              "hydrogenation_temperature dehydrogenation_activation_energy hydrogenation_activation_energy "
              "reaction_enthalpy hydrogen_capacity capacity_retention hydrogen_release_rate ionic_conductivity "
              "ion_migration_activation_energy specific_capacity coulombic_efficiency critical_current_density "
              "particle_size volume_expansion phase_transition_temperature").split()
    assert set(public) <= set(vocab.property_keys())


# ------------------------------------------------------------------------- materials
def test_material_formulas_are_normalized(vocab):
    bad = []
    for t in vocab.terms("Material"):
        if t.formula is not None:
            normalized = parse_formula(t.formula).normalized
            if normalized != t.formula:
                bad.append((t.id, t.formula, normalized))
    assert not bad, f"hkg:formula must be parse_formula(x).normalized: {bad}"


def test_formulas_name_one_material(vocab):
    """by_formula must be deterministic: two terms with one formula would make it depend on hash order."""
    by = defaultdict(list)
    for t in vocab.terms("Material"):
        if t.formula:
            by[t.formula].append(t.id)
    shared = {f: ids for f, ids in by.items() if len(ids) > 1}
    assert not shared, f"formulas shared by several materials: {shared}"


def test_hydrides_contain_hydrogen(vocab):
    """Every substance under Hydride has H, except the nitrides that the amide/imide family hydrogenates."""
    for tid in vocab.descendants("Hydride"):
        t = vocab.get(tid)
        if t.formula:
            els = set(parse_formula(t.formula).elements)
            assert "H" in els or (vocab.is_a(tid, "AmideImide") and "N" in els), f"{tid} ({t.formula})"


def test_additive_classes_carry_their_characteristic_elements(vocab):
    expected = {"Oxide": {"O"}, "Halide": {"F", "Cl", "Br", "I"}, "Boride": {"B"}, "CarbideMXene": {"C"},
                "Nitride": {"N"}, "Sulfide": {"S"}}
    for cls, elements in expected.items():
        assert set(vocab.get(cls).elements) == elements, cls
        assert vocab.is_a(cls, "AdditiveMaterial")


def test_members_of_element_classes_contain_the_element(vocab):
    for cls in (t for t in vocab.terms("Material") if t.elements):
        for tid in vocab.descendants(cls.id):
            f = vocab.get(tid).formula
            if f:
                assert set(parse_formula(f).elements) & set(cls.elements), f"{tid} ({f}) under {cls.id}"


REQUIRED = {
    "Material": "Hydride BinaryHydride ComplexHydride Borohydride Alanate AmideImide ClosoBorate "
                "ComplexTransitionMetalHydride Ammoniate HalideSubstitutedBorohydride MagnesiumBasedAlloy "
                "AdditiveMaterial Metal BimetallicIntermetallic HighEntropyAlloy Oxide Halide Boride CarbideMXene "
                "Nitride Sulfide CarbonSupport Polymer OxideElectrolyte PorousScaffold",
    "Role": "HostHydride Catalyst DestabilizingReactant ScaffoldConfinementHost DopantSubstituent "
            "SolidElectrolytePartner PhotothermalMicrowaveAbsorber",
    "Strategy": "Catalysis MetalCatalysis MetalCompoundCatalysis CompositeCatalysis ThermodynamicDestabilization "
                "Alloying CationSubstitution AnionSubstitution ReactiveHydrideComposite Nanoengineering Nanosizing "
                "Nanoconfinement Nanostructuring ExternalFieldDriving LightDriving MicrowaveDriving "
                "ElectrochemicalDriving ElectronBeamDriving FrictionUltrasoundDriving CompositionAlteration",
    "Mechanism": "HydrogenPump Spillover ElectronTransfer NucleationInduction LatticeDistortion DBandTuning "
                 "PhaseStabilization AnionReorientation InterfacialConduction VacancyDefectFormation "
                 "PhotothermalHeating PhotogeneratedCarriers MicrowaveHotSpots",
    "SynthesisMethod": "BallMilling HighEnergyBallMilling ReactiveBallMilling CryoMilling PlasmaMilling "
                       "PhysicalVaporDeposition HCVD ThermalDecomposition ChemicalReduction MeltInfiltration "
                       "SolutionImpregnation GasSolidReaction Solvothermal Electrospinning Sputtering "
                       "UltrasoundMetathesis",
    "Technique": "TPD DSC TGA TGAMS PCT KissingerAnalysis JMAK VantHoff EIS GalvanostaticCycling "
                 "CyclicVoltammetry XRD NMR XPS TEM SEM FTIR Raman DFT",
}


@pytest.mark.parametrize("kind", sorted(REQUIRED))
def test_required_ids_exist_with_their_kind(vocab, kind):
    wrong = [i for i in REQUIRED[kind].split() if i not in vocab or vocab.get(i).kind != kind]
    assert not wrong, f"{kind} terms missing or of another kind: {wrong}"


@pytest.mark.parametrize("child,parent", [
    ("MetalCatalysis", "Catalysis"), ("MetalCompoundCatalysis", "Catalysis"), ("CompositeCatalysis", "Catalysis"),
    ("Alloying", "ThermodynamicDestabilization"), ("CationSubstitution", "ThermodynamicDestabilization"),
    ("AnionSubstitution", "ThermodynamicDestabilization"),
    ("ReactiveHydrideComposite", "ThermodynamicDestabilization"), ("Nanosizing", "Nanoengineering"),
    ("Nanoconfinement", "Nanoengineering"), ("Nanostructuring", "Nanoengineering"),
    ("LightDriving", "ExternalFieldDriving"), ("MicrowaveDriving", "ExternalFieldDriving"),
    ("ElectrochemicalDriving", "ExternalFieldDriving"), ("ElectronBeamDriving", "ExternalFieldDriving"),
    ("FrictionUltrasoundDriving", "ExternalFieldDriving"),
    ("HighEnergyBallMilling", "BallMilling"), ("ReactiveBallMilling", "BallMilling"),
    ("CryoMilling", "BallMilling"), ("PlasmaMilling", "BallMilling"),
    ("Borohydride", "Hydride"), ("ClosoBorate", "Hydride"), ("Metal", "AdditiveMaterial"),
    ("PorousScaffold", "AdditiveMaterial"),
])
def test_hierarchy(vocab, child, parent):
    assert vocab.is_a(child, parent), f"{child} should be under {parent}; ancestors {vocab.ancestors(child)}"


@pytest.mark.parametrize("a,b,family", [
    ("MgH2", "LiH", "BinaryHydride"), ("LiBH4", "Mg(BH4)2", "Borohydride"), ("LiBH4", "NaBH4", "Borohydride"),
    ("LiAlH4", "NaAlH4", "Alanate"), ("LiNH2", "Mg(NH2)2", "AmideImide"),
    ("Li2B12H12", "LiCB11H12", "ClosoBorate"), ("Mg2NiH4", "Mg2FeH6", "ComplexTransitionMetalHydride"),
])
def test_families_give_siblings(vocab, a, b, family):
    ta, tb = vocab.by_formula(a), vocab.by_formula(b)
    assert ta is not None and tb is not None, (a, b)
    assert ta.parents == tb.parents == (family,)
    assert vocab.is_a(ta.id, "Hydride") and not vocab.is_a(ta.id, "AdditiveMaterial")


def test_alloys_and_additives_are_not_hydrides(vocab):
    hydrides = set(vocab.descendants("Hydride"))
    for formula in ("Mg2Ni", "Mg2Si", "Mg(In)", "Mg17Al12", "Ni", "TiO2", "Ti3C2", "LiI"):
        t = vocab.by_formula(formula)
        assert t is not None and t.id not in hydrides, formula
    assert vocab.is_a(vocab.by_formula("Mg2Ni").id, "MagnesiumBasedAlloy")
    assert vocab.by_formula("MgH2").id not in vocab.descendants("AdditiveMaterial")


def test_hosts_apply_to_their_applications(vocab):
    assert {"HydrogenStorage", "Anode"} <= set(vocab.by_formula("MgH2").applications)
    assert {"HydrogenStorage", "SolidElectrolyte"} <= set(vocab.by_formula("LiBH4").applications)
    for tid in REQUIRED["Strategy"].split():
        apps = vocab.get(tid).applications
        assert apps, f"strategy {tid} has no hkg:appliesTo"


def test_scaffold_classes_are_named_as_such(vocab):
    for name in ("SBA-15", "MCM-41", "MOF"):
        t = vocab.lookup(name, "Material")
        assert t is not None, name
        lineage = [t.id, *vocab.ancestors(t.id)]
        assert "AdditiveMaterial" in lineage
        assert any(w in lab.casefold() for i in lineage for lab in vocab.get(i).labels
                   for w in ("scaffold", "porous", "framework")), name


# ------------------------------------------------------------------------ synonyms
def test_no_synonym_names_two_terms_of_one_kind(vocab):
    by = defaultdict(set)
    for t in vocab.terms():
        for label in t.labels:
            by[(t.kind, fold(label))].add(t.id)
    ambiguous = {k: sorted(v) for k, v in by.items() if len(v) > 1}
    assert not ambiguous, f"labels that name several terms of one kind: {ambiguous}"


def test_new_modules_do_not_reuse_labels_of_other_kinds(vocab):
    """Untyped look-ups stay deterministic; only open challenges may share a phrase with a term."""
    mine = ("Material", "Role", "Strategy", "Mechanism", "SynthesisMethod", "Technique")
    by = defaultdict(set)
    for t in vocab.terms():
        if t.kind != "Challenge":
            for label in t.labels:
                by[fold(label)].add((t.kind, t.id))
    clashes = {k: sorted(v) for k, v in by.items()
               if len({kind for kind, _ in v}) > 1 and any(kind in mine for kind, _ in v)}
    assert not clashes, f"labels shared across kinds: {clashes}"


@pytest.mark.parametrize("text,kind,expected", [
    # the labels tests/test_gaps.py relies on
    ("nanoconfinement", "Strategy", "Nanoconfinement"), ("catalysis", None, "Catalysis"),
    ("spillover effect", "Mechanism", "Spillover"),
    # spellings of the literature, case- and dash-insensitive
    ("ball milling", "SynthesisMethod", "BallMilling"), ("ball-milled", "SynthesisMethod", "BallMilling"),
    ("BM", "SynthesisMethod", "BallMilling"), ("High-energy ball milling", None, "HighEnergyBallMilling"),
    ("reactive ball milling", None, "ReactiveBallMilling"), ("melting infiltration", None, "MeltInfiltration"),
    ("solution impregnation", None, "SolutionImpregnation"), ("gas–solid reaction", None, "GasSolidReaction"),
    ("gas-solid reaction", None, "GasSolidReaction"), ("hydriding chemical vapour deposition", None, "HCVD"),
    ("Sieverts", "Technique", "PCT"), ("TPD", None, "TPD"), ("Kissinger", None, "KissingerAnalysis"),
    ("van't Hoff", None, "VantHoff"), ("impedance spectroscopy", None, "EIS"),
    ("hydrogen pump effect", None, "HydrogenPump"), ("hydrogen spillover", None, "Spillover"),
    ("channel effect", None, "ChannelEffect"), ("nucleation", "Mechanism", "NucleationInduction"),
    ("d-band center", None, "DBandTuning"), ("paddle-wheel mechanism", None, "AnionReorientation"),
    ("space-charge", None, "InterfacialConduction"), ("LSPR", None, "LocalizedSurfacePlasmonResonance"),
    ("destabilization", None, "ThermodynamicDestabilization"), ("RHC", None, "ReactiveHydrideComposite"),
    ("external field", None, "ExternalFieldDriving"), ("photothermal", "Strategy", "LightDriving"),
    ("microwave", "Strategy", "MicrowaveDriving"), ("electron beam", None, "ElectronBeamDriving"),
    ("ultrasound", "Strategy", "FrictionUltrasoundDriving"), ("cation substitution", None, "CationSubstitution"),
    ("anion substitution", None, "AnionSubstitution"), ("composition alteration", None, "CompositionAlteration"),
    ("MXene", "Material", "CarbideMXene"), ("rGO", "Material", "ReducedGrapheneOxide"),
    ("high-entropy alloy", "Material", "HighEntropyAlloy"), ("LLZO", "Material", "LLZO"),
    ("Ti-MXene", "Material", "Ti3C2"), ("magnesium hydride", "Material", "MagnesiumHydride"),
    ("catalyst", "Role", "Catalyst"), ("scaffold", "Role", "ScaffoldConfinementHost"),
])
def test_literature_spellings_find_their_term(vocab, text, kind, expected):
    t = vocab.lookup(text, kind)
    assert t is not None and t.id == expected, f"{text!r} -> {t.id if t else None}, expected {expected}"


@pytest.mark.parametrize("formula,expected", [
    ("MgH2", "MagnesiumHydride"), ("LiBH4", "LithiumBorohydride"), ("Mg(BH4)2", "MagnesiumBorohydride"),
    ("LiNH2", "LithiumAmide"), ("Mg(BH4)2·2NH3", "MagnesiumBorohydrideDiammoniate"),
    ("Li4(BH4)3I", "LithiumBorohydrideIodide"), ("LiCB11H12", "LithiumCarbaDodecaborate"),
])
def test_formulas_find_their_material(vocab, formula, expected):
    t = vocab.by_formula(parse_formula(formula).normalized)
    assert t is not None and t.id == expected


# ---------------------------------------------------- the ontology drives system parsing
@pytest.mark.parametrize("notation,additive_class,role", [
    ("MgH2–10 wt% Ni", "Metal", "Catalyst"),
    ("MgH2–10 wt% TiVNbZrFe", "HighEntropyAlloy", "Catalyst"),
    ("LiBH4–TiF3", "Halide", "Catalyst"),
    ("MgH2–5 wt% Nb2O5", "Oxide", "Catalyst"),
    ("LiBH4–CoB", "Boride", "Catalyst"),
    ("MgH2–Ti3C2", "CarbideMXene", "Catalyst"),
    ("LiBH4–LiI", "Halide", "DopantSubstituent"),
    ("2LiBH4–MgH2", None, "DestabilizingReactant"),
    ("Li4(BH4)3I@SBA-15", "MesoporousSilica", "ScaffoldConfinementHost"),
    ("LiBH4@rGO", "CarbonSupport", "ScaffoldConfinementHost"),
    ("LiBH4–LLZTO", "OxideElectrolyte", "SolidElectrolytePartner"),
])
def test_system_notations_get_class_and_role_from_the_ontology(notation, additive_class, role):
    from ontology.system import parse_system

    system = parse_system(notation)
    additive = system.additives[-1]
    assert (additive.additive_class, additive.role) == (additive_class, role), notation


# ------------------------------------------------------------------ coverage of the review
# Spellings the review uses for what it discusses (fixtures written here, not copied sentences).
REVIEW_TERMS = [
    ("hydrogen pump effect", "Mechanism"), ("spillover effect", "Mechanism"), ("channel effect", "Mechanism"),
    ("electron transfer effect", "Mechanism"), ("nucleation induction effect", "Mechanism"),
    ("cocktail effect", "Mechanism"), ("paddle-wheel mechanism", "Mechanism"), ("LSPR", "Mechanism"),
    ("space charge model", "Mechanism"), ("NH3-mediated mechanism", "Mechanism"),
    ("ball milling", "SynthesisMethod"), ("physical vapor deposition", "SynthesisMethod"),
    ("HCVD", "SynthesisMethod"), ("thermal decomposition", "SynthesisMethod"),
    ("chemical reduction", "SynthesisMethod"), ("melting infiltration", "SynthesisMethod"),
    ("solution impregnation", "SynthesisMethod"), ("gas–solid reaction", "SynthesisMethod"),
    ("solvothermal", "SynthesisMethod"), ("electrospinning", "SynthesisMethod"),
    ("radio frequency sputtering", "SynthesisMethod"), ("laser ablation", "SynthesisMethod"),
    ("hydrogen plasma metal reaction", "SynthesisMethod"), ("sol–gel", "SynthesisMethod"),
    ("nanoconfinement", "Strategy"), ("nanostructuring", "Strategy"), ("alloying", "Strategy"),
    ("cation substitution", "Strategy"), ("composition alteration", "Strategy"),
    ("TPD", "Technique"), ("DSC", "Technique"), ("PCT", "Technique"), ("NMR", "Technique"),
    ("XRD", "Technique"), ("cyclic voltammetry", "Technique"), ("electrochemical impedance spectroscopy", "Technique"),
    ("DFT", "Technique"), ("NEXAFS", "Technique"), ("EPR", "Technique"),
    ("MXene", "Material"), ("SBA-15", "Material"), ("MCM-41", "Material"), ("LLZTO", "Material"),
    ("PMMA", "Material"), ("N-doped carbon", "Material"), ("activated carbon", "Material"),
]


@pytest.fixture(scope="module")
def review_text() -> str:
    path = CORPUS / "li-mg-hydrides-review.md"
    if not path.exists():
        pytest.skip(f"review corpus not found at {path}; clone ../shared/corpus next to the repo to run")
    # HTML sub/superscript tags split formulas ('NH<sub>3</sub>-mediated'); drop the tags, keep the text
    return fold(re.sub(r"</?su[bp]>", "", path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("text,kind", REVIEW_TERMS)
def test_review_vocabulary_is_covered(vocab, review_text, text, kind):
    assert fold(text) in review_text, f"fixture {text!r} does not occur in the review; fix the fixture"
    assert vocab.lookup(text, kind) is not None, f"the review names {text!r} but no {kind} term has that label"


def test_review_table_formulas_are_materials(vocab):
    """Hosts and additives written as formulas in the review's tables are known materials."""
    for formula in ("MgH2", "LiBH4", "Mg(BH4)2", "LiNH2", "Mg(NH2)2", "LiAlH4", "Li3AlH6", "Li2B12H12",
                    "LiCB9H10", "Li2NH", "Mg2Ni", "Mg2Si", "TiF3", "TiCl3", "ZnF2", "NbF5", "CoB", "Ni4B3",
                    "K2NbF7", "K2TiF6", "V4Nb18O55", "TiNb2O7", "Nb2C", "TiS2", "LiCe(BH4)3Cl"):
        assert vocab.by_formula(parse_formula(formula).normalized) is not None, formula
