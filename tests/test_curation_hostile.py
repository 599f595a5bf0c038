"""A curator's correction with hostile values: refused with the field and the fix, nothing stored.

Before: `hkg facts fix F 'conditions=[1,2]'` ended in an AttributeError traceback, `value=-1e300` was
stored as a corrected activation energy (a lab entry refuses a value no sample shows), and a stale
`--base` was answered "entry 'fact-…' … look at 'hkg entry show fact-…'", a command that knows no facts."""
from __future__ import annotations

import json

import pytest

from ui.cli import main


@pytest.fixture(scope="module")
def fact(data_dir):
    import io
    from contextlib import redirect_stdout

    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["facts", "list", "--data-dir", str(data_dir), "--property", "dehydrogenation_activation_energy",
                     "--limit", "1", "--json"]) == 0
    rows = json.loads(out.getvalue())
    return (rows if isinstance(rows, list) else rows["facts"])[0]["fact_id"]


def fix(data_dir, fact, *fields, base=None):
    return main(["facts", "fix", fact, *fields, "--reason", "test", "--data-dir", str(data_dir),
                 *(["--base", str(base)] if base is not None else [])])


@pytest.mark.parametrize("conditions", ["[1, 2]", '"300 degC"', "7"])
def test_conditions_that_are_no_mapping_are_refused_without_a_traceback(data_dir, fact, capsys, conditions):
    assert fix(data_dir, fact, f"conditions={conditions}") == 2
    err = capsys.readouterr().err
    assert "conditions must be a mapping of condition to value" in err and "Traceback" not in err


@pytest.mark.parametrize("value", ["-1e300", "1e9", "-5"])
def test_a_corrected_value_no_sample_shows_is_refused(data_dir, fact, capsys, value):
    assert fix(data_dir, fact, f"value={value}", "unit=kJ/mol") == 2
    assert "outside what any sample shows for dehydrogenation activation energy" in capsys.readouterr().err
    assert not (data_dir / "curation" / fact).exists()                      # nothing stored


def test_near_miss_a_plausible_correction_is_stored_and_a_stale_base_names_the_facts_command(data_dir, fact, capsys):
    assert fix(data_dir, fact, "value=65", "unit=kJ/mol") == 0
    assert fix(data_dir, fact, "value=66", "unit=kJ/mol", base=0) == 2
    err = capsys.readouterr().err
    assert f"fact '{fact}' is at revision 1" in err and f"'hkg facts history {fact}'" in err
    assert "hkg entry show" not in err
