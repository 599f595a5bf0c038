"""'Mg(BH4)2 was confined in carbon foams. The Mg(BH4)2@C sample starts to release hydrogen at 150 °C.': a support
written as bare carbon ('@C', '/carbon') in a passage that said which carbon it put the hydride in is that carbon —
the carbon foam, the carbon aerogel, CMK-3 — so the record names the support as the text did and takes the
strategy the ontology gives that support (a porous scaffold confines). Read where a sentence's samples are read
with the passage's scaffolds (ingest.referents.named_by_description). Only when the passage named exactly one
carbon scaffold; a generic carbon with none named, or with several, stays as written.
"""
from __future__ import annotations

import re

from ontology.models import MaterialSystem
from ontology.system import SystemParseError, parse_system
from ontology.vocabulary import vocabulary

_CARBON = "Carbon"            # the ontology's term for carbon as such ('C', 'carbon')
_CARBON_SUPPORT = "CarbonSupport"
# the bare carbon in a sample's notation: after '@', '/' or a dash, with its loading, up to the next part or the end
_BARE_CARBON = re.compile(r"(?<=[@/–])(?P<amount>\d+(?:\.\d+)?\s*(?:wt|mol|vol)\s*%\s*)?C(?=$|[–@/])")


def _named_carbon(scaffolds: list[MaterialSystem]) -> str | None:
    """The one specific carbon (a CarbonSupport narrower than carbon as such) among the passage's scaffolds."""
    vocab = vocabulary()
    found = {s.host.text or s.host.formula for s in scaffolds
             if s.host.term and s.host.term != _CARBON and s.host.term in vocab
             and _CARBON_SUPPORT in vocab and vocab.is_a(s.host.term, _CARBON_SUPPORT)}
    return next(iter(found)) if len(found) == 1 else None


def _renamed(system: MaterialSystem, carbon: str) -> MaterialSystem | None:
    if not any(a.term == _CARBON and a.role == "ScaffoldConfinementHost" for a in system.additives):
        return None
    name, n = _BARE_CARBON.subn(lambda m: f"{m.group('amount') or ''}{carbon}", system.name, count=1)
    if n == 0:
        return None
    try:
        return parse_system(name)
    except (SystemParseError, ValueError):
        return None


def named_support(system: MaterialSystem, scaffolds: list[MaterialSystem]) -> MaterialSystem | None:
    """``system`` with its bare carbon scaffold named as the passage named it (``scaffolds``: the materials the
    passage said it put a hydride in), else None."""
    carbon = _named_carbon(scaffolds) if scaffolds else None
    return _renamed(system, carbon) if carbon is not None else None
