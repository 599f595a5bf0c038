"""A probe grid for which hydride is the host when a passage about a composite of two hydrides goes on to
name products, intermediates, the pure components as comparisons, or one part of the composite alone, and
then gives a value naming no system.

Slots: a composition (host hydride + destabilising partner, the dev set's conventions: tests/devset/README.md),
how the composite is introduced (a notation with "/", ":" or "+", the hydrides in words, "ball milling of A
and B in a ratio", a co-milled list with a catalyst, a title naming the composite whose body names only one
part), an intervening sentence (a product or by-product formed, the pure parts as a comparison, a reaction in
words, one part named as a reactant in the composite), and a value sentence naming no system / "the
composite" / "the RHC". The slots cross in a fixed rotation (no randomness). Every sentence and template
here was written for this grid.

Run as a script from the worktree root to print the failure rate per slot value:
``python tests/grid_host2.py [-v]``. ``test_grid_host2.py`` asserts the pass rates.
"""
from __future__ import annotations

from grid_rates import judged, report
from grid_rhc import Probe, verdict  # the same probe and judgement: the value's host and every part's role

# key -> (host, partner, host in words, partner in words, molar ratio host:partner, products in a sentence)
COMPOSITES = {
    "LiBH4/MgH2": ("LiBH4", "MgH2", "lithium borohydride", "magnesium hydride", "2:1", "MgB2 and LiH"),
    "Mg(NH2)2/LiH": ("Mg(NH2)2", "LiH", "magnesium amide", "lithium hydride", "1:2", "Li2Mg(NH)2"),
    "LiNH2/MgH2": ("LiNH2", "MgH2", "lithium amide", "magnesium hydride", "2:1", "Li2Mg(NH)2"),
    "LiNH2/LiH": ("LiNH2", "LiH", "lithium amide", "lithium hydride", "1:1", "Li2NH"),
    "Ca(BH4)2/MgH2": ("Ca(BH4)2", "MgH2", "calcium borohydride", "magnesium hydride", "1:1", "CaB6 and CaH2"),
    "NaAlH4/MgH2": ("NaAlH4", "MgH2", "sodium alanate", "magnesium hydride", "1:1", "NaMgH3 and Al"),
}
# how the composite is introduced: {H} host, {P} partner, {h}/{p} in words, {R} ratio;
# (title, body sentence, the catalyst it puts in or None)
INTROS = {
    "slash": ("Hydrogen sorption of {H}/{P}", "The {H}/{P} composite was prepared by ball milling.", None),
    "colon": ("Kinetics of a reactive hydride composite", "A {H}:{P} mixture with a {R} molar ratio was milled for 10 h.",
              None),
    "plus_words": ("Destabilised {h}", "We studied {H} + {P} prepared by high-energy milling.", None),
    "in_words": ("A {h}–{p} composite for hydrogen storage",
                 "The {h}–{p} composite was synthesised by ball milling.", None),
    "milling_of": ("Hydrogen release from a hydride mixture",
                   "The composite was made by ball milling of {H} and {P} in a {R} ratio.", None),
    "comilled_cat": ("Catalysed hydride composites", "{P}, TiCl3 and {H} were milled together for 5 h.", "TiCl3"),
    "title_only": ("Sorption properties of the {H}–{P} composite", "The milled powder was examined by DSC.", None),
    # a molar coefficient in brackets, a catalyst put in by 'with'
    "fraction_cat": ("Destabilised {h}", "Milled mixtures of {H} + (1/2){P} with 3 mol% NbF5 were examined.", "NbF5"),
}
# the intervening sentence between the introduction and the value ({H}, {P}, {X} products)
BETWEEN = {
    "none": "",
    "products_formed": "Upon heating, {X} are formed.",
    "comparison_pure": "The composite desorbs hydrogen faster than pure {H} and {P}.",
    "reaction_words": "{H} reacts with {P} to form {X} and hydrogen.",
    "part_reactant": "The {P} in the composite is consumed in the first step.",
    "byproduct": "Only a trace of NH3 is released as a by-product.",
    "pure_host_alone": "Pure {H} needs far higher temperatures.",
    "host_destabilised": "{H} is destabilised by {P} through the formation of {X}.",
}
# value sentences naming no system: (sentence, value)
VALUES = {
    "onset_lowered": ("The onset temperature is lowered to 263 °C.", 263.0),
    "it_absorbs": ("It absorbs 8.3 wt% H2 at 350 °C.", 8.3),
    "the_rhc": ("The RHC releases 6.1 wt% of hydrogen within 1 h.", 6.1),
    # one part named as a part of the composite
    "part_in": ("The {P} in the composite starts to decompose at 248 °C.", 248.0),
    "capacity_passive": ("A reversible capacity of 5.2 wt% is retained after ten cycles.", 5.2),
    "enthalpy": ("The reaction enthalpy was determined to be 42 kJ/mol H2.", 42.0),
}




def probes() -> list[Probe]:
    """composites × introductions × values, the intervening sentence rotating (deterministic)."""
    out = []
    k = 0
    for c_key, (host, partner, h_words, p_words, ratio, products) in COMPOSITES.items():
        for i_key, (title, intro, cat) in INTROS.items():
            for v_key, (v_text, value) in VALUES.items():
                b_key = list(BETWEEN)[(k + k // 6) % len(BETWEEN)]
                k += 1
                fill = {"H": host, "P": partner, "h": h_words, "p": p_words, "R": ratio, "X": products}
                body = [intro.format(**fill)]
                if BETWEEN[b_key]:
                    body.append(BETWEEN[b_key].format(**fill))
                body.append(v_text.format(**fill))
                doc = f"# {title.format(**fill)}\n\n{' '.join(body)}\n"
                expected, roles = host, {host: "HostHydride", partner: "DestabilizingReactant"}
                if cat:
                    roles[cat] = "Catalyst"
                out.append(Probe(doc, value, expected, roles, {"composite": c_key, "intro": i_key, "between": b_key,
                                                           "value": v_key}))
    return out


def run(probe_list: list[Probe]) -> list[tuple[Probe, str]]:
    return judged(verdict, probe_list)


if __name__ == "__main__":
    report(run, probes())
