"""A salt written as its ions with their charges: '[NH4]+[BH4]−', '[C(NH2)3]+[BH4]−', 'Li+[CB11H12]−'.

Papers on ionic borohydrides and closo-borates often write a salt as its cation and anion side by side, each with
its charge (the anion's sign sometimes dropped: '[C(NH2)3]+[BH4]'). The salt is the formula of the two ions joined
(NH4BH4, C(NH2)3BH4, LiCB11H12), which the readers take like any written formula; the brackets and charges are
notation. An ion alone ('[BH4]− anions', 'Li+ and [BH4]−', 'Mg2+') is no salt and is left as written.

Indexing services and some groups write a salt of one cation and one polyatomic anion with the anion in round
brackets and no count after them: 'Li(NH2)', 'Na(BH4)', 'Li(CB9H10)'. The brackets are notation there too: the salt
is LiNH2, NaBH4, LiCB9H10 (``bracketed_anions``). Where the cation's charge takes more than one such anion
('Mg(BH4)', 'Ca(AlH4)', 'Mg(NH2)': an alkaline-earth cation with a singly charged anion), the copy lost the count,
which the charges give back: Mg(BH4)2, Ca(AlH4)2, Mg(NH2)2. A bracket with a count ('Mg(BH4)2', 'Li4(BH4)3I'), a second
bracket after it ('Li2(BH4)(NH2)', a double salt read as its two salts), one element inside ('Mg(In)', a solid
solution's notation) or a count a copy set one space apart ('Mg(BH4) 2') is left as written.
"""
from __future__ import annotations

import re

from ontology.elements import ALKALI, ALKALINE_EARTH
from ontology.ion_charges import anions_per_cation

from .pdf_copy import split_subscripts

# an ion's formula inside its brackets: element symbols, counts and round brackets ('C(NH2)3', 'CB11H12')
_ION = r"[A-Z][A-Za-z0-9()]*"
_PLUS = r"\+"
_MINUS = r"[-−–]"
# a cation in square brackets or a bare element symbol with its count ('Li+', 'Na+'), its plus sign, then the
# anion in square brackets glued to it with its minus sign (optional only after a bracketed cation)
_SALT = re.compile(
    rf"(?<![\w\]\[)+−–-])(?:(?P<open>\[){_ION}(?P<close>\]{_PLUS})|[A-Z][a-z]?(?P<sign>{_PLUS}))"
    rf"(?P<anion_open>\[){_ION}(?P<anion_close>\](?:{_MINUS})?)(?![\w\[+])")


def ionic_salts(text: str) -> list[tuple[int, int]]:
    """The runs of bracket and charge characters to drop from each salt written as its charged ions, so that
    '[NH4]+[BH4]−' reads NH4BH4 and 'Li+[CB11H12]−' LiCB11H12 (start, end offsets into ``text``)."""
    runs: list[tuple[int, int]] = []
    for m in _SALT.finditer(text):
        if m.group("open") is None and not m.group("anion_close")[1:]:
            continue   # 'Li+[BH4]': a bare cation is read as a salt only with the anion's charge written
        for name in ("open", "close", "sign", "anion_open", "anion_close"):
            if m.group(name) is not None:
                runs.append((m.start(name), m.end(name)))
    return runs


# a cation's symbol without a count (one cation, one anion: 'Li3(NH2) 2I' is Li3(NH2)2I whose count an indexing
# service set apart), then one bracketed anion of two element symbols or more ('(NH2)', '(BH4)', '(CB11H12)') with no
# count, bracket or formula character after it (a full stop only as the sentence's: 'Mg(BH4).2NH3' is an adduct's dot)
# (the anion written with its counts: 'Mg(BH)', whose counts a copy lost, is ingest.extraction.text.pdf_copy's to
# restore)
_BRACKETED_ANION = re.compile(r"(?<![\w)\]])(?P<cation>[A-Z][a-z]?)(?P<open>\()(?=[A-Za-z]*\d)[A-Z][a-z]?\d*[A-Z]"
                              r"[A-Za-z0-9]*(?P<close>\))(?![\w(\[·]|\.\w)")
# a number one space after the bracket: the group's count a copy set apart, or a quantity
_COUNT_SET_APART = re.compile(r" \d")
# the cations such a salt has: an alkali or alkaline-earth metal ('M(B3H8)' names a family of salts, no salt)
_SALT_CATIONS = ALKALI | ALKALINE_EARTH


def _lost_count(text: str, m: re.Match[str]) -> int | None:
    """How many anions the cation's charge takes where it takes more than one ('Mg(BH4)': Mg²⁺ and BH4⁻, 2:
    ``ontology.ion_charges``); None where one anion is the salt or the charges are not known, and for an ion written
    with its brackets and charge ('[Mg(BH4)]+')."""
    if text[m.start() - 1:m.start()] == "[" or text[m.end():m.end() + 1] in ("+", "]", "⁺"):
        return None
    count = anions_per_cation(m.group("cation"), text[m.end("open"):m.start("close")])
    return count if count is not None and count > 1 else None


def bracketed_anions(text: str) -> list[tuple[int, int, str]]:
    """What to put in place of the brackets of each salt written with its one anion in round brackets (start, end,
    piece; offsets into ``text``): the brackets go where one anion is the salt ('Li(NH2)' reads LiNH2, 'Na(BH4)'
    NaBH4); where the cation's charge takes more anions, a copy lost their count and it is put back ('Mg(BH4)' reads
    Mg(BH4)2, 'Ca(AlH4)' Ca(AlH4)2: ``_lost_count``). A bracket whose count a copy set one space apart ('Mg(BH4) 2',
    which ``pdf_copy.split_subscripts`` joins) is left; a number a unit follows is no count ('Na(BH4) 2 h' is NaBH4
    and two hours)."""
    runs: list[tuple[int, int, str]] = []
    joined: set[int] | None = None
    for m in _BRACKETED_ANION.finditer(text):
        if m.group("cation") not in _SALT_CATIONS:
            continue
        if _COUNT_SET_APART.match(text, m.end("close")):
            if joined is None:
                joined = {space for space, _ in split_subscripts(text)}
            if m.end("close") in joined:
                continue
        count = _lost_count(text, m)
        if count is not None:
            runs.append((m.end("close"), m.end("close"), str(count)))
        else:
            runs.extend((m.start(name), m.end(name), "") for name in ("open", "close"))
    return runs


# A boron cluster salt written with the locants of its cage's carbon atoms between the cation and the anion:
# 'Na-7,9-C2B9H12', 'K-7-CB10H13', 'Li-1-CB9H10' (the numbers say where the carbons sit on the cage, no count and
# no isotope). The salt is NaC2B9H12, KCB10H13, LiCB9H10: the dashes and locants are notation. Only a salt cation
# (``ontology.elements``) before a cage of boron and hydrogen (carbon first, if any) is read so; an isotope label
# ('Li-7 NMR', 'B-11'), a sample number ('Na-1') or a dash between two parts of a composite ('Mg-10-Ni') is left.
# (a copy may set a count apart from its symbol: 'Cs-1,2-C 2 B 10 H 11')
_LOCANTS = re.compile(r"(?<![\w\-–])(?P<cation>[A-Z][a-z]?)(?P<locants>[-–]\d{1,2}(?:,\d{1,2})*[-–])"
                      r"(?=(?:C\s?\d{0,2}\s?)?B\s?\d{1,2}\s?H\s?\d)")


def cage_locants(text: str) -> list[tuple[int, int]]:
    """The runs of locant characters to drop from each cluster salt written with its cage's locants, so that
    'Na-7,9-C2B9H12' reads NaC2B9H12 (start, end offsets into ``text``)."""
    return [(m.start("locants"), m.end("locants")) for m in _LOCANTS.finditer(text)
            if m.group("cation") in _SALT_CATIONS]


# A salt written as its two ions each in square brackets with its charge inside them: '[Mg2+][HCB11H111−]2',
# '[Na+][CB11H12−]', '[Mg2+][B12H122−]'. The charges balance: the cation's charge (its digit, 1 when none is
# written) is the anions' count after the bracket times each anion's charge, so the anion's charge is known and its
# digit is read off the end of its bracket ('HCB11H111−': HCB11H11 and the charge 1−). The salt is
# Mg(HCB11H11)2, NaCB11H12, MgB12H12. A bracket whose charge does not balance, or an ion alone ('[BH4−]'), is left.
_CATION_IN = r"\[(?P<cation>[A-Z][A-Za-z0-9]*?)(?P<ccharge>\d?\+)\]"
_ANION_IN = r"\[(?P<anion>[A-Z][A-Za-z0-9]*?)(?P<acharge>\d?)[-−–]\](?P<count>\d?)"
_CHARGED_PAIR = re.compile(rf"(?<![\w\]]){_CATION_IN}{_ANION_IN}(?![\w\[])")


def charged_bracket_salts(text: str) -> list[tuple[int, int, str]]:
    """What to put in place of each salt written as its two bracketed ions with their charges inside the brackets
    (start, end, piece; offsets into ``text``): '[Mg2+][HCB11H111−]2' becomes 'Mg(HCB11H11)2', '[Na+][CB11H12−]'
    'NaCB11H12'."""
    runs: list[tuple[int, int, str]] = []
    for m in _CHARGED_PAIR.finditer(text):
        cation_charge = int(m.group("ccharge")[:-1] or 1)
        count = int(m.group("count") or 1)
        if cation_charge % count:
            continue
        anion, written = m.group("anion"), m.group("acharge")
        charge = cation_charge // count
        if written and int(written) != charge:
            if charge != 1:
                continue
            anion += written   # ('[Na+][CB11H12−]': the digit is the anion's last count, the charge 1 unwritten)
        elif not written and charge != 1:
            continue
        piece = m.group("cation") + (f"({anion}){count}" if count > 1 else anion)
        runs.append((m.start(), m.end(), piece))
    return runs
