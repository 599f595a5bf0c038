"""The materials a sentence names and what each is to a claim: its mentions as the pipeline recognises them, which are
hosts (hydrogen bound to a metal: 'MgH2', not '[BH4]' nor 'B–H'), which hosts are one ('Mg' and 'MgH2'), which
additives are worth crediting ('Ni', not the 'Mg' of MgH2), a product ('forming MgF2'), a catalyst on its support
('Ni/C', 'carbon-supported Ni'), the sample's additive a sentence means by an element ('the multivalent Nb
species'), an alloy a bare metal belongs to, a support that confines ('SBA-15', 'CMK-3'). Apart because every other
part asks these of a material and none of them reads the paragraph.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ingest.extraction.samples.cells import cell_layers, electrode_layers, electrodes_only
from ingest.extraction.samples.class_samples import SUPPORT_CLASSES, is_support
from ingest.extraction.samples.samples import hydride_like
from ingest.extraction.samples.title_sample import on_prefixed_support
from ingest.extraction.text.amounts import AMOUNT_OF
from ingest.extraction.text.mechanisms_words import (
    ACRONYM,
    CARBON,
    CATALYST_ROLE,
    FORM_AFTER,
    NAMED_NEXT,
    NANOCONFINEMENT,
    NON_METALS,
    SUPPORT_SIGN,
    WORD_END,
)
from ingest.extraction.text.nlp import SYSTEM_LABEL, material_system, mentions, system_of
from ingest.extraction.values.reactions import in_products, intermediate_at
from ontology.elements import formula_symbols as _elements, written_with_hydrogen
from ontology.models import Component
from ontology.strategy_rules import on_support, transition_metal_only
from ontology.system import (
    DOPANTS_DOPED,
    SystemParseError,
    architecture_name,
    host_formula,
    parse_system,
)
from ontology.text_memo import per_document
from ontology.vocabulary import fold, vocabulary
from ontology.word_gate import gated

_HYDROGEN_END = re.compile(r"H\d*(?:\.\d+)?x?$")


@per_document(maxsize=4096)   # (asked ~10 times per formula pair: for every host of every sentence read back)
def same_host(a: str | None, b: str | None) -> bool:
    """Mg and MgH2, Mg2Ni and Mg2NiH4 are one host."""
    if not a or not b:
        return False
    return a == b or _HYDROGEN_END.sub("", a) == _HYDROGEN_END.sub("", b)


@per_document(maxsize=4096)   # (asked of every mention of every sentence; the same few formulas come back)
def is_host(formula: str) -> bool:
    """A hydride that stores: hydrogen bound to a metal, not an ion or a bond ('[BH4]', 'BH4',
    'B–H'), and not a transition-metal hydride (TiH2, NbHx and VH0.81 are catalytic phases formed
    in situ, not hosts)."""
    if formula.startswith(("[", "(")) or not written_with_hydrogen(formula):
        return False
    metals = _elements(formula) - NON_METALS
    if not metals:
        # (a metal-free hydride the ontology knows as a hydride, ammonia borane NH3BH3, stores as a metal's does; a
        # gas it releases, NH3 or B2H6, is no hydride there)
        term = vocabulary().lookup(formula, "Material")
        return term is not None and term.formula == formula and vocabulary().is_a(term.id, _HYDRIDE_CLASS) \
            and not term.usual_role
    # hydride_like: a hydroxide (KOH) holds no stored hydrogen
    return hydride_like(formula) and not transition_metal_only(formula)


_HYDRIDE_CLASS = "Hydride"     # Material: the ontology's hydrides


def usually_additive(formula: str) -> bool:
    """A hydride the ontology knows as a catalyst or a destabilising partner (KH, LiH, CaH2)."""
    return _usual_roles_by_formula().get(formula, False)


@lru_cache(maxsize=1)
def _usual_roles_by_formula() -> dict[str, bool]:
    """formula → has the first Material term of that formula a usual role? (One table: a scan of every material
    term for each formula a paper names cost more than the claims' look-ups.)"""
    out: dict[str, bool] = {}
    for term in vocabulary().terms("Material"):
        if term.formula is not None:
            out.setdefault(term.formula, bool(term.usual_role))
    return out


@per_document(maxsize=4096)
def usually_catalyst(formula: str) -> bool:
    """A material the ontology knows as a catalyst whatever its amount (KH, TiH2: ``hkg:usualRole``)."""
    term = vocabulary().lookup(formula, "Material")
    return term is not None and term.usual_role == CATALYST_ROLE


def preferred(hosts: list[str]) -> str:
    """The first host that is not usually an additive, else the first — unless a hydride named with it is the host
    of their composite ('MgH2 destabilizes LiBH4 by forming MgB2': in a reactive hydride composite the borohydride is
    the host whatever the order, ``parse_system``'s reading of the two joined)."""
    first = next((h for h in hosts if not usually_additive(h)), hosts[0])
    return next((h for h in hosts if h != first and _composite_host(first, h) == h), first)


@per_document(maxsize=512)
def _composite_host(first: str, second: str) -> str | None:
    """The host of the composite of two hydrides written in this order (None where the two make no system)."""
    try:
        system = parse_system(f"{first}–{second}")
    except SystemParseError:
        return None
    return system.host.formula if system.host is not None else None


_HYDROXIDE = re.compile(r"[A-Z]O?H")


_SYMBOL_ONLY = re.compile(r"[A-Z][a-z]?")


_NUMBER_ONLY = re.compile(r"[\d.]+")


# elements joined by hyphens before 'species' name what an intermediate holds, no formula of one material
_ELEMENT_CHAIN = re.compile(r"(?:[A-Z][a-z]?-){2,}[A-Z][a-z]?")


_SPECIES_AFTER = re.compile(r"\s+(?:species|intermediates?)\b")


_SET_EQUAL = re.compile(r"\s*[=≈≤≥<>]\s*[-−]?\d")     # a letter set to a number is a variable


def _mentions(text: str) -> list[tuple[int, str, object]]:
    """(start, formula or name, MaterialSystem or None) of the materials a clean sentence names, as
    the pipeline recognises them (``ingest.extraction.text.nlp.mentions``): formulas and systems with their parse,
    the ontology's material names ('graphene', 'activated carbon') by their formula or label."""
    vocab = vocabulary()
    out = []
    ms = mentions(text)
    if "/" in text or "|" in text:
        ms = cell_layers(text, ms)    # a cell's electrodes are no sample a claim could be about
    ms = electrode_layers(text, ms)
    for i, m in enumerate(ms):
        if m.kind not in (SYSTEM_LABEL, "Material"):
            continue
        term = vocab.get(m.term) if m.kind == "Material" and m.term in vocab else None
        if term is not None and vocab.children(term.id) and support_kind(term.id) and any(
                n.term in vocab and vocab.is_a(n.term, term.id) and NAMED_NEXT.fullmatch(text, m.end, n.start)
                for n in ms[i + 1:i + 2]):
            continue          # 'a mesoporous silica scaffold (SBA-15, …)': the kind the text names next is the material
        if term is not None and vocab.children(term.id) and not support_kind(term.id):
            # a class ('hydride', 'metal') names no material, unless its words name one of its own
            # members before a generic noun ('carbon materials' acting: carbon)
            member = _class_member(m.text, term.id)
            if member is not None:
                out.append((m.start, member, None))
            continue
        if term is not None and _is_name(m.text, term):
            # (a name, not a formula; 'silica aerogel', a support under its architecture, as written)
            # (a host hydride named in words, 'magnesium hydride', is its formula's sample as written by formula: a
            # system, so that it hosts what the sentence adds to it)
            named = term.formula and architecture_name(m.text) or term.formula or term.label
            out.append((m.start, named, system_of(named) if named == term.formula and is_host(named) else None))
            continue
        word, at = m.text, m.start
        if word.startswith("(") and word.endswith(")") and word.count("(") == 1:
            word, at = word[1:-1], at + 1                 # '(LiAlH4@C)': the system in brackets
        prefix = _PREFIX.match(word)
        if prefix:                                        # 'nano-MgH2', 'bulk-LiBH4': a word describing it
            word, at = word[prefix.end():], at + prefix.end()
        if ACRONYM.fullmatch(word) and not _HYDROXIDE.fullmatch(word) \
                and vocab.lookup(word, "Material") is None and not _AMOUNT_BEFORE.search(text, max(0, at - 30), at):
            # 'UV', 'DFT', 'SEs': an acronym the ontology does not name (a formula given an amount, '10 wt% VN', is
            # a material whatever its capitals)
            continue
        if _SYMBOL_ONLY.fullmatch(word) and _UNIT_AFTER_NUMBER.search(text, 0, at):
            continue                                      # 'S cm−1', '118 degrees C': a unit, not a material
        if _ELEMENT_CHAIN.fullmatch(word) and _SPECIES_AFTER.match(text, m.end):
            continue                                      # 'the Li-B-N-H species': the elements of some intermediate
        if _SYMBOL_ONLY.fullmatch(word) and _SET_EQUAL.match(text, m.end):
            continue                                      # 'at T = 70 °C', 'x = 0.2': a variable given a value
        system = material_system(m) if word == m.text else system_of(word)
        # (the parts the ontology cannot read too, which are no components)
        if system is None or any(_NUMBER_ONLY.fullmatch(f) or f.endswith("-based") for f in system.part_formulas):
            continue      # a number is no material ('MgH2–10' of a split composition), 'Li/Mg-based' names a class
        if system.host.term and vocab.children(system.host.term):
            continue                                      # 'TM–H' names a class: no material
        if word == m.text and electrodes_only(text, m.start, m.end, system):
            continue                                      # 'a TiS2/Li cell': the device, not a sample
        if system.additives and all(c.text == word for c in system.components) and transition_metal_only(word):
            # 'Ti0.4Cr0.15Mn0.15V0.3', 'Ti0.5V0.5': an alloy of transition metals written with fractions is one
            # catalyst, not its middle metal doped with the others (no hydride host is in it)
            out.append((at, word, None))
            continue
        # (not a sample written with its catalyst, 'Mg–(Cu–ZrO2)@C': a dash outside the brackets before the '@')
        if "@" in word and system.additives and not is_host(system.host.formula) \
                and not re.search(r"[–-]", re.sub(r"\([^()]*\)", "", word.split("@")[0])) \
                and on_support(Component(formula=word)):
            # 'Ni@C' written whole: one catalyst in its shell, the additive as the text names it, not its metal
            # alone — 'the catalyst' after it means the whole ('Ni/C' reads as its parts, which a sentence credits
            # apart: 'Ni and CoNi nanoparticles were supported on …')
            out.append((at, word, None))
            continue
        if system.additives and not written_with_hydrogen(word) and _PHASE_AFTER.match(text, m.end):
            # ('an Al–Ce intermetallic phase', 'an Al–Ti phase'): a composition of metals named as a phase of the sample
            # is one material, no host with its additives ('the LiBH4–LiNH2 phase', written with its hydrogen, is the
            # sample itself)
            out.append((at, word, None))
            continue
        out.append((at, system.host.formula, system))
    return out


@per_document(maxsize=1024)
def _class_member(text: str, class_id: str) -> str | None:
    """The formula of the material a class mention's leading words name, when it is a member of that
    class with no members of its own ('carbon materials' → C); else None ('transition metals')."""
    vocab = vocabulary()
    words = text.split()
    if len(words) < 2:
        return None
    term = vocab.lookup(" ".join(words[:-1]), "Material")
    if term is None or term.id == class_id or vocab.children(term.id) or not vocab.is_a(term.id, class_id):
        return None
    return term.formula or None


# a material's name, not its formula: lower-case words ('activated carbon', 'SBA-15' folds to 'sba-15')
_NAME = re.compile(r"[a-z][a-z -]*[a-z]|[a-z]+-\d+")


def _is_name(text: str, term) -> bool:
    """A material's name ('graphene', 'SBA-15'), not its formula ('KH' is the formula of KH)."""
    key = fold(text)
    return len(key) >= 3 and bool(_NAME.fullmatch(key)) and key != fold(term.formula or "")


_PREFIX = re.compile(r"[a-z]{3,}-(?=[A-Z])")


_UNIT_AFTER_NUMBER = re.compile(r"(?:\d|\bdegrees?|°)\s*$")


_AMOUNT_BEFORE = re.compile(rf"{AMOUNT_OF}$", re.I)


# 'the formation of partially substituted LiBH3F', 'reacts … to form K2Mg(NH2)4': a product, not the host
# ((?=[…]): the first letters of the alternatives, which lets a search pass other positions at once)
_PRODUCT = gated(re.compile(r"(?=[ftpygdrc])(?:\b(?:formation of|to form|forming|forms|formed|produc\w*|yield\w*|"
                            r"generat\w*|"
                      r"to\s+give|decompos\w* (?:in)?to|(?:transform|convert|reduc)\w* (?:in)?to|"
                      r"(?:turn|chang)\w* into)\s+(?:the |a |an )?"
                      r"(?:(?!(?:in|of|on|with|by|for|at|from|into|during)\s)[\w-]+\s+){0,2})"
                      r"(?:nano-)?$", re.I))      # ('converts into highly dispersed nano-TiB2')


# 'the Al and LiH products', 'the MgB2 product': materials named as what a reaction gave
_PRODUCTS_AFTER = gated(re.compile(r"(?:\s*,?\s+(?:and|or)\s+\S+)?\s+"
                                   r"(?:(?:reaction|decomposition|conversion|final)\s+)?"
                             r"(?:by-?)?products?\b", re.I))


@per_document(maxsize=256)   # (a mention is asked about again for each host a later sentence looks for)
def formed(text: str, pos: int) -> bool:
    """The material mentioned at ``pos`` is a product the sentence names, not a host or an additive."""
    # ('LiAlH4 + 3Li+ + 3e− → Al + 4LiH': the right side of a reaction equation, ``reactions.in_products``)
    # ('Al and LiH form upon lithiation': the verb of forming after them, in the present)
    after = WORD_END.match(text, pos).end()
    # ('i) … → 3LiF + Al + Ti, ii) 3Al + Ti → Al3Ti': a reactant an earlier step of the sentence gave, an intermediate)
    return bool(_PRODUCT.search(text[max(0, pos - 60):pos])) or in_products(text, pos) or \
        bool(_PRODUCTS_AFTER.match(text, after)) or bool(FORM_AFTER.match(text, after)) or intermediate_at(text, pos)


def modified(system) -> bool:
    """A system with additives worth naming ('MgH2–TiVNbZrFe'), not a bond written like one ('Mg–H')."""
    return system is not None and bool(system.additives) and \
        all(_credited(a.formula, host_of_system(system)) for a in system.additives)


_HOST_FORMULA: dict[tuple, str] = {}


def host_of_system(system) -> str:
    """``host_formula`` of a parsed system, remembered (parses are cached by word, hosts repeat)."""
    key = (system.text, system.host.formula)
    found = _HOST_FORMULA.get(key)
    if found is None:
        if len(_HOST_FORMULA) > 65536:
            _HOST_FORMULA.clear()
        found = _HOST_FORMULA[key] = host_formula(system)
    return found


def host_formulas(mentions) -> list[str]:
    """The hosts among mentions, a metal named as its hydride (Mg → MgH2) unless that hydride is
    usually an additive ('Li cells', 'Li metal': no LiH)."""
    hosts = [h for _, _, s in mentions if s is not None and is_host(h := host_of_system(s))
             and not (_BARE_ELEMENT.fullmatch(s.text) and usually_additive(h))]
    # ("the charge Na donates to AlH4" of NaAlH4: the anion of a host named beside it is no host of its own)
    return [h for h in hosts if not any(h != o and h in o for o in hosts)] if len(hosts) > 1 else hosts


_BARE_ELEMENT = re.compile(r"[A-Z][a-z]?")


def _hosts(text: str) -> list[str]:
    """Host hydrides a clean sentence names."""
    return host_formulas(_mentions(text))


def phase_of(hydride: str, host: str | None, added: list[str]) -> bool:
    """``hydride`` is an intermetallic phase ``host`` forms with a metal the text adds to it (Mg2NiH4
    or Mg2Ni(Cu)H4 of MgH2 milled with Ni, CuNi or NiCp2), not a host of its own: it holds the host's
    metals and more, no other non-metal, and every extra metal comes from a material named as added."""
    if not host or not hydride or same_host(hydride, host):
        return False
    metals, base = _metals(hydride), _metals(host)
    if not base or not base < metals or _elements(hydride) - metals - (_elements(host) - base):
        return False
    extra = metals - base
    given = set().union(*(_elements(a) for a in added if not same_host(a, hydride) and a != hydride), set())
    return extra <= given


@per_document(maxsize=4096)
def _metals(formula: str) -> frozenset[str]:
    return _elements(formula) - NON_METALS


def bare_element(formula: str) -> bool:
    """Is ``formula`` one element's symbol alone ('Ni', not 'NiO' nor 'Ni2')?"""
    return _elements(formula) == {formula}


_GROUP_ON_SUPPORT = re.compile(r"\([^()]+[–\-+][^()]+\)[@/]")     # '(Ni–TiO2)@rGO': catalysts on a support


@per_document(maxsize=4096)   # (pure on its two formulas, asked for each mention of each sentence read back)
def _credited(formula: str, host: str | None) -> bool:
    """An additive worth naming: not a part of the host ('Mg' in MgH2, 'B' in LiBH4, 'H'), not an
    ion or a bond ('[BH4]', 'B–H'), not the host itself. A bracketed group of catalysts on its support,
    '(Ni–TiO2)@rGO', is one catalyst, no ion."""
    if not formula or formula.startswith(("[", "(")) and not _GROUP_ON_SUPPORT.match(formula) \
            or re.fullmatch(r"[A-Z][a-z]?-[A-Z][a-z]?", formula):
        return False
    if host and same_host(formula, host):
        return False
    if host and "H" in formula and formula != host and formula in host:
        return False    # 'AlH4' of NaAlH4, 'BH4' of LiBH4: the host's anion, no additive
    if _reagent(formula):      # 'ammonia synthesis', 'from NiCp2': consumed or made, never the additive
        return False
    els = _elements(formula)
    if els and els <= {"H", "D"}:
        return False
    # 'BH4', 'NH2', 'CB11H12': an ion or a group, not an additive — but a molecular hydride of non-metals the ontology
    # knows as a hydride, NH3BH3 ('the incorporation of ammonia borane into LiBH4 expands …'), is a compound added
    if "H" in els and els <= NON_METALS and not _molecular_hydride(formula):
        return False
    # a lone non-metal ('Cl' of Cl⁻, 'I', 'B', 'N') is an ion or an atom the text speaks of, not an
    # additive; carbon and silicon are added as such
    if len(els) == 1 and formula == next(iter(els)) and (els <= NON_METALS - {"C", "Si"} or els == {"Li"}):
        return False
    # an element of the host ('Mg' in MgH2, 'Li' in LiBH4) is a part of it, not an additive; a
    # compound of the same elements may be one (LiCB11H12 in LiCB9H10, LiH in LiBH4)
    return not (len(els) == 1 and els <= _elements(host))


_REAGENT = "Reagent"     # Material class: a chemical consumed to make a hydride or additive


_HYDRIDE = "Hydride"     # Material class: the hydrides, molecular ones (NH3BH3) among them


@per_document(maxsize=4096)
def _molecular_hydride(formula: str) -> bool:
    """A hydride of the ontology (NH3BH3), not an ion or a group the text names ('BH4', 'B12H12')."""
    vocab = vocabulary()
    term = vocab.lookup(formula, "Material")
    return term is not None and _HYDRIDE in vocab and vocab.is_a(term.id, _HYDRIDE)


@per_document(maxsize=4096)
def _reagent(formula: str) -> bool:
    """A reagent of the ontology (NH3, NiCp2, diborane): what a sample is made from or gives off."""
    vocab = vocabulary()
    term = vocab.lookup(formula, "Material")
    return term is not None and _REAGENT in vocab and vocab.is_a(term.id, _REAGENT)


# ('an Al–Ce intermetallic phase is generated during milling'): a composition named as a phase of the sample
_PHASE_AFTER = re.compile(rf"\s+{vocabulary().scheme_alternation('PhaseNoun')}\b", re.I)


def one_compound_of(owned: list[tuple[int, str]], sample: list[str]) -> str | None:
    """The one additive of the sample whose elements are the two or more bare elements ``owned`` names ('Ni and Mo'
    of NiMoO4), else None."""
    els = [f for _, f in owned]
    if len(set(els)) < 2 or not all(map(bare_element, els)):
        return None
    found = [a for a in sample if a not in els and set(els) <= _elements(a)]
    return found[0] if len(found) == 1 else None


def composite_holding(owned: list[tuple[int, str]], others: list[tuple[int, str]], text: str,
                       written: list[str]) -> str | None:
    """The one additive of ``written`` (a composite, 'NiCo/rGO') whose parts are the material ``owned`` names and the
    ones listed right after it by 'and' ('NiCo NPs and rGO': a form noun may follow each), else None."""
    named = [f for _, f in owned]
    for pos, f in others:
        if pos > owned[-1][0] and _AND_NEXT.fullmatch(text, owned[-1][0], pos):
            named.append(f)
            owned = [*owned, (pos, f)]
    if len(set(named)) < 2:
        return None
    found = set()
    for name in dict.fromkeys(written):
        try:
            system = parse_system(name)
        except SystemParseError:
            continue
        if system.host is not None and system.additives \
                and {system.host.formula, *(a.formula for a in system.additives)} == set(named):
            found.add(name)
    return found.pop() if len(found) == 1 else None


# a material, at most one word on it (a form noun: 'NPs', 'particles') and 'and' or a comma up to the next one
_AND_NEXT = re.compile(r"\S+(?:\s+[A-Za-z]+)?(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+)")


def sample_additive(additive: str, sample: list[str], host: str | None = None, in_situ: bool = False) -> str:
    """The sample's additive a sentence means by one of its elements ('multivalent Nb species' in a
    paragraph about MgH2 + Nb2O5, 'Ti' for TiCl3) or by a word the sample's additive contains (not a
    phase of the element with the host's metal: the Pd of a Mg/Pd film is not its Mg6Pd).
    ``in_situ``: the sentence says what it credits formed in situ ('the newly formed Fe'): the element is
    that phase, which ``_added`` credits to the additive it came from and keeps."""
    if not sample or additive in sample or any(_support_of(additive, a) for a in sample):
        return additive
    els = _elements(additive)
    # (carbon named as such is a support of its own, not the element of a carbide: 'nanoconfinement of carbon
    # structures' in a paragraph about MgH2 with TiC is the carbon's)
    if bare_element(additive) and not in_situ and not is_support(additive):
        own = _metals(host or "") - els
        for a in sample:
            if els <= _elements(a) and not own & _metals(a):
                return a
    vocab = vocabulary()
    named = vocab.lookup(additive, "Material")
    if named is not None:                 # 'MXene' for the sample's Ti3C2: a kind the additive is
        for a in sample:
            term = vocab.lookup(a, "Material")
            if term is not None and term.id != named.id and vocab.is_a(term.id, named.id):
                return a
    return _support_meant(additive, sample) or additive


def compound_of_worded(additive: str, sample: list[str], text: str, host: str | None, in_situ: bool) -> str:
    """The sample's compound an element named in words is part of ('vanadium' in a sentence on MgH2 doped with
    V2O5: V2O5), where the sentence writes no symbol of the element itself (one writing 'V' and 'V2O5' may mean
    both); else ``additive``. ``sample``: the paragraph's, else the materials the sentence names."""
    if in_situ or not bare_element(additive) \
            or re.search(rf"(?<![\w-]){re.escape(additive)}(?:0|\(0\)|⁰)?(?![\w-])", text):   # ('metallic Fe0')
        return additive
    compound = sample_additive(additive, [a for a in sample if a != additive], host)
    # (a compound with a nonmetal, the oxide V2O5: an alloy of metals, CoNi, may be meant beside its metal Ni)
    return compound if _elements(compound) - _metals(compound) else additive


def _support_of(part: str, written: str) -> bool:
    """Is ``part`` the support of ``written``, a catalyst written on its support ('C' of 'ZrO2@C', 'NC' of 'CoNi/NC')?
    A sentence naming the support ('carbon materials serve as electron carriers') credits the support, not the
    catalyst it carries (whose metal named alone, 'Co' of 'Co/rGO', is the supported catalyst)."""
    return on_support(Component(formula=written)) and re.split(r"[@/]", written)[-1] == part


def _support_meant(additive: str, sample: list[str]) -> str | None:
    """The sample's one support of the kind the sentence names by the kind's bare formula ('the carbon framework', C,
    in a paragraph whose MgH2 sits in a mesoporous carbon: that porous carbon); else None."""
    vocab = vocabulary()
    term = vocab.by_formula(additive)
    kinds = [k for k in SUPPORTS if k in vocab and term is not None and vocab.is_a(term.id, k)]
    if not kinds:
        return None
    meant = [a for a in sample if a != additive and (t := vocab.lookup(a, "Material")) is not None
             and t.id != term.id and any(vocab.is_a(t.id, k) for k in kinds)]
    return meant[0] if len(meant) == 1 else None


def alloy_named(additive: str, mentions, host: str | None, earlier: list[str] = ()) -> str:
    """The alloy a sentence names that a bare metal credited in it belongs to ('the synergy between
    Pd and Ni' in a sentence about a PdNi alloy, 'Cu' in one about CuNi): the alloy is what was added.
    ``earlier``: the materials the passage added before, latest last — 'The addition of Cu modifies
    Mg2Ni(Cu)H4 …' after a paragraph that introduced the CuNi alloy means that alloy's Cu, when a
    phase the sentence names holds every metal of that alloy."""
    if not re.fullmatch(r"[A-Z][a-z]?", additive) or additive in NON_METALS:
        return additive
    named = [f for _, f, _ in mentions]
    phases = [_metals(f) for _, f, system in mentions] + [_metals(system.text) for _, _, system in mentions
                                                          if system is not None]
    kept = [f for f in reversed(earlier) if any(_metals(f) <= p for p in phases)]
    # (an intermetallic of the additive with the host's own metal, Mg6Pd or Mg2Ni in Mg, is a phase the
    # host forms with it, not the alloy that was added)
    own = _metals(host or "")
    for f in named + kept:
        if f != additive and additive in _elements(f) and _elements(f) == _metals(f) and len(_metals(f)) > 1 \
                and _credited(f, host) and not own & _metals(f):
            return f
    return additive


def alloy_holding(metal: str, earlier: list[str]) -> str | None:
    """The alloy of ``earlier`` (the passage's additives, latest last) that holds ``metal``, a bare metal; else None."""
    if not bare_element(metal):
        return None
    return next((f for f in reversed(earlier) if f != metal and metal in _metals(f) and _elements(f) == _metals(f)
                 and len(_metals(f)) > 1), None)


@per_document(maxsize=1024)
def placed_system(host: str, support: str):
    """host@support when the ontology makes the support a scaffold (a confined sample), else None (a
    halide the ontology does not know, 'Mg(NH2)2@RbF', parses as confined: it is no support of the ontology's)."""
    if not is_support(support):
        return None
    try:
        system = parse_system(f"{host}@{support}")
    except (SystemParseError, ValueError):
        return None
    return system if system.architecture == "confined" else None


SUPPORTS = SUPPORT_CLASSES     # Material classes whose members may confine a hydride


def as_supported(text: str, additive: str) -> str:
    """``additive`` on the support the sentence writes it on ('Ni/C', 'carbon-supported Ni': Ni/C, Ni/carbon), the
    one catalyst whose strategy is the supported catalyst's (README: composite catalysis), else ``additive``."""
    for start, f, system in _mentions(text):
        if f != additive:
            continue
        if system is not None and system.additives and system.host is not None and system.host.formula == additive \
                and SUPPORT_SIGN.search(system.text) and all(is_support(a.formula) for a in system.additives):
            return system.text
        if (on := on_prefixed_support(text, start, additive)) != additive:
            return on
    return additive


def support_kind(tid: str) -> bool:
    """A kind of support below the ontology's support classes, with kinds of its own ('mesoporous silica', of which
    SBA-15 and MCM-41 are two): a material a hydride is confined in, not a class naming none."""
    vocab = vocabulary()
    return tid not in SUPPORTS and any(k in vocab and vocab.is_a(tid, k) for k in SUPPORTS)


def is_confinement(strategy: str) -> bool:
    """Is ``strategy`` nanoconfinement or a narrower one?"""
    vocab = vocabulary()
    return strategy == NANOCONFINEMENT or NANOCONFINEMENT in vocab and strategy in vocab \
        and vocab.is_a(strategy, NANOCONFINEMENT)


def holds(system, sample: list[str]) -> bool:
    """Every additive of ``sample`` is a component of ``system`` or the catalyst of one on its support."""
    return all(any(f == a.formula or supported(f, a.formula) for a in system.additives) for f in sample)


def carbon_as_such(formula: str) -> bool:
    term = vocabulary().lookup(formula, "Material")
    return formula == "C" or term is not None and term.id == CARBON


def carbon_scaffold(system) -> str | None:
    """The formula of the one carbon of ``system`` that the ontology says confines what it holds (hkg:supportStrategy
    Nanoconfinement: 'carbon foam', 'CMK-3'), else None."""
    vocab = vocabulary()
    found = [a.formula for a in system.additives if a.term and a.term != CARBON and a.term in vocab
             and vocab.is_a(a.term, SUPPORTS[0]) and vocab.get(a.term).support_strategy == NANOCONFINEMENT]
    return found[0] if len(found) == 1 else None


def component_named(additive: str, components: list[str]) -> str | None:
    """The one component formula ``additive`` names: itself; else the catalyst on its support it is
    ('Fe' of 'Fe/CNTs', 'NiCoFeCuMg' of 'NiCoFeCuMg@C'; not the 'Ti' of a 'Pd/Ti' stack); else the one component
    of the same ontology material ('porous carbon' for 'ordered mesoporous carbon'); None when none or several."""
    if additive in components:
        return additive
    found = {c for c in components if supported(additive, c)}
    if not found:   # 'the modified TiO2' of 'N, Nb-doped TiO2': the material the sample holds doped
        found = {c for c in components if _doped_form(additive, c)}
    if not found:
        vocab = vocabulary()
        term = vocab.lookup(additive, "Material")
        found = {c for c in components
                 if term is not None and getattr(vocab.lookup(c, "Material"), "id", None) == term.id}
    return next(iter(found)) if len(found) == 1 else None


def named_with_architecture(additive: str, system) -> str | None:
    """The formula of the one component of ``system`` that is ``additive`` named with its architecture, as the
    document names it ('mesoporous SiO2' for a title's 'SiO2'; ingest.extraction.samples.support_names), else None."""
    found = {c.formula for c in system.additives if written_name(additive, c.formula, system) is not None}
    return next(iter(found)) if len(found) == 1 else None


def written_name(additive: str, formula: str, system) -> str | None:
    """The name ``system`` writes its part ``formula`` with when that is ``additive`` after architecture words
    ('mesoporous SiO2' for SiO2), else None."""
    return next((c.text for c in system.additives if c.formula == formula and c.text and c.text != c.formula
                 and c.text.endswith(additive)
                 and _ARCHITECTURE_WORDS.fullmatch(c.text, 0, len(c.text) - len(additive))), None)


_ARCHITECTURE_WORDS = re.compile(r"(?:[a-z][\w-]*\s+){1,3}")   # (before the part's formula: 'mesoporous SiO2')


def _doped_form(additive: str, component: str) -> bool:
    """``component`` is ``additive`` named with the dopants it carries ('N, Nb-doped TiO2' for TiO2)."""
    return component.endswith(additive) \
        and re.fullmatch(rf"{DOPANTS_DOPED}\s+{re.escape(additive)}", component) is not None


_SUPPORTED = re.compile(r"\(?(.+?)\)?\s*[@/]\s*[^@/]+")     # a catalyst and its support ('Ni@C', 'Fe/CNTs')


def supported(additive: str, component: str) -> bool:
    """``component`` is ``additive`` written on its support ('Fe/CNTs' for Fe, not 'Pd/Ti' for Ti)."""
    m = _SUPPORTED.fullmatch(component)
    return m is not None and m.group(1) == additive and on_support(Component(formula=component))
