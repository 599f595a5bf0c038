"""A probe grid of the words ingest.extraction.text.amounts and ingest.extraction.text.sample_words give every reader:
an additive's amount in each spelling of its fraction word, crossed with the sentence forms different readers handle (a
participle, the addition of, a fronted 'with', a list with 'respectively', a bracketed loading, a 'the … sample'
referent), and the words for the bare host crossed with comparison forms. Every sentence is written for this grid (test
data).

Each case is a mini-abstract (title + a value sentence) with what the value's sample must be: the host, and the
additive with its amount and unit (or none: the bare host). ``cases()`` crosses the slots deterministically
(materials rotate), so a failing slot value shows in its pass rate."""
from __future__ import annotations

from dataclasses import dataclass
from itertools import cycle

SAMPLES = [  # (host, additive as the text writes it, the additive's name in the record)
    ("MgH2", "Nb2O5", "Nb2O5"), ("LiBH4", "TiF3", "TiF3"), ("NaAlH4", "CeCl3", "CeCl3"), ("Mg(BH4)2", "NbF5", "NbF5"),
    ("LiAlH4", "NiCo2O4 nanorods", "NiCo2O4"), ("MgH2", "Ti3C2 MXene", "Ti3C2"), ("LiBH4", "TiO2 nanoparticles", "TiO2"),
    ("MgH2", "Ni", "Ni"),
]
# (slot, how the amount is written for 5, the unit the record gives)
AMOUNTS = [
    ("wt%", "5 wt%", "wt%"), ("wt.%", "5 wt.%", "wt%"), ("wt %", "5 wt %", "wt%"), ("mass%", "5 mass%", "wt%"),
    ("mass %", "5 mass %", "wt%"), ("mol%", "5 mol%", "mol%"), ("mol.%", "5 mol.%", "mol%"), ("at%", "5 at%", "at%"),
    ("vol%", "5 vol%", "vol%"), ("vol.%", "5 vol.%", "vol%"), ("v/v%", "5 v/v%", "vol%"),
]
# (slot, value sentence with {host}, {amt}, {add}; the value asked is 250)
AMOUNT_FORMS = [
    ("doped with", "{host} doped with {amt} {add} starts to release hydrogen at 250 °C."),
    ("milled with … of", "{host} ball milled with {amt} of {add} starts to desorb hydrogen at 250 °C."),
    ("addition of", "The addition of {amt} {add} lowers the onset dehydrogenation temperature of {host} to 250 °C."),
    ("with, fronted", "With {amt} {add}, {host} starts to release hydrogen at 250 °C."),
    ("respectively", "Pristine {host} and {host} with {amt} {add} start to release hydrogen at 340 and 250 °C, "
                     "respectively."),
    ("bracketed", "{add} ({amt}) was ball milled with {host}, and the composite starts to desorb hydrogen at 250 °C."),
    ("the … sample", "{host} was milled with {add} in several ratios. The {amt} {add} sample starts to release "
                     "hydrogen at 250 °C."),
]
# (slot, the word for the bare host)
BASELINE = ["pristine", "pure", "undoped", "bare", "neat", "as-received", "as-milled", "uncatalysed", "unmodified",
            "additive-free", "parent", "commercial", "bulk", "reference"]
# (slot, sentence with {word}, {host}, {amt}, {add}; the bare host's value is 340)
BASELINE_FORMS = [
    ("whereas", "{host} doped with {amt} {add} starts to release hydrogen at 250 °C, whereas the {word} {host} "
                "needs 340 °C."),
    ("respectively", "The {word} {host} and {host} with {amt} {add} start to release hydrogen at 340 and 250 °C, "
                     "respectively."),
    ("compared with", "Compared with the {word} {host} (340 °C), {host} with {amt} {add} starts to release hydrogen "
                      "at 250 °C."),
]


@dataclass(frozen=True)
class Case:
    part: str              # "amount" or "baseline"
    form: str              # the sentence form
    word: str              # the amount spelling or the baseline word
    text: str
    value: float
    host: str
    additive: str | None   # None: the bare host
    amount: float | None
    unit: str | None


def cases() -> list[Case]:
    out: list[Case] = []
    samples = cycle(SAMPLES)
    for form, sentence in AMOUNT_FORMS:
        for slot, amt, unit in AMOUNTS:
            host, add, name = next(samples)
            out.append(Case("amount", form, slot, sentence.format(host=host, amt=amt, add=add), 250.0, host, name,
                            5.0, unit))
    for form, sentence in BASELINE_FORMS:
        for word in BASELINE:
            host, add, name = next(samples)
            out.append(Case("baseline", form, word, sentence.format(word=word, host=host, amt="5 wt%", add=add),
                            340.0, host, None, None, None))
    return out


def document(c: Case) -> str:
    return f"# Hydrogen storage in {c.host}\n\n## Abstract\n\n{c.text}\n"


def found(c: Case, rows: list[dict]) -> bool:
    """Is there a row of the case's value whose sample is what the case says (host; additive, amount, unit)?"""
    for r in rows:
        if r["value"] != c.value:
            continue
        comps = r["components"]
        if not comps or comps[0]["material"] != c.host:
            continue
        adds = [(x["material"], x["amount"], x["amount_unit"]) for x in comps[1:]]
        if adds == ([] if c.additive is None else [(c.additive, c.amount, c.unit)]):
            return True
    return False
