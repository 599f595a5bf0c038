"""What carries over between the sentences of a document (``Context``): the paragraph's and the passage's state (the
sample talked about, its aliases, preparations pending), started afresh at each paragraph or heading; the sample a
heading names; and the systems a sentence's mentions name (bonds, ions and a support's own additives left out).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ingest.extraction.samples.class_members import as_member
from ingest.extraction.samples.samples import samples
from ingest.extraction.samples.samples_systems import bare_sample, has_hydrogen as _has_hydrogen
from ingest.extraction.samples.title_sample import title_sample
from ingest.extraction.text.nlp import SYSTEM_LABEL, Mention, clean_text, material_system, mentions
from ingest.extraction.values.said_settings import SaidSettings
from ontology.models import MaterialSystem
from ontology.system import SystemParseError, host_formula, parse_system
from ontology.text_memo import per_document
from ontology.vocabulary import vocabulary


# ------------------------------------------------------------------------------- sentences
@dataclass
class SentenceLike:
    """The part of a sentence the extraction needs (ingest.documents.document's Sentence fits this)."""

    text: str
    start: int = 0
    end: int = 0
    section: str | None = None
    refs: list[str] = field(default_factory=list)   # the references the paragraph's last citing sentence cited
    paragraph: Any = None


@dataclass
class ParagraphState:
    """What one paragraph said that its later sentences read: started afresh with each paragraph (and section
    or passage)."""

    refs: list[str] = field(default_factory=list)
    # the alloy a sentence pointed to by 'this alloy' and the sample the paragraph was about before it: the alloy is
    # the paragraph's sample from then on, the one before it the next paragraph's (``Context.enter``)
    pointed_alloy: tuple | None = None
    # samples named side by side ("MgH2 with 10 wt% TiO2, Nb2O5 or V2O5", or those a 'respectively'
    # list went to): what a later list of as many values ("…, respectively", "the corresponding …") pairs with
    alternatives: list = field(default_factory=list)
    # additives a preparation sentence made before the paragraph named any hydride ("a carbon scaffold
    # was soaked with a dibutylmagnesium precursor"): the hydride the paragraph names next receives them
    pending: list[str] = field(default_factory=list)   # additives a preparation sentence named (prepared_additives)
    pending_refs: list[str] = field(default_factory=list)   # the works that sentence cited (none: the paragraph's)
    # the samples the last sentence gave values to, in order ("A conducts …, while B reaches only …"):
    # what a 'respectively' list of as many values in the next sentence pairs with
    valued: list = field(default_factory=list)
    # what the paragraph said so far, its values and its temperatures: whose settings a later value "at the same
    # temperature" shares, what "at this temperature" is (ingest/extraction/values/said_settings.py)
    said: SaidSettings = field(default_factory=SaidSettings)
    # (property, value, unit, sample) of the values the paragraph gave: what a later change only restates
    given: set = field(default_factory=set)
    # (property key, unit) of the last value the sentence before gave: what a baseline sentence's bare value of
    # that unit is ("… starts to release hydrogen at 208 °C. Pure MgH2 needs 350 °C."); the paragraph's only
    last_property: tuple[str, str] | None = None
    # the words of the sentence before when it gave no value ("The activation energies of desorption were calculated
    # by the Arrhenius method."): what "The calculated values were …" goes on with, when they name a property whole
    unvalued_words: str = ""
    # the words of the sentence before: the change of state an 'it' opening the next sentence may point back at
    # ("… transforms at 510 K. Its enthalpy is 6.7 kJ/mol", ingest/extraction/values/change_of_state.py)
    sentence_before: str = ""
    # the applications of the properties the paragraph's last values had (ionic conductivity: a solid
    # electrolyte): what a value named by words several applications share is read in
    applications: list = field(default_factory=list)
    # supported catalysts the paragraph named ("Ni/C and CoNi/NC were introduced into LiBH4"): what a
    # later bare mention of the catalyst ("the CoNi further lowers …") stands for
    supported: list = field(default_factory=list)
    # the sample each host of a list got ("MgH2 and LiAlH4 were each milled with NbV"): what a later bare mention of
    # that host means (host formula → sample, ingest/extraction/samples/each_host.py)
    each_host: dict = field(default_factory=dict)
    each_milled: bool = False   # (and whether that sentence milled them: "the milled MgH2" is then the sample)
    milled_here: bool = False   # (and whether the sentence read now names one so)


@dataclass
class PassageState:
    """What one passage (a section, or the text under one heading) said that its later sentences read: started
    afresh with each section or heading, never carried across one."""

    # hosts of the phases the paragraph said its sample forms ("enabling the formation of Mg2Ni(Cu)H4"):
    # named again later, such a phase is still part of that sample, not a new sample
    formed: set = field(default_factory=set)
    # the modified sample each formed phase came from ("CuNi … enabling the formation of Mg2Ni(Cu)H4"):
    # a later paragraph that names the phase is still about that sample
    formed_in: dict = field(default_factory=dict)
    # the names of every phase the paragraph said its sample forms ("led to the formation of a Mg–Ni–B
    # alloy", "Mg2Ni formed during cycling"), hydrides or not: named again ("the presence of the Mg–Ni–B
    # alloy raises the capacity to …"), such a phase is inside the sample, never the sample a value is of
    phases: set = field(default_factory=set)
    # the samples the passage named, latest last: what "the doped composite", "the carbon composite",
    # "upon confinement in CMK-3" pick from (ingest/extraction/attribution/referents.py); never carried across a section
    seen: list = field(default_factory=list)
    # the scaffolds the passage said it put a hydride in ("by melt infiltration into mesoporous carbon"): what
    # "nanoconfined NaAlH4" is in, when no sample of the passage holds a scaffold
    scaffolds: list = field(default_factory=list)
    # the carbon scaffolds the passage names anywhere, before or after its samples (its heading too: 'carbon
    # aerogel', 'LiBH4@carbon … foams'; ingest/extraction/samples/support_names.carbons_named): what its bare '@C' is,
    # when one
    carbons: list = field(default_factory=list)
    # the last modified sample the passage gave values to: what "the dehydrogenated product" means
    # (ingest/extraction/samples/subject_system.py), whatever phases the sentences between named
    valued_sample: MaterialSystem | None = None
    # the last sample of each kind the passage named, by the kind's noun ("… resulting in Mg5.7In0.3Ag": its alloy):
    # what a later "this alloy" means (ingest/extraction/attribution/referents.py, pointed_kind)
    kinds: dict = field(default_factory=dict)
    # the phases the passage said its sample turns into ("Ca(BH4)2 decomposes to CaH2", "… = CaH2 + 2B"),
    # each with the hydride that reacts: named later, never the passage's sample
    # (ingest/extraction/values/reaction_products.py)
    products: dict = field(default_factory=dict)
    # the short names the text gave its samples ("(denoted MH–NC)"), by name: kept for the passage
    aliases: dict = field(default_factory=dict)
    # the member of a composition family the passage gave values to by its symbol's value ("For x = 0.67, …"), by
    # the family's name: what the passage's later values of the family are of
    # (ingest/extraction/attribution/family_members.py)
    studied_members: dict = field(default_factory=dict)
    # the members a passage listed of a family by their symbol's values ("Li(BH4)1-xIx (x = 0.25 and 0.5)"), by the
    # family's name: what "the lower I concentration" of a later sentence picks from
    # (ingest/extraction/attribution/family_members.py)
    listed_members: dict = field(default_factory=dict)
    # the hosts the passage studies bare, as samples of their own beside modified ones ("MgH2 and
    # MgH2–Nb2O5 were prepared"): what "the MgH2 sample" means later (ingest/extraction/samples/studied_samples.py)
    bare_samples: set = field(default_factory=set)
    made_bare: set = field(default_factory=set)   # bare hosts listed first as samples of their own (bare_studied)
    # the hydrogen-free materials the passage named as a cell's electrodes ("a TiS2 positive electrode"), by
    # formula: named again later ("a TiS2 utilization of 85 %"), still the cell's, no additive
    # (ingest/extraction/samples/cells.py)
    electrodes: set = field(default_factory=set)
    # the passage said its study is a calculation ("We investigated X by a first principles calculation"), and no
    # sentence since said it made or measured a sample: its values are calculated
    computed: bool = False
    # a sentence of the passage so far said the study made or measured a sample ("We prepared X by milling"): a
    # computation it names later ("DFT calculations show that Ti weakens the bond") explains, and leaves its
    # samples' values measured
    made: bool = False
    valued: bool = False    # a sentence of the passage gave a value
    cites: bool = False     # a sentence of the passage cited another work ("[12]", "Smith et al.")
    # a sentence of the passage named a preparation or an experimental technique ("synchrotron X-ray diffraction")
    experimental: bool = False
    # a sentence of the passage so far spoke of a computation ("DFT calculations show …"): its later bare
    # "calculated enthalpy" may be one, so the word keeps its computational sense (``calculated_from_curves``)
    computation_named: bool = False
    # the sample the passage named as its cells' electrolyte ("with X as the solid-state electrolyte (SSE)"): what
    # a cell written by its layers' abbreviations ("Li/IL/SSE/IL/Li") measures
    electrolyte: MaterialSystem | None = None


@dataclass
class Context:
    """What carries over between sentences of one paragraph/section: the system talked about."""

    source_id: str
    section: str | None = None
    paragraph: Any = None
    system: MaterialSystem | None = None
    passage: Any = None
    carried: bool = False   # system's additives come from a preparation sentence without a hydride
    cues: list[str] = field(default_factory=list)   # the rules that decided the value being read
    system_paragraph: Any = None                  # the paragraph that named the system
    in_paragraph: ParagraphState = field(default_factory=ParagraphState)   # what the paragraph said so far
    in_passage: PassageState = field(default_factory=PassageState)         # what the passage said so far
    # the classes the document gave one formula ("FeCoNiCrTi high-entropy alloy (HEA)"): what a later
    # "MgH2–HEA composite" names (ingest/extraction/samples/class_members.py); the whole document's, not a passage's
    members: dict = field(default_factory=dict)
    # each passage's carbon scaffolds (``PassageState.carbons``), by (section, passage): read over the whole
    # document first, since a sample may be named before the sentence that says which carbon holds it
    carbons: dict = field(default_factory=dict)
    # the passage's carbons the sentence being read may take: none where it speaks of cited work (a review's
    # passage gathers many studies, each with its own carbon; ``_passage_carbons`` reads the uncited text only)
    carbons_here: list = field(default_factory=list)
    # the passage has a heading's (title's) modified sample and its text has not introduced it yet:
    # sentences about the bare host until then are general knowledge of the host
    opening: bool = False
    # the sample the passage's heading (title) names, as read from it: while ``system`` is still that very sample,
    # the passage is about it only because its heading said so, not because the text has named it
    headed: MaterialSystem | None = None
    background: bool = False   # the last sentence was such general knowledge ("However, its …" goes on with it)
    # the roles the passage says its additives play ("TiH2 was selected as a catalyst for MgH2"), by formula:
    # the role of that additive in every sample of the passage (ingest/extraction/samples/declared_roles.py; set for
    # each sentence)
    declared: dict = field(default_factory=dict)
    # the transition metals the passage names as their compounds ('Ti-based compounds'): an additive written as one
    # of those symbols is the compounds (ingest/extraction/samples/compound_kinds.py; set for each sentence)
    compounds: frozenset = frozenset()

    def enter(self, sent) -> None:
        """A new section or a new heading (``passage``) starts afresh: the system one passage
        is about is not what the next one measures."""
        section = getattr(sent, "section", None)
        paragraph = getattr(sent, "paragraph", None)
        passage = getattr(sent, "passage", None)
        if section != self.section or passage != self.passage:
            self.system, self.carried = None, False
            self.in_passage = PassageState(carbons=self.carbons.get((section, passage), []))
            # "## 2. Partially decomposed Li2B12H12": the sample a heading names is what its passage
            # is about until the text names one (a sample the text names always comes first)
            self.system = self.headed = heading_sample(getattr(sent, "heading", "") or "")
            # (the document's first heading is its title: general knowledge opens an abstract, not a section)
            self.opening = self.system is not None and not self.system.bare and passage == 1
            self.background = False
            # (the title's sample is the abstract's subject: named for the passage's first paragraph)
            self.system_paragraph = paragraph if self.system is not None else self.system_paragraph
        if paragraph != self.paragraph or section != self.section or passage != self.passage:
            if self.in_paragraph.pointed_alloy is not None and self.system is self.in_paragraph.pointed_alloy[0]:
                # (an alloy named only by 'this alloy' is not what the next paragraph is about: the sample before it)
                self.system, self.carried = self.in_paragraph.pointed_alloy[1:]
            self.in_paragraph = ParagraphState()
            if self.carried and self.system is not None:
                # a catalyst inferred for the paragraph's hydride stays in that paragraph
                self.system, self.carried = bare_sample(self.system), False
        self.section, self.paragraph, self.passage = section, paragraph, passage

    def named(self, system: MaterialSystem | None) -> None:
        """The sentence makes ``system`` what the text is about next."""
        if system is not self.system:
            self.system_paragraph = self.paragraph
        if system is None or self.system is None or host_formula(system) != host_formula(self.system):
            # (the phases formed belong to the sample the text was about)
            self.in_passage.formed, self.in_passage.phases = set(), set()
        self.system = system


_TITLE_WORD = re.compile(r"[A-Z][a-z]{3,}")


# "Mg–Ni alloys", "Mg–Cu intermetallics": elements joined by a dash before a plural noun of a family
_FAMILY_AFTER = re.compile(r"[\s-]+(?:based\s+)?(?:alloys|intermetallics|intermetallic\s+compounds|compounds|phases)\b", re.I)


_ELEMENT_ONLY = re.compile(r"[A-Z][a-z]?")


@per_document(maxsize=256)
def heading_sample(heading: str) -> MaterialSystem | None:
    """The sample a heading names ("LiNH2–LiH confined in CMK-3" → LiNH2–LiH@CMK-3), or None."""
    # (a title names its materials in words as often as by formula: "Catalytic effect of nickel on magnesium
    # hydride" — the mentions decide, not the look of a formula)
    if not heading:
        return None
    text = clean_text(heading).text
    ms = mentions(text)
    systems, baselines = samples(text, _systems(ms), ms, None)
    # (a title's capitalised word is no formula: 'Mg-Based Alloying' names no additive 'Based')
    hydro = [s for m, s in systems if _has_hydrogen(s) and m.start not in baselines
             and not any(a.term is None and _TITLE_WORD.fullmatch(a.text or "") for a in s.additives)
             and not any(_TITLE_WORD.fullmatch(u) for u in s.unresolved)]
    best = next((s for s in hydro if not s.bare), hydro[0] if hydro else None)
    if best is not None and any(s is best and _FAMILY_AFTER.match(text, m.end) for m, s in systems) \
            and all(_ELEMENT_ONLY.fullmatch(c.formula) and c.amount is None for c in best.components):
        return None   # "Hydrogenation of Mg–Ni alloys": a family of samples (Mg2Ni, Mg–10Ni …), none of them
    if best is not None:
        # "Enhanced dehydrogenation of LiAlH4 by NiCo2O4", "Effect of X and Y on the kinetics of MgH2": the
        # phrase structure of the title puts the additives into the hydride (ingest/extraction/samples/title_sample.py);
        # kept when it reads more of them than the notations did
        read = title_sample(text, _systems(ms), ms, best)
        if read is not None and {a.formula for a in best.additives} < {a.formula for a in read.additives}:
            return read
    return best


def hydrogen_only(system: MaterialSystem) -> bool:
    # (hydrogen with no part the ontology reads is no sample: the 'M' of 'M–H bonds' is a metal left unnamed)
    return system.host.formula in ("H2", "H", "D2") and not system.additives


# (compiled once: _systems reads every chemistry mention of every sentence through these)
_BOND = re.compile(r"[A-Z][a-z]?[-–][A-Z][a-z]?")


_CAPITAL = re.compile(r"[A-Z]")


_ISOTOPE_OR_RATE = re.compile(r"\d*(?:\.\d*)?[DT]|(?:\d*\.)?\d+C")   # (one way to read digits: no backtracking)


_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,5}s")


def _is_bond(system: MaterialSystem) -> bool:
    """'Mg–H', 'B–H': a chemical bond written like a system, not a material."""
    parts = system.components
    return (len(parts) == 2 and any(c.formula in ("H", "D") for c in parts)) or any(
        _BOND.fullmatch(c.formula) for c in parts)


# "CB11H12 anions", "(BH4)- and (NH2)- anions", "Mg2+ ions": a formula named as an ion is a part of a
# material, not a sample a value could belong to
# ("lithium fast-ion conductivities": the ion conducted, named with the speed it moves at; "BH4 tetrahedra": the
# anion named by its shape)
# ("Mg deposition/dissolution", "Li plating/stripping": the metal a cell plates from its ions and strips again, the
# ion of a cell's figure, no sample; a lone "Mg deposition" stays one: a film deposited is a sample)
_ION_AFTER = re.compile(r"\s*(?:[0-9]?[+\-−–]\s+)?(?:(?:poly)?(?:anions?|cations?|ions)|tetrahedr(?:on|a)\b|(?:fast|rapid|superionic)[- ]ions?"
                        r"|(?:plating|stripping)(?:\s*[/–-]\s*(?:plating|stripping))?|deposition\s*[/–-]\s*dissolution"
                        r"|dissolution\s*[/–-]\s*deposition"
                        # ('calcium can be plated and stripped', 'Mg was reversibly deposited and dissolved': the same
                        # cycle said with verbs)
                        r"|(?:(?:can|could|may|is|are|was|were)\s+(?:be\s+)?)?(?:[a-z]+ly\s+)?(?:plated|deposited)\s+and\s+"
                        r"(?:stripped|dissolved))\b", re.I)


_ION_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)")


def without_ions(text: str, found: list) -> list:
    """``found`` without the mentions the text names as ions, a coordinated list of them included
    ('X and Y anions'); the ion word must follow the formula (or the list) directly."""
    ions: set[int] = set()
    for k in range(len(found) - 1, -1, -1):
        m = found[k][0]
        if _ION_AFTER.match(text, m.end) or k + 1 < len(found) and found[k + 1][0].start in ions \
                and _ION_LIST_GAP.fullmatch(text, m.end, found[k + 1][0].start):
            ions.add(m.start)
    return [x for x in found if x[0].start not in ions] if ions else found


@per_document(maxsize=4096)
def host_only(formula: str) -> MaterialSystem | None:
    try:
        return parse_system(formula, strict=False)
    except (SystemParseError, ValueError):
        return None


def _named_support(s: MaterialSystem) -> bool:
    """A support named in words that carries additives of its own ('carbon aerogel–Pd', as 'CAs-Pd' reads once
    the text defined 'CAs'): a sample, whose name has no capital, unlike a class word ('metal')."""
    if s.bare or not s.host.term:
        return False
    vocab = vocabulary()
    return s.host.term in vocab and bool(vocab.get(s.host.term).support_strategy) and not vocab.children(s.host.term)


def _systems(ms: list[Mention], members: dict | None = None) -> list[tuple[Mention, MaterialSystem]]:
    out = []
    for m in ms:
        if m.kind not in (SYSTEM_LABEL, "Material"):
            continue
        s = as_member(m, material_system(m), members or {})
        if s is None or hydrogen_only(s) or _is_bond(s) or not (_CAPITAL.search(s.host.formula) or _named_support(s)) \
                or _ISOTOPE_OR_RATE.fullmatch(m.text) \
                or not m.term and _PLURAL_ACRONYM.fullmatch(m.text) \
                or any(f.endswith("-based") for f in s.part_formulas):
            continue  # class words ("metal", "Li/Mg-based") name kinds of material, not a sample; an
            # acronym in the plural ("SEs", "NPs") is no formula of sulfur with einsteinium
        out.append((m, s))
    return out
