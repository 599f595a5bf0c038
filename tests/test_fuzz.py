"""Fuzzing the parsers with hypothesis: only the project's own clear errors, never a crash.

Covers quantity/unit text, system notation, curve files, lab-entry documents and review-like
Markdown (mixed LaTeX, HTML, tables), and the read-only Cypher guard. Formula and .eln archives are fuzzed in their own test files
(test_formula.py, test_eln_safety.py).
"""
from __future__ import annotations

import faulthandler
import time

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from ontology.quantities import parse_quantity_text
from ontology.system import SystemParseError, parse_system
from ontology.units import UnitError, parse_unit, to_canonical
from ontology.vocabulary import UnknownTermError

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# No fuzz test may hang a run (a drawn '10^10^10' once made pint work for 37 minutes): past this,
# faulthandler's watchdog thread prints every stack and ends the process, even inside C code.
HANG_LIMIT_S = 600


@pytest.fixture(autouse=True)
def _no_hang():
    faulthandler.dump_traceback_later(HANG_LIMIT_S, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()

# Pieces real text is made of, so random mixes reach deep into the parsers.
PIECES = ["MgH2", "LiBH4", "–", "-", "@", "+", "10", "wt%", "mol%", " ", "Ni", "Ti3C2", "(", ")", "·",
          "2NH3", "0.7", "Li(CB9H10)", "%", "°C", "K", "mS cm", "^{-1}", "<sup>", "</sup>", "<sub>", "</sub>",
          "×", "10^", "−4", "S/cm", "kJ mol", "$", "\\text{", "}", "~", "ca.", "eV", "mA h g", "−1", ",", ".",
          "μ", "Å", "h", "min", "MPa", "bar", "/", "*", "**", "e-3", "nan", "inf", "1e999", "\u0000", "\u202e",
          "^", "^10", "10^10", "**9", "(-1)", "mol(-1)", "± 3", "x 10-3", "E-3", "wt %", "º C", "degrees C"]
texty = st.lists(st.sampled_from(PIECES), max_size=14).map("".join) | st.text(max_size=40)


@FUZZ
@given(texty)
def test_units(text):
    try:
        parse_unit(text)
    except UnitError:
        pass


@FUZZ
@given(texty, st.sampled_from(["ionic_conductivity", "onset_dehydrogenation_temperature",
                               "dehydrogenation_activation_energy", "hydrogen_capacity"]),
       st.floats(allow_nan=True, allow_infinity=True))
def test_conversions(unit, key, value):
    try:
        out = to_canonical(key, value, unit)
    except (UnitError, OverflowError):
        return
    assert isinstance(out, float)


_UNIT_WORDS = st.sampled_from(["m", "cm", "S", "kJ", "mol", "g", "mAh", "K", "s", "h", "10", "(m", "m)"])
_POWERS = st.lists(st.tuples(_UNIT_WORDS, st.lists(st.integers(-10**6, 10**6), max_size=3)), min_size=1, max_size=6)


@FUZZ
@given(_POWERS)
def test_unit_powers_are_bounded(parts):
    """Any exponents, chained or not: parsed or refused in bounded time, never evaluated blindly."""
    text = " ".join(w + "".join(f"^{k}" for k in ks) for w, ks in parts)
    t = time.perf_counter()
    try:
        parse_unit(text)
    except UnitError as exc:
        assert "like" in str(exc)                         # the message says how to write it
    else:
        assert all(len(ks) <= 1 and all(abs(k) <= 9 for k in ks) for _, ks in parts), text
    assert time.perf_counter() - t < 1.0


@FUZZ
@given(texty)
def test_quantity_text(text):
    try:
        value, unit = parse_quantity_text(text)
    except (UnitError, OverflowError):
        return
    assert isinstance(value, float) and unit


@FUZZ
@given(texty)
def test_system_notation(text):
    try:
        parse_system(text)
    except (SystemParseError, UnknownTermError, ValueError):
        pass      # SystemParseError and FormulaError are ValueErrors with the token named


MARKDOWN = ["# 1. Introduction\n", "## 2.1. Catalysis\n", "\n\n", "MgH2–5 wt% Fe showed an onset of 250 °C",
            " and Ea of 88.2 kJ mol<sup>−1</sup>", "[<sup>20</sup>]", "$10^{-4}$ S cm$^{-1}$", ".",
            "| Hydride | Additive | Ea |\n|---|---|---|\n", "| MgH2 | Ni | 54/17 |\n", "<table><tr><td>",
            "</td></tr></table>", "Figure 3. ", "- [12] A. B, *J.* **2020**, 1.\n", "from 160.7 to 88.2",
            "respectively", "~200 °C", "below 100 °C", "\\mathrm{K}", "LiBH4@SBA-15", "0.7Li(CB9H10)"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(MARKDOWN) | st.text(max_size=30), max_size=30).map("".join))
def test_review_markdown(text):
    from ingest.extract import extract_text

    batch = extract_text(text, source_id="doi:10.1/fuzz")
    for m in batch.measurements:           # whatever is found is a valid, unit-bearing fact
        assert m.unit and m.value == m.value


_SAMPLE = st.dictionaries(st.sampled_from(["id", "system", "host", "measurements", "property", "value",
                                           "unit", "method"]), st.none() | texty | st.floats(), max_size=4)
_DOC = st.dictionaries(st.sampled_from(["title", "author", "samples", "synthesis", "files", "id", "tags",
                                        "created", "observations", "bogus"]),
                       st.none() | st.integers() | texty | st.lists(_SAMPLE, max_size=3), max_size=8)


@FUZZ
@given(_DOC)
def test_lab_entry_documents(doc):
    from ingest.entries.entry import EntryValidationError, load_entry

    try:
        load_entry(doc)
    except EntryValidationError as exc:
        assert exc.issues                       # every refusal names what is wrong


@FUZZ
@given(st.lists(st.lists(st.sampled_from(["T (°C)", "signal", "1", "2.5", "1,5", "nan", "", "x", "-3",
                                          "1e5", "\t", ";"]), min_size=1, max_size=4), max_size=30))
def test_curve_files(rows):
    from ingest.instruments.curves import CurveError, derive, read_curve

    text = "\n".join(",".join(r) for r in rows)
    try:
        curve = read_curve("fuzz.csv", text=text, name="fuzz.csv")
        for kind in ("tpd", "cycling", "arrhenius"):
            try:
                derive(kind, curve)
            except CurveError:
                pass
    except CurveError:
        pass


def test_fuzz_strategies_hit_the_error_paths():
    """The fuzzers are not vacuous: the pieces produce both accepted and refused inputs."""
    with pytest.raises(UnitError):
        parse_unit("°C/" + "μ" * 3 + "^{")
    assert parse_quantity_text("2.5 × 10<sup>-4</sup> S cm^{-1}")[0] == pytest.approx(2.5e-4)


# ------------------------------------------------------------------ the read-only query guard
# Whatever the guard lets through must not change data, even on a read-WRITE connection: this
# checks the guard on its own, without the read-only handle behind it.
CYPHER_PIECES = ["MATCH (n:Source)", " RETURN n.id", " RETURN 1", " CREATE (x:Source {id: 'f'})", "'", '"', "`",
                 "//", "/*", "*/", "\n", "\\", " SET n.title = 'z'", " DETACH DELETE n", " CALL", " {", " }",
                 ";", " UNION ", " WITH n", " LOAD CSV FROM 'x' AS l", " MERGE (y:Source {id: 'g'})", " cReAtE",
                 " ", " WHERE n.id = ", "$p", " OPTIONAL MATCH (m)", " COPY Source FROM 'x.csv'", " RETURN *"]


@pytest.fixture(scope="module")
def rw_conn(tmp_path_factory):
    import ladybug

    db = ladybug.Database(str(tmp_path_factory.mktemp("guard") / "g.lbdb"))
    conn = ladybug.Connection(db)
    conn.execute("CREATE NODE TABLE Source(id STRING, title STRING, PRIMARY KEY(id))")
    conn.execute("CREATE (:Source {id: 'a', title: 'kept'})")
    yield conn
    conn.close()
    db.close()


def _sources(conn) -> list:
    res = conn.execute("MATCH (n:Source) RETURN n.id, n.title ORDER BY n.id")
    out = []
    while res.has_next():
        out.append(tuple(res.get_next()))
    return out


@FUZZ
@given(st.lists(st.sampled_from(CYPHER_PIECES), min_size=1, max_size=10).map("".join))
def test_read_only_guard_lets_no_write_through(rw_conn, text):
    from kg.store import StoreError, check_read_only

    try:
        check_read_only(text)
    except StoreError:
        return
    before = _sources(rw_conn)
    try:
        rw_conn.execute(text, {"p": "a"})
    except RuntimeError:
        pass  # not valid Cypher: nothing ran
    assert _sources(rw_conn) == before, f"guard accepted a write: {text!r}"


def test_a_table_row_without_cells_is_skipped():
    # (found by test_review_markdown: an HTML table cut short after its first cell tag left a row of no cells)
    from ingest.extract import extract_text

    text = ("MgH2–5 wt% Fe showed an onset of 250 °C| Hydride | Additive | Ea |\n|---|---|---|\n<table><tr><td># 1. "
            "Introduction\n# 1. Introduction\n")
    assert all(m.unit for m in extract_text(text).measurements)
