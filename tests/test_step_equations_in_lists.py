"""The terms of a step's equation written beside a 'respectively' list ('those of the second step, Na3AlH6 → NaH,
97.3 and 104.5 kJ/mol for the co-doped and Ti-doped materials, respectively') are the step's, no samples: the values
pair with the paragraph's samples the words name. A list of two reactions' values still pairs with the reactions'
reactants when no samples were set side by side. Sentences written for these tests."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text


def _on(text: str) -> dict[float, tuple[str, tuple[str, ...]]]:
    return {m.value: (m.system.host.formula, tuple(sorted(a.formula or a.text for a in m.system.additives)))
            for m in extract_text(text).measurements}


@pytest.mark.parametrize("text, first, second", [
    ("LiAlH4 doped with 3 mol% TiF3 and co-doped with 2 mol% TiF3 + 2 mol% NbF5 were compared. The activation "
     "energies of the first step, LiAlH4 → Li3AlH6, were 72.4 and 81.3 kJ/mol, and those of the second step, "
     "Li3AlH6 → LiH, 88.4 and 97.6 kJ/mol for the co-doped and TiF3-doped samples, respectively.",
     ("LiAlH4", ("NbF5", "TiF3")), ("LiAlH4", ("TiF3",))),
    ("NaAlH4 was doped with 4 mol% CeCl3 and co-doped with 2 mol% CeCl3 + 2 mol% ZrCl4. Activation energies of "
     "step one, NaAlH4 → Na3AlH6, were 71.2 and 76.8 kJ/mol; those of step two, Na3AlH6 → NaH, 88.1 and 93.4 kJ/mol "
     "for the co-doped and CeCl3-doped samples, respectively.", ("NaAlH4", ("CeCl3", "ZrCl4")), ("NaAlH4", ("CeCl3",))),
    ("KAlH4 doped with 5 mol% TiCl3 and co-doped with 3 mol% TiCl3 + 2 mol% LaCl3 were studied. The apparent activation "
     "energies for K3AlH6 formation (KAlH4 → K3AlH6) were 95.0 and 101.2 kJ/mol, and for its decomposition "
     "(K3AlH6 → KH) 118.3 and 126.9 kJ/mol, for the co-doped and TiCl3-doped samples, respectively.",
     ("KAlH4", ("LaCl3", "TiCl3")), ("KAlH4", ("TiCl3",))),
])
def test_a_steps_equation_names_no_sample_of_the_list(text, first, second):
    got = _on(text)
    last_two = sorted(got)[-2:]   # (the second step's values, the larger pair)
    assert [got[last_two[0]], got[last_two[1]]] == [first, second], got


def test_near_miss_two_reactions_values_without_samples_side_by_side():
    got = _on("The hydrogen contents released by LiAlH4 → Li3AlH6 and by NaAlH4 → Na3AlH6 reach 5.3 and 3.7 wt%, "
              "respectively.")
    assert {v: h for v, (h, _) in got.items()} == {5.3: "LiAlH4", 3.7: "NaAlH4"}, got
