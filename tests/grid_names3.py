"""Probe grid for additive names: how the extractor names an additive the text names in one of many
forms (a formula, a formula with a morphology noun, a doped support, a supported catalyst, MOF and MXene
names, carbons and silicas under their own names) in one of several sentence positions (a title, a
preparation sentence, 'H with X', 'X-doped H', a confinement sentence).

Every sentence here is written for this grid (test data, no paper's wording). ``docs()`` yields
(slot values, mini-abstract, host, expected additive name); ``run()`` extracts each and reports which
additive names the records of the value carry. A name is right when it folds to the expected one
(case, spaces, hyphens and plurals aside): 'the material as the text names it', not an ontology class.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

HOSTS = ["MgH2", "LiBH4", "NaAlH4", "LiAlH4", "Mg(BH4)2"]

# (written, expected name, kind): kind 'any' goes in every position; 'noun' (a name with a morphology or
# function noun after it) never before '-doped'; 'scaffold' only where a host can sit in it (confinement)
# and never as a dopant. A material with a formula is named by its formula ('few-layer MoS2 nanosheets'
# is MoS2), one without by its words as written minus the generic head nouns.
ADDITIVES: list[tuple[str, str, str]] = [
    ("TiO2", "TiO2", "any"),
    ("Nb2O5 nanorods", "Nb2O5", "noun"),
    ("CeO2 nanoparticles", "CeO2", "noun"),
    ("NiCl2", "NiCl2", "any"),
    ("few-layer MoS2 nanosheets", "MoS2", "noun"),
    ("N-doped TiO2", "N-doped TiO2", "any"),
    ("Ni/CNTs", "Ni/CNTs", "any"),
    ("Pd@C", "Pd@C", "any"),
    ("CuSA/Ti3C2Tx", "Cu/Ti3C2Tx", "any"),   # (the form tag is no part of the name, tests/devset/README.md)
    ("Ti3C2Tx", "Ti3C2Tx", "any"),
    ("Ti3C2Tx MXene nanosheets", "Ti3C2Tx", "noun"),
    ("Nb2C MXene", "Nb2C", "noun"),
    ("ZIF-67", "ZIF-67", "any"),
    ("MOF-74(Mg)", "MOF-74(Mg)", "scaffold"),
    ("graphene", "graphene", "any"),
    ("reduced graphene oxide", "reduced graphene oxide", "any"),
    ("CNTs", "carbon nanotubes", "any"),     # an abbreviation: the words it stands for
    ("ordered mesoporous carbon", "ordered mesoporous carbon", "scaffold"),
    ("nitrogen-doped ordered mesoporous carbon", "nitrogen-doped ordered mesoporous carbon", "scaffold"),
    ("CMK-3", "CMK-3", "scaffold"),
    ("carbon aerogel", "carbon aerogel", "scaffold"),
    ("aerogel-like carbon", "aerogel-like carbon", "scaffold"),
    ("activated carbon", "activated carbon", "any"),
    ("SBA-15", "SBA-15", "scaffold"),
    ("MCM-41 scaffold", "MCM-41", "scaffold"),
    ("mesoporous silica scaffold", "mesoporous silica", "scaffold"),
    ("hollow carbon spheres", "hollow carbon spheres", "scaffold"),
]

# {H}: host, {X}: additive as written; each names one value whose record must carry X
POSITIONS: dict[str, str] = {
    "title": "# Faster hydrogen release from {H} catalyzed by {X}\n\n"
             "The composite starts to release hydrogen at 185 °C, far below the pristine hydride.\n",
    "prep": "{H} was ball-milled with 10 wt% {X} for 2 h under argon. "
            "The milled sample desorbs 5.2 wt% H2 within 10 min at 300 °C.\n",
    "with": "The {H} sample with {X} released hydrogen from 210 °C, while the pristine hydride began at 320 °C.\n",
    "doped": "The {X}-doped {H} shows an activation energy of 92 kJ mol−1 for dehydrogenation.\n",
    "confined": "{H} was melt-infiltrated into {X} under hydrogen pressure. "
                "The confined {H} starts to release hydrogen at 205 °C.\n",
}
SCAFFOLD_ONLY = {"confined"}
NOT_FOR_SCAFFOLD = {"doped"}


@dataclass(frozen=True)
class Probe:
    position: str
    additive: str
    host: str
    expected: str
    text: str


def docs() -> Iterator[Probe]:
    for i, (written, expected, kind) in enumerate(ADDITIVES):
        for j, (pos, template) in enumerate(POSITIONS.items()):
            if pos in SCAFFOLD_ONLY and kind != "scaffold" or pos in NOT_FOR_SCAFFOLD and kind != "any":
                continue
            host = HOSTS[(i + j) % len(HOSTS)]
            yield Probe(pos, written, host, expected, template.format(H=host, X=written))


def fold(name: str) -> str:
    """Case, spaces, hyphens, dashes and a plural 's' aside: 'CNTs' = 'CNT', 'CMK-3' = 'cmk3'."""
    s = re.sub(r"[^0-9a-z@/()]", "", name.casefold())
    return s[:-1] if s.endswith("s") and not s.endswith("ss") else s


def names_of(rows: list[dict], host: str) -> list[list[str]]:
    """The additive names of each value record of ``rows`` (mechanism claims aside; a record of the bare
    host is the pristine reference some templates name, "while the pristine hydride began at 320 °C")."""
    names = [[c["material"] for c in r.get("components") or [] if c.get("role") != "HostHydride"
              and c["material"] != host] for r in rows if r.get("kind") != "mechanism"]
    return [n for n in names if n]


def judge(p: Probe, rows: list[dict]) -> tuple[bool, list[list[str]]]:
    found = names_of(rows, p.host)
    ok = bool(found) and all(any(fold(n) == fold(p.expected) for n in names) for names in found)
    return ok, found


def rows_for(text: str) -> list[dict]:
    from ingest.extract import extract_text
    from kg.literature import contract_rows
    return list(contract_rows(extract_text(text)))


def run(verbose: bool = True) -> dict[str, dict[str, list[int]]]:
    """{slot: {value: [passed, total]}} over the grid; prints each failure when ``verbose``."""
    table: dict[str, dict[str, list[int]]] = {"position": {}, "additive": {}}
    for p in docs():
        ok, found = judge(p, rows_for(p.text))
        for slot, value in (("position", p.position), ("additive", p.additive)):
            cell = table[slot].setdefault(value, [0, 0])
            cell[0] += ok
            cell[1] += 1
        if verbose and not ok:
            print(f"FAIL {p.position:9} {p.additive!r:45} want {p.expected!r} got {found}")
    return table


if __name__ == "__main__":
    import os
    import sys
    sys.path.insert(0, os.getcwd())
    t = run()
    from grid_rates import print_table
    print_table(t)
