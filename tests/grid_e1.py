"""A probe grid for the forms a new set of real abstracts (E1, Mg-based hydrides) showed the reader missing:

1. ``method`` — an activation energy named next to the kinetic method it came from ("the Arrhenius equation
   yields the activation energy (Ea) of S to be 86 kJ/mol", "from the Kissinger plot …"): the method word says
   how the value was obtained, not which energy it is — in kJ/mol of a hydride it stays the dehydrogenation
   barrier; an energy of ionic conduction must still read as one ("… for Li+ conduction", in eV);
2. ``noun`` — a capacity stated by a noun of the process ("rapid absorption of 6.2 wt% H2 within 60 s",
   "a hydrogen uptake of …", "a release of …"): absorption/uptake is the absorbed capacity;
3. ``nested`` — two samples with a pair of values each, one 'respectively' over both ("A and B …, and their
   absorption and desorption capacities were a1 and d1, and a2 and d2, respectively"): each pair is its
   sample's, in the order of the property list;
4. ``contrast`` — the bare host's value in brackets after a contrast ("…, a sharp contrast to the
   milled-MgH2 (0.67 wt%)"), with the state word written before the host with or without a hyphen.

Every sentence is written here from slots (test data, no paper's wording), crossed with the host and the
additive (oxide, sulfide, metal, carbon, MXene; with an amount). Each probe carries the expected system and
property of every value. Run as a script from the checkout root (``python tests/grid_e1.py [-v]``) for the
failure rate per slot.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from grid_rates import checked, report, value_wrongs

HOSTS = [("MgH2", ("MgH2",)), ("LiBH4", ("LiBH4",)), ("NaAlH4", ("NaAlH4",)), ("LiAlH4", ("LiAlH4",))]
# (formula, kind, words after it)
ADDITIVES = [("NiCo2S4", "sulfide", ""), ("TiO2", "oxide", " nanoparticles"), ("Ni", "metal", " nanoparticles"),
             ("Ti3C2", "mxene", " nanosheets"), ("Nb2O5", "oxide", ""), ("graphene", "carbon", "")]

EA, HEA, ION = "dehydrogenation_activation_energy", "hydrogenation_activation_energy", "ion_migration_activation_energy"
CAP, ABS = "hydrogen_capacity", "absorbed_hydrogen_capacity"


@dataclass
class Probe:
    doc: str
    expected: dict[float, frozenset[str]]
    props: dict[float, str] = field(default_factory=dict)   # value -> the property key it must have
    slots: dict[str, str] = field(default_factory=dict)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _sample(host: str, x: str, k: int) -> str:
    return ("the {H}-10 wt% {X} composite", "the {H} + 5 wt% {X} sample", "{X}-doped {H}")[k % 3].format(H=host, X=x)


# --- 1. an activation energy named beside its kinetic method ----------------------------------------------
METHOD = {
    "arrhenius_yields": ("Besides, the Arrhenius equation yields the activation energy (Ea) of {S} to be {v} kJ/mol.", EA),
    "arrhenius_plot": ("The Arrhenius plot gives an apparent activation energy of {v} kJ mol−1 for {S}.", EA),
    "using_arrhenius": ("Using the Arrhenius equation, the Ea of {S} was calculated as {v} kJ·mol−1.", EA),
    "kissinger": ("From the Kissinger method, the activation energy of {S} is estimated to be {v} kJ/mol.", EA),
    "jmak_arrhenius": ("Fitting with the JMAK model and the Arrhenius equation, {S} shows an Ea of {v} kJ/mol.", EA),
    "arrhenius_hydrogenation": ("By the Arrhenius equation, the hydrogenation activation energy of {S} is {v} kJ/mol.", HEA),
    # the energy of ionic conduction keeps its name (a control: the method word must not blur it)
    "arrhenius_conduction": ("The Arrhenius activation energy for Li+ conduction of {S} is {v} eV.", ION),
}


def method() -> list[Probe]:
    out = []
    for k, ((fn, (form, key)), (host, comps)) in enumerate(itertools.product(METHOD.items(), HOSTS)):
        for turn in range(2):
            x, kind, post = ADDITIVES[(k + turn) % len(ADDITIVES)]
            v = (86.5, 77.3)[turn] if key != ION else (0.52, 0.61)[turn]
            setup = f"{host} was ball milled with 10 wt% {x}{post}."
            text = form.format(S=_sample(host, x, k + turn), v=v)
            out.append(Probe(f"{setup} {_cap(text)}", {v: frozenset(comps) | {x}}, {v: key},
                             {"family": "method", "form": fn, "host": host, "kind": kind}))
    return out


# --- 2. a capacity stated by a noun of the process --------------------------------------------------------
NOUN = {
    "rapid_absorption": ("{S} shows rapid absorption of {v} wt% H2 within 60 s at 150 °C.", ABS),
    "hydrogen_uptake": ("{S} reaches a hydrogen uptake of {v} wt% in 10 min at 100 °C.", ABS),
    "fast_absorption_obtained": ("A fast absorption of {v} wt% hydrogen within 5 min at 200 °C was obtained for {S}.", ABS),
    "uptake_of": ("An uptake of {v} wt% H2 within 2 min at 125 °C is achieved by {S}.", ABS),
    "release_of": ("{S} exhibits a quick release of {v} wt% H2 within 10 min at 300 °C.", CAP),
    "absorbs_verb": ("{S} absorbs {v} wt% H2 within 60 s at 150 °C.", ABS),
}


def noun() -> list[Probe]:
    out = []
    for k, ((fn, (form, key)), (host, comps)) in enumerate(itertools.product(NOUN.items(), HOSTS)):
        for turn in range(2):
            x, kind, post = ADDITIVES[(k + 2 * turn) % len(ADDITIVES)]
            v = (6.2, 4.85)[turn]
            setup = f"{host} was ball milled with 10 wt% {x}{post}."
            text = form.format(S=_sample(host, x, k + turn), v=v)
            out.append(Probe(f"{setup} {_cap(text)}", {v: frozenset(comps) | {x}}, {v: key},
                             {"family": "noun", "form": fn, "host": host, "kind": kind}))
    return out


# --- 3. two samples with a pair of values each, one 'respectively' over both -----------------------------
# (the two properties in the order the text lists them, their keys, the four values, the unit)
PAIRS = {
    "abs_des": ("hydrogen absorption and desorption capacities", (ABS, CAP), (4.16, 4.1, 4.92, 4.69), "wt.%"),
    # (a rehydrogenation capacity, what is taken up again after a release, is the reversible one)
    "des_rehyd": ("dehydrogenation and rehydrogenation capacities", (CAP, "reversible_hydrogen_capacity"),
                  (5.1, 4.7, 5.6, 5.3), "wt%"),
    "onset_peak": ("onset and peak desorption temperatures", ("onset_dehydrogenation_temperature",
                   "peak_dehydrogenation_temperature"), (205.5, 268.5, 231.5, 290.5), "°C"),
    "ea_pair": ("hydrogenation and dehydrogenation activation energies", (HEA, EA), (41.5, 88.5, 52.5, 101.5), "kJ/mol"),
}
NESTED = {
    "their": "{A} and {B} were tested at 350 °C, respectively, and their {P} were {a1} and {d1}, and {a2} and {d2}, "
             "respectively.",
    "same_clause": "The {P} of {A} and {B} were {a1} and {d1}, and {a2} and {d2}, respectively.",
    "semicolon": "For {A} and {B}, the {P} are {a1} and {d1}; {a2} and {d2}, respectively.",
}
# two samples: alloys of different composition, or one host with two amounts of one additive
TWO = [("Mg77Ni20La3", "Mg82Ni15La3", ("Mg77Ni20La3",), ("Mg82Ni15La3",), "alloys"),
       ("MgH2-5 wt% {X}", "MgH2-10 wt% {X}", ("MgH2", "{X}"), ("MgH2", "{X}"), "amounts"),
       ("LiBH4-{X}", "NaAlH4-{X}", ("LiBH4", "{X}"), ("NaAlH4", "{X}"), "hosts")]


def nested() -> list[Probe]:
    out = []
    for k, ((pn, (words, keys, vals, unit)), (fn, form), (a, b, ca, cb, tn)) in enumerate(
            itertools.product(PAIRS.items(), NESTED.items(), TWO)):
        x, kind, _ = ADDITIVES[k % len(ADDITIVES)]
        if x == "graphene":
            x, kind = "TiF3", "halide"
        a, b = a.format(X=x), b.format(X=x)
        sa, sb = frozenset(c.format(X=x) for c in ca), frozenset(c.format(X=x) for c in cb)
        w = [f"{v} {unit}" for v in vals]
        text = form.format(A=a, B=b, P=words, a1=w[0], d1=w[1], a2=w[2], d2=w[3])
        expected = {vals[0]: sa, vals[1]: sa, vals[2]: sb, vals[3]: sb}
        props = {vals[0]: keys[0], vals[1]: keys[1], vals[2]: keys[0], vals[3]: keys[1]}
        out.append(Probe(f"{a} and {b} were prepared by ball milling. {text}", expected, props,
                         {"family": "nested", "form": fn, "pair": pn, "two": tn, "kind": kind}))
    return out


# --- 4. the bare host's value in brackets after a contrast ----------------------------------------------
CONTRASTS = {"sharp_contrast": "a sharp contrast to", "in_contrast": "in contrast to", "compared": "compared with",
             "higher_than": "far higher than that of", "versus": "versus"}
STATES = {"milled_hyphen": "milled-", "as_milled": "as-milled ", "pristine": "pristine ", "pure": "pure ",
          "additive_free": "additive-free ", "ball_milled_hyphen": "ball-milled-"}


def contrast() -> list[Probe]:
    out = []
    for k, ((cn, c), (sn, s)) in enumerate(itertools.product(CONTRASTS.items(), STATES.items())):
        host, comps = HOSTS[k % 2]
        x, kind, post = ADDITIVES[k % len(ADDITIVES)]
        setup = f"{host} was ball milled with 10 wt% {x}{post}."
        text = (f"The hydrogen absorption capacity of the {host}-{x} composite reaches 4.02 wt% at 373 K for 1 h, "
                f"{c} the {s}{host} (0.67 wt%).")
        out.append(Probe(f"{setup} {text}", {4.02: frozenset(comps) | {x}, 0.67: frozenset(comps)},
                         {4.02: ABS, 0.67: ABS}, {"family": "contrast", "form": cn, "state": sn, "kind": kind}))
    return out


def probes() -> list[Probe]:
    return method() + noun() + nested() + contrast()


def _same_or_narrower(got: str, want: str) -> bool:
    """A desorbed capacity is a hydrogen capacity (the scorer's reading: a narrower property still matches)."""
    from ontology.vocabulary import vocabulary
    vocab = vocabulary()
    return got == want or vocab.is_a(vocab.property(got).id, vocab.property(want).id)


def check(probe: Probe, rows: list[dict]) -> list[str]:
    """What is wrong with the rows extracted from ``probe.doc`` (empty when every value is right)."""
    return value_wrongs(probe, rows, _same_or_narrower, rel=1e-6)


def run(ps: list[Probe]) -> list[tuple[Probe, str]]:
    return checked(check, ps)


if __name__ == "__main__":
    report(run, probes())
