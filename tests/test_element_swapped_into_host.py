"""'Substituting Al for Mg in MgH2 lowers …', 'replacing Mg with Ti in MgH2', 'Ti substitution for Mg in MgH2': one
element put in place of one of the host's own elements makes the host with that element as a substituent of its
lattice; the value a change ends at is that sample's, the value it starts from the host's. Swapping an element
the host does not hold ('replacing Ni with Co in MgH2') makes no substituent."""
import pytest

from ingest.extract import extract_text


def _rows(text):
    return [(m.value, m.system.host.formula, tuple((a.formula, a.role) for a in m.system.additives))
            for m in extract_text(text).measurements]


@pytest.mark.parametrize("text, start, end, element", [
    ("Substituting Al for Mg in MgH2 lowers the formation enthalpy from -62.3 to -45.8 kJ/mol H2.", 62.3, 45.8, "Al"),
    ("Replacing Mg with Ti in MgH2 reduces the hydrogen removal energy from 2.5 to 1.9 eV.", 2.5, 1.9, "Ti"),
    ("Ti substitution for Mg in MgH2 reduces the hydrogen removal energy from 2.5 to 1.9 eV.", 2.5, 1.9, "Ti"),
    ("Partly replacing Mg by Zn in MgH2 brings the formation enthalpy down from -70.1 to -61.4 kJ/mol H2.",
     70.1, 61.4, "Zn"),
])
def test_the_element_put_in_the_hosts_place(text, start, end, element):
    rows = _rows(text)
    assert (start, "MgH2", ()) in rows, rows
    assert (end, "MgH2", ((element, "DopantSubstituent"),)) in rows, rows


def test_an_element_the_host_does_not_hold_is_no_swap():
    rows = _rows("Replacing Ni with Co in MgH2 reduces the hydrogen removal energy from 2.5 to 1.9 eV.")
    assert not any(role == "DopantSubstituent" for _, _, adds in rows for _, role in adds), rows
