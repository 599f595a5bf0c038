"""Probe grid for attribution forms an evaluation on real abstracts showed the reader missing (each class
a ``class`` slot value; every sentence here is written for this grid, in abstract style, no paper's wording):

* ``resp``: "respectively" over hyphen-joined multi-part systems, one with a scaffold or an additive and amount
  ('X-MgH2@CMK-3 and X-MgH2 released 9.0 and 7.2 wt% H2, respectively'): the bare member inherits nothing;
* ``bracket``: a scaffold or additive given in brackets after the host ('LiBH4 (with carbon aerogel) desorbed …',
  'MgH2 (doped with 10 wt% Ni) …'): the bracketed partner belongs to the sample;
* ``retention``: a kept share with the capacity kept in brackets right after it and a count of runs after
  ('retains 92 % (1.6 wt.% H2) after four desorptions', 'after 10 de/rehydrogenation cycles'): the share is a
  retention, the bracket a capacity, both with cycles=N;
* ``unit``: a formula in a unit's bracket ('wt% (of MgH2)', 'kJ mol−1 (H2)', 'mAh g−1 (of LiAlH4)') starts no sample;
* ``mof``: a MOF-derived catalyst ('NiCo-MOF-derived carbon', 'Ni-MOF derivative') is one catalyst named as written;
* ``mechanism``: a confinement worded with a verb ('nanoconfinement stabilizes …', '… improves the kinetics of …')
  is a mechanism claim for the scaffold.

``probes()`` crosses hosts × templates; ``run()`` extracts each mini-abstract and judges it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from grid_rates import report, titled

HOSTS = ["MgH2", "LiBH4", "NaAlH4", "LiAlH4", "Mg(BH4)2"]
# hyphen-joined multi-part systems (reactive hydride composites as authors write them)
SYSTEMS = ["LiBH4-MgH2", "2LiBH4-MgH2", "2NaBH4-MgH2", "Mg(BH4)2-LiBH4", "LiAlH4-MgH2"]

RESP_TEMPLATES = [  # (template, {value: additive the member must have or None: no additive beyond the RHC})
    ("{s}@CMK-3 and {s} released {x} and {y} wt% H2, respectively.", "CMK-3"),
    ("The {s}-5 wt% TiCl3 and {s} samples desorbed {x} and {y} wt% H2, respectively.", "TiCl3"),
    ("{s}@CMK-3, {s}-Ni and {s} release {x}, {z} and {y} wt% H2, respectively.", "CMK-3"),
    ("Carbon aerogel (CA) served as the scaffold. The {s}@CA and {s} composites desorbed {x} and {y} wt% H2 at "
     "400 °C, respectively.", "carbon aerogel"),
]
BRACKET_TEMPLATES = [  # (template, the partner that must join)
    ("{h} (with carbon aerogel) desorbed {x} wt% H2 at 350 °C.", "carbon aerogel"),
    ("{h} (doped with 10 wt% Ni) absorbed {x} wt% H2 at 250 °C.", "Ni"),
    ("Under 5 bar, {h} (confined in CMK-3) released {x} wt% H2 within 1 h.", "CMK-3"),
    ("{h} (catalysed by 5 mol% TiCl3) gives {x} wt% H2 at 300 °C.", "TiCl3"),
]
BRACKET_NEGATIVE = "Pristine {h} (compared with the Ni-doped sample) desorbed {x} wt% H2 at 350 °C."
RETENTION_TEMPLATES = [  # (template, cycles)
    ("The {h}-Ni sample retains {p} % ({x} wt.% H2) after four desorptions.", 4.0),
    ("{h} confined in CMK-3 retained {p}% ({x} wt% H2) after 10 de/rehydrogenation cycles.", 10.0),
    ("After cycling, {h}-TiCl3 keeps {p} % ({x} wt% H2) after 20 absorption–desorption cycles.", 20.0),
    ("The {h}@CMK-3 composite maintains about {p}% ({x} wt% H2) after five dehydrogenations.", 5.0),
]
UNIT_TEMPLATES = [  # (template, the value's unit word, the additive the sample keeps)
    ("The {h}–5 wt% Ni composite released {x} wt% (of {h}) H2 at 300 °C.", "x", "Ni"),
    ("The dehydrogenation enthalpy of {h} with 5 wt% Ni was {e} kJ mol−1 (H2).", "e", "Ni"),
    ("The {h}–Ni electrode delivered {c} mAh g−1 (of {h}) at 0.1 C.", "c", "Ni"),
    ("For {h} milled with TiF3, the activation energy was {e} kJ mol−1 (of H2).", "e", "TiF3"),
]
MOF_TEMPLATES = [  # (template, the catalyst as named)
    ("{h} catalysed by NiCo-MOF-derived carbon released {x} wt% H2 at 300 °C.", "NiCo-MOF-derived carbon"),
    ("{h} doped with a Ni-MOF derivative absorbed {x} wt% H2 at 200 °C.", "Ni-MOF derivative"),
    ("{h} with Co-MOF-derived Co@C desorbed {x} wt% H2 at 280 °C.", "Co-MOF-derived Co@C"),
]
MECHANISM_TEMPLATES = [
    "{h} was confined in CMK-3. Nanoconfinement stabilizes the hydride.",
    "Nanoconfinement in CMK-3 improves the kinetics of {h}.",
    "Nanoconfinement of {h} in CMK-3 destabilizes the hydride.",
    "Confinement in CMK-3 shortens the diffusion paths of hydrogen in {h}.",
]


@dataclass
class Probe:
    slots: dict[str, str]
    doc: str
    checks: list[tuple] = field(default_factory=list)   # (kind, ...) judged by ``verdict``


def probes() -> list[Probe]:
    out: list[Probe] = []
    for i, h in enumerate(HOSTS):
        s = SYSTEMS[i]
        for k, (tpl, add) in enumerate(RESP_TEMPLATES):
            x, y, z = round(9.1 + 0.1 * (i + k), 1), round(6.1 + 0.1 * (i + k), 1), round(7.7 + 0.1 * (i + k), 1)
            out.append(Probe({"class": "resp", "host": s, "template": f"r{k}"},
                             titled("Hydride composites", tpl.format(s=s, x=x, y=y, z=z)),
                             [("has", x, add), ("bare", y, add)]))
        for k, (tpl, add) in enumerate(BRACKET_TEMPLATES):
            x = round(4.1 + 0.1 * (i + k), 1)
            out.append(Probe({"class": "bracket", "host": h, "template": f"b{k}"},
                             titled("Modified hydrides", tpl.format(h=h, x=x)), [("has", x, add)]))
        x = round(3.3 + 0.1 * i, 1)
        out.append(Probe({"class": "bracket", "host": h, "template": "bneg"},
                         titled("Modified hydrides", BRACKET_NEGATIVE.format(h=h, x=x)), [("bare", x, "Ni")]))
        for k, (tpl, cycles) in enumerate(RETENTION_TEMPLATES):
            p, x = float(81 + i + k), round(1.4 + 0.1 * (i + k), 1)
            out.append(Probe({"class": "retention", "host": h, "template": f"t{k}"},
                             titled("Cycling of hydrides", tpl.format(h=h, p=p, x=x)),
                             [("kept", p, "%", cycles), ("kept", x, "wt%", cycles)]))
        for k, (tpl, which, add) in enumerate(UNIT_TEMPLATES):
            vals = {"x": round(5.1 + 0.1 * (i + k), 1), "e": float(61 + i + k), "c": float(1101 + i + k)}
            out.append(Probe({"class": "unit", "host": h, "template": f"u{k}"},
                             titled("Modified hydrides", tpl.format(h=h, **vals)), [("sample", vals[which], h, add)]))
        for k, (tpl, add) in enumerate(MOF_TEMPLATES):
            x = round(5.5 + 0.1 * (i + k), 1)
            out.append(Probe({"class": "mof", "host": h, "template": f"o{k}"},
                             titled("MOF-derived catalysts", tpl.format(h=h, x=x)), [("catalyst", x, add)]))
        for k, tpl in enumerate(MECHANISM_TEMPLATES):
            out.append(Probe({"class": "mechanism", "host": h, "template": f"m{k}"},
                             titled("Nanoconfined hydrides", tpl.format(h=h)), [("claim", h, "CMK-3")]))
    return out


def _others(row: dict) -> dict[str, str]:
    return {c["material"]: c["role"] for c in row["components"] if c["role"] != "HostHydride"}


def verdict(p: Probe, rows: list[dict]) -> str:
    values = [r for r in rows if r["kind"] == "measurement"]
    for check in p.checks:
        kind = check[0]
        if kind == "claim":
            _, host, add = check
            claims = [r for r in rows if r["kind"] == "mechanism"]
            if not any(c.get("host") == host and c.get("additive") == add for c in claims):
                return f"claims {[(c.get('mechanism'), c.get('host'), c.get('additive')) for c in claims]}"
            continue
        hits = [r for r in values if r["value"] == check[1]]
        if not hits:
            return f"{check[1]} not read"
        r = hits[0]
        others = _others(r)
        if kind == "has" and check[2] not in others:
            return f"{check[1]}: additives {sorted(others)}"
        if kind == "bare" and check[2] in others:
            return f"{check[1]}: inherited {check[2]}"
        if kind == "kept":
            if r["unit"] != check[2]:
                return f"{check[1]}: unit {r['unit']} ({r['property']})"
            if check[2] == "%" and r["property"] != "capacity_retention":
                return f"{check[1]}: property {r['property']}"
            if r["conditions"].get("cycles") != check[3]:
                return f"{check[1]}: conditions {r['conditions']}"
        if kind == "sample":
            if r["material"] != check[2] or check[3] not in others or any(m.startswith("(") for m in others):
                return f"{check[1]}: {r['material']} {sorted(others)}"
        if kind == "catalyst":
            if list(others) != [check[2]] or others[check[2]] != "Catalyst":
                return f"{check[1]}: {others}"
    return "OK"


def run(ps: list[Probe]):
    from ingest.extract import extract_text
    from kg.literature import contract_rows
    return [(p, verdict(p, contract_rows(extract_text(p.doc)))) for p in ps]


if __name__ == "__main__":
    report(run, probes())
