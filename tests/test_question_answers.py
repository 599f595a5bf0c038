"""What a researcher reads in the answers to the typical questions, on small graphs of our own:
a strategy tried through a narrower one counts as tried, siblings with no data are named apart, an
additive's answer says which mechanisms its sources credit, and one result read twice is one answer."""
from __future__ import annotations

import pytest

import kg.analogs.questions as q
from kg.analogs.claims import CLAIMS


class FakeStore:
    """Answers the statements of kg.analogs.questions from lists (no backend)."""

    def __init__(self, strategies=(), classes=(), values=(), claims=()):
        self.answers = {q.STRATEGIES_ON_HOSTS: list(strategies), q.CLASSES_ON_HOSTS: list(classes),
                        q.ADDITIVES_BELOW: list(values), CLAIMS: list(claims)}

    def query(self, stmt, params=None):
        return self.answers.get(stmt, [])


def _tried(host, strategy, systems=1):
    return {"strategy": strategy, "host": host, "systems": systems}


@pytest.fixture
def siblings(monkeypatch):
    monkeypatch.setattr(q, "_term", lambda text, kind: "Host")
    monkeypatch.setattr(q, "_siblings", lambda host: ["Alpha", "Beta", "Empty"])


@pytest.mark.parametrize(("broad", "narrow"), [("Catalysis", "MetalCatalysis"),
                                                ("Nanoengineering", "Nanoconfinement"),
                                                ("ExternalFieldDriving", "MicrowaveDriving")])
def test_a_sibling_that_tried_a_narrower_strategy_has_tried_the_broad_one(siblings, broad, narrow):
    store = FakeStore(strategies=[_tried("Host", broad, 3), _tried("Alpha", narrow), _tried("Beta", "Ammoniation")])
    (row,) = [r for r in q.untried_on_siblings(store, "Host") if r["term"] == broad]
    assert row["tried_on_siblings"] == ["Alpha"]
    assert row["not_tried_on"] == ["Beta"]          # studied (it has ammoniation), never with this strategy
    assert row["no_data_on"] == ["Empty"]           # nothing at all in the graph: named apart


def test_a_broader_strategy_on_a_sibling_does_not_count_for_a_narrower_one(siblings):
    # near miss: 'catalysis' on Alpha says nothing about metal catalysis on Alpha
    store = FakeStore(strategies=[_tried("Host", "MetalCatalysis"), _tried("Alpha", "Catalysis"),
                                  _tried("Beta", "MetalCatalysis")])
    (row,) = q.untried_on_siblings(store, "Host")
    assert row["not_tried_on"] == ["Alpha"] and row["tried_on_siblings"] == ["Beta"]


def test_gaps_among_studied_siblings_come_before_gaps_on_hosts_without_data(siblings):
    store = FakeStore(strategies=[_tried("Host", "Ammoniation", 9), _tried("Alpha", "Ammoniation"),
                                  _tried("Beta", "Ammoniation"), _tried("Host", "Nanosizing", 1)])
    rows = q.untried_on_siblings(store, "Host")
    assert [(r["term"], r["not_tried_on"], r["no_data_on"]) for r in rows] == [
        ("Nanosizing", ["Alpha", "Beta"], ["Empty"]), ("Ammoniation", [], ["Empty"])]


def _value(system, name, formula, value, refs, start, row=None):
    return {"additive": formula, "formula": formula, "additive_class": "Metal", "role": "Catalyst",
            "text": formula, "system": system, "system_name": name, "host": "MagnesiumHydride",
            "value": value, "unit": "degC", "source": "doi:10.0/made-up", "section": "2", "tbl": None,
            "row": row, "refs": refs, "start": start, "end": start + 10}


def _claim(cid, mechanism, additive, host="MgH2", start=500):
    return {"id": cid, "mechanism": mechanism, "host": host, "additive": additive, "strategy": None,
            "source": "doi:10.0/made-up", "section": "3", "tbl": None, "row": None, "refs": [],
            "start": start, "end": start + 20}


def _ask(values, claims=()):
    return q.additives_below(FakeStore(values=values, claims=claims), "MgH2", "onset_dehydrogenation_temperature",
                             "300 degC")


def test_an_answer_names_the_mechanisms_its_sources_credit_for_that_additive():
    claims = [_claim("c1", "Spillover", "Pd"), _claim("c2", "HydrogenPump", "Pd", start=600),
              _claim("c3", "ElectronTransfer", "CoB", start=700),
              _claim("c4", "Spillover", "Pd", host="LiBH4", start=800)]     # another host: no answer here
    rows = _ask([_value("s1", "MgH2–Pd", "Pd", 190.0, ["7"], 10),
                 _value("s2", "MgH2–CoB", "CoB", 210.0, ["8"], 20),
                 _value("s3", "MgH2–Mo", "Mo", 230.0, ["9"], 30)], claims)
    by = {r["formula"]: r for r in rows}
    assert by["Pd"]["mechanisms"] == ["HydrogenPump", "Spillover"]
    assert by["CoB"]["mechanisms"] == ["ElectronTransfer"]
    assert "mechanisms" not in by["Mo"] and "mechanism_evidence" not in by["Mo"]   # none credited: none named
    assert [e["place"] for e in by["Pd"]["mechanism_evidence"]] == ["§3", "§3"]


def test_a_mechanism_credited_for_an_element_is_named_with_that_element():
    claims = [_claim("c1", "Spillover", "Pd"), _claim("c2", "Spillover", "Pd", start=510)]
    (row,) = _ask([_value("s1", "MgH2–PdCu", "PdCu", 180.0, ["3"], 10)], claims)
    assert "mechanisms" not in row
    assert row["mechanisms_of_its_elements"] == ["Spillover (Pd)"]


def test_a_sentence_that_credits_two_mechanisms_is_cited_once():
    claims = [_claim("c1", "Spillover", "Ni", start=900), _claim("c2", "BondWeakening", "Ni", start=900)]
    (row,) = _ask([_value("s1", "MgH2–Ni", "Ni", 200.0, ["4"], 10)], claims)
    assert row["mechanisms"] == ["BondWeakening", "Spillover"] and len(row["mechanism_evidence"]) == 1


@pytest.mark.parametrize(("first", "second"), [
    # a table cell and the prose on the same cited paper, rounded differently
    (_value("t", "MgH2–10 wt% Ni", "Ni", 149.0, ["29"], 10, row=6), _value("p", "Mg–Ni", "Ni", 150.0, ["29"], 400)),
    # two sentences citing the same paper, one of them with more references
    (_value("a", "MgH2–Ni", "Ni", 200.0, ["12"], 10), _value("b", "MgH2–Ni", "Ni", 201.0, ["12", "13"], 900)),
    # the same value twice
    (_value("a", "MgH2–Ni", "Ni", 220.0, ["5"], 10), _value("b", "Ni-doped MgH2", "Ni", 220.0, ["5"], 300)),
])
def test_one_result_read_twice_is_one_answer(first, second):
    (row,) = _ask([first, second])
    assert row["system"] == first["system"] and row["value"] == first["value"]
    (also,) = row["also_read"]
    assert (also["system"], also["value"]) == (second["system"], second["value"])


@pytest.mark.parametrize("second", [
    _value("b", "MgH2–Ni", "Ni", 150.0, ["30"], 400),        # another cited paper: another study
    _value("b", "MgH2–Ni", "Ni", 170.0, ["29"], 400),        # same paper, another sample (not a rounding)
    _value("b", "MgH2–Co", "Co", 150.0, ["29"], 400),        # same paper, another additive
    _value("b", "MgH2–Ni", "Ni", 150.0, [], 400),            # no reference to tell: kept apart
])
def test_near_misses_stay_two_answers(second):
    first = _value("a", "MgH2–Ni", "Ni", 149.0, ["29"], 10)
    assert len(_ask([first, second])) == 2


def _sys(sid, name, additives, ids, lab=False):
    from kg.gaps.facts import SystemRow

    src = {"lab_sources": [f"lab:{sid}"]} if lab else {"sources": ["doi:10.0/made-up"]}
    return SystemRow(id=sid, name=name, host="MagnesiumHydride", host_formula="MgH2", additives=additives,
                     additive_ids=ids, **src)


def _onset(mid, system, value, lab=False):
    from kg.gaps.facts import MeasurementRow

    return MeasurementRow(id=mid, system=system, property="onset_dehydrogenation_temperature", value=value,
                          value_max=None, unit="degC", source=f"lab:{system}" if lab else "doi:10.0/made-up",
                          source_kind="lab_entry" if lab else "publication")


@pytest.mark.parametrize(("published", "reported"), [
    # the literature's system has one more additive, without a formula: not the lab's composition
    (_sys("p", "MgH2–TiO2–exfoliated graphite", ["TiO2"], ["TitaniumDioxide", "mat:exfoliated-graphite"]), False),
    (_sys("p", "MgH2–Nb2O5–carbon cloth", ["Nb2O5"], ["NiobiumPentoxide", "mat:carbon-cloth"]), False),
    (_sys("p", "MgH2–TiO2 on a polymer film", ["TiO2"], ["TitaniumDioxide", "mat:polymer-film"]), False),
    # near miss: the same additive and nothing else is the lab's composition reported
    (_sys("p", "MgH2–10 wt% TiO2", ["TiO2"], ["TitaniumDioxide"]), True),
])
def test_a_composition_is_reported_only_with_all_its_additives(published, reported):
    from kg.gaps.lab import compare

    lab_additive = published.additives
    lab_ids = [i for i in published.additive_ids if not i.startswith("mat:")]
    lab = _sys("l", "MgH2–5 wt% lab", lab_additive, lab_ids, lab=True)
    (c,) = compare([published, lab], [_onset("m1", "p", 230.0), _onset("m2", "l", 260.0, lab=True)])
    assert c.composition_reported is reported


def test_report_values_are_printed_with_their_units():
    from kg.gaps.model import LabComparison
    from ui.report.render import lab_value_text, value_text

    v = {"value": 0.31, "source": "doi:10.0/made-up", "refs": ["4"], "section": "3"}
    assert value_text(v, "mS/cm").startswith("0.31 mS cm⁻¹ (")
    assert value_text(v, "degC").startswith("0.31 °C (")
    assert value_text(v, "kJ/mol").startswith("0.31 kJ mol⁻¹ (")
    assert value_text(v).startswith("0.31 (")                   # near miss: no unit given, none invented
    lab = LabComparison(entry="lab:x", entry_title="x", system="MgH2–TiO2", property="onset_dehydrogenation_temperature",
                        unit="degC", value=260.0, n_literature=0, composition_reported=False, comparable="")
    assert lab_value_text(lab) == "260 °C"


def _size(mid, prop, value, refs, system="h", unit="nm"):
    from kg.gaps.facts import MeasurementRow

    return MeasurementRow(id=mid, system=system, property=prop, value=value, value_max=None, unit=unit,
                          source="doi:10.0/made-up", source_kind="publication", refs=refs, section="4")


def _contradictions(measurements):
    from kg.gaps.contradictions import find_contradictions
    from kg.gaps.facts import SystemRow

    host = SystemRow(id="h", name="LiBH4", host="LithiumBorohydride", host_formula="LiBH4", sources=["doi:10.0/made-up"])
    return find_contradictions([host], measurements)


@pytest.mark.parametrize("prop", ["particle_size", "crystallite_size", "film_thickness"])
def test_sizes_from_different_syntheses_are_no_contradiction(prop):
    # three studies made the host three ways: 6 nm, 45 nm and 700 nm are three samples
    rows = [_size("a", prop, 6.0, ["11"]), _size("b", prop, 45.0, ["12"]), _size("c", prop, 700.0, ["13", "14"])]
    assert _contradictions(rows) == []


def test_sizes_of_one_study_that_disagree_are_still_a_contradiction():
    # near miss: one cited study whose table and text give its size far apart: a misreading worth a look
    cell = _size("a", "particle_size", 6.0, ["11"])
    cell.table, cell.row = "Table 2", 3
    rows = [cell, _size("b", "particle_size", 700.0, ["11"]), _size("c", "particle_size", 40.0, ["12"])]
    (c,) = _contradictions(rows)
    assert c.property == "particle_size"


def test_a_measured_property_from_different_studies_still_contradicts():
    rows = [_size("a", "onset_dehydrogenation_temperature", 180.0, ["11"], unit="degC"),
            _size("b", "onset_dehydrogenation_temperature", 320.0, ["12"], unit="degC")]
    (c,) = _contradictions(rows)
    assert c.property == "onset_dehydrogenation_temperature"


@pytest.mark.parametrize(("text", "shown"), [
    ("capacity_retention > 50 % at cycles >= 50", "capacity_retention > 50 % at cycles >= 50"),
    ("specific_capacity >= 400 mAh/g at cycles > 100", "specific_capacity >= 400 mAh/g at cycles > 100"),
    ("coulombic_efficiency >= 99 % at cycles = 200", "coulombic_efficiency >= 99 % at cycles = 200"),
])
def test_a_cycle_count_is_written_as_a_bare_number(text, shown):
    from kg.analogs.filters import parse_filter

    f = parse_filter(text)
    assert f.condition is not None and f.condition.key == "cycles"
    assert f.describe().split(" at ")[1] == shown.split(" at ")[1]     # no unit '1' printed after a count


@pytest.mark.parametrize("text", ["capacity_retention > 50 % at temperature >= 50",   # a temperature needs °C
                                  "capacity_retention > 50 % at >= 50"])               # unnamed: which condition?
def test_a_bare_number_for_a_measured_condition_is_still_refused(text):
    from kg.analogs import AnalogQueryError
    from kg.analogs.filters import parse_filter

    with pytest.raises(AnalogQueryError, match="no unit"):
        parse_filter(text)


def _credit(cid, mechanism, host, additive):
    return {"mechanism": mechanism, "host": host, "claim": cid, "additive": additive, "source": "doi:10.0/made-up",
            "section": "5", "tbl": None, "row": None, "refs": [], "start": 10, "end": 20}


def test_a_mechanism_for_a_strategy_says_what_it_was_credited_for():
    store = FakeStore()
    store.answers[q.MECHANISMS_FOR_STRATEGY] = [
        _credit("c1", "InterfacialConduction", "LiBH4", "SiO2"),
        _credit("c2", "InterfacialConduction", "LiBH4", "Al2O3"),
        _credit("c3", "InterfacialConduction", "LiBH4", "SiO2"),           # the same pair again: once
        _credit("c4", "ConfinementEffect", "NaAlH4", None)]                 # no additive: the host alone
    by = {r["mechanism"]: r for r in q.mechanisms_for_strategy(store, "nanoconfinement")}
    assert by["InterfacialConduction"]["credited_for"] == ["LiBH4 + SiO2", "LiBH4 + Al2O3"]
    assert by["ConfinementEffect"]["credited_for"] == ["NaAlH4"]


@pytest.mark.parametrize("name", ["N-doped carbon", "activated carbon", "reduced graphene oxide"])
def test_an_additive_without_a_formula_gets_the_mechanisms_credited_for_its_name(name):
    row = {**_value("s1", f"MgH2–{name}", None, 210.0, ["6"], 10), "text": f"5 wt% {name}", "additive": f"mat:{name}"}
    claims = [_claim("c1", "AgglomerationSuppression", name),
              _claim("c2", "ElectronTransfer", "carbon nanotubes", start=700)]   # another carbon: not this one
    (got,) = _ask([row], claims)
    assert got["mechanisms"] == ["AgglomerationSuppression"]


def _graph(monkeypatch, systems, measurements):
    import kg.gaps.read as read

    monkeypatch.setattr(read, "read_rows", lambda store: {"systems": systems, "measurements": measurements})
    return FakeStore()


def _m(mid, system, prop, value, unit, **kw):
    from kg.gaps.facts import MeasurementRow

    return MeasurementRow(id=mid, system=system, property=prop, value=value, value_max=None, unit=unit,
                          source="doi:10.0/made-up", source_kind="publication", **kw)


def _hosted(sid, name, host, formula):
    from kg.gaps.facts import SystemRow

    return SystemRow(id=sid, name=name, host=host, host_formula=formula, sources=["doi:10.0/made-up"],
                     strategies=["Nanoconfinement"])


def test_best_values_put_the_best_first_in_the_property_s_direction(monkeypatch):
    systems = [_hosted("a", "LiBH4@SiO2", "LithiumBorohydride", "LiBH4"),
               _hosted("b", "LiBH4–LiI", "LithiumBorohydride", "LiBH4"),
               _hosted("c", "MgH2–Ni", "MagnesiumHydride", "MgH2")]          # another host: not asked
    ms = [_m("1", "a", "ionic_conductivity", 0.1, "mS/cm", conditions={"temperature": 25.0}),
          _m("2", "b", "ionic_conductivity", 0.9, "mS/cm", conditions={"temperature": 28.0}),
          _m("3", "b", "ionic_conductivity", 40.0, "mS/cm", conditions={"temperature": 120.0}),
          _m("4", "a", "ionic_conductivity", 2.0, "mS/cm"),                             # temperature not stated
          _m("5", "a", "ionic_conductivity", 99.0, "mS/cm", theoretical=True),       # computed: no result
          _m("6", "c", "ionic_conductivity", 5.0, "mS/cm", conditions={"temperature": 25.0}),
          _m("7", "a", "dehydrogenation_activation_energy", 140.0, "kJ/mol"),
          _m("8", "b", "dehydrogenation_activation_energy", 95.0, "kJ/mol", baseline=True)]
    store = _graph(monkeypatch, systems, ms)
    higher = q.best_values(store, "LiBH4", "ionic conductivity")
    assert [r["value"] for r in higher] == [40.0, 2.0, 0.9, 0.1]
    near_rt = q.best_values(store, "LiBH4", "ionic conductivity", at="temperature <= 30 degC")
    assert [(r["system_name"], r["value"]) for r in near_rt] == [("LiBH4–LiI", 0.9), ("LiBH4@SiO2", 0.1)]
    assert near_rt[0]["strategies"] == ["Nanoconfinement"] and near_rt[0]["conditions"] == {"temperature": 28.0}
    lower = q.best_values(store, "LiBH4", "Ea")
    assert [(r["value"], r["reference"]) for r in lower] == [(95.0, True), (140.0, False)]
    assert [r["value"] for r in q.best_values(store, "LiBH4", "ionic conductivity", limit=1)] == [40.0]


def test_the_analogs_text_prints_units_as_a_chemist_writes_them(data_dir, capsys):
    from ui.cli import main

    assert main(["analogs", "--data-dir", str(data_dir), "MgH2 + Nb2O5", "--top", "3",
                 "--filter", "onset_dehydrogenation_temperature < 260 degC"]) == 0
    out = capsys.readouterr().out
    assert "degC" not in out                                   # filter line, explanation paths and values
    assert "onset_dehydrogenation_temperature < 260 °C" in out and " kJ mol⁻¹" in out
    assert main(["analogs", "--data-dir", str(data_dir), "ask", "additives-below", "--host", "MgH2",
                 "--property", "Ea", "--below", "70 kJ/mol", "--limit", "2"]) == 0
    rows = [ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("additive=")]
    assert len(rows) == 2 and all("unit=kJ mol⁻¹" in ln for ln in rows)
