"""Values of one member of a composition family: "xLiBH4–(1−x)LiI … the sample with x = 0.25 shows".

A paper names a series once by its family notation (ontology.families) and then gives a value for
one member by the symbol's value: "x = 0.25 shows 0.1 mS/cm", "Mg1−xZnx(BH4)2 (x = 0.1) released",
"for x = 0.5 the conductivity reached". A sentence's value of a family then belongs to the member at
the symbol's value the sentence gives before it (the nearest one), or at the one value the sentence
gives. A range ("x = 0–0.5") names the series, no member: the value stays the family's, with its amounts
null; so does a list ("x = 0.25, 0.5 and 0.75"), unless the sentence gives one value of a property per
listed member, which are then the members' in the order written ("… show 0.01, 0.1 and 0.05 mS/cm").
"""
from __future__ import annotations

import re
from fractions import Fraction

from ingest.extraction.text.amounts import FRACTION_WORD, fraction
from ingest.extraction.text.nlp import Cleaned
from ingest.extraction.text.quantity_text import numbers
from ontology.families import SYMBOLS, family_member, family_symbols
from ontology.models import MaterialSystem, Measurement
from ontology.system import analyse_system
from ontology.units import to_canonical

# a symbol's value: a decimal or a fraction ('x = 0.25', 'x = 2/3')
_VALUE = r"\d+(?:\.\d+)?(?:/\d+)?"
# 'x = 0.25', 'x=0.5', 'x = 2/3'; the words after it tell a list or a range ('x = 0.25, 0.5', 'x = 0–0.5')
# (a full stop after the value ends the sentence, 'found for x = 0.75.': only a decimal point followed by a digit
# or a fraction's stroke continues the number)
_NUMBER_GOES_ON = r"(?![\d/]|\.\d)"
_GIVEN = re.compile(rf"(?<![\w.])(?P<symbol>[{SYMBOLS}])\s*=\s*(?P<value>{_VALUE}){_NUMBER_GOES_ON}"
                    r"(?P<more>\s*(?:,|and\b|or\b|to\b|similar\s+to\b|[–\-~])\s*(?P<next>\d))?")
# ('x=40 similar to 60': the words an indexing service prints for the '~' of a range)


# 'x = 0.2, 0.25 and 0.33', 'x = 3/4, 2/3': the listed values of a series, each a member (a range's dash is no list)
_LISTED = re.compile(rf"(?<![\w.])(?P<symbol>[{SYMBOLS}])\s*=\s*(?P<values>{_VALUE}"
                     rf"(?:\s*(?:,\s*(?:and\s+)?|and\s+){_VALUE})+){_NUMBER_GOES_ON}(?!\s*[–\-~])")
_LISTED_VALUE = re.compile(_VALUE)


def _symbol_value(written: str) -> float | Fraction:
    """'0.25' → 0.25; '2/3' → Fraction(2, 3) (a member named as the paper writes it: 'Li(BH4)1/3(NH2)2/3')."""
    return Fraction(written) if "/" in written else float(written)


def _quantity_starts(text: str) -> set[int]:
    """Where the sentence writes a number with a unit: a value of a property, never a symbol's next value
    ('x = 3/4 and 6.4 mS/cm for x = 2/3': no list of x)."""
    return {n.start for n in numbers(text) if n.unit}


def _listed(text: str) -> dict[str, list[float | Fraction]]:
    """symbol -> its listed values, for a symbol the sentence lists once (or lists again with the same values: the
    series restated in brackets after its notation, "… for x = 0, 0.1 and 0.2 of Mg2Ni1-xCux (x = 0, 0.1, 0.2)")."""
    found: dict[str, list[list[float | Fraction]]] = {}
    quantities = _quantity_starts(text) if "/" in text else set()
    for m in _LISTED.finditer(text):
        if any(v.start() + m.start("values") in quantities for v in _LISTED_VALUE.finditer(m.group("values"))):
            continue
        values = [_symbol_value(v) for v in _LISTED_VALUE.findall(m.group("values"))]
        found.setdefault(m.group("symbol"), []).append(values)
    return {symbol: lists[0] for symbol, lists in found.items() if all(vs == lists[0] for vs in lists)}


# "… increases from 51.2% to 64.8% as x rises from 0 to 0.3", "raising x from 0 to 0.4 lowered … from 280 to 230
# mAh/g": a property's change across the series said beside the symbol's own change; the value it changed from is the
# member's the symbol changed from, the value it changed to the member's the symbol changed to
_SYMBOL_CHANGED = re.compile(rf"(?<![\w.])(?P<symbol>[{SYMBOLS}])\s+(?:[a-z]+\s+){{0,2}}?from\s+(?P<start>{_VALUE})\s+"
                             rf"to\s+(?P<end>{_VALUE}){_NUMBER_GOES_ON}")
_CHANGED_FROM = re.compile(r"\bfrom\s+$")
_CHANGED_TO = re.compile(r"\bfrom\s+[^,;]{0,40}?\bto\s+$")


def _changed_value(text: str, at: int | None, symbol: str) -> float | Fraction | None:
    """The symbol's value at the end of the series' change the value at ``at`` is an end of (above), else None."""
    changes = [m for m in _SYMBOL_CHANGED.finditer(text) if m.group("symbol") == symbol] if at is not None else []
    if len(changes) != 1 or changes[0].start() <= at < changes[0].end():
        return None
    before = text[max(0, at - 60):at]
    end = "end" if _CHANGED_TO.search(before) else "start" if _CHANGED_FROM.search(before) else None
    return _symbol_value(changes[0].group(end)) if end else None


# A symbol defined in words, named in a bracket after the words that define it and given one value later in the same
# clause: "once the molar ratio (x) of Co to the alloy equals 2", "with the LiI fraction (y) set to 0.3", "a
# share (x) of 0.25". A value a unit follows is a quantity ("the size (x) was 50 nm"); a range or a list is the series'.
_NAMED_SYMBOL = re.compile(
    rf"(?<=[a-z] )\((?P<symbol>[{SYMBOLS}])\)(?P<between>(?:[^.;()=]|\.(?=\d)){{0,80}}?)\s"
    r"(?:(?:is|was|were|being|be|kept|set|fixed)\s+(?:(?:equal|set|fixed|kept)\s+)?(?:to\s+|at\s+)?|equal\s+to\s+|of\s+)"
    rf"(?P<value>{_VALUE}){_NUMBER_GOES_ON}(?!\s*(?:,|and\b|or\b|to\b|[–\-~])\s*\d)")
# the ratio the symbol names: "the molar ratio (x) of Ni over/to Mg2Ni" — the first part's moles per the second's
_RATIO_OF = re.compile(r"\bratio\s*$")
_RATIO_PARTS = re.compile(r"\s*of\s+(?P<a>[A-Z][A-Za-z0-9().]*)\s+(?:over|to|per|versus)\s+(?P<b>[A-Z][A-Za-z0-9().]*)")


def _named_in_words(text: str) -> list[re.Match]:
    """The symbols the sentence defines in words and gives one value each (see ``_NAMED_SYMBOL``)."""
    found = list(_NAMED_SYMBOL.finditer(text))
    quantities = _quantity_starts(text) if found else set()
    return [m for m in found if m.start("value") not in quantities]


def _ratio_member(system: MaterialSystem, text: str, named: list[re.Match]) -> MaterialSystem | None:
    """The member a symbol defined in words as the molar ratio of one part of ``system`` to the other names (on
    Mg2Ni–Ni, 'the ratio (x) of Ni to Mg2Ni' given 1.5: Mg2Ni–1.5Ni)."""
    parts = system.name.split("–")
    for m in named:
        ratio = _RATIO_PARTS.match(text, m.start("between"), m.start("value")) \
            if _RATIO_OF.search(text, 0, m.start()) else None
        if ratio is None or len(parts) != 2 or {ratio["a"], ratio["b"]} != set(parts):
            continue
        value = _symbol_value(m.group("value"))
        notation = "–".join(f"{value:g}{p}" if p == ratio["a"] and value != 1 else p for p in parts)
        try:
            return analyse_system(notation).system.model_copy(update={"text": system.text})
        except ValueError:
            return None
    return None


def _given(text: str) -> list[tuple[int, str, float | Fraction]]:
    """(clean position, symbol, value) of every single value the sentence gives a symbol."""
    found = list(_GIVEN.finditer(text))
    quantities = _quantity_starts(text) if any(m.group("more") for m in found) else set()
    return [(m.start(), m.group("symbol"), _symbol_value(m.group("value"))) for m in found
            if m.group("more") is None or m.start("next") in quantities]


# '6.4 mS/cm for x = 2/3', '38% (x = 0)': the member a value is given for, named right after it (with 'for', or in
# the bracket that opens right after the value and its unit)
_FOR_AFTER = re.compile(r"[^,;()=]{0,40}?\bfor\s+|[^,;()=\s]+(?:\s[^,;()=\s]+)?\s*\(\s*")


def _given_after(text: str, at: int | None, given) -> tuple[str, float | Fraction] | None:
    """The symbol's value the sentence names right after the value at ``at``, with 'for' ('… 6.4 mS/cm for x = 2/3') or
    in a bracket ('… 38% (x = 0), 61% (x = 0.2)')."""
    if at is None:
        return None
    return next(((s, v) for p, s, v in given if p > at and _FOR_AFTER.fullmatch(text, at, p)), None)


def _value_for(at: int | None, given, symbol: str, text: str = "") -> float | Fraction | None:
    """The value of ``symbol`` named right after the measurement's number at ``at`` ('… for x = 2/3'), else the
    nearest before it (clean text), else the one value the sentence gives it; None when it gives several and
    none comes before."""
    after = _given_after(text, at, given) if text else None
    if after is not None and after[0] == symbol:
        return after[1]
    changed = _changed_value(text, at, symbol) if " from " in text else None
    if changed is not None:
        return changed
    mine = [(p, v) for p, s, v in given if s == symbol]
    before = [v for p, v in mine if at is not None and p < at]
    if before:
        return before[-1]
    values = {v for _, v in mine}
    return values.pop() if len(values) == 1 else None


def _written_at(text: str, m: Measurement) -> int | None:
    """Where the sentence writes the measurement's value: the first number that is it in its unit (the
    record keeps the sentence as its evidence, not the number's place)."""
    for n in numbers(text):
        try:
            if n.unit and abs(to_canonical(m.property, n.value, n.unit) - m.value) <= 1e-9 * max(1.0, abs(m.value)):
                return n.start
        except Exception:
            continue   # a unit of another quantity ('25 °C' beside a conductivity)
    return None


# 'x wt% TiO2', 'y mol.% of Nb2O5': an additive's loading written as the series' symbol. The family is the host
# with that additive at each loading ('MgH2–x wt% TiO2 (x = 5, 10)': MgH2–5 wt% TiO2 and MgH2–10 wt% TiO2); the
# system's name drops the symbol (ontology.system reads the additive without one amount), the sentence keeps it.
_LOADING_SYMBOL = rf"(?<![\w.])(?P<symbol>[{SYMBOLS}])\s*(?P<word>{FRACTION_WORD})\s*\.?\s*%\s*(?:of\s+)?"
_LEADING_LOADING_SYMBOL = re.compile(rf"^{_LOADING_SYMBOL}")


def _loadings(system: MaterialSystem, text: str) -> dict[str, tuple[str, str]]:
    """symbol -> (the additive as the system's name writes it, the loading's unit) of every additive without an
    amount whose loading ``text``, or the system as written (a sentence before: 'MgH2–x wt% TiO2 was milled. For
    x = 5 …'), writes as a symbol ('x wt% TiO2' → {'x': ('TiO2', 'wt%')})."""
    found: dict[str, tuple[str, str]] = {}
    for c in system.additives:
        body = _LEADING_LOADING_SYMBOL.sub("", c.text).strip()
        if c.amount is not None or not body:
            continue
        written = re.compile(rf"{_LOADING_SYMBOL}{re.escape(body)}(?![\w])")
        m = written.search(text) or written.search(system.text)
        if m is not None:
            found.setdefault(m.group("symbol"), (body, f"{fraction(m.group('word'))}%"))
    return found


def _symbols(system: MaterialSystem, text: str) -> set[str]:
    """The symbols the members of ``system``'s family are told by: its notation's, else its loadings'."""
    return family_symbols(system.name) or set(_loadings(system, text))


def _at_loadings(system: MaterialSystem, text: str, values: dict[str, float]) -> str | None:
    """The name of the sample at the given loadings ('MgH2–TiO2', x = 5 → 'MgH2–5 wt% TiO2'); at a loading of
    zero the host's of a host with that one additive ('MgH2', the undoped reference of the series), else None."""
    name, loadings = system.name, _loadings(system, text)
    if len(system.additives) == 1 and [values[s] for s in loadings] == [0]:
        return system.host.text or system.host.formula
    for symbol, (body, unit) in loadings.items():
        if values[symbol] <= 0:
            return None
        at = re.search(rf"(?<![\w%]){re.escape(body)}(?![\w])", name)
        if at is None:
            return None
        name = f"{name[:at.start()]}{values[symbol]:g} {unit} {name[at.start():]}"
    return name


def _member(system: MaterialSystem, at: int | None, given, text: str) -> MaterialSystem | None:
    symbols = _symbols(system, text)
    if not symbols:
        return None
    values = {s: _value_for(at, given, s, text) for s in symbols}
    if any(v is None for v in values.values()):
        return None
    notation = family_member(system.name, values) if family_symbols(system.name) \
        else _at_loadings(system, text, values)   # type: ignore[arg-type]
    if notation is None:
        return None
    try:
        return analyse_system(notation).system.model_copy(update={"text": system.text})
    except ValueError:
        return None


def with_members(clean: Cleaned, out: list[Measurement], studied: dict | None = None,
                 listed_before: dict | None = None) -> list[Measurement]:
    """``out`` with every value of a family the sentence gives the symbol's value for moved to that member.

    ``studied`` (family name -> member, the passage's, updated here): the member a sentence before gave values to
    by its symbol's value; a later value of the family in a sentence that writes no symbol ('For x = 0.67, the
    conductivity reaches …. The activation energy is 0.32 eV.') is that member's, the one the passage studies.
    ``listed_before`` (family name -> its listed values, the passage's, updated here): the members a sentence
    listed, which a later sentence may pick one of by its share of an element ('the lower I concentration')."""
    given = _given(clean.text) if "=" in clean.text else []
    named = _named_in_words(clean.text) if ")" in clean.text else []
    given += [(m.start("value"), m.group("symbol"), _symbol_value(m.group("value"))) for m in named]
    listed = _listed(clean.text) if "=" in clean.text and not given else {}
    if listed_before is not None and "=" in clean.text and (every := _listed(clean.text)):
        _remember_listed(clean.text, every, listed_before)   # (whatever other symbol the sentence gives one value)
    if not given and not listed:
        if " from " in clean.text and _SYMBOL_CHANGED.search(clean.text):
            out = _changed_members(clean.text, out)
        if listed_before:
            out = _by_share_named(clean.text, out, listed_before)
        return _studied_members(clean.text, out, studied) if studied else out
    moved = []
    for m in out:
        member = _member(m.system, _written_at(clean.text, m), given, clean.text) \
            if given and _symbols(m.system, clean.text) else None
        if member is None and given and listed_before:
            member = _listed_member_named_after(clean.text, m, given, listed_before)
        if member is None and named and not family_symbols(m.system.name):
            member = _ratio_member(m.system, clean.text, named)
            if member is not None and studied is not None:
                studied[m.system.name] = member   # (the passage's later values of the pair: this member's)
        # (a loading's member is named like any sample: a later sentence's plain name is no member)
        if member is not None and studied is not None and family_symbols(m.system.name):
            studied[m.system.name] = member
        moved.append(m if member is None else m.model_copy(update={"system": member}))
    return _listed_members(clean.text, moved, listed) if listed else moved


def _changed_members(text: str, out: list[Measurement]) -> list[Measurement]:
    """``out`` with each value of a family that is an end of a change said beside the symbol's own change ("from
    51.2% to 64.8% as x rises from 0 to 0.3") moved to the member at the symbol's value of that end."""
    moved = []
    for m in out:
        symbols = _symbols(m.system, text)
        value = _changed_value(text, _written_at(text, m), next(iter(symbols))) if len(symbols) == 1 else None
        member = _member(m.system, None, [(0, next(iter(symbols)), value)], text) if value is not None else None
        moved.append(m if member is None else m.model_copy(update={"system": member}))
    return moved


_ELEMENT = re.compile(r"[A-Z][a-z]?")


def _listed_member_named_after(text: str, m: Measurement, given, listed_before: dict) -> MaterialSystem | None:
    """The member of a series the passage listed ('Li(BH4)1-x(NH2)x solid solutions (x = 3/4, 2/3)') that the
    sentence gives a value of a written formula for ('… 6.4 mS/cm for x = 2/3'): the value is that member's, not the
    formula's the passage named last, when the formula holds the series' elements and the value one it listed."""
    after = _given_after(text, _written_at(text, m), given)
    if after is None or family_symbols(m.system.name):
        return None
    symbol, value = after
    elements = set(_ELEMENT.findall(m.system.name))
    families = [f for f, values in listed_before.items()
                if symbol in family_symbols(f) and value in values and set(_ELEMENT.findall(f)) == elements]
    notation = family_member(families[0], {symbol: value}) if len(families) == 1 else None
    try:
        return analyse_system(notation).system if notation else None
    except ValueError:
        return None


def _studied_members(text: str, out: list[Measurement], studied: dict) -> list[Measurement]:
    """``out`` with each value of a family the passage studied one member of moved to that member, unless the
    sentence writes the family's symbol (the family's notation, 'with increasing x': the series is meant)."""
    moved = []
    for m in out:
        member = studied.get(m.system.name)
        if member is not None and not any(re.search(rf"(?<![\w.]){s}(?!\w)", text)
                                          for s in family_symbols(m.system.name)):
            m = m.model_copy(update={"system": member.model_copy(update={"text": m.system.text})})
        moved.append(m)
    return moved


def _listed_members(text: str, out: list[Measurement], listed: dict[str, list[float]]) -> list[Measurement]:
    """``out`` with the values of one property on a family of one symbol, as many as the sentence lists that
    symbol's values, moved to the listed members in order (the first value the first member's)."""
    runs: dict[tuple[str, str, str], list[int]] = {}
    for i, m in enumerate(out):
        symbols = _symbols(m.system, text)
        if len(symbols) == 1 and (symbol := next(iter(symbols))) in listed:
            runs.setdefault((m.system.name, m.property, symbol), []).append(i)
    moved = list(out)
    for (_, _, symbol), indices in runs.items():
        values = listed[symbol]
        if len(indices) != len(values):
            continue     # not one value per member: the series' values, kept on the family
        # (in the order written; a list of numbers sharing one unit prints it on the last only, and the
        # values of a list come out in the order of the sentence)
        at = [_written_at(text, out[i]) for i in indices]
        order = sorted(range(len(indices)), key=lambda k: at[k] or 0) \
            if None not in at and len(set(at)) == len(at) else range(len(indices))
        for k, value in zip(order, values):
            i = indices[k]
            member = _member(out[i].system, None, [(0, symbol, value)], text)
            if member is not None:
                moved[i] = out[i].model_copy(update={"system": member})
    return moved


# 'Li(BH4)1-xIx': a family's notation written as one word of the sentence (its symbol in the formula)
_NOTATION_WORD = re.compile(rf"(?:[A-Z]|\([A-Z])[\w().\-–−+]*[{SYMBOLS}][\w().\-–−+]*")


def _remember_listed(text: str, listed: dict[str, list[float]], listed_before: dict) -> None:
    """Keep, for the passage, each family the sentence writes with the one symbol it lists values of
    ("… for Li(BH4)1-xIx (x=0.25 and 0.5)"): family name -> the listed values."""
    for m in _NOTATION_WORD.finditer(text):
        word = m.group(0).rstrip(".,;:)")
        symbols = family_symbols(word)
        if len(symbols) == 1 and (symbol := next(iter(symbols))) in listed:
            listed_before[word] = listed[symbol]


# "the lower I concentration leads to …", "the higher K content gave …": a sample named by how much of an element
# it holds against the others of the series, with no formula of its own
_SHARE_NAMED = re.compile(r"\b[Tt]he\s+(?P<way>lower|higher|smaller|larger|greater|lowest|highest)\s+"
                          r"(?P<element>[A-Z][a-z]?)"
                          r"(?:[-\s]+(?:ion|anion|cation|substituent))?\s+(?:concentration|content|fraction|amount"
                          r"|substitution|level|doping)s?\b")


def _share_of(notation: str, element: str) -> float | None:
    """The count the notation writes after ``element`` ('I0.25' of 'Li(BH4)0.75I0.25'), None when not written."""
    m = re.search(rf"(?<![A-Z]){element}(?![a-z])(\d+(?:\.\d+)?)?", notation)
    return None if m is None else float(m.group(1) or 1)


def _by_share_named(text: str, out: list[Measurement], listed_before: dict) -> list[Measurement]:
    """``out`` with each value on a listed family, or on a bare host, that the sentence names as "the lower/higher
    <element> concentration" moved to the member the passage listed (of that family, or of a family of that host)
    whose count of the element is the least/greatest."""
    named = _SHARE_NAMED.search(text) if "he " in text else None
    if named is None or not out:
        return out
    least = named.group("way") in ("lower", "smaller", "lowest")
    moved = []
    for m in out:
        member = None
        if m.system.name in listed_before:    # the family itself: its member so named
            member = _member_by_share(m.system.host.formula, named.group("element"), least,
                                      {m.system.name: listed_before[m.system.name]})
        elif not m.system.additives or "system:context" in m.cues:
            # the bare host the families were made of, or a sample carried from a sentence before (the sentence
            # names its own by the share: "the lower I concentration leads to 5.7 mS/cm", after "… x = 0.5 …")
            member = _member_by_share(m.system.host.formula, named.group("element"), least, listed_before)
        moved.append(m if member is None else m.model_copy(update={"system": member}))
    return moved


def _member_by_share(host: str, element: str, least: bool, listed_before: dict) -> MaterialSystem | None:
    """The one member of the families listed of ``host`` with the least (or greatest) count of ``element``."""
    found = []
    for family, values in listed_before.items():
        (symbol,) = family_symbols(family)
        for value in values:
            notation = family_member(family, {symbol: value})
            share = _share_of(notation, element) if notation else None
            if notation is None or share is None:
                continue
            try:
                system = analyse_system(notation).system
            except ValueError:
                continue
            if system.host.formula == host:
                found.append((share, system))
    shares = sorted({share for share, _ in found})
    if len(shares) < 2:
        return None     # one member, or members alike in the element: no lower nor higher one
    pick = shares[0] if least else shares[-1]
    chosen = [system for share, system in found if share == pick]
    return chosen[0] if len(chosen) == 1 else None

