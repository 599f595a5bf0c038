"""How sure extraction is of a fact (0–1), from the cues the extractor used for it.

Each prose record carries ``cues``: the rules that decided it (``ingest/extraction/prose/prose.py`` appends one where
the rule decides). What lowers confidence is what curators find wrong most often: a system carried
over from an earlier sentence or guessed from the paragraph (the system is the usual error), a
property read from a weak phrase or from the unit alone, a unit rewritten from an unusual spelling.
A value in brackets right after its system, a property named in full, a 'respectively' list paired
one to one are firm. The record's shape counts too: a table cell under a header that names the
property and unit is the firmest evidence; ranges, approximate values and values without a citation
are less sure. Table rows carry cues too (where the row's host came from, whether the header names the
property). A record without cues (an older extraction) is scored by its shape alone.
"""
from __future__ import annotations

import re
from functools import cache

from ingest.extraction.text.hedge_words import APPROXIMATING, hedged
from ingest.extraction.text.quantity_text import read_unit
from ingest.extraction.values.class_values import class_value
from ontology.models import GraphBatch, Measurement
from ontology.quantities import number_places
from ontology.units import is_compatible
from ontology.vocabulary import vocabulary

from .unjoined_additives import unjoined_additive

#: Every cue the extractor records, and what it does to the confidence of a prose value.
CUE_WEIGHTS: dict[str, float] = {
    # which system the value is put on
    "system:sentence": 0.05,               # the nearest hydride before the value, in the same sentence
    "system:bracketed": 0.05,              # "MgH2 (160 kJ/mol)": the value in brackets after its system
    "system:respectively": 0.05,           # "A and B … 1 and 2, respectively", paired one to one
    "system:described": 0.0,               # "5 nm Nb particles": the material right after the unit
    "system:in-place": 0.0,                # "…, while 10 wt% Nb2O5 lowered it to 220 °C": the host, this additive
    "system:scaffold-described": 0.05,     # "SBA-15 (pore diameter 7.1 nm)": the sample confined in the scaffold
    "system:compared-for": 0.0,            # "compared with 150 °C for pure LiAlH4"
    "system:after": -0.05,                 # a system named after the value
    "system:sentence-joined": -0.05,       # a hydride before the value joined with a material between them
    "system:continued": -0.1,              # "This composite …": the paragraph's modified sample
    "system:context-additive": -0.1,       # the paragraph's system with an additive this sentence names
    "system:context": -0.15,               # carried from an earlier sentence of the paragraph
    "system:figure": -0.1,                 # that carried host's mixture the figure panels the sentence cites show
    "system:context-actor": -0.15,         # the paragraph's system joined with a material said to act
    "system:fallback": -0.15,              # the only material the sentence names, no hydride
    "system:respectively-unpaired": -0.15,  # a 'respectively' list whose systems could not be paired
    "system:referent": 0.0,                # "the carbon composite", "… with TiCl3": the passage's sample the words fit
    # the reference a sentence compares against
    "baseline": 0.0,
    "baseline:named": 0.05,                # "pristine MgH2", "additive-free LiBH4"
    "baseline:compared": -0.05,            # a bare host after "than" / "compared with"
    "baseline:described": 0.0,             # "the Al2O3-free electrolyte", "… without it"
    # which property
    "property:named": 0.05,                # every word of a label or synonym before or after the value
    "property:weak": -0.1,                 # only some words of a label ("capacity" for reversible capacity)
    "property:unit": -0.05,                # no words: the unit says it ("mS/cm")
    "property:process": -0.05,             # a mass fraction after a word of taking hydrogen up ("during hydrogenation")
    "property:after": -0.05,               # named only after the value
    "property:kept-over-cycles": 0.0,      # "retains 8.7 wt% after 10 cycles": the reversible capacity
    "property:chained": -0.05,             # takes the property of the value before it ("… to 68, … 65 kJ/mol")
    "property:second-verb": -0.05,         # named by a second verb of the process before ("… and completed before …")
    "unit:lost-kelvin": -0.05,             # a per-mole unit beside "entropy" read per mole and kelvin
    # the value and its unit
    "value:in-brackets": 0.0,
    "value:compared": -0.05,               # a value set against another one ("compared with 150 °C")
    "value:change": 0.0,                   # "from 160 to 75 kJ/mol"
    "value:covaried": 0.0,                 # "from 56 to 38 kJ/mol as the particle size decreased from …"
    "unit:respelled": -0.05,               # "kJ mol(-1)", "º C", "mass%": rewritten from an unusual form
    # table rows: where the row's host came from, and how its column says the property
    "system:table-row": 0.0,               # the row names its hydride
    "system:table-group-prose": 0.0,       # the host-group label, and the prose citing the row agrees
    "system:table-group": -0.05,           # the host-group label carried down (a rowspan the conversion flattened)
    "system:table-regrouped-prose": -0.1,  # moved to another group than the converted label: the prose says so
    "system:table-regrouped-values": -0.25,  # moved by its numbers' resemblance alone
    "property:header": 0.0,                # the column header names the property
}


#: The cues of a property the value's words never name: the unit, part of a label or a kindred unit chose it.
UNNAMED_PROPERTY = frozenset({"property:unit", "property:unit-kin", "property:weak"})
#: Techniques whose own readings are the motion of atoms, not a sample's hydrogen storage or conduction: a
#: nuclear-spin relaxation study's activation energies and rate-peak temperatures are those of jumps and
#: reorientations, so a unit alone cannot say which property such a value is (ontology Technique terms) ...
MOTION_TECHNIQUES = ("NMR",)
#: ... the kinds of quantity such a study reads off its curves (QUDT quantity kinds of the ontology's properties):
#: a capacity or a conductivity its sentence gives is no reading of the motion and keeps its record
MOTION_QUANTITY_KINDS = frozenset(f"http://qudt.org/vocab/quantitykind/{k}"
                                  for k in ("Energy", "MolarEnergy", "Temperature"))


def abstains(m: Measurement, sentence: str = "") -> bool:
    """No record at all rather than a doubtful one (issue 10: a record not made costs a chemist less than a
    wrong one to find). Prose only; each rule was kept because, measured on pools of real abstracts, the dev set
    and the review, it removed wrong records and no right one. Of a value whose property no word names (the
    unit, part of a label or a kindred unit chose it):

    - an energy or a temperature of a sentence about a motion-probing technique (NMR relaxation): "two
      relaxation-rate peaks …; activation energies of 196 and 498 meV": of which motion? the unit cannot say;
    - a mass fraction read as a hydrogen capacity in a sentence (``sentence``, the value's own) that puts a part
      into a sample and says nothing of hydrogen: "Ti3C2 was added to MgH2 at 5 wt%" gives a loading, no capacity.

    And of any value: one its clause foretells with 'will' ('optimizing the reagents will increase the amount of
    hydrogen desorbed below 165 °C'), a prospect no sample was measured at. And of any temperature: the one a
    sentence says its cycles were run at ("over twenty absorption/desorption
    cycles performed at 300 °C") is the setting of the cycling, no temperature the sample releases or takes up at.
    And a class's usual figure in a sentence naming no material ('… of such electrodes (typically <400 mAh/g)',
    ``ingest.extraction.values.class_values``): no sample gave it. And a value its sentence gives for a sample that
    received an additive the record does not hold ('LiAlH4 doped with transition metals …',
    ``ingest.extraction.document_wide.unjoined_additives``).
    """
    if m.source.table:
        return False
    if sentence and (_foretold(sentence, m.value) or class_value(m, sentence) or unjoined_additive(m, sentence)):
        return True
    kind = vocabulary().property(m.property).quantity_kind
    if kind == _TEMPERATURE and sentence and _cycles_run_at(m.value, sentence):
        return True
    if not UNNAMED_PROPERTY.intersection(m.cues):
        return False
    return _motion_reading(m, kind, sentence) or (
        kind == _MASS_FRACTION and bool(sentence) and not _says_hydrogen(sentence)
        and (_put_in_at(sentence, m.value) or _part_named_after(sentence, m.value)))


_TEMPERATURE = "http://qudt.org/vocab/quantitykind/Temperature"
# 'cycles performed at 300 °C', 'cycling at 573 K', 'cycled twice at 250 °C': a temperature two words at most after
# the cycles, with 'at' before it (English: the words of cycling and the preposition of a setting)
_CYCLES_AT = re.compile(rf"\bcycl(?:es|ing|ed)\b(?:\s+[\w-]+){{0,2}}?\s+at\s+{hedged(APPROXIMATING)}?"
                        r"(\d+(?:\.\d+)?)\b", re.I)


def _cycles_run_at(value_c: float, sentence: str) -> bool:
    """The sentence runs its cycles at this temperature (°C, or the same in kelvin)."""
    return any(abs(float(x.group(1)) - value_c) < 0.01 or abs(float(x.group(1)) - 273.15 - value_c) < 0.01
               for x in _CYCLES_AT.finditer(sentence))


def _motion_reading(m: Measurement, kind: str | None, sentence: str = "") -> bool:
    return bool(m.technique) and kind in MOTION_QUANTITY_KINDS and any(
        vocabulary().is_a(m.technique, t) for t in MOTION_TECHNIQUES) and not _other_values_technique(m, sentence)


@cache
def _motion_technique_names() -> re.Pattern[str]:
    """The labels of the motion-probing techniques and their narrower terms (ontology Technique labels)."""
    vocab = vocabulary()
    labels = {label for t in vocab.terms("Technique") if any(vocab.is_a(t.id, k) for k in MOTION_TECHNIQUES)
              for label in t.labels}
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(x) for x in sorted(labels, key=len, reverse=True))
                      + r")(?!\w)", re.I)


_NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?")


def _other_values_technique(m: Measurement, sentence: str) -> bool:
    """The sentence's motion-probing technique is another value's: a value of the same kind (a number with a unit
    that fits the property) stands between this value and each mention of the technique ('Ea from impedance is
    0.7 eV, above the 0.3 eV jump barrier that NMR gives': the NMR's is the 0.3 eV; the 0.7 eV keeps its record).
    A list ('activation energies of 196 and 498 meV' after the NMR) is one reading: its first number has no unit."""
    if not sentence:
        return False
    names = [(x.start(), x.end()) for x in _motion_technique_names().finditer(sentence)]
    own = [start for start, _ in number_places(m.value, sentence)]
    if not names or len(own) != 1:
        return False
    at = own[0]
    others = []
    for n in _NUMBER.finditer(sentence):
        unit = read_unit(sentence, n.end()) if n.start() != at else None
        if unit is not None and is_compatible(m.property, unit[0]):
            others.append(n.start())
    return all(any(min(at, a) < o < max(at, a) for o in others) for a, _ in names)


_MASS_FRACTION = "http://qudt.org/vocab/quantitykind/MassFraction"


@cache
def _hydrogen_words() -> tuple[re.Pattern, re.Pattern]:
    """(words, case-blind; formulas, as written): the ontology's HydrogenProcessVerb, GasGivingOffWord, KeepingVerb
    and HydrogenHeldWord schemes."""
    vocab = vocabulary()
    # (a sample that gave off, kept or retained a mass fraction speaks of its hydrogen as much as one that released it)
    words = re.compile(rf"\b(?:{vocab.scheme_alternation('HydrogenProcessVerb')}"
                       rf"|{vocab.scheme_alternation('GasGivingOffWord')}|{vocab.scheme_alternation('KeepingVerb')}"
                       rf"|{vocab.scheme_alternation('HydrogenHeldWord', ('HydrogenNameWord',))})\b", re.I)
    formula = vocab.scheme_alternation("HydrogenHeldWord", ("HydrogenFormulaWord",))
    formulas = re.compile(rf"(?<!\w){formula}(?!\w)")
    return words, formulas


# The putting of a part into a sample ('introduced into MgH2 at 8 wt%', 'milled together with MgH2 (7 wt%)', 'using
# 10 wt% of the catalyst'): the mass fraction of such a sentence is a loading. Not 'doped', which names a sample as much
# as it tells its making ('Ni-doped MgH2 (6.5 wt%) is compared with pure MgH2 (7.0 wt%)': capacities of two samples).
_PUTTING_CONCEPTS = ("MillingParticiple", "MixingParticiple", "AddingParticiple", "AddingPresent", "MixingPresent",
                     "AddingGerund", "MillingGerund", "MixingGerund", "UsingParticiple", "UsingPresent", "UsingGerund",
                     "PutIntoSampleParticiple", "InfusingParticiple")


@cache
def _putting_words() -> re.Pattern:
    vocab = vocabulary()
    words = sorted({w for c in _PUTTING_CONCEPTS for w in vocab.scheme_words("PreparationVerb", concept=c)
                    if not w.startswith("dop")}, key=lambda w: (-len(w), w))
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})\b", re.I)


# a formula or element glued by a hyphen right before the putting word ('ZrSiO4-added'; not 'ball-milled', 'co-mixed')
_NAME_GLUED = re.compile(r"(?:[A-Z][\w()·]*|\w*\d\w*)-$")


# what may stand between the putting word and its loading: the part's and the host's names, the prepositions and
# the words of an amount ('introduced into MgH2 at 8 wt%', 'mixed into LiAlH4 at a level of 4 wt%', 'milled together
# with MgH2 (7 wt%)') — a verb between ('milled with MgF2 gave 7.0 wt%') makes the value that verb's
_LOADING_GAP = re.compile(r"(?:\s*(?:with|into|in|to|at|a|an|the|level|of|together|\(|[A-Z][\w()·@/–-]*|[\d.]+))*\s*")


def _put_in_at(sentence: str, value: float) -> bool:
    """Whether the sentence puts a part into a sample with this mass fraction as its amount."""
    for word in _putting_words().finditer(sentence):
        if _NAME_GLUED.search(sentence, 0, word.start()):
            continue   # ('the ZrSiO4-added NaAlH4', 'Ni-loaded MgH2'): a name of the sample, as '-doped' is
        for number_start, _ in number_places(value, sentence, word.end()):
            if _LOADING_GAP.fullmatch(sentence, word.end(), number_start):
                return True
    return False


# 'will' and a verb in the value's clause ('optimizing the reagents will increase the hydrogen desorbed below 165 °C',
# 'the composite will release 6 wt% at 150 °C'): what a text foretells, no value a sample was measured at (English)
_WILL = re.compile(r"\bwill\s+(?:not\s+)?(?:\w+ly\s+)?[a-z]+\b(?![^.;:]*\b(?:was|were|is|are|has|have)\b)", re.I)
_CLAUSE_BREAK = re.compile(r"[.;:]\s|,\s+(?:which|whereas|while|but)\b")


def _foretold(sentence: str, value: float) -> bool:
    """Whether every place the value is written in the sentence follows a 'will' of its own clause."""
    places = [start for start, _ in number_places(value, sentence)]
    return bool(places) and all(_WILL.search(_CLAUSE_BREAK.split(sentence[:at])[-1]) for at in places)


# what may follow one number of a list before the list's unit ('5 and 10 wt.%', '2, 4 or 8 wt%', '5–10 wt%')
_LIST_TAIL = re.compile(r"(?:\s*(?:,|and|or|to|[–-])\s*\d+(?:\.\d+)?)*")
# the name of a part right after a mass fraction's unit: a capital (a name or a formula), after an 'of (the)' at most
# ('5 wt.% Devarda's alloy', '3 wt% of Wood's metal', '10 wt% TiO2'; a number after it, '0.5 wt% 1 °C', is none)
_PART_NAMED = re.compile(r"[ \u00a0]+(?:of\s+(?:the\s+)?)?[A-Z]")


def _part_named_after(sentence: str, value: float) -> bool:
    """Whether this mass fraction (alone or in a list sharing its unit) is written right before the name of a
    part — how much of that part the sample holds ('made of Mg scrap with 5 and 10 wt.% Devarda's alloy'), no
    amount of hydrogen: a capacity is written before the hydrogen it measures, or before no name at all."""
    for _, number_end in number_places(value, sentence):
        tail = _LIST_TAIL.match(sentence, number_end)
        unit = read_unit(sentence, tail.end() if tail else number_end)
        if unit is not None and _PART_NAMED.match(sentence, unit[1]):
            return True
    return False


def _says_hydrogen(sentence: str) -> bool:
    words, formulas = _hydrogen_words()
    return bool(words.search(sentence) or formulas.search(sentence))


def confidence(m: Measurement) -> float:
    src = m.source
    score = 0.9 if src.table else 0.65
    if m.cues:
        # a cue without a weight counts as neutral (tests/test_confidence.py keeps the table complete)
        score += sum(CUE_WEIGHTS.get(c, 0.0) for c in m.cues)
    elif not src.table and m.system.bare and not m.baseline:
        score -= 0.15          # a bare host from prose, rule unknown: the modified system may have been missed
    if m.qualifier != "=":
        score -= 0.05
    if m.value_max is not None:
        score -= 0.05
    if not src.refs:
        score -= 0.05
    if src.table and not src.row:
        score -= 0.1
    return round(min(1.0, max(0.05, score)), 2)


def with_confidence(batch: GraphBatch) -> GraphBatch:
    """The batch with a confidence on every measurement that has none."""
    if all(m.confidence is not None for m in batch.measurements):
        return batch
    ms = [m if m.confidence is not None else m.model_copy(update={"confidence": confidence(m)})
          for m in batch.measurements]
    return batch.model_copy(update={"measurements": ms})
