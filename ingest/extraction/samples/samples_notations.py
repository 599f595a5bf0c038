"""Samples read from how they are written rather than from a link: a class followed by its member in brackets
('mesoporous silica (SBA-15)'), a sum with spaced plus signs ('2LiBH4 + MgH2 + 0.05NbF5'), a system's two states
side by side ('LiNH2 + LiH or Li2NH + H2'), a name given in brackets ('(denoted Li4(BH4)3I@SBA-15)'), a code after
its name in words, a scaffold after '@' in words ('MgH2@reduced graphene oxide'); and the mentions that are no
samples: a bracket restating what was just named, an abbreviation the text defines, a symbol ('x', a pressure's
'P'). Apart because each replaces mentions by a longer reading of the written name before links are read.
"""
from __future__ import annotations

import re

from ingest.extraction.text.nlp import SYSTEM_LABEL, Mention, system_of
from ingest.extraction.text.preparation_words import ON_SUPPORT
from ingest.extraction.text.sample_words import SAMPLE_NOUNS
from ingest.extraction.text.samples_words import _SPELLED_OUT, ABBREVIATION, BRACKET_CLOSE, BRACKET_OPEN, NOT_NAME_WORDS
from ontology.formula import FormulaError, parse_formula
from ontology.models import MaterialSystem
from ontology.system import host_formula
from ontology.units import UnitError, parse_unit
from ontology.vocabulary import vocabulary

from .samples_systems import has_hydrogen

# "MB12H11NH3 (M = Li and Na)", "A2B10H10 (A = K, Rb, Cs)": the bracket after a family's formula says what its
# generic symbol stands for; the metals listed there are values of the symbol, neither samples nor additives
# ("TM/C (TM = Fe, Ni)": a two-letter symbol whose bracket lists element symbols only)
_SYMBOL_DEFINED = re.compile(r"\(\s*(?:[A-Z]\s*=\s*[^()=]{1,60}|[A-Z][A-Za-z]\s*=\s*[A-Z][a-z]?"
                             r"(?:\s*(?:,|and|&)\s*[A-Z][a-z]?)+\s*)\)")


def without_symbol_values(text: str, ms: list[Mention]) -> list[Mention]:
    """``ms`` without the mentions inside a bracket that defines a generic symbol, nor the symbol of a pressure
    given its value ("P H2 = 0.1 MPa", "PH2 = 2 bar": the hydrogen pressure, no phosphorus or phosphine)."""
    spans = [(b.start(), b.end()) for b in _SYMBOL_DEFINED.finditer(text)]
    spans += [(m.start, set_to.end()) for m in ms if (set_to := _PRESSURE_SET.match(text, m.end)) is not None
              and _is_pressure(set_to.group("unit")) and _PRESSURE_SYMBOL.fullmatch(m.text)]
    return [m for m in ms if not any(a <= m.start and m.end <= b for a, b in spans)] if spans else ms


# a pressure's symbol ('P', 'p', 'PH2', 'Peq'), its gas's formula after it set apart or in brackets ('P H2',
# 'p(H2)'), then '=' and the value with its unit
_PRESSURE_SYMBOL = re.compile(r"[Pp](?:H2|eq|H₂)?")


_PRESSURE_SET = re.compile(r"(?:\s*\(?\s*H2\s*\)?)?\s*=\s*\d+(?:\.\d+)?\s*(?P<unit>[A-Za-z]{1,5})\b")


def _is_pressure(unit: str) -> bool:
    try:
        return parse_unit(unit).dimensionality == parse_unit("MPa").dimensionality
    except UnitError:
        return False


# after the member named in a bracket, more of the bracket: "(SBA-15, pore size 6 nm)", "(CMK-3; 4 nm pores)"
_BRACKET_GOES_ON = re.compile(r"\s*[,;]\s*[^()]*\)")


def _member_named(cls: str, member: str) -> bool:
    """Whether ``member`` is what a text means by ``cls`` when it names it in brackets after it: a narrower
    term of the class ('mesoporous silica (SBA-15)'), or, for a support or scaffold, a kind of support under
    the same class ('ordered mesoporous carbon (CMK-3)': two carbon supports that confine a hydride)."""
    vocab = vocabulary()
    if cls not in vocab or member not in vocab:
        return False
    if member in vocab.descendants(cls):
        return True
    a, b = vocab.get(cls), vocab.get(member)
    return bool(a.support_strategy) and a.support_strategy == b.support_strategy \
        and bool(set(a.parents) & set(b.parents))


def framework_in_brackets(text: str, a: Mention, b: Mention, systems: dict) -> MaterialSystem | None:
    """The system of ``b``, a framework named by its metals in brackets ('(NiCo-LDH)') right after ``a``, the
    mention of its class in words ('layered double hydroxide'); else None."""
    if a.kind != "Material" or not a.term or b.kind != SYSTEM_LABEL:
        return None
    s = systems.get(b.start) or system_of(b.text)
    if a.kind != "Material" or not a.term or b.kind != SYSTEM_LABEL or s is None or not s.bare \
            or s.host.term != a.term or not b.text.startswith("(") or text[a.end:b.start].strip():
        return None
    return s


# "nickel–cobalt", "Nickel-iron": metals named in words, joined by dashes (before the class they make)
_METALS_IN_WORDS = re.compile(r"[A-Za-z]+(?:[–-][a-z]+)*[–-]?\s*")


def named_in_brackets(text: str, found: list[tuple[Mention, MaterialSystem]], ms: list[Mention]):
    """'mesoporous silica (SBA-15)', 'mesoporous SiO2 (MCM-41)': a class of materials followed by the
    member the text means, in brackets, is that member (one mention over both); so is a support followed by
    its own kind's name ('ordered mesoporous carbon (CMK-3)'), also where the bracket goes on past it."""
    merged: list[tuple[Mention, Mention]] = []
    own_systems = {m.start: s for m, s in found}
    given: dict[int, MaterialSystem] = {}   # (the bracket's system, by the merged mention's start)
    for k, (a, b) in enumerate(zip(ms, ms[1:])):
        framework = framework_in_brackets(text, a, b, own_systems)
        if framework is not None:
            # "nickel–cobalt layered double hydroxide (NiCo-LDH)": the class named in words (its metals before it,
            # in words too) and the material in brackets are one mention, the bracket's
            start, j = a.start, k - 1
            while j >= 0 and _METALS_IN_WORDS.fullmatch(text, ms[j].start, start) and ms[j].kind in ("Material", SYSTEM_LABEL):
                start, j = ms[j].start, j - 1   # (back over 'nickel', 'cobalt' of 'nickel–cobalt', the dash between)
            merged.append((a, Mention(b.kind, b.text.strip("()"), start, b.end, None)))
            given[start] = framework
            continue
        if not (a.kind == "Material" and a.term and b.kind == "Material" and b.term and b.term != a.term
                and BRACKET_OPEN.fullmatch(text, a.end, b.start)):
            continue
        close = BRACKET_CLOSE.match(text, b.end)
        # ('mesoporous silica scaffold (SBA-15, pore size 6 nm)': the bracket goes on after the member)
        goes_on = close is None and _BRACKET_GOES_ON.match(text, b.end) is not None
        if not (close or goes_on) or not _member_named(a.term, b.term):
            continue
        merged.append((a, Mention(b.kind, b.text, a.start, close.end() if close else b.end, b.term)))
    if not merged:
        return found, ms
    spans = [(m.start, m.end) for _, m in merged]
    by_old = {a.start: m for a, m in merged}
    def inside(m: Mention) -> bool:
        return any(x <= m.start < y for x, y in spans) and m.start not in by_old
    ms = [by_old.get(m.start, m) for m in ms if not inside(m)]
    own = {m.start: s for m, s in found}
    kept = [(m, s) for m, s in found if not any(x <= m.start < y for x, y in spans)]
    for _, m in merged:
        named = given.get(m.start) or next((s for st, s in own.items() if m.start <= st < m.end and st != m.start), None)
        if named is not None:
            kept.append((m, named))
    kept.sort(key=lambda x: x[0].start)
    return kept, ms


# (a molar coefficient the tokenizer leaves apart: "LiBH4 + (1/2)MgH2", "LiBH4 + ½ MgH2")
_PLUS = re.compile(r"\s+\+\s+(?P<coef>\(\d+/\d+\)\s*|½\s*)?")


# "the lithium borohydride–magnesium hydride composite": two hydrides named in words joined by a dash
# (or by a hyphen, which the tokenizer splits only between a compound's anion word and an element's name:
# "lithium borohydride-magnesium hydride")
_DASH = re.compile(r"\s*[–-]\s*")


_REACTION_ARROW = re.compile(r"[→↔⇌⇄=]|->|<->")


def plus_chains(text: str, found: list[tuple[Mention, MaterialSystem]], ms: list[Mention]):
    """'The 2LiBH4 + MgH2 + 0.05NbF5 sample' (an indexing service spaces the '+'): one sample written
    with spaced plus signs, not three mentions; the sides of a reaction equation stay apart. Two hydrides
    named in words and joined by a dash ('lithium borohydride–magnesium hydride') are one sample too."""
    if _REACTION_ARROW.search(text):
        return found, ms
    runs: list[list[tuple[Mention, MaterialSystem]]] = []
    for m, s in found:
        if runs and (_PLUS.fullmatch(text, runs[-1][-1][0].end, m.start)
                     or _DASH.fullmatch(text, runs[-1][-1][0].end, m.start) and has_hydrogen(s)
                     and has_hydrogen(runs[-1][-1][1])):
            runs[-1].append((m, s))
        else:
            runs.append([(m, s)])
    out_found, joined = [], {}
    for run in runs:
        whole = None
        if len(run) > 1 and any(has_hydrogen(s) for _, s in run):
            a, b = run[0][0].start, run[-1][0].end
            # (a name in words is joined by the formula it names)
            whole = system_of("–".join(_coefficient(text, run[j - 1][0].end, m.start) + (s.name if " " in m.text else m.text)
                                       for j, (m, s) in enumerate(run)))
        if whole is None:
            out_found.extend(run)
            continue
        m0 = run[0][0]
        mention = Mention(m0.kind, text[a:b], a, b, m0.term)
        out_found.append((mention, whole))
        joined[a] = (mention, b)
    if not joined:
        return found, ms
    return out_found, with_joined(ms, joined)


# "LiBH4 + 0.5MgH2 or LiH + 0.5MgB2", "2LiBH4 + MgH2 / 2LiH + MgB2": one system's two states side by side
_STATES_GAP = re.compile(r"\s+or\s+|\s*/\s*")


def states_joined(text: str, found: list[tuple[Mention, MaterialSystem]], ms: list[Mention]):
    """``found`` and ``ms`` with a system's two states written side by side ("LiNH2 + LiH or Li2NH + H2", and
    within one notation "2LiBH4 + MgH2 / 2LiH + MgB2") made one mention of the hydrogenated state."""
    out: list[tuple[Mention, MaterialSystem]] = []
    joined: dict[int, tuple[Mention, int]] = {}
    for m, s in found:
        halves = _STATES_GAP.split(m.text) if len(s.components) >= 4 else []
        if len(halves) == 2 and (a := system_of(halves[0].replace(" + ", "–"))) is not None \
                and (b := system_of(halves[1].replace(" + ", "–"))) is not None and _states_of_one(a, b):
            s = _hydrogenated(a, b)
        prev = out[-1] if out else None
        if prev is not None and len(s.components) > 1 and len(prev[1].components) > 1 \
                and _STATES_GAP.fullmatch(text, prev[0].end, m.start) and _states_of_one(prev[1], s):
            whole = Mention(prev[0].kind, text[prev[0].start:m.end], prev[0].start, m.end, prev[0].term)
            out[-1] = (whole, _hydrogenated(prev[1], s))
            joined[whole.start] = (whole, m.end)
            continue
        out.append((m, s))
    return (out, with_joined(ms, joined)) if joined else (out, ms)


def _atoms(system: MaterialSystem) -> dict[str, float] | None:
    """The atoms of a system written as a sum of formulas (each times its count), or None when a part is no
    formula or is given as a share."""
    atoms: dict[str, float] = {}
    for c in system.components:
        if c.amount is not None and c.amount.unit != "ratio":
            return None
        try:
            composition = parse_formula(c.formula).composition
        except (FormulaError, ValueError):
            return None
        n = c.amount.value if c.amount is not None else 1.0
        for el, k in composition.items():
            atoms[el] = atoms.get(el, 0.0) + n * k
    return atoms


def _stored_hydrogen(system: MaterialSystem) -> float:
    """The hydrogen a state holds in its solids (the H2 a dehydrogenated side writes is released gas)."""
    return sum((c.amount.value if c.amount is not None else 1.0) * parse_formula(c.formula).composition.get("H", 0)
               for c in system.components if c.formula != "H2")


def _states_of_one(a: MaterialSystem, b: MaterialSystem) -> bool:
    """Are ``a`` and ``b`` one system's hydrogenated and dehydrogenated states: the same atoms but hydrogen,
    in other compounds (2LiBH4 + MgH2 and 2LiH + MgB2)?"""
    atoms_a, atoms_b = _atoms(a), _atoms(b)
    if atoms_a is None or atoms_b is None:
        return False
    if {c.formula for c in a.components} == {c.formula for c in b.components} and a.name == b.name:
        return False   # (one state written twice; '2NaH + MgB2' beside '2NaBH4 + MgH2' reads as that state already)
    def heavy(atoms: dict[str, float]) -> dict[str, float]:
        return {el: round(n, 6) for el, n in atoms.items() if el not in ("H", "D")}
    return heavy(atoms_a) == heavy(atoms_b)


def _hydrogenated(a: MaterialSystem, b: MaterialSystem) -> MaterialSystem:
    """The state of the two that stores the hydrogen: the one more hydrogen is bound in (the first on a tie)."""
    return b if _stored_hydrogen(b) > _stored_hydrogen(a) else a


def _coefficient(text: str, start: int, end: int) -> str:
    """The molar coefficient the '+' gap between two parts of a sample holds ('(1/2)', '½'), as a notation writes
    it before the part ('0.5'); '' for none."""
    gap = _PLUS.fullmatch(text, start, end) if start < end else None
    coef = gap.group("coef") if gap is not None and gap.group("coef") else ""
    if not coef:
        return ""
    if "½" in coef:
        return "0.5"
    a, b = re.findall(r"\d+", coef)
    return f"{int(a) / int(b):g}" if int(b) else ""


def with_joined(ms: list[Mention], joined: dict[int, tuple[Mention, int]]) -> list[Mention]:
    """The mentions with each joined run (first part's start → (whole mention, end)) put in place of
    its parts."""
    out = []
    for m in ms:
        if m.start in joined:
            out.append(joined[m.start][0])
        elif not any(j.start <= m.start < b for j, b in joined.values()):
            out.append(m)
    return out


_ABBREVIATION_BRACKET = re.compile(r"\(\s*[A-Z][A-Za-z0-9-]{0,7}[A-Z0-9]\s*\)")   # (its bracket part)


def abbreviated(text: str, found: list[tuple[Mention, MaterialSystem]], ms: list[Mention]) -> list[Mention]:
    """Mentions of materials the text defines by an abbreviation and the ontology does not know (no
    mention covers the long name): one 'Material' mention over both, without a term, so that a
    sentence's links ("doped with", "catalysed by", "confined in") can put it into the hydride."""
    added = []
    if not _ABBREVIATION_BRACKET.search(text):
        return ms   # (the brackets first: the long name's pattern is slow to scan for on every word)
    for a in ABBREVIATION.finditer(text):
        words = a.group("long").split()
        # the name is the words of the phrase up to the brackets, not a preceding verb or preposition
        while words and (words[0] in NOT_NAME_WORDS or words[0].endswith(("ed", "ing"))):
            words = words[1:]
        if not words:
            continue
        start = a.end("long") - len(" ".join(words))
        if any(m.start < a.end() and start < m.end for m in ms):
            continue  # the ontology or the formula reader knows it ('MXene (Ti3C2)', 'mesoporous silica (SBA-15)')
        added.append(Mention("Material", text[start:a.end()], start, a.end(), None))
    return sorted(ms + added, key=lambda m: m.start) if added else ms


# what may follow a label in brackets that ends a name: a clause's punctuation, a conjunction or the verb
_LABEL_ENDS = re.compile(r"\s*(?:[,;.]|$|(?:and|or|were|was|are|is|with|into|to|in|on)\b)")


def _components_of(m: Mention, system: MaterialSystem | None) -> list:
    found = system or system_of(m.text.strip("()"))
    return found.components if found is not None else []


def _keys_of(m: Mention, system: MaterialSystem | None) -> set[str]:
    """The formulas and terms of the materials a mention names ('carbon': C and Carbon, by its term)."""
    keys = {k for c in _components_of(m, system) for k in (c.formula, c.term) if k}
    term = vocabulary().get(m.term) if m.term and m.term in vocabulary() else None
    return keys | {k for k in (term.id, term.formula) if k} if term is not None else keys


def without_restatements(text: str, found: list[tuple[Mention, MaterialSystem]], ms: list[Mention]) -> list[Mention]:
    """``ms`` without a notation alone in brackets that restates the materials just named ("Ni nanoparticles
    supported on carbon (Ni/C) were milled with MgH2", "nickel (Ni) and carbon nanotubes (CNTs) were …"): a
    label of what is before it, not a material between the additive and the verb that puts it into the host."""
    by_start = {m.start: s for m, s in found}
    dropped = set()
    for k, m in enumerate(ms):
        bracketed = m.text.startswith("(") and m.text.endswith(")") and not text[ms[k - 1].end:m.start].strip() \
            if k else False
        if k == 0 or m.kind not in (SYSTEM_LABEL, "Material") or not bracketed and not (
                BRACKET_CLOSE.match(text, m.end) and BRACKET_OPEN.fullmatch(text, ms[k - 1].end, m.start)):
            continue
        named = [x for x in ms[max(0, k - 3):k] if x.kind in (SYSTEM_LABEL, "Material")
                 and not re.search(r"[.;:]", text[x.end:m.start])]
        before = set().union(*(_keys_of(x, by_start.get(x.start)) for x in named)) if named else set()
        close = m.end if bracketed else BRACKET_CLOSE.match(text, m.end).end()
        if not _LABEL_ENDS.match(text, close):
            continue   # "a poly(methyl methacrylate) (PMMA) matrix": the bracket names the head noun's material
        own = _components_of(m, by_start.get(m.start))
        if own and all({c.formula, c.term} & before for c in own) \
                or m.term is not None and m.term in {x.term for x in named} \
                or _restates_supported(text, m, named, before):
            dropped.add(m.start)   # "nickel (Ni)", "carbon nanotubes (CNTs)", "… on carbon (Ni/C)"
    return [m for m in ms if m.start not in dropped] if dropped else ms


# "(Ni/C)", "(Fe/rGO)": a catalyst's formula over a short name of its support
_SHORT_SUPPORTED = re.compile(r"\(?\s*([^/()\s]+)\s*/\s*([A-Za-z]{1,5})\s*\)?")


# "Carbon-supported ", "reduced graphene oxide-anchored ": a support written as the prefix of its catalyst
_SUPPORT_PREFIX = re.compile(rf"([A-Za-z][A-Za-z ]{{0,40}}?)-{ON_SUPPORT}\s+$", re.I)


def _restates_supported(text: str, m: Mention, named: list[Mention], before: set) -> bool:
    """Is the bracket ``m`` the catalyst just named over a short name of its support ("Fe on reduced graphene
    oxide (Fe/rGO)", "carbon-supported Ni (Ni/C)", "CoB on graphene (CoB/G)")? The short name's letters stand in
    order in one of the names before it or in the support prefix of the first, from its first letter on (so 'G'
    is no second additive)."""
    on = _SHORT_SUPPORTED.fullmatch(m.text)
    if on is None or on.group(1) not in before:
        return False
    short = on.group(2).lower()
    short = short[:-1] if len(short) > 1 and short.endswith("s") else short   # ('CNTs' of 'carbon nanotubes')
    names = [x.text for x in named if x.text != on.group(1)]
    prefix = _SUPPORT_PREFIX.search(text, max(0, named[0].start - 60), named[0].start) if named else None
    if prefix is not None:
        names.append(prefix.group(1))
    return any(_letters_in_order(short, name.lower()) for name in names)


def _letters_in_order(short: str, name: str) -> bool:
    if not name.startswith(short[0]):
        return False
    pos = 1
    for ch in short[1:]:
        pos = name.find(ch, pos) + 1
        if pos == 0:
            return False
    return True


_WORDS_AFTER = re.compile(r"\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?")


def scaffold_named_in_words(text: str, found: list[tuple[Mention, MaterialSystem]], ms: list[Mention]):
    """'LiBH4–MgH2@carbon aerogel', 'MgH2@reduced graphene oxide': a scaffold written after '@' in words,
    which the formula reader ends at the first space ('@carbon'): the words after it that make a
    material the ontology names more precisely are part of the notation."""
    joined: dict[int, tuple[Mention, MaterialSystem]] = {}
    for m, s in found:
        if not re.search(r"@[a-z][\w-]*$", m.text):
            continue
        after = _WORDS_AFTER.match(text, m.end)
        if after is None:
            continue
        last = s.components[-1].term
        for end in (after.end(2) if after.group(2) else None, after.end(1)):
            whole = system_of(text[m.start:end]) if end else None
            if whole is not None and whole.components[-1].term not in (None, last) \
                    and len(whole.components) == len(s.components):
                joined[m.start] = (Mention(m.kind, text[m.start:end], m.start, end, m.term), whole)
                break
    return replace_joined(joined, found, ms)


def spelled_out_codes(text: str, found: list[tuple[Mention, MaterialSystem]], ms: list[Mention]):
    """(found, ms) with a material written by its code in brackets after its name in words read over the name too:
    the name is the code's long form, not words between a hydride and the material it is put in ('confined in Santa
    Barbara Amorphous-15 (SBA-15)' says 'confined in SBA-15')."""
    joined: dict[int, tuple[Mention, MaterialSystem]] = {}
    for m, s in found:
        code = re.match(r"[A-Z]{2,5}(?=-?\d)", m.text)
        if code is None or not text.startswith(")", m.end) and not re.match(r"\s+\)", text[m.end:]):
            continue
        before = _SPELLED_OUT.search(text, max(0, m.start - 90), m.start)
        if before is None:
            continue
        words = before.group("long").split()
        # (the shortest run of capitalised words whose initials spell the code: not a word that opens the sentence)
        for k in range(len(words)):
            if words[k][0].isupper() and "".join(w[0] for w in words[k:] if w[0].isupper()) == code.group(0):
                start = before.start("long") + len(" ".join(words[:k])) + (1 if k else 0)
                close = text.index(")", m.end) + 1
                joined[m.start] = (Mention(m.kind, text[start:close], start, close, m.term), s)
                break
    if not joined:
        return found, ms
    spans = [(j.start, j.end, k) for k, (j, _) in joined.items()]

    def covered(m: Mention) -> bool:
        return any(a <= m.start < b and m.start != k for a, b, k in spans)

    return ([joined.get(m.start, (m, s)) for m, s in found if not covered(m)],
            [joined[m.start][0] if m.start in joined else m for m in ms if not covered(m)])


def replace_joined(joined: dict[int, tuple[Mention, MaterialSystem]], found: list[tuple[Mention, MaterialSystem]],
                 ms: list[Mention]):
    """``found`` and ``ms`` with the mentions ``joined`` (by start) replaced by their longer reading, and the
    mentions the longer one now covers dropped."""
    if not joined:
        return found, ms
    gone = [(m.end, joined[m.start][0].end) for m, _ in found if m.start in joined]

    def inside(m: Mention) -> bool:
        return any(a <= m.start < b for a, b in gone)

    found = [joined.get(m.start, (m, s)) for m, s in found if not inside(m)]
    ms = [joined[m.start][0] if m.start in joined else m for m in ms if not inside(m)]
    return found, ms


# "(denoted Li4(BH4)3I@SBA-15)", "(hereafter MgH2–Ni@C)": the author's name for the sample just described
# (or with the noun of a sample before the name: "MgH2–10 wt% (50Ce50Ni) (composite C5N5)")
_DENOTED = re.compile(r"\(\s*(?:here(?:in)?after\s+)?(?:(?:denoted|designated|labell?ed|named|referred\s+to|abbreviated|"
                      rf"called)\s+(?:as\s+)?|{SAMPLE_NOUNS}\s+(?=[A-Z0-9]))?"
                      r"(?P<name>(?:[^\s,;()]|\([^\s()]*\))+)\s*\)", re.I)


_DENOTED_WORD = re.compile(r"\(\s*(?:here(?:in)?after|denoted|designated|labell?ed|named|referred|abbreviated|called)\b", re.I)


_YIELDING = re.compile(r",\s*(?:yielding|giving|to\s+give|to\s+obtain|resulting\s+in)\s+(?:the\s+)?"
                       r"(?P<name>(?:[^\s,;()]|\([^\s()]*\))+@(?:[^\s,;()]|\([^\s()]*\))+)", re.I)


def denoted(text: str, out: list[tuple[Mention, MaterialSystem]]) -> list[tuple[Mention, MaterialSystem]]:
    """A sample the text names in brackets ("… infiltrated into SBA-15 (denoted Li4(BH4)3I@SBA-15)") is
    that named system, scaffold and all: the name replaces the sample composed before it, and the
    name itself is no further mention."""
    found = [d for d in _DENOTED.finditer(text) if _DENOTED_WORD.match(d.group(0))] if "(" in text else []
    # ", yielding Li3(BH4)(NH2)2@CMK-3": a preparation that ends by naming its sample, scaffold and all
    # (more parts than the sample composed before it: a product of a reaction would have fewer)
    found += list(_YIELDING.finditer(text))
    for d in sorted(found, key=lambda x: x.start()):
        named = system_of(d.group("name").rstrip("."))
        if named is None or not has_hydrogen(named):
            continue
        before = [k for k, (m, s) in enumerate(out) if m.end <= d.start() and has_hydrogen(s)]
        if d.re is _YIELDING:
            # the sample prepared is the one that has most of the named parts (not a reagent milled into it)
            parts = {c.formula for c in named.components}
            before = [k for k in before if {c.formula for c in out[k][1].components} <= parts]
            before = sorted(before, key=lambda k: (len(out[k][1].components), -k))[-1:]
        if not before:
            continue
        k = before[-1]
        m, s = out[k]
        # (a part the name writes short, 'G', is no component the ontology reads: the parse lists it apart)
        if host_formula(s) != host_formula(named) or len(named.components) + len(named.unresolved) < len(s.components) \
                or d.re is _YIELDING and "@" not in d.group("name"):
            continue
        if _short_names_of(named, s) or _element_for_additive(named, s):
            # "grown on graphene (denoted MgH2@G)": the name shortens the parts the sentence wrote out, which
            # the sample keeps as written (the name is taken up as the sample's alias: ingest/extraction/prose/prose.py)
            out = [x for x in out if not d.start() <= x[0].start < d.end()]
            continue
        if s.architecture == "confined" and named.architecture is None \
                and len(s.components) == len(named.components):
            # "embedded in a carbon matrix (denoted MgH2–C)": the sentence says where the hydride sits,
            # the name only what the sample holds
            named = named.model_copy(update={"architecture": s.architecture})
        out = [(m, named) if j == k else x for j, x in enumerate(out) if not d.start() <= x[0].start < d.end()]
    return out


def _composition_of(formula: str) -> dict | None:
    try:
        return parse_formula(formula).composition
    except (FormulaError, ValueError, KeyError):
        return None


def _element_for_additive(named: MaterialSystem, sample: MaterialSystem) -> bool:
    """``named`` is ``sample`` with an additive written as one element of it: "milled with 5 wt% NbF5 (denoted
    MgH2-Nb)" names the NbF5-doped sample by its metal, no sample with Nb metal. Same host, as many additives,
    and each additive of the name that the sample lacks is one element of a compound additive the name leaves out."""
    if host_formula(named) != host_formula(sample) or len(named.additives) != len(sample.additives) or named.unresolved:
        return False
    own, said = {a.formula for a in sample.additives}, {b.formula for b in named.additives}
    short = [b.formula for b in named.additives if b.formula not in own]
    left = [_composition_of(a.formula) or {} for a in sample.additives if a.formula not in said]
    if not short or len(short) != len(left):
        return False
    for formula, compound in zip(short, left):
        element = _composition_of(formula) or {}
        if len(element) != 1 or len(compound) < 2 or next(iter(element)) not in compound:
            return False
    return True


def _short_names_of(named: MaterialSystem, sample: MaterialSystem) -> bool:
    """``named`` is ``sample`` with one part or more written short: each additive the ontology does not know
    and that is no formula ('G') spells, in order from its first letter, an additive of ``sample`` the name
    leaves out ('graphene'); the others are the sample's own."""
    # (a short name the ontology cannot read is no component of ``named``: it is among its ``unresolved``)
    if len(named.additives) + len(named.unresolved) != len(sample.additives) or host_formula(named) != host_formula(sample):
        return False
    own = {a.formula for a in sample.additives}
    left = [a.formula for a in sample.additives if a.formula not in {b.formula for b in named.additives}]
    short = [a for a in named.additives if a.formula not in own]
    if any(a.term is not None or _composition_of(a.formula) is not None for a in short):
        return False
    names = [a.formula for a in short] + named.unresolved
    if not names or len(names) != len(left):
        return False
    return all(len(n) < len(full) and _letters_in_order(n.lower(), full.lower()) for n, full in zip(names, left))
