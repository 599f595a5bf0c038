"""A probe grid of preparation sentences and the anaphors that take their sample up again.

Every mini-abstract is written here from slots (a preparation template, an anaphor, a value sentence, a
host, an additive with or without a loading and a shape word); each says which sample its value belongs
to. The grid crosses the slots in a fixed rotation (no randomness: the same ~300 documents every run), so
a failure rate per slot value says which general form the readers miss, not which single sentence.

Run as a script from the worktree root to print the failure rate per slot value:
``python tests/grid_prep3.py``. The test module ``test_grid_prep3.py`` asserts the pass rates.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from grid_rates import report

# hosts: (as written, the formula the record names as host, every component formula)
HOSTS = [
    ("MgH2", "MgH2", {"MgH2"}),
    ("LiBH4", "LiBH4", {"LiBH4"}),
    ("LiAlH4", "LiAlH4", {"LiAlH4"}),
    ("Mg(BH4)2", "Mg(BH4)2", {"Mg(BH4)2"}),
    ("NaAlH4", "NaAlH4", {"NaAlH4"}),
    ("2LiNH2–MgH2", "LiNH2", {"LiNH2", "MgH2"}),
]
# additives: (formula, shape word or "", plural)
ADDITIVES = [
    ("NiCo2O4", "nanorods", True),
    ("TiF3", "", False),
    ("Nb2O5", "nanoparticles", True),
    ("Ti3C2", "nanosheets", True),
    ("CeO2", "", False),
    ("FeCl3", "", False),
    ("TiO2", "nanoparticles", True),
    ("ZrC", "", False),
]
AMOUNTS = ["", "5 wt% ", "10 wt% of "]
SCAFFOLDS = ["CMK-3", "SBA-15", "MCM-41"]

# preparation templates: {X} the additive phrase (loading, formula, shape), {x} its formula, {H} the host,
# {be} was/were agreeing with {X}, {them} it/them
PREPS = {
    "milled_with": "{X} {be} milled with {H}.",
    "adverb_between": "{X} {be} synthesized hydrothermally and milled with {H}.",
    "route_subsequently": "{X} {be} synthesized by a solvothermal route and subsequently ball-milled with {H}.",
    "via_introduced": "{X} {be} prepared via a sol-gel method and introduced into {H}.",
    "we_made_then": "We synthesized {X} by a hydrothermal method and then milled {them} with {H}.",
    "addition_of_to": "The addition of {X} to {H} was studied.",
    "introduction_into": "Here, the introduction of {X} into {H} is reported.",
    "incorporation_into": "We investigated the incorporation of {X} into {H}.",
    "effect_of_adding": "Here, we report the effect of adding {X} to {H}.",
    "by_adding": "The kinetics of {H} were improved by adding {X}.",
    "upon_doping": "Upon doping {H} with {X}, the kinetics improved markedly.",
    "aid_of": "{H} was ball milled with the aid of {X}.",
    "x_added": "{A}{x}-added {H} was prepared by ball milling.",
    "containing": "{H} containing {X} was prepared by ball milling.",
    "we_doped": "We doped {H} with {X}.",
    "passive_mixed_by": "{H} was mixed with {X} by high-energy ball milling.",
    "catalyst_for": "{X} {be} used as a catalyst for {H}.",
    "after_adding": "After adding {X} to {H}, the powder was ball milled for 5 h.",
    "introduced_by_milling": "{X} {be} introduced into {H} by ball milling.",
    "modified_via": "{H} was modified with {X} via ball milling.",
    "with_addition_of": "{H} was ball milled with the addition of {X}.",
    "here_prepared_doped": "Here, we prepared {H} doped with {X} by a mechanochemical route.",
    "amount_in_brackets": "{x}{S} ({a}) {be} milled with {H}.",
    "supported_catalyst": "{X} supported on graphene {be} milled with {H}.",
    "here_introduced_through": "Here, we introduced {X} into {H} through a facile ball-milling process.",
    "comma_and_then": "{X} {be} fabricated through a solvothermal reaction, and then mixed with {H}.",
    "milled_together": "{H} and {X} were ball-milled together for 10 h.",
    "as_the_additive": "{H} with {X} as the additive was prepared by ball milling.",
    "made_to_catalyse": "Here, {X} {be} synthesized and used to catalyse {H}.",
}
# templates that make the additive before putting it in (no loading said with its making)
MADE_FIRST = {"adverb_between", "route_subsequently", "via_introduced", "we_made_then", "made_to_catalyse",
              "comma_and_then"}
ANAPHORS = {
    "composite": "the composite",
    "nanocomposite": "the nanocomposite",
    "mixture": "the mixture",
    "blend": "the blend",
    "doped_sample": "the doped sample",
    "catalysed_hydride": "the catalysed hydride",
    "modified_material": "the modified material",
    "x_containing": "the {x}-containing sample",
    "as_prepared": "the as-prepared sample",
    "optimised": "the optimised sample",
    "resulting_material": "the resulting material",
    "obtained_composite": "the obtained composite",
    "this_material": "this material",
    "x_doped_hydride": "the {x}-doped hydride",
    "catalysed_sample": "the catalysed sample",
}
# value sentences: (template with {A} the anaphor at a sentence's start or {a} inside, the value)
VALUES = {
    "onset": ("{A} starts to decompose at 85 °C.", 85.0),
    "capacity": ("{A} releases 5.2 wt% of hydrogen at 300 °C.", 5.2),
    "ea_for": ("An activation energy of 72 kJ/mol was obtained for {a}.", 72.0),
    "ea_of": ("The dehydrogenation activation energy of {a} is reduced to 72 kJ/mol.", 72.0),
}
SCAFFOLD_PREPS = {
    "melt_infiltrated": "{H} was melt-infiltrated into {S}.",
    "impregnated": "{H} was impregnated in {S}.",
    "loaded_into": "{H} was loaded into {S}.",
    "confined_pores": "{H} was confined in the pores of {S}.",
    "nps_confined_by": "{H} nanoparticles were confined in {S} by solvent infiltration.",
}
SCAFFOLD_ANAPHORS = {
    "confined_sample": "the confined sample",
    "nanoconfined_hydride": "the nanoconfined hydride",
    "composite": "the composite",
    "infiltrated_material": "the infiltrated material",
    "resulting_material": "the resulting material",
    "s_host": "the {S}-confined sample",
}
# two samples named, the anaphor's noun fits the second: (template, anaphor, the second's components)
NOUN_FITS = {
    "eutectic": ("{H} and a 1:1 LiBH4–Mg(BH4)2 eutectic mixture were examined.", "the eutectic",
                 "LiBH4", {"LiBH4", "Mg(BH4)2"}),
    "composite_of": ("{H} and a {H}–10 wt% {x} composite were compared.", "the composite", None, None),
    "mixture_of": ("Both {H} and its mixture with 10 wt% {x} were prepared.", "the mixture", None, None),
}

# a sample named by an abbreviation the text defines: (preparation template, the abbreviation)
ABBREVIATED = {
    "denoted_bracket": ("{H} was milled with {X} (denoted {ab}).", "HX-5"),
    "denoted_as_commas": ("A composite of {H} and {X}, denoted as {ab}, was prepared by ball milling.", "MHC"),
    "hereafter": ("{X} {be} milled with {H} to give a composite (hereafter {ab}).", "LBT"),
    "labelled": ("{H} was doped with {X}, and the product was labelled {ab}.", "HD-2"),
    "denoted_dash": ("{H} was milled with 10 wt% {X} (denoted {ab}).", "MH–NC"),
    "denoted_as_dash": ("{H} was milled with {X}, denoted as {ab}.", "HY-XC"),
    "hereafter_referred": ("{H} was milled with 5 wt% {X}, hereafter referred to as {ab}.", "LAH-CF"),
}


@dataclass
class Probe:
    doc: str
    value: float
    host: str
    components: set[str]
    amount: float | None
    slots: dict[str, str] = field(default_factory=dict)


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def _value(template: str, anaphor: str) -> str:
    return template.format(A=_cap(anaphor), a=anaphor)


def probes() -> list[Probe]:
    """The grid: every preparation template with every anaphor (the rest of the slots rotating), the
    scaffold templates with their anaphors, and the two-sample passages."""
    out = []
    k = 0
    for p_name, prep in PREPS.items():
        for a_name, anaphor in ANAPHORS.items():
            h_text, h_main, h_parts = HOSTS[k % len(HOSTS)]
            x, shape, plural = ADDITIVES[(k // 2) % len(ADDITIVES)]
            # (a loading is said where the additive is put in, not where it is made)
            amount = "" if p_name in MADE_FIRST else "5 wt% " if p_name == "amount_in_brackets" \
                else AMOUNTS[(k // 3) % len(AMOUNTS)]
            v_name, (v_tmpl, value) = list(VALUES.items())[k % len(VALUES) if k % 7 else (k // 7) % len(VALUES)]
            k += 1
            phrase = f"{amount}{x}{' ' + shape if shape else ''}"
            plural = plural and p_name != "x_added"
            sent = prep.format(X=phrase, x=x, H=h_text, A=amount, a=amount.strip(), S=" " + shape if shape else "",
                               be="were" if plural else "was", them="them" if plural else "it")
            doc = f"{sent} {_value(v_tmpl, anaphor.format(x=x))}"
            amt = float(amount.split()[0]) if amount else None
            # (a catalyst on its support is one additive, written catalyst/support)
            added = f"{x}/graphene" if p_name == "supported_catalyst" else x
            out.append(Probe(doc, value, h_main, h_parts | {added}, amt,
                             {"prep": p_name, "anaphor": a_name, "value": v_name, "host": h_text, "additive": x,
                              "amount": amount.strip() or "none", "shape": shape or "none"}))
    for p_name, prep in SCAFFOLD_PREPS.items():
        for a_name, anaphor in SCAFFOLD_ANAPHORS.items():
            h_text, h_main, h_parts = HOSTS[k % 5]   # (the single hydrides: a scaffold holds one)
            s = SCAFFOLDS[k % len(SCAFFOLDS)]
            v_name, (v_tmpl, value) = list(VALUES.items())[k % len(VALUES)]
            k += 1
            doc = f"{prep.format(H=h_text, S=s)} {_value(v_tmpl, anaphor.format(S=s))}"
            out.append(Probe(doc, value, h_main, h_parts | {s}, None,
                             {"prep": p_name, "anaphor": a_name, "value": v_name, "host": h_text, "additive": s,
                              "amount": "none", "shape": "none"}))
    for n_name, (tmpl, anaphor, main, parts) in NOUN_FITS.items():
        for j, (h_text, h_main, h_parts) in enumerate(HOSTS[:5]):
            x = ADDITIVES[j][0]
            v_name, (v_tmpl, value) = list(VALUES.items())[j % len(VALUES)]
            doc = f"{tmpl.format(H=h_text, x=x)} {_value(v_tmpl, anaphor)}"
            out.append(Probe(doc, value, main or h_main, parts or (h_parts | {x}), None if main else 10.0,
                             {"prep": n_name, "anaphor": anaphor.split()[-1], "value": v_name, "host": h_text,
                              "additive": x if not main else "LiBH4–Mg(BH4)2", "amount": "none", "shape": "none"}))
    for a_name, (tmpl, ab) in ABBREVIATED.items():
        for j, (h_text, h_main, h_parts) in enumerate(HOSTS):
            x, shape, plural = ADDITIVES[(j + 3) % len(ADDITIVES)]
            v_name, (v_tmpl, value) = list(VALUES.items())[j % len(VALUES)]
            doc = f"{tmpl.format(H=h_text, X=x, be='was', ab=ab)} {_value(v_tmpl, ab).replace('the ' + ab, ab)}"
            amt = float(tmpl.split(" wt%")[0].split()[-1]) if " wt%" in tmpl else None
            out.append(Probe(doc, value, h_main, h_parts | {x}, amt,
                             {"prep": a_name, "anaphor": "abbreviation", "value": v_name, "host": h_text,
                              "additive": x, "amount": "none", "shape": "none"}))
    return out


def verdict(probe: Probe, rows: list[dict]) -> str:
    """'OK', or what went wrong with the probe's value."""
    found = [r for r in rows if r["value"] == probe.value]
    if not found:
        return "MISS"
    for r in found:
        comps = {c["material"] for c in r["components"]}
        if r["material"] != probe.host or comps != probe.components:
            continue
        if probe.amount is not None and not any(c.get("amount") == probe.amount for c in r["components"]):
            continue
        return "OK"
    r = found[0]
    return f"WRONG {r['material']} {sorted(c['material'] for c in r['components'])}"


def run(probe_list: list[Probe]) -> list[tuple[Probe, str]]:
    from prose_sentences import contract_measurements
    return [(p, verdict(p, contract_measurements(p.doc, section="Abstract"))) for p in probe_list]


if __name__ == "__main__":
    report(run, probes())
