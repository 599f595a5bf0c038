"""Researcher questions as tests: each asks the CLI (`hkg analogs ask …`, `hkg analogs …`, `hkg query`,
on a store built from the shipped snapshot) and scores the returned systems against the answer read
in the review (Li/Mg hydrides, Adv. Funct. Mater. 2025: its Tables 1–5 and text). Expected answers
are written here as names and formulas, never the review's sentences.

Each question prints its precision and recall (``pytest -s`` shows them) and asserts the thresholds
the graph meets today, so a regression shows as a failure and an improvement as a figure to raise.
"""
from __future__ import annotations

import contextlib
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from system_names import canonical

SNAPSHOT = Path(__file__).resolve().parents[1] / "data" / "snapshot" / "review.batch.json"
pytestmark = pytest.mark.skipif(not SNAPSHOT.is_file(), reason=f"{SNAPSHOT} missing: rebuild the snapshot")


def cli(data_dir, *args) -> str:
    from ui.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main([args[0], "--data-dir", str(data_dir), *args[1:]]) == 0
    return out.getvalue()


def cypher(data_dir, statement: str) -> list[dict]:
    return [json.loads(line) for line in cli(data_dir, "query", "--jsonl", statement).splitlines() if line.strip()]


def ask(data_dir, *args) -> list[dict]:
    return json.loads(cli(data_dir, "analogs", "ask", *args, "--json"))["rows"]


def analogs(data_dir, *args) -> list[dict]:
    return json.loads(cli(data_dir, "analogs", *args, "--json"))["results"]


_DROP = re.compile(r"<[^>]+>|\d+(?:\.\d+)?\s*(?:wt|vol|mol)\s*%|[\s–—−\-·/+_,()]")


def norm(name: str) -> str:
    """'MgH2–10 wt% V4Nb18O55' and 'MgH2-V4Nb18O55' compare equal; case, dashes, spaces and
    amounts in wt%/vol%/mol% do not matter; equivalent notations of one system (Li4(BH4)3I and
    3LiBH4–LiI, which the graph stores as one system under either name) are one answer."""
    return _DROP.sub("", canonical(str(name))).lower()


@dataclass
class Score:
    precision: float
    recall: float
    returned: list[str]
    missed: list[str]


def score(returned, expected) -> Score:
    """``expected``: names, or tuples of equivalent names (aliases). Precision over the distinct
    returned names, recall over the expected answers."""
    got = sorted({norm(r) for r in returned})
    answers = [{norm(a) for a in (e if isinstance(e, tuple) else (e,))} for e in expected]
    hit = [g for g in got if any(g in a for a in answers)]
    found = [e for e, a in zip(expected, answers) if a & set(got)]
    missed = [e if isinstance(e, str) else e[0] for e in expected if e not in found]
    return Score(len(hit) / len(got) if got else 0.0, len(found) / len(expected) if expected else 1.0,
                 got, missed)


def check(name: str, s: Score, precision: float, recall: float) -> None:
    print(f"\n[{name}] precision {s.precision:.2f} recall {s.recall:.2f}; missed: {s.missed}")
    assert s.precision >= precision and s.recall >= recall, (name, s)


# Anode systems of the review's Tables 4 and 5 (Li storage): never analogs of a storage catalyst.
ANODES = ["MgH2@Nb2O5", "MgH2–Nd2O5", "75MgH2–25CoO", "MgH2–TiO2–expanded graphite", "0.7MgH2–0.3TiH2",
          "MgH2–Ti3C2", "MgH2–Si", "LiAlH4–Al"]


# 1–2 ------------------------------------------------------------------- additives lowering MgH2's Ea
MGH2_EA = {  # additive: Ea (kJ/mol) on MgH2 in the review (Table 1 and §2.1)
    "Fe": 40.7, "HELMO-NO3": 54, "Ti2CClx": 57.2, "PdNi": 62, "V": 62.3, "TiVNbZrFe": 63, "FeCo": 65,
    "VNbc": 73, "V4Nb18O55": 78, "multivalent Ti compounds": 30.8,
    "Nb@C": 59.7,   # §2.1.3: the Mg–Nb@C core–shell composite (Mg stands for MgH2, its hydride)
    "CuNi": 77.2}   # §2.1.1: the CuNi alloy milled into MgH2 (its Mg2Ni(Cu)H4 phase lowers Ea to 77.2)
# the Ti-based compounds formed from multivalent Ti (§2.1.2) are stored as the Ti catalyst of MgH2
ALIASES = {"Ti2CClx": ("Ti2CClx", "Ti2C"), "multivalent Ti compounds": ("multivalent Ti compounds", "Ti"),
           "Nb@C": ("Nb@C", "Nb")}


def _ea_below(limit):
    return [ALIASES.get(k, k) for k, v in MGH2_EA.items() if v < limit]


def test_q01_additives_bringing_mgh2_ea_below_80(data_dir):
    rows = ask(data_dir, "additives-below", "--host", "MgH2", "--property", "Ea", "--below", "80 kJ/mol")
    check("Q1 MgH2 Ea < 80 kJ/mol", score([r["formula"] for r in rows], _ea_below(80)), 1.0, 1.0)


def test_q02_additives_bringing_mgh2_ea_below_70(data_dir):
    rows = ask(data_dir, "additives-below", "--host", "MgH2", "--property", "Ea", "--below", "70 kJ/mol")
    check("Q2 MgH2 Ea < 70 kJ/mol", score([r["formula"] for r in rows], _ea_below(70)), 1.0, 1.0)


# 3 ------------------------------------------------------- LiBH4 electrolytes >= 0.1 mS/cm near RT
LIBH4_RT_ELECTROLYTES = [  # Table 3 (and §3.1) rows at RT…40 °C with >= 0.1 mS/cm
    "LiBH4/LiNH2/g-C3N4", "Li4(BH4)3I@SBA-15", "LiBH4/BN", ("LiBH4/1/2NH3", "LiBH4–0.5NH3", "LiBH4–0.5ammonia", "2LiBH4·1/2NH3", "2LiBH4·0.5NH3"),
    "LiBH4@Al2O3", "Heated-400LiBH4", ("3LiBH4-LiI", "Li4(BH4)3I"),
    ("LiBH4@SiO2(MCM-41)", "LiBH4@MCM-41"),    # §3.1.2 names the same sample by its scaffold only
    "LiBH4/LiNH2-Al@SBA-15", "LiBH4·AB",
    # Table 3's heated LiBH4/5PMMA (0.4 mS/cm, RT) is the sample §3.1.3 names HT150-5PMMA-LiBH4
    ("Heated-LiBH4/5PMMA", "HT150-5PMMA-LiBH4", "LiBH4–5PMMA"),
    ("LiBH4/oxide (SiO2, CaO, MgO, γ-Al2O3, TiO2 and ZrO2)", "LiBH4–25 vol% ZrO2", "LiBH4–MgO"),
    "(3LiBH4-LiI)-20P2S5", "Li2B12H12-5Li2B10H10-6LiBH4", "AOLIBHI-5PMMA",
    # Table 3's heated LiBH4 (0.27 mS/cm at 35 °C, ref 274) is what §3.1.3 describes as the in situ
    # formed Li2B12H11/LiBH4 interface layer, with the same value and temperature
    ("Heated LiBH4", "Li2B12H11–LiBH4"),
    # the x = 2/3 member's 6.4 mS/cm at 40 °C and the x = 3/4 member's 0.2 mS/cm (the review prints that member's name
    # 'Li(BH4)1/2(NH2)3/4'; since 4 December it is stored on the member its x names, as the dev set annotates it)
    "Li(BH4)1/3(NH2)2/3", ("Li(BH4)1/4(NH2)3/4", "Li(BH4)1/2(NH2)3/4"), "Li(NH3)nBH4",
    "LiCe(BH4)3Cl"]    # Table 3: 0.1 mS/cm at 20 °C


def test_q03_libh4_electrolytes_above_0_1_ms_near_room_temperature(data_dir):
    rows = cypher(data_dir, "MATCH (m:Measurement)-[:OF_SYSTEM]->(s:System) "
                            "WHERE m.property = 'ionic_conductivity' AND m.value >= 0.1 "
                            "AND m.cond_temperature <= 40 AND (s.name CONTAINS 'LiBH4' OR s.name CONTAINS "
                            "'Li(BH4)' OR s.name CONTAINS 'Li4(BH4)3I' OR s.name CONTAINS 'BH4') "
                            "AND NOT s.name CONTAINS 'Mg' RETURN DISTINCT s.name AS name")
    check("Q3 LiBH4 electrolytes >= 0.1 mS/cm at <= 40 °C", score([r["name"] for r in rows],
                                                                   LIBH4_RT_ELECTROLYTES), 1.0, 0.9)


# 4 ------------------------------------------------------------------ lowest onset, Mg(BH4)2 systems
def test_q04_lowest_onset_for_mg_bh4_2_systems(data_dir):
    rows = cypher(data_dir, "MATCH (m:Measurement)-[:OF_SYSTEM]->(s:System)-[:HAS_HOST]->(h:Material) "
                            "WHERE m.property = 'onset_dehydrogenation_temperature' AND "
                            "h.id = 'MagnesiumBorohydride' RETURN s.name AS name, m.value AS value "
                            "ORDER BY value LIMIT 1")
    # Table 1: NbHx@Ti3C2 starts releasing H2 at 71.2 °C, the lowest of the Mg(BH4)2 catalysts
    check("Q4 lowest onset Mg(BH4)2", score([r["name"] for r in rows], [("Mg(BH4)2–NbHx@Ti3C2",
                                                                          "NbHx@Ti3C2")]), 1.0, 1.0)
    assert abs(rows[0]["value"] - 71.2) < 0.01


# 5 -------------------------------------- mechanisms credited for transition-metal catalysts in MgH2
def test_q05_mechanisms_of_transition_metal_catalysts_in_mgh2(data_dir):
    rows = cypher(data_dir, "MATCH (c:MechanismClaim)-[:CREDITS]->(m:Mechanism) WHERE c.host = 'MgH2' AND "
                            "c.strategy IN ['MetalCatalysis', 'MultiMetalCatalysis'] RETURN DISTINCT m.id AS id")
    # §2.1.1: hydride clusters as hydrogen pumps, spillover (Fe, Pd), TM–H bonds weakening Mg–H, the
    # d band of Mg2Ni(Cu)H4, electron transfer at Ti/Nb/V sites, lattice distortion by Mg2Ni; also
    # §2.1.1: hydrogen channeling (CeNi), the cocktail effect, grain boundaries and defect structures of
    # high-entropy alloy catalysts, and catalytic phases formed in situ (Mg2Ni at the interface; Ti and
    # TiHx on the MXene surface, §2.4.1)
    expected = ["HydrogenPump", "Spillover", "BondWeakening", "DBandTuning", "ElectronTransfer",
                "LatticeDistortion", "ChannelEffect", "CocktailEffect", "GrainBoundaryDiffusion",
                "VacancyDefectFormation", "InSituCatalyticPhase",
                "MetalHydrogenBondTuning",   # §2.1.1: TM–H bonds formed with H- of MgH2 weaken Mg–H
                "NucleationInduction",       # §2.1.1: Ti's in-situ TiH2 promotes the nucleation of the Mg phase
                "CatalyticEffect"]           # §2.3.1: a Pd cap on Mg acts as a catalyst of uptake and release
    # The false SizeEffect/VacancyDefectFormation claims on Ti and V of §4.1 (the milling acts, not the
    # metals) are gone, and with them the only place VacancyDefectFormation was found: the high-entropy
    # alloy's "defect structures" (§2.1.1) name no alloy in their sentence (it follows in the next one),
    # so that claim is still missed (recall 13/14).
    check("Q5 mechanisms, TM catalysts in MgH2", score([r["id"] for r in rows], expected), 0.9, 0.9)


# 6 ---------------------------------------------------------------- LiAlH4 anodes: capacities
def test_q06_strategies_and_capacities_for_lialh4_anodes(data_dir):
    rows = cypher(data_dir, "MATCH (m:Measurement)-[:OF_SYSTEM]->(s:System)-[:HAS_HOST]->(h:Material) "
                            "WHERE m.property = 'specific_capacity' AND h.id = 'LithiumAlanate' "
                            "AND NOT m.theoretical RETURN s.name AS name, m.value AS value, s.id AS id")
    # (Table 4's LiAlH4 2119 mAh/g is the theoretical capacity §3.2 states, computed from the formula: no measurement)
    check("Q6 LiAlH4 anodes", score([r["name"] for r in rows], ["LiAlH4–Al"]), 1.0, 1.0)
    values = {r["value"] for r in rows}
    assert {1429.0} <= values and 2119.0 not in values, values       # Table 5 (solid-state)
    ids = sorted({r["id"] for r in rows})
    strategies = cypher(data_dir, "MATCH (s:System)-[:MODIFIED_BY]->(t:Strategy) WHERE s.id IN "
                                  f"{json.dumps(ids)} RETURN s.name AS name, t.id AS strategy")
    print("\n[Q6] strategies on LiAlH4 anodes:", sorted({(r["name"], r["strategy"]) for r in strategies}))


# 7 ------------------------------------------------------------ MgH2-based anodes above 1000 mAh/g
# (MHG@MBH: the review's prose gives the row's 800 mAh/g to MgH2 on graphene in a Mg(BH4)2 shell, the name the graph
# now gives the row)
MGH2_ANODES_1000 = [("MgH2–Ti3C2", "MgH2–Ti3C2MXene"), "MgH2", ("Si-MgH2", "MgH2–Si"), ("MHG@MBH", "MHG@Mg(BH4)2", "MgH2@graphene–Mg(BH4)2"),
                    # (Table 5's 'MgH2 (25 MPa stacking pressure)': the pressure is the cell's setting, the sample MgH2)
                    "0.7MgH2–0.3TiH2", ("MgH2(25 MPa stacking pressure)", "MgH2"),
                    ("MgH2–porous carbon",),   # §3.2.2: MgH2 in a porous carbon host falls to 1000 mAh/g
                    # (Table 5's 'MgH2–TiH2–AB or MgH2-TiH2-VGCF': the value of either electrode, two samples;
                    # AB in an anode is acetylene black, a carbon: the graph keeps the name as written, known as
                    # MgH2–TiH2–C)
                    ("MgH2–TiH2–AB", "MgH2-TiH2-AB", "MgH2–TiH2–C"), ("MgH2-TiH2-VGCF", "MgH2–TiH2–vapor grown carbon fiber"),
                    "MgH2–TiH2"]


def test_q07_mgh2_anodes_above_1000_mah_per_g(data_dir):
    rows = cypher(data_dir, "MATCH (m:Measurement)-[:OF_SYSTEM]->(s:System) WHERE m.property = "
                            "'specific_capacity' AND m.value >= 1000 AND NOT m.theoretical AND "
                            "(s.name CONTAINS 'MgH2' OR s.name CONTAINS 'MHG') RETURN DISTINCT s.name AS name")
    check("Q7 MgH2 anodes >= 1000 mAh/g", score([r["name"] for r in rows], MGH2_ANODES_1000), 1.0, 1.0)


# 8 --------------------------------------------------- Mg(BH4)2-based electrolytes >= 0.1 mS/cm
def test_q08_mg_bh4_2_electrolytes_above_0_1_ms(data_dir):
    rows = cypher(data_dir, "MATCH (m:Measurement)-[:OF_SYSTEM]->(s:System) WHERE m.property = "
                            "'ionic_conductivity' AND m.value >= 0.1 AND s.name CONTAINS 'Mg(BH4)2' "
                            "RETURN DISTINCT s.name AS name")
    expected = [("Mg(BH4)2NH3", "Mg(BH4)2·NH3"), "Mg(BH4)2·2NH3",
                ("Mg(BH4)2·1.47NH3@SBA-15", "Mg(BH4)2·xNH3@SBA-15"), "β-Mg(BH4)2·CH3NH2",
                ("Mg(BH4)2·1.5NH3-Y2O3-ZrO2", "Mg(BH4)2·1.5(NH3)–Y2O3–ZrO2")]
    check("Q8 Mg(BH4)2 electrolytes >= 0.1 mS/cm", score([r["name"] for r in rows], expected), 1.0, 1.0)


# 9 -------------------------------------------------------------- the most conductive hydride electrolyte
def test_q09_most_conductive_hydride_electrolyte(data_dir):
    rows = cypher(data_dir, "MATCH (m:Measurement)-[:OF_SYSTEM]->(s:System) WHERE m.property = "
                            "'ionic_conductivity' RETURN s.name AS name, m.value AS value ORDER BY value DESC LIMIT 1")
    check("Q9 highest conductivity", score([r["name"] for r in rows], ["LiCB11H12"]), 1.0, 1.0)


# 10 ------------------------------------------------------- Mg alloys with |ΔH| <= 70 kJ/mol H2
def test_q10_mg_alloys_with_lower_enthalpy(data_dir):
    rows = cypher(data_dir, "MATCH (m:Measurement)-[:OF_SYSTEM]->(s:System) WHERE m.property = "
                            "'reaction_enthalpy' AND abs(m.value) <= 70 AND s.name STARTS WITH 'Mg' AND NOT "
                            "s.name CONTAINS 'BH4' AND NOT s.name CONTAINS 'NH' RETURN DISTINCT s.name AS name")
    # Table 2: Mg2Ni 65, Mg2Si 36.4, Mg2Ge 23, Mg(In) 65, Mg3Nd 68, MgAl 73/68 kJ/mol H2
    # Mg2Ni's row is its hydriding reaction to Mg2NiH4: the graph names the system by its hydride
    expected = [("Mg2Ni", "Mg2NiH4"), ("Mg2Si", "MgH2–Si"), ("Mg2Ge", "MgH2–Ge"), ("Mg(In)", "MgH2–Mg(In)"), "Mg3Nd",
                ("MgAl", "Mg17Al12")]
    check("Q10 Mg alloys |ΔH| <= 70", score([r["name"] for r in rows], expected), 0.75, 1.0)


# 11 ------------------------------------------ LiBH4 destabilised composites with >= 10 wt% H2
def test_q11_libh4_composites_above_10_wt(data_dir):
    # a destabilised composite is a system with a destabilising reactant (its role in the graph): bare
    # LiBH4 and catalysed LiBH4 (LiBH4–CoB) are not composites, whatever their names contain
    # (the host by the graph's HAS_HOST formula, not by a name: one system of LiBH4 and LiNH2 may be named by the
    # family 'Li(BH4)1-x(NH2)x' a report wrote for it)
    # (and LiBH4 with LiNH2, the amide of its own cation: the pair is a double salt, the amide LiBH4's substituent,
    # tests/devset/README.md, and it reacts as a composite, LiBH4 + 2LiNH2 → Li3BN2 + 4H2)
    rows = cypher(data_dir, "MATCH (m:Measurement)-[:OF_SYSTEM]->(s:System)-[a:HAS_ADDITIVE]->(p:Material) "
                            "WHERE m.property IN "
                            "['hydrogen_capacity', 'desorbed_hydrogen_capacity', 'reversible_hydrogen_capacity'] "
                            "AND m.value >= 10 AND s.host_formula = 'LiBH4' "
                            "AND (a.role = 'DestabilizingReactant' OR a.role = 'DopantSubstituent' "
                            "AND p.formula ENDS WITH 'NH2') RETURN DISTINCT s.name AS name")
    expected = [("LiBH4–2MgH2", "2LiBH4–MgH2", "LiBH4–MgH2"), ("LiBH4–2CaH2", "6LiBH4–CaH2", "LiBH4–CaH2"),
                ("LiBH4–LiAlH4", "2LiBH4–LiAlH4"), ("LiBH4–LiNH2", "LiBH4–2LiNH2", "Li(BH4)1-x(NH2)x")]
    check("Q11 LiBH4 composites >= 10 wt%", score([r["name"] for r in rows], expected), 1.0, 1.0)


# 12 --------------------------------------------------- LiBH4 catalysts with onset <= 100 °C
def test_q12_libh4_catalysts_onset_at_most_100_c(data_dir):
    rows = ask(data_dir, "additives-below", "--host", "LiBH4", "--property", "onset_dehydrogenation_temperature",
               "--below", "100.5 degC")
    check("Q12 LiBH4 onset <= 100 °C", score([r["formula"] for r in rows], ["TiF3", "TiCl3", "ZnF2"]), 1.0, 1.0)


# 13 --------------------------------------------------- Mg(BH4)2 additives with Ea <= 110 kJ/mol
def test_q13_mg_bh4_2_additives_ea_at_most_110(data_dir):
    rows = ask(data_dir, "additives-below", "--host", "Mg(BH4)2", "--property", "Ea", "--below", "110.5 kJ/mol")
    # Table 1: K2TiF6 105, NbHx@Ti3C2 106 (82); §2.1.2: multivalent Ti 56.5 kJ/mol. CoNi/C (95 kJ/mol,
    # ref 52a) is printed on the Mg(BH4)2 line of Table 1, but the text (§2.1.3, ref 52) and Figure 5f
    # (60LiBH4–CoNi/NiC, ref 52a) put it in LiBH4: not an answer for Mg(BH4)2
    expected = ["K2TiF6", ("NbHx@Ti3C2", "NbHx"), ("multivalent Ti compounds", "Ti")]
    check("Q13 Mg(BH4)2 Ea <= 110", score([r["formula"] for r in rows], expected), 1.0, 1.0)


# 14 --------------------------------------------------------- MgH2 catalysts with onset <= 190 °C
def test_q14_mgh2_catalysts_onset_at_most_190_c(data_dir):
    rows = ask(data_dir, "additives-below", "--host", "MgH2", "--property", "onset_dehydrogenation_temperature",
               "--below", "190.5 degC")
    # §2.2.1: Zr dissolved in Mg (Mg(Zr)H superlattice films) catalyses release from ~81 °C
    expected = ["Fe", "PdNi", "CuNi", "TiNb2O7", "HELMO-NO3", "VNbc", ("NiCoFeCuMg@C", "NiCoFeCuMg"), "Zr"]
    check("Q14 MgH2 onset <= 190 °C", score([r["formula"] for r in rows], expected), 1.0, 1.0)


# 15–16 -------------------------------------------------------------------------- analogs
def test_q15_analogs_of_mgh2_nb2o5_are_storage_catalysts(data_dir):
    res = analogs(data_dir, "MgH2 + Nb2O5", "--top", "10")
    names = [r["system"]["name"] for r in res]
    # the Nb-containing oxides of Table 1, not the anodes of Tables 4/5
    s = score(names[:3], ["MgH2–10 wt% V4Nb18O55", "MgH2–7 wt% TiNb2O7"])
    anodes = {norm(a) for a in ANODES}
    not_anode = sum(norm(n) not in anodes for n in names) / len(names)
    print(f"\n[Q15 analogs MgH2 + Nb2O5] recall (top 3) {s.recall:.2f}; share not an anode {not_anode:.2f}")
    assert s.recall == 1.0 and not_anode == 1.0


def test_q16_analogs_of_libh4_lii_are_iodide_electrolytes(data_dir):
    res = analogs(data_dir, "LiBH4–LiI", "--top", "10")
    names = [r["system"]["name"] for r in res]
    iodides = ["Li4(BH4)3I", "Li4(BH4)3I@SBA-15", ("PEO/Li4(BH4)3I", "Li4(BH4)3I–PEO"), "(3LiBH4–LiI)–20P2S5"]
    s = score(names, iodides)
    electrolytes = score(names, LIBH4_RT_ELECTROLYTES + iodides + [
        "LiBH4–MgO–MgI2", "2LiBH4–NaI", "4LiBH4–NaCl", "LiBH4–LiNO3", "LiBH4–ZrO2", "LiBH4–γ-Al2O3–PEO",
        "LLZTO/4LiBH4", "4LiBH4–Li6.4La3Zr1.4Ta0.6O12", "LiBH4–Li6.4La3Zr1.4Ta0.6O12"])
    print(f"\n[Q16 analogs LiBH4–LiI] recall of iodides {s.recall:.2f}; share electrolytes of the review "
          f"{electrolytes.precision:.2f}; others: {sorted(set(map(norm, names)) - set(electrolytes.returned) or [])}")
    assert s.recall == 1.0
    assert not any("TiF3" in n or "ZnF2" in n for n in names)
    assert electrolytes.precision >= 0.5


# 17–18, 21 ------------------------------------------------------------ mechanisms per strategy
def _claimed(data_dir, where: str) -> list[str]:
    return [r["id"] for r in cypher(data_dir, "MATCH (c:MechanismClaim)-[:CREDITS]->(m:Mechanism) "
                                              f"WHERE {where} RETURN DISTINCT m.id AS id")]


def test_q17_mechanisms_of_light_driven_dehydrogenation(data_dir):
    got = _claimed(data_dir, "c.strategy = 'LightDriving'")
    # §2.4.1: photothermal heating, photogenerated carriers (hot electrons), plasmon resonance, and the
    # light-induced (electron-rich hydrogen) vacancies in LiH
    expected = ["PhotothermalHeating", "PhotogeneratedCarriers", "LocalizedSurfacePlasmonResonance",
                "VacancyDefectFormation"]
    check("Q17 light-driven mechanisms", score(got, expected), 0.6, 1.0)


def test_q18_what_induces_nucleation_in_libh4_systems(data_dir):
    rows = cypher(data_dir, "MATCH (c:MechanismClaim)-[:CREDITS]->(m:Mechanism) WHERE m.id = "
                            "'NucleationInduction' AND c.host CONTAINS 'LiBH4' RETURN DISTINCT c.additive AS a")
    # The review credits nucleation in LiBH4 systems to: CoB (its electron-deficient B nucleates B, §2.1.2);
    # the reactive Al3Ti alloy, whose in-situ TiB2 and MgAlB4 nucleate MgB2 in LiBH4–MgH2, and VB2, whose
    # lattice nearly matches MgB2's (§2.2.2); graphene supports giving LiBH4 nanorods nucleation sites
    # (§2.3.2). MgB2 is the phase nucleated, never the additive credited (this question used to expect
    # a claim crediting MgB2, which misread the product as the actor).
    got = [r["a"] for r in rows if r["a"]]
    check("Q18 nucleation in LiBH4 systems", score(got, ["CoB", ("Al3Ti", "TiB2", "MgAlB4"), "VB2", "graphene"]),
          1.0, 1.0)


def test_q21_mechanism_of_microwave_driving(data_dir):
    got = _claimed(data_dir, "c.strategy = 'MicrowaveDriving'")
    check("Q21 microwave mechanisms", score(got, ["MicrowaveHotSpots"]), 1.0, 1.0)


# 19 -------------------------------------- electrolytes >= 1 mS/cm at <= 30 °C, via the analog filter
def test_q19_electrolytes_above_1_ms_at_most_30_c(data_dir):
    res = analogs(data_dir, "LiBH4", "--filter", "ionic_conductivity >= 1 mS/cm at <= 30 °C",
                  "--application", "all", "--top", "50")
    expected = ["Li2B12H12", ("0.7Li(CB9H10)/0.3Li(CB11H12)", "0.7LiCB9H10–0.3LiCB11H12"),
                "LiBH4/LiNH2/g-C3N4", "Heated-400LiBH4"]
    check("Q19 >= 1 mS/cm at <= 30 °C", score([r["system"]["name"] for r in res], expected), 1.0, 1.0)


# 20 ------------------------------------------------------------ M–N–H composites, ΔH <= 40 kJ/mol
def test_q20_amide_composites_with_low_enthalpy(data_dir):
    rows = cypher(data_dir, "MATCH (m:Measurement)-[:OF_SYSTEM]->(s:System) WHERE m.property = "
                            "'reaction_enthalpy' AND abs(m.value) <= 42 AND s.name CONTAINS 'NH2' "
                            "RETURN DISTINCT s.name AS name")
    # Table 2: LiNH2–MgH2 39–42, LiNH2–LiAlH4 25.8, Mg(NH2)2–CaH2 28.2, LiNH2–MgH2–LiBH4 36.5,
    # LiBH4–LiNH2 23 kJ/mol H2
    expected = [("LiNH2–MgH2", "2LiNH2–MgH2"), ("LiNH2–LiAlH4", "2LiNH2–LiAlH4"), "Mg(NH2)2–CaH2",
                ("LiNH2–MgH2–LiBH4", "6LiNH2–3MgH2–2LiBH4"), ("LiBH4–LiNH2", "LiBH4–2LiNH2", "Li(BH4)1-x(NH2)x")]
    check("Q20 M–N–H |ΔH| <= 42", score([r["name"] for r in rows], expected), 0.5, 0.4)


# 22 ----------------------------------------- evidence: the answer cites where the value was read
def test_q22_answers_cite_table_rows(data_dir):
    res = analogs(data_dir, "MgH2 + Fe", "--top", "3")
    recs = [e for r in res for e in r["evidence"] if e["property"] == "dehydrogenation_activation_energy"]
    assert recs and all(e["place"] for e in recs)
    fe = [e for r in res for e in r["evidence"] if e["value"] == 40.7]
    print(f"\n[Q22] Fe on MgH2 (40.7 kJ/mol) cited at: {[e['place'] + ' refs ' + ','.join(e['refs']) for e in fe]}")
