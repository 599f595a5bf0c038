"""A sample said to be made of its parts: 'a conductor composed of LiBH4 and Al2O3', 'prepared from LiBH4, LiI and
LiCl', 'composites of Mg(BH4)2 and LiBH4 (1:1 molar ratio)', 'a 3:1 mixture of LiBH4 and LiI', 'the MgH2–Ni (1:0.1
molar ratio) composite': one sample of the parts named in words, written A–B with the molar ratio when one is given
(read by ``ingest.extraction.samples.ratios``); the ontology decides host and roles. Apart because the whole phrase is
one sample: no part of it is an additive linked to a host.
"""
from __future__ import annotations

import re

from ingest.extraction.text.nlp import SYSTEM_LABEL, Mention, system_of
from ingest.extraction.text.samples_words import COMPOSED_OF, LIST_GAP, TREATED
from ontology.models import MaterialSystem
from ontology.strategy_rules import ROLES
from ontology.vocabulary import vocabulary
from ontology.word_gate import gated

from .ratios import RATIO_BARE, equimolar_around, ratio_after, ratio_before, ratio_kind, ratio_shares
from .samples_additives import additive
from .samples_notations import replace_joined, with_joined
from .samples_systems import has_hydrogen, hydride_part

# "composites of Mg(BH4)2 and LiBH4 (1:1 molar ratio)", "a mixture of LiBH4 and MgH2 in a 2:1 molar ratio":
# one sample of the two hydrides, named in words
# ('a composite of 70 wt% LiBH4 and 30 wt% Al2O3': each part may be given its share)
_PART_SHARE = r"(?:(?P<share>\d+(?:\.\d+)?\s*(?:wt|mol|vol|at)\s*\.?\s*%)\s*(?:of\s+)?)?"


# the words that say what a composite is made of ('made of', 'consisting of', 'formed by', 'comprising')
_MADE_OF_WORDS = r"(?:(?:made|composed|consisting)\s+of|formed\s+(?:by|from)|comprising)"


# ('a composite electrolyte of …', 'a mixture powder of …': a sample noun of the ontology's SampleNoun scheme between)
_COMPOSITE_OF = gated(re.compile(r"(?=[cnmbphi])\b(?:(?:nano)?composites?|mixtures?|blends?|combinations?|physical\s+mixtures?|(?:hetero)?interfaces?)"
                           rf"(?:\s+{vocabulary().scheme_alternation('SampleNoun')})?"
                           # ('a second composite, formed by …': a participle may follow a comma)
                           rf"(?:\s+(?:of|between)|,?\s+{_MADE_OF_WORDS})\s+(?:the\s+)?"
                           # ('made of the ammine borohydride Mg(BH4)2·2NH3 and MgO': a few words saying what the first is)
                           rf"(?:(?!(?:and|with|or|both|either|each)\s)(?-i:[a-z][a-z-]*)\s+){{0,2}}{_PART_SHARE}$", re.I))


# "a nanocomposite made of the ammine borohydride and MgO", "a composite formed by the adduct and Al2O3": a
# composite of the sample the passage named before, taken up by a few words, and of the partner named after 'and'
_DESCRIBED_AND = re.compile(r"(?=[cnmb])\b(?:(?:nano)?composites?|mixtures?|blends?)"
                            rf"(?:\s+{vocabulary().scheme_alternation('SampleNoun')})?"
                            rf",?\s+{_MADE_OF_WORDS}\s+the"
                            rf"(?:\s+(?!and\s)(?-i:[a-z][a-z-]*)){{1,3}}\s+and\s+(?:the\s+)?{_PART_SHARE}$", re.I)


def described_partner(text: str, named: list[tuple[Mention, MaterialSystem]]) -> MaterialSystem | None:
    """The partner a composite is said to be made of with a sample described in words, not named ("made of the
    ammine borohydride and MgO": MgO), among the ``named`` (mention, system) pairs; None when no such words."""
    if " and " not in text or "omposit" not in text and "ixture" not in text and "lend" not in text:
        return None
    return next((y for x, y in named if not has_hydrogen(y)
                 and _DESCRIBED_AND.search(text, max(0, x.start - 90), x.start)), None)


# "a conductor composed of LiBH4 and Al2O3", "prepared by the mechanochemical reaction of Mg(BH4)2 and
# ethylenediamine", "obtained by ball milling LiBH4 with MgO": what a sample is made of or made from — the
# hydride and what joins it (an additive too, not only a second hydride) are that one sample; so are the parts
# it is made from without a process named ("an electrolyte prepared from LiBH4 and LiI":
# ingest.extraction.samples.precursors leaves them to the sample where no product is named before the making)
_MADE_OF = gated(re.compile(r"\b(?:(?:composed|consisting|made(?:\s+up)?|comprised)\s+of|"
                      r"(?:prepared|synthesi[sz]ed|made|obtained|formed|produced|fabricated)\s+from(?=\s+(?:the\s+)?$)|"
                      r"based\s+on(?=\s+(?:the\s+)?$)|"
                      r"(?:prepared|synthesi[sz]ed|made|obtained|formed|produced|fabricated)\s+(?:by|via|through|from)\s+"
                      r"(?:the\s+|an?\s+)?(?:(?:[a-z]+(?:[- ]state)?|one-pot)\s+){0,2}?"
                      r"(?:(?:co-?)?(?:ball[- ])?milling|mixing|grinding|reacting|(?:re)?action|combination|combining)"
                      r"(?:\s+(?:of|between))?)\s+(?:the\s+)?$", re.I))


_AND_PARTNER = re.compile(rf"(?:\s+{vocabulary().scheme_alternation('SampleNoun')})?\s+(?:and|with)\s+(?:the\s+)?{_PART_SHARE}{TREATED}")


def _ratio_after(text: str, pos: int, mass_in_bracket: bool = False) -> re.Match | None:
    """A ratio of two right after a name at ``pos`` (ingest.extraction.samples.ratios), unless the text says it is by
    mass (an electrode's: ingest.extraction.samples.electrode_formulations) — or, with ``mass_in_bracket``, by mass in a
    bracket right after a notation ('LiBH4–SiO2 (70:30 wt%)': the mass shares of its two parts)."""
    ratio = ratio_after(text, pos)
    if ratio is None or len(ratio_shares(ratio)) != 2:
        return None
    kind = ratio_kind(ratio)
    return ratio if kind in ("molar", None) or mass_in_bracket and kind == "mass" \
        and ratio.group(0).lstrip().startswith("(") else None


def called_molar(ratio: re.Match) -> bool:
    """The text calls the ratio molar ("molar ratio", "by mole"): a bare 'a:b' may be any ratio."""
    return ratio_kind(ratio) == "molar"


def _named_run(text: str, found: list[tuple[Mention, MaterialSystem]], k: int) -> int:
    """How many names from ``found[k]`` on are written as one list ('A and B', 'A, B and C')."""
    n = 1
    while k + n < len(found) and LIST_GAP.fullmatch(text, found[k + n - 1][0].end, found[k + n][0].start):
        n += 1
    return n


def _one_formula(s: MaterialSystem) -> bool:
    """Whether a sample is one written formula, its parts (if any) inside it: an adduct 'LiBH4·NH3' or
    'Mg(BH4)2·2NH3' still joins what a composite is made of, a 'Ti-doped MgH2' already names its additive."""
    return all(a.text == s.host.text for a in s.additives)


def _made_of(text: str, found: list[tuple[Mention, MaterialSystem]], k: int, ms: list[Mention]):
    """The sample a text says is made of or made from a hydride and a partner ("a conductor composed of LiBH4
    and Al2O3", "prepared by ball milling Mg(BH4)2 with ethylenediamine", "a composite of LiBH4 and SiO2"):
    the whole name as one mention, its system, and how many further sample mentions it took; None if the
    words say no such thing (a mixture of hydrides in a ratio is read by ``composites_of`` itself)."""
    (m, s), nxt = found[k], found[k + 1] if k + 1 < len(found) else None
    if not has_hydrogen(s) or not _one_formula(s):
        return None
    named = _COMPOSITE_OF.search(text, max(0, m.start - 70), m.start)
    by_composite = named is not None
    if named is None and (made := _MADE_OF.search(text, max(0, m.start - 80), m.start)) is not None \
            and (COMPOSED_OF.match(made.group(0)) or not any(has_hydrogen(x) for o, x in found if o.end <= made.start())):
        # ("Mg2FeH6 prepared by milling MgH2 and Fe": the precursors of the hydride named first; "the Li–Mg–N–H
        # system composed of 2Mg(NH2)2 and 6LiH" says what the system named first is)
        named = made
    if named is None:
        return None
    # (a list after 'composed of' with no composite noun says what phases a sample is, 'the hydrogenated sample is
    # composed of MgH2, Mg2NiH4 and LaH3': no sample made of them)
    listed = _made_of_list(text, found, k, ms) if by_composite or not COMPOSED_OF.match(named.group(0)) else None
    if listed is not None:
        return listed[0], listed[1], listed[2]
    # what follows 'A and': the next sample mention, or a named additive without a formula ('ethylenediamine')
    after = next((n for n in ms if n.start >= m.end and n.kind in (SYSTEM_LABEL, "Material")), None)
    partner, taken = None, 0
    if nxt is not None and after is not None and after.start == nxt[0].start and nxt[1].bare:
        partner, taken = (nxt[1].name if has_hydrogen(nxt[1]) else additive(*nxt)), 1
    elif after is not None and (nxt is None or after.end <= nxt[0].start) and after.kind == "Material":
        partner = additive(after, None)
    joined = _AND_PARTNER.fullmatch(text, m.end, after.start) if partner is not None and after is not None else None
    if joined is None:
        return None
    written = ratio_after(text, after.end) or ratio_before(text, m.start)
    if written is not None and ratio_kind(written) not in ("molar", None):
        return None   # ('a mixture of A and B (2:1 by weight)': mass shares, the electrode reader's)
    ratio = _ratio_after(text, after.end)
    share = f"{joined.group('share')} " if joined.group("share") else ""   # (the partner's; the host has the rest)
    whole = system_of(f"{s.name}–{share}{partner}" + (f" ({ratio.group('a')}:{ratio.group('b')})" if ratio else ""))
    if whole is None:
        return None
    start, end = named.start(), ratio.end() if ratio else after.end
    return Mention(m.kind, text[start:end], start, end, m.term), whole, taken


# ('A, B and C': a comma between the first parts, 'and' before the last)
_LIST_COMMA = re.compile(r"\s*,\s*")


_LIST_LAST = re.compile(r"\s*,?\s+and\s+")


def _made_of_list(text: str, found: list[tuple[Mention, MaterialSystem]], k: int, ms: list[Mention]):
    """'An electrolyte based on Mg(BH4)2, diglyme and LiBH4', 'prepared from LiBH4, LiI and LiCl': the hydride
    named first and every further part of a list of three or more (commas, 'and' before the last; a part may
    be a named material with no formula, 'tetraglyme') are one sample, its parts read by the ontology. (mention,
    system, how many further sample mentions it took), or None for no such list (two parts: ``_made_of``)."""
    m = found[k][0]
    parts = [n for n in ms if n.start >= m.end and n.kind in (SYSTEM_LABEL, "Material")]
    listed, end = [], m.end
    for n in parts:
        gap = text[end:n.start]
        last = _LIST_LAST.fullmatch(gap) is not None
        if not last and _LIST_COMMA.fullmatch(gap) is None:
            break
        listed.append(n)
        end = n.end
        if last:
            break
    if len(listed) < 2 or _LIST_LAST.fullmatch(text[listed[-2].end:listed[-1].start]) is None:
        return None
    systems = {o.start: x for o, x in found}
    names = []
    for n in listed:
        x = systems.get(n.start)
        if x is not None and not x.bare:
            return None   # (a part that is a composite of its own: no list of parts)
        name = x.name if x is not None and has_hydrogen(x) else additive(n, x)
        if name is None:
            return None
        names.append(name)
    whole = system_of("–".join([found[k][1].name, *names]))
    if whole is None:
        return None
    named = _MADE_OF.search(text, max(0, m.start - 80), m.start) or _COMPOSITE_OF.search(text, max(0, m.start - 70), m.start)
    start = named.start() if named else m.start
    taken = sum(1 for o, _ in found if m.end <= o.start and o.end <= listed[-1].end)
    return Mention(m.kind, text[start:listed[-1].end], start, listed[-1].end, m.term), whole, taken


def composites_of(text: str, found: list[tuple[Mention, MaterialSystem]], ms: list[Mention]):
    """'Composites of Mg(BH4)2 and LiBH4 (1:1 molar ratio)', 'LiBH4 and LiI in a 3:1 molar ratio', 'a 3:1
    (molar) mixture of LiBH4 and LiI': one sample of the parts named in words, written A–B with the
    molar ratio when one is given; the ontology decides host and roles. A mixture of two hydrides is
    one sample with or without a ratio (a bare one is read as molar); names with no such word are one
    sample only when the text calls their ratio molar, or when hydrides alone are given a bare ratio
    in brackets. A mass ratio gives mass shares
    (ingest.extraction.samples.electrode_formulations), a volume ratio none."""
    out_found: list[tuple[Mention, MaterialSystem]] = []
    joined: dict[int, tuple[Mention, int]] = {}
    k = 0
    while k < len(found):
        m, s = found[k]
        n = _named_run(text, found, k)
        run = found[k:k + n]
        last = run[-1][0]
        after = ratio_after(text, last.end) if n > 1 else None
        before = ratio_before(text, m.start) if n > 1 and after is None else None
        ratio = after or before
        kind = ratio_kind(ratio) if ratio else None
        shares = ratio_shares(ratio) if ratio and kind in ("molar", None) else []
        if ratio is None and n > 1 and equimolar_around(text, m.start, last.end):
            kind, shares = "molar", [1.0] * n   # ("an equimolar mixture of A and B": equal moles, written 1:1)
        # (a run of one name joins nothing: no composite word is looked for before it)
        named = (before or _COMPOSITE_OF.search(text, max(0, m.start - 70), m.start)) if n > 1 else None
        bare = all(_one_compound(x) for _, x in run)
        whole = None
        # (a part that is itself a composite, 'a mixture of LiNH2–LiH and KH', joins whole when no ratio counts
        # its parts)
        if kind != "mass" and (bare or not shares) and named and n == 2 and all(has_hydrogen(x) for _, x in run) \
                and _AND_PARTNER.fullmatch(text, m.end, last.start):
            whole = _in_ratio(run, shares if len(shares) == 2 else [])
        elif bare and len(shares) == n and (kind == "molar" and any(has_hydrogen(x) for _, x in run) or kind is None
                                            and after and after.group(0).lstrip().startswith("(")
                                            and all(has_hydrogen(x) for _, x in run)):
            # ('LiBH4 and MgH2 (2:1)': a bare ratio of hydrides in brackets is molar, as after 'LiBH4–MgH2')
            whole = _in_ratio(run, shares, counted=before is None)
            if whole is not None and any(c.role in _NOT_COUNTED for c in whole.additives):
                whole = None  # 'MgH2, carbon black and CMC in a molar ratio of 7:2:1': no moles of a carbon or binder
        if whole is not None:
            # the mention is the whole name ("mixture of A and B …"): its parts are no reagents
            start = named.start() if named else m.start
            end = after.end() if after and shares else last.end
            mention = Mention(m.kind, text[start:end], start, end, m.term)
            out_found.append((mention, whole))
            joined[m.start] = (mention, end)
            k += n
            continue
        made = _made_of(text, found, k, ms)
        if made is not None:
            mention, whole, taken = made
            out_found.append((mention, whole))
            joined[m.start] = (mention, mention.end)
            k += 1 + taken
            continue
        out_found.append((m, s))
        k += 1
    if not joined:
        return found, ms
    return out_found, with_joined(ms, joined)


def _one_compound(x: MaterialSystem) -> bool:
    """Is ``x`` one compound, counted whole by a molar ratio: a formula with no additive, or an adduct whose
    only other parts are the molecules its own formula binds after the dot ('a 1:2 molar mixture of
    Mg(BH4)2·2NH3 and MgH2': the ammine is one of the two things mixed, its NH3 no part added beside it)."""
    return all(c.role == ROLES["dopant"] and c.text == x.host.text and "·" in c.text for c in x.additives)


# parts whose moles a composition does not count (an electrode's carbon and binder, a scaffold, a milling aid)
_NOT_COUNTED = frozenset({"Binder", "ConductiveAdditive", "ScaffoldConfinementHost", "MillingAid"})


def _in_ratio(run: list[tuple[Mention, MaterialSystem]], shares: list[float], counted: bool = False
              ) -> MaterialSystem | None:
    """The parts in their molar ratio, read by the ontology (one id for every spelling of 3LiBH4–LiI):
    a mixture keeps the ratio as written ('Mg(BH4)2–LiBH4 (1:1)'); names the text gives a molar ratio
    are written with their counts, as a milling with one is ('3LiBH4–LiI', 'MgH2–0.1Ni')."""
    # (a count of one is not written: equal moles keep the ratio, 'LiBH4–LiI (1:1)', or they would be lost)
    if counted and shares and any(v != 1 for v in shares):
        return system_of("–".join(f"{v:g}{x.name}" if v != 1 else x.name for v, (_, x) in zip(shares, run)))
    ratio = f" ({':'.join(f'{v:g}' for v in shares)})" if shares else ""
    return system_of("–".join(x.name for _, x in run) + ratio)


def ratio_after_notation(text: str, found: list[tuple[Mention, MaterialSystem]], ms: list[Mention]):
    """'the MgH2–Ni (1:0.1 molar ratio) composite', 'LiBH4–MgH2 (2:1)': a two-part notation followed by its
    molar ratio is that composition (2LiBH4–MgH2, MgH2–0.1Ni); 'LiBH4–SiO2 (70:30 wt%)': by a mass ratio in its
    bracket, each part's mass share."""
    joined: dict[int, tuple[Mention, MaterialSystem]] = {}
    for m, s in found:
        if len(s.components) != 2 or any(c.amount for c in s.components) or not has_hydrogen(s):
            continue
        # ('a LiBH4:LiI 3:1 mixture': after parts joined by a colon, the bare ratio is of those parts; so after two
        # hydrides joined by a slash, 'LiNH2/LiH 1:1.2', 'MgH2/TiH2 0.7:0.3', mixed by their moles)
        colon = RATIO_BARE.match(text, m.end) if ":" in m.text or "/" in m.text and _two_hydrides(s) else None
        ratio = colon if colon is not None and ratio_kind(colon) != "volume" \
            else _ratio_after(text, m.end, mass_in_bracket=True)
        if ratio is None or colon is None and not ratio.group(0).lstrip().startswith("(") \
                and not called_molar(ratio) and not ratio.group("equals") and not ratio.group("listed"):
            continue  # a bare 'a:b' after the notation may be anything; in brackets, set equal or called molar it is the ratio
        by_mass = " wt%" if ratio_kind(ratio) == "mass" else ""
        whole = system_of(f"{m.text} ({ratio.group('a')}:{ratio.group('b')}{by_mass})")
        whole = system_of(whole.name) or whole if whole is not None else None   # as written with its counts ('MgH2–0.1Ni')
        if whole is not None and len(whole.components) == 2:
            joined[m.start] = (Mention(m.kind, text[m.start:ratio.end()], m.start, ratio.end(), m.term), whole)
    return replace_joined(joined, found, ms)


def _two_hydrides(system: MaterialSystem) -> bool:
    """Both parts of a two-part sample are hydrides (a metal's bond to hydrogen each): a bare ratio of them is by
    mole, as a hydride and a carbon or an oxide are often mixed by mass."""
    return all(hydride_part(c) for c in system.components)
