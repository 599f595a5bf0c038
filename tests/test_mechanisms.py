"""Mechanism claims: which mechanism a text credits, for which additive or strategy, in which host;
stored in the graph and exported by `hkg extract --jsonl`. The sentences are written for the tests."""
from __future__ import annotations

import json

import pytest

from ingest.documents.document import parse_document
from ingest.extract import _prose_sentences, extract_text
from ingest.extraction.mechanisms.mechanisms import mechanism_claims
from ingest.extraction.mechanisms.mechanisms_phrases import find_mechanisms
from kg.store import open_store
from ontology.models import GraphBatch, MechanismClaim, Source, SourceRef
from ui.cli import main

DOC = """# Mechanisms, a test paper

DOI: 10.9999/mechanisms.2026.002

## 2. Catalysts

In the milled MgH<sub>2</sub> composite, the multivalent Nb acts as an electron transfer intermediate between hydrogen and magnesium.<sup>[3]</sup> Milling TiF<sub>3</sub> into MgH<sub>2</sub> weakens the Mg–H bonds considerably. The activation energy was 80 kJ mol<sup>-1</sup> in that work.

LiBH<sub>4</sub> was milled with Ni particles on carbon. The in situ formed Ni<sub>2</sub>B then acts as a nucleation site for the boride.

Grain refinement was seen after cycling.

## 3. Amides

Adding LiH to Mg(NH<sub>2</sub>)<sub>2</sub> suppresses NH<sub>3</sub> release during heating.
"""


@pytest.fixture(scope="module")
def claims():
    doc = parse_document(DOC)
    return mechanism_claims(_prose_sentences(doc), "src:mech")


def _by(claims, mechanism):
    return [c for c in claims if c.mechanism == mechanism]


def test_inflected_phrasings_are_found_through_the_ontology_labels():
    assert [t for t, _, _ in find_mechanisms("TiF3 weakens the Mg–H bonds")] == ["BondWeakening"]
    assert [t for t, _, _ in find_mechanisms("it suppressed NH3 release")] == ["GasReleaseSuppression"]
    assert [t for t, _, _ in find_mechanisms("Nb acts as an electron transfer intermediate")] == ["ElectronTransfer"]
    assert find_mechanisms("the catalytic effects were large") == []   # a family, not a mechanism
    assert find_mechanisms("The activation energy was 80 kJ/mol.") == []


def test_electron_transfer_credited_to_nb_in_mgh2(claims):
    (c,) = _by(claims, "ElectronTransfer")
    assert (c.host, c.additive, c.strategy) == ("MgH2", "Nb", "MetalCatalysis")
    assert DOC[c.source.start:c.source.end].startswith("In the milled MgH")
    assert c.source.section == "2" and c.source.refs == ["3"]


def test_bond_weakening_by_a_halide(claims):
    (c,) = _by(claims, "BondWeakening")
    assert (c.host, c.additive, c.strategy) == ("MgH2", "TiF3", "MetalCompoundCatalysis")


def test_in_situ_phase_and_nucleation_in_the_paragraph_host(claims):
    nucleation, = _by(claims, "NucleationInduction")
    in_situ, = _by(claims, "InSituCatalyticPhase")
    for c in (nucleation, in_situ):
        # host from the sentence before; the phase formed in situ is credited to the catalyst the
        # sample was made with, and kept as the claim's in-situ phase (issue 10)
        assert (c.host, c.additive, c.in_situ_phase) == ("LiBH4", "Ni", "Ni2B")


def test_a_remark_that_credits_nothing_is_no_claim(claims):
    # a new paragraph: the Ni2B of the one before is not its additive, and the sentence names none
    assert _by(claims, "GrainRefinement") == []


def test_gas_release_suppression_in_an_amide_composite(claims):
    (c,) = _by(claims, "GasReleaseSuppression")
    assert (c.host, c.additive, c.strategy) == ("Mg(NH2)2", "LiH", "LiMgNHComposite")   # the RHC family
    assert c.source.section == "3"


def test_no_claim_without_a_mechanism_phrase(claims):
    texts = {DOC[c.source.start:c.source.end] for c in claims}
    assert not any("activation energy" in t for t in texts)
    assert len(claims) == 5


def test_claims_are_stored_and_queried(tmp_path):
    src = "doi:10.9999/mechanisms.2026.002"
    claim = MechanismClaim(mechanism="ElectronTransfer", host="MgH2", additive="Nb", strategy="MetalCatalysis",
                           source=SourceRef(source_id=src, section="2", start=10, end=90))
    batch = GraphBatch(sources=[Source(id=src, kind="publication", title="Mechanisms")], mechanisms=[claim])
    with open_store("ladybug", data_dir=tmp_path / "g") as st:
        st.ensure_schema()
        st.load_ontology()
        st.load(batch)
        st.load(batch)                                      # idempotent
        rows = st.query("MATCH (c:MechanismClaim)-[:CREDITS]->(m:Mechanism) "
                        "MATCH (c)-[:FOR_STRATEGY]->(s:Strategy) MATCH (c)-[:REPORTED_IN]->(src:Source) "
                        "RETURN m.id AS m, s.id AS s, c.host AS host, c.additive AS additive, "
                        "c.start AS start, src.id AS src")
    assert rows == [{"m": "ElectronTransfer", "s": "MetalCatalysis", "host": "MgH2", "additive": "Nb",
                     "start": 10, "src": src}]


def test_unknown_mechanism_is_refused():
    with pytest.raises(ValueError, match="mechanism: 'Telepathy' is not a Mechanism term"):
        MechanismClaim(mechanism="Telepathy", source=SourceRef(source_id="s"))


def test_extract_jsonl_has_mechanism_lines(tmp_path, capsys):
    path = tmp_path / "paper.md"
    path.write_text(DOC, encoding="utf-8")
    assert main(["extract", str(path), "--jsonl", "--no-progress"]) == 0
    lines = [json.loads(ln) for ln in capsys.readouterr().out.splitlines() if ln.strip()]
    mech = [ln for ln in lines if ln.get("kind") == "mechanism"]
    assert {ln["mechanism"] for ln in mech} >= {"ElectronTransfer", "BondWeakening", "GasReleaseSuppression"}
    one = next(ln for ln in mech if ln["mechanism"] == "ElectronTransfer")
    assert set(one) == {"kind", "mechanism", "host", "additive", "strategy", "in_situ_phase", "source"}
    assert one["host"] == "MgH2" and one["source"]["section"] == "2"


def test_the_pipeline_carries_claims():
    batch = extract_text(DOC)
    assert {c.mechanism for c in batch.mechanisms} >= {"ElectronTransfer", "GasReleaseSuppression"}


# ------------------------------------------------------------------ linking rules (issue 10, item 3)
def _claims_of(text):
    return mechanism_claims(_prose_sentences(parse_document(text)), "src:link")


def _triples(claims):
    return {(c.mechanism, c.host, c.additive, c.strategy) for c in claims}


ABSTRACT = """Sodium alanate analogues aside, magnesium hydride remains slow to release hydrogen.
In this work MgH2 was co-milled with 7 wt% Nb2O5 for 20 h. The milled composite starts to
desorb at 190 °C, and its apparent activation energy drops to 80 kJ/mol. XPS shows that
reduced Nb species mediate electron transfer between Mg and H, which weakens the Mg–H bond.
"""


def test_a_hard_wrapped_paragraph_credits_its_sample():
    # the host and the additive were named lines before; 'Nb species' is the sample's Nb2O5
    assert _triples(_claims_of(ABSTRACT)) == {
        ("ElectronTransfer", "MgH2", "Nb2O5", "MetalCompoundCatalysis"),
        ("BondWeakening", "MgH2", "Nb2O5", "MetalCompoundCatalysis")}


def test_a_blank_line_ends_the_sample():
    text = ABSTRACT.replace("XPS shows", "\n\nXPS shows")
    assert all(c.additive != "Nb2O5" for c in _claims_of(text))


def test_each_listed_material_is_credited_and_a_family_gives_way():
    text = ("# Alloys\n\n## 1. Intermetallics\n\nMgH2 is the host of this part. Several intermetallics "
            "play catalytic roles, with TiFe and CoZr acting as hydrogen pumps in MgH2.\n")
    got = _triples(_claims_of(text))
    # 'catalytic roles' names catalysis; the composition says which catalysis: multi-metal
    assert got == {("HydrogenPump", "MgH2", "TiFe", "MultiMetalCatalysis"),
                   ("HydrogenPump", "MgH2", "CoZr", "MultiMetalCatalysis")}


def test_units_acronyms_and_ions_are_not_additives():
    text = ("The LiCB9H10–LiCB11H12 salt was ball milled. It conducts 2 × 10−3 S cm−1 at 25 °C because "
            "its disordered high-temperature phase is stabilised; DFT relates this to the CB11H12 anion.\n")
    (c,) = _claims_of(text)
    assert (c.mechanism, c.host, c.additive) == ("PhaseStabilization", "LiCB9H10", "LiCB11H12")


def test_a_material_after_the_phrase_yields_to_the_sample():
    text = ("LiBH4 was confined in SBA-15 by melt infiltration (LiBH4@SBA-15). The gain is ascribed to "
            "a highly conductive interfacial layer between the hydride and the silica walls.\n")
    (c,) = _claims_of(text)
    assert (c.host, c.additive, c.strategy) == ("LiBH4", "SBA-15", "Nanoconfinement")


def test_products_formed_are_neither_hosts_nor_additives():
    text = ("LiBH4 was ball milled with 5 mol% TiF3. During heating, the formation of partially "
            "fluorinated LiBH3F weakens the B–H bonds.\n")
    (c,) = _claims_of(text)
    assert (c.mechanism, c.host, c.additive) == ("BondWeakening", "LiBH4", "TiF3")


def test_a_field_effect_takes_the_field_the_paragraph_names():
    text = ("Light-driven dehydrogenation of MgH2 was studied under a xenon lamp. Au nanoparticles "
            "added to MgH2 heat it through localized surface plasmon resonance.\n")
    (c,) = _claims_of(text)
    assert (c.mechanism, c.host, c.additive, c.strategy) == \
        ("LocalizedSurfacePlasmonResonance", "MgH2", "Au", "LightDriving")


def test_in_situ_phases_take_their_sample_strategy():
    text = ("The hydrogen storage of MgH2 catalysed by TiF3 was studied. In situ formed TiH2 and MgF2 "
            "act as the catalytically active species.\n")
    claims = _claims_of(text)      # both phases come from the TiF3 the sample was made with
    assert _triples(claims) == {("InSituCatalyticPhase", "MgH2", "TiF3", "MetalCompoundCatalysis")}
    # (one claim of TiF3, kept with TiH2, the phase that holds its titanium)
    assert {c.in_situ_phase for c in claims} == {"TiH2"}


def test_a_phase_formed_in_situ_is_credited_to_what_it_formed_from():
    text = ("LiBH4 was studied as a hydrogen store. Ni2B formed in situ from the NiCl2 additive acts as a "
            "nucleation site for the borohydride.\n")
    claims = _claims_of(text)
    assert claims and {(c.host, c.additive) for c in claims} == {("LiBH4", "NiCl2")}
    assert "Ni2B" in {c.in_situ_phase for c in claims}


def test_one_claim_per_credit_and_paragraph_and_none_without_host():
    text = ("# Spillover\n\n## 1. Milled\n\nMgH2 was milled with 5 wt% Pd. Pd acts as a spillover catalyst "
            "for MgH2. The spillover of hydrogen from Pd was confirmed by XPS.\n\n"
            "## 2. Elsewhere\n\nPd is a known spillover catalyst.\n")      # a new section: no host
    claims = _claims_of(text)
    assert [(c.mechanism, c.host, c.additive) for c in claims] == [("Spillover", "MgH2", "Pd")]
    assert text[claims[0].source.start:claims[0].source.end].startswith("Pd acts as")
def test_in_situ_formed_phases_are_no_host_of_the_paragraph():
    text = ("MgH2 was ball-milled with 8 wt% FeNi supported on carbon nanotubes. In situ formed Mg2Ni/Mg2NiH4 "
            "and MgFe/Mg2FeH6 act as hydrogen pumps during cycling.\n")
    claims = _claims_of(text)
    assert claims and all(c.host == "MgH2" for c in claims)


def test_an_element_species_stands_for_the_sample_additive_not_the_partner():
    text = ("The LiNH2–MgH2 composite with 4 mol% KOH was milled for 12 h. The K-containing species weaken "
            "the N–H bonds.\n")
    (c,) = [c for c in _claims_of(text) if c.mechanism == "BondWeakening"]
    assert c.additive == "KOH"


def test_a_bare_element_takes_the_catalysis_kind_its_heading_names():
    """Issue 10: 'Nb and V act through electron transfer' names no compound; under a heading about
    metal-based compounds the claim is metal compound catalysis, under one about metals metal catalysis."""
    def strategy(heading):
        text = (f"# Catalysts\n\n## 2. {heading}\n\nMgH2 was studied with several additives. "
                "Nb and V show catalytic potential through electron transfer.\n")
        batch = extract_text(text)
        return {c.strategy for c in batch.mechanisms if c.mechanism == "ElectronTransfer"}
    assert strategy("Metal-Based Compounds") == {"MetalCompoundCatalysis"}
    assert strategy("Metals") == {"MetalCatalysis"}


def test_a_nano_form_of_the_additive_names_no_strategy_of_the_claim():
    text = ("MgH2 was studied under illumination with light-driven heating. Au metal nanocrystals added to "
            "MgH2 heat it through localized surface plasmon resonance.\n")
    claims = [c for c in _claims_of(text) if c.mechanism == "LocalizedSurfacePlasmonResonance"]
    assert claims and all(c.strategy != "Nanosizing" for c in claims)


def test_a_hydroxide_catalyst_is_not_the_host():
    # KOH holds hydrogen but stores none: the claim's host is the amide composite's host
    text = ("Mg(NH2)2–2LiH samples with and without 4 mol% KOH were made. The peak desorption temperature "
            "fell from 190 °C to 138 °C with KOH. The KOH-doped sample stored 4.8 wt% H2 reversibly. "
            "Potassium species are believed to weaken the N–H bonds of the amide.\n")
    (c,) = _claims_of(text)
    assert (c.mechanism, c.host, c.additive) == ("BondWeakening", "Mg(NH2)2", "KOH")


def test_a_phase_formed_in_situ_named_before_its_verb_is_credited_to_its_additive():
    # 'Mg2NiH4 formed in situ' is the phase of the sample's Ni, not a host of its own; the amount
    # composition 'MgH2–8 wt% Ni@C' is one sample across its spaces
    text = ("The MgH2–8 wt% Ni@C composite was made by ball milling. It starts to desorb hydrogen at 190 °C. "
            "Mg2Ni/Mg2NiH4 formed in situ serves as a hydrogen pump.\n")
    got = {(c.mechanism, c.host, c.additive, c.in_situ_phase) for c in _claims_of(text)}
    assert ("HydrogenPump", "MgH2", "Ni@C", "Mg2NiH4") in got     # Ni on carbon: one catalyst
    assert all(c.host == "MgH2" for c in _claims_of(text))


def test_the_material_that_is_the_subject_acts():
    text = ("MgH2 nanoparticles were grown on graphene (MgH2@G). The graphene keeps the Mg and LiH domains "
            "connected and buffers the volume change.\n")
    assert {(c.mechanism, c.host, c.additive) for c in _claims_of(text)} == {
        ("VolumeBuffering", "MgH2", "graphene")}


def test_materials_are_the_pipeline_mentions():
    """The claims read the materials the one pipeline recogniser finds (``ingest.extraction.text.nlp.mentions``): a
    system in brackets is the system, a unit after a number (even 'degrees C') is no carbon, a
    two-letter formula the ontology names is a formula, and a name is kept by its label."""
    from ingest.extraction.mechanisms.mechanisms_materials import _mentions

    found = _mentions("NaAlH4 confined in porous carbon (NaAlH4@C) releases H2 from 150 degrees C and KH helps.")
    by_word = {f: s for _, f, s in found}
    assert [f for _, f, _ in found] == ["NaAlH4", "porous carbon", "NaAlH4", "H2", "KH"]
    assert [s.text for _, f, s in found if s is not None][1] == "NaAlH4@C"      # without its brackets
    assert by_word["KH"] is not None and by_word["porous carbon"] is None


def test_a_charged_species_points_back_to_the_sample():
    """'H^δ+ … H^δ-', '(CB11H12)^-' name species of the paragraph's sample: the sample is credited."""
    text = ("The 2LiNH2–MgH2 mixture was milled for 10 h. Coupling of H<sup>δ+</sup> with H<sup>δ-</sup> "
            "lowers the barrier through the amide–hydride interaction.\n")
    claims = _claims_of(text)
    assert ("AmideHydrideInteraction", "LiNH2", "MgH2") in {(c.mechanism, c.host, c.additive) for c in claims}


def test_mentions_are_read_once_per_extraction_only():
    from ingest.extraction.text import nlp

    with nlp.reading_once():
        first = nlp.mentions("MgH2 was milled with Nb2O5.")
        assert nlp.mentions("MgH2 was milled with Nb2O5.") == first
        assert nlp.reading()                               # remembered while the document is read
    assert nlp.reading() is None                           # and forgotten after it
    assert nlp.mentions("MgH2 was milled with Nb2O5.") == first


def test_a_reading_is_its_own_threads_only():
    """Two extractions on two threads (the JSON API serves several) keep their readings apart."""
    import threading

    from ingest.extraction.text import nlp

    seen = {}
    inside, done = threading.Event(), threading.Event()

    def other_thread():
        seen["before"] = nlp.reading()
        with nlp.reading_once():
            nlp.mentions("LiBH4 was confined in SBA-15.")
            seen["own"] = dict(nlp.reading() or {})
            inside.set()
            done.wait(10)

    with nlp.reading_once():
        nlp.mentions("MgH2 was milled with Nb2O5.")
        t = threading.Thread(target=other_thread)
        t.start()
        assert inside.wait(10)
        assert list(nlp.reading() or {}) == ["MgH2 was milled with Nb2O5."]
        done.set()
        t.join(10)
    assert seen["before"] is None
    assert list(seen["own"]) == ["LiBH4 was confined in SBA-15."]


def test_an_intermetallic_hydride_formed_with_the_added_metal_is_no_host():
    """Mg2FeH6 holds MgH2's metal and the iron the paragraph adds: a phase of the sample, not a new host."""
    text = ("MgH2 was ball milled with 5 wt% FeCo nanosheets for 8 h. After the first cycle, "
            "Mg2FeH6 appears at the grain surfaces. Mg2FeH6 weakens the Mg–H bonds of the neighbouring hydride.\n")
    claims = [c for c in _claims_of(text) if c.mechanism == "BondWeakening"]
    assert claims and {c.host for c in claims} == {"MgH2"}


def test_a_hydride_of_its_own_stays_the_host():
    """Without a metal added to MgH2, Mg2FeH6 is the hydride studied."""
    text = "Mg2FeH6 was milled with 5 wt% TiF3. TiF3 acts as a hydrogen pump in the complex hydride.\n"
    assert {c.host for c in _claims_of(text)} == {"Mg2FeH6"}


def test_a_metal_of_an_alloy_the_sentence_names_stands_for_the_alloy():
    text = ("MgH2 was catalysed by several additives. A PdNi alloy was milled into it, and the electron "
            "transfer between Pd and Ni shifts the d-band center.\n")
    claims = [c for c in _claims_of(text) if c.mechanism == "DBandTuning"]
    assert {(c.host, c.additive) for c in claims} == {("MgH2", "PdNi")}


def test_a_reagent_is_never_the_credited_additive():
    """NH3 and NiCp2 are reagents of the ontology (made from or given off), never a sample's additive."""
    text = ("MgH2 behaves unlike the catalysts of ammonia synthesis. Its metal clusters weaken the Mg–H bonds.\n")
    assert all(c.additive != "ammonia" for c in _claims_of(text))
    text = ("MgH2 was hydrogenated with NiCp2 in the vessel. Its clusters act as hydrogen pumps.\n")
    assert all(c.additive not in ("nickelocene", "NiCp2") for c in _claims_of(text))


def test_a_material_likened_or_compared_to_is_neither_host_nor_actor():
    text = ("LiBH4 was ball milled with 5 mol% NbB2. The boride, whose lattice is similar to MgB2, "
            "acts as a nucleation site during dehydrogenation.\n")
    assert {(c.host, c.additive) for c in _claims_of(text)} == {("LiBH4", "NbB2")}
    text = ("The LiBH4 sample with 10 mol% LiCl was studied. In comparison to Li2B12H12, the chloride "
            "stabilises the high-temperature phase.\n")
    assert {c.host for c in _claims_of(text)} == {"LiBH4"}


def test_a_describing_word_between_the_cue_and_the_additive():
    """'introducing a reactive Al3Ti alloy': the material is added, whatever word describes it."""
    from types import SimpleNamespace

    from ingest.extraction.mechanisms.mechanisms_context import Said

    def cued(text):
        return Said(SimpleNamespace(text=text)).cued()
    assert cued("The authors then solved this by introducing a reactive CrTi alloy.") == ["CrTi"]
    assert cued("LiBH4 was doped with TiF3.") == ["TiF3"]
    assert cued("LiBH4 reacts with layered CrTi.") == []


def test_what_would_or_could_happen_and_a_denied_belief_credit_nothing():
    text = ("MgH2 was milled with 5 wt% Ni. In principle, Ni would act as a spillover catalyst at the surface.\n")
    assert _claims_of(text) == []
    text = ("MgH2 was milled with 5 wt% Ni. Contrary to the common view that Ni weakens the Mg–H bonds, "
            "the authors found that Ni acts as a hydrogen pump.\n")
    assert {c.mechanism for c in _claims_of(text)} == {"HydrogenPump"}


def test_examples_of_additives_in_a_passage_about_a_hydride_are_credited_not_hosts():
    """'metals like Al and CaH2 … by forming stable AlB2 and CaB6': the passage's host keeps its place,
    the listed metals are credited, the products formed (every one of the list) are not."""
    text = ("# Destabilisation\n\n## 2. Borohydrides\n\nLiBH4 releases its hydrogen only above 400 °C.\n\n"
            "Some metals, like Zn and CaH2, destabilize Li-based borohydrides by forming stable ZnB2 and CaB6, which lowers the reaction enthalpy.\n")
    got = {(c.mechanism, c.host, c.additive) for c in _claims_of(text)}
    assert got == {("ProductStabilization", "LiBH4", "Zn"), ("ProductStabilization", "LiBH4", "CaH2")}


def test_a_prefix_word_is_not_part_of_the_formula():
    from ingest.extraction.mechanisms.mechanisms_materials import _mentions

    assert [f for _, f, _ in _mentions("The nano-MgH2 particles were coated.")] == ["MgH2"]
    assert _mentions("the Li/Mg-based borohydrides") == []           # a class, not Li with an additive


def test_a_method_as_subject_and_ions_after_the_phrase_credit_no_sample():
    """'Such methods induce …': a way of modifying acts, not the paragraph's sample; 'Na ions' after
    the phrase is an ion the sentence speaks of, not the additive."""
    text = ("LiBH4 was ball milled with 20 mol% NaI. Such methods induce lattice expansion, which speeds "
            "up the Li and Na ions.\n")
    assert _claims_of(text) == []
    text = ("LiBH4 was ball milled with 20 mol% NaI. The iodide induces lattice expansion, which speeds "
            "up the Li and Na ions.\n")
    assert {(c.host, c.additive) for c in _claims_of(text)} == {("LiBH4", "NaI")}


def test_the_material_a_phrase_is_said_of_acts():
    """'… with the photothermal effect of carbon': carbon heats, not the oxide named before it."""
    text = ("Light-driven dehydrogenation of NaAlH4 was studied under a xenon lamp. A ZrO2@C catalyst pairs "
            "the catalytic role of ZrO2 with the photothermal effect of carbon.\n")
    got = {(c.mechanism, c.host, c.additive) for c in _claims_of(text) if c.mechanism == "PhotothermalHeating"}
    assert got == {("PhotothermalHeating", "NaAlH4", "C")}


def test_the_passage_host_is_not_a_phase_formed_in_it():
    text = ("# Alloys\n\n## 1. Nickel\n\nMgH2 was studied with a Ni additive. Mg2NiH4 then forms at the "
            "interface of the Ni particles.\n\nVanadium acts as a hydrogen pump.\n")
    assert {(c.host, c.additive) for c in _claims_of(text)} == {("MgH2", "V")}


def test_a_strategy_said_of_the_additive_is_not_the_hosts():
    """'the alloying of FeCo' tells how the additive was made: no alloying strategy for MgH2."""
    text = ("MgH2 was milled with 5 wt% FeCo on carbon. The alloying of FeCo provides more sites for "
            "hydrogen dissociation.\n")
    (c,) = [c for c in _claims_of(text) if c.mechanism == "HydrogenDissociationSites"]
    assert c.additive == "FeCo" and c.strategy != "Alloying"


def test_a_summary_or_outlook_passage_credits_nothing():
    text = ("# A review\n\n## 2. Catalysts\n\nMgH2 was milled with 5 wt% Pd. Pd acts as a spillover catalyst.\n\n"
            "## 3. Summary and Outlook\n\nMgH2 was milled with 5 wt% Fe. Fe acts as a spillover catalyst.\n")
    batch = extract_text(text)
    assert {(c.additive, c.source.section) for c in batch.mechanisms} == {("Pd", "2")}


def test_a_hydride_usually_added_gives_way_as_host():
    """A paragraph that keeps naming KH is still about the amide KH is added to."""
    text = ("KH is a common additive. KH was milled for 2 h. KH then reacts with Mg(NH2)2 and weakens "
            "the N–H bonds.\n")
    assert {(c.host, c.additive) for c in _claims_of(text)} == {("Mg(NH2)2", "KH")}


def test_a_phase_formed_from_a_reagent_is_no_host_of_the_next_paragraph():
    """Mg2Ni formed from NiCp2 (a reagent, named by the ontology as nickelocene) in a passage about MgH2."""
    text = ("# Alloys\n\n## 1. Nickel\n\nMgH2 is the host studied here.\n\nMg2Ni nanocrystals form in situ by the "
            "hydrogenation of NiCp2. The Mg2Ni nanocrystals induce lattice distortion at the interface.\n")
    claims = _claims_of(text)
    assert "LatticeDistortion" in {c.mechanism for c in claims} and {c.host for c in claims} == {"MgH2"}
