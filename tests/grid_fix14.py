"""A probe grid of eight forms the readers missed in probe sentences: an additive named by its metals and a
framework class ('NiCo-LDH', 'CoNi-MOF'), an additive made by a route the making verbs lacked ("was made by",
"was grown by") and put into the host in the next sentence, a carbon-coated metal, the passage's sample after a
baseline sentence, two hydrides named in words joined by a hyphen, a baseline value with no property word, a
loading that binds to the first of two additives only, and single-atom catalysts on their support ('Pt SA/TiO2').

Each form has several wordings written here (different verbs, orders, notations) and one negative wording the
rule must not fire on; each is crossed with the hosts and, where the form has one, the additive. Every
mini-abstract says which sample its value belongs to (host and every component) and, where it matters, the
property and the loading. The slots rotate in a fixed order (no randomness: the same documents every run).

Run as a script from the worktree root to print the failure rate per slot value:
``python tests/grid_fix14.py [-v]``. ``test_grid_fix14.py`` asserts the pass rates.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from grid_rates import judged, report

HOSTS = ["MgH2", "LiBH4", "LiAlH4", "NaAlH4", "Mg(BH4)2"]


@dataclass
class Probe:
    doc: str
    value: float
    host: str
    components: set[str]
    slots: dict[str, str] = field(default_factory=dict)
    prop: str | None = None                         # the property the value must have, where the form decides it
    amounts: dict[str, float | None] = field(default_factory=dict)   # component → loading it must have


# ---------------------------------------------------------------- 1. a framework class named by its metals
FRAMEWORKS = ["NiCo-LDH", "CoNi-MOF", "NiFe-LDH", "ZnCo-ZIF"]
FRAMEWORK_FORMS = {
    "doped_with": "{H} doped with {X} starts to release hydrogen at 185 °C.",
    "made_then_milled": "{X} was synthesized hydrothermally and ball-milled with {H}. "
                        "The composite starts to release hydrogen at 185 °C.",
    "loading": "The {H}–10 wt% {X} composite releases hydrogen at 185 °C.",
    "derived": "{H} catalyzed by {X}-derived catalysts starts to release hydrogen at 185 °C.",
    "prefix": "The {X}-modified {H} begins to desorb hydrogen at 185 °C.",
}


def _framework_probes() -> list[Probe]:
    out = []
    for k, (f_name, tmpl) in enumerate(FRAMEWORK_FORMS.items()):
        for j, x in enumerate(FRAMEWORKS):
            h = HOSTS[(k + j) % len(HOSTS)]
            out.append(Probe(_doc(tmpl.format(H=h, X=x)), 185.0, h, {h, x},
                             {"form": "framework", "wording": f"framework:{f_name}", "host": h}))
    # (negative) a metal on a carbon nanotube support in capitals stays the metal and the carbon
    for h in HOSTS[:4]:
        out.append(Probe(_doc(f"{h} catalyzed by Ni-CNT starts to release hydrogen at 185 °C."), 185.0, h,
                         {h, "Ni", "CNT"}, {"form": "framework", "wording": "framework:negative_ni_cnt", "host": h}))
    return out


# ---------------------------------------------------------------- 2. made by a route, then put in by "It"
MADE_VERBS = ["made", "fabricated", "produced", "obtained", "grown", "synthesized"]
MADE_ADDITIVES = [("Ni/C", "Ni/C"), ("CeO2 nanorods", "CeO2"), ("TiO2/NC", "TiO2/NC"), ("Co@C", "Co@C")]
MADE_PUTS = ["It was then incorporated into {H}.", "It was subsequently ball milled with {H}.",
             "The product was then added to {H}."]


def _made_probes() -> list[Probe]:
    out = []
    k = 0
    for verb in MADE_VERBS:
        for put in MADE_PUTS:
            for j in range(2):
                body, rec = MADE_ADDITIVES[(k + j) % len(MADE_ADDITIVES)]
                h = HOSTS[(k + 2 * j) % len(HOSTS)]
                was = "were" if body.endswith("s") else "was"
                it = put.replace("It was", "They were") if body.endswith("s") else put
                doc = _doc(f"{body} {was} {verb} by a wet-chemical route. {it.format(H=h)} "
                           "The composite starts to release hydrogen at 196 °C.")
                out.append(Probe(doc, 196.0, h, {h, rec}, {"form": "made", "wording": f"made:{verb}", "host": h}))
            k += 1
    # (negative) the made additive is only characterised; the hydride named next is measured bare
    for h in HOSTS[:4]:
        doc = _doc(f"Ni/C was made by a wet-chemical route. It was then characterized by XRD. "
                   f"{h} starts to release hydrogen at 296 °C.")
        out.append(Probe(doc, 296.0, h, {h}, {"form": "made", "wording": "made:negative_characterized", "host": h}))
    return out


# ---------------------------------------------------------------- 3. a carbon-coated metal
COATED = [("Carbon-coated Ni", "Ni@C"), ("Carbon-encapsulated Co", "Co@C"), ("Graphene-wrapped Fe", "Fe@graphene")]
COATED_FORMS = {
    "obtained_via": "{A} obtained via pyrolysis was milled with {H}. The composite starts to release hydrogen at 205 °C.",
    "prepared_and": "{A} was prepared by pyrolysis and then mixed with {H}. "
                    "The composite starts to release hydrogen at 205 °C.",
    "doped_with": "{H} doped with {a} starts to release hydrogen at 205 °C.",
}


def _coated_probes() -> list[Probe]:
    out = []
    for k, (f_name, tmpl) in enumerate(COATED_FORMS.items()):
        for j, (a, rec) in enumerate(COATED):
            for i in range(2):
                h = HOSTS[(k + j + 2 * i) % len(HOSTS)]
                doc = _doc(tmpl.format(A=a, a=a[0].lower() + a[1:], H=h))
                out.append(Probe(doc, 205.0, h, {h, rec}, {"form": "coated", "wording": f"coated:{f_name}", "host": h}))
    # (negative) a coated host ('carbon-coated MgH2') is the host in its carbon shell, no metal added
    for h in ("MgH2", "LiBH4", "NaAlH4"):
        doc = _doc(f"Carbon-coated {h} was prepared by ball milling. The sample starts to release hydrogen at 205 °C.")
        out.append(Probe(doc, 205.0, h, {h, "C"}, {"form": "coated", "wording": "coated:negative_host", "host": h}))
    return out


# ---------------------------------------------------------------- 4. the passage's sample after a baseline
BASELINE_BETWEEN = {
    "compared_with": "Compared with pure {H}, the doped sample desorbs more hydrogen.",
    "baseline_value": "Pure {H} releases hydrogen only above 400 °C.",
    "in_contrast": "In contrast, undoped {H} shows sluggish kinetics.",
    "than_pristine": "This is much faster than pristine {H}.",
}
PASSAGE_VALUES = {
    "its": "Its plateau pressure is 0.35 MPa.",
    "the_doped": "The plateau pressure of the doped sample is 0.35 MPa.",
    "bare": "The plateau pressure is 0.35 MPa.",
}
PASSAGE_SAMPLES = [("MgH2", "TiCl3", "doped with"), ("LiBH4", "TiF3", "doped with"), ("NaAlH4", "CeCl3", "catalyzed by"),
                   ("LiAlH4", "NbF5", "doped with")]


def _passage_probes() -> list[Probe]:
    out = []
    k = 0
    for b_name, between in BASELINE_BETWEEN.items():
        for value in PASSAGE_VALUES.values():
            for j in range(2):
                h, add, verb = PASSAGE_SAMPLES[(k + j) % len(PASSAGE_SAMPLES)]
                doc = _doc(f"{h} {verb} {add} was prepared by ball milling. {between.format(H=h)} {value}")
                out.append(Probe(doc, 0.35, h, {h, add},
                                 {"form": "passage", "wording": f"passage:{b_name}", "host": h}))
            k += 1
    # (negative) a value sentence that names the baseline itself keeps it
    for h, add, verb in PASSAGE_SAMPLES:
        doc = _doc(f"{h} {verb} {add} was prepared by ball milling. Compared with the doped sample, "
                   f"pure {h} desorbs less hydrogen. The plateau pressure of pure {h} is 0.35 MPa.")
        out.append(Probe(doc, 0.35, h, {h}, {"form": "passage", "wording": "passage:negative_named", "host": h}))
    return out


# ---------------------------------------------------------------- 5. two hydrides named in words, hyphened
WORD_PAIRS = [("lithium borohydride", "LiBH4", "magnesium hydride", "MgH2"),
              ("sodium alanate", "NaAlH4", "magnesium hydride", "MgH2"),
              ("lithium amide", "LiNH2", "magnesium hydride", "MgH2"),
              ("lithium borohydride", "LiBH4", "calcium hydride", "CaH2")]
PAIR_FORMS = {
    "ascii_hyphen": "The {a}-{b} composite releases hydrogen at 206 °C.",
    "en_dash": "The {a}–{b} composite releases hydrogen at 206 °C.",
    "system_noun": "A {a}-{b} system starts to desorb hydrogen at 206 °C.",
    "mixture": "The ball-milled {a}-{b} mixture released hydrogen at 206 °C.",
}


def _pair_probes() -> list[Probe]:
    out = []
    for f_name, tmpl in PAIR_FORMS.items():
        for a, fa, b, fb in WORD_PAIRS:
            out.append(Probe(_doc(tmpl.format(a=a, b=b)), 206.0, fa, {fa, fb},
                             {"form": "pair", "wording": f"pair:{f_name}", "host": fa}))
    # (negative) a hyphened adjective before one hydride ('nano-structured') adds no second hydride
    for a, fa, _, _ in WORD_PAIRS[:3]:
        out.append(Probe(_doc(f"The ball-milled {a} releases hydrogen at 206 °C."), 206.0, fa, {fa},
                         {"form": "pair", "wording": "pair:negative_one", "host": fa}))
    return out


# ---------------------------------------------------------------- 6. a baseline value with no property word
BASELINE_BARE = {
    "needs": "Pure {H} needs 350 °C.",
    "only_starts_at": "As-milled {H} only starts at 350 °C.",
    "whereas": "By comparison, undoped {H} requires 350 °C.",
    "versus": "The value for pristine {H} is 350 °C.",
}
FIRST_SENTENCES = {
    "onset": ("{H} doped with {A} starts to release hydrogen at 208 °C.", "onset_dehydrogenation_temperature"),
    "peak": ("The peak desorption temperature of {H} catalyzed by {A} is 208 °C.",
             "peak_dehydrogenation_temperature"),
}
BASE_ADDITIVES = ["TiO2", "Nb2O5", "NiCl2", "Fe3O4"]


def _baseline_probes() -> list[Probe]:
    out = []
    k = 0
    for b_name, bare in BASELINE_BARE.items():
        for first, prop in FIRST_SENTENCES.values():
            for j in range(2):
                h = HOSTS[(k + j) % len(HOSTS)]
                add = BASE_ADDITIVES[(k + 2 * j) % len(BASE_ADDITIVES)]
                doc = _doc(f"{first.format(H=h, A=add)} {bare.format(H=h)}")
                out.append(Probe(doc, 350.0, h, {h}, {"form": "baseline", "wording": f"baseline:{b_name}", "host": h},
                                 prop=prop))
            k += 1
    # (negative) a bare number of another quantity (a time) is no temperature of the baseline
    for h in HOSTS[:4]:
        doc = _doc(f"{h} doped with TiO2 starts to release hydrogen at 208 °C. Pure {h} needs 350 min.")
        out.append(Probe(doc, 208.0, h, {h, "TiO2"},
                         {"form": "baseline", "wording": "baseline:negative_other_unit", "host": h}))
    return out


# ---------------------------------------------------------------- 7. a loading of the first of two additives
TWO_ADDITIVES = [("CeO2", "graphene"), ("TiF3", "CNTs"), ("Nb2O5", "rGO"), ("Ni", "carbon black")]
TWO_FORMS = {
    "containing": "{H} containing 20 wt% {X} and {Y} starts to release hydrogen at 250 °C.",
    "doped_with": "{H} doped with 20 wt% {X} and {Y} starts to release hydrogen at 250 °C.",
    "adding": "By adding 20 wt% {X} and {Y} to {H}, hydrogen release starts at 250 °C.",
    "respectively": "{H} and {H} containing 20 wt% {X} and {Y} start to release hydrogen at 330 and 250 °C, "
                    "respectively.",
    # a 'respectively' list that pairs with listed properties, conditions or cycles, not with the two additives
    "props_listed": "{H} containing 20 wt% {X} and {Y} shows onset and peak desorption temperatures of 250 and 270 °C, "
                    "respectively.",
    "props_before": "The onset and peak desorption temperatures of {H} doped with 20 wt% {X} and {Y} are 250 and "
                    "270 °C, respectively.",
    "conditions_listed": "{H} with 20 wt% {X} and {Y} releases hydrogen at 250 and 270 °C at heating rates of 2 and "
                         "5 K/min, respectively.",
    "cycles_listed": "The onset temperatures of {H} containing 20 wt% {X} and {Y} are 250 and 270 °C in the first and "
                     "second cycles, respectively.",
    "verbs_listed": "{H} with 20 wt% {X} and {Y} starts and completes dehydrogenation at 250 and 270 °C, respectively.",
}
TWO_KEYS = {"graphene": "graphene", "CNTs": "CNT", "rGO": "rGO", "carbon black": "carbon black"}


def _two_probes() -> list[Probe]:
    out = []
    for k, (f_name, tmpl) in enumerate(TWO_FORMS.items()):
        for j, (x, y) in enumerate(TWO_ADDITIVES):
            h = HOSTS[(k + j) % len(HOSTS)]
            out.append(Probe(_doc(tmpl.format(H=h, X=x, Y=y)), 250.0, h, {h, x, TWO_KEYS[y]},
                             {"form": "two", "wording": f"two:{f_name}", "host": h},
                             amounts={x: 20.0, TWO_KEYS[y]: None}))
    # (negative) samples that each hold one of the additives: the list pairs with them, one additive each
    for j, (x, y) in enumerate(TWO_ADDITIVES[:3]):
        h = HOSTS[j + 1]
        doc = _doc(f"The {h} samples containing 20 wt% {x} and {y} start to release hydrogen at 250 and 270 °C, "
                   "respectively.")
        out.append(Probe(doc, 250.0, h, {h, x}, {"form": "two", "wording": "two:negative_one_each", "host": h},
                         amounts={x: 20.0}))
    # (negative) a loading written before each additive binds to each
    for j, (x, y) in enumerate(TWO_ADDITIVES[:3]):
        h = HOSTS[j]
        doc = _doc(f"{h} containing 20 wt% {x} and 5 wt% {y} starts to release hydrogen at 250 °C.")
        out.append(Probe(doc, 250.0, h, {h, x, TWO_KEYS[y]}, {"form": "two", "wording": "two:negative_each", "host": h},
                         amounts={x: 20.0, TWO_KEYS[y]: 5.0}))
    return out


# ---------------------------------------------------------------- 8. single atoms on a support
SINGLE_ATOMS = ["Pt SA/TiO2", "Co SA/NG", "Ni SAs@N-C", "CuSA/Ti3C2Tx", "Fe-SA/NC"]
# the catalyst as the README names it: the metal on its support without the form tag (the form gives the strategy)
SA_NAMED = {"Pt SA/TiO2": "Pt/TiO2", "Co SA/NG": "Co/NG", "Ni SAs@N-C": "Ni@N-C", "CuSA/Ti3C2Tx": "Cu/Ti3C2Tx",
            "Fe-SA/NC": "Fe/NC"}
SA_FORMS = {
    "catalyzed_by": "{H} catalyzed by {X} starts to release hydrogen at 211 °C.",
    "loading": "The {H}–5 wt% {X} composite releases hydrogen at 211 °C.",
    "made_then": "{X} was synthesized by pyrolysis and ball-milled with {H}. "
                 "The composite starts to release hydrogen at 211 °C.",
}


def _sa_probes() -> list[Probe]:
    out = []
    for k, (f_name, tmpl) in enumerate(SA_FORMS.items()):
        for j, x in enumerate(SINGLE_ATOMS):
            h = HOSTS[(k + j) % len(HOSTS)]
            out.append(Probe(_doc(tmpl.format(H=h, X=x)), 211.0, h, {h, SA_NAMED[x]},
                             {"form": "single_atom", "wording": f"single_atom:{f_name}", "host": h}))
    # (negative) a metal's particles and an oxide named apart are two additives, no single atoms on a support
    for h in HOSTS[:3]:
        doc = _doc(f"{h} doped with Pt nanoparticles and TiO2 starts to release hydrogen at 211 °C.")
        out.append(Probe(doc, 211.0, h, {h, "Pt", "TiO2"},
                         {"form": "single_atom", "wording": "single_atom:negative_apart", "host": h}))
    # a claim sentence naming the catalyst alone after the host's value: the host stays the hydride
    for j, x in enumerate(SINGLE_ATOMS[:4]):
        h = HOSTS[j]
        doc = _doc(f"{h} doped with {x} starts to release hydrogen at 211 °C. The {x} catalyst weakens the "
                   "metal–hydrogen bonds.")
        out.append(Probe(doc, 211.0, h, {h, SA_NAMED[x]},
                         {"form": "single_atom", "wording": "single_atom:claim_after", "host": h}))
    return out


def _doc(body: str) -> str:
    return f"# A test paper\n\n## Abstract\n\n{body}\n"


def probes() -> list[Probe]:
    return _framework_probes() + _made_probes() + _coated_probes() + _passage_probes() + _pair_probes() \
        + _baseline_probes() + _two_probes() + _sa_probes()


def verdict(probe: Probe, rows: list[dict]) -> str:
    """'OK', or what went wrong with the probe's value."""
    from ingest.evaluation.scoring import host_key, material_key
    found = [r for r in rows if r["value"] == probe.value]
    if not found:
        return "MISS"
    want = sorted(material_key(c) for c in probe.components)
    for r in found:
        if host_key(r["material"]) != host_key(probe.host) \
                or sorted(material_key(c["material"]) for c in r["components"]) != want:
            continue
        if probe.prop is not None and r["property"] != probe.prop:
            return f"PROPERTY {r['property']}"
        amounts = {material_key(c["material"]): c["amount"] for c in r["components"]}
        bad = {m: amounts.get(material_key(m)) for m, a in probe.amounts.items() if amounts.get(material_key(m)) != a}
        return f"AMOUNT {bad}" if bad else "OK"
    r = found[0]
    return f"WRONG {r['material']} {sorted(c['material'] for c in r['components'])}"


def run(probe_list: list[Probe]) -> list[tuple[Probe, str]]:
    return judged(verdict, probe_list)


if __name__ == "__main__":
    report(run, probes())
