"""A probe grid of composite additives and co-milled samples: a catalyst made on its support and then put
in, a supported catalyst's abbreviation in brackets, co-deposited and co-milled lists, an additive added in
a second step, a solvent between scaffold and host, a loading in at%, a baseline in brackets after a value,
plain-text headings of indexing-service exports and a title naming an alloy family.

Every mini-abstract is written here from slots (a form, a host, an additive, a value sentence); each says
which sample its value belongs to. The slots rotate in a fixed order (no randomness: the same documents
every run), so a failure rate per slot value says which general form the readers miss.

Run as a script from the worktree root to print the failure rate per slot value:
``python tests/grid_found.py [-v]``. ``test_grid_found.py`` asserts the pass rates.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from grid_rates import report

# hosts: (as written, a reactive partner written with it, the host of the pair, a solvent it dissolves in);
# (the devset's convention names the borohydride of a pair with MgH2 the host; for an alanate with MgH2 it says
# nothing, so either hydride may be the record's host there)
HOSTS = [
    ("MgH2", "LiBH4", ("LiBH4",), None),
    ("LiBH4", "MgH2", ("LiBH4",), "THF"),
    ("NaAlH4", "MgH2", ("NaAlH4", "MgH2"), "THF"),
    ("LiAlH4", "MgH2", ("LiAlH4", "MgH2"), "diethyl ether"),
    ("Mg(BH4)2", "LiH", ("Mg(BH4)2",), "diethyl ether"),
]
# additives: (kind, catalyst, support as written, support as its record names it, support's abbreviation)
ADDITIVES = [
    ("metal_on_rgo", "Fe", "reduced graphene oxide", "reduced graphene oxide", "rGO"),
    ("metal_on_carbon", "Ni", "carbon", "C", "C"),
    ("oxide_on_graphene", "TiO2", "graphene", "graphene", "G"),
    ("boride_on_graphene", "CoB", "graphene", "graphene", "G"),
    ("metal_on_cnt", "Pd", "carbon nanotubes", "carbon nanotubes", "CNTs"),
]
SHAPES = ["nanoparticles", "", "nanosheets"]

# value sentences: (sentence of the sample, {A} its noun phrase at the start, the value)
VALUES = {
    "onset": ("{A} starts to release hydrogen at 215 °C.", 215.0),
    "capacity": ("{A} releases 5.3 wt% of hydrogen within 10 min.", 5.3),
    "ea": ("The dehydrogenation activation energy of {a} is 71 kJ/mol.", 71.0),
}
# a value in brackets for the sample without the additive: (sentence, the bracketed value)
WITHOUT = {
    "onset": ("{H} doped with {M} starts to decompose at 120 °C ({v} °C without {M}).", 163.0),
    "capacity": ("{H} doped with {M} releases 4.9 wt% of hydrogen ({v} wt% without {M}).", 3.7),
    "ea": ("{H} doped with {M} shows an activation energy of 80 kJ/mol ({v} kJ/mol without {M}).", 121.0),
}

# body forms: (template, the anaphor of the value sentence, what the sample holds besides the host:
# "supported" the catalyst on its support, "metal" the catalyst alone, "partner+metal" the reactive partner
# and the catalyst, "oxide+metal" NiO and the catalyst, "scaffold" the scaffold)
FORMS = {
    "made_on_then_mixed": ("{M}{sh} on {S} were mixed with {H}.", "the composite", "supported"),
    "grown_on_then_milled": ("{M}{sh} grown on {S} were ball milled with {H}.", "the mixture", "supported"),
    "deposited_on_added": ("{M} deposited on {S} was added to {H} by ball milling.", "the doped sample", "supported"),
    "supported_bracket": ("{Sc}-supported {M} ({M}/{ab}) was added to {H}.", "the composite", "supported"),
    "on_bracket": ("{M} on {S} ({M}/{ab}) was milled with {H}.", "the composite", "supported"),
    "loaded_bracket_with": ("{H} was milled with {M} loaded on {S} ({M}/{ab}).", "the composite", "supported"),
    "co_deposited": ("{H} and {M} were deposited on a Si substrate.", "the film", "metal"),
    "co_sputtered": ("{H} and {M} were co-sputtered onto a glass substrate.", "the film", "metal"),
    "three_milled_together": ("{H}, {R} and {M} were ball milled together.", "the composite", "partner+metal"),
    "three_co_milled": ("{R}, {H} and {M} were co-milled for 5 h.", "the mixture", "partner+metal"),
    "then_added": ("NiO was milled with {H}. Then {M} was added.", "the composite", "oxide+metal"),
    "subsequently_added": ("{H} was first milled with NiO, and {M} was subsequently added.", "the composite",
                           "oxide+metal"),
    "solvent_filled": ("Porous carbon was filled with a {V} solution of {H}.", "the composite", "scaffold"),
    "solvent_impregnated": ("Porous carbon was impregnated with {H} dissolved in {V}.", "the composite", "scaffold"),
    # (an at% is kept as mol%, the one molar share the data model has: see the test module)
    "at_percent": ("{H} was milled with 5 at% {M}.", "the composite", "metal_at"),
}
# titles naming a supported catalyst, with a body that names the sample only by an anaphor
TITLES = {
    "effect_anchored": "Effect of {M} anchored on {S} on the hydrogen storage of {H}",
    "effect_loaded": "Effect of {M} loaded on {S} on the dehydrogenation of {H}",
    "by_slash": "Enhanced dehydrogenation of {H} by {M}/{ab}",
}
# heading styles of the front matter: {T} the title, {B} the abstract's text
HEADINGS = {
    "markdown": "# {T}\n\n## Abstract\n\n{B}",
    "caps_lines": "TITLE\n{T}\n\nABSTRACT\n{B}",
    "colon_lines": "Title: {T}\nAbstract: {B}",
    "caps_colon": "Title: {T}\n\nABSTRACT: {B}",
    "md_caps_colon": "# {T}\n\nABSTRACT: {B}",
}
# titles naming an alloy family and a sentence of one member: (title, member, the value sentence)
FAMILIES = {
    "mg_ni": ("Hydrogenation of Mg–Ni alloys", "Mg2Ni"),
    "mg_cu": ("Hydrogen storage in Mg–Cu alloys", "Mg2Cu"),
    "mg_al": ("Dehydrogenation of Mg–Al alloys prepared by ball milling", "Mg17Al12"),
}
FAMILY_VALUES = {
    "absorbs": ("{F} absorbs 3.4 wt% of hydrogen at 300 °C.", 3.4),
    "onset": ("{F} starts to release hydrogen at 265 °C.", 265.0),
    "ea": ("The activation energy of {F} is 88 kJ/mol.", 88.0),
}


@dataclass
class Probe:
    doc: str
    value: float
    host: str | tuple[str, ...]   # (several: any of them)
    components: set[str]
    amount: tuple[float, str] | None = None
    slots: dict[str, str] = field(default_factory=dict)


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def _parts(kind: str, h: tuple, a: tuple) -> tuple[str | tuple[str, ...], set[str]]:
    """The host and the components a form's sample holds."""
    host, partner, pair_host, _ = h
    _, m, _, s_rec, _ = a
    return {
        "supported": (host, {host, f"{m}/{s_rec}"}),
        "metal": (host, {host, m}),
        "metal_at": (host, {host, m}),
        "partner+metal": (pair_host, {host, partner, m}),
        "oxide+metal": (host, {host, "NiO", m}),
        "scaffold": (host, {host, "porous carbon"}),
    }[kind]


def probes() -> list[Probe]:
    out = []
    k = 0
    values = list(VALUES.items())
    for f_name, (tmpl, anaphor, kind) in FORMS.items():
        for h in HOSTS:
            for j in range(3):
                if kind == "scaffold" and h[3] is None:
                    continue
                a = ADDITIVES[(k + j) % len(ADDITIVES)]
                v_name, (v_tmpl, value) = values[(k + j) % len(values)]
                shape = SHAPES[(k + j) % len(SHAPES)] or "nanoparticles"
                _, m, s, _, ab = a
                # (a support of several words is written by its short name as a prefix: "rGO-supported Fe")
                prefix = ab if " " in s else _cap(s)
                prep = tmpl.format(M=m, sh=" " + shape, S=s, Sc=prefix, ab=ab, H=h[0], R=h[1], V=h[3])
                doc = f"{prep} {v_tmpl.format(A=_cap(anaphor), a=anaphor)}"
                host, comps = _parts(kind, h, a)
                out.append(Probe(doc, value, host, comps, (5.0, "at%") if kind == "metal_at" else None,
                                 {"form": f_name, "host": h[0], "additive": a[0], "value": v_name,
                                  "heading": "markdown"}))
            k += 1
    for t_name, t_tmpl in TITLES.items():
        for hd_name, hd in HEADINGS.items():
            for j in range(3):   # (three of the hosts, rotating: every host meets every title and heading)
                h = HOSTS[(k + j) % len(HOSTS)]
                a = ADDITIVES[(k + j) % len(ADDITIVES)]
                v_name, (v_tmpl, value) = values[(k + j) % len(values)]
                _, m, s, _, ab = a
                title = t_tmpl.format(M=m, S=s, ab=ab, H=h[0])
                body = v_tmpl.format(A="The composite", a="the composite")
                host, comps = _parts("supported", h, a)
                if t_name == "by_slash":   # (an abbreviation no sentence defines is named as written)
                    comps = {h[0], f"{m}/{ab}"}
                out.append(Probe(hd.format(T=title, B=body), value, host, comps, None,
                                 {"form": "title_" + t_name, "host": h[0], "additive": a[0], "value": v_name,
                                  "heading": hd_name}))
            k += 1
    for w_name, (w_tmpl, value) in WITHOUT.items():
        for j, h in enumerate(HOSTS):
            for i in range(1):
                a = ADDITIVES[(j + i + len(w_name)) % len(ADDITIVES)]
                m = a[1]
                v = round(value + j / 10, 1)   # (a value of its own for every document)
                out.append(Probe(w_tmpl.format(H=h[0], M=m, v=f"{v:g}"), v, h[0], {h[0]}, None,
                                 {"form": "bracket_without", "host": h[0], "additive": a[0], "value": w_name,
                                  "heading": "markdown"}))
    for f_name, (title, member) in FAMILIES.items():
        for fv_name, (fv_tmpl, value) in FAMILY_VALUES.items():
            for hd_name in ("markdown", "caps_lines"):
                doc = HEADINGS[hd_name].format(T=title, B=f"{fv_tmpl.format(F=member)}")
                out.append(Probe(doc, value, member, {member}, None,
                                 {"form": "family_title_" + f_name, "host": member, "additive": "none",
                                  "value": fv_name, "heading": hd_name}))
    return out


def _doc(text: str) -> str:
    # (a body with no heading of its own is an abstract of a paper with a neutral title)
    return text if text.startswith(("#", "TITLE", "Title")) else f"# A test paper\n\n## Abstract\n\n{text}"


def verdict(probe: Probe, rows: list[dict]) -> str:
    """'OK', or what went wrong with the probe's value."""
    from ingest.evaluation.scoring import host_key, material_key
    found = [r for r in rows if r["value"] == probe.value]
    if not found:
        return "MISS"
    want = sorted(material_key(c) for c in probe.components)
    hosts = probe.host if isinstance(probe.host, tuple) else (probe.host,)
    for r in found:
        if host_key(r["material"]) not in {host_key(h) for h in hosts}:
            continue
        if sorted(material_key(c["material"]) for c in r["components"]) != want:
            continue
        if probe.amount is not None and not any(
                (c.get("amount"), c.get("amount_unit")) == probe.amount for c in r["components"]):
            continue
        return "OK"
    r = found[0]
    return (f"WRONG {r['material']} "
            f"{sorted((c['material'], c.get('amount'), c.get('amount_unit')) for c in r['components'])}")


def run(probe_list: list[Probe]) -> list[tuple[Probe, str]]:
    from ingest.extract import extract_text
    from kg.literature import contract_rows
    out = []
    for p in probe_list:
        rows = [r for r in contract_rows(extract_text(_doc(p.doc) + "\n")) if r["kind"] == "measurement"]
        out.append((p, verdict(p, rows)))
    return out


if __name__ == "__main__":
    report(run, probes())
