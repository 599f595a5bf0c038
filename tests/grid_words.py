"""Probe grid for materials named in WORDS, not formulas: hosts ('magnesium hydride', 'sodium alanate',
'ammonia borane'), element names ('nickel'), binary compounds in words ('cobalt boride', 'nickel(II) oxide',
'zirconium tetrachloride'), carbons ('multiwalled carbon nanotubes', 'few-layer graphene'), supported
catalysts in words ('graphene-supported cobalt boride', 'nickel anchored on graphene') and two additives
('nickel and carbon black'), each in one of several positions (a title, a preparation sentence) with
values of the modified sample and of the bare host in abstract style.

Every sentence here is written for this grid (test data, no paper's wording). ``docs()`` yields probes
(slot values, mini-abstract, the host's formula, {value: accepted additive systems}); ``run()`` extracts
each and judges every value: its host right and its additives, compared as the scorer compares them
(``ingest.evaluation.scoring.material_key``: a name the ontology knows by its term or formula, else folded), one of
the accepted systems. A baseline value must carry no additive.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

# (written, formula): the host as the text names it
HOSTS: list[tuple[str, str]] = [
    ("magnesium hydride", "MgH2"),
    ("lithium borohydride", "LiBH4"),
    ("lithium aluminium hydride", "LiAlH4"),
    ("lithium aluminum hydride", "LiAlH4"),
    ("lithium alanate", "LiAlH4"),
    ("sodium alanate", "NaAlH4"),
    ("magnesium borohydride", "Mg(BH4)2"),
    ("calcium borohydride", "Ca(BH4)2"),
    ("ammonia borane", "NH3BH3"),
    ("sodium borohydride", "NaBH4"),
    ("lithium amide", "LiNH2"),
    ("MgH2", "MgH2"),
    ("LiBH4", "LiBH4"),
    ("NaAlH4", "NaAlH4"),
]

# (written, kind, accepted systems): each accepted system is a tuple of names the scorer folds; kind
# 'one' (one word, may stand before '-doped'), 'name' (several words), 'two' (two additives or a catalyst
# on its support: never before '-doped'), 'scaffold' (only where the host is put into it).
ADDITIVES: list[tuple[str, str, tuple[tuple[str, ...], ...]]] = [
    ("nickel", "one", (("Ni",),)),
    ("nickel nanoparticles", "name", (("Ni",),)),
    ("titanium", "one", (("Ti",),)),
    ("vanadium", "one", (("V",),)),
    ("iron", "one", (("Fe",),)),
    ("niobium", "one", (("Nb",),)),
    ("palladium", "one", (("Pd",),)),
    ("cerium", "one", (("Ce",),)),
    ("cobalt boride", "name", (("cobalt boride",), ("CoB",), ("Co2B",))),
    ("cobalt boride nanoparticles", "name", (("cobalt boride",), ("CoB",), ("Co2B",))),
    ("nickel boride", "name", (("nickel boride",), ("Ni2B",), ("Ni3B",))),
    ("titanium dioxide", "name", (("TiO2",),)),
    ("titanium dioxide nanotubes", "name", (("TiO2",),)),
    ("nickel oxide", "name", (("NiO",), ("nickel oxide",))),
    ("nickel(II) oxide", "name", (("NiO",),)),
    ("iron(III) chloride", "name", (("FeCl3",),)),
    ("vanadium nitride", "name", (("VN",), ("vanadium nitride",))),
    ("zirconium tetrachloride", "name", (("ZrCl4",),)),
    ("niobium pentoxide", "name", (("Nb2O5",),)),
    ("niobium pentaoxide nanorods", "name", (("Nb2O5",),)),
    ("titanium carbide", "name", (("TiC",), ("titanium carbide",))),
    ("titanium trichloride", "name", (("TiCl3",),)),
    ("cerium(IV) oxide", "name", (("CeO2",),)),
    ("molybdenum disulfide nanosheets", "name", (("MoS2",),)),
    ("iron fluoride", "name", (("iron fluoride",), ("FeF3",), ("FeF2",))),
    ("multiwalled carbon nanotubes", "name", (("multiwalled carbon nanotubes",),)),
    ("multi-walled carbon nanotubes", "name", (("multi-walled carbon nanotubes",),)),
    ("single-walled carbon nanotubes", "name", (("single-walled carbon nanotubes",),)),
    ("few-layer graphene", "name", (("few-layer graphene",),)),
    ("expanded graphite", "name", (("expanded graphite",),)),
    ("carbon black", "name", (("carbon black",),)),
    ("graphene-supported cobalt boride", "two",
     (("cobalt boride", "graphene"), ("cobalt boride/graphene",), ("CoB", "graphene"), ("Co2B", "graphene"))),
    ("nickel nanoparticles anchored on graphene", "two", (("Ni", "graphene"), ("Ni/graphene",))),
    ("titanium dioxide loaded on carbon nanotubes", "two",
     (("TiO2", "carbon nanotubes"), ("TiO2/carbon nanotubes",))),
    ("palladium decorated on reduced graphene oxide", "two",
     (("Pd", "reduced graphene oxide"), ("Pd/reduced graphene oxide",))),
    ("nickel/graphene composite", "two", (("Ni", "graphene"), ("Ni/graphene",))),
    ("nickel and multiwalled carbon nanotubes", "two", (("Ni", "multiwalled carbon nanotubes"),)),
    ("titanium dioxide and carbon black", "two", (("TiO2", "carbon black"),)),
    ("iron and niobium pentoxide", "two", (("Fe", "Nb2O5"),)),
    # scaffolds named in words: only where a host is put into them ('scaffold')
    ("ordered mesoporous carbon", "scaffold", (("ordered mesoporous carbon",),)),
    ("mesoporous silica", "scaffold", (("mesoporous silica",),)),
    ("carbon aerogel", "scaffold", (("carbon aerogel",),)),
    ("hollow carbon spheres", "scaffold", (("hollow carbon spheres",),)),
    ("multiwalled carbon nanotubes", "scaffold", (("multiwalled carbon nanotubes",),)),
]

# {H}/{Hc}: host as written (lower case / capitalised), {X}/{Xc}: additive, {A}: an amount or nothing,
# {be}: 'was' or 'were'. Values: 'mod' ones belong to the modified sample, 'base' ones to the bare host.
POSITIONS: dict[str, tuple[str, dict[float, str]]] = {
    "title_catalysed": (
        "# Hydrogen desorption of {H} catalysed by {X}\n\n"
        "The catalysed composite begins to release hydrogen at 231 °C, about 120 °C lower than as-milled {H}.\n",
        {231.0: "mod"}),
    "title_effect": (
        "# Effect of {X} on the dehydrogenation of {H}\n\n"
        "The doped sample desorbs 5.1 wt% H2 within 10 min at 300 °C, while the undoped {H} releases only "
        "1.3 wt% H2 under the same conditions.\n",
        {5.1: "mod", 1.3: "base"}),
    "prep_milled": (
        "# Improved hydrogen storage properties of a complex hydride\n\n"
        "{Hc} was ball milled with {A}{X} for 2 h under argon. The milled composite starts to release hydrogen "
        "at 215 °C, while the undoped {H} starts at 342 °C.\n",
        {215.0: "mod", 342.0: "base"}),
    "prep_comilled": (
        "# Hydrogen sorption of a catalysed hydride\n\n"
        "{A_c}{X} {be} co-milled with {H}. The composite begins to release hydrogen at 236 °C and absorbs "
        "6.1 wt% H2 within 5 min at 200 °C.\n",
        {236.0: "mod", 6.1: "mod"}),
    "prep_mixed": (
        "# Destabilized hydrogen release from a light-metal hydride\n\n"
        "{Hc} and {A}{X} were mixed by high-energy ball milling. The mixture shows an apparent activation energy "
        "of 87 kJ/mol for dehydrogenation, compared with 152 kJ/mol for pure {H}.\n",
        {87.0: "mod", 152.0: "base"}),
    "title_doped": (
        "# {X}-doped {H} for hydrogen storage\n\n"
        "The doped hydride releases 4.4 wt% H2 at 280 °C.\n",
        {4.4: "mod"}),
    "confined_infiltrated": (
        "# Nanoconfinement of a complex hydride\n\n"
        "{Hc} was melt-infiltrated into {X} under hydrogen pressure. The confined {H} starts to release hydrogen "
        "at 205 °C, whereas bulk {H} needs 330 °C.\n",
        {205.0: "mod", 330.0: "base"}),
    "confined_impregnated": (
        "# Hydride confined in a porous host\n\n"
        "{Xc} was impregnated with a solution of {H}. The nanoconfined hydride shows an activation energy of "
        "98 kJ/mol.\n",
        {98.0: "mod"}),
}
ONLY_ONE_WORD = {"title_doped"}
ONLY_SCAFFOLD = {"confined_infiltrated", "confined_impregnated"}
AMOUNTS = ["", "5 wt% ", "10 wt.% "]


@dataclass(frozen=True)
class Probe:
    slots: dict[str, str]
    text: str
    host: str
    want: dict[float, tuple[tuple[str, ...], ...]] = field(default_factory=dict)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _plural(x: str) -> bool:
    return " and " in x or x.endswith("s")


def docs() -> Iterator[Probe]:
    for i, (written, kind, accepted) in enumerate(ADDITIVES):
        for j, (pos, (template, values)) in enumerate(POSITIONS.items()):
            if pos in ONLY_ONE_WORD and kind != "one" or (pos in ONLY_SCAFFOLD) != (kind == "scaffold"):
                continue
            host, formula = HOSTS[(3 * i + j) % len(HOSTS)]
            amount = AMOUNTS[(i + j) % len(AMOUNTS)] if kind != "two" else ""
            # (an amount before a sentence-initial additive: 'Ten percent ...' is not written; none there)
            text = template.format(H=host, Hc=_cap(host), X=written, Xc=_cap(written), A=amount,
                                   A_c="", be="were" if _plural(written) else "was")
            text = text.replace("{X}", written)
            if pos == "prep_mixed" and " and " in written:
                # (three parts are listed 'H, X and Y', not 'H and X and Y')
                text = text.replace(f"{_cap(host)} and {amount}{written}", f"{_cap(host)}, {amount}{written}")
            if pos == "prep_comilled":
                text = text.replace(f"\n\n{written}", f"\n\n{_cap(written)}")
            want = {v: (accepted if role == "mod" else ((),)) for v, role in values.items()}
            yield Probe({"position": pos, "additive": written, "host": host, "kind": kind}, text, formula, want)


def judge(p: Probe, rows: list[dict]) -> tuple[bool, dict]:
    """Every value of ``p.want`` found once or more, each record of it on the host with accepted additives."""
    from ingest.evaluation.scoring import _additives, material_key, row_components, same_host
    got: dict[float, list] = {}
    ok = True
    for v, accepted in p.want.items():
        recs = [r for r in rows if r.get("kind") != "mechanism" and r.get("value") == v]
        names = [tuple(c["material"] for c in _additives(row_components(r), r.get("material"))) for r in recs]
        got[v] = [(r.get("material"), n) for r, n in zip(recs, names)]
        keys = [sorted(material_key(a) for a in acc) for acc in accepted]
        if not recs or not all(same_host(r.get("material"), p.host) and sorted(material_key(a) for a in n) in keys
                               for r, n in zip(recs, names)):
            ok = False
    return ok, got


def rows_for(text: str) -> list[dict]:
    from ingest.extract import extract_text
    from kg.literature import contract_rows
    return list(contract_rows(extract_text(text)))


SLOTS = ("position", "additive", "host", "kind")


def run(verbose: bool = True) -> tuple[dict[str, dict[str, list[int]]], list[tuple[Probe, dict]]]:
    """({slot: {value: [passed, total]}}, failures) over the grid; prints each failure when ``verbose``."""
    table: dict[str, dict[str, list[int]]] = {s: {} for s in SLOTS}
    failures = []
    for p in docs():
        ok, got = judge(p, rows_for(p.text))
        for slot in SLOTS:
            cell = table[slot].setdefault(p.slots[slot], [0, 0])
            cell[0] += ok
            cell[1] += 1
        if not ok:
            failures.append((p, got))
            if verbose:
                print(f"FAIL {p.slots['position']:15} {p.slots['additive']!r:45} {p.slots['host']!r:28} got {got}")
    return table, failures


if __name__ == "__main__":
    import os
    import sys
    sys.path.insert(0, os.getcwd())
    t, _ = run()
    from grid_rates import print_table
    print_table(t)
