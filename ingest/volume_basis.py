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

from ontology.units import UnitError, parse_unit
from ontology.vocabulary import vocabulary

_VOLUME_CHANGE = "volume_expansion"   # the ontology's property key (hkg:VolumeExpansion) and those narrower
# a number and a unit written with a cube ('61.6 Å³', '46.46 \AA^3', '18.0 cm3 mol-1', '23.5 cm^3/mol')
_CUBED = re.compile(r"\d+(?:\.\d+)?\s*(\\AA|Å|[a-zA-Zµμ]{1,2})\s*\^?\s*([3³])"
                    r"(\s*(?:/\s*mol|mol\s*\^?\s*(?:-|−|⁻)\s*1|mol⁻¹))?")
_LENGTH_CUBED = ("[length] ** 3", "[length] ** 3 / [substance]")


def _is_volume(m: re.Match[str]) -> bool:
    unit = ("Å" if m.group(1) == "\\AA" else m.group(1)) + "^3" + (" " + m.group(3).strip() if m.group(3) else "")
    try:
        return str(parse_unit(unit).dimensionality) in _LENGTH_CUBED
    except (UnitError, ValueError):
        return False


def derived_from_volumes(text: str, key: str | None) -> bool:
    """Is a value of property ``key`` in ``text`` a volume change the sentence computes from the volumes it gives?"""
    vocab = vocabulary()
    try:
        if not key or not vocab.is_a(vocab.property(key).id, vocab.property(_VOLUME_CHANGE).id):
            return False
    except KeyError:
        return False
    return sum(_is_volume(m) for m in _CUBED.finditer(text)) >= 2
