"""Probe grid of mechanism claims as real abstracts write them (session claims5): each probe is a short
one-paragraph abstract whose first sentences name the sample (host, additive, so the strategy) and whose last
sentence credits a mechanism in a wording abstracts use ('The improvement is attributed to the in situ formed
Mg2Ni acting as a hydrogen pump', '… owing to the synergistic effect of …', 'Ti-based species serve as active
sites for H2 dissociation', 'the I− substitution stabilizes the HT phase' …). A probe expects one of a few
acceptable claims (mechanism, host, additive, strategy); a background sentence expects none of its mechanism.
Every sentence is written for this grid. Run as a script for the failure table:
``python tests/grid_claims2.py [-v]`` from the checkout root."""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field

# ------------------------------------------------------------------ the samples the abstracts prepare
# name: (sentences naming the sample, host, additive, strategy)
SAMPLES = {
    "ni": ("Here, Ni nanoparticles were introduced into MgH2 by high-energy ball milling. The MgH2–5 wt% Ni "
           "composite starts to release hydrogen at 210 °C.", "MgH2", "Ni", "MetalCatalysis"),
    "tio2": ("In this work, MgH2 was catalysed by 10 wt% TiO2 nanosheets. The MgH2–TiO2 sample desorbs 6.2 wt% H2 "
             "within 10 min at 300 °C.", "MgH2", "TiO2", "MetalCompoundCatalysis"),
    "nb2o5": ("We report MgH2 modified with 5 mol% Nb2O5 prepared by ball milling. The modified MgH2 absorbs "
              "5.8 wt% H2 at 200 °C.", "MgH2", "Nb2O5", "MetalCompoundCatalysis"),
    "tif3": ("MgH2 doped with 4 mol% TiF3 was prepared by reactive milling. The TiF3-doped MgH2 releases 5.9 wt% "
             "H2 at 250 °C.", "MgH2", "TiF3", "MetalCompoundCatalysis"),
    "k2tif6": ("A K2TiF6 additive was ball milled with MgH2. The MgH2–K2TiF6 composite starts to desorb hydrogen "
               "at 245 °C.", "MgH2", "K2TiF6", "MetalCompoundCatalysis"),
    "cmk3": ("LiBH4 was melt-infiltrated into the mesoporous carbon CMK-3. The LiBH4@CMK-3 composite releases "
             "hydrogen from 220 °C.", "LiBH4", "CMK-3", "Nanoconfinement"),
    "lii": ("Solid solutions of LiBH4 and LiI were synthesised by ball milling. The LiBH4–LiI electrolyte "
            "conducts Li+ at 1.0 × 10−4 S cm−1 at 30 °C.", "LiBH4", "LiI", "AnionSubstitution"),
    "rhc": ("LiBH4 and MgH2 were milled in a 2:1 molar ratio. The 2LiBH4–MgH2 composite releases 10.1 wt% H2 "
            "at 400 °C.", "LiBH4", "MgH2", "LithiumRHC"),
    "nb": ("MgH2 was milled with 5 wt% Nb powder. The MgH2–Nb composite absorbs 6.0 wt% H2 at 150 °C.",
           "MgH2", "Nb", "MetalCatalysis"),
}


@dataclass
class Probe:
    doc: str
    expected: list[tuple] | None     # acceptable claims; None: no claim of ``absent`` at all
    slots: dict = field(default_factory=dict)
    absent: str = ""


def _exp(sample: str, mechanism: str, *additives: str) -> list[tuple]:
    _, host, additive, strategy = SAMPLES[sample]
    return [(mechanism, host, a, strategy) for a in additives or (additive,)]


# (class, sample, claim sentence, mechanism, extra acceptable additives: a phase formed in situ)
CLAIMS = [
    ("in_situ_pump", "ni", "The improvement is attributed to the in situ formed Mg2Ni acting as a hydrogen pump.",
     "HydrogenPump", ("Ni", "Mg2Ni")),
    ("in_situ_pump", "ni", "During the first cycle Ni reacts with Mg to form Mg2Ni, which serves as a hydrogen pump "
     "for the absorption.", "HydrogenPump", ("Ni", "Mg2Ni")),
    ("in_situ_pump", "ni", "The Mg2Ni/Mg2NiH4 couple generated in situ plays the role of a 'hydrogen pump'.",
     "HydrogenPump", ("Ni", "Mg2Ni")),
    ("synergy", "ni", "The enhanced sorption kinetics are owing to the synergistic effect of Ni and the MgH2 matrix.",
     "CatalyticEffect", ()),
    ("synergy", "tio2", "Such superior performance stems from the synergetic effect between TiO2 and MgH2.",
     "CatalyticEffect", ()),
    ("synergy", "nb2o5", "The excellent kinetics could be explained by a synergistic catalytic effect of the Nb2O5 "
     "nanoparticles.", "CatalyticEffect", ()),
    ("spillover", "ni", "The faster absorption can be ascribed to the hydrogen spillover effect.", "Spillover", ()),
    ("spillover", "ni", "Hydrogen atoms spill over from the Ni particles to MgH2, which accounts for the fast "
     "uptake.", "Spillover", ()),
    ("spillover", "tio2", "A spillover mechanism operating at the TiO2/MgH2 interface is proposed to explain the "
     "enhanced kinetics.", "Spillover", ()),
    ("dissociation", "tio2", "Ti-based species serve as active sites for H2 dissociation and recombination.",
     "HydrogenDissociationSites", ("TiO2",)),
    ("dissociation", "nb2o5", "Nb-containing species provide abundant active sites for the dissociation of hydrogen "
     "molecules.", "HydrogenDissociationSites", ()),
    ("dissociation", "ni", "The Ni nanoparticles act as catalytic sites that facilitate the dissociation of H2.",
     "HydrogenDissociationSites", ()),
    ("agglomeration", "cmk3", "The carbon matrix suppresses agglomeration of the hydride particles during cycling.",
     "AgglomerationSuppression", ()),
    ("agglomeration", "cmk3", "Moreover, the carbon framework effectively hinders the aggregation of LiBH4 "
     "nanoparticles.", "AgglomerationSuppression", ()),
    ("agglomeration", "tio2", "In addition, the TiO2 nanosheets prevent the MgH2 particles from agglomerating upon "
     "cycling.", "AgglomerationSuppression", ()),
    ("grain_growth", "nb2o5", "Nb2O5 inhibits grain growth of Mg during repeated cycling.", "GrainRefinement", ()),
    ("grain_growth", "cmk3", "The scaffold restricts the grain growth of the hydride at high temperatures.",
     "GrainRefinement", ()),
    ("grain_growth", "tio2", "The TiO2 additive effectively suppresses grain growth, keeping the crystallites below "
     "30 nm.", "GrainRefinement", ()),
    ("diffusion", "cmk3", "Nanoconfinement reduces the diffusion distance of hydrogen.", "ReducedDiffusionDistance",
     ()),
    ("diffusion", "tio2", "The nanosized TiO2 shortens the diffusion path of hydrogen atoms in MgH2.",
     "ReducedDiffusionDistance", ()),
    ("diffusion", "cmk3", "The confined particles offer shorter diffusion lengths for hydrogen, which explains "
     "the faster release.", "ReducedDiffusionDistance", ()),
    ("bond", "tio2", "DFT calculations show that TiO2 weakens the Mg–H bond.", "BondWeakening", ()),
    ("bond", "nb", "First-principles calculations indicate that the Nb dopant weakens the Mg–H bonding.",
     "BondWeakening", ()),
    ("bond", "nb2o5", "The Mg–H bonds are considerably weakened by Nb2O5, lowering the desorption barrier.",
     "BondWeakening", ()),
    ("electron", "nb", "Electron transfer from Nb to H weakens the interaction of hydrogen with Mg.",
     "ElectronTransfer", ()),
    ("electron", "nb2o5", "XPS reveals charge transfer from Nb to H atoms at the interface.", "ElectronTransfer",
     ()),
    ("electron", "tio2", "The multivalent Ti species mediate electron transfer between Mg2+ and H−.",
     "ElectronTransfer", ()),
    ("formation", "tif3", "The formation of MgF2 and TiH2 during milling is responsible for the enhanced kinetics.",
     "InSituCatalyticPhase", ("TiF3", "TiH2")),
    ("formation", "k2tif6", "XRD reveals that KH, MgF2 and TiH2 form in situ and act as the active catalytic species.",
     "InSituCatalyticPhase", ("K2TiF6", "TiH2")),
    ("formation", "tif3", "TiF3 reacts with MgH2 to form TiH2 and MgF2, which catalyse the dehydrogenation.",
     "InSituCatalyticPhase", ("TiF3", "TiH2")),
    ("phase_stab", "lii", "The I− substitution stabilizes the HT phase at room temperature.",
     "PhaseStabilization", ()),
    ("phase_stab", "lii", "The incorporation of iodide stabilises the hexagonal phase down to ambient temperature.",
     "PhaseStabilization", ()),
    ("phase_stab", "lii", "Substituting BH4− by I− anions stabilizes the high-temperature polymorph of LiBH4.",
     "PhaseStabilization", ()),
    ("molten", "cmk3", "Nanoconfinement stabilizes the molten state of LiBH4 below its melting point.",
     "PhaseStabilization", ()),
    ("molten", "cmk3", "The pores of the scaffold stabilise a liquid-like state of the borohydride.",
     "PhaseStabilization", ()),
    ("molten", "cmk3", "Solid-state NMR confirms the stabilization of the molten state of LiBH4 through "
     "nanoconfinement.", "PhaseStabilization", ()),
    ("lattice", "lii", "The larger lattice of the iodide-substituted LiBH4 facilitates Li+ migration.",
     "LatticeExpansion", ()),
    ("lattice", "lii", "The lattice expansion caused by the large I− anions opens wider pathways for Li+ migration.",
     "LatticeExpansion", ()),
    ("lattice", "lii", "Incorporation of iodide expands the lattice and thereby lowers the barrier for Li+ hopping.",
     "LatticeExpansion", ()),
    ("product_stab", "rhc", "MgH2 stabilizes the dehydrogenated state and, thereby, destabilizes the LiBH4.",
     "ProductStabilization", ()),
    ("product_stab", "rhc", "The formation of MgB2 stabilizes the dehydrogenated state, which lowers the reaction "
     "enthalpy.", "ProductStabilization", ()),
    ("product_stab", "rhc", "The destabilization arises from the formation of stable MgB2 upon dehydrogenation.",
     "ProductStabilization", ()),
]
# background or open question: no claim of the named mechanism
NEGATIVES = [
    ("ni", "Transition metals are generally believed to act as hydrogen pumps in Mg-based alloys.", "HydrogenPump"),
    ("tio2", "Whether hydrogen spillover occurs on oxide catalysts is still under debate.", "Spillover"),
    ("cmk3", "Nanoconfinement is commonly expected to shorten hydrogen diffusion distances.",
     "ReducedDiffusionDistance"),
    ("lii", "Previous studies proposed that halide substitution may stabilize the HT phase.", "PhaseStabilization"),
    ("nb", "Future work will examine whether electron transfer from Nb to H takes place.", "ElectronTransfer"),
    ("tif3", "The formation of MgF2 was not observed in the XRD patterns.", "InSituCatalyticPhase"),
]
# one form a claim's sentence took that an annotator does not count twice: no claim of this mechanism either
NOT_TWICE = [
    ("rhc", "MgH2 stabilizes the dehydrogenated state and, thereby, destabilizes the LiBH4.",
     "ReactantDestabilization"),
]


def docs() -> list[Probe]:
    out = []
    for cls, sample, sentence, mechanism, extra in CLAIMS:
        prep = SAMPLES[sample][0]
        out.append(Probe(f"{prep} {sentence}", _exp(sample, mechanism) + _exp(sample, mechanism, *extra)
                         if extra else _exp(sample, mechanism), {"class": cls, "sample": sample}))
    for sample, sentence, mechanism in NEGATIVES + NOT_TWICE:
        out.append(Probe(f"{SAMPLES[sample][0]} {sentence}", None, {"class": "negative", "sample": sample},
                         absent=mechanism))
    return out


def verdict(probe: Probe, claims: set[tuple]) -> str:
    if probe.expected is None:
        bad = {c for c in claims if c[0] == probe.absent}
        return "OK" if not bad else f"XTRA {sorted(bad, key=str)}"
    if any(e in claims for e in probe.expected):
        return "OK"
    same = [c for c in claims if c[0] == probe.expected[0][0]]
    return f"WRONG {same}" if same else f"MISS got {sorted(claims, key=str)}"


def run(probes: list[Probe]) -> list[tuple[Probe, str]]:
    from grid_claims import run as run_judged  # (the same reading of each probe's claims as the first grid's)
    return run_judged(probes, verdict)


if __name__ == "__main__":
    sys.path.insert(0, os.getcwd())
    sys.path.insert(0, os.path.join(os.getcwd(), "tests"))
    from grid_rates import report
    report(run, docs())
