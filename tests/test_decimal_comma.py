"""One decimal-comma rule for every curve reader (ingest.instruments.curves.decimal_comma): the generic CSV/TSV reader,
EC-Lab .mpt, Gamry .DTA and NETZSCH Proteus exports read the same number forms the same way.

A table's first data rows decide: a number written with a comma ('0,5', '-0,5E-3', '1.234,5') and none with a
point alone is a decimal-comma table; '1,234' among integers is then 1.234, while beside '0.5' it groups
thousands (1234).  Only when the cells show neither does a file's declaration ('#DECIMAL:COMMA') decide.
"""
from __future__ import annotations

import pytest

from ingest.instruments.curve_formats import read_curve_text
from ingest.instruments.curves import decimal_comma


def _csv(cells: list[list[str]]) -> str:
    return "time (s);temperature (K);mass (%)\n" + "\n".join(";".join(r) for r in cells) + "\n"


def _eclab(cells: list[list[str]]) -> str:
    return "time/s\tEwe/V\tI/mA\t\n" + "\n".join("\t".join(r) for r in cells) + "\n"


def _gamry(cells: list[list[str]]) -> str:
    rows = "".join(f"\t{i}\t{i}\t" + "\t".join(r) + "\n" for i, r in enumerate(cells))
    return ("EXPLAIN\nTAG\tEISPOT\nZCURVE\tTABLE\n\tPt\tTime\tFreq\tZreal\tZimag\n\t#\ts\tHz\tohm\tohm\n" + rows
            + "EXPERIMENTABORTED\tLABEL\tno\n")


def _netzsch(cells: list[list[str]], declared: str = "") -> str:
    head = "#EXPORTTYPE:DATA ALL\n#INSTRUMENT:NETZSCH STA 449F3\n#SEPARATOR:SEMICOLON\n"
    head += f"#DECIMAL:{declared}\n" if declared else ""
    return head + "##Temp./°C;Time/min;Mass/%\n" + "\n".join(";".join(r) for r in cells) + "\n"


READERS = {"csv": _csv, "eclab": _eclab, "gamry": _gamry, "netzsch": _netzsch}
FORMS = {  # three columns of four rows -> what the third column reads
    "exponent with a decimal comma": ([["1", "300", "-0,5E-3"], ["2", "310", "2,5E-3"],
                                       ["3", "320", "1,0E+0"], ["4", "330", "4"]], [-0.0005, 0.0025, 1.0, 4.0]),
    "thousands points before the comma": ([["1", "300", "1.234,5"], ["2", "310", "999,25"],
                                           ["3", "320", "12,5"], ["4", "330", "2.000,0"]], [1234.5, 999.25, 12.5, 2000.0]),
    "'1,234' among integers is a decimal": ([["1", "300", "1,234"], ["2", "310", "7"], ["3", "320", "8"],
                                             ["4", "330", "9"]], [1.234, 7.0, 8.0, 9.0]),
    "'1,234' beside a decimal point groups thousands": ([["1", "300", "1,234"], ["2", "310", "0.5"],
                                                         ["3", "320", "8"], ["4", "330", "2,000.5"]],
                                                        [1234.0, 0.5, 8.0, 2000.5]),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("reader", READERS)
def test_every_reader_reads_each_number_form_alike(reader, form):
    cells, expected = FORMS[form]
    curve = read_curve_text(READERS[reader](cells), f"run.{reader}")
    assert list(curve.columns[2].values) == pytest.approx(expected), (reader, form)


def test_the_cells_decide_before_a_declaration_and_a_declaration_before_integers():
    assert decimal_comma([["0,5", "1"]], declared="POINT")            # the cells show a decimal comma
    assert not decimal_comma([["0.5", "1"]], declared="COMMA")        # the cells show a decimal point
    assert decimal_comma([["5", "1"]], declared="COMMA") and not decimal_comma([["5", "1"]])
    assert not decimal_comma([["0,5"]], delimiter=",")                # commas separate the fields
    assert decimal_comma([["−0,5"]])                                  # a typographic minus
    assert not decimal_comma([["14.03.2026", "Lab 2,3"]])             # a date and words are no number
    # only the first three data rows are read
    assert not decimal_comma([["1"], ["2"], ["3"], ["0,5"]])

