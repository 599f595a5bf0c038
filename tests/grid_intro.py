"""A probe grid of how an abstract introduces its study's sample: the forms grid_open.py does not cross.

Every mini-abstract is written here from slots: a title (none, naming host and additive, naming only the
effect), a background sentence about the bare host (or none), an introduction of the sample (the additive
made and put in, a series written with a variable loading, the additive added in a later step, the host and
additive joined by '/', '+', '@', the additive named in the title and called "the catalyst" in the body, the
additive named two sentences on), the additive as written (a compound with a shape word, a doped carbon, a
decorated MXene, an MXene, a high-entropy alloy, a shape-named compound, a core–shell on carbon, an
abbreviation defined in brackets, an element in words), the host (MgH2, LiBH4, LiAlH4, NaAlH4, Mg(BH4)2,
LiNH2–MgH2) and a value sentence naming no system, "the composite" or "the catalysed sample", always followed
by a second value sentence naming no system.

Conventions (those of tests/devset/README.md): a doped support ('Ni-doped carbon') is one additive named as
written (its dopant and support as two parts are taken too); a catalyst on its support ('Co-decorated
Ti3C2', 'Co@C') is one additive X/Y or its parts; an abbreviation defined in brackets is the material it
names; in LiNH2–MgH2 the amide is the host and MgH2 a part; a loading written as a series variable ('x wt%
X (x = 5, 10)') is no amount; a loading written where the additive is put in is its amount.

Run as a script from the worktree root to print the failure rate per slot value (``-v``: each failure):
``python tests/grid_intro.py``. The test module ``test_grid_intro.py`` asserts the pass rates.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from grid_rates import judged, report

# hosts: (as written, the record's host, every component of the bare host)
HOSTS = [
    ("MgH2", "MgH2", {"MgH2"}),
    ("LiBH4", "LiBH4", {"LiBH4"}),
    ("LiAlH4", "LiAlH4", {"LiAlH4"}),
    ("NaAlH4", "NaAlH4", {"NaAlH4"}),
    ("Mg(BH4)2", "Mg(BH4)2", {"Mg(BH4)2"}),
    ("LiNH2–MgH2", "LiNH2", {"LiNH2", "MgH2"}),
]
# additives: name -> (as written in a sentence, as written bare in a notation, the accepted sets of its parts)
ADDITIVES = {
    "oxide_shape": ("CeO2 nanoparticles", "CeO2", [{"CeO2"}]),
    "spinel_rods": ("NiCo2O4 nanorods", "NiCo2O4", [{"NiCo2O4"}]),
    "doped_carbon": ("Ni-doped carbon", "Ni-doped carbon", [{"Ni-doped carbon"}, {"Ni-doped C"}, {"Ni", "C"}]),
    "decorated_mxene": ("Co-decorated Ti3C2 MXene", "Co/Ti3C2", [{"Co/Ti3C2"}, {"Co", "Ti3C2"}]),
    "mxene": ("V2C MXene", "V2C", [{"V2C"}]),
    "mxene_tx": ("Ti3C2Tx nanosheets", "Ti3C2Tx", [{"Ti3C2Tx"}]),
    "hea": ("FeCoNiCrMn high-entropy alloy", "FeCoNiCrMn", [{"FeCoNiCrMn"}]),
    "flower": ("flower-like MoS2", "MoS2", [{"MoS2"}]),
    "core_shell": ("hollow Co@C spheres", "Co@C", [{"Co@C"}, {"Co/C"}, {"Co", "C"}]),
    "abbreviation": ("nickel-cobalt layered double hydroxide (NiCo-LDH)", "NiCo-LDH",
                     [{"NiCo-LDH"}, {"nickel-cobalt layered double hydroxide"}]),
    "words": ("nickel nanoparticles", "Ni", [{"Ni"}]),
}
TITLES = {
    "none": "A test paper",
    "host_additive": "Enhanced hydrogen storage properties of {H} by {x}",
    "effect_only": "Boosting the dehydrogenation kinetics of {H}",
}
BACKGROUND = {
    "none": "",
    "bare_problem": "{H} is a promising hydrogen storage material, but its sluggish kinetics hinder its use. ",
}
# introductions: {A} the additive as written, {x} as written in a notation, {H} the host; (template,
# the loading the sample carries or None, does it need the title to name the additive)
INTROS = {
    "synthesized_introduced": ("Herein, {A} was synthesized and introduced into {H}.", None, False),
    "prepared_milled": ("{A} was prepared and then ball-milled with {H}.", None, False),
    "series_dash": ("A series of {H}–x {x} composites (x = 5, 10 wt%) was prepared by ball milling.", None, False),
    "series_plus": ("{H} + x wt% {x} (x = 2.5, 5) samples were prepared by ball milling.", None, False),
    "subsequently_added": ("{H} was first milled for 5 h. Subsequently, 5 wt% {A} was added.", 5.0, False),
    "slash_loading": ("{H}/5 wt% {x} was prepared by ball milling.", 5.0, False),
    "plus_loading": ("{H} + 10 wt% {x} was ball milled for 10 h.", 10.0, False),
    "host_slash_nano": ("A {H}/{x} nanocomposite was synthesized by ball milling.", None, False),
    "the_catalyst": ("The catalyst was ball-milled with {H} for 5 h.", None, True),
    "named_later": ("Improving its kinetics remains a challenge. Here, {A} was milled with {H}.", None, False),
    "used_as_catalyst": ("In this work, {A} was used as a catalyst for {H}.", None, False),
    "x_at_host": ("{x}@{H} was fabricated by a solvothermal route.", None, False),
}
VALUES = {
    "no_system": ("The onset dehydrogenation temperature is lowered to 185 °C.", 185.0),
    "composite": ("The composite releases 6.1 wt% H2 within 10 min at 300 °C.", 6.1),
    "catalysed_sample": ("The catalysed sample starts to release hydrogen at 190 °C.", 190.0),
}
FOLLOWER = ("Moreover, the apparent activation energy is reduced to 71 kJ/mol.", 71.0)
# forms a notation cannot carry: a sentence's words ('the abbreviation (X)', 'in words') in a formula slot
NOT_IN_NOTATION = {"abbreviation", "words", "doped_carbon", "decorated_mxene", "core_shell"}
NOTATION_INTROS = {"series_dash", "series_plus", "slash_loading", "plus_loading", "host_slash_nano", "x_at_host"}


@dataclass
class Probe:
    doc: str
    host: str
    host_parts: set[str]
    accepted: list[set[str]]        # the additives' accepted sets
    amount: float | None
    values: list[float]
    slots: dict[str, str] = field(default_factory=dict)


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def probes() -> list[Probe]:
    """Every introduction with every value sentence, seven additives each (rotating); hosts, titles and
    backgrounds rotate (252 documents)."""
    out = []
    names = list(ADDITIVES)
    k = 0
    for i, (i_name, (intro, amount, needs_title)) in enumerate(INTROS.items()):
        pool = [n for n in names if not (i_name in NOTATION_INTROS and n in NOT_IN_NOTATION)]
        for j, (v_name, (v_tmpl, value)) in enumerate(VALUES.items()):
            for r in range(7):
                a_name = pool[(i * 3 + j * 7 + r) % len(pool)]
                written, bare, accepted = ADDITIVES[a_name]
                h_text, h_main, h_parts = HOSTS[k % len(HOSTS)]
                t_name = "host_additive" if needs_title else list(TITLES)[(k // 2) % len(TITLES)]
                b_name = list(BACKGROUND)[(k // 3) % len(BACKGROUND)]
                k += 1
                sent = _cap(intro.format(A=written, x=bare, H=h_text))
                title = TITLES[t_name].format(H=h_text, x=written if a_name in NOT_IN_NOTATION else bare)
                body = BACKGROUND[b_name].format(H=h_text) + sent + " " + v_tmpl + " " + FOLLOWER[0]
                out.append(Probe(f"# {title}\n\n## Abstract\n\n{body}\n", h_main, h_parts, accepted, amount,
                                 [value, FOLLOWER[1]],
                                 {"intro": i_name, "value": v_name, "title": t_name, "background": b_name,
                                  "host": h_text, "additive": a_name}))
    return out


def verdict(probe: Probe, rows: list[dict]) -> str:
    """'OK', or what went wrong: each value must be on the host with the bare host's parts and one accepted
    set of additives (compared as the scorer compares materials), the loading on them when one is written."""
    from ingest.evaluation.scoring import material_key

    want = [sorted(material_key(m) for m in (probe.host_parts - {probe.host}) | acc) for acc in probe.accepted]
    wrong = []
    for value in probe.values:
        found = [r for r in rows if r["value"] == value]
        if not found:
            wrong.append(f"MISS {value:g}")
            continue
        ok = False
        for r in found:
            comps = [c for c in r["components"] if c["material"] != r["material"]]
            if r["material"] != probe.host or sorted(material_key(c["material"]) for c in comps) not in want:
                continue
            amounts = {c.get("amount") for c in comps if c["material"] not in probe.host_parts}
            ok = ok or probe.amount is None or amounts == {probe.amount}
        if not ok:
            r = found[0]
            wrong.append(f"{value:g}->{r['material']}:" + "+".join(
                f"{c['material']}{'(' + str(c.get('amount')) + ')' if c.get('amount') else ''}"
                for c in r["components"]))
    return "OK" if not wrong else "WRONG " + "; ".join(wrong)


def run(probe_list: list[Probe]) -> list[tuple[Probe, str]]:
    return judged(verdict, probe_list)


if __name__ == "__main__":
    report(run, probes())
