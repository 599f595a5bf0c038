"""The words that say a test cell: its kind ("coin", "symmetric", "all-solid-state") and its noun.

Three readers need them: a cell named after its electrodes ("a TiS2/Li cell", ``cells``), a cell written
as its layers ("Li/Li4(BH4)3I/Li symmetric cell", ``cells`` and ``samples``). They are kept here once so
that a kind one reader knows the others know too.
"""
from __future__ import annotations

# the kind of a cell, written before its noun with a hyphen, a space or nothing ("half-cell", "coin cell")
CELL_KINDS = (r"(?:full|half|coin|pouch|symmetric|symmetrical|solid-state|all-solid-state|Swagelok|two-electrode|"
              r"test|blocking)")
# the devices themselves
CELL_NOUNS = r"(?:cells?|half-cells?|batter(?:y|ies))"
# an electrode of a cell, by its noun ("the positive electrode", "cathodes")
ELECTRODE_NOUN = r"(?:(?:positive|negative)\s+)?(?:electrodes?|cathodes?|anodes?)"
