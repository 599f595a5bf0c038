"""Probe grid of mechanism claims (session claims3): mini-abstracts that cross a mechanism written in one of
the phrasings authors use (a noun phrase the sentence credits, or a clause whose subject acts) × the form that
credits it ('attributed to', 'owing to', 'This is because', 'Mechanism analysis reveals that', '…, which …')
× who is credited (the additive by name, 'the catalyst', 'the additive', a scaffold, a phase formed in situ)
× the sample an earlier sentence prepared (host and additive forms, and so the strategy). Each probe expects
one claim (mechanism, host, additive, strategy) as the dev set's conventions say; a background or open-question
sentence expects no claim. Every sentence is written for this grid. Run as a script for the failure table:
``python tests/grid_claims.py [-v]`` from the checkout root."""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from itertools import cycle, islice

# ------------------------------------------------------------------ the samples an abstract prepares
# (name, preparation + value sentences, host, additive as the dev set names it, strategy, kind, material word
# a mechanism may be said of, in-situ phase formed from the additive)
SYSTEMS = {
    "oxide": ("MgH2 was ball milled with 10 wt% TiO2 nanoparticles. The MgH2–TiO2 composite released 6.1 wt% H2 "
              "at 260 °C.", "MgH2", "TiO2", "MetalCompoundCatalysis", "catalyst", "TiO2"),
    "halide": ("LiAlH4 was doped with 5 mol% NbF5 by ball milling. The doped LiAlH4 started to desorb hydrogen "
               "at 95 °C.", "LiAlH4", "NbF5", "MetalCompoundCatalysis", "catalyst", "NbF5"),
    "metal": ("Nanocrystalline Ni powder (5 wt%) was milled with MgH2. The MgH2–Ni sample absorbed 5.5 wt% H2 "
              "at 150 °C.", "MgH2", "Ni", "MetalCatalysis", "catalyst", "Ni"),
    "carbide": ("NaAlH4 was milled with 7 wt% TiC nanoparticles. The NaAlH4–TiC composite desorbed 4.2 wt% H2 "
                "at 160 °C.", "NaAlH4", "TiC", "MetalCompoundCatalysis", "catalyst", "TiC"),
    "mxene": ("Ti3C2 MXene nanosheets (10 wt%) were added to MgH2 by ball milling. The MgH2–Ti3C2 composite "
              "released 5.9 wt% H2 at 250 °C.", "MgH2", "Ti3C2", "MetalCompoundCatalysis", "catalyst", "Ti3C2"),
    "supported": ("Ni nanoparticles supported on carbon (Ni/C) were milled with MgH2. The MgH2–10 wt% Ni/C composite "
                  "released 6.0 wt% H2 at 240 °C.", "MgH2", "Ni/C", "CompositeCatalysis", "catalyst", "Ni/C"),
    "multimetal": ("A FeCoNiCrMn high-entropy alloy was milled with MgH2. The MgH2–FeCoNiCrMn composite "
                   "absorbed 6.0 wt% H2 at 200 °C.", "MgH2", "FeCoNiCrMn", "MultiMetalCatalysis", "catalyst",
                   "FeCoNiCrMn"),
    "scaffold": ("LiBH4 was melt-infiltrated into the mesoporous carbon CMK-3. The LiBH4@CMK-3 composite released "
                 "hydrogen from 220 °C.", "LiBH4", "CMK-3", "Nanoconfinement", "scaffold", "CMK-3"),
    "rhc_catalyst": ("The 2LiBH4–MgH2 composite was doped with 5 mol% TiCl3. The doped composite released 9.2 wt% "
                     "H2 at 400 °C.", "LiBH4", "TiCl3", "MetalCompoundCatalysis", "catalyst", "TiCl3"),
    "amide": ("Mg(NH2)2–2LiH was milled with 3 mol% KH. The KH-doped Mg(NH2)2–2LiH released 5.0 wt% H2 "
              "at 170 °C.", "Mg(NH2)2", "KH", "MetalCompoundCatalysis", "catalyst", "KH"),
    "electrolyte": ("LiBH4 was milled with 25 mol% LiI. The LiBH4–LiI electrolyte conducts Li+ at 1.0 × 10−4 S cm−1 "
                    "at 30 °C.", "LiBH4", "LiI", "AnionSubstitution", "partner", "LiI"),
    "oxide_electrolyte": ("LiBH4 was milled with 30 vol% SiO2 nanoparticles. The LiBH4–SiO2 electrolyte reached "
                          "1.2 × 10−4 S cm−1 at 35 °C.", "LiBH4", "SiO2", "CompositeElectrolyteFormation", "partner",
                          "SiO2"),
    "core_c": ("Ni@C nanoparticles were milled with MgH2. The MgH2–10 wt% Ni@C composite released 6.0 wt% H2 "
               "at 250 °C.", "MgH2", "Ni@C", "CompositeCatalysis", "catalyst", "Ni@C"),
    "single_atom": ("Single Ni atoms anchored on nitrogen-doped carbon (Ni SA/NC) were milled with MgH2. The MgH2–Ni SA/NC "
                    "composite released 6.3 wt% H2 at 250 °C.", "MgH2", "Ni SA/NC", "SingleAtomCatalysis", "catalyst",
                    "Ni SA/NC"),
    "core_shell": ("MgH2 nanoparticles were wrapped in a graphene shell (MgH2@G). The MgH2@G composite released 6.5 wt% "
                   "H2 at 275 °C.", "MgH2", "graphene", "CoreShellStructuring", "shell", "the graphene shell"),
    "rhc": ("LiBH4 and MgH2 were milled in a 2:1 molar ratio. The 2LiBH4–MgH2 composite released 10.1 wt% H2 "
            "at 400 °C.", "LiBH4", "MgH2", "LithiumRHC", "partner", "MgH2"),
}

# ------------------------------------------------------------------ the mechanisms, in the phrasings authors use
# (term, [noun phrases of {A}], [verb phrases of a subject], systems it is said of)
CATALYSTS = ["oxide", "halide", "metal", "carbide", "mxene", "supported", "multimetal", "rhc_catalyst", "core_c",
             "single_atom"]
MECHANISMS = [
    ("HydrogenPump", ["the hydrogen pump effect of {A}", "the 'hydrogen pump' role played by {A}"],
     ["acts as a hydrogen pump", "serves as a \"hydrogen pump\" during cycling"],
     ["metal", "multimetal", "supported", "mxene", "core_c"]),
    ("Spillover", ["the hydrogen spillover effect of {A}", "hydrogen spillover from {A} to the hydride"],
     ["promotes hydrogen spillover", "induces a spillover of hydrogen atoms"], ["metal", "supported", "oxide"]),
    ("ElectronTransfer", ["the electron transfer between {A} and the hydride", "the multivalent electron transfer of {A}"],
     ["acts as an electron transfer intermediate", "facilitates electron transfer to the hydride"], CATALYSTS),
    ("BondWeakening", ["the weakening of the Mg–H bonds by {A}", "the {A}-induced weakening of Mg–H bonds"],
     ["weakens the Mg–H bonds", "effectively elongates and weakens the Mg–H bond"],
     ["oxide", "metal", "mxene", "supported", "multimetal"]),
    ("HydrogenDissociationSites", ["the active sites for H2 dissociation provided by {A}"],
     ["provides active sites for H2 dissociation", "offers abundant sites for the dissociation of H2 molecules"],
     CATALYSTS),
    ("GrainRefinement", ["the grain refinement induced by {A}", "the finer grains produced by {A}"],
     ["refines the grains", "inhibits grain growth during cycling"], ["oxide", "carbide", "halide", "metal"]),
    ("SizeEffect", ["the small particle size of {A}", "the ultrasmall size of {A}"], [], ["carbide", "oxide", "mxene"]),
    ("ConfinementEffect", ["the confinement effect of {A}", "the nanoconfinement provided by {A}"],
     ["confines the hydride in its pores", "exerts a strong confinement effect"], ["scaffold"]),
    ("ChannelEffect", ["the diffusion channels provided by {A}", "the hydrogen diffusion channels offered by {A}"],
     ["creates diffusion channels for hydrogen", "opens fast hydrogen diffusion channels"],
     ["scaffold", "mxene", "supported"]),
    ("AgglomerationSuppression", ["the suppressed agglomeration of the particles by {A}"],
     ["prevents the agglomeration of the particles", "inhibits particle agglomeration",
      "prevents the hydride particles from agglomerating"], ["scaffold", "supported", "mxene", "oxide"]),
    ("GasReleaseSuppression", ["the suppression of NH3 release by {A}", "the suppression of ammonia by {A}"],
     ["suppresses the release of NH3", "prevents NH3 release", "effectively inhibits NH3 emission"], ["amide"]),
    ("PhaseStabilization", ["the stabilization of the high-temperature phase by {A}"],
     ["stabilizes the high-temperature phase at room temperature",
      "stabilizes the hexagonal phase of the hydride down to room temperature"], ["electrolyte"]),
    ("Amorphization", ["the amorphization of the hydride induced by {A}", "the amorphization caused by {A}"],
     ["induces amorphization of the hydride", "promotes amorphization at the interface"], ["oxide_electrolyte"]),
    ("InterfacialConduction", ["the conductive interface formed with {A}", "the fast Li+ conduction along the interface with {A}"],
     ["forms a highly conductive interfacial layer", "creates a conductive interface with the hydride"],
     ["oxide_electrolyte"]),
    ("VacancyDefectFormation", ["the abundant defects introduced by {A}", "the hydrogen vacancies created by {A}"],
     ["creates abundant lattice defects", "introduces hydrogen vacancies"], ["oxide", "halide", "oxide_electrolyte"]),
    ("ReactantDestabilization", ["the destabilization of the hydride by {A}"],
     ["destabilizes LiBH4", "thermodynamically destabilizes the hydride"], ["rhc"]),
    ("NucleationInduction", ["the heterogeneous nucleation sites provided by {A}"],
     ["acts as a heterogeneous nucleation site", "provides nucleation sites for MgB2"], ["rhc_catalyst", "metal"]),
    ("InSituCatalyticPhase", ["the catalytically active species formed in situ from {A}"],
     ["is converted in situ into the actual catalytic species"], ["halide", "rhc_catalyst"]),
    ("VolumeBuffering", ["the volume buffering by {A}", "the buffering effect of {A}"],
     ["buffers the volume change", "accommodates the volume expansion", "alleviates the volume changes upon cycling"],
     ["scaffold", "core_shell"]),
]

# ------------------------------------------------------------------ the forms that credit a mechanism
# ({NP}: a noun phrase; {C}: a clause, subject + verb phrase; {S}/{V}: subject and verb phrase apart)
CREDITS_NP = {
    "attributed": "The improved kinetics are attributed to {NP}.",
    "ascribed": "This enhancement can be ascribed to {NP}.",
    "related": "The superior performance is closely related to {NP}.",
    "owing": "Owing to {NP}, the composite desorbs hydrogen much faster.",
    "due": "The lower onset temperature is mainly due to {NP}.",
    "results_from": "The fast kinetics result from {NP}.",
    "responsible": "{NP_cap} is responsible for the improvement.",
    "thanks": "Thanks to {NP}, the dehydrogenation kinetics are greatly improved.",
    "explained": "This is explained by {NP}.",
}
CREDITS_CLAUSE = {
    "because": "The kinetics improve because {C}.",
    "reveals": "Mechanism analysis reveals that {C}.",
    "dft": "DFT calculations demonstrate that {C}.",
    "which": "XRD confirms the uniform distribution of {S}, which {V}.",
    "plain": "{C_cap}.",
    "thus": "{C_cap}, thus accelerating the dehydrogenation.",
    "as_shown": "As shown by TEM, {C}.",
}
# who is credited: the name, a generic word for it, the sample itself, or a phase the additive forms in situ
ACTORS = ("name", "the_kind", "the_additive", "the_composite", "in_situ")
IN_SITU = {"halide": "NbH", "rhc_catalyst": "TiB2", "metal": "Mg2Ni", "oxide": "TiH2", "carbide": "TiH2",
           "core_c": "Mg2Ni", "supported": "Mg2Ni"}
# a sentence that names a mechanism without crediting this work's sample with it: no claim
NEGATIVES = [
    "Transition metal catalysts are known to weaken the Mg–H bonds.",
    "Whether the hydrogen pump effect of {A} operates in this system remains unclear.",
    "Previous studies have proposed that oxides may act as hydrogen pumps.",
    "The catalytic effect of {A} on the hydride was investigated.",
    "Future work will examine whether {A} suppresses the release of NH3.",
    "Nanoconfinement is expected to shorten the diffusion paths.",
    "It remains unclear whether {A} acts as a hydrogen pump.",
    "Metal oxides have been widely studied as catalysts that weaken the Mg–H bonds.",
    "The role of {A} in hydrogen spillover remains controversial.",
    "Grain refinement is commonly reported for ball-milled hydrides.",
]


@dataclass
class Probe:
    doc: str
    expected: tuple | None          # (mechanism, host, additive, strategy); None: no claim at all
    slots: dict = field(default_factory=dict)


def _actor(actor: str, system: str) -> str:
    """The noun phrase that names the actor of a system."""
    _, _, _, _, kind, word = SYSTEMS[system]
    if actor == "name" or actor == "in_situ" and system not in IN_SITU:
        return word
    if actor == "the_kind":
        return {"catalyst": "the catalyst", "scaffold": "the carbon scaffold", "partner": "the additive",
                "shell": "the shell"}[kind]
    if actor == "in_situ":
        return f"the in situ formed {IN_SITU[system]}"
    return "the composite" if actor == "the_composite" else "the additive"


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def docs() -> list[Probe]:
    """The grid's probes: every phrasing of every mechanism with each credit form of its kind, the systems,
    actors and credit forms cycled so that each is crossed with many of the others."""
    out: list[Probe] = []
    np_forms, clause_forms = cycle(CREDITS_NP.items()), cycle(CREDITS_CLAUSE.items())
    actors = cycle(ACTORS)
    for term, nps, vps, systems in MECHANISMS:
        sys_cycle = cycle(systems)
        for phrase in nps + vps:
            # each phrasing with four credit forms of its kind, each time with the next system and actor
            for (credit, template), system, actor in islice(zip(np_forms if phrase in nps else clause_forms,
                                                                sys_cycle, actors), 3):
                prep, host, additive, strategy, _, _ = SYSTEMS[system]
                a = _actor(actor, system)
                if phrase in nps:
                    np = phrase.format(A=a)
                    sentence = template.format(NP=np, NP_cap=_cap(np))
                else:
                    sentence = template.format(C=f"{a} {phrase}", C_cap=_cap(f"{a} {phrase}"), S=a, V=phrase)
                if actor == "in_situ" and system not in IN_SITU:
                    actor = "name"
                out.append(Probe(f"{prep} {sentence}", (term, host, additive, strategy),
                                 {"mechanism": term, "phrasing": "noun" if phrase in nps else "verb",
                                  "credit": credit, "system": system, "actor": actor}))
    for i, sentence in enumerate(NEGATIVES):
        system = CATALYSTS[i % len(CATALYSTS)] if "NH3" not in sentence else "amide"
        prep = SYSTEMS[system][0]
        out.append(Probe(f"{prep} {sentence.format(A=SYSTEMS[system][5])}", None,
                         {"mechanism": "negative", "phrasing": "negative", "credit": "negative", "system": system,
                          "actor": "negative"}))
    return out


def verdict(probe: Probe, claims: set[tuple]) -> str:
    """"OK", else what went wrong: no claim of the mechanism, or the claim's host/additive/strategy."""
    if probe.expected is None:
        return "OK" if not claims else f"XTRA {sorted(claims, key=str)}"
    term = probe.expected[0]
    # (a phase formed in situ may be named as the claim's additive or as the additive it came from)
    phase = IN_SITU.get(probe.slots["system"]) if probe.slots["actor"] == "in_situ" else None
    if probe.expected in claims or phase and (term, probe.expected[1], phase, probe.expected[3]) in claims:
        return "OK"
    same = [c for c in claims if c[0] == term]
    return f"WRONG {same}" if same else f"MISS got {sorted(claims, key=str)}"


def run(probes: list, judge=None) -> list[tuple]:
    """(probe, verdict) of each probe's document: its claims judged by ``judge`` (this grid's ``verdict``)."""
    from ingest.extract import extract_text
    judge = judge or verdict
    out = []
    for p in probes:
        batch = extract_text("# A study of a hydride\n\n" + p.doc + "\n")
        claims = {(c.mechanism, c.host, c.additive, c.strategy) for c in batch.mechanisms}
        out.append((p, judge(p, claims)))
    return out


if __name__ == "__main__":
    sys.path.insert(0, os.getcwd())
    sys.path.insert(0, os.path.join(os.getcwd(), "tests"))
    from grid_rates import report
    report(run, docs())
