"""Writes facts.jsonl from the compact annotation below (one-off helper for the fresh abstracts)."""
import json

H = "hydrogen_storage"
UNITS = {"onset": ("onset_dehydrogenation_temperature", "degC"), "peak": ("peak_dehydrogenation_temperature", "degC"),
         "full": ("full_dehydrogenation_temperature", "degC"), "cap": ("hydrogen_capacity", "wt%"),
         "abs": ("absorbed_hydrogen_capacity", "wt%"), "rev": ("reversible_hydrogen_capacity", "wt%"),
         "ea": ("dehydrogenation_activation_energy", "kJ/mol"), "eah": ("hydrogenation_activation_energy", "kJ/mol"),
         "dh": ("reaction_enthalpy", "kJ/mol"), "ds": ("reaction_entropy", "J/(mol*K)"),
         "ret": ("capacity_retention", "%"), "psize": ("particle_size", "nm"), "film": ("film_thickness", "nm"),
         "erem": ("hydrogen_removal_energy", "eV"), "dtemp": ("dehydrogenation_temperature", "degC")}
out = []


def sysm(host, *adds):
    return [{"material": host, "role": "HostHydride", "amount": None, "amount_unit": None}] + [
        {"material": m, "role": r, "amount": a, "amount_unit": u} for m, r, a, u in adds]


def m(doc, key, value, system, strategies, text, unc=None, cond=None, basis="measured", qual="="):
    prop, unit = UNITS[key]
    out.append({"doc": doc, "style": "fresh_h2", "kind": "measurement", "property": prop, "value": value,
                "value_max": None, "unit": unit, "qualifier": qual, "uncertainty": unc,
                "host": system[0]["material"], "components": system, "strategies": strategies,
                "application": H, "basis": basis, "conditions": cond or {}, "section": None, "text": text})


def c(doc, mech, host, additive, strategy):
    out.append({"doc": doc, "style": "fresh_h2", "kind": "mechanism", "mechanism": mech, "host": host,
                "additive": additive, "strategy": strategy})


MCC = ["MetalCompoundCatalysis"]
# 1 CoFe2O4
d = "fresh_h2_mgh2_cofe2o4"
bare, cat = sysm("MgH2"), sysm("MgH2", ("CoFe2O4", "Catalyst", 10, "wt%"))
m(d, "cap", 7.6, bare, [], "7.6", basis="theoretical")
m(d, "onset", 245.0, cat, MCC, "245")
m(d, "onset", 350.0, bare, [], "350")
m(d, "cap", 5.2, cat, MCC, "5.2", cond={"time": 20.0, "temperature": 300.0})
m(d, "abs", 4.9, cat, MCC, "4.9", cond={"time": 5.0, "temperature": 200.0, "pressure": 3.0})
m(d, "ea", 158.5, bare, [], "158.5", unc=4.2)
m(d, "ea", 102.3, cat, MCC, "102.3", unc=3.1)
c(d, "InSituCatalyticPhase", "MgH2", "CoFe2O4", "MetalCompoundCatalysis")
# 2 ZrCl4 / graphene
d = "fresh_h2_mgh2_zrcl4_graphene"
zr = sysm("MgH2", ("ZrCl4", "Catalyst", 10, "wt%"))
zrg = sysm("MgH2", ("ZrCl4", "Catalyst", 10, "wt%"), ("graphene", "ScaffoldConfinementHost", 5, "wt%"))
ZG = ["MetalCompoundCatalysis", "Nanostructuring"]
m(d, "onset", 270.0, zr, MCC, "270")
m(d, "onset", 255.0, zrg, ZG, "255")
m(d, "onset", 340.0, bare, [], "340")
m(d, "cap", 5.5, zrg, ZG, "5.5", cond={"temperature": 320.0, "time": 10.0})
m(d, "cap", 1.2, bare, [], "1.2", cond={"temperature": 320.0, "time": 10.0})
m(d, "ea", 121.4, bare, [], "121.4")
m(d, "ea", 98.6, zr, MCC, "98.6")
m(d, "ea", 87.2, zrg, ZG, "87.2")
m(d, "dh", 72.8, zrg, ZG, "72.8")
m(d, "ds", 131.6, zrg, ZG, "131.6")
c(d, "InSituCatalyticPhase", "MgH2", "ZrCl4", "MetalCompoundCatalysis")
c(d, "AgglomerationSuppression", "MgH2", "graphene", "Nanostructuring")
# 3 Ni single atoms
d = "fresh_h2_mgh2_ni_single_atom"
sa = sysm("MgH2", ("Ni-N-C", "Catalyst", 5, "wt%"))
SA = ["CompositeCatalysis"]
m(d, "onset", 187.0, sa, SA, "187")
m(d, "peak", 276.0, sa, SA, "276")
m(d, "abs", 5.6, sa, SA, "5.6", cond={"time": 1.0, "temperature": 150.0})
m(d, "cap", 6.1, sa, SA, "6.1", cond={"time": 8.0, "temperature": 275.0})
m(d, "ea", 71.6, sa, SA, "71.6", unc=2.8)
m(d, "eah", 39.4, sa, SA, "39.4", unc=1.9)
m(d, "ret", 98.2, sa, SA, "98.2", cond={"cycles": 100.0, "temperature": 275.0})
m(d, "erem", 2.53, bare, [], "2.53", basis="calculated")
m(d, "erem", 1.68, sa, SA, "1.68", basis="calculated")
c(d, "ElectronTransfer", "MgH2", "Ni-N-C", "CompositeCatalysis")
c(d, "BondWeakening", "MgH2", "Ni-N-C", "CompositeCatalysis")
# 4 Mg90Ni8Ce2 alloy
d = "fresh_h2_mg_ni_ce_alloy"
al = sysm("Mg90Ni8Ce2")
AL = ["Alloying"]
m(d, "abs", 5.42, al, AL, "5.42", cond={"time": 2.0, "temperature": 250.0, "pressure": 3.0})
m(d, "abs", 4.18, al, AL, "4.18", cond={"time": 2.0, "temperature": 250.0, "pressure": 3.0})
m(d, "ea", 92.6, al, AL, "92.6")
m(d, "ea", 118.3, al, AL, "118.3")
m(d, "dh", 74.1, al, AL, "74.1")
m(d, "ds", 133.5, al, AL, "133.5")
c(d, "HydrogenPump", "Mg90Ni8Ce2", "Mg2Ni", "Alloying")
c(d, "NucleationInduction", "Mg90Ni8Ce2", "CeH2.73", "Alloying")
# 5 Ni-decorated mesoporous carbon
d = "fresh_h2_mgh2_ni_mesoporous_carbon"
nc = sysm("MgH2", ("Ni", "Catalyst", None, None), ("porous carbon", "ScaffoldConfinementHost", None, None))
NC = ["MetalCatalysis", "Nanoconfinement"]
m(d, "psize", 6.0, nc, NC, "6", qual="~")
m(d, "onset", 175.0, nc, NC, "175")
m(d, "peak", 255.0, nc, NC, "255")
m(d, "onset", 330.0, bare, [], "330")
m(d, "peak", 392.0, bare, [], "392")
m(d, "cap", 3.4, nc, NC, "3.4", cond={"time": 30.0, "temperature": 250.0})
m(d, "ea", 84.2, nc, NC, "84.2")
m(d, "ea", 161.0, bare, [], "161.0")
m(d, "dh", 68.9, nc, NC, "68.9", unc=0.8)
m(d, "dh", 75.3, bare, [], "75.3", unc=0.6)
c(d, "AgglomerationSuppression", "MgH2", "porous carbon", "Nanoconfinement")
c(d, "Spillover", "MgH2", "Ni", "MetalCatalysis")
# 6 RHC + VCl3
d = "fresh_h2_rhc_vcl3"
rhc = sysm("LiBH4", ("MgH2", "DestabilizingReactant", 0.5, "ratio"))
rv = sysm("LiBH4", ("MgH2", "DestabilizingReactant", 0.5, "ratio"), ("VCl3", "Catalyst", 10, "wt%"))
RV = ["MetalCompoundCatalysis", "ReactiveHydrideComposite"]
m(d, "rev", 11.4, rhc, ["ReactiveHydrideComposite"], "11.4", basis="theoretical")
m(d, "full", 390.0, rv, RV, "390", cond={"pressure": 0.4})
m(d, "full", 450.0, rhc, ["ReactiveHydrideComposite"], "450", cond={"pressure": 0.4})
m(d, "cap", 9.2, rv, RV, "9.2", cond={"time": 60.0, "temperature": 400.0})
m(d, "rev", 8.7, rv, RV, "8.7", cond={"cycles": 10.0})
m(d, "ret", 94.6, rv, RV, "94.6", cond={"cycles": 10.0})
for v in (156.0, 178.0):
    m(d, "ea", v, rhc, ["ReactiveHydrideComposite"], str(int(v)))
for v in (112.0, 131.0):
    m(d, "ea", v, rv, RV, str(int(v)))
c(d, "InSituCatalyticPhase", "LiBH4", "VCl3", "MetalCompoundCatalysis")
c(d, "NucleationInduction", "LiBH4", "VCl3", "MetalCompoundCatalysis")
# 7 Mg(BH4)2 + NiF2
d = "fresh_h2_mgbh42_nif2"
mb, mbn = sysm("Mg(BH4)2"), sysm("Mg(BH4)2", ("NiF2", "Catalyst", 5, "mol%"))
m(d, "cap", 14.9, mb, [], "14.9", basis="theoretical")
m(d, "onset", 275.0, mb, [], "275")
m(d, "onset", 180.0, mbn, MCC, "180")
m(d, "peak", 362.0, mb, [], "362", cond={"heating_rate": 5.0})
m(d, "peak", 298.0, mbn, MCC, "298", cond={"heating_rate": 5.0})
m(d, "cap", 6.8, mbn, MCC, "6.8", cond={"temperature": 270.0, "time": 120.0})
m(d, "cap", 2.1, mb, [], "2.1", cond={"temperature": 270.0, "time": 120.0})
m(d, "ea", 154.0, mbn, MCC, "154", unc=6.0)
m(d, "ea", 233.0, mb, [], "233", unc=9.0)
m(d, "rev", 3.9, mbn, MCC, "3.9")
c(d, "InSituCatalyticPhase", "Mg(BH4)2", "NiF2", "MetalCompoundCatalysis")
c(d, "NucleationInduction", "Mg(BH4)2", "NiF2", "MetalCompoundCatalysis")
# 8 NaAlH4 + CeCl3 (+ Ti)
d = "fresh_h2_naalh4_cecl3_ti"
na = sysm("NaAlH4")
nct = sysm("NaAlH4", ("CeCl3", "Catalyst", 2, "mol%"), ("Ti", "Catalyst", 2, "mol%"))
NT = ["MetalCatalysis", "MetalCompoundCatalysis"]
m(d, "onset", 210.0, na, [], "210")
m(d, "cap", 4.6, nct, NT, "4.6", cond={"temperature": 150.0, "time": 180.0})
m(d, "abs", 4.1, nct, NT, "4.1", cond={"temperature": 120.0, "pressure": 10.0, "time": 120.0})
m(d, "ea", 79.5, nct, NT, "79.5")
m(d, "ea", 95.2, nct, NT, "95.2")
m(d, "ea", 118.4, na, [], "118.4")
m(d, "ea", 126.7, na, [], "126.7")
c(d, "InSituCatalyticPhase", "NaAlH4", "CeCl3", "MetalCompoundCatalysis")
c(d, "HydrogenDissociationSites", "NaAlH4", "CeCl3", "MetalCompoundCatalysis")
# 9 Mg(NH2)2-2LiH + RbF
d = "fresh_h2_amide_rbf"
am = sysm("Mg(NH2)2", ("LiH", "DestabilizingReactant", 2, "ratio"))
ar = sysm("Mg(NH2)2", ("LiH", "DestabilizingReactant", 2, "ratio"), ("RbF", "Catalyst", 0.05, "ratio"))
AR = ["LiMgNHComposite", "MetalCompoundCatalysis"]
m(d, "rev", 5.6, am, ["LiMgNHComposite"], "5.6")
m(d, "onset", 95.0, ar, AR, "95", qual="~")
m(d, "peak", 178.0, ar, AR, "178")
m(d, "cap", 4.8, ar, AR, "4.8", qual="~", cond={"time": 60.0, "temperature": 180.0})
m(d, "ea", 102.6, am, ["LiMgNHComposite"], "102.6")
m(d, "ea", 71.3, ar, AR, "71.3")
m(d, "dh", 40.2, ar, AR, "40.2")
c(d, "BondWeakening", "Mg(NH2)2", "RbF", "MetalCompoundCatalysis")
c(d, "AmideHydrideInteraction", "Mg(NH2)2", "RbF", "MetalCompoundCatalysis")
# 10 HEA@MXene
d = "fresh_h2_mgh2_hea_mxene"
hm = sysm("MgH2", ("FeCoNiCrMn@Ti3C2", "Catalyst", 7, "wt%"))
he = sysm("MgH2", ("FeCoNiCrMn", "Catalyst", 7, "wt%"))
mx = sysm("MgH2", ("Ti3C2", "Catalyst", 7, "wt%"))
HM = ["CompositeCatalysis", "MultiMetalCatalysis"]
m(d, "onset", 190.0, hm, HM, "190")
m(d, "onset", 225.0, he, ["MultiMetalCatalysis"], "225")
m(d, "onset", 238.0, mx, MCC, "238")
m(d, "onset", 315.0, bare, [], "315")
m(d, "abs", 5.0, hm, HM, "5.0", cond={"time": 100 / 60, "temperature": 125.0})
m(d, "cap", 5.9, hm, HM, "5.9", cond={"time": 12.0, "temperature": 280.0})
m(d, "ea", 148.9, bare, [], "148.9", unc=5.1)
m(d, "ea", 75.8, hm, HM, "75.8", unc=3.4)
m(d, "ret", 97.1, hm, HM, "97.1", cond={"cycles": 50.0, "temperature": 300.0})
c(d, "CocktailEffect", "MgH2", "FeCoNiCrMn@Ti3C2", "MultiMetalCatalysis")
c(d, "ElectronTransfer", "MgH2", "FeCoNiCrMn@Ti3C2", "CompositeCatalysis")
c(d, "BondWeakening", "MgH2", "FeCoNiCrMn@Ti3C2", "CompositeCatalysis")
# 11 Mg films
d = "fresh_h2_mg_film_pd_ti"
pm = sysm("Mg", ("Pd", "Catalyst", None, None))
ptm = sysm("Mg", ("Pd", "Catalyst", None, None), ("Ti", "Catalyst", None, None))
PF = ["MetalCatalysis", "ThinFilmStructuring"]
m(d, "film", 200.0, pm, PF, "200")
m(d, "film", 5.0, ptm, PF, "5")
m(d, "cap", 5.8, ptm, PF, "5.8")
m(d, "onset", 150.0, ptm, PF, "150")
m(d, "eah", 52.1, pm, PF, "52.1")
m(d, "eah", 36.5, ptm, PF, "36.5")
c(d, "HydrogenPump", "Mg", "Ti", "MetalCatalysis")

with open("tests/fresh/h2/styles.jsonl", "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r) + "\n")
print(len(out))
