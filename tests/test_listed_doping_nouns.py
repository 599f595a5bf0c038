"""Materials listed before a 'respectively' list of values and named as what is put in ('Ti and V doping', 'Ni, Co
and Fe substitution', 'Nb and Zr addition') are the host with each of them — the sentence's hydride named before them,
else the paragraph's — never hosts of their own. Sentences written for these tests."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text


def _on(text: str) -> dict[float, tuple[str, tuple[str, ...]]]:
    return {m.value: (m.system.host.formula, tuple(a.formula or a.text for a in m.system.additives))
            for m in extract_text(text).measurements}


@pytest.mark.parametrize("text, host, pairs", [
    ("We model MgH2 with first-principles methods. Ti and V doping lower the hydrogen removal energy to 1.81 and "
     "1.64 eV, respectively.", "MgH2", {1.81: ("Ti",), 1.64: ("V",)}),
    ("The dehydrogenation of NaAlH4 was studied. Ni, Co and Fe addition gave onset temperatures of 171, 183 and "
     "195 °C, respectively.", "NaAlH4", {171.0: ("Ni",), 183.0: ("Co",), 195.0: ("Fe",)}),
    ("The decomposition of Mg2NiH4 was modelled with DFT. Ti and Zr doping give hydrogen removal energies of 1.51 and "
     "1.44 eV, respectively.", "Mg2NiH4", {1.51: ("Ti",), 1.44: ("Zr",)}),
    ("For LiBH4, Nb and Zr substitution was computed: the hydrogen removal energies drop to 2.02 and 2.17 eV, "
     "respectively.", "LiBH4", {2.02: ("Nb",), 2.17: ("Zr",)}),
])
def test_listed_dopants_are_the_hosts_additives(text, host, pairs):
    got = _on(text)
    assert {v: got.get(v) for v in pairs} == {v: (host, adds) for v, adds in pairs.items()}, got


def test_near_miss_listed_metals_without_a_doping_noun_stay_themselves():
    got = _on("We compared two hydride-forming metals. Ti and V take up 3.9 and 3.7 wt% H2 at 300 °C, respectively.")
    assert {v: h for v, (h, _) in got.items()} == {3.9: "Ti", 3.7: "V"}, got
