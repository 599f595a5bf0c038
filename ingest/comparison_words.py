"""The words that name a comparison's reference ('compared with 287 °C for pure LiBH4', 'in contrast to bulk
MgH2', 'versus 0.1 mS/cm'): one alternation for every prose reader that asks whether a value or a sample is the
reference, built from the ontology's ComparisonWord scheme (ontology/materials.ttl)."""
from __future__ import annotations

from ontology.vocabulary import vocabulary

# "compared with", "relative to", "versus", "vs.", "in contrast to", "as opposed to" (longest first)
COMPARED_WITH = vocabulary().scheme_alternation("ComparisonWord", ("ReferenceMarker",))
# the letters those words start with: the readers' look-ahead that passes every other word at once
COMPARED_FIRST = "".join(sorted({w[0].lower() for w in vocabulary().scheme_words("ComparisonWord", "ReferenceMarker")}))

# "than", or a comparative whose 'than' the writer left out before "that of" ("90 °C lower that of the as-received
# hydride", "higher those of the bulk powders" — a slip common in published abstracts): either way what follows is
# the comparison's reference (English comparatives, no vocabulary); THAN_FIRST: the letters they start with
THAN = (r"(?:than|(?:lower|higher|smaller|larger|greater|faster|slower|better|worse|shorter|longer|less|more)"
        r"(?=\s+th(?:at|ose)\s+of\b))")
THAN_FIRST = "tlhsgfbwm"

# "…, whereas pure Mg films lose 40%", "; while …", "whilst …": the conjunctions that set a whole clause, with a
# subject of its own, against the one before (English, no vocabulary: the one place every reader of a contrast or
# a clause's turn takes them)
CLAUSE_CONTRAST = r"(?:whereas|whilst|while)"
# those and "but bare MgH2 …", which may also set a mere phrase against another ('small but fast')
CONTRAST_CONJUNCTION = rf"(?:{CLAUSE_CONTRAST}|but)"
# "…, and the …", "…, whereas the …": a conjunction that opens the next clause, adding to the one before or set
# against it
CLAUSE_CONJUNCTION = rf"(?:and|{CONTRAST_CONJUNCTION})"
