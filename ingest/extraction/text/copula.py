"""The copula ('is', 'was', 'are', 'were') and its other forms: English, no vocabulary — one spelling for every
reader that takes a material or a value through it ('TiH2 was used as the catalyst', 'the share of it that can be
reabsorbed', 'CeO2 has been chosen to destabilize …')."""
from __future__ import annotations

BE = r"(?:is|was|are|were)"
# its modal forms ('can be reabsorbed')
MAY_BE = r"(?:can|could)\s+be"
# and the forms a passive is said with besides: perfect and progressive ('has been chosen', 'being added')
BE_PASSIVE = rf"(?:{BE}|being|has\s+been|have\s+been)"
