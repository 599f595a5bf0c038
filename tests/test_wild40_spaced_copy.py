"""Forms met in real abstracts of Li/Na/Mg-ion hydride papers (session 40, issue 10), in sentences written for this
test: a PDF text layer that set apart an ion's charge ('Li + and Na + conductivity'), a decimal point ('0 . 53 eV')
or the count of a salt of two anions ('Na 2 ( BH4 )( NH2 )'), and a bare per cent given as a mass loss on heating."""
import pytest

from ingest.extraction.text.nlp import _clean_text
from tests.extracted import records


def _rows(text: str) -> set[tuple]:
    return {(r["property"], round(r["value"], 4), r["system"]) for r in records(text)}


# ---------------------------------------------------------------- an ion's charge set apart
@pytest.mark.parametrize("text", [
    "Hydroborates show high Li + and Na + conductivity. We assess the electrochemical stability of these electrolytes"
    " for cells with a voltage >4 V.",
    "Cage borates give fast Na + or Li + transport. Their electrochemical stability was probed for cells with a voltage"
    " above 4.2 V.",
    "Both Li + and Na + ions move fast in these closo salts. Their electrochemical stability was tested in cells with a"
    " voltage up to 4.5 V.",
])
def test_ions_set_apart_are_no_sample(text):
    # the charge carriers are no lithium or sodium metal sample that the voltage could be credited to
    assert not [r for r in records(text) if {c["material"] for c in r["components"]} & {"Li", "Na"}]


def test_charge_joined_to_its_cation_only():
    assert _clean_text("fast Li + and Mg 2 + conduction").text == "fast Li+ and Mg2+ conduction"
    # near misses: a reaction's plus sign between reactants, a charge no cation of that metal has
    assert _clean_text("Mg + H2 gives MgH2 and Li + LiH stays").text == "Mg + H2 gives MgH2 and Li + LiH stays"
    assert _clean_text("no Na 2+ ion exists").text == "no Na 2+ ion exists"


# ---------------------------------------------------------------- a decimal point set apart
@pytest.mark.parametrize("text, row", [
    ("The LiBH4 pellet shows an activation energy of 0 . 48 eV for Li+ hopping.",
     ("ion_migration_activation_energy", 0.48, "LiBH4")),
    ("Our NaAlH4 sample releases 4 . 6 wt% of hydrogen on heating.", ("hydrogen_capacity", 4.6, "NaAlH4")),
    ("The Li2B12H12 electrolyte has an activation energy of 0 . 61 eV for Li+ hopping.",
     ("ion_migration_activation_energy", 0.61, "Li2B12H12")),
])
def test_decimal_point_set_apart(text, row):
    assert row in _rows(text)


def test_full_stop_between_numbers_stays_a_stop():
    # near miss: no unit after the second number, so the stop ends a sentence
    assert _clean_text("It was heated to 300 . 5 samples were then cooled.").text == \
        "It was heated to 300 . 5 samples were then cooled."


# ---------------------------------------------------------------- a salt of two anions, its count set apart
@pytest.mark.parametrize("written, joined", [
    ("The mixed salt Na 2 ( BH4 )( NH2 ) was milled.", "Na2(BH4)(NH2)"),
    ("We made Na 4 (B 12 H 12 )(B 10 H 10 ) from solution.", "Na4(B12H12)(B10H10)"),
    ("The salt Li 3 (BH4)2(NH2) melts.", "Li3(BH4)2(NH2)"),
])
def test_salt_of_two_anions_rejoined(written, joined):
    assert joined in _clean_text(written).text


def test_unbalanced_salt_stays_apart():
    # near miss: Mg takes two anions of one charge each, not six
    assert "Mg 3 (BH4)(NH2)" in _clean_text("and Mg 3 (BH4)(NH2) here").text


def test_spaced_salt_is_the_measured_system():
    rows = _rows("A mixed anion Na 2 ( BH4 )( NH2 ) conducts Na+ at 2 × 10 -6 S cm -1 at room temperature.")
    assert ("ionic_conductivity", 0.002, "Na2(BH4)(NH2)") in rows


# ---------------------------------------------------------------- a mass loss given as a bare per cent
@pytest.mark.parametrize("text, value", [
    ("Above 580 K the NaBH4 sample decomposes, with a total mass loss of 7.5%.", 7.5),
    ("Thermogravimetry shows that LiBH4 has a weight loss of 4% up to 450 °C.", 4.0),
    ("The Mg(BH4)2 powder undergoes a mass loss of 9 % between 250 and 400 °C.", 9.0),
])
def test_mass_loss_per_cent_is_released_hydrogen(text, value):
    props = {(r["property"], r["value"]) for r in records(text)}
    assert ("hydrogen_capacity", value) in props
    assert not any(p == "capacity_fade" for p, _ in props)


def test_capacity_loss_stays_a_fade():
    # near miss: a capacity's loss over cycles is a fade
    text = "The MgH2 anode shows a capacity loss of 6% after 50 cycles."
    assert ("capacity_fade", 6.0) in {(r["property"], r["value"]) for r in records(text)}


# ---------------------------------------------------------------- a compound word's hyphen set apart
@pytest.mark.parametrize("text, system", [
    ("The mixed-anion Na2(BH4)(NH2) shows a higher room -temperature conductivity of 3 × 10 -6 S cm -1 .",
     "Na2(BH4)(NH2)"),
    ("LiBH4 reaches a room -temperature Li+ conductivity of 2 × 10 -5 S cm -1 after milling.", "LiBH4"),
    ("The Li3(NH2)2I salt gives a room -temperature conductivity of 1 × 10 -5 S cm -1 .", "Li3(NH2)2I"),
])
def test_room_temperature_with_hyphen_set_apart(text, system):
    assert [r["conditions"].get("temperature") for r in records(text) if r["system"] == system] == [25.0]


def test_hyphen_set_apart_dropped_between_words_only():
    assert _clean_text("all -solid -state cells").text == "all solid state cells"
    # near misses: a composition's dash before a formula, a dash between spaces, a minus before a number
    assert _clean_text("LiBH4 -LiI and a - b at 10 -3 S").text == "LiBH4 -LiI and a - b at 10 -3 S"
