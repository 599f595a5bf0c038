"""A probe grid for passages that study several samples, and for background sentences.

Every document is a mini-abstract written here from slots (test data, not vocabulary): a set-up that
prepares the bare host and a modified sample side by side × a reference to one of the samples × a
value sentence; and a title naming the modified sample × a first sentence stating known properties
of the host (before the study's sample is introduced) × a preparation sentence × a result sentence.
Each generated document carries the expected system (the additives) of every value, and the slot
values it was built from, so a run can give the failure rate per slot value.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field

# (host, its theoretical gravimetric capacity in wt%)
HOSTS = [("MgH2", 7.6), ("LiBH4", 18.5), ("NaAlH4", 5.6), ("LiAlH4", 10.5), ("Mg(BH4)2", 14.9)]
# (additive formula, words placed before it, words placed after it)
ADDITIVES = [("Nb2O5", "", ""), ("TiF3", "", ""), ("Ni", "", " nanoparticles"), ("CeO2", "", " nanorods"),
             ("TiC", "", ""), ("Ti3C2", "", " nanosheets"), ("CoFe2O4", "", "")]


@dataclass
class Probe:
    doc: str
    expected: dict[float, frozenset[str]]   # value -> the formulas of the system's components
    slots: dict[str, str] = field(default_factory=dict)


# --- 1. several samples -----------------------------------------------------------------------
# set-ups: (name, template); {H} host, {X} additive as written, {a} amount
SETUPS = {
    "and_prepared": "{H} and {H}–{a} wt% {X} were prepared by ball milling and compared.",
    "pure_and": "Pure {H} and {H}–{a} wt% {X} were both prepared by ball milling and compared.",
    "modified_first": "{H} doped with {a} wt% {X} and as-received {H} were ball milled under the same conditions.",
    "with_and_without": "{H} with and without {a} wt% {X} was ball milled for 10 h.",
    "undoped_and_doped": "Undoped and {Xw}-doped {H} samples were synthesised by ball milling.",
    "compared_with": "The hydrogen sorption of {H} catalysed by {a} wt% {X} was compared with that of milled {H}.",
}
# how the bare sample is named again
BARE_REFS = {
    "the_H": "The {H}",
    "the_H_sample": "The {H} sample",
    "the_H_powder": "The milled {H} powder",
    "bare": "The bare {H}",
    "pristine": "The pristine {H}",
    "pure": "Pure {H}",
}
# how the modified sample is named again (lower case: it may follow 'whereas')
MOD_REFS = {
    "composite": "the composite",
    "containing": "the {Xw}-containing sample",
    "doped": "the doped sample",
    "with_amount": "the sample with {a} wt% {X}",
}
# value sentences: {B} bare reference, {M} modified reference, {t1} {t2} temperatures, {e} an energy
VALUES = {
    "single": "{B} releases hydrogen from {t1} °C, with an activation energy of {e} kJ/mol. {Mc} releases "
              "hydrogen from {t2} °C.",
    "whereas": "{B} starts to desorb hydrogen at {t1} °C, whereas {M} starts to desorb hydrogen at {t2} °C.",
    "mod_first": "{Mc} desorbs hydrogen from {t2} °C. In contrast, {b} only desorbs hydrogen above {t1} °C.",
    "from_to": "The onset dehydrogenation temperature is lowered from {t1} °C for {b} to {t2} °C for {M}.",
    "respectively": "The onset dehydrogenation temperatures of {b} and {M} are {t1} and {t2} °C, respectively.",
}


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _low(s: str) -> str:
    # "The bare MgH2" -> "the bare MgH2"; "Pure MgH2" -> "pure MgH2"
    return s[:1].lower() + s[1:]


def several_samples() -> list[Probe]:
    out = []
    combos = itertools.product(SETUPS.items(), BARE_REFS.items(), VALUES.items())
    for k, ((sn, setup), (bn, bare), (vn, value)) in enumerate(combos):
        host, _ = HOSTS[(k + k // len(VALUES)) % len(HOSTS)]   # (every host meets every value sentence)
        x, pre, post = ADDITIVES[k % len(ADDITIVES)]
        mn, mod = list(MOD_REFS.items())[k % len(MOD_REFS)]
        if mn == "doped" and "doped" not in setup:
            mn, mod = "composite", MOD_REFS["composite"]
        a = (5, 10, 2, 7)[k % 4]
        t1, t2, e = 300 + k % 50 + 0.5, 200 + k % 50 + 0.5, 150 + k % 20 + 0.5
        f = dict(H=host, X=pre + x + post, Xw=x, a=a)
        b = bare.format(**f)
        m = mod.format(**f)
        text = (setup.format(**f) + " "
                + value.format(B=b, b=_low(b), M=m, Mc=_cap(m), t1=t1, t2=t2, e=e))
        doc = f"# A comparison of hydrogen storage samples\n\n{text}\n"
        bare_sys, mod_sys = frozenset({host}), frozenset({host, x})
        expected = {t1: bare_sys, t2: mod_sys}
        if "{e}" in value:
            expected[e] = bare_sys
        out.append(Probe(doc, expected, {"setup": sn, "bare_ref": bn, "value": vn, "mod_ref": mn,
                                         "host": host, "additive": x}))
    return out


# --- 2. background sentences before the study's sample --------------------------------------
TITLES = {
    "catalysed_by": "Enhanced hydrogen storage of {H} catalysed by {X}",
    "boosting_with": "Boosting the hydrogen sorption of {H} with a {X} catalyst",
    "prefix_doped": "{Xw}-doped {H} with improved dehydrogenation kinetics",
}
# {H} host, {c} theoretical capacity, {t} a temperature
BACKGROUNDS = {
    "high_capacity_but": "{H} has a high capacity of {c} wt% but desorbs hydrogen only above {t} °C.",
    "suffers": "{H} is a promising hydrogen store, but it suffers from a high desorption temperature "
               "(> {t} °C) and a capacity of only {c} wt% in practice.",
    "however_its": "{H} stores {c} wt% of hydrogen. However, its dehydrogenation temperature above {t} °C "
                   "limits its practical use.",
    "theoretical": "With a theoretical hydrogen capacity of {c} wt%, {H} is attractive, yet it releases "
                   "hydrogen only at {t} °C.",
}
PREPARATIONS = {
    "here_milled": "Here, {X} was prepared and ball milled with {H}.",
    "in_this_work": "In this work, {H} was doped with {a} wt% {X} by ball milling.",
    "we_introduce": "We introduce {X} into {H} by ball milling.",
}
RESULTS = {
    "composite": "The composite starts to release hydrogen at {r} °C.",
    "resulting": "The resulting sample desorbs hydrogen from {r} °C.",
}


def backgrounds() -> list[Probe]:
    out = []
    combos = itertools.product(TITLES.items(), BACKGROUNDS.items(), PREPARATIONS.items())
    for k, ((tn, title), (gn, back), (pn, prep)) in enumerate(combos):
        host, cap = HOSTS[k % len(HOSTS)]
        x, pre, post = ADDITIVES[k % len(ADDITIVES)]
        rn, res = list(RESULTS.items())[k % len(RESULTS)]
        a = (5, 10, 2, 7)[k % 4]
        t, r = 300 + k % 60 + 0.5, 180 + k % 60 + 0.5
        f = dict(H=host, X=pre + x + post, Xw=x, a=a, c=cap, t=t, r=r)
        text = " ".join(s.format(**f) for s in (back, prep, res))
        doc = f"# {title.format(**f)}\n\n{text}\n"
        out.append(Probe(doc, {cap: frozenset({host}), t: frozenset({host}), r: frozenset({host, x})},
                         {"title": tn, "background": gn, "preparation": pn, "result": rn,
                          "host": host, "additive": x}))
    return out


# a first sentence that already names the modified sample is the study's result, not background
LEADS = {
    "here_catalysed": "Here, {H} catalysed by {X} releases hydrogen from {r} °C.",
    "we_show": "We show that {H} doped with {a} wt% {X} desorbs hydrogen from {r} °C.",
    "herein_prefix": "Herein, {Xw}-doped {H} starts to release hydrogen at {r} °C.",
}


def leads() -> list[Probe]:
    out = []
    for k, ((tn, title), (ln, lead)) in enumerate(itertools.product(TITLES.items(), LEADS.items())):
        host, _ = HOSTS[k % len(HOSTS)]
        x, pre, post = ADDITIVES[k % len(ADDITIVES)]
        r = 190 + k + 0.5
        f = dict(H=host, X=pre + x + post, Xw=x, a=(5, 10, 2)[k % 3], r=r)
        doc = f"# {title.format(**f)}\n\n{lead.format(**f)}\n"
        out.append(Probe(doc, {r: frozenset({host, x})}, {"title": tn, "lead": ln, "host": host, "additive": x}))
    return out


def all_probes() -> list[Probe]:
    return several_samples() + backgrounds() + leads()


def check(probe: Probe, rows: list[dict]) -> list[str]:
    """What is wrong with the rows extracted from ``probe.doc`` (empty when all values are right)."""
    wrong = []
    for value, want in probe.expected.items():
        got = [frozenset(c["material"] for c in r["components"]) for r in rows if r["value"] == value]
        if not got:
            wrong.append(f"{value}: missing")
        elif want not in got:
            wrong.append(f"{value}: {sorted(got[0])} != {sorted(want)}")
    return wrong
