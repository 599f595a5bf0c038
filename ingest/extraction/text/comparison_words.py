"""The words that name a comparison's reference ('compared with 287 °C for pure LiBH4', 'in contrast to bulk
MgH2', 'versus 0.1 mS/cm'): one alternation for every prose reader that asks whether a value or a sample is the
reference, built from the ontology's ComparisonWord scheme (ontology/materials.ttl)."""
from __future__ import annotations

import re

from ontology.vocabulary import vocabulary
from ontology.word_gate import first_letters_ahead

# "compared with", "relative to", "versus", "vs.", "in contrast to", "as opposed to" (longest first)
COMPARED_WITH = vocabulary().scheme_alternation("ComparisonWord", ("ReferenceMarker",))

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


# every word of the scheme: the reference markers, 'unlike', 'below that of', 'superior to', 'similar to' …
_COMPARING = vocabulary().scheme_alternation("ComparisonWord")
_COMPARING_FIRST = {w[0].lower() for w in vocabulary().scheme_words("ComparisonWord")}
# "than that of", "higher than those of": the object a comparative's 'than' may name by a pronoun
THAT_OF = r"(?:\s+th(?:at|ose)\s+of)"


def comparison(tail: str, more: tuple[str, ...] = ()) -> re.Pattern[str]:
    """The words of a comparison as whole words — the ontology's ComparisonWord scheme ('compared with', 'unlike',
    'below that of', 'superior to'), 'than' (or a comparative before 'that of'), and ``more`` the reader adds
    (plain words) — then ``tail``, what the reader asks of the words after them (the end of the text it is given,
    the rest of a clause, a reference's object); case-blind. The one vocabulary of every reader of a comparison."""
    extra = "".join(f"|{re.escape(w)}" for w in sorted(more, key=lambda w: (-len(w), w)))
    ahead = first_letters_ahead([*_COMPARING_FIRST, *THAN_FIRST, *(w[0].lower() for w in more)])
    return re.compile(rf"{ahead}\b(?:{_COMPARING}|{THAN}{extra}){tail}", re.I)
