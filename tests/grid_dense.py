"""A probe grid for dense sentences: lists of values paired with lists of samples ("…, respectively"),
with condition numbers and a baseline in the same sentence.

Every document is a mini-abstract written here from slots (test data, not vocabulary): a preparation
sentence × a value sentence. The slots: the list's shape (2 or 3 items; samples as additives of one host,
as amounts of one additive, as whole composites) × the order (samples before the values, values before the
samples, 'respectively' before the values, 'for A and B' with no 'respectively', 'from … to …') × the
property × condition numbers in the sentence (none, time and temperature, pressure, cycles) × a baseline
value of the bare host in the same sentence or not; and two values on two samples in other pairing forms ("in
that order", slashed values, "the former … the latter", "whereas", "X for A and Y for B"). Each document
carries the expected system of every value; a condition's number must not come out as a value.

Run as a script from the checkout root (``python tests/grid_dense.py [-v]``) for the failure rate per slot.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from grid_rates import checked, report


@dataclass
class Probe:
    doc: str
    # value -> (the formulas of the system's components, {formula: amount} of the amounts written)
    expected: dict[float, tuple[frozenset[str], dict[str, float]]]
    conditions: tuple[float, ...] = ()
    slots: dict[str, str] = field(default_factory=dict)


# (name, hosts it is measured on, plural phrase, unit as written, values as written, values as extracted,
#  baseline as written, baseline as extracted, {condition slot: phrase}, numbers of the phrases)
@dataclass(frozen=True)
class Prop:
    name: str
    hosts: tuple[str, ...]
    phrase: str
    one: str            # the phrase for one value ("onset dehydrogenation temperature")
    unit: str
    written: tuple[str, ...]
    values: tuple[float, ...]
    base: tuple[str, float]
    conditions: dict[str, tuple[str, tuple[float, ...]]]


PROPS = [
    Prop("onset_T", ("MgH2", "NaAlH4", "LiAlH4"), "onset dehydrogenation temperatures", "onset dehydrogenation temperature", "°C",
         ("252", "267", "283"), (252.0, 267.0, 283.0), ("365", 365.0),
         {"none": ("", ()), "time_temp": (" on heating to 450 °C over 40 min", (450.0, 40.0)),
          "pressure": (" under 0.1 MPa argon", (0.1,)), "cycles": (" after 10 cycles", (10.0,))}),
    Prop("Ea", ("MgH2", "LiAlH4", "Mg(BH4)2"), "apparent activation energies of dehydrogenation",
         "apparent activation energy of dehydrogenation", "kJ/mol",
         ("86", "73", "64"), (86.0, 73.0, 64.0), ("158", 158.0),
         {"none": ("", ()), "time_temp": (" from isothermal runs of 60 min at 300 °C", (60.0, 300.0)),
          "pressure": (" under 0.02 MPa hydrogen", (0.02,)), "cycles": (" after 15 cycles", (15.0,))}),
    Prop("capacity", ("MgH2", "NaAlH4", "LiAlH4"), "hydrogen capacities", "hydrogen capacity", "wt%",
         ("5.2", "4.9", "4.6"), (5.2, 4.9, 4.6), ("6.1", 6.1),
         {"none": ("", ()), "time_temp": (" within 12 min at 310 °C", (12.0, 310.0)),
          "pressure": (" under 3.5 MPa H2", (3.5,)), "cycles": (" after 25 cycles", (25.0,))}),
    # (the power of ten written once, after the last value: "1.2, 2.3 and 3.4 × 10−3 S cm−1")
    Prop("conductivity", ("LiBH4",), "ionic conductivities", "ionic conductivity", "× 10−3 S cm−1",
         ("1.2", "2.3", "3.4"), (1.2, 2.3, 3.4), ("0.021", 0.021),
         {"none": ("", ()), "time_temp": (" at 35 °C after 30 min of equilibration", (35.0, 30.0)),
          "pressure": (" for pellets pressed at 250 MPa", (250.0,)), "cycles": (" after 40 cycles", (40.0,))}),
    Prop("spec_capacity", ("MgH2",), "initial discharge capacities", "initial discharge capacity", "mAh g−1",
         ("1480", "1320", "1150"), (1480.0, 1320.0, 1150.0), ("850", 850.0),
         {"none": ("", ()), "time_temp": (" at 120 °C with a 2 h rest", (120.0, 2.0)),
          "pressure": (" with electrodes pressed at 300 MPa", (300.0,)), "cycles": (" after 50 cycles", (50.0,))}),
]

# additives (formula as written and extracted), one list per item count
ADDITIVES = {2: [("TiO2", "CeO2"), ("Nb2O5", "graphene"), ("TiF3", "Ni")],
             3: [("TiO2", "CeO2", "graphene"), ("Nb2O5", "Ni", "TiC"), ("TiF3", "ZrO2", "Ti3C2")]}
AMOUNTS = {2: ("5", "10"), 3: ("5", "10", "15")}
SHAPES = ["additives", "amounts", "composites"]
ORDERS = ["systems_first", "values_first", "resp_before_values", "for_no_resp", "from_to"]
CONDITIONS = ["none", "time_temp", "pressure", "cycles"]
BASELINES = ["none", "compared"]


def _join(items: list[str]) -> str:
    return ", ".join(items[:-1]) + " and " + items[-1]


def _values(p: Prop, n: int) -> str:
    """'252, 267 and 283 °C'; '1.2 × 10−3 and 2.3 × 10−3 S cm−1'."""
    return f"{_join(list(p.written[:n]))} {p.unit}"


def _setup(shape: str, host: str, adds: tuple[str, ...], x: str) -> str:
    if shape == "amounts":
        return f"{host} was ball milled with different amounts of {x} to improve its properties."
    return f"{host} was ball milled with {_join(list(adds))} to improve its properties."


def _systems(shape: str, host: str, adds: tuple[str, ...], x: str, n: int) -> tuple[str, str]:
    """(the samples as a list, the list of what was milled in for 'respectively before the values')."""
    if shape == "additives":
        return f"{host} doped with {_join(list(adds))}", _join(list(adds))
    if shape == "amounts":
        amounts = _join(list(AMOUNTS[n])) + f" wt% {x}"
        return f"{host} with {amounts}", amounts
    return _join([f"{host}–{a}" for a in adds]), _join(list(adds))


def _sentence(order: str, p: Prop, n: int, host: str, listed: str, milled: str, cond: str, base: str) -> str:
    vals = _values(p, n)
    against = f", compared with {base} {p.unit} for pure {host}" if base else ""
    if order == "systems_first":
        return f"The {p.phrase} of {listed} are {vals}{cond}, respectively{against}."
    if order == "values_first":
        return f"{p.phrase[:1].upper() + p.phrase[1:]} of {vals}{cond} were obtained for {listed}, respectively{against}."
    if order == "resp_before_values":
        return f"{host} was milled with {milled}, respectively, giving {p.phrase} of {vals}{cond}{against}."
    if order == "for_no_resp":
        return f"{p.phrase[:1].upper() + p.phrase[1:]} of {vals} were measured{cond} for {listed}{against}."
    # from_to: the baseline is the 'from' value (always written)
    return (f"The {p.phrase} changed from {base or p.base[0]} {p.unit} for pure {host} to {vals}{cond} "
            f"for {listed}, respectively.")


def probes() -> list[Probe]:
    return lists() + forms()


def lists() -> list[Probe]:
    """Lists of values × lists of samples: shape × items × order × property, the conditions and the baseline
    taking turns."""
    out = []
    combos = itertools.product(SHAPES, (2, 3), ORDERS, PROPS)
    for k, (shape, n, order, p) in enumerate(combos):
        baseline = BASELINES[(k + k // 5) % 2]
        cond = CONDITIONS[(k // 2 + k // 10) % len(CONDITIONS)]
        host = p.hosts[k % len(p.hosts)]
        adds = ADDITIVES[n][k % len(ADDITIVES[n])]
        x = adds[0]
        listed, milled = _systems(shape, host, adds, x, n)
        phrase, cond_numbers = p.conditions[cond]
        base = p.base[0] if baseline == "compared" else ""
        doc = _setup(shape, host, adds, x) + " " + _sentence(order, p, n, host, listed, milled, phrase, base)
        expected: dict[float, tuple[frozenset[str], dict[str, float]]] = {}
        for i in range(n):
            if shape == "amounts":
                expected[p.values[i]] = (frozenset({host, x}), {x: float(AMOUNTS[n][i])})
            else:
                expected[p.values[i]] = (frozenset({host, adds[i]}), {})
        if baseline == "compared" or order == "from_to":
            expected[p.base[1]] = (frozenset({host}), {})
        out.append(Probe(doc, expected, cond_numbers,
                         {"shape": shape, "items": str(n), "order": order, "property": p.name,
                          "conditions": cond, "baseline": baseline if order != "from_to" else "from_to"}))
    return out


# other ways of pairing two values with two samples: {S1} {S2} the samples, {p} the property (one value),
# {P} (plural), {v1} {v2} the values with their unit, {vs} the values slashed
FORMS = {
    "in_that_order": "The {P} of {S1} and {S2} are {v1} and {v2}, in that order.",
    "slashed": "{Pc} of {vs} were obtained for {S1} and {S2}, respectively.",
    "former_latter": "{S1} and {S2} were compared: the {p} of the former is {v1}, while that of the latter is {v2}.",
    "whereas": "{S1} shows a {p} of {v1}, whereas {S2} shows a {p} of {v2}.",
    "each_its_own": "{S1} reaches a {p} of {v1} and {S2} one of {v2}.",
    "values_split": "The {p} is {v1} for {S1} and {v2} for {S2}.",
}


def _two(shape: str, host: str, adds: tuple[str, ...]) -> tuple[tuple[str, str], list[tuple[frozenset[str], dict]]]:
    """Two samples as written, and their expected systems."""
    if shape == "amounts":
        x = adds[0]
        return ((f"{host} with {AMOUNTS[2][0]} wt% {x}", f"{host} with {AMOUNTS[2][1]} wt% {x}"),
                [(frozenset({host, x}), {x: float(a)}) for a in AMOUNTS[2]])
    if shape == "additives":
        return ((f"{host} doped with {adds[0]}", f"{host} doped with {adds[1]}"),
                [(frozenset({host, a}), {}) for a in adds[:2]])
    return (f"{host}–{adds[0]}", f"{host}–{adds[1]}"), [(frozenset({host, a}), {}) for a in adds[:2]]


def forms() -> list[Probe]:
    """Two values on two samples written in other pairing forms: form × shape × property."""
    out = []
    for k, ((fn, form), shape, p) in enumerate(itertools.product(FORMS.items(), SHAPES, PROPS)):
        host = p.hosts[k % len(p.hosts)]
        adds = ADDITIVES[2][k % len(ADDITIVES[2])]
        (s1, s2), want = _two(shape, host, adds)
        v1, v2 = (f"{w} {p.unit}" for w in p.written[:2])
        doc = _setup(shape, host, adds, adds[0]) + " " + form.format(
            S1=s1, S2=s2, p=p.one, P=p.phrase, Pc=p.phrase[:1].upper() + p.phrase[1:], v1=v1, v2=v2,
            vs=f"{p.written[0]}/{p.written[1]} {p.unit}")
        doc = doc.replace(" a initial", " an initial").replace(" a ionic", " an ionic").replace(
            " a onset", " an onset").replace(" a apparent", " an apparent")
        out.append(Probe(doc, {p.values[0]: want[0], p.values[1]: want[1]}, (),
                         {"shape": shape, "items": "2", "order": fn, "property": p.name, "conditions": "none",
                          "baseline": "none"}))
    return out


def check(probe: Probe, rows: list[dict]) -> list[str]:
    """What is wrong with the rows extracted from ``probe.doc`` (empty when every value is right)."""
    wrong = []
    for value, (want, amounts) in probe.expected.items():
        got = [r for r in rows if abs(r["value"] - value) < 1e-9 * max(1.0, abs(value))]
        systems = [frozenset(c["material"] for c in r["components"]) for r in got]
        if not got:
            wrong.append(f"{value}: missing")
        elif any(s != want for s in systems):
            wrong.append(f"{value}: {[sorted(s) for s in systems]} != {sorted(want)}")
        elif amounts and any({c["material"]: c.get("amount") for c in r["components"]
                              if c["material"] in amounts} != amounts for r in got):
            wrong.append(f"{value}: amounts {[[(c['material'], c.get('amount')) for c in r['components']] for r in got]}")
    for value in probe.conditions:
        if any(r["value"] == value for r in rows) and value not in probe.expected:
            wrong.append(f"{value}: a condition read as a value")
    return wrong


def run(ps: list[Probe]) -> list[tuple[Probe, str]]:
    return checked(check, ps)


if __name__ == "__main__":
    report(run, probes())
