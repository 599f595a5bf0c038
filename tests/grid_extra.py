"""A probe grid of materials a passage names that are NOT part of the measured sample.

Every mini-abstract is written here from slots (test data, not vocabulary): a preparation sentence that
puts one or two additives (some with a loading, some on a support) into a host (a formula or its name in
words) × a distractor sentence naming other materials (precursors of the additive, milling media and
atmospheres, phases found after cycling, reference materials or earlier reports, solvents, a
characterisation technique, the additive's support or element written again) placed before, between or
after the value sentences × a value sentence of the modified sample and one of the bare host. Each
document says the components expected for each value: the modified sample's value carries exactly its
additives (no distractor joins it), the bare host's value carries none. The slots are crossed in a fixed
rotation (no randomness), so a failure rate per slot value says which general form the readers miss.

Run as a script from the worktree root to print the failure rate per slot value:
``python tests/grid_extra.py [-v]``. ``test_grid_extra.py`` asserts the pass rates.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from grid_rates import report

# hosts: (as written, the formula the record names as host)
HOSTS = [
    ("MgH2", "MgH2"),
    ("LiBH4", "LiBH4"),
    ("LiAlH4", "LiAlH4"),
    ("NaAlH4", "NaAlH4"),
    ("Mg(BH4)2", "Mg(BH4)2"),
    ("magnesium hydride", "MgH2"),
]
# additive sets: (as written in the preparation sentence, {formula: amount or None}, {e} the element a
# distractor may write again, {s} the support or "")
ADDITIVES = [
    ("10 wt% NiO nanoparticles", {"NiO": 10.0}, "Ni", ""),
    ("TiO2 nanosheets", {"TiO2": None}, "Ti", ""),
    ("5 wt% Nb2O5", {"Nb2O5": 5.0}, "Nb", ""),
    ("Ni nanoparticles supported on carbon", {"Ni/C": None}, "Ni", "carbon"),
    ("CeO2 and graphene", {"CeO2": None, "graphene": None}, "Ce", ""),
    ("7 wt% Ti3C2 MXene", {"Ti3C2": 7.0}, "Ti", ""),
    ("FeCl3", {"FeCl3": None}, "Fe", ""),
    ("Co nanoparticles and CNTs", {"Co": None, "carbon nanotube": None}, "Co", ""),
]
# preparation sentences: {X} the additive phrase, {H} the host, {be} was/were
PREPS = {
    "milled_with": "{X} {be} ball milled with {H}.",
    "doped_with": "{Hc} was doped with {X} by ball milling.",
    "added_to": "{X} {be} added to {H} to improve its kinetics.",
}
# distractor sentences: {x} the first additive's formula, {e} its element, {s} the support, {H} the host
DISTRACTORS = {
    "precursor_from": "The {x} was synthesized from NiCl2 and NaBH4 by chemical reduction.",
    "precursor_derived": "The {x} was derived from a metal-organic framework precursor by calcination at 500 °C.",
    "precursor_using": "The {x} was prepared by a hydrothermal route using TiCl4 and urea as precursors.",
    "carbon_from_glucose": "The carbon was obtained from glucose by pyrolysis.",
    "milling_media": "Milling was carried out under Ar with stainless-steel balls at 400 rpm.",
    "milling_h2": "The powders were milled under 10 bar H2 for 5 h.",
    "products_detected": "After cycling, MgO and Mg2NiH4 were detected by XRD.",
    "products_formed": "LiH and AlB2 formed during dehydrogenation.",
    "products_in_situ": "XRD revealed that TiH2 and MgF2 were formed in situ.",
    "compared_reported": "The results are compared with TiO2-doped {H} reported previously.",
    "than_commercial": "Its catalytic effect is superior to that of commercial Fe2O3.",
    "earlier_report": "In an earlier report, V2O5 was found to be less effective.",
    "solvent": "The {x} was dispersed in THF and cyclohexane before milling.",
    "technique": "The samples were characterised by XRD, 11B MAS NMR and TEM.",
    "element_state": "XPS showed metallic {e} and the {e} species on the surface.",
    "support_again": "The {s} support prevents the agglomeration of the particles.",
    "milling_vial": "Milling was performed in a ZrO2 vial with ZrO2 balls.",
    "pyrolysis_of_mof": "The {x} was obtained by pyrolysis of ZIF-67 at 700 °C.",
    "reduced_during": "During milling, the {x} was partly reduced to Ti2O3 and TiO.",
    "in_situ_pump": "The in situ formed Mg2Ni and TiH2 act as hydrogen pumps.",
    "background": "Ti-based catalysts such as TiCl3 and TiF3 are known to improve hydrides.",
    "than_alloy": "Its capacity exceeds that of LaNi5 and TiFe.",
    "tpd_technique": "H2-TPD and NH3-TPD measurements were also carried out.",
    "yielding": "The reaction yields MgF2 and NbH during heating.",
}
# the value sentences: (the modified sample's, the bare host's); {H} the host
VALUES = {
    "onset": ("The composite starts to release hydrogen at 185 °C.", "Pristine {H} starts to release hydrogen at 345 °C."),
    "ea": ("An activation energy of 62 kJ/mol was obtained for the doped sample.",
           "The activation energy of as-milled {H} is 158 kJ/mol."),
    "capacity": ("The catalysed sample releases 5.6 wt% of hydrogen within 10 min at 300 °C.",
                 "Milled {H} releases 1.9 wt% of hydrogen at 300 °C."),
}
VALUE_NUMBERS = {"onset": (185.0, 345.0), "ea": (62.0, 158.0), "capacity": (5.6, 1.9)}
# the same kinds said inside the preparation sentence (a whole sentence: {X} {H} {Hc} {be} as above)
IN_PREP = {
    "precursor_from": "{X}, synthesized from NiCl2 and NaBH4, {be} ball milled with {H}.",
    "precursor_derived": "{X} derived from a Ti-MOF {be} added to {H}.",
    "precursor_using": "{X} prepared using TiCl4 and urea {be} milled with {H}.",
    "carbon_from_glucose": "{X} {be} made from glucose and ZnCl2 and then milled with {H}.",
    "milling_media": "{X} {be} ball milled with {H} under Ar using stainless-steel balls.",
    "milling_h2": "{Hc} was milled with {X} under 10 bar H2 for 5 h.",
    "products_detected": "{X} {be} milled with {H}, and MgO and Mg2NiH4 were detected after cycling.",
    "products_formed": "{X} {be} milled with {H}; LiH and AlB2 formed on dehydrogenation.",
    "products_in_situ": "{X} {be} milled with {H}, forming TiH2 and MgF2 in situ.",
    "compared_reported": "Compared with TiO2-doped {H} reported previously, {H} milled with {X} was studied.",
    "than_commercial": "{X}, more active than commercial Fe2O3, {be} added to {H}.",
    "earlier_report": "Unlike V2O5 in an earlier report, {X} {be} added to {H}.",
    "solvent": "{X} dispersed in THF {be} added to {H}.",
    "technique": "{X} {be} milled with {H} and studied by XRD, 11B MAS NMR and TEM.",
    "element_state": "{X} {be} milled with {H}, and metallic {e} formed during milling.",
    "support_again": "{X} {be} milled with {H}; the {s} support keeps the particles apart.",
    "milling_vial": "{X} {be} milled with {H} in a ZrO2 vial with ZrO2 balls.",
    "pyrolysis_of_mof": "{X}, obtained by pyrolysis of ZIF-67, {be} milled with {H}.",
    "reduced_during": "{X} {be} milled with {H}, during which the {x} was partly reduced to Ti2O3.",
    "in_situ_pump": "{X} {be} milled with {H}, and Mg2Ni and TiH2 formed in situ.",
    "background": "Since TiCl3 and TiF3 are known catalysts, {X} {be} milled with {H}.",
    "than_alloy": "{X} {be} milled with {H} to exceed the capacity of LaNi5.",
    "tpd_technique": "{X} {be} milled with {H} and tested by H2-TPD.",
    "yielding": "{X} {be} milled with {H}, yielding MgF2 and NbH.",
}
# ... and as a clause after the modified sample's value (None: no natural clause of that kind)
IN_VALUE = {
    "precursor_from": None,
    "precursor_derived": None,
    "precursor_using": None,
    "carbon_from_glucose": None,
    "milling_media": "after milling under Ar with stainless-steel balls",
    "milling_h2": "after milling under 10 bar H2",
    "products_detected": "and MgO and Mg2NiH4 were detected afterwards",
    "products_formed": "owing to LiH and AlB2 formed during dehydrogenation",
    "products_in_situ": "owing to TiH2 and MgF2 formed in situ",
    "compared_reported": "lower than that of TiO2-doped {H} reported previously",
    "than_commercial": "better than with commercial Fe2O3",
    "earlier_report": "better than the V2O5-doped {H} of an earlier report",
    "solvent": None,
    "technique": "as shown by XRD and 11B MAS NMR",
    "element_state": "owing to metallic {e} formed during heating",
    "support_again": "as the {s} support keeps the particles apart",
    "milling_vial": "after milling in a ZrO2 vial",
    "pyrolysis_of_mof": None,
    "reduced_during": "while the {x} was reduced to Ti2O3",
    "in_situ_pump": "as the in situ formed Mg2Ni and TiH2 act as hydrogen pumps",
    "background": None,
    "than_alloy": "more than that of LaNi5",
    "tpd_technique": "as measured by H2-TPD",
    "yielding": "yielding MgF2 and NbH",
}
PLACES = ["first", "before", "between", "after", "in_prep", "in_value"]


@dataclass
class Probe:
    doc: str
    host: str
    modified: float
    bare: float
    additives: dict[str, float | None]
    slots: dict[str, str] = field(default_factory=dict)


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def probes() -> list[Probe]:
    """Every distractor at every place with every additive set (host, preparation and value rotating)."""
    out = []
    k = 0
    for d_i, d_name in enumerate(DISTRACTORS):
        for pl_i, place in enumerate(PLACES):
            if place == "in_value" and IN_VALUE[d_name] is None or place == "first" and "{x}" in DISTRACTORS[d_name]:
                continue
            for a_i, (a_text, adds, e, s) in enumerate(ADDITIVES):
                # (half the additive sets per distractor and place, rotating; the support only with one)
                if (d_name == "support_again") != bool(s) and d_name == "support_again" or \
                        d_name != "support_again" and (a_i + pl_i + d_i) % 3:
                    continue
                h_text, h_main = HOSTS[(k + k // 3) % len(HOSTS)]
                p_name, prep = list(PREPS.items())[(k // 3) % len(PREPS)]
                v_name = list(VALUES)[(k // 2) % len(VALUES)]
                k += 1
                plural = " and " in a_text or "s " in a_text + " "
                x = next(iter(adds)).split("/")[0]
                fill = {"X": a_text, "H": h_text, "Hc": _cap(h_text), "be": "were" if plural else "was",
                        "x": x, "e": e, "s": s or "carbon"}
                prep_s = (IN_PREP[d_name] if place == "in_prep" else prep).format(**fill)
                prep_s = _cap(prep_s)
                mod_s, bare_s = (t.format(H=h_text) for t in VALUES[v_name])
                bare_s = _cap(bare_s)
                if place == "in_value":
                    mod_s = mod_s[:-1] + ", " + str(IN_VALUE[d_name]).format(**fill) + "."
                dist = DISTRACTORS[d_name].format(**fill)
                sents = {"first": [dist, prep_s, mod_s, bare_s], "before": [prep_s, dist, mod_s, bare_s], "between": [prep_s, mod_s, dist, bare_s],
                         "after": [prep_s, mod_s, bare_s, dist]}.get(place, [prep_s, mod_s, bare_s])
                mod_v, bare_v = VALUE_NUMBERS[v_name]
                out.append(Probe(" ".join(sents), h_main, mod_v, bare_v, adds,
                                 {"distractor": d_name, "place": place, "additive": a_text, "host": h_text,
                                  "prep": p_name if place != "in_prep" else "in_prep", "value": v_name}))
    return out


def verdict(probe: Probe, rows: list[dict]) -> str:
    """'OK', or what went wrong with the probe's values."""
    def comps(r: dict) -> set[str]:
        return {c["material"] for c in r["components"]} - {probe.host}

    mod = [r for r in rows if r["value"] == probe.modified]
    bare = [r for r in rows if r["value"] == probe.bare]
    if not mod or not bare:
        return "MISS " + ("mod" if not mod else "bare")
    want = set(probe.additives)
    good = [r for r in mod if r["material"] == probe.host and comps(r) == want]
    if not good:
        r = mod[0]
        return f"MOD {r['material']} {sorted(comps(r))}"
    amounts = {a: v for a, v in probe.additives.items() if v is not None}
    for r in good:
        got = {c["material"]: c.get("amount") for c in r["components"]}
        if any(got.get(a) != v for a, v in amounts.items()):
            return f"AMOUNT {got}"
    if not any(r["material"] == probe.host and not comps(r) for r in bare):
        r = bare[0]
        return f"BARE {r['material']} {sorted(comps(r))}"
    return "OK"


def run(probe_list: list[Probe]) -> list[tuple[Probe, str]]:
    from prose_sentences import contract_measurements
    return [(p, verdict(p, contract_measurements(p.doc, section="Abstract"))) for p in probe_list]


if __name__ == "__main__":
    report(run, probes())
