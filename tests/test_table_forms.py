"""Tables as other converters and authors write them: a caption 'Table 1.', '*Table 1:*', 'TABLE 1 |' (not only the
review's '**Table 1.**'), a Markdown table with no caption at all, a cell '158 ± 4' (value and uncertainty), a bound
'>300' or '≈ 330', and a column 'H2 released at 300 °C (wt%)' (a hydrogen capacity, never an additive's loading
nor a reversible capacity for a word of one of its synonyms)."""
import pytest

from ingest.documents.document import parse_document
from ingest.extract import extract_text

_TABLE = """| Sample | Onset T (°C) | Ea (kJ mol-1) | H2 released at 300 °C (wt%) |
|---|---|---|---|
| MgH2 (as-milled) | 320 | 158 ± 4 | 1.2 |
| MgH2–5 wt% Nb2O5 | >200 | 92 +/- 3 | 6.1 |
"""


def _doc(caption: str) -> str:
    return f"# Catalysed MgH2\n\n## Results\n\n{caption}\n\n{_TABLE}" if caption else f"# Catalysed MgH2\n\n{_TABLE}"


@pytest.mark.parametrize("caption", [
    "**Table 1.** Dehydrogenation of the samples.",
    "Table 1. Dehydrogenation of the samples.",
    "*Table 1:* Dehydrogenation of the samples.",
    "TABLE 1 | Dehydrogenation of the samples.",
    "",                                                   # no caption: still a table, numbered 1
])
def test_every_caption_form_and_none(caption):
    doc = parse_document(_doc(caption))
    assert [t.number for t in doc.tables] == [1]
    assert len(extract_text(_doc(caption)).measurements) == 6


def test_prose_opening_with_table_is_no_caption():
    doc = parse_document("# Paper\n\nTable 1 shows that MgH2 releases 6 wt% H2 at 300 °C.\n")
    assert [b.kind for b in doc.blocks if b.text.startswith("Table")] == ["prose"]


def test_cells_keep_uncertainty_bounds_and_the_released_capacity():
    rows = {(m.system.name, m.property): m for m in extract_text(_doc("Table 1. Samples.")).measurements}
    ea = rows[("MgH2 (as-milled)", "dehydrogenation_activation_energy")]
    assert (ea.value, ea.uncertainty) == (158.0, 4.0)
    assert rows[("MgH2–5 wt% Nb2O5", "dehydrogenation_activation_energy")].uncertainty == 3.0
    onset = rows[("MgH2–5 wt% Nb2O5", "onset_dehydrogenation_temperature")]
    assert (onset.value, onset.qualifier) == (200.0, ">")
    assert ("MgH2–5 wt% Nb2O5", "hydrogen_capacity") in rows
    assert not any(p == "reversible_hydrogen_capacity" for _, p in rows)
