"""Probe grid for two property phrases real abstracts use and the reader missed (a new diagnostic set of
complex-hydride abstracts, E2): an amount of hydrogen taken up AGAIN after dehydrogenation, named by a
re-verb ('can be rehydrided', 'was re-hydrogenated', 'recharged'), which is an absorbed hydrogen capacity;
and the temperature ABOVE or FROM which a sample releases hydrogen ('releases hydrogen above 250 °C',
'desorbs hydrogen starting at 180 °C'), which is its onset dehydrogenation temperature.

Every sentence here is written for this grid (test data, no paper's wording). ``probes()`` crosses hosts ×
verbs or prepositions × sentence templates; ``run()`` extracts each mini-abstract and judges the value: the
property expected and the host right.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from grid_rates import judged, report

HOSTS = ["Mg(BH4)2", "LiBH4", "NaAlH4", "Ca(BH4)2", "LiAlH4", "Mg(NH2)2-2LiH"]
HOST_OF = {"Mg(NH2)2-2LiH": "Mg(NH2)2"}

# re-uptake verbs (past participle) and the templates that carry them; {v} the verb, {x} the amount
RE_VERBS = ["rehydrided", "rehydrogenated", "re-hydrogenated", "re-absorbed", "recharged", "rehydrided again"]
RE_TEMPLATES = [
    "Upon heating, {h} releases 11.2 wt% hydrogen, and {x} wt% of hydrogen can be {v} at 400 °C under 10 MPa H2.",
    "After the first desorption, {x} wt% H2 was {v} by the dehydrogenated {h} at 350 °C.",
    "The decomposed {h} could be {v} with {x} wt% hydrogen under 8 MPa H2.",
]
# the temperature a release starts from; {p} the preposition phrase, {t} the temperature
ONSET_PREPS = ["above", "above ∼", "starting at", "starting from", "beginning at", "upwards of"]
ONSET_TEMPLATES = [
    "The as-milled {h} releases hydrogen {p}{t} °C, 6.5 wt% in all.",
    "Hydrogen is desorbed from {h} {p}{t} °C with a capacity of 6.5 wt%.",
    "The ball-milled {h} sample began to evolve hydrogen {p}{t} °C.",
]


@dataclass
class Probe:
    slots: dict[str, str]
    doc: str
    host: str
    value: float
    prop: str = field(default="")


def probes() -> list[Probe]:
    out = []
    for i, h in enumerate(HOSTS):
        title = f"# Hydrogen storage properties of {h}\n\n"
        for j, v in enumerate(RE_VERBS):
            for k, tpl in enumerate(RE_TEMPLATES):
                x = round(3.1 + 0.1 * (i + j + k), 1)
                out.append(Probe({"class": "re_uptake", "host": h, "word": v, "template": f"re{k}"},
                                 title + tpl.format(h=h, v=v, x=x), HOST_OF.get(h, h), x,
                                 "absorbed_hydrogen_capacity"))
        for j, p in enumerate(ONSET_PREPS):
            for k, tpl in enumerate(ONSET_TEMPLATES):
                t = 151 + 10 * i + 3 * j + k
                sep = "" if p.endswith("∼") else " "
                out.append(Probe({"class": "onset", "host": h, "word": p, "template": f"on{k}"},
                                 title + tpl.format(h=h, p=p + sep if sep else p, t=t).replace("  ", " "),
                                 HOST_OF.get(h, h), float(t), "onset_dehydrogenation_temperature"))
    return out


def verdict(p: Probe, rows: list[dict]) -> str:
    hits = [r for r in rows if r["value"] == p.value]
    if not hits:
        return "not read"
    r = hits[0]
    if r["property"] != p.prop:
        return f"property {r['property']}"
    if r["material"] != p.host:
        return f"host {r['material']}"
    return "OK"


def run(ps: list[Probe]):
    return judged(verdict, ps)


if __name__ == "__main__":
    report(run, probes())
