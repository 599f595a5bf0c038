"""A written reaction declares what an additive is (ingest/extraction/values/reacting_partners.py): a metal or compound
that takes a non-hydrogen element of the hydride into a hydrogen-free product while hydrogen is given off is a
destabilizing reactant, in prose and in a table row that writes its reaction pathway — not the catalyst its composition
alone would make it. A product that keeps hydrogen (an in-situ hydride phase) or an exchange that gives off none is no
such proof. Also: a subscript tag with no formula letter after it does not swallow the next subscripts
(ontology.formula.strip_markup), and a one-letter heteroatom prefix keeps its loading ('10 wt% N-TiO2')."""
import pytest

from ingest.extract import extract_text
from ingest.extraction.values.reacting_partners import reacting_partners
from ontology.formula import strip_markup
from ontology.system import analyse_system


def _roles(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in extract_text(text).measurements:
        for c in m.system.additives:
            out.setdefault(c.formula, set()).add(c.role)
    return out


@pytest.mark.parametrize("text, additive", [
    ("# Boron sinks\n\nThe NaBH4–V mixture (2NaBH4 + V → VB2 + 2NaH + 3H2) released 4.1 wt% hydrogen at 355 °C.", "V"),
    ("# Silicon partner\n\nBall-milled MgH2–Si reacts as 2MgH2 + Si → Mg2Si + 2H2, so its enthalpy falls to 38 kJ/mol H2.",
     "Si"),
    ("# Titanium sink\n\nFor the Ca(BH4)2–Ti sample, written Ca(BH4)2 + Ti → TiB2 + CaH2 + 3H2, hydrogen release "
     "started at 310 °C.", "Ti"),
])
def test_a_reaction_that_binds_the_hosts_element_makes_a_destabilizing_reactant(text, additive):
    assert _roles(text).get(additive) == {"DestabilizingReactant"}


@pytest.mark.parametrize("text, additive", [
    # the product keeps hydrogen: a phase formed in situ, the nickel stays the catalyst it reads as
    ("# Nickel phase\n\nIn MgH2–Ni (2MgH2 + Ni → Mg2NiH4) hydrogen release started at 205 °C.", "Ni"),
    # an exchange of ions gives off no hydrogen: no proof of destabilization
    ("# Metathesis\n\nIn LiBH4–ZrCl4 (4LiBH4 + ZrCl4 → Zr(BH4)4 + 4LiCl) hydrogen release began at 120 °C.", "ZrCl4"),
])
def test_no_destabilizing_role_without_a_hydrogen_free_product_and_hydrogen_given_off(text, additive):
    assert "DestabilizingReactant" not in _roles(text).get(additive, set())


def test_reaction_reader_reads_brackets_coefficients_and_sentence_ends():
    assert reacting_partners("(NaBH4 + 1/2V → NaH + 1/2 VB2 + 3/2 H2)") == [(0, "V", "DestabilizingReactant")]
    assert [f for _, f, _ in reacting_partners("It reacts: 2NaBH4 + V → VB2 + 2NaH + 3H2.")] == ["V"]
    assert reacting_partners("Mg + H2 ↔ MgH2") == []


_TABLE = """# Borohydride partners

## Results

Table 1. Destabilized borohydrides.

| System | Reaction | H2 capacity (wt%) | Refs. |
|---|---|---|---|
| NaBH <sub>4</sub> –V | 2NaBH <sub>4</sub> + V → VB <sub>2</sub> + 2NaH + 3H <sub>2</sub> | 4.1 | [3] |
| NaBH <sub>4</sub> –Co | 2NaBH <sub>4</sub> + Co → Co(BH <sub>4</sub> ) <sub>2</sub> + 2Na | 2.2 | [4] |
"""


def test_a_table_rows_reaction_pathway_gives_its_additive_the_role():
    roles = {m.system.name: {a.formula: a.role for a in m.system.additives}
             for m in extract_text(_TABLE).measurements}
    assert roles["NaBH4–V"] == {"V": "DestabilizingReactant"}
    assert roles["NaBH4–Co"] == {"Co": "Catalyst"}        # no hydrogen given off: the row proves nothing


@pytest.mark.parametrize("html, plain", [
    ("Na <sub>3</sub> BN <sub>2</sub> + 3H <sub>2</sub>", "Na3BN2 + 3H2"),
    ("CaH <sub>2</sub> and Ca <sub>3</sub> N <sub>2</sub>", "CaH2 and Ca3N2"),
    ("the H <sub>2</sub> uptake of Mg <sub>2</sub> FeH <sub>6</sub>", "the H2 uptake of Mg2FeH6"),
])
def test_a_subscript_ends_at_its_own_tag_and_keeps_the_space_before_a_word(html, plain):
    assert strip_markup(html) == plain


@pytest.mark.parametrize("notation, catalyst, loading", [
    ("MgH2–10 wt% N-TiO2", "N-TiO2", 10.0),
    ("MgH2 + 5 wt% S-MoO3", "S-MoO3", 5.0),
    ("LiAlH4-7 wt% P-Li3VO4", "P-Li3VO4", 7.0),
])
def test_a_heteroatom_prefix_after_a_loading_is_one_doped_catalyst(notation, catalyst, loading):
    parts = [(c.formula, c.amount.value if c.amount else None) for c in analyse_system(notation).system.additives]
    assert parts == [(catalyst, loading)]


def test_a_bare_metal_after_a_hyphen_stays_its_own_part():
    # carbon, then cobalt: two parts (no heteroatom doping a compound)
    assert [c.formula for c in analyse_system("MgH2–5 wt% C-Co").system.additives] == ["C", "Co"]
