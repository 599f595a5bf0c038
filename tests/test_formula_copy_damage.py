"""Formula damage from indexing services and PDF copies (h38-forms2): a formula glued to the function word before it,
a formula split twice (inside its anion's bracket and before it), a capital series symbol, and a subscript expression
that ends a series notation. Sentences written for these tests."""
import pytest

from ingest.extraction.text.nlp import clean_text
from ontology.families import family_member


@pytest.mark.parametrize(("written", "read"), [
    ("The conductivity ofLi3(NH2)2I rises on heating.", "The conductivity of Li3(NH2)2I rises on heating."),
    ("Samples milled withLiBH4 were compared", "Samples milled with LiBH4 were compared"),
    ("MgH2 andMg(BH4)2 release hydrogen", "MgH2 and Mg(BH4)2 release hydrogen"),
    ("The Melting OfNaAlH4 Under Pressure", "The Melting Of NaAlH4 Under Pressure"),
    ("reduced inH2 at 300 °C", "reduced in H2 at 300 °C"),
])
def test_formula_glued_to_the_word_before_it_is_set_apart(written, read):
    assert clean_text(written).text == read


@pytest.mark.parametrize("written", [
    "McMillan measured InGaN films",            # a name; a formula as written (In, Ga, N)
    "the code reads theLi symbol",               # no function word
    "doped inN films",                           # one element, no count
    "Within the OnSet region",                   # no element groups after the function word
])
def test_words_that_only_look_glued_stay(written):
    assert clean_text(written).text == written


@pytest.mark.parametrize(("written", "read"), [
    ("salts such as Li3(BH 4)(NH2)2 or Li2 (BH 4)(NH2) melt", "salts such as Li3(BH4)(NH2)2 or Li2(BH4)(NH2) melt"),
    ("pure Mg (BH 4) 2 was ball milled", "pure Mg(BH4)2 was ball milled"),
    ("Ca (AlH4)2 and Li(NH 2) decompose", "Ca(AlH4)2 and Li(NH2) decompose"),
    ("a film of Li3 (NH 2)(BH4)2 forms", "a film of Li3(NH2)(BH4)2 forms"),
])
def test_a_formula_split_twice_is_whole_again(written, read):
    assert clean_text(written).text == read


@pytest.mark.parametrize("written", [
    "Mg (BH4) was named in the table",      # one anion for a divalent cation: no salt's count written
    "Li (BH4)2 as printed",                 # charges do not balance
    "Mg (99.9%) and Li (Aldrich) powders",  # brackets of other words
    "Li3 (NH2)2 is no salt of these charges",
])
def test_a_cation_beside_a_bracket_that_is_no_salt_stays(written):
    assert clean_text(written).text == written


@pytest.mark.parametrize(("written", "read"), [
    ("amorphous MgXNi100-X alloys were milled", "amorphous MgxNi100-x alloys were milled"),
    ("the Mg(X)Ni(100-X) powders", "the MgxNi100-x powders"),
    ("electrodes of Mg(2-X)AlXNi cycled well", "electrodes of Mg2-xAlxNi cycled well"),
    ("Li1-XNaXBH4 conducts", "Li1-xNaxBH4 conducts"),
])
def test_a_capital_series_symbol_reads_as_x(written, read):
    assert clean_text(written).text == read


@pytest.mark.parametrize("written", [
    "LiBH4-LiX (X = Cl, Br) and Li6PS5X",   # a halide placeholder the text defines
    "Li3YX6 and MgX2 and LiX halides",      # a placeholder with its own count, or one element
    "XRD and XPS showed Mg2Ni",             # acronyms
])
def test_a_halide_placeholder_keeps_its_capital(written):
    assert clean_text(written).text == written


def test_a_subscript_expression_that_ends_a_notation_is_the_last_elements_count():
    assert family_member("MgxNi100-x", {"x": 40}) == "Mg40Ni60"
    assert family_member("CaxMg100-x", {"x": 30}) == "Ca30Mg70"
    # near miss: a coefficient before a formula after the separator stays one
    assert family_member("LiBH4-xLiI", {"x": 0.5}) == "LiBH4-0.5LiI"


def _systems(text: str) -> dict[float, str]:
    from ingest.extract import extract_text
    return {m.value: m.system.name for m in extract_text("# Made-up results\n\n## 3. Results\n\n" + text + "\n").measurements}


# a series symbol defined in words ('the molar ratio (x) of A over B') and given one value: the pair's member
@pytest.mark.parametrize(("text", "value", "member"), [
    ("Mg2Ni was milled with Ni powder. If the molar ratio (x) of Ni to Mg2Ni was equal to 1.5, the alloy "
     "delivered 410 mAh/g.", 410.0, "Mg2Ni–1.5Ni"),
    ("LiBH4 was ball milled with MgH2. With the molar ratio (x) of MgH2 to LiBH4 set to 0.5, the composite "
     "released 9.1 wt% H2.", 9.1, "LiBH4–0.5MgH2"),
    ("LaNi5 was milled with Co powder. For a mole ratio (y) of Co per LaNi5 being 3, the electrode reached "
     "290 mAh/g.", 290.0, "LaNi5–3Co"),
    ("MgH2 was milled with Fe powder. At a molar ratio (y) of Fe per MgH2 being 0.2, the mixture absorbed 5.5 wt% H2.",
     5.5, "MgH2–0.2Fe"),
])
def test_a_symbol_defined_in_words_gives_the_member(text, value, member):
    assert _systems(text)[value] == member


def test_a_symbol_defined_in_words_carries_to_the_passage_s_later_values():
    got = _systems("Mg2Ni was milled with Ni powder. If the molar ratio (x) of Ni to Mg2Ni was equal to 1.5, the "
                   "alloy delivered 410 mAh/g. After 30 cycles its discharge capacity was still 300 mAh/g.")
    assert got[300.0] == "Mg2Ni–1.5Ni"


@pytest.mark.parametrize("text", [
    # a range of the symbol: the series, no member
    "Mg2Ni was milled with Ni powder. As the molar ratio (x) of Ni over Mg2Ni was raised from 0.5 to 2, the alloy "
    "delivered 410 mAh/g.",
    # a value with a unit is a quantity, no symbol's value
    "Mg2Ni was milled with Ni powder. The particle size (x) of Ni over Mg2Ni was 30 nm and the alloy delivered 410 mAh/g.",
])
def test_no_member_without_one_value_of_the_symbol(text):
    assert _systems(text)[410.0] == "Mg2Ni–Ni"


# an indexing service's 'similar to' for the '~' between two values of the symbol: a range, the series' own value
@pytest.mark.parametrize(("text", "value", "series"), [
    ("The MgxNi100-x electrodes with x=35 similar to 55 delivered 320 mAh/g.", 320.0, "MgxNi100-x"),
    ("For x = 0.1 similar to 0.3, the Li1-xNaxBH4 samples conducted 0.2 mS/cm.", 0.2, "Li1-xNaxBH4"),
    ("All xLiBH4–(1-x)LiI mixtures with x = 0.5 similar to 0.8 released 7.5 wt% H2.", 7.5, "xLiBH4–(1-x)LiI"),
])
def test_a_range_printed_with_similar_to_stays_the_series(text, value, series):
    assert _systems(text)[value].replace("-", "–") == series.replace("-", "–")


def test_one_value_of_the_symbol_still_names_its_member():
    assert _systems("The MgxNi100-x electrode with x=35 delivered 320 mAh/g.")[320.0] == "Mg35Ni65"
