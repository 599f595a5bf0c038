"""Formula parser: the spellings the review uses (LaTeX, HTML, unicode, plain), errors, properties.

The fixtures are spellings typed for this test (as the corpus writes them), each with the normalized
formula and composition worked out by hand.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from ontology.formula import FormulaError, parse_formula, strip_markup

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"

# (spelling, normalized, composition); None composition = symbolic subscripts, checked apart.
SPELLINGS = [
    # plain
    ("MgH2", "MgH2", {"Mg": 1, "H": 2}),
    ("LiBH4", "LiBH4", {"Li": 1, "B": 1, "H": 4}),
    ("Mg(BH4)2", "Mg(BH4)2", {"Mg": 1, "B": 2, "H": 8}),
    ("Li4(BH4)3I", "Li4(BH4)3I", {"Li": 4, "B": 3, "H": 12, "I": 1}),
    ("TiVNbZrFe", "TiVNbZrFe", {"Ti": 1, "V": 1, "Nb": 1, "Zr": 1, "Fe": 1}),
    ("LiCB9H10", "LiCB9H10", {"Li": 1, "C": 1, "B": 9, "H": 10}),
    ("Li(CB9H10)", "Li(CB9H10)", {"Li": 1, "C": 1, "B": 9, "H": 10}),
    ("Li2Mg(NH)2", "Li2Mg(NH)2", {"Li": 2, "Mg": 1, "N": 2, "H": 2}),
    ("Mg2FeH6", "Mg2FeH6", {"Mg": 2, "Fe": 1, "H": 6}),
    ("NaAlH4", "NaAlH4", {"Na": 1, "Al": 1, "H": 4}),
    ("Li0.9Mg0.05BH4", "Li0.9Mg0.05BH4", {"Li": 0.9, "Mg": 0.05, "B": 1, "H": 4}),
    ("Zr1.4Ta0.60", "Zr1.4Ta0.6", {"Zr": 1.4, "Ta": 0.6}),
    ("VH0.81", "VH0.81", {"V": 1, "H": 0.81}),
    ("γ-Mg(BH4)2", "Mg(BH4)2", {"Mg": 1, "B": 2, "H": 8}),
    ("MgBu2", "MgBu2", {"Mg": 1, "C": 8, "H": 18}),
    # hydrates / ammoniates
    ("Mg(BH4)2·2NH3", "Mg(BH4)2·2NH3", {"Mg": 1, "B": 2, "H": 14, "N": 2}),
    ("Mg(BH4)2.2NH3", "Mg(BH4)2·2NH3", {"Mg": 1, "B": 2, "H": 14, "N": 2}),
    ("Mg(BH4)2 · 6NH3", "Mg(BH4)2·6NH3", {"Mg": 1, "B": 2, "H": 26, "N": 6}),
    ("LiBH4·NH3", "LiBH4·NH3", {"Li": 1, "B": 1, "H": 7, "N": 1}),
    ("Li2B12H12·4H2O", "Li2B12H12·4H2O", {"Li": 2, "B": 12, "H": 20, "O": 4}),
    # charged forms
    ("[B12H12]2-", "[B12H12]2-", {"B": 12, "H": 12}),
    ("CB11H12-", "CB11H12-", {"C": 1, "B": 11, "H": 12}),
    ("BH4−", "BH4-", {"B": 1, "H": 4}),
    # HTML
    ("MgH<sub>2</sub>", "MgH2", {"Mg": 1, "H": 2}),
    ("La<sub>3</sub>Mg<sub>72</sub>Co<sub>6</sub>", "La3Mg72Co6", {"La": 3, "Mg": 72, "Co": 6}),
    ("Mg(BH<sub>4</sub>)<sub>2</sub>", "Mg(BH4)2", {"Mg": 1, "B": 2, "H": 8}),
    ("Cr<sub>3</sub>Nb<sub>14</sub>O<sub>41</sub>", "Cr3Nb14O41", {"Cr": 3, "Nb": 14, "O": 41}),
    ("Ca(BH<sub>4</sub>)<sub>2</sub>·4NH<sub>3</sub>", "Ca(BH4)2·4NH3", {"Ca": 1, "B": 2, "H": 20, "N": 4}),
    ("[B<sub>10</sub>H<sub>10</sub>]<sup>2−</sup>", "[B10H10]2-", {"B": 10, "H": 10}),
    ("Na <sub>3</sub> (BH <sub>4</sub> ) <sub>2</sub> Br", "Na3(BH4)2Br", {"Na": 3, "B": 2, "H": 8, "Br": 1}),
    ("Mg<sub>2</sub>NiH<sub>4</sub>", "Mg2NiH4", {"Mg": 2, "Ni": 1, "H": 4}),
    ("LiCe(BH<sub>4</sub>)<sub>3</sub>Cl", "LiCe(BH4)3Cl", {"Li": 1, "Ce": 1, "B": 3, "H": 12, "Cl": 1}),
    ("BH<sub>4</sub><sup>−</sup>", "BH4-", {"B": 1, "H": 4}),
    # LaTeX
    (r"$\text{MgH}_2$", "MgH2", {"Mg": 1, "H": 2}),
    (r"$\mathrm{LiBH_4}$", "LiBH4", {"Li": 1, "B": 1, "H": 4}),
    (r"$\text{Mg}(\text{BH}_4)_2$", "Mg(BH4)2", {"Mg": 1, "B": 2, "H": 8}),
    (r"$\text{Li}_3\text{AlH}_6$", "Li3AlH6", {"Li": 3, "Al": 1, "H": 6}),
    (r"$\text{Na}(\text{CB}_{9}\text{H}_{10})$", "Na(CB9H10)", {"Na": 1, "C": 1, "B": 9, "H": 10}),
    (r"$\text{K}_2\text{B}_{10}\text{H}_{10}$", "K2B10H10", {"K": 2, "B": 10, "H": 10}),
    (r"$\text{Al}(\text{BH}_4)_3 \cdot 6\text{NH}_3$", "Al(BH4)3·6NH3", {"Al": 1, "B": 3, "H": 30, "N": 6}),
    (r"$\text{Mg}_2\text{Fe}(\text{Co})\text{H}_6$", "Mg2Fe(Co)H6", {"Mg": 2, "Fe": 1, "Co": 1, "H": 6}),
    (r"$(\text{CB}_{11}\text{H}_{12})^-$", "(CB11H12)-", {"C": 1, "B": 11, "H": 12}),
    (r"$[\text{BH}_4]^-$", "[BH4]-", {"B": 1, "H": 4}),
    (r"$\text{BH}_4^-$", "BH4-", {"B": 1, "H": 4}),
    (r"$\text{Mg}^{2+}$", "Mg^2+", {"Mg": 1}),
    (r"$\text{Li}^+$", "Li+", {"Li": 1}),
    # unicode subscripts / superscripts
    ("MgH₂", "MgH2", {"Mg": 1, "H": 2}),
    ("Li₂B₁₂H₁₂", "Li2B12H12", {"Li": 2, "B": 12, "H": 12}),
    ("Mg(NH₂)₂", "Mg(NH2)2", {"Mg": 1, "N": 2, "H": 4}),
    ("Mg(BH₄)₂·2NH₃", "Mg(BH4)2·2NH3", {"Mg": 1, "B": 2, "H": 14, "N": 2}),
    ("BH₄⁻", "BH4-", {"B": 1, "H": 4}),
    ("Mg²⁺", "Mg^2+", {"Mg": 1}),
]

SYMBOLIC = [
    ("Ti3C2Tx", "Ti3C2Tx", ("x",)),
    ("Ti<sub>3</sub>C<sub>2</sub>T<sub>x</sub>", "Ti3C2Tx", ("x",)),
    ("LiBH4-xFx", "LiBH4-xFx", ("x",)),
    ("Ti<sub>2</sub>CCl<sub>x</sub>", "Ti2CClx", ("x",)),
    (r"$[\text{Na}_2\text{B}_{10}\text{H}_{9+1/n}]_n$", "[Na2B10H9+1/n]n", ("n",)),
]


def test_at_least_forty_spellings():
    assert len(SPELLINGS) >= 40


@pytest.mark.parametrize("spelling,normalized,composition", SPELLINGS)
def test_spelling_normalizes(spelling, normalized, composition):
    f = parse_formula(spelling)
    assert f.normalized == normalized
    assert f.composition == pytest.approx({k: float(v) for k, v in composition.items()})


@pytest.mark.parametrize("spelling,normalized,symbols", SYMBOLIC)
def test_symbolic_subscripts_stay_symbolic(spelling, normalized, symbols):
    f = parse_formula(spelling)
    assert (f.normalized, f.symbols, f.is_symbolic) == (normalized, symbols, True)
    with pytest.raises(FormulaError, match="symbolic"):
        f.composition  # noqa: B018


def test_symbolic_subscript_with_value():
    f = parse_formula("LiBH4-xFx", values={"x": 0.25})
    assert f.composition == pytest.approx({"Li": 1, "B": 1, "H": 3.75, "F": 0.25})


def test_mxene_termination_is_not_tritium():
    # 'Tx' of Ti3C2Tx are surface terminations (O, OH, F); they must not count as hydrogen
    assert parse_formula("Ti3C2Tx", values={"x": 2}).hydrogen_count == 0
    assert parse_formula("MgD2").hydrogen_count == 2


def test_charges_and_phase():
    assert parse_formula("[B12H12]2-").charge == -2
    assert parse_formula("CB11H12-").charge == -1
    assert parse_formula("Mg²⁺").charge == 2
    f = parse_formula("γ-Mg(BH4)2")
    assert (f.phase, f.display) == ("γ", "γ-Mg(BH4)2")


def test_charged_element_with_count_round_trips():
    # found by fuzzing: 'B2+' in plain text reads as B^2+, so a B2 cation keeps its caret
    f = parse_formula("B2⁺")
    assert (f.normalized, f.charge) == ("B2^+", 1)
    assert parse_formula(f.normalized).normalized == "B2^+"
    assert parse_formula("Mg2+").normalized == "Mg^2+"


def test_markup_only_changes_the_spelling_not_the_formula():
    assert strip_markup("Mg(BH<sub>4</sub>)<sub>2</sub><sup>[16]</sup>") == "Mg(BH4)2"
    assert strip_markup(r"$\text{LiBH}_4\text{--}\text{MgH}_2$") == "LiBH4–MgH2"


# (bad input, words the message must hold: the bad token and the fix)
INVALID = [
    ("", ["empty", "MgH2"]),
    ("   ", ["empty"]),
    ("Mq", ["unknown element 'Mq'", "spelling"]),
    ("MgXx2", ["'Xx'"]),
    ("mgh2", ["lower case", "write 'Mg'"]),
    ("Mg(BH4", ["unbalanced '('", "closing ')'"]),
    ("MgBH4)2", ["unbalanced ')'", "remove it"]),
    ("2MgH2", ["leading coefficient '2'", "parse_system"]),
    ("MgH2–Ni", ["'–'", "parse_system"]),
    ("LiBH4 MgH2", ["a space", "parse_system"]),
    ("MgH2·", ["empty part", "·"]),
    ("Mg^abc", ["'^abc'", "charge"]),
    ("H999999999999", ["too long"]),
    ("MgH2!", ["'!'"]),
    ("<sub></sub>", ["only markup"]),
    ("VH0", ["count '0'", "zero"]),            # found by fuzzing: a zero count made 'B0+' re-read as 'B+'

]


@pytest.mark.parametrize("text,words", INVALID)
def test_invalid_input_names_token_and_fix(text, words):
    with pytest.raises(FormulaError) as err:
        parse_formula(text)
    for word in words:
        assert word in str(err.value)


# ----------------------------------------------------------------------- property-based
_ELEMENTS = ["H", "Li", "B", "C", "N", "O", "F", "Na", "Mg", "Al", "Si", "Cl", "Ti", "V", "Fe",
             "Ni", "Cu", "Zr", "Nb", "I", "La", "Ce"]
_counts = st.integers(min_value=1, max_value=12)


@st.composite
def _group(draw, depth=0):
    """(spelling, composition) of a sequence of elements and bracketed groups."""
    spelled, comp = [], {}
    for _ in range(draw(st.integers(1, 4))):
        if depth < 2 and draw(st.booleans()) and draw(st.booleans()):
            inner, inner_comp = draw(_group(depth + 1))
            n = draw(_counts)
            spelled.append(f"({inner})" + (str(n) if n > 1 else ""))
            for el, k in inner_comp.items():
                comp[el] = comp.get(el, 0) + k * n
        else:
            el, n = draw(st.sampled_from(_ELEMENTS)), draw(_counts)
            spelled.append(el + (str(n) if n > 1 else ""))
            comp[el] = comp.get(el, 0) + n
    return "".join(spelled), comp


@st.composite
def _formula(draw):
    """A formula, optionally an adduct 'X·nY' (e.g. Mg(BH4)2·2NH3)."""
    text, comp = draw(_group())
    if draw(st.booleans()):
        adduct, adduct_comp = draw(_group())
        n = draw(_counts)
        text += "·" + (str(n) if n > 1 else "") + adduct
        for el, k in adduct_comp.items():
            comp[el] = comp.get(el, 0) + k * n
    return text, comp


def _html(text: str) -> str:
    return re.sub(r"(?<=[A-Za-z)])(\d+)", r"<sub>\1</sub>", text)


@pytest.mark.slow   # fuzz run: generated formulas
@settings(max_examples=300, deadline=None)
@given(_formula())
def test_generated_formulas_round_trip(case):
    text, comp = case
    f = parse_formula(text)
    assert f.normalized == text                      # built spellings are already canonical
    assert parse_formula(f.normalized).normalized == f.normalized
    assert f.composition == pytest.approx({el: float(n) for el, n in comp.items()})
    assert parse_formula(_html(text)).normalized == text


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=40))
def test_arbitrary_text_raises_only_formula_error(text):
    try:
        f = parse_formula(text)
    except FormulaError:
        return
    assert parse_formula(f.display).normalized == f.normalized


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="MgHLiBCNO()[]·.0123456789+-^x_{}$\\<>/ subtext–", max_size=30))
def test_formula_like_text_raises_only_formula_error(text):
    try:
        parse_formula(text)
    except FormulaError:
        pass


def test_corpus_spellings_parse():
    path = CORPUS / "li-mg-hydrides-review.md"
    if not path.exists():
        pytest.skip(f"corpus not present at {path}: the review is not shipped with the repository")
    text = path.read_text(encoding="utf-8")
    found = set(re.findall(r"\$\\text\{(?:MgH|LiBH|LiAlH|NaAlH)\}_\d\$", text))
    found |= set(re.findall(r"(?:MgH|LiBH|TiH)<sub>\d</sub>", text))
    assert found, "the review spells MgH2/LiBH4 in LaTeX or HTML"
    for spelling in found:
        plain = re.sub(r"\$|\\text\{|\}|_|</?sub>", "", spelling)
        assert parse_formula(spelling).normalized == plain


@pytest.mark.parametrize(("text", "composition"), [
    ("Ca(BH4)1.25Cl0.75", {"Ca": 1.0, "B": 1.25, "H": 5.0, "Cl": 0.75}),
    ("Li5.35PS4.35(BH4)1.15Cl0.5", {"Li": 5.35, "P": 1.0, "S": 4.35, "B": 1.15, "H": 4.6, "Cl": 0.5}),
    ("Na(BH4)1.5Br0.5", {"Na": 1.0, "B": 1.5, "H": 6.0, "Br": 0.5}),
])
def test_a_decimal_count_after_a_bracket_in_a_formula_of_decimal_counts_is_a_count(text, composition):
    f = parse_formula(text)
    assert "·" not in f.display and dict(f.composition) == pytest.approx(composition)


def test_an_adduct_dot_after_a_bracket_stays_an_adduct():
    # near miss: no other decimal count, a ligand after the digits: '(BH4)2.2NH3' is Mg(BH4)2·2NH3
    assert parse_formula("Mg(BH4)2.2NH3").display == "Mg(BH4)2·2NH3"


@pytest.mark.parametrize("text, any_formula, numeric", [
    ("MgH2", True, True), ("Li2+xB12H12", True, False), ("MgxNi", True, False), ("graphene", False, False)])
def test_a_formula_of_numbers_is_one_whose_composition_needs_no_value(text, any_formula, numeric):
    from ontology.formula import is_formula, is_numeric_formula

    assert (is_formula(text), is_numeric_formula(text)) == (any_formula, numeric)
