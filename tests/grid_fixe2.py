"""Probe grid for forms a diagnostic set of complex-hydride abstracts (E2) showed the reader missing:

* ``element``: an additive written as an element NAME with modifiers, named after the value it carries
  ('4.9 wt% was obtained from NaAlH4 doped directly with commercial metallic cerium');
* ``percent``: a bare '%' that a hydrogen word makes a gravimetric capacity ('a gravimetric hydrogen capacity
  of 2.76%', 'releases 5.1% hydrogen'), not a retention;
* ``gerund``: a sentence whose gerund subject names a new additive ('Doping with nanosized Ti brought …'),
  which must not inherit the previous sentence's additive;
* ``second``: the second value of an elliptical pair ('a first step near 110 °C and the
  second near 150 °C');
* ``reuptake``: 're-hydrogenated with 6.2 wt% H2', where the 'with' amount is the capacity taken up.

Every sentence here is written for this grid (test data, no paper's wording). ``probes()`` crosses hosts ×
additives or words × templates; ``run()`` extracts each mini-abstract and judges the value.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from grid_rates import judged, report

HOSTS = ["NaAlH4", "MgH2", "LiBH4", "LiAlH4", "Mg(BH4)2"]

# element names with the modifiers authors put before them; (written, symbol)
ELEMENTS = [("commercial metallic cerium", "Ce"), ("nanosized titanium", "Ti"), ("elemental nickel", "Ni"),
            ("metallic vanadium", "V"), ("commercial zirconium", "Zr"), ("nanocrystalline iron", "Fe")]
ELEMENT_TEMPLATES = [
    "The highest capacity of {x} wt% was obtained from {h} doped directly with {a}.",
    "A hydrogen capacity of {x} wt% was achieved for {h} milled with {a}.",
    "{h} doped with {a} released {x} wt% hydrogen.",
    "Up to {x} wt% H2 was desorbed by {h} catalysed with {a} at 300 °C.",
]

# bare-% capacity phrases ({x} the number) and ones that stay a retention
PERCENT_TEMPLATES = [
    "The {h} composite gives a gravimetric hydrogen storage capacity of {x}% at 40 °C.",
    "Upon heating, {h} releases {x}% hydrogen below 400 °C.",
    "A hydrogen capacity of {x}% was reached by {h} within 10 min.",
    "{h} desorbed about {x}% of H2 at 350 °C.",
]
RETENTION_TEMPLATES = [
    "After 20 cycles, {h} retains {x}% of its initial capacity.",
    "The capacity retention of {h} was {x}% after 50 cycles.",
]

# a first sentence with one additive, a second naming another one of the same part (a catalyst for a catalyst)
# in a gerund subject
GERUND_PAIRS = [("TiN", "Ti"), ("Nb2O5", "TiO2"), ("Co", "Ni"), ("CeO2", "V2O5")]
GERUND_TEMPLATES = [
    "With nanosized {a} dopants, {h} stored 5.6 wt% H2. Doping with nanosized {b} brought a high capacity of {x} wt% H2.",
    "{h} catalysed by {a} releases 5.6 wt% H2. Adding {b} nanoparticles instead gave {x} wt% H2 at 300 °C.",
    "For {h} with {a}, 5.6 wt% H2 was released. Milling with {b} led to a capacity of {x} wt% H2.",
]

# an elliptical pair of steps: the second value must be read too
SECOND_TEMPLATES = [
    "The first decomposition step of {h} occurs at about {t} °C and the second at about {u} °C.",
    "{h} decomposes in two steps, the first at {t} °C and the second at {u} °C.",
    "The first dehydrogenation step of {h} takes place at {t} °C, the second one at {u} °C.",
]

# a re-uptake with the amount after 'with'
REUPTAKE_TEMPLATES = [
    "The dehydrogenated {h} was re-hydrogenated with {x} wt% H2 at 400 °C.",
    "The decomposed {h} could be rehydrogenated with {x} wt% of hydrogen under 9 MPa.",
    "After desorption, {h} was recharged with {x} wt% hydrogen.",
]


@dataclass
class Probe:
    slots: dict[str, str]
    doc: str
    host: str
    value: float
    prop: str = field(default="")
    additive: str | None = None     # the one additive the line must carry (None: not checked)
    not_additive: str | None = None  # an additive the line must not carry


def probes() -> list[Probe]:
    out: list[Probe] = []
    for i, h in enumerate(HOSTS):
        title = f"# Hydrogen storage properties of {h}\n\n"
        for j, (a, sym) in enumerate(ELEMENTS):
            for k, tpl in enumerate(ELEMENT_TEMPLATES):
                x = round(3.1 + 0.1 * (i + j + k), 1)
                out.append(Probe({"class": "element", "host": h, "word": a, "template": f"el{k}"},
                                 title + tpl.format(h=h, a=a, x=x), h, x, "", additive=sym))
        for k, tpl in enumerate(PERCENT_TEMPLATES):
            x = round(2.71 + 0.01 * (i + k), 2)
            out.append(Probe({"class": "percent", "host": h, "word": "capacity", "template": f"pc{k}"},
                             title + tpl.format(h=h, x=x), h, x, "wt%"))
        for k, tpl in enumerate(RETENTION_TEMPLATES):
            x = float(81 + i + k)
            out.append(Probe({"class": "percent", "host": h, "word": "retention", "template": f"rt{k}"},
                             title + tpl.format(h=h, x=x), h, x, "capacity_retention"))
        for j, (a, b) in enumerate(GERUND_PAIRS):
            for k, tpl in enumerate(GERUND_TEMPLATES):
                x = round(4.1 + 0.1 * (i + j + k), 1)
                out.append(Probe({"class": "gerund", "host": h, "word": b, "template": f"ge{k}"},
                                 title + tpl.format(h=h, a=a, b=b, x=x), h, x, "", additive=b, not_additive=a))
        for k, tpl in enumerate(SECOND_TEMPLATES):
            t, u = 121 + i + k, 163 + i + k
            out.append(Probe({"class": "second", "host": h, "word": "second", "template": f"se{k}"},
                             title + tpl.format(h=h, t=t, u=u), h, float(u), "degC"))
            out.append(Probe({"class": "second", "host": h, "word": "first", "template": f"se{k}"},
                             title + tpl.format(h=h, t=t, u=u), h, float(t), "degC"))
        for k, tpl in enumerate(REUPTAKE_TEMPLATES):
            x = round(5.2 + 0.1 * (i + k), 1)
            out.append(Probe({"class": "reuptake", "host": h, "word": "with", "template": f"ru{k}"},
                             title + tpl.format(h=h, x=x), h, x, "absorbed_hydrogen_capacity"))
    return out


def _additives(row: dict) -> set[str]:
    return {c["material"] for c in row["components"] if c["role"] != "HostHydride"}


def verdict(p: Probe, rows: list[dict]) -> str:
    hits = [r for r in rows if r["value"] == p.value]
    if not hits:
        return "not read"
    r = hits[0]
    if p.prop in ("wt%", "degC"):
        if r["unit"] != p.prop:
            return f"unit {r['unit']} ({r['property']})"
    elif p.prop and r["property"] != p.prop:
        return f"property {r['property']}"
    if r["material"] != p.host:
        return f"host {r['material']}"
    adds = _additives(r)
    if p.additive is not None and p.additive not in adds:
        return f"additives {sorted(adds)}"
    if p.not_additive is not None and p.not_additive in adds:
        return f"inherited {p.not_additive}"
    return "OK"


def run(ps: list[Probe]):
    return judged(verdict, ps)


if __name__ == "__main__":
    report(run, probes())
