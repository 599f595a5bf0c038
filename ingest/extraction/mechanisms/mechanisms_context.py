"""What carries over between the sentences of a paragraph and a passage (``Context``, ``Said``): each sentence's
hosts, samples, additives and strategies read once, only when a later mechanism sentence needs them; the sentence's
host (``host_of``: the paragraph's when the sentence names it too, not one it adds to another, 'adding LiH to
Mg(NH2)2'), a sample named back in words ('the doped aluminium hydride'), additives given as alternatives ('doped
with Ti, Zr or Ce'), hosts listed together ('BaH2, CaH2 and MgH2'). Apart because it is the only state kept between
sentences.
"""
from __future__ import annotations

import re

from ingest.extraction.samples.declared_roles import declares_role
from ingest.extraction.samples.material_cues import (
    ADDED_PASSIVE,
    ADDITIVE_CUE_GATE,
    MILLING_CUE,
    formed_after,
    may_cue_additive,
)
from ingest.extraction.samples.samples import hydride_like
from ingest.extraction.text.abbreviations import defined_abbreviations, formula_abbreviations
from ingest.extraction.text.challenges import find_terms
from ingest.extraction.text.copula import BE
from ingest.extraction.text.mechanisms_words import (
    AMOUNT_WITH,
    CARBON,
    DESCRIBED,
    INTO_SCAFFOLD,
    NAMED_BASELINE,
    OF_IN,
    PHASES_FORMED_IN_SITU,
    WORD_END,
)
from ingest.extraction.text.nlp import SYSTEM_LABEL, clean_text, mentions
from ingest.extraction.text.sample_words import (
    BEST,
    BETWEEN_ALTERNATIVES,
    CHOOSING,
    EACH_IN_TURN,
    RANKED,
    TOGETHER,
    UNMODIFIED_BEFORE,
)
from ontology.electrode_roles import system_in_application
from ontology.elements import formula_symbols as _elements, written_with_hydrogen
from ontology.strategy_rules import APPLICATIONS, ROLES, application_of
from ontology.text_memo import per_document
from ontology.vocabulary import fold, vocabulary

from .mechanisms_formed import compared, products, replaced_before
from .mechanisms_materials import (
    _credited,
    _mentions,
    _metals,
    bare_element,
    carbon_as_such,
    carbon_scaffold,
    component_named,
    formed,
    holds,
    host_formulas,
    host_of_system,
    is_host,
    is_support,
    modified,
    named_with_architecture,
    phase_of,
    placed_system,
    preferred,
    same_host,
    support_kind,
    supported,
    usually_additive,
    usually_catalyst,
    written_name,
)

# ------------------------------------------------------------------------------ sentences
# a material joined to the system after it as what modifies it: 'KH-doped', 'TiCl3-catalysed', 'Ni-added'
_DOPED_PREFIX = re.compile(r"(?<![\w(-])([A-Z][a-z]?\d*(?:[A-Z(][\w().]*)?)-(?i:doped|catalys\w*|catalyz\w*|added|"
                           r"modified|containing|decorated)\s+$")


# the host made from what follows: 'Mg(NH2)2 was first synthesized by ball milling', 'preparing LiNH2 from'
_MADE_FROM = (rf"(?:{BE}\s+(?:first\s+|initially\s+)?(?:synthesi[sz]ed|prepared|obtained|produced|made)|"
              r"(?:synthesi[sz]|prepar|produc)\w*)\s+(?:first\s+)?(?:by|from|via)\s+"
              r"(?:(?!with\s|and\s|or\s)[a-z][\w-]*\s+){0,3}$")


# (a reducing agent or solution named by what it holds: 'a reducing solution of potassium', 'the reducing agent of
# metallic Na')
_REDUCTANT_BEFORE = re.compile(r"\breduc(?:ing|tive)\s+(?:solutions?|agents?|media|medium)\s+(?:of|containing)\s+"
                               r"(?:the\s+)?(?:[a-z][\w-]*\s+)?$", re.I)


def _precursor(text: str, pos: int, host: str | None) -> bool:
    """The material at ``pos`` is what the sentence makes the host from ('… making Mg(NH2)2 by ball
    milling MgH2 in NH3 gas'), not an additive of its sample."""
    if not host:
        return False
    head = text[max(0, pos - 120):pos]
    # ('… prepared by chemical reduction of magnesocene using a reducing solution of potassium'): the reductant that
    # makes the host is consumed by the synthesis, no part of the sample
    return bool(_REDUCTANT_BEFORE.search(head) or re.search(rf"{re.escape(host)}\s+{_MADE_FROM}", head)
                or re.search(rf"(?:synthesi[sz]|prepar|produc)\w*\s+(?:the\s+)?{re.escape(host)}\s+"
                             rf"(?:by|from|via)\s+(?:(?!with\s|and\s|or\s)[a-z][\w-]*\s+){{0,3}}$", head))


def _put_in(text: str, end: int) -> bool:
    """The material ending at ``end`` is what the sentence puts in ('… was added to MgH2'). (Not '… as a
    catalyst', which may follow the material it is put in: 'added to MgH2 as a catalyst'.) A form noun may stand
    between ('Mg2Ni nanoparticles were loaded into MgH2')."""
    word = _FORM_WORD.match(text, end)
    return bool(ADDED_PASSIVE.match(text, end) or word and ADDED_PASSIVE.match(text, word.end()))


_FORM_WORD = re.compile(r"\s+[a-z][\w-]*")


# 'a NaTiOxH catalyst', 'the Mg2NiH4 co-catalyst': a material its sentence names as a catalyst is none of its hosts
# (not 'MgH2 as a catalyst …', where the noun is said of what was put in)
_CATALYST_NOUN = re.compile(r"\s+(?!as\b)(?:[a-z][\w-]*\s+)?(?:co-?)?catalysts?\b", re.I)


class Said:
    """What one sentence names, read once and only when a later mechanism sentence needs it."""

    def __init__(self, sent):
        self.sent = sent
        self._mentions = None
        self._text = None
        self._hosts = None
        self._cued = None
        self._strategies = None
        self._added: list[str] | None = None
        self._given: list[str] | None = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = clean_text(self.sent.text, getattr(self.sent, "start", 0) or 0).text
        return self._text

    @property
    def mentions(self) -> list[tuple[int, str, object]]:
        if self._mentions is None:
            self._mentions = _mentions(self.text)
        return self._mentions

    def may_name_two(self) -> bool:
        """Might the sentence name two materials or more? Its materials where they were read, else the
        pipeline's material mentions, each of which gives one at most (``_mentions``), unless the sentence
        may write a cell as its layers ('Li|LiBH4|Li', split by ``cell_layers``): an upper bound, not a reading."""
        if self._mentions is not None:
            return len(self._mentions) >= 2
        text = self.text
        return "/" in text or "|" in text or sum(m.kind in (SYSTEM_LABEL, "Material") for m in mentions(text)) >= 2

    def hosts(self) -> list[str]:
        """Hosts the sentence names, not the products it forms ('the formation of Mg2Ni(Cu)H4')."""
        if self._hosts is None:
            text = self.text
            # (only a host is read back for the clause it stands in: every sentence's hosts are asked
            # for, and most of its mentions are no host)
            hosts = [m for m in self.mentions
                     if m[2] is not None and is_host(host_of_system(m[2]))
                     and not formed(text, m[0])
                     and not compared(text, m[0]) and not replaced_before(text, m[0])]
            # (nor the metals another host is made from: 'Mg2FeH6 was synthesized by reactive milling of 2Mg + Fe'; a
            # hydride it is made from, 'LiMn(BH4)3 made by milling LiBH4 and MnCl2 together', is a host of its own)
            hosts = [m for m in hosts if written_with_hydrogen(m[2].text) or not any(
                o is not m and o[0] < m[0] and _precursor(text, m[0], o[2].text) for o in hosts)]
            # (nor a sample named back in words, 'the doped aluminium hydride': the host named before, which the
            # passage's host stands for — see ``_named_back``)
            hosts = [m for m in hosts if not sample_named_back(text, m[0])]
            # (nor one it names as a catalyst, nor an alloy it puts into another host, 'Mg2Ni was added to MgH2 as a
            # catalyst': the additive;
            # a hydride put into one, 'LiBH4 was added to MgH2', stays the host of their composite)
            if len(hosts) > 1:
                # ('Al was chosen to destabilize MgH2', 'CeH2 was used as a catalyst for LiBH4': one the text declares
                # a role for is the additive)
                hosts = [m for m in hosts if not _CATALYST_NOUN.match(text, m[0] + len(m[2].text))
                         and (written_with_hydrogen(m[2].text) or not _put_in(text, m[0] + len(m[2].text)))
                         and not declares_role(text, m[0], m[0] + len(m[2].text))] or hosts
            self._hosts = host_formulas(hosts)
        return self._hosts

    def classes(self) -> list[str]:
        """The classes of additives the sentence names by their class noun alone ('high-entropy alloys',
        'MXenes'): a kind of material the ontology gives members, written as one of its labels."""
        vocab = vocabulary()
        # (the class noun as the ontology labels it, with no formula: 'the LiBH4–LiI solid solution' names its material)
        return [t for m in mentions(self.text) if m.kind == "Material" and (t := m.term) is not None and t in vocab
                and vocab.children(t) and not support_kind(t) and not any(c.isdigit() for c in m.text)
                and fold(m.text) in {fold(label) for label in vocab.get(t).labels}]

    def added(self) -> list[str]:
        """Every material the sentence names, with the additives of the systems it writes whole."""
        if self._added is None:
            self._added = [f for _, f, s in self.mentions for f in     # (as written too: 'NiCp2' of nickelocene)
                           [f, *([s.text, *(a.formula for a in s.additives)] if s is not None else [])]]
        return self._added

    def given(self) -> list[str]:
        """The materials the sentence adds to a sample: cued, or written as additives of a system (read once: a
        paragraph's are gathered for each claim of each later sentence, ``_Context.given``)."""
        if self._given is None:
            self._given = [*self.cued(),
                           *(a.formula for _, _, s in self.mentions if s is not None for a in s.additives)]
        return self._given

    def cued(self) -> list[str]:
        """Materials the sentence adds to an unnamed sample ('Adding 3 mol% KH lowers …')."""
        if self._cued is None and not may_cue_additive(self.text):
            self._cued = []     # (no cue word in the sentence: no material of it stands after one)
        if self._cued is None:
            text = self.text
            # 'introducing a reactive Al3Ti alloy': an adjective may stand between the cue and the material
            # ('… detected after ball milling with MgH2': a hydride a milling is said with is the host it went into)
            self._cued = [f for pos, f, _ in self.mentions
                          if (ADDITIVE_CUE_GATE.search(text[max(0, pos - 40):pos])
                              or ADDITIVE_CUE_GATE.search(DESCRIBED.sub("", text[max(0, pos - 50):pos])))
                          and not (hydride_like(f) and MILLING_CUE.search(text[max(0, pos - 40):pos]))
                          or AMOUNT_WITH.search(text[max(0, pos - 40):pos])]
        return self._cued

    def system(self, host: str):
        """The modified system of ``host`` this sentence names whole ('LiAlH4@C', 'MgH2–TiVNbZrFe')
        or as host plus additives ('MgH2 was milled with 5 wt% Nb2O5'): (additive formulas, system)."""
        cued = [f for f in self.cued() if _credited(f, host)]
        text = self.text
        for pos, _, s in self.mentions:
            if modified(s) and same_host(host_of_system(s), host) \
                   and not NAMED_BASELINE.search(text, max(0, pos - 40), pos):  # 'additive-free …' is the reference
                # 'Doping LiNH2–LiH with 3 mol% TiCl3': the system written whole and what is added to it
                # ('Li4(BH4)3I confined in the mesopores of SBA-15': the scaffold it is placed in too)
                placed = [f for p, f, _ in self.mentions if p > pos and _credited(f, host)
                          and INTO_SCAFFOLD.search(text, pos, p)]
                # ('the KH-doped Mg(NH2)2–2LiH': what the system is said to be doped with, before it)
                # (a word the mentions leave out, being joined to its participle)
                prefixed = [m.group(1) for m in [_DOPED_PREFIX.search(text, max(0, pos - 40), pos)]
                            if m and _credited(m.group(1), host)]
                extra = [f for f in dict.fromkeys(cued + placed + prefixed)
                         if f not in [a.formula for a in s.additives]]
                return [a.formula for a in s.additives] + extra, None if extra else s
        # hydrides listed with the host ('hydrides, including BaH2, CaH2 and MgH2') are studied beside
        # it, not added to it
        beside = listed_with(self.mentions, text, host)
        # (a material likened or compared to, 'similar to Li2B12H12', is not in the sample either)
        # (nor what it forms: 'TiF3 reacts with MgH2 to give TiH2 and MgF2' names the sample's TiF3 only)
        made = products(self.mentions, text)
        # (nor what the host itself was made from: 'making Mg(NH2)2 by milling MgH2 in NH3 gas')
        # (nor a baseline the sentence names an additive's undoped or pristine form by, 'no reversibility is observed
        # with undoped CMK-3': the reference, not the sample later sentences go on about)
        named = [f for pos, f, _ in self.mentions
                 if _credited(f, host) and f not in beside and not compared(text, pos) and pos not in made
                 and not _precursor(text, pos, host) and not UNMODIFIED_BEFORE.search(text, max(0, pos - 30), pos)]
        if named and host in self.hosts():
            # 'LiBH4 was melt-infiltrated into ordered mesoporous carbon': the host in its scaffold
            at = {f: pos for pos, f, _ in self.mentions}
            if len(named) == 1 and at.get(host, len(text)) < at[named[0]] \
                    and INTO_SCAFFOLD.search(text, at[host], at[named[0]]):
                placed = placed_system(host, named[0])
                if placed is not None:
                    return named, placed
            return named, None
        if named and not self.hosts():      # 'Cai et al. studied CoB …' in a paragraph about LiBH4
            cued = [f for f in named if f in self.cued()]
            return cued or named, False     # 'by introducing Al3Ti, which forms TiB2 …': what is added
        return cued, False

    def made(self, host: str):
        """(additives, system) of a sample of ``host`` the sentence makes: written whole, or with
        materials it adds ('introduced Ni/C into …', 'milled with 5 wt% Nb2O5'); else ([], None)."""
        additives, system = self.system(host)
        if system is False or system is None and not self.cued():
            return [], None
        return additives, system

    def strategies(self) -> list[str]:
        if self._strategies is None:
            self._strategies = find_terms(self.text, ("Strategy",))
        return self._strategies


# a formula and the words after it that say what kind of material it is ('FeCoNiCrTi high-entropy alloy',
# 'a CoCrFeNiMn HEA'): up to three lower-case words, or an acronym
_FORMULA_KIND = re.compile(r"(?=[A-Z])(?<![\w-])([A-Z][a-z]?\d*(?:[A-Z][a-z]?\d*)+)\s+"
                           r"([a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2}|[A-Z]{2,}s?)")


# (an acronym, or two capitals of a formula: compiled once, asked of every sentence; its first capital written
# apart, so that the engine skips to capitals)
_CAPITALS_RUN = re.compile(r"[A-Z][A-Z]+")


def _formulas_of_kinds(text: str) -> list[tuple[str, str]]:
    """(kind term id, formula) of each formula the sentence writes as a kind of material the ontology
    names without a formula of its own (a class of additives: 'FeCoNiCrTi high-entropy alloy')."""
    if "alloy" not in text and not _CAPITALS_RUN.search(text):
        return []       # (most sentences name no kind after a formula: a cheap look first)
    vocab, out = vocabulary(), []
    for m in _FORMULA_KIND.finditer(text):
        words = m.group(2).split()
        for n in range(len(words), 0, -1):
            term = vocab.lookup(" ".join(words[:n]), "Material")
            if term is not None and not term.formula and vocab.children(term.id):
                out.append((term.id, m.group(1)))
                break
    return out


class Context:
    """The sentences of the current paragraph, and the hosts of the passage before it (never across
    a section or a heading), read back for the host and the modified sample a sentence without
    them is about. A paragraph hard-wrapped over lines comes as one block per line: a sentence that
    starts right after the previous one (nothing but one line break between) continues it."""

    def __init__(self):
        self.key = None
        self.previous: list[Said] = []
        self.earlier: list[Said] = []      # the passage's earlier paragraphs
        self.paragraph = None
        self.last_end = None
        self.paragraphs = 0                  # how many paragraphs were entered
        self._named: dict[str, None] = {}    # the hosts the passage's sentences name, in order (``named``)
        self._unread: list[Said] = []       # the passage's sentences whose hosts ``_named`` does not hold yet
        self.last: list[Said] = []          # the paragraph before this one, in the same passage
        self.abbreviations: dict[str, str] = {}    # the document's abbreviations of materials ('HCS' → C)
        self.text = ""                               # the document's running text (``holding``: a sample written so)
        self._written: dict[str, bool] = {}         # system name → does ``text`` write it (``written``)
        self._measured_in: dict[tuple, list] = {}  # (section, host, additive) → its measured systems (``measured_as``)
        self._held: dict[tuple, object] = {}       # (section, host) → the system holding it (``holding``)
        self.abbreviated: dict[str, str] = {}      # what an abbreviation is credited as ('HCS', 'porous carbon')
        self.spelled: dict[str, str] = {}          # the formula an abbreviation stands for ('MAH' → Mg17Al12)
        self.kinds: dict[str, set[str]] = {}        # a kind of material → formulas written as it ('FeCoNiCrTi HEA')
        # section → system name → (system, properties): what the document measured, by section
        self.measured: dict[str | None, dict[str, tuple]] = {}
        # (section, system name) → the arrangements (single atoms) the records of that system carry
        self.arranged: dict[tuple, set[str]] = {}
        self._alternative_set: set[str] = set()       # the additives the passage names as alternatives (``apart``)
        self._best: str | None = None               # the alternative the passage ranks above the others
        # (the passage's sentences not yet read for alternatives, each with whether it might name two materials when
        # it was added: read in order when a claim asks, most sentences never being asked for them)
        self._unranked: list[tuple[Said, bool]] = []
        self.sentences: list = []                   # the document's running-text sentences (``_class_turned_to``)
        # what ``added``, ``given`` and ``composites`` gathered from the sentences held now: asked for again and again
        # while one sentence is read (each host and claim it weighs), they are gathered once until a sentence enters
        # or is added (what a held sentence names, read once, does not change)
        self._gathered: dict[tuple[str, bool], list | set] = {}

    def enter(self, sent) -> None:
        self._gathered = {}
        key = (getattr(sent, "section", None), getattr(sent, "passage", None))
        paragraph, start = getattr(sent, "paragraph", None), getattr(sent, "start", None)
        if key != self.key:
            self.key, self.previous, self.earlier, self.last = key, [], [], []
            self._named, self._unread = {}, []
            self._alternative_set, self._best, self._unranked = set(), None, []
            self.paragraphs += 1
        elif paragraph != self.paragraph and not (
                start is not None and self.last_end is not None and 0 <= start - self.last_end <= 1):
            self.earlier, self.previous, self.last = self.earlier + self.previous, [], self.previous
            self.paragraphs += 1
        self.paragraph = paragraph

    def add(self, said: Said) -> None:
        self._gathered = {}
        self.previous.append(said)
        if "(" in said.sent.text:
            # (an abbreviation of a material of the ontology is that material: 'OMCS' of 'ordered
            # mesoporous carbon spheres' is porous carbon; one of a form of its own is named as written)
            for abbr, material, itself in defined_abbreviations(said.sent.text):
                self.abbreviations[abbr] = material
                self.abbreviated[abbr] = material if itself else abbr
            # (and one of a formula, 'Mg17Al12-hydride (abbreviated as MAH)': later claims credit that formula)
            for abbr, formula in formula_abbreviations(said.sent.text):
                self.abbreviations.setdefault(abbr, formula)
                self.abbreviated.setdefault(abbr, formula)
                self.spelled.setdefault(abbr, formula)
        self._unread.append(said)
        self._unranked.append((said, said.may_name_two()))
        for kind, formula in _formulas_of_kinds(said.sent.text):
            self.kinds.setdefault(kind, set()).add(formula)
        self.last_end = getattr(said.sent, "end", None)

    def _rank(self) -> None:
        """Reads the sentences added since alternatives were last asked for, for the alternatives they name and the
        best of them, in order (each as it was when added: ``may_name_two`` was asked then)."""
        for said, may_name_two in self._unranked:
            # (alternatives are two materials or more, and the best one is one of the passage's alternatives: a
            # sentence that cannot name two, in a passage that named none, has its materials read only if a later
            # sentence asks for them)
            if self._alternative_set or may_name_two:
                self._alternative_set |= _alternatives(said.mentions, said.sent.text)
                text = said.sent.text
                for pos, f, _ in said.mentions:
                    # ('the Ti2C exhibits the best catalytic effect': the best one, within its clause after it)
                    best = BEST.search(text, pos, pos + 50) if f in self._alternative_set else None
                    if best and not _CLAUSE_BREAK.search(text, pos, best.start()):
                        self._best = f
        self._unranked.clear()

    @property
    def alternatives(self) -> set[str]:
        """The additives the passage named as alternatives so far (``_rank``)."""
        self._rank()
        return self._alternative_set

    @property
    def best(self) -> str | None:
        """The alternative the passage ranked above the others, if any."""
        self._rank()
        return self._best

    @property
    def named(self) -> dict[str, None]:
        """The hosts the passage's sentences name, in order. Read only for a sentence naming a
        mechanism (most name none): the hosts of the sentences before are found then, not as each
        sentence is added (a reading of its materials that most sentences would never need)."""
        for said in self._unread:
            self._named.update(dict.fromkeys(said.hosts()))
        self._unread.clear()
        return self._named

    def as_written(self, additive: str | None) -> str | None:
        """The formula the document wrote a kind of material as ('the FeCoNiCrTi high-entropy alloy …
        the HEA acts as …': FeCoNiCrTi), when ``additive`` is that kind and one formula was written as it."""
        term = vocabulary().lookup(additive, "Material") if additive else None
        formulas = self.kinds.get(term.id, ()) if term is not None else ()
        return next(iter(formulas)) if len(formulas) == 1 else additive

    def measured_as(self, host: str | None, additive: str | None, sample: list[str] = ()) -> tuple | None:
        """(name, component, system, application) of ``additive`` as the section measured it in a system of
        ``host``: the component it names (``component_named``) in the system holding the sentence's
        sample, else the one measured for most properties, and the application those values are for;
        else None. A part credited ('Ni' of 'Ni/graphene') keeps the name the sentence gives it: the
        sentence speaks of that part, whose strategy is still the supported catalyst's."""
        if not host or not additive:
            return None
        # (the section's measured systems are fixed before the first sentence is read: the ones naming the
        # additive in a system of the host are looked for once per section, host and additive)
        section = self.key[0] if self.key else None
        found = self._measured_in.get((section, host, additive))
        if found is None:
            found = self._measured_in[section, host, additive] = [
                (named, system, props) for system, props in self.measured.get(section, {}).values()
                if same_host(host_of_system(system), host)
                and (named := component_named(additive, [a.formula for a in system.additives])
                     or named_with_architecture(additive, system)) is not None]
        if not found and carbon_as_such(additive):
            # 'LiBH4@carbon … confinement' where the section measured LiBH4@carbon foam: carbon as such is the one
            # carbon scaffold the sample was measured in, as its bare '@C' was (ingest.extraction.samples.support_names)
            # — only in a system holding the rest of the sentence's sample and nothing more
            rest = [f for f in sample if not carbon_as_such(f)]
            found = [(named, system, props) for system, props in self.measured.get(section, {}).values()
                     if same_host(host_of_system(system), host) and len(system.additives) == len(rest) + 1
                     and holds(system, rest) and (named := carbon_scaffold(system)) is not None]
        if not found:
            return None
        named, system, props = max(found, key=lambda f: (holds(f[1], sample), len(f[2])))
        # (a part named with its architecture, 'mesoporous SiO2' for 'SiO2', does what the formula does: the claim
        # is read with the formula and names the part as written, ``_claim``)
        # (a core in its shell, 'Ni' of 'Ni@C', is no part added on its own: one particle, credited as the catalyst)
        part = supported(additive, named) and "@" not in named
        return named if not part and written_name(additive, named, system) is None \
            else additive, named, system, application_of(props), self.arranged.get((section, system.name), set())

    def holding(self, host: str | None, measured: tuple | None = None):
        """The system of ``host`` the section measured that the document writes as holding it in a support
        ('MgH2@G': the hydride grown in or on the carbon, which the electrode's roles keep as the scaffold): the
        one the credited additive was measured in (``measured``, see ``measured_as``), else the one such system
        where every system of that host measured with additives is so; else None. (A system the extractor wrote
        with '@' from words, 'graphene-supported MgH2', is not the text's.)"""
        if measured is not None:
            return measured[2] if self.written(measured[2].name) else None
        if not host:
            return None
        section = self.key[0] if self.key else None
        if (section, host) not in self._held:     # (fixed for a section and a host, as ``measured_as``'s systems)
            systems = [system for system, _ in self.measured.get(section, {}).values()
                       if system.additives and same_host(host_of_system(system), host)]
            held = [system for system in systems if self.written(system.name) and all(
                a.role == ROLES["scaffold"] for a in system_in_application(system, APPLICATIONS["anode"]).additives)]
            self._held[section, host] = held[0] if held and len(held) == len(systems) else None
        return self._held[section, host]

    def written(self, name: str) -> bool:
        """Does the document's running text write ``name``? (Asked for every system of the section at every claim:
        each name is looked for in the whole text once.)"""
        found = self._written.get(name)
        if found is None:
            found = self._written[name] = name in self.text
        return found

    def composites(self) -> list[tuple[str, frozenset[str]]]:
        """(host, elements) of each composite the paragraph wrote whole so far ('2LiBH4–MgH2', 'Mg(NH2)2–2LiH'), the
        elements of its parts and of what the passage added to a sample: what its products and intermediates can be
        made of (``phase_of_composite``). (The paragraph's only: a review's passage goes from one system to the next;
        and not one written around a hydride usually added, 'the Mg/LiH interface' of a lithiated anode.)"""
        # (what was added: cued or written into a system, and a hydride the ontology knows as a catalyst wherever it is
        # named, 'with 0.08 mol of KH or RbH added')
        gathered = self._gathered.get(("composites", True))
        if gathered is not None:
            return list(gathered)
        added = [*self.given(passage=True), *(f for f in self.added(passage=True) if usually_catalyst(f))]
        given = frozenset().union(*(_elements(f) for f in added), frozenset())
        # (a hydride as written: '2Mg + Fe', the metals Mg2FeH6 is made from, is no composite)
        gathered = self._gathered["composites", True] = [
            (host, frozenset().union(_elements(host), *(_elements(a.formula) for a in s.additives), given))
            for one in self.previous for _, _, s in one.mentions
            if s is not None and s.additives and is_host(host := host_of_system(s))
            and not usually_additive(host) and "H" in _elements(s.host.formula)]
        return list(gathered)

    def _samples_of_their_own(self) -> set[str]:
        """The hydrides the paragraph names bare up to and with its first composite ('Ti was milled into MgH2 and
        into 2LiBH4–MgH2': MgH2 is a sample of its own, not only the composite's partner)."""
        out: set[str] = set()
        for one in self.previous:
            out |= {host_of_system(s) for _, _, s in one.mentions if s is not None and not s.additives}
            if any(s is not None and s.additives for _, _, s in one.mentions):
                break
        return out

    def phase_of_composite(self, hydride: str) -> bool:
        """Is ``hydride`` a phase of a composite the paragraph wrote whole — its partner, a product or an
        intermediate of its reaction ('Li2B12H12' or 'MgH2' of 2LiBH4–MgH2 with NbF5, 'Li2Mg2(NH)3' or 'K2Mg(NH2)4'
        of Mg(NH2)2–2LiH with KH) — rather than a host of its own? Made of the composite's and its additives'
        elements only, and written as no composite's host itself ('LiNH2–MgH2' beside Mg(NH2)2–2LiH is a host) nor
        as a sample of its own before it."""
        composites = self.composites()
        return bool(composites) and not any(same_host(hydride, h) for h, _ in composites) and any(
            _elements(hydride) <= elements for _, elements in composites) \
            and not any(same_host(hydride, h) for h in self._samples_of_their_own())

    def host(self) -> str | None:
        """The paragraph's host: among the hosts of the last sentence naming one, the one the
        paragraph names most often (the first of equals); a hydride usually added (KH, LiH) only
        when no other is named."""
        named = list(self.named)
        added = self.added()   # (read once: the paragraph does not change while its host is sought)
        usual = None           # the last sentence's hydrides usually added, where it names no other
        for said in reversed(self.previous):
            # 'Mg2Ni alloys can be formed in situ from NiCp2' in a passage about MgH2: a phase, no new host
            # (nor a partner, product or intermediate of a composite written before: 'Li2B12H12 was not detected')
            hosts = [h for h in said.hosts() if not any(phase_of(h, b, added) for b in named)
                     and not self.phase_of_composite(h)]
            # ('Adding 3 mol% KH lowers the onset …' after the host's sentence): a hydride the sentence adds is
            # the sample's additive, not a new host of the paragraph
            hosts = [h for h in hosts if h not in said.cued()] if self.previous[0] is not said else hosts
            kept = list(dict.fromkeys(h for h in hosts if not usually_additive(h)))
            if hosts and not kept and all(_formed_by_additive(h, added) for h in hosts):
                # ('After the first desorption, KH, MgF2 and TiH2 were detected' after 'MgH2 doped with K2TiF6 …'): a
                # hydride usually added whose metal an additive of the paragraph brought is what that additive
                # turned into, the host only where no sentence of the paragraph before it names another
                usual = usual or list(dict.fromkeys(hosts))
                continue
            kept = kept or list(dict.fromkeys(hosts))
            if kept:
                if len(kept) == 1:
                    return kept[0]
                every = [h for earlier in self.previous for h in earlier.hosts()]
                return max(kept, key=every.count)
        if usual:
            every = [h for earlier in self.previous for h in earlier.hosts()]
            return max(usual, key=every.count)
        return None

    def added(self, passage: bool = False) -> list[str]:
        """The materials the paragraph (``passage``: and the passage before it) named so far."""
        gathered = self._gathered.get(("added", passage))
        if gathered is None:
            gathered = self._gathered["added", passage] = [
                f for said in [*(self.earlier if passage else ()), *self.previous] for f in said.added()]
        return list(gathered)     # (a copy: the caller's to change)

    def given(self, passage: bool = False) -> set[str]:
        """The materials the paragraph (``passage``: and the passage before it) added to a sample: cued
        ('with 3 mol% RbH') or written as additives of a system ('Mg(NH2)2–2LiH')."""
        gathered = self._gathered.get(("given", passage))
        if gathered is None:
            gathered = self._gathered["given", passage] = {
                f for said in [*(self.earlier if passage else ()), *self.previous] for f in said.given()}
        return set(gathered)

    def best_first(self, sample: list[str]) -> list[str]:
        """``sample`` with the alternative the passage ranked best first, where it holds several alternatives: a
        sentence crediting no additive of them ('The high catalytic activity originates from …') speaks of that one."""
        if self.best not in sample or len(self.alternatives & set(sample)) < 2:
            return sample
        return [self.best, *(a for a in sample if a != self.best)]

    def apart(self, sample: list[str], additive: str | None) -> list[str]:
        """``sample`` as the sample of ``additive`` alone, where the passage named it as one of several alternatives
        ('MgH2 doped with different carbides: Nb2C and Ti2C'): without the other alternatives, and without what no
        sentence added to a sample (a material only named beside them, 'the metal and graphite valence states');
        the host's hydride partners stay. Any other sample is as the paragraph made it."""
        if not additive or additive not in self.alternatives or additive not in sample:
            return sample
        given = self.given(passage=True)
        return [a for a in sample if a == additive
                or a not in self.alternatives and (a in given or is_host(a))]

    def last_strategy_of(self, kind: str) -> list[str]:
        """The strategy the paragraph named last, where it is one under ``kind`` ([] where another came after it:
        'Anion doping … This approach improves …' is about the doping, not a nano form named before it)."""
        vocab = vocabulary()
        for said in reversed(self.previous):
            named = said.strategies()
            if named:
                return named[-1:] if kind in vocab and vocab.is_a(named[-1], kind) else []
        return []

    def named_strategy(self, kind: str) -> list[str]:
        """The last strategy under ``kind`` the paragraph (else its passage) names."""
        vocab = vocabulary()
        for said in [*reversed(self.previous), *reversed(self.earlier)]:
            found = [t for t in said.strategies() if kind in vocab and vocab.is_a(t, kind)]
            if found:
                return found[:1]
        return []

    def passage_host(self) -> str | None:
        named = [h for said in self.earlier for h in said.hosts()]
        added = [f for said in self.earlier for f in said.added()] if len(set(named)) > 1 else []
        for said in reversed(self.earlier):
            hosts = [h for h in said.hosts() if not any(phase_of(h, b, added) for b in named)]
            if hosts:
                return preferred(hosts)
        return None

    def sample(self, host: str | None, before: bool = False):
        """(additive formulas, system or None) of the modified sample of ``host`` the paragraph named
        last; ``before``: the one the paragraph before it named last (same passage)."""
        if host is None:
            return [], None
        added: list[str] = []
        said_before = list(reversed(self.last if before else self.previous))
        for i, said in enumerate(said_before):
            additives, system = said.system(host)
            if additives and system is False:     # 'Adding 3 mol% KH …': added to the sample before
                added = additives + added
                if said.cued() and set(additives) <= set(said.cued()):
                    return added, None            # what a sentence adds starts the sample
            elif additives:
                # (an element of the sample's compound named after it, 'the Ni and Mo of NiMoO4 were reduced …', is
                # that compound in another state, not an additive of its own)
                added = [f for f in added
                         if not (bare_element(f) and any(f in _elements(a) and a != f for a in additives))]
                both = list(dict.fromkeys(added + additives))
                fuller = None if system is not None or added else _fuller_sample(said_before[i + 1:], host, both)
                return fuller or (both, system if not added else None)
        return added, None


def _formed_by_additive(hydride: str, added: list[str]) -> bool:
    """Is ``hydride`` (usually an additive: KH, NaH, LiH) one an added material holding its metals could have turned
    into (KH of K2TiF6, NaH of NaNbO3), rather than a material of its own? (Not a hydride that stores: LiH beside
    LiBH4 is the partner of a composite, no product.)"""
    metals = _metals(hydride)
    # (a compound bringing other elements too: 'Li' or 'Li–H' of LiH is the hydride itself)
    return bool(metals) and any(metals <= _metals(a) and _elements(a) - _elements(hydride) and not is_host(a)
                                for a in added)


def _fuller_sample(earlier: list[Said], host: str, parts: list[str]):
    """(additives, system) of the sample an earlier sentence made of ``host`` with every one of ``parts`` and more,
    else None: a sentence that names the host beside some of its sample's parts only ('MgH2 destabilises LiBH4 …'
    after '2LiBH4–MgH2 was milled with 5 wt% TiCl3') speaks of that sample, not of a new one without the rest."""
    for said in earlier:
        additives, system = said.system(host)
        if additives and system is not False:
            # (a support named by its substance, 'next to the silica walls' of LiBH4 in SBA-15, is that support)
            held = {next((a for a in additives if a == p or _substance_of(p, a)), p) for p in parts}
            return (additives, system) if held <= set(additives) and set(parts) != set(additives) else None
    return None


@per_document(maxsize=1024)
def _substance_of(part: str, support: str) -> bool:
    """Does ``part`` name the substance ``support`` is made of ('silica' or SiO2 of SBA-15, carbon of CMK-3): a
    support of the ontology whose own or broader term is labelled with one of ``part``'s names ('mesoporous SiO2',
    'carbon support')?"""
    vocab = vocabulary()
    term = vocab.lookup(support, "Material")
    stuff = vocab.get(CARBON) if carbon_as_such(part) and CARBON in vocab else vocab.lookup(part, "Material")
    if term is None or stuff is None or term.id == stuff.id or not is_support(support):
        return False
    names = {fold(n) for n in (*stuff.labels, stuff.formula or "") if n}
    return any(set(fold(label).split()) & names for t in (term.id, *vocab.ancestors(term.id))
               for label in vocab.get(t).labels)


_ITEM_END = re.compile(r"[^\s,;:]*")      # a listed word, without the comma after it


_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)\s*")


_CLAUSE_BREAK = re.compile(r"[,;:.]\s")


def _alternatives(mentions, text: str) -> set[str]:
    """The additives a sentence names as alternatives, each a sample of its own with the host (see
    ``ingest.extraction.text.sample_words.CHOOSING``): a list after a choosing word ('MgH2 doped with different
    carbides, Nb2C and Ti2C'), joined by 'or'/'versus', followed by 'respectively', or ranked against another ('Ti2C is
    superior to graphene'). Hydrides that store are hosts, never alternatives; a sentence saying the additives went in
    together ('co-doped with Ni and Co') names none."""
    if len(mentions) < 2:
        return set()      # (alternatives are two materials or more: most sentences name fewer, no word need be read)
    runs: list[tuple[int, int, list[str], bool]] = []     # (start, end, formulas, joined as alternatives)
    for pos, f, _ in mentions:
        end = m.end() if (m := _ITEM_END.match(text, pos)) else pos
        if runs and runs[-1][1] <= pos:
            gap = text[runs[-1][1]:pos]
            between = BETWEEN_ALTERNATIVES.fullmatch(gap) is not None
            if between or _LIST_GAP.fullmatch(gap):
                start, _, items, joined = runs[-1]
                runs[-1] = (start, end, [*items, f], joined or between)
                continue
        runs.append((pos, end, [f], False))
    out: set[str] = set()
    for i, (_, end, items, joined) in enumerate(runs):
        # (the words before a list are read only for a list: most runs are one material)
        if len(items) > 1 and (joined or CHOOSING.search(_lead(runs, i, text)) or EACH_IN_TURN.search(text, end)):
            out.update(items)
        if i + 1 < len(runs):
            # ('the Ti catalytic effect is better than Nb': the ranking within the clause, the other one right after)
            ranked = RANKED.search(text, end, runs[i + 1][0])
            if ranked and ranked.start() - end <= 60 and not _CLAUSE_BREAK.search(text, end, ranked.start()) \
                    and runs[i + 1][0] - ranked.end() <= 25:
                out.update([*items, *runs[i + 1][2]])
    # (the words of going together are looked for only where the sentence lists alternatives: most list none)
    return {f for f in out if not is_host(f)} if out and not TOGETHER.search(text) else set()


def _lead(runs: list[tuple[int, int, list[str], bool]], i: int, text: str) -> str:
    """The words before the ``i``-th run of materials, back to a clause break or another additive: 'a series of
    MgH2 composites with'; a break right before the list sets it off, 'different additives, Fe and graphene'."""
    start = runs[i][0]
    since = max([0, start - 60, *(e for _, e, its, _ in runs[:i] if not all(is_host(f) for f in its)),
                 *(m.end() for m in _CLAUSE_BREAK.finditer(text, max(0, start - 60), start) if m.end() < start)])
    return text[since:start]


def with_abbreviations(mentions, text: str, abbreviations) -> list:
    """``mentions`` with the material abbreviations the document defined ('HCS' after 'hollow carbon
    spheres (HCS)') where the sentence writes them, in order."""
    taken = {pos for pos, _, _ in mentions}
    # (an abbreviation the sentence does not hold is not looked for as a word: most sentences hold none)
    extra = [(m.start(), named, None) for abbr, named in abbreviations.items() if abbr in text
             for m in re.finditer(rf"(?<![\w-]){re.escape(abbr)}(?![\w-])", text) if m.start() not in taken]
    return sorted(mentions + extra, key=lambda m: m[0]) if extra else mentions


def listed_with(mentions, text: str, host: str | None) -> set[str]:
    """The host hydrides written in one list with ``host`` ('BaH2, CaH2, and MgH2')."""
    if not host:
        return set()
    runs, run, last_end = [], [], None
    for pos, f, _ in mentions:
        word_end = _ITEM_END.match(text, pos).end()
        if run and last_end is not None and _LIST_GAP.fullmatch(text, last_end, pos):
            run.append(f)
        else:
            run = [f]
            runs.append(run)
        last_end = word_end
    out: set[str] = set()
    for r in runs:
        if len(r) > 1 and any(same_host(f, host) for f in r):
            out |= {f for f in r if _metals(f) and "H" in _elements(f) and not same_host(f, host)}
    return out


def element_added(element: str, sample: list[str], ctx: Context) -> str:
    """The material ``element`` stands for as a species' element: the sample's additive holding it (found later, by
    ``sample_additive``), else the one hydride the passage named that the ontology knows as a catalyst and that
    holds it ('… with 0.08 mol of KH added … the potassium-bearing intermediate': KH), else the element itself."""
    if any(element in _elements(a) for a in sample):
        return element
    held = {f for f in ctx.added(passage=True) if element in _elements(f) and usually_catalyst(f)}
    return held.pop() if len(held) == 1 else element


def host_of(said: Said, ctx: Context, text: str) -> str | None:
    """The sentence's host: the paragraph's host when the sentence names it too, else the host the
    sentence names (not one it introduces into another, 'adding LiH to Mg(NH2)2', and preferably not
    a hydride usually added), else the paragraph's, else the passage's."""
    topic = ctx.host()
    named = said.hosts()
    # (a topic usually added, KH or LiH, gives way to a hydride the sentence names that is not)
    if topic and any(same_host(h, topic) for h in named) \
            and not (usually_additive(topic) and any(not usually_additive(h) for h in named)):
        return topic
    # the host the text is about: the paragraph's, else its passage's
    backdrop = topic or ctx.passage_host()
    # a hydride that host forms with a metal the text adds (Mg2Ni(Cu)H4 in MgH2 with CuNi)
    added = said.added() + ctx.added(passage=not topic) if backdrop else []
    named = [h for h in named if not (backdrop and phase_of(h, backdrop, added))]
    mentions = [(pos, f, s) for pos, f, s in said.mentions
                if not ADDITIVE_CUE_GATE.search(text[max(0, pos - 40):pos]) and not replaced_before(text, pos)
                and not formed(text, pos) and not compared(text, pos)
                and not (topic and PHASES_FORMED_IN_SITU.search(text[max(0, pos - 80):pos]))
                and not formed_after(text, WORD_END.match(text, pos).end())
                # ('Al was chosen to destabilize MgH2': what the text declares a role for is the additive)
                and not declares_role(text, pos, WORD_END.match(text, pos).end())]
    # a bare metal ('Li/Mg' cations, 'metals like Al') in a text about a hydride is its part or an additive
    # (and 'the doped aluminium hydride' in a text about LiAlH4: the sample named back by a shorter word)
    if backdrop:
        mentions = [m for m in mentions if len(_elements(m[1])) > 1 and not _named_back(text, m[0], m[1], backdrop)]
    own = [h for h in host_formulas(mentions) if not (backdrop and (phase_of(h, backdrop, added)
                                                                     or _anion_of(h, backdrop)
                                                                     or ctx.phase_of_composite(h)))]
    # a hydride the text added to the host ('milled with 3 mol% RbH', the LiH of Mg(NH2)2–2LiH) stays
    # its additive where a later sentence makes it the subject ('RbH suppresses …')
    if backdrop and own:
        given = ctx.given(passage=not topic)
        # (and in its hydrided form: Mg2NiH4 of the Mg2Ni the text milled MgH2 with)
        own = [h for h in own if not any(same_host(h, g) for g in given) or same_host(h, backdrop)]
        # (and an alloy the paragraph's sample of that host holds, 'MgH2 was milled with Mg2Ni': the Mg2Ni a later
        # sentence credits is that additive, not the host its hydride Mg2NiH4 would be)
        # (as written without its hydrogen: the hydride itself, 'Mg2NiH4 undergoes …', is a host of its own)
        bare = [f for _, f, system in mentions if system is not None and not written_with_hydrogen(system.text)]
        held = set(ctx.sample(topic)[0]) & set(bare) if own and topic and bare else set()
        own = [h for h in own if not any(same_host(h, a) and not same_host(a, topic) for a in held)]
    # (with no host before it: 'Mg2Ni acts as a hydrogen pump for MgH2' — an intermetallic of a hydride's metal named
    # beside that hydride is a phase the hydride forms, not the host)
    if not backdrop and len(own) > 1:
        own = [h for h in own if not any(o != h and _metals(o) < _metals(h) and "H" in _elements(o)
                                         and _elements(h) - {"H", "D"} == _metals(h) for o in own)] or own
    if own and not (backdrop and all(usually_additive(h) for h in own)):
        return preferred(own)
    # ('the kinetics of TiCl3-dispersed LiH were 8 times faster than the raw LiH, suggesting that TiCl3 …'): the
    # unmodified hydride a comparison takes as its reference is the host the sentence's additive bettered
    reference = [h for pos, h, s in said.mentions if s is not None and is_host(h) and compared(text, pos)
                 and UNMODIFIED_BEFORE.search(text, max(0, pos - 30), pos)]
    if reference and not any(same_host(r, backdrop) for r in reference):
        return reference[0]
    # a hydride usually added is the host where the sentence speaks of what happens in it ('the Li–H
    # bonds in LiH', 'the decomposition of LiH') and names no other hydride
    studied = [h for pos, h, s in mentions if s is not None and h in own and OF_IN.search(text, max(0, pos - 30), pos)]
    if studied and all(h in studied for h in named):
        return studied[0]
    if named and not backdrop:
        return preferred(named)
    return backdrop


# 'the doped ', 'this catalysed ': a definite article and a participle of what was done to a sample named before
_DONE_TO_BEFORE = re.compile(r"\b(?:the|this|that|such)\s+(?:[a-z]+-)?[a-z]+(?:ed|zed|sed)\s+$", re.I)


def sample_named_back(text: str, pos: int) -> bool:
    """Is the material at ``pos`` a sample named back in words after what was done to it ('the doped aluminium
    hydride', 'this catalysed magnesium hydride')? It is the passage's sample: no host of its own, no additive."""
    return text[pos:pos + 1].islower() and _DONE_TO_BEFORE.search(text, max(0, pos - 40), pos) is not None


_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that|such)\s+(?:[a-z][\w-]*\s+){0,2}$", re.I)


def _named_back(text: str, pos: int, formula: str, backdrop: str) -> bool:
    """Does the hydride named in words at ``pos`` ('the doped aluminium hydride', AlH3) point back to the passage's
    host ``backdrop`` (LiAlH4), whose elements it holds only some of? A definite name in words is the sample the
    passage is about, not a new host ('AlH3' written as a formula still is one)."""
    return text[pos:pos + 1].islower() and _elements(formula) < _elements(backdrop) \
        and _DEFINITE_BEFORE.search(text, max(0, pos - 40), pos) is not None


def _anion_of(formula: str, host: str) -> bool:
    """``formula`` is the complex anion of ``host`` written on its own ('the AlH4 units' of LiAlH4, AlH6 of
    Na3AlH6): one metal with its hydrogen, written inside the host after its cation, is no host of its own."""
    if "H" not in formula or len(_metals(formula)) != 1 or _elements(formula) - _metals(formula) != {"H"}:
        return False
    at = host.find(formula)
    return at > 0 and not host[at + len(formula):at + len(formula) + 1].isalpha()
