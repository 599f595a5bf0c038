"""A curve's settings (heating rate, isotherm temperature, pellet size, active mass) are checked before any
value is derived: a heating rate of -5 K/min was stored with the values, one of 0 K/min was dropped without a
word. The refusal names the option (the box on the page) and the fix; nothing is written."""
from __future__ import annotations

import numpy as np
import pytest


def _tpd(folder, head: str = "", name: str = "tpd.csv"):
    T = np.linspace(100, 450, 351)
    signal = 0.02 + np.exp(-0.5 * ((T - 240) / 18) ** 2)
    path = folder / name
    path.write_text(head + "T (°C),signal (a.u.)\n" + "\n".join(f"{a:.2f},{b:.5f}" for a, b in zip(T, signal)),
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("rate, words", [("-5 K/min", "must be positive"), ("0 K/min", "must be positive"),
                                         ("-0.2 K/s", "must be positive"), ("5 kJ", "K/min-compatible")])
def test_a_heating_rate_that_is_no_rate_is_refused_naming_the_option(tmp_path, rate, words):
    from kg.notebook import LabNotebook
    from ontology.errors import UserError

    nb = LabNotebook(tmp_path / "d", graph=False)
    nb.add(nb.validate({"title": "TPD of MgH2", "author": "a", "samples": [{"id": "S1", "system": "MgH2"}]}),
           author="curie", entry_id="e1")
    with pytest.raises(UserError, match=words) as caught:
        nb.attach("e1", [_tpd(tmp_path)], kind="tpd", author="curie", heating_rate=rate)
    assert caught.value.field == "--heating-rate"
    assert [r.revision for r in nb.history("e1")] == [1]              # nothing written


def test_the_files_own_line_is_named_when_it_is_at_fault(tmp_path):
    from kg.notebook import derive_from_curves
    from ontology.errors import UserError

    with pytest.raises(UserError, match="# heating_rate:") as caught:
        derive_from_curves([_tpd(tmp_path, "# heating_rate: -2 K/min\n")], "tpd")
    assert caught.value.field is None                                  # the file, not an option


def test_an_isotherm_below_absolute_zero_is_refused(tmp_path):
    from kg.notebook import derive_from_curves
    from ontology.errors import UserError

    pct = tmp_path / "pct.csv"
    pct.write_text("p (MPa),H content (wt%)\n0.1,1.0\n0.5,4.0\n1.0,6.0\n2.0,6.5\n", encoding="utf-8")
    with pytest.raises(UserError, match="below absolute zero") as caught:
        derive_from_curves([pct], "pct", temperature="-300 degC")
    assert caught.value.field == "--temperature"


def test_the_page_shows_a_bad_rate_of_several_files_under_their_rates_box(tmp_path):
    from ui.app import lab_entry as le

    class Upload:
        def __init__(self, path):
            self.name, self._data = path.name, path.read_bytes()

        def getvalue(self):
            return self._data

    files = [Upload(_tpd(tmp_path, name=f"tpd_{k}.csv")) for k in (2, 5, 10)]
    with pytest.raises(le.FieldErrors) as caught:
        le.preview_attach(files, le.AttachOptions(kind="kissinger", heating_rates="2,-5,10"))
    assert list(caught.value.errors) == ["heating_rates"], caught.value.errors
