"""Element groups: chemistry, not vocabulary. They decide which additive can enter a host's lattice,
which one reacts with it and which one only catalyses, wherever the ontology's rules need it."""
from __future__ import annotations

# Transition metals (d block, with the lanthanides): their compounds catalyse, they are not the
# storage medium, and their binary hydrides (TiH2, VH0.81, CeH2) form no compound with MgH2.
TRANSITION = frozenset(
    "Sc Ti V Cr Mn Fe Co Ni Cu Zn Y Zr Nb Mo Tc Ru Rh Pd Ag Cd Hf Ta W Re Os Ir Pt Au Hg "
    "La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu".split())
# Cations of ionic salts: their halides dissolve into a borohydride's lattice (NaI, KI, MgI2 in LiBH4)
ALKALI = frozenset("Li Na K Rb Cs".split())
ALKALINE_EARTH = frozenset("Be Mg Ca Sr Ba".split())
