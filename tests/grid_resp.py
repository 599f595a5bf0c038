"""A probe grid for sentences that name several systems or several parts of one: the values must land on the
right system.

Every document is a mini-abstract written here from slots (test data, not vocabulary): a preparation sentence
× a value sentence of one form. The forms: a 'respectively' list over the stages or parts of ONE sample
(every value is that sample's); "the former … the latter"; one host doped with two additives (two samples)
against co-doped with both (one sample); "the samples containing 5 wt% X and Y … respectively"; a baseline
of the bare host written before, after or not at all next to the modified sample's value, in several contrast
wordings; a reversible share of a capacity ("of which 3.9 wt% is reversible"). Crossed with the host, the
additive (oxide, halide, metal, carbon, MXene; with or without an amount and a morphology word) and the
property (onset/peak °C, Ea kJ/mol, wt%, mS/cm, mAh/g). Each document carries the expected system (and,
where the form is about it, the property) of every value.

Run as a script from the checkout root (``python tests/grid_resp.py [-v]``) for the failure rate per slot.
"""
from __future__ import annotations

import itertools
import operator
from dataclasses import dataclass, field

from grid_rates import checked, report, value_wrongs

# hosts: (as written, the formulas of its components)
HOSTS = [("MgH2", ("MgH2",)), ("LiBH4", ("LiBH4",)), ("NaAlH4", ("NaAlH4",)), ("Mg(BH4)2", ("Mg(BH4)2",)),
         ("LiNH2–MgH2", ("LiNH2", "MgH2"))]
# additives: (formula, kind, words after it)
ADDITIVES = [("TiO2", "oxide", ""), ("CeO2", "oxide", " nanorods"), ("TiF3", "halide", ""),
             ("Ni", "metal", " nanoparticles"), ("graphene", "carbon", ""), ("Ti3C2", "mxene", " nanosheets"),
             ("Nb2O5", "oxide", " nanoparticles"), ("ZrCl4", "halide", "")]


@dataclass(frozen=True)
class Prop:
    name: str
    key: str          # the property key expected where a form checks it
    one: str          # "onset dehydrogenation temperature"
    many: str         # "onset dehydrogenation temperatures"
    unit: str
    vals: tuple[float, float]
    base: float
    verb: str         # a clause stating the value: "{S} starts to release hydrogen at {v}"
    hosts: tuple[int, ...]   # indices into HOSTS


PROPS = [
    Prop("onset_T", "onset_dehydrogenation_temperature", "onset dehydrogenation temperature",
         "onset dehydrogenation temperatures", "°C", (245.5, 262.5), 351.5,
         "{S} starts to release hydrogen at {v}", (0, 1, 2, 3, 4)),
    Prop("peak_T", "peak_dehydrogenation_temperature", "peak desorption temperature", "peak desorption temperatures",
         "°C", (288.5, 301.5), 391.5, "{S} shows its desorption peak at {v}", (0, 1, 2, 3, 4)),
    Prop("Ea", "dehydrogenation_activation_energy", "apparent activation energy of dehydrogenation",
         "apparent activation energies of dehydrogenation", "kJ/mol", (75.5, 82.5), 161.5,
         "{S} has an apparent activation energy of dehydrogenation of {v}", (0, 2, 3, 4)),
    Prop("capacity", "hydrogen_capacity", "hydrogen capacity", "hydrogen capacities", "wt%", (5.15, 4.75), 6.25,
         "{S} releases {v} of hydrogen", (0, 1, 2, 4)),
    Prop("conductivity", "ionic_conductivity", "ionic conductivity", "ionic conductivities", "mS/cm",
         (0.21, 0.15), 0.012, "{S} reaches an ionic conductivity of {v} at 30 °C", (1,)),
    Prop("spec_capacity", "discharge_capacity", "discharge capacity", "discharge capacities", "mAh/g",
         (1120.5, 980.5), 640.5, "{S} delivers a discharge capacity of {v}", (0,)),
]


@dataclass
class Probe:
    doc: str
    expected: dict[float, frozenset[str]]
    props: dict[float, str] = field(default_factory=dict)   # value -> the property key (checked when given)
    slots: dict[str, str] = field(default_factory=dict)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _an(s: str) -> str:
    return s.replace(" a apparent", " an apparent").replace(" a onset", " an onset").replace(" a ionic", " an ionic")


# --- 1. a 'respectively' list over the stages or parts of ONE sample --------------------------------------
# {S} the sample, {H} host, {X} additive, {P} plural property, {v1} {v2} values with unit
STAGES = {
    "attributed": "{S} shows two {P}, {v1} and {v2}, attributed to the {X}-catalysed surface layer and to the "
                  "bulk {H}, respectively.",
    "corresponding": "The {P} of {S} are {v1} and {v2}, which correspond to the decomposition at the {X} "
                     "interface and in the {H} core, respectively.",
    "representing": "Two steps of {S} give {P} of {v1} and {v2}, representing the conversion of {X} and of "
                    "{H}, respectively.",
    "assigned": "For {S}, {P} of {v1} and {v2} were found and assigned to the first and second reaction step, "
                "respectively.",
}
# how the one sample is named in the value sentence
SAMPLES = {"dash": "the {H}–{X} composite", "doped": "the {X}-doped {H}", "catalysed": "{H} catalysed by {X}"}


def stages() -> list[Probe]:
    out = []
    for k, ((fn, form), p, (_sn, sample)) in enumerate(itertools.product(STAGES.items(), PROPS, SAMPLES.items())):
        host, comps = HOSTS[p.hosts[k % len(p.hosts)]]
        x, kind, post = ADDITIVES[k % len(ADDITIVES)]
        amount = ("", "5 wt% ")[k % 2]
        setup = f"{host} was ball milled with {amount}{x}{post}."
        s = sample.format(H=host, X=x)
        text = _an(form.format(S=s, H=host, X=x, P=p.many, v1=f"{p.vals[0]} {p.unit}", v2=f"{p.vals[1]} {p.unit}"))
        want = frozenset(comps) | {x}
        out.append(Probe(f"{setup} {_cap(text)}", {p.vals[0]: want, p.vals[1]: want},
                         {}, {"family": "stages", "form": fn, "property": p.name, "host": host, "kind": kind,
                              "amount": "yes" if amount else "no", "baseline": "absent"}))
    return out


# --- 2. two samples: the former / the latter; doped with two additives; the samples containing … -------------
TWO = {
    "former_latter": "{S1} and {S2} were prepared; the former shows a {p} of {v1}, the latter one of {v2}.",
    "former_latter_verb": "{S1} and {S2} were compared. {F}, and {L}.",
    "doped_two": "The {P} measured for {H} doped with {X1} and {X2} are {v1} and {v2}, respectively.",
    "doped_two_no_resp": "The {P} measured for {H} doped with {X1} and {X2} are {v1} and {v2}.",
    "containing_resp": "The samples containing 20 wt% {X1} and {X2} reach {P} of {v1} and {v2}, respectively.",
    "codoped_one": "{H} co-doped with {X1} and {X2} shows a {p} of {v1}.",
}


def two_samples() -> list[Probe]:
    out = []
    for k, ((fn, form), p, turn) in enumerate(itertools.product(TWO.items(), PROPS, range(2))):
        host, comps = HOSTS[p.hosts[(k + turn) % len(p.hosts)]]
        (x1, kind, post), (x2, _, _) = ADDITIVES[k % len(ADDITIVES)], ADDITIVES[(k + 3) % len(ADDITIVES)]
        v1, v2 = f"{p.vals[0]} {p.unit}", f"{p.vals[1]} {p.unit}"
        s1, s2 = f"{host}–{x1}", f"{host}–{x2}"
        f_clause = p.verb.format(S="the former", v=v1)
        l_clause = p.verb.format(S="the latter", v=v2)
        text = _an(form.format(S1=s1, S2=s2, H=host, X1=x1, X2=x2, p=p.one, P=p.many, v1=v1, v2=v2,
                               F=_cap(f_clause), L=l_clause))
        setup = f"{host} was ball milled with {x1}{post} and with {x2}."
        if fn == "codoped_one":
            setup = f"{host} was ball milled with {x1}{post} and {x2} together."
            expected = {p.vals[0]: frozenset(comps) | {x1, x2}}
        else:
            expected = {p.vals[0]: frozenset(comps) | {x1}, p.vals[1]: frozenset(comps) | {x2}}
        out.append(Probe(f"{setup} {_cap(text)}", expected, {},
                         {"family": "two", "form": fn, "property": p.name, "host": host, "kind": kind,
                          "amount": "no", "baseline": "absent"}))
    return out


# --- 3. a baseline of the bare host next to the modified sample's value ------------------------------------
# {B} the baseline value with unit, {H} the host, {clause_M} the modified sample's clause
BASES = {
    "pure_plain": "Pure {H} needs {B}.",
    "whereas": "{M}, whereas {H} needs {B}.",
    "in_contrast": "In contrast, the undoped hydride needs {B}.",
    "compared_with": "{M}, compared with {B} for the as-milled {H}.",
    "pristine_clause": "{Bc}.",
}
POSITIONS = ["before", "after", "absent"]


def baselines() -> list[Probe]:
    out = []
    for k, ((fn, form), p, pos) in enumerate(itertools.product(BASES.items(), PROPS, POSITIONS)):
        host, comps = HOSTS[p.hosts[k % len(p.hosts)]]
        x, kind, post = ADDITIVES[k % len(ADDITIVES)]
        amount = ("", "10 wt% ")[k % 2]
        v, b = f"{p.vals[0]} {p.unit}", f"{p.base} {p.unit}"
        mod = p.verb.format(S=f"the {host}–{x} composite", v=v)
        bare_c = p.verb.format(S=f"the pristine {host}", v=b)
        setup = f"{host} was ball milled with {amount}{x}{post}."
        expected = {p.vals[0]: frozenset(comps) | {x}}
        if pos == "absent":
            sents = [_cap(mod) + "."]
        elif "{M}" in form:   # the baseline shares the modified sample's sentence: its place is the form's
            sents = [_cap(form.format(M=mod, H=host, B=b))]
            expected[p.base] = frozenset(comps)
            if pos == "before":
                continue
        else:
            base = form.format(H=host, B=b, Bc=_cap(bare_c))
            sents = [base, _cap(mod) + "."] if pos == "before" else [_cap(mod) + ".", base]
            expected[p.base] = frozenset(comps)
            if fn == "in_contrast" and pos == "before":
                continue   # 'in contrast' needs something before it
        text = _an(" ".join(sents))
        out.append(Probe(f"{setup} {text}", expected, {},
                         {"family": "baseline", "form": fn, "property": p.name, "host": host, "kind": kind,
                          "amount": "yes" if amount else "no", "baseline": pos}))
    return out


# --- 4. lowered by / to: the 'to' value is the sample's --------------------------------------------------
LOWERED = {
    "lowers_by_to": "{X} lowers the {p} of {H} by {d} to {v}.",
    "reduced_by_to": "The {p} of the {H}–{X} composite is reduced by {d} to {v}.",
    "decrease_to": "Adding {X} decreases the {p} of {H} to {v}, a drop of {d}.",
}


def lowered() -> list[Probe]:
    out = []
    for k, ((fn, form), p) in enumerate(itertools.product(LOWERED.items(), PROPS[:3])):
        for turn in range(3):
            host, comps = HOSTS[p.hosts[(k + turn) % len(p.hosts)]]
            x, kind, post = ADDITIVES[(k + turn) % len(ADDITIVES)]
            d = round(p.base - p.vals[0], 1)
            text = _an(form.format(X=x, H=host, p=p.one, d=f"{d} {p.unit}", v=f"{p.vals[0]} {p.unit}"))
            setup = f"{host} was ball milled with {x}{post}."
            out.append(Probe(f"{setup} {_cap(text)}",
                             {p.vals[0]: frozenset(comps) | {x}}, {p.vals[0]: p.key},
                             {"family": "lowered", "form": fn, "property": p.name, "host": host, "kind": kind,
                              "amount": "no", "baseline": "absent"}))
    return out


# --- 5. a reversible share of a capacity -------------------------------------------------------------------
REVERSIBLE = {
    "of_which": "The {S} releases {t} wt% of hydrogen, of which {r} wt% is reversible.",
    "only_is": "The {S} releases {t} wt% of hydrogen, but only {r} wt% is reversible.",
    "only_remains": "The {S} desorbs {t} wt% H2 in the first run; only {r} wt% remains reversible.",
}


def reversible() -> list[Probe]:
    out = []
    for k, ((fn, form), hi) in enumerate(itertools.product(REVERSIBLE.items(), (0, 1, 2, 4))):
        for turn in range(2):
            host, comps = HOSTS[hi]
            x, kind, post = ADDITIVES[(k + turn * 3) % len(ADDITIVES)]
            t, r = 5.6 + turn / 10, 3.9 + turn / 10
            text = form.format(S=f"{host}–{x} composite", t=t, r=r)
            setup = f"{host} was ball milled with {x}{post}."
            want = frozenset(comps) | {x}
            out.append(Probe(f"{setup} {text}", {t: want, r: want},
                             {t: "hydrogen_capacity", r: "reversible_hydrogen_capacity"},
                             {"family": "reversible", "form": fn, "property": "capacity", "host": host,
                              "kind": kind, "amount": "no", "baseline": "absent"}))
    return out


def probes() -> list[Probe]:
    return stages() + two_samples() + baselines() + lowered() + reversible()


def check(probe: Probe, rows: list[dict]) -> list[str]:
    """What is wrong with the rows extracted from ``probe.doc`` (empty when every value is right)."""
    return value_wrongs(probe, rows, operator.eq)


def run(ps: list[Probe]) -> list[tuple[Probe, str]]:
    return checked(check, ps)


if __name__ == "__main__":
    report(run, probes())
