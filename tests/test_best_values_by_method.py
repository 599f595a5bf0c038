"""'Which MgH2 systems have the lowest Ea by Kissinger?': best-values keeps the values of a method
family when asked ('method = Kissinger'), and when no value of the property states its method it says
so instead of answering as if the method had been checked."""
from __future__ import annotations

import pytest

import kg.analogs.questions as q
from kg.analogs import AnalogQueryError
from kg.gaps.facts import MeasurementRow, SystemRow


class _NoStore:
    def query(self, stmt, params=None):
        return []


def _ea(mid, system, value, method=None):
    return MeasurementRow(id=mid, system=system, property="dehydrogenation_activation_energy", value=value,
                          value_max=None, unit="kJ/mol", source="doi:10.0/invented", source_kind="publication",
                          refs=[mid], method=method)


def _best(monkeypatch, measurements, at):
    import kg.gaps.read as read

    systems = [SystemRow(id=s, name=f"MgH2–{s}", host="MagnesiumHydride", host_formula="MgH2", additives=[s],
                         sources=["doi:10.0/invented"]) for s in ("Ti", "Fe", "Co")]
    monkeypatch.setattr(read, "read_rows", lambda store: {"systems": systems, "measurements": measurements})
    return q.best_values(_NoStore(), "MgH2", "Ea", at=at)


def test_values_of_the_asked_method_family_only(monkeypatch):
    rows = [_ea("1", "Ti", 40.0, "Kissinger plot"), _ea("2", "Fe", 35.0, "JMAK"), _ea("3", "Co", 50.0)]
    got = _best(monkeypatch, rows, "method = Kissinger")
    assert [(r["system_name"], r["method"]) for r in got] == [("MgH2–Ti", "Kissinger plot")]


def test_no_stated_method_at_all_is_said_not_answered(monkeypatch):
    rows = [_ea("1", "Ti", 40.0), _ea("2", "Fe", 35.0)]
    with pytest.raises(AnalogQueryError) as err:
        _best(monkeypatch, rows, "method = Kissinger")
    text = str(err.value)
    assert "none of the 2" in text and "states its method" in text and "drop" in text


def test_an_analog_filter_on_the_method_points_to_best_values():
    from kg.analogs.filters import parse_filter

    with pytest.raises(AnalogQueryError, match="best-values"):
        parse_filter("Ea < 70 kJ/mol at method = Kissinger")
