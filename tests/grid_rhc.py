"""A probe grid for samples of two or more hydrides (reactive hydride composites, eutectics, hydride +
hydride mixtures) and the sentences that name no host.

Every mini-abstract is written here from slots: a composition in one of its notations, a catalyst (none or
one), where the sample is named (title, preparation sentence or both), a distractor sentence naming another
hydride (a product, a comparison, a phase detected, or none) placed between the naming and the value, a
value sentence whose subject names no hydride ("The composite …", "It …", no subject), and a property.
Each document carries the host, the components and the roles the value must land on (the dev set's
conventions: tests/devset/README.md; the partner hydride is a DestabilizingReactant, a catalyst a Catalyst).
The slots cross in a fixed rotation (no randomness), so a failure rate per slot value says which general
form the readers miss. Every sentence and template here was written for this grid.

Run as a script from the worktree root to print the failure rate per slot value:
``python tests/grid_rhc.py [-v]``. The test module ``test_grid_rhc.py`` asserts the pass rates.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from grid_rates import judged, report

# compositions: key -> (notations, host, partner); the notations of one composition must all give the same
# host and partner, whatever their order or whether they are written as a formula or in words
COMPOSITIONS = {
    "LiBH4/MgH2": (["2LiBH4–MgH2", "MgH2–2LiBH4", "LiBH4 + MgH2 (2:1)", "a 2:1 mixture of LiBH4 and MgH2",
                    "2LiBH4 + MgH2"], "LiBH4", "MgH2"),
    "Mg(NH2)2/LiH": (["Mg(NH2)2–2LiH", "2LiH–Mg(NH2)2", "Mg(NH2)2 + 2LiH", "a 1:2 mixture of Mg(NH2)2 and LiH"],
                     "Mg(NH2)2", "LiH"),
    "LiNH2/MgH2": (["2LiNH2–MgH2", "MgH2–2LiNH2", "2LiNH2 + MgH2", "a 2:1 mixture of LiNH2 and MgH2"],
                   "LiNH2", "MgH2"),
    "LiNH2/LiH": (["LiNH2–LiH", "LiH–LiNH2", "LiNH2 + LiH"], "LiNH2", "LiH"),
    "LiBH4/Ca(BH4)2": (["LiBH4–Ca(BH4)2", "LiBH4 + Ca(BH4)2"], "LiBH4", "Ca(BH4)2"),
    "Ca(BH4)2/MgH2": (["Ca(BH4)2–MgH2", "MgH2–Ca(BH4)2", "Ca(BH4)2 + MgH2"], "Ca(BH4)2", "MgH2"),
    "NaBH4/MgH2": (["2NaBH4–MgH2", "MgH2–2NaBH4", "2NaBH4 + MgH2"], "NaBH4", "MgH2"),
    "NaAlH4/MgH2": (["NaAlH4–MgH2", "NaAlH4 + MgH2"], "NaAlH4", "MgH2"),
    "MgH2/LiAlH4": (["4MgH2–LiAlH4", "4MgH2 + LiAlH4"], "MgH2", "LiAlH4"),
}
# the two hydrides as the words of a preparation name them: (written first, second, molar ratio)
WORDS = {"LiBH4/MgH2": ("LiBH4", "MgH2", "2:1"), "Mg(NH2)2/LiH": ("Mg(NH2)2", "LiH", "1:2"),
         "LiNH2/MgH2": ("MgH2", "LiNH2", "1:2"), "LiNH2/LiH": ("LiNH2", "LiH", "1:1"),
         "LiBH4/Ca(BH4)2": ("LiBH4", "Ca(BH4)2", "1:1"), "Ca(BH4)2/MgH2": ("MgH2", "Ca(BH4)2", "1:1"),
         "NaBH4/MgH2": ("NaBH4", "MgH2", "2:1"), "NaAlH4/MgH2": ("NaAlH4", "MgH2", "1:1"),
         "MgH2/LiAlH4": ("MgH2", "LiAlH4", "4:1")}
# catalysts: (as written after the composition, as a sentence of its own names it, formula or None)
CATALYSTS = [("", "", None), (" with 5 mol% TiCl3", "5 mol% TiCl3", "TiCl3"), (" doped with NbF5", "NbF5", "NbF5"),
             (" with 10 wt% ZrCl4", "10 wt% ZrCl4", "ZrCl4")]
# where the sample is named: {C} the composition, {K} the catalyst phrase
TITLES = {
    "title_composite": "Hydrogen storage properties of the {C} composite{K}",
    "title_system": "Dehydrogenation of the {C} system{K}",
}
PREPS = {
    "prep_milled": "The {C} composite{K} was prepared by ball milling.",
    "prep_we": "We prepared {C}{K} by high-energy ball milling for 5 h.",
    "prep_here": "Here, the hydrogen sorption of {C}{K} is studied.",
    # the two hydrides named apart, their ratio in words
    "prep_molar": "{A} and {B} were ball milled in a {R} molar ratio{K}.",
    # the catalyst put in by a sentence of its own, after the composite was made
    "prep_cat_after": "The {C} composite was ball milled for 5 h.{L}",
}
# distractor sentences naming another hydride, placed between the naming and the value
DISTRACTORS = {
    "none": "",
    "product": "MgB2 and LiH are formed as dehydrogenation products.",
    "phase_xrd": "XRD reveals Li2Mg(NH)2 and LiH in the desorbed sample.",
    "comparison": "Unlike LiAlH4, the sample shows no melting before decomposition.",
    "partner_consumed": "{P} is consumed during the first desorption step.",
    "phase_detected": "NaH was detected after the first cycle.",
    "host_baseline": "Pure {H} decomposes only above 400 °C.",
    "partner_baseline": "Bare {P} starts to release hydrogen at 380 °C.",
    "contrast_other": "In contrast, LiAlH4 melts before it decomposes.",
    "formation_confirmed": "The formation of MgB2 was confirmed by XRD.",
}
# value sentences: (template, value, property key) -- none names a hydride
VALUES = {
    "composite_onset": ("The composite starts to release hydrogen at 312 °C.", 312.0),
    "it_capacity": ("It releases 8.3 wt% H2 within 2 h at 400 °C.", 8.3),
    "mixture_onset": ("The mixture starts to decompose at 287 °C.", 287.0),
    "system_capacity": ("The system desorbs 7.6 wt% of hydrogen.", 7.6),
    "bare_ea": ("The apparent activation energy is reduced to 118 kJ/mol.", 118.0),
    "bare_enthalpy": ("A dehydrogenation enthalpy of 41 kJ/mol H2 was determined.", 41.0),
    "its_capacity": ("Its reversible hydrogen capacity reaches 4.4 wt%.", 4.4),
    "rhc_capacity": ("This reactive hydride composite releases 6.9 wt% H2 at 350 °C.", 6.9),
    "respectively": ("The onset and peak dehydrogenation temperatures are 265 and 330 °C, respectively.", 265.0),
}


@dataclass
class Probe:
    doc: str
    value: float
    host: str
    roles: dict[str, str]          # formula -> role
    slots: dict[str, str] = field(default_factory=dict)


def _named(template: str, notation: str, cat: str) -> str:
    if notation.startswith("a "):
        # the words form: "the a 2:1 mixture … composite" is no English; name it as the noun phrase it is
        template = template.replace("the {C} composite", "{C}").replace("the {C} system", "{C}") \
            .replace("The {C} composite", "{Cc}")
    # ({A}, {B}, {R}, {L}: filled by the caller)
    return template.format(C=notation, Cc=notation[0].upper() + notation[1:], K=cat, A="{A}", B="{B}", R="{R}",
                           L="{L}")


def probes() -> list[Probe]:
    """The grid: every notation of every composition with every value sentence, the catalyst, naming
    place and distractor rotating through (deterministic)."""
    out = []
    k = 0
    namings = [("title", t, None) for t in TITLES] + [("prep", None, p) for p in PREPS] + \
        [("both", "title_composite", "prep_milled")]
    for c_key, (notations, host, partner) in COMPOSITIONS.items():
        for n_i, notation in enumerate(notations):
            for v_key, (v_tmpl, value) in VALUES.items():
                # (independent rotations: each notation meets most distractors, catalysts and namings)
                cat_text, cat_alone, cat = CATALYSTS[(k // 2) % len(CATALYSTS)]
                where, title, prep = namings[(k // 2 + k // 11) % len(namings)]
                d_key = list(DISTRACTORS)[(k + k // 7) % len(DISTRACTORS)]
                k += 1
                head = _named(TITLES[title], notation, cat_text) if title else "A study of a hydrogen store"
                body = []
                if prep:
                    first, second, ratio = WORDS[c_key]
                    later = f" Then, {cat_alone} was added to the composite by further milling." if cat else ""
                    body.append(_named(PREPS[prep], notation, cat_text if prep != "prep_cat_after" else "")
                                .replace("{A}", first).replace("{B}", second).replace("{R}", ratio)
                                .replace("{L}", later))
                if DISTRACTORS[d_key]:
                    body.append(DISTRACTORS[d_key].format(P=partner, H=host))
                body.append(v_tmpl)
                doc = f"# {head}\n\n{' '.join(body)}\n"
                roles = {host: "HostHydride", partner: "DestabilizingReactant"}
                if cat:
                    roles[cat] = "Catalyst"
                out.append(Probe(doc, value, host, roles,
                                 {"composition": c_key, "notation": f"{c_key}#{n_i}", "catalyst": cat or "none",
                                  "naming": title if where == "title" else prep if where == "prep" else "both",
                                  "distractor": d_key, "value": v_key}))
    return out


def verdict(probe: Probe, rows: list[dict]) -> str:
    """'OK', or what went wrong with the probe's value."""
    found = [r for r in rows if r["value"] == probe.value]
    if not found:
        return "MISS"
    r = found[0]
    roles = {c["material"]: c["role"] for c in r["components"]}
    if r["material"] == probe.host and roles == probe.roles:
        return "OK"
    return f"WRONG {r['material']} {sorted(roles.items())}"


def run(probe_list: list[Probe]) -> list[tuple[Probe, str]]:
    return judged(verdict, probe_list)


if __name__ == "__main__":
    report(run, probes())
