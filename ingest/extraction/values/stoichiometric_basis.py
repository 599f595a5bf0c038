"""A hydrogen share that is what a compound's formula holds: 'Mg(BH4)2, holding 14.9 wt % hydrogen by its formula,
was studied', 'Mg(NH3)6(BH4)2 … with 16.8 wt% hydrogen stored in both the NH3 and the borohydride', 'magnesium
hydride stores 7.6 wt% hydrogen, but …'. The value is the compound's stoichiometric hydrogen content (the ontology
computes it from the formula, ``ontology.capacity``), said with no run that released or took it up: a theoretical
value, not one measured on a sample. A share equal to the formula's content that a run gave ('MgH2 released 7.6 wt%
at 350 °C within 20 min') keeps its setting and stays measured."""
from __future__ import annotations

import re

from ingest.extraction.text.quantity_text import Group
from ontology.capacity import hydrogen_content
from ontology.models import MaterialSystem

# a setting of a run written with a number right after the value, in its clause ('at 350 °C', 'within 20 min',
# 'after 10 cycles', 'under 3 MPa', 'up to 400 °C', 'between 250 and 400 °C')
_SETTING_AFTER = re.compile(r"[^.;]{0,60}?\b(?:at|within|in|after|under|upon|during|up\s+to|below|above|between|"
                            r"from|over)\s+(?:about\s+|around\s+|only\s+|~\s*)?\d", re.I)
# a verb of a run before the value in its clause: what a sample gave off or took up in a test
_RUN_BEFORE = re.compile(r"\b(?:releas|desorb|absorb|evolv|liberat|deliver|uptak|took|taken|reach|achiev|obtain|"
                         r"measur|determin|exhibit|show|lost|los[es])\w*\b[^.;]{0,50}$", re.I)
# (the shares are printed to one or two decimals: a formula's content rounds to the value written)
_ROUNDING = 0.06
_LOOK_BACK = 120


def formula_content(text: str, g: Group, subject: MaterialSystem) -> bool:
    """Is the hydrogen share ``g`` the content ``subject``'s formula holds, said with no run's setting or verb?"""
    if g.key != "hydrogen_capacity" or g.kind != "single" or not g.numbers or g.qualifier not in ("=", "~"):
        return False
    content = hydrogen_content(subject)
    if content is None or abs(g.numbers[0].value - content) > _ROUNDING:
        return False
    # (the clause's last words only, its stop or semicolon looked for in them: a run-on sentence is read in linear time)
    before = text[max(0, g.start - _LOOK_BACK):g.start]
    before = before[max(before.rfind("."), before.rfind(";")) + 1:]
    return _SETTING_AFTER.match(text, g.end) is None and _RUN_BEFORE.search(before) is None
