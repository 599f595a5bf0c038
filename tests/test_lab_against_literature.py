"""'Where does my MgH2 + Nb2O5 activation energy sit?': the lab value is ranked against values that are
comparable with it, and says what is unknown about them (graphs of our own)."""
from __future__ import annotations

from kg.gaps.facts import MeasurementRow, SystemRow
from kg.gaps.lab import compare

SOURCE = "doi:10.0/invented"


def _system(sid, name, additives=(), strategies=(), lab=False):
    where = {"lab_sources": [f"lab:{sid}"]} if lab else {"sources": [SOURCE]}
    return SystemRow(id=sid, name=name, host="MagnesiumHydride", host_formula="MgH2", additives=list(additives),
                     additive_ids=list(additives), strategies=list(strategies), **where)


def _ea(mid, system, value, lab=False, method=None):
    return MeasurementRow(id=mid, system=system, property="dehydrogenation_activation_energy", value=value,
                          value_max=None, unit="kJ/mol", source=f"lab:{system}" if lab else SOURCE,
                          source_kind="lab_entry" if lab else "publication", method=method)


LAB = _system("lab", "MgH2–5 wt% Nb2O5", ["Nb2O5"], ["MetalCompoundCatalysis"], lab=True)
CATALYSED = [_system(f"c{i}", f"MgH2–X{i}", [f"X{i}"], ["MetalCatalysis"]) for i in range(3)]
# the host itself: a source discussed catalysis of MgH2, and reported a value of milled MgH2
BARE = _system("bare", "MgH2", strategies=["Catalysis", "Nanosizing"])


def _comparison(method=None):
    rows = [_ea("l", "lab", 70.0, lab=True, method=method), _ea("b", "bare", 20.0),
            *(_ea(f"m{i}", f"c{i}", v) for i, v in enumerate((60.0, 80.0, 90.0)))]
    (c,) = compare([LAB, BARE, *CATALYSED], rows)
    return c


def test_the_bare_host_s_value_is_not_counted_as_a_catalysed_one():
    c = _comparison()
    assert c.comparable == "same host and strategy class"
    assert (c.n_literature, c.rank, c.best_value) == (3, 2, 60.0)


def test_the_bare_host_still_counts_when_the_comparison_widens_to_the_host():
    # near miss: with no catalysed value at all, the host's own values are the yardstick
    rows = [_ea("l", "lab", 70.0, lab=True), _ea("b", "bare", 20.0)]
    (c,) = compare([LAB, BARE], rows)
    assert c.comparable == "same host" and c.n_literature == 1


def test_a_lab_method_the_literature_does_not_state_is_named_as_a_caveat():
    assert any("method Kissinger in the lab; not stated for the 3 literature values" in x
               for x in _comparison(method="Kissinger").caveats)
    assert not any("method" in x for x in _comparison().caveats)


def _cited(mid, system, value, refs):
    return MeasurementRow(id=mid, system=system, property="dehydrogenation_activation_energy", value=value,
                          value_max=None, unit="kJ/mol", source=SOURCE, source_kind="publication", refs=refs)


def _pool_size(second_refs):
    table = _system("t", "MgH2–10 wt% XY", ["XY"], ["MetalCatalysis"])
    prose = _system("p", "Mg–XY", ["XY"], ["MetalCatalysis"])       # the text names the same sample its way
    rows = [_ea("l", "lab", 70.0, lab=True), _cited("a", "t", 62.0, ["29"]), _cited("b", "p", 62.5, second_refs),
            *(_ea(f"m{i}", f"c{i}", v) for i, v in enumerate((60.0, 80.0, 90.0)))]
    (c,) = compare([LAB, table, prose, *CATALYSED], rows)
    return c.n_literature


def test_a_result_read_in_the_table_and_in_the_text_counts_once():
    assert _pool_size(["29"]) == 4
    assert _pool_size(["31"]) == 5          # near miss: another cited paper is another study
