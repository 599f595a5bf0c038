"""The words that say a test cell: its kind ("coin", "symmetric", "all-solid-state") and its noun; and the words of
its layers (electrode, electrolyte, foil); all read from the ontology's CellLayerWord scheme (ontology/methods.ttl).

Three readers need them: a cell named after its electrodes ("a TiS2/Li cell", ``cells``), a cell written
as its layers ("Li/Li4(BH4)3I/Li symmetric cell", ``cells`` and ``samples``). They are kept here once so
that a kind one reader knows the others know too.
"""
from __future__ import annotations

from ontology.vocabulary import vocabulary

_V = vocabulary()

# the kind of a cell, written before its noun with a hyphen, a space or nothing ("half-cell", "coin cell")
CELL_KINDS = _V.scheme_alternation("CellLayerWord", ("CellKindWord",))
# the devices themselves ("cell", "half-cells", "batteries")
CELL_NOUNS = _V.scheme_alternation("CellLayerWord", ("CellNoun",))
# 'electrode', 'cathodes', 'anode': an electrode by its noun
ELECTRODE_WORD = _V.scheme_alternation("CellLayerWord", ("ElectrodeNoun",))
# 'positive', 'negative', 'counter', 'working', 'metal', 'foil': which electrode it is, before the noun
ELECTRODE_QUALIFIER = _V.scheme_alternation("CellLayerWord", ("ElectrodeSideWord", "ElectrodeUseWord"))
# 'foil', 'foils': a metal sheet in a cell, its electrode
FOIL_WORD = _V.scheme_alternation("CellLayerWord", ("FoilNoun",))
# 'electrolyte', 'electrolytes': the layer between the electrodes
ELECTROLYTE_WORD = _V.scheme_alternation("CellLayerWord", ("ElectrolyteNoun",))
# an electrode of a cell, by its noun ("the positive electrode", "cathodes")
ELECTRODE_NOUN = rf"(?:{_V.scheme_alternation('CellLayerWord', ('ElectrodeSideWord',))}\s+)?{ELECTRODE_WORD}"
