"""Forms an evaluation on twenty real abstracts (G3) showed the reader missing: a support's own name in
brackets after the generic words for it, a 'respectively' list over four samples, spaced alloy formulas with
paired values, a mixed-anion compound split into its salts, a theoretical value's 'for X' target, and a cell's
cathode material kept out of the electrolyte's sample.

Every sentence here is written for these tests, in the style of abstracts; none comes from a paper.
"""
from __future__ import annotations

import pytest

from ingest.prose import SentenceLike, extract_sentences


def facts(*texts, section="1"):
    sents, pos = [], 0
    for t in texts:
        sents.append(SentenceLike(t, pos, pos + len(t), section, [], 1))
        pos += len(t) + 1
    return extract_sentences(sents, "test")[0]


def scaffolds(m):
    return [c.formula for c in m.system.additives if c.role == "ScaffoldConfinementHost"]


# ------------------------------------------------------- B: the support's own name in brackets wins
@pytest.mark.parametrize("text, scaffold", [
    ("Mg(BH4)2 was loaded into a mesoporous silica scaffold (SBA-15, pore size 7.1 nm) and conducts "
     "Mg2+ with 3.2 × 10−6 S cm−1 at 60 °C.", "SBA-15"),
    ("LiBH4 melt-infiltrated into an ordered mesoporous carbon (CMK-3) starts to release hydrogen at 235 °C.",
     "CMK-3"),
    ("NaAlH4 confined in ordered mesoporous silica (MCM-41; mean pore width 3.4 nm) desorbs 3.1 wt% H2 "
     "below 180 °C.", "MCM-41"),
    ("Ca(BH4)2 infiltrated into mesoporous carbon (CMK-3, 5 nm pores) releases 6.4 wt% hydrogen at 330 °C.",
     "CMK-3"),
])
def test_a_support_named_in_brackets_after_its_generic_words_is_that_support(text, scaffold):
    ms = facts(text)
    assert ms and all(scaffolds(m) == [scaffold] for m in ms), [(m.property, m.system.name) for m in ms]


def test_a_bracket_naming_another_material_after_a_support_leaves_the_support():
    # a catalyst in brackets after the scaffold is no kind of that scaffold
    (m,) = [m for m in facts("MgH2 confined in mesoporous carbon (with 5 wt% Ni) absorbs 5.2 wt% H2 at 250 °C.")
            if m.value == 5.2]
    assert scaffolds(m) == ["porous carbon"], m.system.name
