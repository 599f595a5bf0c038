"""Answers to a researcher's questions on small graphs of our own: a result a review gives in a table
and again in its text is one answer, not two of the 'best values'."""
from __future__ import annotations

import kg.analogs.questions as q
from kg.gaps.facts import MeasurementRow, SystemRow


class _NoStore:
    def query(self, stmt, params=None):
        return []


def _system(sid, name, additives):
    return SystemRow(id=sid, name=name, host="LithiumBorohydride", host_formula="LiBH4", additives=additives,
                     sources=["doi:10.0/invented"])


def _cond(mid, system, value, refs, temperature=25.0, table=None):
    return MeasurementRow(id=mid, system=system, property="ionic_conductivity", value=value, value_max=None,
                          unit="mS/cm", source="doi:10.0/invented", source_kind="publication", refs=refs,
                          conditions={"temperature": temperature}, table=table, row=3 if table else None)


def _best(monkeypatch, systems, measurements, **kw):
    import kg.gaps.read as read

    monkeypatch.setattr(read, "read_rows", lambda store: {"systems": systems, "measurements": measurements})
    return q.best_values(_NoStore(), "LiBH4", "ionic conductivity", **kw)


def test_a_table_row_and_the_text_on_the_same_cited_paper_are_one_best_value(monkeypatch):
    systems = [_system("x", "2LiBH4–KI", ["KI"]), _system("y", "KI/2LiBH4", ["KI"]), _system("z", "LiBH4–SiO2", ["SiO2"])]
    rows = [_cond("t", "x", 0.5, ["41"], table="Table 9"), _cond("p", "x", 0.5, ["41"]),
            _cond("w", "y", 0.495, ["41", "42"]),           # another writing of the same composition, rounded
            _cond("s", "z", 0.3, ["50"])]
    got = _best(monkeypatch, systems, rows)
    assert [(r["system_name"], r["value"]) for r in got] == [("2LiBH4–KI", 0.5), ("LiBH4–SiO2", 0.3)]
    assert sorted(a["value"] for a in got[0]["also_read"]) == [0.495, 0.5]
    assert all("id" not in a for a in got[0]["also_read"]) and "id" not in got[0]


def test_the_limit_counts_results_not_readings(monkeypatch):
    systems = [_system("x", "2LiBH4–KI", ["KI"]), _system("z", "LiBH4–SiO2", ["SiO2"])]
    rows = [_cond("t", "x", 0.5, ["41"], table="Table 9"), _cond("p", "x", 0.5, ["41"]), _cond("s", "z", 0.3, ["50"])]
    assert [r["value"] for r in _best(monkeypatch, systems, rows, limit=2)] == [0.5, 0.3]


def test_near_misses_stay_separate_best_values(monkeypatch):
    systems = [_system("x", "2LiBH4–KI", ["KI"]), _system("v", "2LiBH4–NaI", ["NaI"])]
    rows = [_cond("a", "x", 0.5, ["41"]),
            _cond("b", "x", 0.5, ["43"]),                       # no cited paper in common: two studies
            _cond("c", "x", 0.5, ["41"], temperature=60.0),     # another temperature: another value
            _cond("d", "v", 0.5, ["41"]),                       # another additive
            _cond("e", "x", 0.45, ["41"])]                      # beyond rounding
    assert len(_best(monkeypatch, systems, rows)) == 5


def test_the_bare_host_s_value_names_no_strategy_it_was_made_by(monkeypatch):
    bare = SystemRow(id="h", name="LiBH4", host="LithiumBorohydride", host_formula="LiBH4",
                     strategies=["Nanoconfinement", "Catalysis"], sources=["doi:10.0/invented"])
    confined = SystemRow(id="c", name="LiBH4@SiO2", host="LithiumBorohydride", host_formula="LiBH4",
                         additives=["SiO2"], strategies=["Nanoconfinement"], sources=["doi:10.0/invented"])
    rows = [_cond("1", "h", 0.001, ["60"]), _cond("2", "c", 0.1, ["61"])]
    got = {r["system_name"]: r["strategies"] for r in _best(monkeypatch, [bare, confined], rows)}
    assert got == {"LiBH4": [], "LiBH4@SiO2": ["Nanoconfinement"]}
