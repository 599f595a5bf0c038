"""The Analogs page shows a lab entry's title as the researcher typed it: the notes' unit pass re-typed
'MgH2 + 5 wt% Nb2O5 milled 20 h' as 'MgH2 + 5 wt % Nb2O5 …' (other notes keep their typeset units)."""
from __future__ import annotations


def test_a_lab_entrys_title_is_shown_as_typed():
    from ui.app.analog_views import note_text

    typed = "entry: MgH2 + 5 wt% Nb2O5 milled 20 h, heated at 5 K/min"
    assert note_text(typed) == typed
    assert note_text("analogs at 40 degC") == "analogs at 40 °C"
