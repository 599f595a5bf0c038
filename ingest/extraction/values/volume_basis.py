"""A volume change the sentence works out from the volumes it gives: "MgH2 (61.6 Å³) turns into Mg (46.5 Å³) and
two LiH (33.3 Å³ each), a volume change of ~85%", "from 18.0 to 23.5 cm³ mol⁻¹, i.e. a 31% expansion". The figure
is the reaction's, computed from the phases' cell or molar volumes — not a swelling measured on an electrode or a
film: its basis is theoretical (as the README's contract defines it: from the composition and the reaction).

Two volumes at least must be written in the sentence (the phases before and after); a volume change stated alone
("the electrode swelled by 30% after ten cycles") stays what it was measured as. The units are read by
``ontology.units.parse_unit`` (a length cubed, or per mole), the LaTeX angstrom of converted papers ('\\AA^3') as Å.
"""
from __future__ import annotations

import re

from ingest.extraction.text.quantity_text import numbers
from ontology.units import UnitError, parse_unit
from ontology.vocabulary import vocabulary

_VOLUME_CHANGE = "volume_expansion"   # the ontology's property key (hkg:VolumeExpansion) and those narrower
# the unit right after a number the sentence's quantities read without one (no property of the graph is a volume, so
# the pipeline's unit reader leaves a volume's unit unread): a unit written with a cube ('Å³', '\AA^3', 'cm3 mol-1',
# 'cm^3/mol')
_CUBED_AFTER = re.compile(r"\s*(\\AA|Å|[a-zA-Zµμ]{1,2})\s*\^?\s*([3³])"
                          r"(\s*(?:/\s*mol|mol\s*\^?\s*(?:-|−|⁻)\s*1|mol⁻¹))?")
_LENGTH_CUBED = ("[length] ** 3", "[length] ** 3 / [substance]")


def _is_volume(m: re.Match[str] | None) -> bool:
    if m is None:
        return False
    unit = ("Å" if m.group(1) == "\\AA" else m.group(1)) + "^3" + (" " + m.group(3).strip() if m.group(3) else "")
    try:
        return str(parse_unit(unit).dimensionality) in _LENGTH_CUBED
    except (UnitError, ValueError):
        return False


def derived_from_volumes(text: str, key: str | None) -> bool:
    """Is a value of property ``key`` in ``text`` a volume change the sentence computes from the volumes it gives
    (two numbers of the sentence's quantities, ``quantity_text.numbers``, each with a volume's unit after it)?"""
    vocab = vocabulary()
    try:
        if not key or not vocab.is_a(vocab.property(key).id, vocab.property(_VOLUME_CHANGE).id):
            return False
    except KeyError:
        return False
    return sum(n.unit is None and _is_volume(_CUBED_AFTER.match(text, n.end)) for n in numbers(text)) >= 2
