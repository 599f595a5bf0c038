"""The system a value belongs to (``subject``/``subject_of``): the nearest sample named before the value, else after
it, else the passage's; made bare where the words around the value name the unmodified sample ('pristine', '(bulk:
176 kJ/mol)'); the electrolyte for a value only an electrolyte has; the sample in a scaffold named after the value;
an alloy of the host; the cover of a film for its thickness. The cell a sentence names is read in
``prose_cells``, a material's own size, surface or cover and a scaffold named after a value in ``prose_sizes``.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.extraction.attribution.bracket_pairs import bracket_paired_subject
from ingest.extraction.attribution.referents import (
    as_made,
    composite_not_put_through,
    equipment_after,
    free_of,
    pointed_kind,
)
from ingest.extraction.samples.additive_subjects import sample_holding
from ingest.extraction.samples.cells import cell_bracket, named_electrode
from ingest.extraction.samples.declared_roles import declared_roles, with_declared_roles
from ingest.extraction.samples.each_host import only_milled
from ingest.extraction.samples.material_cues import (
    ADDED_PASSIVE,
    ADDITIVE_CUE,
    FOR_SYSTEM,
    OPENING_ADDITIVE,
    PHASES_AFTER_STEP,
    additive_after,
    compared_before,
    formed_after,
    may_cue_additive,
    product_cue_before,
)
from ingest.extraction.samples.samples import hydride_like
from ingest.extraction.samples.samples_additives import alloy_beside
from ingest.extraction.samples.samples_composites import described_partner
from ingest.extraction.samples.samples_context import POSSIBLE_BEFORE, set_against_a_value
from ingest.extraction.samples.samples_systems import (
    alloy_alone,
    amount_before,
    bare_sample,
    has_hydrogen as _has_hydrogen,
    in_place_of_its_part,
    plus_additive,
    sample_without,
    unfilled_sample,
    with_additives,
)
from ingest.extraction.text.comparison_words import CONTRAST_CONJUNCTION
from ingest.extraction.text.lacking import (
    FRONTED_WITHOUT,
    LACKED_BEFORE,
    LACKING,
    LACKING_AFTER,
    NO_DECLINE,
    SET_APART_AFTER,
)
from ingest.extraction.text.nlp import SYSTEM_LABEL, Mention, material_system, system_of
from ingest.extraction.text.quantity_text import VERSUS, Group, qualifier_start
from ingest.extraction.text.sample_words import BASELINE_WORDS, SAMPLE_NOUNS
from ingest.extraction.text.samples_words import SUBSTRATE_AFTER
from ingest.extraction.values.additive_sizes import (
    additive_sized,
    built_of_sized,
    formed_in_situ_sized,
    formed_phase_sized,
)
from ingest.extraction.values.reacting_partners import reacting_partners
from ingest.extraction.values.reaction_products import is_product, reformed_state
from ingest.extraction.values.reactions import arrow_at
from ingest.extraction.values.value_conditions import bracket_of
from ingest.extraction.values.value_lists import CONTRAST_CLAUSE, own_clause, parallel_for, with_or_without
from ingest.extraction.values.value_roles import CLAUSE_BREAK, COVER_GAP, theoretical_before
from ontology.elements import formula_symbols
from ontology.families import family_symbols, member_written
from ontology.hosts import storage_alloy, storage_metal_compound, substituted_from
from ontology.models import MaterialSystem
from ontology.system import host_formula, storage_hydride
from ontology.vocabulary import vocabulary

from .prose_baselines import added_after_value, added_before, at_written_loading, own_of_several, reference_after
from .prose_cells import cell_electrolyte_instead
from .prose_context import Context, host_only
from .prose_mentions import (
    _reagent,
    compared_between,
    compared_just_before,
    has_hydrogen_or_storing,
    incidental,
    names_class,
    on_its_own,
    phase_found,
    stores_hydrogen,
)
from .prose_referring import named_bare, said_after_other_value
from .prose_sizes import (
    COATING_AFTER,
    COVER_AFTER,
    COVER_NAMED,
    OWN_MATERIAL_KEYS,
    OWN_WALL_KEYS,
    PARTICLES_OR_GRAINS,
    SCAFFOLD_KEYS,
    SIZE_KEYS,
    in_named_scaffold,
    own_described,
    scaffold_described,
    size_of_named,
)
from .prose_words import (
    ACTOR_AFTER,
    BARE_AFTER,
    BARE_BEFORE,
    BARE_COMPARED,
    BARE_LABELLED,
    BARE_SUBJECT,
    BARE_SUBSCRIPT,
    BARE_THAN,
    BARE_VALUE,
    COMPARED_OBJECT,
    COMPARISON,
    CONTRAST,
    CONTRAST_ADVERB,
    DOPING_GERUND,
    FOR_BARE,
    FOR_NEXT,
    FOR_ONLY,
    FORMED,
    FRONTED_ADDING,
    GIVEN_OFF_FROM,
    GONE_AFTER,
    HYDROGEN_GAS,
    IN_PARENTHESES,
    IT_CLAUSE,
    LABEL_CLOSES,
    LABEL_OPENS,
    LABELLED,
    LIST_GAP,
    NAMED_BARE,
    NAMED_FREE,
    OF_THAT_WITH,
    OWN_VALUE_GAP,
    OWN_VALUE_PHRASE,
    RELATIVE_OF,
    SET_APART_BEFORE,
    SET_BELOW,
    SUBJECT_LEAD,
    THAT_WITH,
    TO_VALUE,
    WITHOUT,
)


def reactant(text: str, m: Mention, s: MaterialSystem) -> tuple[Mention, MaterialSystem]:
    """The reactant side of an equation ('Li3AlH6 + 3Li → …') is its hydride: the lithium (or electrons)
    it reacts with is what the electrode takes up, no part of the sample. A partner the equation shows forming a
    compound with the hydride while hydrogen is given off ('2MgH2 + Si → Mg2Si + 2H2', 'LiH + Al → LiAl + 1/2H2')
    is the sample's reactant: it stays, in that role."""
    if s.bare or not arrow_at(text, m.end):
        return m, s
    if any(m.start <= at < m.end for at, _, _ in reacting_partners(text)):
        return m, with_declared_roles(s, declared_roles([(f, role) for at, f, role in reacting_partners(text)
                                                         if m.start <= at < m.end]))
    hydrides = [c.formula for c in s.components if hydride_like(c.formula)]
    alone = system_of(hydrides[0]) if len(hydrides) == 1 else None
    return (m, alone) if alone is not None else (m, s)


# "275 °C (T-onset) for pure Mg(BH4)2", "45.9 kJ/mol (Ea) of bulk MgH2": a symbol or label in brackets right
# after a value, with no number, no sample and no word of one, says what the value is; what it is of follows it
_VALUE_LABEL = re.compile(r"\s*\(\s*[A-Za-z][A-Za-z.\-_ ]{0,14}\)")


_SAMPLE_WORD = re.compile(rf"\b(?:{BASELINE_WORDS}|{SAMPLE_NOUNS})\b", re.I)


def _unlabelled(text: str, g: Group, systems, raw=()) -> str:
    """The text with the label bracket right after value g blanked (offsets kept), else the text (a bracket
    naming a material, "(with graphene)", is no label)."""
    m = _VALUE_LABEL.match(text, g.end)
    if m is None or _SAMPLE_WORD.search(m.group(0)) or any(g.end <= x.start < m.end() for x, _ in systems) \
            or any(g.end <= x.start < m.end() and x.kind == "Material" for x in raw):
        return text
    return text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]


def _subject(text: str, g: Group, systems: list[tuple[Mention, MaterialSystem]], taken: list[tuple[int, int]],
             ctx: Context, raw: list[Mention] | None = None, bare_named: bool = False) -> MaterialSystem | None:
    """The system a value belongs to (see ``_subject_of``), made bare where the words around the value
    name the unmodified sample (``bare_named``, ``bare_reference``: "(bulk: 176 kJ/mol)", "… for the undoped
    borohydride") or take an additive out ("(0.47 eV without SiO2)")."""
    text = _unlabelled(text, g, systems, raw or ())
    s = _subject_of(text, g, systems, taken, ctx, raw)
    if s is not None and (electrolyte := cell_electrolyte_instead(g, ctx, s)) is not None:
        ctx.cues.append("system:cell-electrolyte")
        return electrolyte
    if s is not None and g.key == "film_thickness":
        s = _covered(text, g, s, raw)
    if s is not None and "value:cover-thickness" in g.cues:
        s = _cover_after(text, g, s, raw)
    if s is not None:
        # "… 7.1 wt% when doped with NbF5, but only 2.5 wt% without it": the sample the words right after
        # the value make of the subject (with an additive, or without its additives)
        s = with_or_without(text, g, s, systems, raw or ())
    if s is None or s.bare:
        return s
    if bare_named:
        # "…, whereas the graphene-free sample released …": without what the word names, the rest kept
        free = NAMED_FREE.search(text, max(0, g.start - 80), g.start)
        lacked = free_of(free.group(1)) if free is not None else None
        return (sample_without(s, lacked) if lacked is not None else None) or bare_sample(s)
    # ("(0.47 eV without SiO2)", "against 1.2 wt% without Nb2O5": only an additive of the sample is taken away,
    # so "7 wt% without degradation" keeps it whole)
    without = WITHOUT.match(text, g.end) or _fronted_without(text, g)
    if without:
        gone = host_only(without.group("add").rstrip("."))
        parts = s.name.split("–")
        kept = [p for p in parts[1:] if gone is None or (host_only(p) or s).host.formula != gone.host.formula]
        if len(kept) < len(parts) - 1 and "@" not in s.name:
            return host_only("–".join(parts[:1] + kept)) or s
    return s


_CLAUSE_TURNS = re.compile(rf"\b{CONTRAST_CONJUNCTION}\b|;", re.I)


def _fronted_without(text: str, g: Group) -> re.Match | None:
    """The fronted 'Without X,' of the clause the value is in, else None."""
    fronted = FRONTED_WITHOUT.match(text)
    return fronted if fronted is not None and not _CLAUSE_TURNS.search(text, fronted.end(), g.start) else None


# between a size and the material it describes: "5 nm Nb", "25 nm-thick Pd", "a 100 nm thin Pd layer"
_DESCRIBED_GAP = re.compile(r"-?[a-z]*\s*|\s+(?:thin|thick)\s+")


def _covered(text: str, g: Group, s: MaterialSystem, raw: list[Mention] | None) -> MaterialSystem:
    """'… covered with a 12 nm Pd cap': a thickness said of a cover put on the sample (a material other
    than its host, before a coating/shell/cap noun) is the coated sample's coating thickness."""
    for m in raw or []:
        if m.kind in (SYSTEM_LABEL, "Material") and 0 <= m.start - g.end <= 8 \
                and _DESCRIBED_GAP.fullmatch(text, g.end, m.start) \
                and (COVER_AFTER.match(text, m.end) or COVER_NAMED.search(m.text)):   # "Pd layer": one mention
            cover = material_system(m)
            if cover is not None and not _has_hydrogen(cover) and host_formula(cover) != host_formula(s):
                g.key = "coating_thickness"
                return plus_additive(s, cover)
    return s


def _cover_after(text: str, g: Group, s: MaterialSystem, raw: list[Mention] | None) -> MaterialSystem:
    """'The Mg layer was protected with 7 nm of Ti': the cover a covering participle names right after its
    thickness (value_roles.cover_thickness) is an additive of the covered sample ``s``."""
    for m in raw or []:
        if m.kind in (SYSTEM_LABEL, "Material") and m.start >= g.end and COVER_GAP.fullmatch(text, g.end, m.start):
            cover = material_system(m)
            if cover is not None and not _has_hydrogen(cover) and host_formula(cover) != host_formula(s) \
                    and host_formula(cover) not in {c.formula for c in s.components}:
                return plus_additive(s, cover)
            break
    return s


def bare_reference(text: str, g: Group, systems, values: list[Group] = (), milled_here: bool = False) -> bool:
    """The words around the value name the unmodified sample without a formula ("(bulk: 176 kJ/mol)",
    "… for the undoped borohydride"). ``values``: the sentence's values; a bare phrase right after another of
    them is that value's ("185 °C for the undoped sample, 120 °C for the TiCl3-doped one": not the 120 °C's)."""
    after = BARE_AFTER.match(text, g.end)
    before = BARE_BEFORE.search(text, max(0, g.start - 60), g.start)
    if before is not None and any(v is not g and v.end <= before.start() and not text[v.end:before.start()].strip()
                                  for v in values):
        before = None
    found = (BARE_LABELLED.search(text, max(0, g.start - 40), g.start)
             or BARE_SUBSCRIPT.search(text, max(0, g.start - 30), g.start)
             or BARE_COMPARED.search(text, max(0, g.start - 90), g.start)
             or BARE_THAN.search(text, max(0, g.start - 90), g.start)
             or before
             or BARE_SUBJECT.search(text, max(0, g.start - 80), g.start)
             or BARE_VALUE.search(text, max(0, g.start - 50), g.start)
             or (after if after and not any(g.end <= m.start < after.end() for m, _ in systems) else None))
    # ("the milled composite" is the sample as made; "the uncoated composite" one of several parts: ``references``)
    # ("The milled MgH2 sample …" where each host was milled with its additive: that sample, ``milled_here``)
    return found is not None and not as_made(found.group(0)) and not composite_not_put_through(found.group(0)) \
        and not (milled_here and only_milled(found.group(0)))


_CONTRAST_ASIDE = re.compile(rf",\s*(?:{CONTRAST_ADVERB}|however|for\s+comparison),", re.I)


def _past_aside(text: str, pos: int) -> int:
    aside = _CONTRAST_ASIDE.match(text, pos)
    return aside.end() if aside else pos


# "bulk MgH2": a mention whose own words open with a word of the unmodified sample
_BARE_OPENING = re.compile(rf"{BASELINE_WORDS}\s", re.I)


def named_bare_before(text: str, g: Group, subject: MaterialSystem, systems) -> bool:
    """The subject is named before the value with a word of the unmodified sample ("bulk MgH2 drops to 150
    mAh/g"): what it drops to is its own value, not what a modification gave."""
    return any(s is subject and m.end <= g.start and (NAMED_BARE.search(text, max(0, m.start - 30), m.start)
                                                      or _BARE_OPENING.match(m.text))
               for m, s in systems)


def _closed_before(text: str, m: Mention, g: Group) -> bool:
    """The mention sits in brackets that close before the value ("(as-received LiAlH4: 153 °C) and
    released 7.1 wt%"): a reference set aside, not what the value after the brackets measures."""
    opened = text.rfind("(", 0, m.start)
    return opened >= 0 and ")" not in text[opened:m.start] and ")" in text[m.end:g.start] \
        and not cell_bracket(text, opened)   # ('half cells (Li | LiBH4 | MgH2) showed …': the cell's layers)


def _aside(text: str, g: Group, m: Mention) -> bool:
    """The mention sits in brackets opened after the value ("conducts 0.35 mS/cm (LiBH4 alone: …)")."""
    opened = text.rfind("(", g.end, m.start)
    return opened >= 0 and ")" not in text[opened:m.start]


# "(195 °C vs. 305 °C)", "75.6 versus 155.2 kJ/mol": two values set against each other, the first the
# sentence's sample's, the second its reference's
_VERSUS_NEXT = re.compile(rf"\s*(?:H2\s*)?{VERSUS}(?=\d)", re.I)


_VERSUS_BEFORE = re.compile(rf"\d[^\d(),;]{{0,25}}?\s{VERSUS}$", re.I)


_VERSUS_OPENS = re.compile(rf"\(\s*{VERSUS}$", re.I)   # "(vs. 4.3 wt% for …)"


def _with_listed(text: str, usable, compared):
    """``compared`` and the materials listed right after one of them ("exceeds those of NaNH2 and NaBH4"):
    the comparison word stands before the list's first member only, and every member is a reference."""
    out = list(compared)
    for m, s in sorted(usable, key=lambda x: x[0].start):
        if (m, s) not in out and any(c.end <= m.start and LIST_GAP.fullmatch(text, c.end, m.start) for c, _ in out):
            out.append((m, s))
    return out


def _versus_subject(text: str, g: Group, usable, ctx: Context, systems=(), raw=()) -> MaterialSystem | None:
    """The system of a value set against another by 'vs.'/'versus': the first value is the sentence's
    modified sample's, the second the reference's — the bare host the sentence compares with ("Compared with
    pristine MgH2, the MgH2–FeCoNi composite shows a lower onset (195 °C vs. 305 °C)") or names right after
    the second value ("… 75.6 versus 155.2 kJ/mol for pristine MgH2"). None when the sentence names no
    such pair of systems (the other readers decide)."""
    first = _VERSUS_NEXT.match(text, g.end) is not None
    second = _VERSUS_BEFORE.search(text, max(0, g.start - 40), g.start) or _VERSUS_OPENS.search(
        text, max(0, g.start - 12), g.start)
    if not first and not second:
        return None
    after = FOR_NEXT.match(text, g.end) if not first else None
    # (the sample named in a comparison aside may be no system of the sentence's: read from its mention)
    named_after = None if after is None else next((s for m, s in systems if m.start == after.end()), None) or next(
        (material_system(m) for m in raw if m.start == after.end() and m.kind in (SYSTEM_LABEL, "Material")), None)
    if named_after is not None:
        ctx.cues.append("system:versus")
        return named_after   # "(vs. 4.3 wt% for MgH2–Co)": the value set against is the sample named for it
    references = [s for m, s in usable if s.bare and (
        compared_just_before(text, m.start) or NAMED_BARE.search(text, max(0, m.start - 30), m.start))]
    reference = references[0] if references else None
    samples = [s for _, s in usable if not s.bare]
    sample = samples[-1] if samples else ctx.system if ctx.system is not None and not ctx.system.bare else None
    if reference is None or sample is None or host_formula(reference) != host_formula(sample):
        return None
    ctx.cues.append("system:versus")
    return sample if first else reference


# "The sample containing TiF3 releases 8.5 wt%, whereas the sample without TiF3 releases 6.8 wt%": a sample named
# by what it lacks between an additive and a value is the value's sample — the additive said before it is not
# put into it (ingest.extraction.attribution.referents reads the phrase: the passage's sample without that additive)
_LACKING_SAMPLE = re.compile(rf"\b(?:{SAMPLE_NOUNS})\s+{LACKING}\s+{NO_DECLINE}", re.I)


def _cued_additive(text: str, m: Mention) -> bool:
    """Is ``m`` said as an additive put into a sample ('with 5 wt% X', 'X-doped', 'in the presence of X', 'when X
    was added')?"""
    if THAT_WITH.search(text, max(0, m.start - 40), m.start):
        return False   # ("the one with Co": the additive names a sample of its own, ``that_with``)
    return bool(may_cue_additive(text) and ADDITIVE_CUE.search(text[max(0, m.start - 40):m.start])
                or additive_after(text, m.end) or ADDED_PASSIVE.match(text, m.end))


def _doped_in(text: str, m: Mention, s: MaterialSystem) -> bool:
    """Is ``m`` a material (no hydride) put in by a transitive gerund before it ('for doping Ti2C', 'after adding
    5 wt% V')? (The hydride after such a gerund is the one doped: 'doping MgH2 with Ti'.)"""
    return not _has_hydrogen(s) and DOPING_GERUND.search(text, max(0, m.start - 40), m.start) is not None


def _formulation(m: Mention, s: MaterialSystem) -> bool:
    """Is ``m`` a sample written as its parts' mass fractions ('75 wt% LiAlH4, 15 wt% Super P and 10 wt% PVDF',
    ingest.extraction.samples.electrode_formulations)? Its first fraction is read as a number of the sentence too, but
    the mention is the sample, not that number."""
    return len(s.components) > 2 and all(c.amount is not None and c.amount.unit == "wt%" for c in s.components)


# "LiAlH4 is added to MgH2 owing to its low onset temperature (~150 °C)": a causal phrase on the subject's own
# property ('because of its …') gives the subject's value, not that of the sample the subject is put into
_ITS_CAUSE = re.compile(r"\b(?:because\s+of|owing\s+to|due\s+to|thanks\s+to)\s+its\s", re.I)


# (the phrase ends where a clause of its own starts: "… owing to its catalysis, giving 200 °C")
# (the verbs: EffectVerb's lowering, enabling and showing verbs, HydrogenProcessVerb's release and uptake verbs, by
# their beginnings, and a few of leading to a result)
_ITS_CLAUSE_STEMS = sorted({*(w.removesuffix("*").lower() for scheme, concepts in (
    ("EffectVerb", ("LoweringStem", "EnablingStem", "ShowingStem")), ("HydrogenProcessVerb", ("ReleaseVerb", "UptakeVerb")))
    for c in concepts for w in vocabulary().scheme_words(scheme, c)), "lead", "giv", "result", "reach", "deliver"},
    key=lambda w: (-len(w), w))


_ITS_PHRASE_ENDS = re.compile(r"[;:]|,\s+and\s+(?:the|it|this|these)\b|\b(?:that|whereas|while|but|than|compared|vs|versus|"
                              rf"(?:{'|'.join(map(re.escape, _ITS_CLAUSE_STEMS))})(?:es|s|ing))\b", re.I)


def _its_cause_subject(text: str, g: Group, usable: list[tuple[Mention, MaterialSystem]]) -> MaterialSystem | None:
    """The sentence's subject, bare, when the value sits in a causal phrase on its own property ('X is used in
    Y–X owing to its capacity of 10.5 wt%'): no material named between the 'its' and the value."""
    causes = list(_ITS_CAUSE.finditer(text, 0, g.start)) if "its" in text else []
    cause = causes[-1] if causes else None   # (the last before the value: the phrase the value sits in)
    if cause is None or _ITS_PHRASE_ENDS.search(text, cause.end(), g.start) \
            or any(cause.end() <= m.start < g.start for m, _ in usable):
        return None
    subject = next(((m, s) for m, s in usable if m.end <= cause.start()), None)
    if subject is None or not subject[1].bare or not SUBJECT_LEAD.fullmatch(text, 0, subject[0].start):
        return None
    return subject[1]


def _starts_in(m: Mention, start: int, end: int) -> bool:
    """The mention starts inside the quantity at start..end (a unit's word read as a material, '5 nm Nb'), other than
    one that opens with that quantity as its own part's loading ('5 wt% Ni–MgH2', ingest.extraction.text.nlp)."""
    return start <= m.start < end and not (m.start == start and m.end > end and m.text[:1].isdigit())


def _subject_of(text: str, g: Group, systems: list[tuple[Mention, MaterialSystem]], taken: list[tuple[int, int]],
                ctx: Context, raw: list[Mention] | None = None) -> MaterialSystem | None:
    """The system a value belongs to.

    A material right after the unit ("5 nm Nb particles") is described by it; otherwise the nearest
    hydrogen-bearing system before the value (else after it, else the paragraph's), joined with an
    additive named between it and the value ("LiBH4 catalysed by TiF3 shows …" → LiBH4–TiF3).
    Each step below decides the subject from one kind of wording, or returns None and leaves it to the next.
    """
    raw = raw or []
    usable = _candidates(text, g, systems, taken)
    if (cause := _its_cause_subject(text, g, usable)) is not None:
        ctx.cues.append("system:its-cause")
        return cause
    if (bracketed := bracket_paired_subject(text, g, raw)) is not None:
        ctx.cues.append("system:bracket-paired")   # "of MgH2 (LiH) is 3.9 (3.1) eV": each system its value
        return bracketed
    clause = own_clause(text, g, usable)
    in_place = _additive_in_place(text, g, clause, usable) if clause is not usable else None
    if in_place is not None:
        ctx.cues.append("system:in-place")
        return in_place
    usable = clause
    # the words right around the value name whose it is
    found = (_part_sized(text, g, ctx, raw)
             or _versus_subject(text, g, usable, ctx, systems, raw)
             or _material_sized_by_value(text, g, systems, ctx, raw)
             or _described_by_value(text, g, usable, systems, ctx)
             or _named_beside_value(text, g, usable, ctx)
             or _sample_named_after_value(text, g, usable, ctx)
             or _baseline_named_before(text, g, usable, ctx))
    if found is not None:
        return found
    # else: set aside what is only compared, a reference, or a product; read what the sentence puts in
    usable = _without_compared(text, g, usable, ctx)
    usable = _without_leading_comparison(text, g, usable, ctx)
    usable = _without_lacking_reference(text, g, usable, ctx)
    usable = _without_products(text, g, usable, ctx)
    additives = _additives_named(text, g, usable)
    if (joined := _paragraph_sample_with_additive(text, g, usable, additives, ctx)) is not None:
        return joined
    if (reference := reference_after(text, g, systems)) is not None:
        ctx.cues.append("baseline:named")
        return reference
    # else: the host named before the value, after it, the material sized, the paragraph's sample, the last resort
    before = [(m, s) for m, s in usable if m.end <= g.start]
    hosts = _hosts_before(text, g, before, additives, ctx)
    after = _candidates_after(text, g, usable, additives, ctx)
    return (_host_before_value(text, g, usable, before, hosts, additives, ctx, raw)
            or _host_after_value(text, g, usable, after, additives, ctx)
            or _sized_material(text, g, usable, hosts, ctx)
            or _additive_or_alloy_named(text, g, ctx, raw)
            or _paragraph_sample(text, g, before, ctx)
            or _added_to_named(text, g, systems, before, additives, ctx)
            or _fallback(before, after, additives, ctx))


def _candidates(text: str, g: Group, systems: list[tuple[Mention, MaterialSystem]],
                taken: list[tuple[int, int]]) -> list[tuple[Mention, MaterialSystem]]:
    """The sentence's systems that may be the value's subject: not a word of another quantity, not closed off before
    the value, not what a sample is said to lack."""
    return [(m, s) for m, s in systems if (not any(_starts_in(m, a, b) for a, b in taken) or _formulation(m, s))
            and not (m.end <= g.start and _closed_before(text, m, g))
            # "(0.01 mS/cm in the absence of SiO2)": what a sample is said to lack is never a value's subject
            and not (not _has_hydrogen(s) and LACKED_BEFORE.search(text, max(0, m.start - 30), m.start))]


def _part_sized(text: str, g: Group, ctx: Context, raw: list[Mention]) -> MaterialSystem | None:
    """A size said of the particles an additive is built of or forms in place is the additive's, not the sample's."""
    if (built := built_of_sized(text, g, raw, has_hydrogen_or_storing)) is not None:
        ctx.cues.append("system:built-of-sized")
        return built   # "CeO2 spheres assembled from 10 nm particles … with MgH2": CeO2's size, not the sample's
    if (formed := formed_in_situ_sized(text, g, raw, has_hydrogen_or_storing)
            or formed_phase_sized(text, g, raw, ctx.in_passage.phases, has_hydrogen_or_storing)) is not None:
        ctx.cues.append("system:additive-sized")
        return formed   # "VTi crystallites formed in situ, about 6 nm across": VTi's own size
    return None


def _material_sized_by_value(text: str, g: Group, systems: list[tuple[Mention, MaterialSystem]], ctx: Context,
                             raw: list[Mention]) -> MaterialSystem | None:
    """A size, wall or surface the words give to a material of their own (a scaffold named after the value, a
    material's particles, bracket or 'size of') is that material's, or its confined sample's, not the sample's."""
    scaffolded = in_named_scaffold(text, g, raw, ctx) if " for " in text or " in " in text else None
    if scaffolded is not None:
        ctx.cues.append("system:scaffold-after")
        return scaffolded
    for m in raw:  # "5 nm Nb particles embedded in Mg": the size is Nb's, though Nb is Mg's additive
        if m.kind in (SYSTEM_LABEL, "Material") and 0 <= m.start - g.end <= 8 \
                and _DESCRIBED_GAP.fullmatch(text, g.end, m.start) and not any(o.start == m.start for o, _ in systems):
            own = material_system(m)
            if own is not None and own.bare and not _has_hydrogen(own) and re.search(
                    rf"^\s*(?:nano)?{PARTICLES_OR_GRAINS}s?\b", text[m.end:]):
                return _within_context(own, ctx)
    if g.key in SCAFFOLD_KEYS and (confined := scaffold_described(text, g, systems, raw)) is not None:
        ctx.cues.append("system:scaffold-described")
        return confined
    if g.key in SIZE_KEYS and (own := size_of_named(text, g, systems, raw)) is not None:
        ctx.cues.append("system:size-of")
        return own
    if (g.key in OWN_MATERIAL_KEYS or g.key in OWN_WALL_KEYS) \
            and (own := own_described(text, g, systems, raw)) is not None:
        ctx.cues.append("system:described")
        return own
    return None


def _described_by_value(text: str, g: Group, usable, systems, ctx: Context) -> MaterialSystem | None:
    """A material written right after the value's unit ('5 nm Nb particles') is what the value describes; a cover's
    thickness so written is the coated sample's coating thickness."""
    for m, s in usable:
        if 0 <= m.start - g.end <= 8 and _DESCRIBED_GAP.fullmatch(text, g.end, m.start):
            ctx.cues.append("system:described")
            # "5 nm Nb particles", "25 nm-thick Pd coating" (a coating, layer or shell of the sample is the sample's)
            coating = bool(COATING_AFTER.match(text, m.end))
            own = _within_context(s, ctx, coating=coating)
            if g.key in ("film_thickness", "coating_thickness") and not _has_hydrogen(s) \
                    and (COVER_AFTER.match(text, m.end) or COVER_NAMED.search(m.text)
                         or "value:cover-thickness" in g.cues):
                # "protected by an 8 nm Ti overlayer", "a 25 nm Pd cap", "covered by 10 nm Pd": the cover's thickness
                # is a coating thickness of the coated sample (the sentence's hydride, else the paragraph's)
                stores = [(x, y) for x, y in systems if _has_hydrogen(y) or storage_hydride(y.host.formula) is not None]
                coated = own if own is not s else next(
                    (y for x, y in reversed(stores) if x.end <= m.start), None) or next(
                    (y for x, y in stores if x.start > m.start), ctx.system)
                if coated is not None and host_formula(coated) != host_formula(s):
                    g.key = "coating_thickness"
                    return plus_additive(coated, s)
            return own
    return None


def _named_beside_value(text: str, g: Group, usable, ctx: Context) -> MaterialSystem | None:
    """A sample tied to the value by the words between them (a relative clause on it, the value in its brackets, a
    compared value 'for' it, a storing alloy right after 'for') is the value's."""
    for m, s in usable:
        if m.end <= g.start and _has_hydrogen(s) and RELATIVE_OF.fullmatch(text, m.end, g.start) \
                and not _formed_in_sample(text, m, usable):
            ctx.cues.append("system:relative")
            return s  # "Compared with bulk Mg(BH4)2, whose dehydrogenation peaks at 362 °C, …": the clause's own
        # (a bound written inside the bracket, "(less than 1.0 wt%)", "(no more than 2 wt%)", is the value's)
        bound = qualifier_start(text, g.start) if g.qualifier in ("<", ">", "<=", ">=") else g.start
        if m.end <= g.start and any(IN_PARENTHESES.fullmatch(text, m.end, at) or LABELLED.fullmatch(text, m.end, at)
                                    for at in {g.start, bound}):
            ctx.cues.append("system:bracketed")
            return s  # "than that of MgH2 (160 kJ/mol)", "(LiBH4: 0.4 mA cm−2)": the value is the mention's
        if m.start >= g.end and FOR_SYSTEM.fullmatch(text, g.end, m.start) \
                and (COMPARISON.search(text[max(0, g.start - 30):g.start]) or bracket_of(text, g) is not None
                     and ")" not in text[g.end:m.start] or theoretical_before(text, g)):
            ctx.cues.append("system:compared-for")
            # "compared with 150 °C for pure LiAlH4", "(158.5 kJ/mol for MgH2)", "close to the theoretical
            # capacity of 3.6 wt% for Mg2Ni": the value of what the 'for' names, not of the sample studied
            return s
        if m.start >= g.end and s.bare and not _has_hydrogen(s) and stores_hydrogen(s) \
                and FOR_NEXT.fullmatch(text, g.end, m.start):
            # "The capacity is only 1.4 wt% for LaNi5" after MgH2 was milled with LaNi5: an alloy that stores
            # hydrogen of its own, named right after the value, is whose value it is (not the additive of the
            # passage's sample, as a catalyst named so is: "250 °C for Ni")
            ctx.cues.append("system:for")
            return s
    return None


def _sample_named_after_value(text: str, g: Group, usable, ctx: Context) -> MaterialSystem | None:
    """A sample the words right after the value name as its own (its label in brackets, 'that with X', 'for X' after
    a value a change reached, 'observed in X', 'released from X', 'for pristine X', 'for X alone') is the value's."""
    for m, s in usable:
        if m.start >= g.end and LABEL_OPENS.fullmatch(text, g.end, m.start) and LABEL_CLOSES.match(text, m.end):
            ctx.cues.append("system:bracketed-after")
            return s  # "from 118 kJ/mol (undoped NaAlH4) to 79 kJ/mol", "… to 79 kJ/mol (NaAlH4–CeCl3)": its label
    for m, s in usable:
        if m.start >= g.end and _has_hydrogen(s) and OF_THAT_WITH.fullmatch(text, g.end, m.start):
            ctx.cues.append("system:for")
            return s   # "… and 640 K of that with MoS2": the sample the pronoun and its additive name
    return (_for_sample_after_reached(text, g, usable, ctx) or _observed_in_after(text, g, usable, ctx)
            or _source_or_bare_after(text, g, usable, ctx))


def _for_sample_after_reached(text: str, g: Group, usable, ctx: Context) -> MaterialSystem | None:
    """A value a change reached, or one of parallel 'value for sample' pairs, is the sample named 'for' after it."""
    # "falls to 68.2 kJ/mol for MgH2–5 wt% V2O5 and to 61.5 kJ/mol for MgH2–10 wt% Nb2O5": a value a
    # change reached, followed by the sample it is for
    # ("5.1 wt% for MgH2–Ni and 4.3 wt% for MgH2–Fe": each value with the sample named right after it)
    if not (TO_VALUE.search(text, max(0, g.start - 20), g.start) or parallel_for(text, g)):
        return None
    for m, s in usable:
        # (an alloy written for its hydride too: '300 mAh/g for Mg2Ni and 250 mAh/g for Mg2Ni0.7Mn0.3')
        if m.start >= g.end and stores_hydrogen(s) and FOR_NEXT.fullmatch(text, g.end, m.start):
            ctx.cues.append("system:for")
            return s
        # ("… was 250 °C for Ni and 300 °C for Fe" after "MgH2 was milled with different metals": a storage
        # value for a bare additive is the passage's sample holding it, or its host with it)
        if m.start >= g.end and FOR_NEXT.fullmatch(text, g.end, m.start) and (held := sample_holding(
                s, g.key, [*ctx.in_passage.seen, *ctx.in_paragraph.alternatives], ctx.system)) is not None:
            ctx.cues.append("system:for-additive")
            return held
    return None


def _observed_in_after(text: str, g: Group, usable, ctx: Context) -> MaterialSystem | None:
    """A value said to be observed in a hydride named right after it is that hydride's."""
    for m, s in usable if g.kind != "list" else ():   # (a list of values is paired with its samples elsewhere)
        if m.start >= g.end and _has_hydrogen(s) and _OBSERVED_IN.fullmatch(text, g.end, m.start):
            ctx.cues.append("system:observed-in")
            return s   # "the transition at 55 °C observed in the crystalline LiBH4·1/2NH3": that sample's value
    return None


def _source_or_bare_after(text: str, g: Group, usable, ctx: Context) -> MaterialSystem | None:
    """The hydride the hydrogen came from, or a reference named bare ('for pristine X', 'for X alone') right after
    the value, is the value's subject."""
    # "peaks at 395 °C for bulk LiBH4": the bare reference named right after the value is its subject
    # ("only 6.2 wt% hydrogen was released from 2LiBH4–MgH2", "2.1 wt% H2 evolved from Mg(NH2)2–2LiH": what a
    # verb says the hydrogen came from, right after the value, is the value's sample)
    given_off = " from " in text[g.end:g.end + 120]   # (cheap gate: few values have 'from' right after them)
    for m, s in usable:
        if given_off and m.start >= g.end and _has_hydrogen(s) and GIVEN_OFF_FROM.fullmatch(text, g.end, m.start) \
                and HYDROGEN_GAS.search(text, g.start, m.start):   # (the hydrogen named, in the unit or after it)
            ctx.cues.append("system:from")
            return s
        # (an adduct written with its molecule, 'of pristine LiBH4·NH3', is named bare all the same)
        # (a composite of hydrides named bare, 'for pristine 2LiNH2–MgH2', is its own bare sample too)
        if m.start >= g.end and named_bare(s) and _has_hydrogen(s) and FOR_BARE.fullmatch(text, g.end, m.start):
            ctx.cues.append("system:for")
            return s
        # "… against 3.2 wt% for Mg2Ni alone", "… 206 kJ/mol for MgH2 without oxide": named bare by what it lacks
        if m.start >= g.end and s.bare and (_has_hydrogen(s) or storage_hydride(s.host.formula) is not None) \
                and FOR_ONLY.fullmatch(text, g.end, m.start) and LACKING_AFTER.match(text, m.end):
            ctx.cues.append("system:for")
            return s
    return None


def _baseline_named_before(text: str, g: Group, usable, ctx: Context) -> MaterialSystem | None:
    """A reference named bare a few words before its own value ('… and pristine LiBH4 only 2 × 10−8 S cm−1') is that
    value's subject, a baseline."""
    # (a few words, no clause break)
    nearest = max((x for x in usable if x[0].end <= g.start), key=lambda x: x[0].end, default=None)
    if nearest is None:
        return None
    named_bare = NAMED_BARE.search(text, max(0, nearest[0].start - 30), nearest[0].start)
    if named_bare and OWN_VALUE_GAP.fullmatch(text, nearest[0].end, g.start) \
            and not SET_BELOW.search(text, max(0, named_bare.start() - 30), named_bare.start()):
        ctx.cues.append("baseline:named")
        return nearest[1]
    return None


def _without_compared(text: str, g: Group, usable, ctx: Context):
    """'compared to X', 'than that of X': the reference a value is set against is not its subject, unless nothing
    else before the value could be."""
    named = [(m, s) for m, s in usable if compared_just_before(text, m.start)
             or m.end <= g.start and s.bare and COMPARED_OBJECT.search(text, max(0, m.start - 60), m.start)]
    compared = _with_listed(text, usable, named)
    # (an additive the sentence puts in before the value, 'With 5 wt% TiF3 present, …', is no subject of its own:
    # the sample it names is the compared host's, modified — see the hosts after the value below)
    compared_after = any(x.start >= g.end for x, _ in compared)
    plain_before = [(m, s) for m, s in usable if (m, s) not in compared and m.end <= g.start
                    and not (compared_after and not _has_hydrogen(s) and _cued_additive(text, m))]
    # (with nothing plain before the value, the compared one is what the value is about: "bulk MgH2, which …")
    if plain_before or (
            # "just like the effect of KH", "It showed smaller polarization than pristine MgH2 and delivered
            # 1210 mAh/g": the reference of a comparison; the value is the paragraph's sample's
            compared and ctx.system is not None and all(m.end <= g.start for m, _ in compared)
            and (re.search(r"\blike\b", " ".join(text[max(0, m.start - 25):m.start] for m, _ in compared))
                 or all(COMPARED_OBJECT.search(text, max(0, m.start - 60), m.start) or (m, s) not in named
                        for m, s in compared))) or (
            # "the desorption enthalpy is 71.2 kJ/mol, slightly below that of bulk MgH2 (74.5 kJ/mol)": the
            # reference comes after the value, which is the paragraph's modified sample's
            compared and ctx.system is not None and not ctx.system.bare
            and all(m.start >= g.end and host_formula(s) == host_formula(ctx.system) for m, s in compared)):
        return [x for x in usable if x not in compared]
    return usable


def _without_leading_comparison(text: str, g: Group, usable, ctx: Context):
    """'Compared to γ-Mg(BH4)2 and Mg(BH4)2·NH3, this electrolyte reaches …': the references of a comparison clause
    before the value are not what the value is about (when the passage has a sample of its own)."""
    if ctx.system is None:
        return usable
    leading = [(m, s) for m, s in usable if m.end <= g.start
               and compared_before(text, m.start)
               and "," in text[m.end:g.start]]
    if leading and not any(x not in leading and x[0].end <= g.start and _has_hydrogen(x[1]) for x in usable):
        return [x for x in usable if x not in leading]
    return usable


def _without_lacking_reference(text: str, g: Group, usable, ctx: Context):
    """'compared to MgH2 without any oxide, and the activation energy was 185 kJ/mol': the bare host set apart by
    what it lacks ('without …', 'alone') is a reference; a value in a later clause is the passage's modified sample's."""
    if ctx.system is None or ctx.system.bare:
        return usable
    apart = [(m, s) for m, s in usable if m.end <= g.start and s.bare
             and SET_APART_AFTER.match(text, m.end) and "," in text[m.end:g.start]]
    if apart and not any(x not in apart and x[0].end <= g.start and _has_hydrogen(x[1]) for x in usable):
        return [x for x in usable if x not in apart]
    return usable


def _without_products(text: str, g: Group, usable, ctx: Context):
    """A product, reagent or phase formed in the sample ('reduced to LiH and Al') is not the value's subject, unless
    the value is given in its own phrase or it is all the sentence names without a passage sample."""
    # (a phase formed in the sample, said so here or earlier in the paragraph, is inside the sample)
    products = [(m, s) for m, s in usable if product_cue_before(text, m.start)
                or PHASES_AFTER_STEP.search(text, max(0, m.start - 80), m.start)
                # ('only Mg6Pd and Mg5Pd2 phases were left in the film, …': the phases a sample is found to hold)
                or phase_found(text, m)
                or _reagent(text, m) or is_product(s, ctx.in_passage.products) or reformed_state(text, m, s, usable)
                or ctx.system is not None and hydride_like(host_formula(ctx.system)) and (
                    formed_after(text, m.end) or s.name in ctx.in_passage.phases and not on_its_own(text, m))
                # ("In Ce-doped MgH2, CeH2.73 forms during milling and lowers …": formed in the sample the sentence names)
                or formed_after(text, m.end) and any(x is not m and not y.bare and _has_hydrogen(y) for x, y in usable)]
    # ("the in situ formation of LiH with an ionic conductivity of 10−7 S cm−1": a product given the value in
    # its own phrase is what the value is of)
    products = [x for x in products if not OWN_VALUE_PHRASE.fullmatch(text, x[0].end, g.start)]
    if products and (ctx.system is not None or len(products) < len(usable)):
        return [x for x in usable if x not in products]  # "reduced to LiH and Al": not the subject
    return usable


def _additives_named(text: str, g: Group, usable):
    """The sentence's materials cued as put into a sample ('doped with', 'catalysed by'), other than one the sample
    is compared with, one merely possible, one set against another value, or one a sample is said to lack."""
    # "… 4.8 wt% in 5 s, superior even to the Nb2O5 catalyst": a catalyst the sample is compared with is
    # another sample, not an additive of this one
    gerund = "oping" in text or "dding" in text   # (doping, Adding …: most sentences put nothing in by a gerund)
    return [(m, s) for m, s in usable if (_cued_additive(text, m) or gerund and _doped_in(text, m, s))
            and not compared_before(text, m.start) and not POSSIBLE_BEFORE.search(text, g.end, m.start)
            and not (m.start >= g.end and set_against_a_value(text, m.start, g.end))
            and not (m.end <= g.start and _LACKING_SAMPLE.search(text, m.end, g.start))]


def _paragraph_sample_with_additive(text: str, g: Group, usable, additives, ctx: Context) -> MaterialSystem | None:
    """A sentence that names only an additive (no hydride of its own before the value) speaks of the passage's
    sample with that additive: put in, in place of its like, or the sample before the addition."""
    # (an additive put into a hydride the sentence names after the value, "4.9 wt% was obtained from NaAlH4 doped
    # with Ce", is that hydride's: read with the hosts after the value below, not added to the paragraph's sample)
    if not additives or ctx.system is None or any(_has_hydrogen(s) and (m, s) not in additives
                                                  for m, s in usable if m.end <= g.start) \
            or any(_has_hydrogen(s) and (m, s) not in additives and g.end <= m.start < additives[-1][0].start
                   for m, s in usable):
        return None
    if (own := own_of_several(text, g, additives, ctx.system)) is not None:
        ctx.cues.append("system:own-additive")
        return own
    ctx.cues.append("system:context-additive")
    m, added = additives[-1]
    joined = at_written_loading(text, plus_additive(ctx.system, added), (m, added))
    if set_against_a_value(text, m.start):
        # "The onset is 200 °C, while doping with Fe2O3 gives 240 °C": a sample set against the paragraph's, made
        # with the new additive in place of its additives of the same part (else the paragraph's sample with it)
        return in_place_of_its_part(ctx.system, added) or joined
    if GONE_AFTER.match(text, g.end) and FRONTED_ADDING.match(text, 0, m.start):
        # "By adding MgO, the transition at 55 °C in the crystalline adduct disappears": a value the addition
        # does away with is the one of the sample before it
        ctx.cues.append("baseline:described")
        return unfilled_sample(joined)
    if OPENING_ADDITIVE.match(text, 0, m.start) and joined is not ctx.system:
        # 'Doping with Ti instead …' after NaAlH4–TiN: a new sample, the new additive in place of the earlier
        # ones of its part (a catalyst for a catalyst; LiBH4–LiI + 'Adding Al2O3 …' keeps the LiI)
        instead = in_place_of_its_part(ctx.system, added)
        if instead is not None:
            return at_written_loading(text, instead, (m, added))
    return joined


def _hosts_before(text: str, g: Group, before, additives, ctx: Context):
    """The systems before the value that may host it: not an additive, nor (when the passage's sample is modified) a
    bare reference a contrast sets apart before the value."""
    hosts = [x for x in before if x not in additives]
    if ctx.system is not None and not ctx.system.bare:
        # "… for bulk LiBH4, while the confined sample peaks at 332 °C": a bare reference set apart by
        # a contrast before the value is not what the value is about
        hosts = [(m, s) for m, s in hosts if not s.bare or not (
            NAMED_BARE.search(text, max(0, m.start - 30), m.start)
            and CONTRAST.search(text, _past_aside(text, m.end), qualifier_start(text, g.start)))]   # ('retains less than …': the value's bound)
    return hosts


def _candidates_after(text: str, g: Group, usable, additives, ctx: Context):
    """The systems after the value that may host it: not an additive, nor (with a passage sample) one set apart,
    in an aside, compared, or named bare."""
    return [(m, s) for m, s in usable if m.start >= g.start and (m, s) not in additives
            and not (ctx.system is not None and (SET_APART_BEFORE.search(text, g.end, m.start) or _aside(text, g, m)
                                                 or compared_between(text, g.end, m.start)
                                                 or NAMED_BARE.search(text, max(0, m.start - 30), m.start)))]


def _host_before_value(text: str, g: Group, usable, before, hosts, additives, ctx: Context,
                       raw: list[Mention]) -> MaterialSystem | None:
    """The nearest hydride (or storage alloy, else composed sample) named before the value is its subject, joined with
    the additive the sentence names between them or puts into it."""
    # "the hydrogenated Nd4Mg80Ni8 electrode": an alloy named as hydrogenated is a hydride here
    hydrided = {id(m) for m, _ in usable if re.search(r"\bhydrogenated\s+$", text[max(0, m.start - 15):m.start])}
    for pool in ([x for x in hosts if _has_hydrogen(x[1]) or id(x[0]) in hydrided
                  or _storage_alloy_named(x, text, ctx, usable)],
                 [x for x in hosts if not x[1].bare]):
        if pool:
            m, s = pool[-1]
            if m is not pool[0][0] and SUBJECT_LEAD.fullmatch(text, 0, pool[0][0].start) \
                    and IT_CLAUSE.search(text, m.end, g.start):
                # "X stabilises the phase of Y, and it shows 3 mS/cm": the pronoun of a coordinated clause takes up
                # the sentence's subject, not the material named last in the clause before
                m, s = pool[0]
            return _host_joined(text, g, m, s, before, additives, ctx, raw)
    return None


def _host_joined(text: str, g: Group, m: Mention, s: MaterialSystem, before, additives, ctx: Context,
                 raw: list[Mention]) -> MaterialSystem:
    """The host named before the value with what the sentence puts into it: the additive named between them, the
    sample's named catalyst, or a material added before the host or after the value."""
    # "a TiO2@C catalyst": a supported catalyst is one additive, support and all
    # ("LiBH4 without TiO2 was 160 kJ/mol": what the host is said to lack is no additive of it)
    # ("… to 280 °C with Nb2O5 and 240 °C with TiF3": an additive said 'with' right after another value is
    # that value's sample's, not this one's)
    between = [y for x, y in before if x.start >= m.end and not _has_hydrogen(y)
               and not LACKED_BEFORE.search(text, max(0, x.start - 30), x.start)
               and not said_after_other_value(text, x)
               and not equipment_after(text, x.end)]   # ('heated in a Cu sample holder': no additive)
    # a sample already composed from the text (ingest.extraction.samples.samples) takes no further guesses
    # (an alloy named alone, 'the Mg–Li alloy', is a host: what the sentence adds to it is its additive)
    unmodified = s.bare or alloy_alone(s)
    ctx.cues.append("system:sentence-joined" if between and unmodified else "system:sentence")
    if not unmodified:
        # "MgH2 grown on MXene sheets, with TiH2 formed in situ serving as catalyst …":
        # a material the sentence names as the sample's catalyst joins the composed sample
        for x, y in additives:
            if m.end <= x.start and x.end <= g.start:
                s = plus_additive(s, y)
        return s
    if between:
        return plus_additive(s, between[0])
    # "Introducing graphene as a support turned the LiBH4 rods into 20 nm particles": a material
    # the sentence adds before naming the bare host is that sample's additive
    added = added_before(text, raw, m) or added_after_value(text, g, additives, raw)
    if added:
        ctx.cues.append("system:sentence-additive")
        return with_additives(s, added)
    return s


def _host_after_value(text: str, g: Group, usable, after, additives, ctx: Context) -> MaterialSystem | None:
    """The first hydride (or composed sample, or storage alloy) named after the value, in its clause, is its subject,
    with the additive its own clause adds to it, or the one put in before the value when it is named as the
    reference."""
    # ("… of the Mg phase is 74 kJ/mol, whereas single-phase Mg2NiH4 decomposes with …": a sample named in a
    # contrasting clause after the value is that clause's subject)
    hosts_after = [x for x in after if (_has_hydrogen(x[1]) or not x[1].bare
                                        or _storage_alloy_named(x, text, ctx, usable))
                   and not CONTRAST_CLAUSE.search(text, g.end, x[0].start)]
    if not hosts_after:
        return None
    ctx.cues.append("system:after")
    m, s = hosts_after[0]
    # "4.9 wt% came from NaAlH4 doped straight with metallic Ce": the bare host named after
    # the value takes the additive its own clause adds to it right after it
    # (not a host named bare: 'from 172 kJ/mol on the clean MgH2 surface to 84 kJ/mol next to a Ti dopant')
    joined = next((y for x, y in additives if x.start >= m.end and y.bare and not _has_hydrogen(y)
                   and x.start - m.end <= 60 and not CLAUSE_BREAK.search(text, m.end, x.start)), None) \
        if not NAMED_BARE.search(text, max(0, m.start - 30), m.start) else None
    if joined is None and s.bare and COMPARED_OBJECT.search(text, max(0, m.start - 60), m.start):
        # "With 5 wt% TiF3 present, the activation energy fell to 70 kJ/mol, 31 kJ/mol below the milled NaAlH4":
        # the host named only as the reference, after the value, with the additive put in before it
        # (with the loading written before it: the sample of 'with 5 wt% TiF3' holds 5 wt%)
        put_in = next(((x, y) for x, y in reversed(additives) if x.end <= g.start and not _has_hydrogen(y)), None)
        if put_in is not None:
            ctx.cues.append("system:reference-modified")
            return with_additives(s, [(put_in[1].name, amount_before(text, put_in[0].start)[0])])
    return plus_additive(s, joined) if joined is not None and s.bare else s


def _sized_material(text: str, g: Group, usable, hosts, ctx: Context) -> MaterialSystem | None:
    """'the CoO … forms particles of 1–2 nm': a size in a sentence about a material that stores no hydrogen (and
    names no hydride) is that material's own, not the paragraph's sample's."""
    if g.key not in SIZE_KEYS or not hosts or any(_has_hydrogen(s) for _, s in usable):
        return None
    m, s = hosts[-1]
    # ("particles of 68 nm formed on the nickel substrate": what the particles grow on is not what is sized)
    if s.bare and not names_class(s) and not incidental(text, m) \
            and not SUBSTRATE_AFTER.match(text, m.end):
        ctx.cues.append("system:sized")
        return _within_context(s, ctx)
    return None


def _additive_or_alloy_named(text: str, g: Group, ctx: Context, raw: list[Mention]) -> MaterialSystem | None:
    """The additive's own size ('The catalyst particles are about 20 nm'), or the alloy a pointing phrase takes up
    ('This alloy …'), named in place of the passage's sample."""
    if (sized := additive_sized(text, g, raw, ctx.system, has_hydrogen_or_storing)) is not None:
        ctx.cues.append("system:additive-sized")
        return sized   # "The catalyst particles are about 20 nm": the additive's own size, not the sample's
    alloy = pointed_kind(text, ctx.in_passage.kinds, 0, g.start)
    if alloy is not None and (ctx.system is None or host_formula(ctx.system) != alloy.host.formula):
        # "… formed Mg5.5Ni0.5Cu. This alloy decomposes …, lowering the enthalpy to …": the alloy named last,
        # not the composite the paragraph was about before
        ctx.cues.append("system:alloy-referent")
        ctx.in_paragraph.pointed_alloy = (alloy, ctx.system, ctx.carried)
        return alloy
    return None


def _paragraph_sample(text: str, g: Group, before, ctx: Context) -> MaterialSystem | None:
    """The paragraph's sample, joined by a material this sentence makes the actor or names as its partner in a
    composite, or the cell's electrolyte instead."""
    if ctx.system is None:
        return None
    # ("Mulberry-like CoB … achieves 10.4 wt%", "the element Ge can lower … to 130 °C"); a product, a reagent or
    # a material merely named after the value is no additive
    actors = [y for x, y in before if ACTOR_AFTER.match(text, x.end) and not names_class(y)
              and not (not _has_hydrogen(y) and named_electrode(text, x))   # "Cells with InLi anodes achieve …"
              and not incidental(text, x) and not FORMED.search(text[max(0, x.start - 20):x.start])
              and not _product_of(y, ctx.system)]
    partner = described_partner(text, before) if not actors else None
    if partner is not None:
        # "A nanocomposite made of the ammine borohydride and MgO shows …": the passage's sample, with MgO
        ctx.cues.append("system:context-composite")
        return plus_additive(ctx.system, partner)
    if not actors and (electrolyte := cell_electrolyte_instead(g, ctx)) is not None:
        ctx.cues.append("system:cell-electrolyte")
        return electrolyte
    ctx.cues.append("system:context-actor" if actors else "system:context")
    if actors and _SIMILARLY.match(text) and not ctx.system.bare:
        # "Similarly, the element Ge … lowers … to 130 °C" after MgH2–Si: Ge in place of Si, not with it
        return plus_additive(bare_sample(ctx.system), actors[0])
    if actors:
        # "the alloying of CoNi … to 130 °C" after "CoNi/NC was introduced": the supported catalyst named
        actor = next((x for x in ctx.in_paragraph.supported if x.host.formula == actors[0].host.formula and actors[0].bare),
                     actors[0])
        return plus_additive(ctx.system, actor)
    return ctx.system


def _added_to_named(text: str, g: Group, systems, before, additives, ctx: Context) -> MaterialSystem | None:
    """With no passage sample and only additives before the value, the hydride the sentence names (before the value,
    else as the reference after it) holds what it adds."""
    if not before or not all(x in additives for x in before):
        return None
    # "By adding MgO, the transition of pristine LiBH4·NH3 vanishes and the composite releases 10 wt%": what
    # the sentence adds is no host; the hydride it names (set apart as a reference) with it is the sample
    named = next((s for m, s in reversed(systems) if m.end <= g.start and _has_hydrogen(s)), None)
    if named is not None:
        ctx.cues.append("system:added-to-named")
        return plus_additive(named, before[-1][1])
    # "With 5 wt% TiF3, the energies fell to 70 and 92 kJ/mol; 31 and 22 kJ/mol below the milled NaAlH4": the
    # host named only as the reference, in a later clause, holds what the sentence put in before the value
    reference = next((s for m, s in systems if m.start >= g.end and _has_hydrogen(s) and s.bare
                      and COMPARED_OBJECT.search(text, max(0, m.start - 60), m.start)), None)
    if reference is not None:
        ctx.cues.append("system:reference-modified")
        x, y = before[-1]
        return with_additives(reference, [(y.name, amount_before(text, x.start)[0])])
    return None


def _fallback(before, after, additives, ctx: Context) -> MaterialSystem | None:
    """Last resort: the nearest system before the value, else the first after it, preferring a non-additive whose
    host the ontology knows a hydride of."""
    for pool in (list(reversed(before)), after):
        if pool:
            ctx.cues.append("system:fallback")
            # ("Mg deposited on Ni foam absorbs …": a material put into or under another is not the one
            # measured, and a metal whose hydride the ontology knows is, before one it knows none of)
            pool = [x for x in pool if x not in additives] or pool
            return next((s for _, s in pool if hydride_like(host_formula(s))), pool[0][1])
    return None


# "… at 55 °C observed in the crystalline X", "… seen for pristine X": the sample a value was observed in
_OBSERVED_IN = re.compile(r"\s*,?\s+(?:(?:that\s+)?(?:is|was|were)\s+)?(?:observed|seen|found|measured|detected|recorded)"
                          r"\s+(?:in|for|with)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?", re.I)


_WITH_LOADING = re.compile(r"\bwith\s+$", re.I)


def _additive_in_place(text: str, g: Group, clause, usable) -> MaterialSystem | None:
    """'Adding 10 wt% TiO2 lowered the onset of MgH2 to 260 °C, while 10 wt% Nb2O5 lowered it to 220 °C': a
    contrasting clause that names only an additive (with its loading, or as the clause's subject) before its value
    speaks of the earlier clause's host with that additive in place of the earlier one's — not of the additive
    alone, nor of the earlier sample. A compound of the earlier sample's own elements is a phase it forms, no
    additive ('whereas MgB2 appears only at 400 °C')."""
    own = [(m, s) for m, s in clause if m.end <= g.start]
    if not own or any(_has_hydrogen(s) or not s.bare for _, s in own):
        return None
    m, added = own[0]
    loading, lead = amount_before(text, m.start)
    earlier = [s for x, s in usable if x.end <= m.start and _has_hydrogen(s) and not s.bare]
    if not earlier and loading is not None and _WITH_LOADING.search(text, max(0, lead - 8), lead):
        # "Mg(BH4)2 starts to decompose above 270 °C, but with 10 mol% TiCl3 the onset is at 200 °C": the clause's
        # additive, given 'with' its loading, goes into the bare host the earlier clause named
        earlier = [s for x, s in usable if x.end <= m.start and _has_hydrogen(s)]
    if not earlier:
        return None
    opened = CONTRAST_CLAUSE.search(text, max(0, lead - 20), lead)
    if loading is None and (opened is None or text[opened.end():lead].strip(" ,").lower() not in ("", "the")):
        return None
    sample = earlier[-1]
    if _product_of(added, sample) or added.host.formula in {c.formula for c in sample.components}:
        return None
    return with_additives(sample, [(added.host.formula, loading)])


_SIMILARLY = re.compile(r"\W*(?:similarly|likewise|analogously|in\s+the\s+same\s+way)\b", re.I)


def _product_of(system: MaterialSystem, sample: MaterialSystem) -> bool:
    """'The thermodynamically stable MgB2 …' in a paragraph about LiBH4–MgH2: a compound made only of
    the sample's own elements (besides hydrogen) forms from the sample; it is no additive put in."""
    if not system.bare or len(sample.components) < 2:
        return False
    own = {e for c in sample.components for e in formula_symbols(c.formula)}
    elements = formula_symbols(system.host.formula) - {"H", "D"}
    return len(elements) > 1 and elements <= own


def _formed_in_sample(text: str, m: Mention, usable) -> bool:
    """The mention is a phase the sentence says a sample it named before forms ("In CeO2-doped MgH2, CeO2 converts
    to CeH2.73, which lowers …", "Ce-doped MgH2 forms CeH2.73, which …"): what the relative clause on it says it
    does is said of that sample, no sample of its own."""
    if not (product_cue_before(text, m.start) or formed_after(text, m.end)):
        return False
    return any(x.end <= m.start and not y.bare and _has_hydrogen(y) for x, y in usable)


# "the Mg2Ni alloy": a composition named as an alloy made, not as a phase in one ("the Mg2Ni phase")
_ALLOY_NOUN = re.compile(r"\s+alloys?\b", re.I)
# "Cu dissolved in Mg2Ni, and the alloys absorbed 3.6 mass%": the family taken up again by a definite noun of its
# samples after the member named, before the next number (the value is the series', not the member's)
_SERIES_AGAIN = re.compile(rf"\b(?:the|these|those|all|both)\s+(?:{SAMPLE_NOUNS}|alloys?)\b", re.I)
_NEXT_NUMBER = re.compile(r"\d")


def _symbol_named(text: str, family: str) -> bool:
    """Does the sentence name the family's symbol itself ('… to 226 mAh/g for x = 0.3', 'as x rises')? Its values
    are then the members' the symbol's values say (ingest.extraction.attribution.family_members), not those of a member
    named beside."""
    # ('x = 0.3', '(x = 0)', 'as x rises'; not the notation's own 'Mg2Ni1-xMnx', '(1−x)LiI')
    return any(re.search(rf"(?<![\w)−–-]){symbol}\s*=|(?<=\s){symbol}(?=\s)", text) for symbol in family_symbols(family))


def _series_again(text: str, end: int) -> bool:
    """Is the family taken up again ('the alloys', 'these powders') after ``end``, before the next number?"""
    number = _NEXT_NUMBER.search(text, end)
    return _SERIES_AGAIN.search(text, end, number.start() if number else len(text)) is not None


def _storage_alloy_named(mention, text: str, ctx: Context, named: Sequence = ()) -> bool:
    """``_storage_alloy`` of a (mention, system) pair of ``text``, the mention named 'X alloy' or not; ``named`` the
    sentence's (mention, system) pairs."""
    m, system = mention
    # ('the undoped Mg–Al alloy' after the doped one: the passage's alloy named as the reference is the host alone)
    reference = system.bare and ctx.system is not None and not ctx.system.bare \
        and system.host.formula == ctx.system.host.formula and NAMED_BARE.search(text, max(0, m.start - 30), m.start)
    # ('In the Pd-capped Mg film, Mg6Pd released …': the sentence names the passage's sample itself, a measured
    # sample, so a composition of its metals is a phase of it, not a member of a family its metals name)
    sample_named = ctx.system is not None and not ctx.system.bare \
        and any(y.name == ctx.system.name for x, y in named if x is not m)
    # ('Mg2Ni absorbed 3.4 wt%' after Mg1.8Ti0.2Ni: the substituted alloy's parent written as its formula is a sample
    # of its own; 'the Mg–Ni alloy', its family's name, is the passage's member)
    # ('Mg2Ni absorbed 3.1 mass%' or '(Mg2Ni)98Cu2 absorbed …' after the family (Mg2Ni)100−xCux: the parent, x = 0,
    # or a member written out is that sample, not the family the passage named)
    parent = ctx.system is not None and ctx.system.bare and not system.additives \
        and system.host.formula in m.text and (substituted_from(ctx.system.host.formula, system.host.formula)
                                               or member_written(ctx.system.host.formula, system.host.formula)
                                               and not _series_again(text, m.end)
                                               and not _symbol_named(text, ctx.system.host.formula))
    return bool(reference) or parent or _storage_alloy(system, ctx, _ALLOY_NOUN.match(text, m.end) is not None,
                                                       family=not sample_named)


def _storage_alloy(system: MaterialSystem, ctx: Context, named_alloy: bool = False, family: bool = True) -> bool:
    """A storage metal's alloy ('Mg48Ni48B4', 'Mg2Ni0.8Cu0.2', 'Mg90Ce10', 'Mg–25Ni', 'LaNi5': ``samples_additives.alloy_beside``)
    named in a sentence is the sample the value is about, as a hydride would be (not the passage's sample, and not
    when it is a part of that sample: 'Mg2Ni' in MgH2–Mg2Ni or in Mg2Ni–CNT)."""
    if system.additives:
        return False
    if ctx.system is None:
        # (no sample before it for the alloy to be a part or phase of: an alloy on a storage metal is a sample as
        # a hydride is, 'the discharge capacity is 300 mAh/g for Mg2Ni and 250 mAh/g for Mg2Ni0.7Mn0.3')
        return storage_alloy(system.host.formula) or storage_metal_compound(system.host.formula)
    if system.host.formula in {c.formula for c in ctx.system.components}:
        return False
    return alloy_beside(system.host.formula, ctx.system, named_alloy, family)


def _within_context(system: MaterialSystem, ctx: Context, coating: bool = False) -> MaterialSystem:
    """'20 nm Mg particles' in a paragraph about MgH2: the metal of the host is the host's system;
    so is a part of the paragraph's sample ('Nb embedded in Mg' of the Mg–Nb@C composite)."""
    if ctx.system is not None and system.additives and ctx.system.additives \
            and host_formula(system) == host_formula(ctx.system) \
            and {a.formula for a in system.additives} < {a.formula for a in ctx.system.additives}:
        return ctx.system
    if ctx.system is None or not system.bare or _has_hydrogen(system):
        return system
    if coating and ctx.system.additives and system.host.formula in {a.formula for a in ctx.system.additives}:
        return ctx.system  # "a 2 nm amorphous carbon coating" of the Mg–Nb@C composite: the sample's part
    elements = formula_symbols(system.host.formula)
    host_elements = formula_symbols(ctx.system.host.formula)
    return ctx.system if elements and elements <= host_elements else system


