"""A size effect credited to a confined hydride and to its scaffold named by an abbreviation the text never
defines ("LiBH4 was melt-infiltrated into an ordered mesoporous carbon scaffold … the LiBH4@OMC composite …
the nanosized particles of LiBH4 and the high specific surface area of the OMC scaffold"): the abbreviation
spelled by the initials of a material the text wrote is that material (ingest.extraction.text.abbreviations.initialisms,
now read by the mechanism reader), and the host's small particles are what the scaffold holding it gives: the
claim is filed under the scaffold's strategy (its hkg:supportStrategy, nanoconfinement), not nanosizing.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from ingest.extract import extract_text
from kg.literature import contract_rows


def _claims(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(r["mechanism"], r["host"], r["additive"], r["strategy"]) for r in contract_rows(extract_text(text))
            if r.get("kind") == "mechanism"]


@pytest.mark.parametrize("text, claim", [
    ("LiBH4 was melt-infiltrated into an ordered mesoporous carbon scaffold. The LiBH4@OMC composite releases "
     "hydrogen from 220 °C. This is attributed to the nanosized particles of LiBH4 and the high specific "
     "surface area of the OMC scaffold.\n",
     ("SizeEffect", "LiBH4", "porous carbon", "Nanoconfinement")),
    ("NaAlH4 was infiltrated into a carbon aerogel. The NaAlH4@CA sample starts to release hydrogen at "
     "140 °C. The improvement comes from the nanosized particles of NaAlH4 and the high specific surface "
     "area of the CA host.\n",
     ("SizeEffect", "NaAlH4", "carbon aerogel", "Nanoconfinement")),
    ("LiAlH4 was confined in hollow carbon spheres. The LiAlH4@HCS composite releases hydrogen from 120 °C. "
     "This is credited to the nanosized particles of LiAlH4 and the high specific surface area of the HCS "
     "host.\n",
     ("SizeEffect", "LiAlH4", "hollow carbon", "Nanoconfinement")),
])
def test_size_effect_of_the_confined_host(text, claim):
    assert claim in _claims(text)


def test_size_effect_without_a_scaffold_stays_nanosizing():
    text = ("MgH2 was ball milled for 20 h. The milled MgH2 releases hydrogen at 300 °C, which is attributed to "
            "the nanosized particles of MgH2 with their high specific surface area.\n")
    assert [c[3] for c in _claims(text) if c[0] == "SizeEffect"] == ["Nanosizing"]
