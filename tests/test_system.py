"""System notations of the review (issue 3) and typed queries (issue 5) -> MaterialSystem.

Host, additive amounts/units, additive classes and roles are checked against ontology term ids;
every spelling of a system must give the same name and id.
"""
from __future__ import annotations

import pytest

from ontology.models import MaterialSystem
from ontology.system import SystemParseError, analyse_system, host_formula, parse_system, system_name
from ontology.vocabulary import vocabulary


def _c(formula, role, cls=None, amount=None, unit=None):
    return {"formula": formula, "role": role, "additive_class": cls,
            "amount": None if amount is None else (amount, unit)}


def _as_dicts(system: MaterialSystem):
    return [{"formula": c.formula, "role": c.role, "additive_class": c.additive_class,
             "amount": None if c.amount is None else (c.amount.value, c.amount.unit)}
            for c in system.components]


# notation -> (normalized name, components host first: formula, role, additive class, amount)
NOTATIONS = {
    "LiBH4–MgH2": ("LiBH4–MgH2", [
        _c("LiBH4", "HostHydride"), _c("MgH2", "DestabilizingReactant")]),
    "2LiBH4–MgH2": ("2LiBH4–MgH2", [
        _c("LiBH4", "HostHydride", amount=2.0, unit="ratio"), _c("MgH2", "DestabilizingReactant")]),
    "MgH2–10 wt% TiVNbZrFe": ("MgH2–10 wt% TiVNbZrFe", [
        _c("MgH2", "HostHydride"), _c("TiVNbZrFe", "Catalyst", "HighEntropyAlloy", 10.0, "wt%")]),
    # Li4(BH4)3I is LiBH4 with LiI substituted in (the name stays as written)
    "Li4(BH4)3I@SBA-15": ("Li4(BH4)3I@SBA-15", [
        _c("LiBH4", "HostHydride", amount=3.0, unit="ratio"), _c("LiI", "DopantSubstituent", "Halide", 1.0, "ratio"),
        _c("SBA-15", "ScaffoldConfinementHost", "MesoporousSilica")]),
    "0.7Li(CB9H10)–0.3Li(CB11H12)": ("0.7LiCB9H10–0.3LiCB11H12", [
        _c("LiCB9H10", "HostHydride", amount=0.7, unit="ratio"),
        _c("LiCB11H12", "DopantSubstituent", amount=0.3, unit="ratio")]),
    "MgH2@Ni–graphene": ("MgH2@Ni–graphene", [
        _c("MgH2", "HostHydride"), _c("Ni", "Catalyst", "Metal"),
        _c("graphene", "ScaffoldConfinementHost", "CarbonSupport")]),
    # an ammoniate is the borohydride it modifies with NH3 as substituent (issue 10; name as written)
    "Mg(BH4)2·2NH3": ("Mg(BH4)2·2NH3", [_c("Mg(BH4)2", "HostHydride"), _c("NH3", "DopantSubstituent", None, 2.0, "ratio")]),
    "magnesium hydride": ("MgH2", [_c("MgH2", "HostHydride")]),
    "MgH2 + 5 mol% Nb2O5": ("MgH2–5 mol% Nb2O5", [
        _c("MgH2", "HostHydride"), _c("Nb2O5", "Catalyst", "Oxide", 5.0, "mol%")]),
    "LiBH4-LiI": ("LiBH4–LiI", [_c("LiBH4", "HostHydride"), _c("LiI", "DopantSubstituent", "Halide")]),
    "MgH2/Ti3C2": ("MgH2–Ti3C2", [_c("MgH2", "HostHydride"), _c("Ti3C2", "Catalyst", "CarbideMXene")]),
    "Mg(BH4)2@N-doped carbon": ("Mg(BH4)2@N-doped carbon", [
        _c("Mg(BH4)2", "HostHydride"), _c("N-doped carbon", "ScaffoldConfinementHost", "CarbonSupport")]),
}


@pytest.mark.parametrize("notation", list(NOTATIONS))
def test_notation_of_issue_3(notation):
    name, components = NOTATIONS[notation]
    system = parse_system(notation)
    assert system.name == name
    assert _as_dicts(system) == components
    assert system.text == notation


def test_roles_and_classes_are_ontology_terms():
    vocab = vocabulary()
    for notation in NOTATIONS:
        for c in parse_system(notation).components:
            assert vocab.get(c.role).kind == "Role"
            if c.additive_class:
                assert "AdditiveMaterial" in vocab.ancestors(c.additive_class)
            assert c.term is None or c.term in vocab


def test_host_terms_are_hydrides():
    vocab = vocabulary()
    for notation in NOTATIONS:
        host = parse_system(notation).host
        assert "Hydride" in vocab.ancestors(host.term), (notation, host.term)


def test_architecture_of_at_notation():
    assert parse_system("Li4(BH4)3I@SBA-15").architecture == "confined"
    assert parse_system("Mg(BH4)2@N-doped carbon").architecture == "confined"
    assert parse_system("LiBH4–MgH2").architecture is None


# every spelling in a group is the same system: same name, same id
SAME_SYSTEM = [
    ["MgH2–10 wt% TiVNbZrFe", "MgH2 + 10 wt% TiVNbZrFe", "MgH2-10wt.% TiVNbZrFe", "MgH2+10wt%TiVNbZrFe",
     "MgH<sub>2</sub>–10 wt% TiVNbZrFe", "MgH₂–10 wt% TiVNbZrFe", r"$\text{MgH}_2$–10 wt% TiVNbZrFe"],
    ["LiBH4–LiI", "LiBH4-LiI", "LiBH<sub>4</sub>–LiI", r"$\text{LiBH}_4\text{--}\text{LiI}$"],
    ["0.7Li(CB9H10)–0.3Li(CB11H12)", "0.7LiCB9H10–0.3LiCB11H12", "0.7Li(CB9H10)-0.3Li(CB11H12)"],
    ["Ca(BH4)2·4NH3", "Ca(BH4)2.4NH3", "Ca(BH4)2 · 4NH3", "Ca(BH<sub>4</sub>)<sub>2</sub>·4NH<sub>3</sub>"],
    ["MgH2", "magnesium hydride", "MgH<sub>2</sub>", r"$\text{MgH}_2$"],
    ["MgH2@Ni–graphene", "MgH2@Ni-graphene"],
    ["Li3(NH2)2I@SBA-15", "Li3(NH2)2I@SBA15", "Li<sub>3</sub>(NH<sub>2</sub>)<sub>2</sub>I@SBA-15"],
    ["MgH2/Ti3C2", "MgH2–Ti3C2", "MgH2 + Ti3C2", "Ti3C2–MgH2", "MgH2–Ti3C2Tx"],
    ["MgH2–10 wt% Ni", "10 wt% Ni–MgH2", "10 wt% Ni + MgH2"],   # host named first
    ["2LiBH4–MgH2", "LiBH4–MgH2 (2:1)", "LiBH4/MgH2 2:1 molar ratio", "LiBH4–MgH2 (2 : 1)"],
    ["LiBH4–MgH2", "1LiBH4–MgH2", "LiBH4-MgH2 (1:1)"],
]


@pytest.mark.parametrize("spellings", SAME_SYSTEM, ids=lambda s: s[0])
def test_every_spelling_gives_the_same_id(spellings):
    systems = [parse_system(s) for s in spellings]
    assert {s.name for s in systems} == {systems[0].name}
    assert {s.id for s in systems} == {systems[0].id}


def test_at_order_is_kept():
    # '@' carries the build: the core is written before the shell, so the order is not normalized
    assert parse_system("Ni–MgH2@C").name == "Ni–MgH2@C"
    # a metal host is a layer of a film: Pd/Mg/Pd keeps its stacking order
    assert parse_system("Pd/Mg/Pd").name == "Pd–Mg–Pd"


def test_different_systems_differ():
    ids = {parse_system(n).id for n in ["2LiBH4–MgH2", "LiBH4–2MgH2", "LiBH4–MgH2",
                                        "MgH2–10 wt% Ni", "MgH2–5 wt% Ni", "MgH2–10 mol% Ni"]}
    assert len(ids) == 6


def test_unknown_tokens_are_reported_not_ignored():
    with pytest.raises(SystemParseError) as err:
        parse_system("MgH2 + 10 wt% Unobtainium")
    assert err.value.unknown == ["10 wt% Unobtainium"]
    assert "Unobtainium" in str(err.value) and "materials.ttl" in str(err.value)
    lenient = analyse_system("MgH2 + 10 wt% Unobtainium")
    assert lenient.unknown == ["10 wt% Unobtainium"]
    assert lenient.system.host.formula == "MgH2"
    assert parse_system("MgH2 + 10 wt% Unobtainium", strict=False).additives[0].amount.unit == "wt%"


@pytest.mark.parametrize("text,words", [
    ("LiBH4–MgH2–LiI (2:1)", ["2 numbers for 3 components"]),
    ("2LiBH4–MgH2 (2:1)", ["both coefficients and a ratio"]),
    ("LiBH4–MgH2 (0:0 mass ratio)", ["mass ratio", "wt%"]),
])
def test_ratio_errors_name_the_fix(text, words):
    with pytest.raises(SystemParseError) as err:
        parse_system(text)
    for word in words:
        assert word in str(err.value)


def test_prose_is_not_a_system():
    with pytest.raises(SystemParseError) as err:
        parse_system("MgH2 ball milled with Ni")
    assert err.value.unknown


@pytest.mark.parametrize("text", ["", "   ", "<sub></sub>"])
def test_empty_notation_refused(text):
    with pytest.raises(SystemParseError, match="empty"):
        parse_system(text)


def test_system_name_helper():
    assert system_name("MgH2 + 10 wt% TiVNbZrFe") == "MgH2–10 wt% TiVNbZrFe"


def test_every_rule_finds_its_ontology_term():
    # the rules bind to term ids; a renamed or missing term shows up in the notes of every parse
    assert analyse_system("MgH2–10 wt% Ni").notes == []


# ----------------------------------------------------------------------- property-based
from hypothesis import (  # noqa: E402
    given,
    settings,
    strategies as st,
)

_HOSTS = ["MgH2", "LiBH4", "Mg(BH4)2", "NaAlH4", "LiAlH4"]
_ADDITIVES = ["Ni", "TiO2", "Nb2O5", "TiVNbZrFe", "graphene", "TiF3"]


def _html(formula: str) -> str:
    import re

    return re.sub(r"(?<=[A-Za-z)])(\d+)", r"<sub>\1</sub>", formula)


@settings(max_examples=150, deadline=None)
@given(host=st.sampled_from(_HOSTS),
       additives=st.lists(st.tuples(st.sampled_from(_ADDITIVES), st.integers(1, 30),
                                    st.sampled_from(["wt%", "mol%"])),
                          min_size=1, max_size=3, unique_by=lambda a: a[0]),
       seps=st.lists(st.sampled_from(["–", " + ", "-", "+", " – "]), min_size=3, max_size=3),
       markup=st.booleans(), spaced_unit=st.booleans())
def test_generated_spellings_give_one_system(host, additives, seps, markup, spaced_unit):
    def spell(sep_list, html):
        text = _html(host) if html else host
        for (name, n, unit), sep in zip(additives, sep_list):
            amount = f"{n} {unit}" if spaced_unit else f"{n}{unit}"
            text += f"{sep}{amount} {_html(name) if html else name}"
        return text

    canonical = parse_system(spell(["–"] * 3, False))
    variant = parse_system(spell(seps, markup))
    assert (variant.name, variant.id) == (canonical.name, canonical.id)
    assert variant.host.formula == host and variant.host.role == "HostHydride"
    assert [(a.formula, a.amount.value, a.amount.unit) for a in variant.additives] == \
        [(name, float(n), unit) for name, n, unit in additives]


@pytest.mark.parametrize("text, name, host_text", [
    ("Mg/MgH2", "MgH2", "Mg/MgH2"),
    ("MgH2/Mg", "MgH2", "MgH2/Mg"),
    ("Mg/MgH<sub>2</sub>–Ni", "MgH2–Ni", "Mg/MgH2"),
    ("Mg2Ni/Mg2NiH4", "Mg2NiH4", "Mg2Ni/Mg2NiH4"),
    ("TiH2/Ti", "TiH2", "TiH2/Ti"),
])
def test_a_metal_hydride_pair_is_the_hydride_not_an_additive(text, name, host_text):
    s = parse_system(text)
    assert s.name == name and not [a for a in s.additives if a.formula in ("Mg", "Mg2Ni", "Ti")]
    assert s.host.text == host_text


@pytest.mark.parametrize("text, additives", [("MgH2/Ni", ["Ni"]), ("LiBH4/LiI", ["LiI"]),
                                             ("Na/NaAlH4", ["Na"])])
def test_other_slash_pairs_stay_composites(text, additives):
    assert [a.formula for a in parse_system(text).additives] == additives


# ---------------------------------------------------------------- identity across notations (issue 10)
@pytest.mark.parametrize("spellings", [
    ["3LiBH4–LiI", "Li4(BH4)3I", "3LiBH4·LiI", "LiBH4–LiI (3:1)"],
    ["(3LiBH4–LiI)@SBA-15", "Li4(BH4)3I@SBA-15"],
    ["2LiNH2–LiI", "Li3(NH2)2I"],
    ["MgH2–Ni", "Mg–Ni"],
    ["Mg2NiH4", "Mg2Ni"],
    ["Li(BH4)0.7Br0.3", "0.7LiBH4–0.3LiBr"],      # a solid solution written with fractions
], ids=lambda s: s[0])
def test_equivalent_notations_are_one_system(spellings):
    systems = [parse_system(s) for s in spellings]
    assert len({s.id for s in systems}) == 1, [(s.name, s.key) for s in systems]


def test_compound_of_hydride_and_halide_is_host_with_substituent_name_as_written():
    s = parse_system("Li4(BH4)3I")
    assert s.name == "Li4(BH4)3I"
    assert s.host.formula == "LiBH4" and s.host.role == "HostHydride"
    assert [(a.formula, a.role) for a in s.additives] == [("LiI", "DopantSubstituent")]
    assert parse_system("Li4(BH4)3I@SBA-15").architecture == "confined"


@pytest.mark.parametrize("notation", ["LiCe(BH4)3Cl", "LiBH3.75F0.25", "Mg(BH4)2·2NH3", "LiBH4·1/2NH3"])
def test_real_compounds_keep_their_identity(notation):
    # a derived compound is its parent hydride with a substituent (issue 10), but its identity is its
    # own name: it is not merged with a mixture of the two
    s = parse_system(notation)
    assert s.key is None and s.name == notation


def test_metal_host_is_named_as_its_hydride():
    from ontology.system import host_formula, storage_hydride

    assert storage_hydride("Mg") == "MgH2" and storage_hydride("Mg2Ni") == "Mg2NiH4"
    assert storage_hydride("Ni") is None and storage_hydride("MgH2") is None
    assert host_formula(parse_system("Mg–Ni")) == "MgH2"
    assert parse_system("Mg–Ni").name == "Mg–Ni"  # the name stays as written


def test_a_hydride_under_a_descriptor_is_that_hydride_with_the_name_as_written():
    """'Annealed-350LiBH4', 'Sputtered film MgH2': the words say how the hydride was made; the parser
    splits them off, so the host component (and the graph's HAS_HOST) is the hydride itself."""
    from kg.rows import material_id
    from ontology.system import analyse_system, host_formula

    for name, host, term in (("Annealed-350LiBH4", "LiBH4", "LithiumBorohydride"),
                             ("Sputtered film MgH2", "MgH2", "MagnesiumHydride"),
                             ("Nanosized Mg(BH4)2", "Mg(BH4)2", "MagnesiumBorohydride")):
        parsed = analyse_system(name)
        s = parsed.system
        assert parsed.unknown == [], name
        assert s.name == name and s.host.text == name, name      # the identity keeps the descriptor
        assert s.host.formula == host and s.host.term == term and s.host.role == "HostHydride", name
        assert host_formula(s) == host and material_id(s.host) == term, name
    # a described host keeps its additives, and differs from the bare host
    s = parse_system("Sputtered film MgH2–Pd")
    assert s.host.formula == "MgH2" and [a.formula for a in s.additives] == ["Pd"]
    assert parse_system("Sputtered film MgH2").id != parse_system("MgH2").id


def test_a_descriptor_is_words_not_chemistry():
    from ontology.system import analyse_system

    # a formula or a material name next to the hydride is no descriptor: the piece stays unknown
    for name in ("Thin", "TiO2 MgH2", "graphene MgH2", "Xq12 MgH2"):
        assert analyse_system(name).unknown == [name], name


@pytest.mark.parametrize("name, host, partner", [
    ("Mg(BH4)2·6NH3", "Mg(BH4)2", "NH3"),           # an ammoniate the ontology names
    ("Mg(BH4)(NH2)", "Mg(BH4)2", "Mg(NH2)2"),        # an amide-substituted borohydride
    ("LiBH4·NH3", "LiBH4", "NH3"),
    ("Mg(BH4)2·2.5NH3", "Mg(BH4)2", "NH3"),         # an adduct the ontology does not name: split at its dot
])
def test_a_derived_compound_is_its_parent_hydride_with_the_partner_as_substituent(name, host, partner):
    from ingest.evaluation.scoring import same_material
    from ontology.system import analyse_system

    s = analyse_system(name).system
    assert s.name == name and s.key is None           # its own identity, as written
    assert s.host.formula == host and s.host.role == "HostHydride" and s.host.text == name
    assert len(s.additives) == 1 and same_material(s.additives[0].formula, partner)
    assert s.additives[0].role == "DopantSubstituent"


def test_a_derived_compound_keeps_its_support_and_its_identity():
    from ontology.system import analyse_system

    s = analyse_system("Mg(BH4)2·6NH3@SBA-15").system
    assert s.architecture == "confined"
    assert [a.role for a in s.additives] == ["DopantSubstituent", "ScaffoldConfinementHost"]
    assert analyse_system("Mg(BH4)2·6NH3").system.id != analyse_system("Mg(BH4)2·2NH3").system.id
    # an adduct of something that is no hydride of the ontology is left alone
    assert analyse_system("CuSO4·5H2O").system.additives == []
    for name, host in (("Heated-400LiBH4", "LiBH4"), ("Thin film MgH2", "MgH2"), ("Nano MgH2-GR", "MgH2"),
                       ("MgH2", "MgH2"), ("Li2B12H12", "Li2B12H12")):
        assert host_formula(parse_system(name, strict=False)) == host, name


def test_borohydride_amide_double_salts_are_host_and_substituent():
    """Li2(BH4)(NH2) is LiBH4 with LiNH2 as substituent, Li4(BH4)(NH2)3 LiBH4 with 3 LiNH2 (issue 10);
    the name stays as written although the ontology knows them as members of Li(BH4)1-x(NH2)x."""
    s = parse_system("Li2(BH4)(NH2)")
    assert s.name == "Li2(BH4)(NH2)" and s.host.formula == "LiBH4"
    # (one of each, stated by the formula: 1 ratio each, as the dev set's fresh_li annotations keep them)
    assert [(a.formula, a.role, a.amount.value) for a in s.additives] == [("LiNH2", "DopantSubstituent", 1.0)]
    s = parse_system("Li4(BH4)(NH2)3")
    assert s.name == "Li4(BH4)(NH2)3" and s.host.formula == "LiBH4"
    assert [(a.formula, a.role, a.amount.value) for a in s.additives] == [("LiNH2", "DopantSubstituent", 3.0)]
    # the general formula is LiBH4 modified by LiNH2 too, its name kept as written
    general = parse_system("Li(BH4)1-x(NH2)x")
    assert general.name == "Li(BH4)1-x(NH2)x" and general.host.formula == "LiBH4"


def test_a_carbon_scaffold_does_not_make_an_element_list():
    from ontology.system import host_formula

    assert host_formula(parse_system("Mg–V@C")) == "MgH2"          # a Mg host with V on carbon
    assert host_formula(parse_system("Li–Al–N–H")) == "Li"         # a family of elements stays one
    # … unless the ontology names the family: the Li–Mg–N–H system is Mg(NH2)2 with LiH
    s = parse_system("Li–Mg–N–H")
    assert host_formula(s) == "Mg(NH2)2" and [a.formula for a in s.additives] == ["LiH"]


def test_a_confined_mixture_is_confined_but_a_supported_catalyst_is_not():
    assert parse_system("LiBH4–LiI@MCM-41").architecture == "confined"
    assert parse_system("2LiBH4–MgH2@carbon aerogel", strict=False).architecture == "confined"
    assert parse_system("MgH2–Ni@C").architecture != "confined"
def test_roles_of_partners_by_composition():
    """A second anion of the host's cation substitutes; a hydride or hydroxide given as a loading is an
    additive (catalyst), not a reactive partner; a hydride partner of another cation destabilises."""
    roles = lambda n: {c.formula: c.role for c in parse_system(n, strict=False).additives}  # noqa: E731
    assert roles("0.6Na(CB9H10)–0.4Na(CB11H12)")["NaCB11H12"] == "DopantSubstituent"
    r = roles("Mg(NH2)2–2LiH–4 mol% RbH")
    assert r["LiH"] == "DestabilizingReactant" and r["RbH"] == "Catalyst"
    assert roles("Mg(NH2)2–2LiH–3 mol% NaOH")["NaOH"] == "Catalyst"
    assert roles("2LiBH4–MgH2")["MgH2"] == "DestabilizingReactant"


@pytest.mark.parametrize("text, additive, role", [
    # a second anion of the host's own cation reacts in a store (LiBH4–2LiNH2 gives Li3BN2); its role
    # in an electrolyte is the application's (test_a_reactant_partner_of_an_electrolyte_substitutes)
    ("LiBH4–LiNH2", "LiNH2", "DestabilizingReactant"),
    # a halide of an alkali or alkaline-earth metal dissolves into a borohydride; a transition-metal one catalyses
    ("2LiBH4–NaI", "NaI", "DopantSubstituent"),
    ("4LiBH4–KCl", "KCl", "DopantSubstituent"),
    ("LiBH4–CaI2", "CaI2", "DopantSubstituent"),
    ("LiBH4–TiCl3", "TiCl3", "Catalyst"),
    ("MgH2–5 mol% KCl", "KCl", "Catalyst"),            # no borohydride lattice to enter
    # a transition-metal hydride forms no compound with MgH2 (a catalytic phase) but reacts with LiBH4
    ("0.7MgH2–0.3TiH2", "TiH2", "Catalyst"),
    ("MgH2–ZrH2", "ZrH2", "Catalyst"),
    ("LiBH4–CeH2", "CeH2", "DestabilizingReactant"),
    ("2LiBH4–MgH2", "MgH2", "DestabilizingReactant"),
    ("MgH2–Mg2NiH4", "Mg2NiH4", "DestabilizingReactant"),
    # the partner of a system the ontology names by its elements keeps the reactant's role
    ("Li–Mg–N–H", "LiH", "DestabilizingReactant"),
    ("Mg(BH4)2·2NH3", "NH3", "DopantSubstituent"),
    # behind '@': a transition-metal oxide, nitride or halide shell catalyses; carbon, polymers, MXenes confine
    ("MgH2@Nb2O5", "Nb2O5", "Catalyst"),
    ("Mg@TiO2", "TiO2", "Catalyst"),
    ("Mg@PMMA", "PMMA", "ScaffoldConfinementHost"),
    ("MgH2@Ti3C2", "Ti3C2", "ScaffoldConfinementHost"),
    ("LiBH4@SBA-15", "SBA-15", "ScaffoldConfinementHost"),
])
def test_roles_follow_the_chemistry_of_host_and_additive(text, additive, role):
    found = {c.formula: c.role for c in parse_system(text, strict=False).additives}
    assert found[additive] == role, found


def test_a_magnesium_rich_alloy_is_a_hydride_host():
    """Nd4Mg80Ni8 stores hydrogen as its majority metal's hydride; an alloy where Mg is a minority is
    not made a magnesium host by it."""
    assert parse_system("Nd4Mg80Ni8").host.role == "HostHydride"
    assert parse_system("Mg90Ce10").host.role == "HostHydride"
    # (LaNi5 is a host of its own, for its hydride LaNi5H6 — an intermetallic of the ontology —, never MgH2's)
    assert parse_system("LaNi5", strict=False).key == "LaNi5H6"


def test_strategies_of_a_second_anion_and_a_loaded_hydride():
    from ontology.strategy_rules import composition_strategies
    assert composition_strategies(parse_system("0.6Na(CB9H10)–0.4Na(CB11H12)", strict=False)) == ["AnionSubstitution"]
    found = composition_strategies(parse_system("Mg(NH2)2–2LiH–4 mol% RbH", strict=False))
    # a main-group hydride loaded as catalyst is metal compound catalysis (a kind of catalysis)
    assert "LiMgNHComposite" in found and "MetalCompoundCatalysis" in found


def test_fractional_cations_are_the_host_with_a_substituent():
    s = parse_system("Mg0.85Zn0.15(BH4)2")
    assert [(c.formula, c.role, c.amount.value) for c in s.components] == [
        ("Mg(BH4)2", "HostHydride", 0.85), ("Zn(BH4)2", "DopantSubstituent", 0.15)]
    assert s.name == "Mg0.85Zn0.15(BH4)2"   # the name stays as written
    s = parse_system("Mg0.9In0.1")
    assert host_formula(s) == "MgH2" and [c.formula for c in s.additives] == ["In"]
    # no main metal, or no hydride the ontology knows for it: an alloy of its own, never split
    assert not parse_system("MgH2–Ti0.5V0.5").additives[0].formula.startswith("Ti–")
    assert len(parse_system("Ti0.5V0.5").components) == 1


def test_a_layer_written_twice_is_one_additive():
    s = parse_system("Pd/Mg/Pd")
    assert s.name == "Pd–Mg–Pd" and [c.formula for c in s.additives] == ["Pd"]


def test_a_double_salt_printed_with_fractional_counts_is_the_borohydride_with_its_amide():
    s = parse_system("Li(BH4)1/2(NH2)3/4")
    assert [(c.formula, c.role) for c in s.components] == [("LiBH4", "HostHydride"), ("LiNH2", "DopantSubstituent")]
    assert s.name == "Li(BH4)1/2(NH2)3/4"


@pytest.mark.parametrize("text, host, substituent, shares", [
    ("Mg0.9Zn0.1(BH4)2", "Mg(BH4)2", "Zn(BH4)2", (0.9, 0.1)),
    ("Mg0.75Zn0.25(BH4)2", "Mg(BH4)2", "Zn(BH4)2", (0.75, 0.25)),
    ("Li0.9K0.1BH4", "LiBH4", "KBH4", (0.9, 0.1)),
])
def test_a_cation_share_is_the_host_with_a_substituent(text, host, substituent, shares):
    """Issue 10: a hydride with part of its cation replaced is that hydride (the host, the larger
    share) with the other cation's same compound as substituent; the name stays as written."""
    s = analyse_system(text).system
    assert s.name == text
    assert [c.formula for c in s.components] == [host, substituent]
    assert s.additives[0].role == "DopantSubstituent"
    assert (s.host.amount.value, s.additives[0].amount.value) == pytest.approx(shares)


@pytest.mark.parametrize("text, host, substituent, shares", [
    ("(Li0.7Na0.3)CB11H12", "LiCB11H12", "NaCB11H12", (0.7, 0.3)),
    ("(Li0.8K0.2)BH4", "LiBH4", "KBH4", (0.8, 0.2)),
    ("(Mg0.85Zn0.15)(BH4)2", "Mg(BH4)2", "Zn(BH4)2", (0.85, 0.15)),
])
def test_metals_sharing_a_site_in_brackets_are_the_host_with_a_substituent(text, host, substituent, shares):
    """The bracket only groups the metals that share the site: read as 'Li0.7Na0.3CB11H12' is."""
    s = analyse_system(text).system
    assert s.name == text
    assert [(c.formula, c.role) for c in s.components] == [(host, "HostHydride"), (substituent, "DopantSubstituent")]
    assert (s.host.amount.value, s.additives[0].amount.value) == pytest.approx(shares)


@pytest.mark.parametrize("text, host, substituent", [
    ("Li0.5Na0.5BH4", "LiBH4", "NaBH4"),
    ("Na0.5Li0.5CB11H12", "NaCB11H12", "LiCB11H12"),
    ("(Li0.5K0.5)BH4", "LiBH4", "KBH4"),
])
def test_equal_metal_shares_before_a_shared_anion_make_the_first_written_the_host(text, host, substituent):
    # as for mixed-anion salts: on a tie the one written first is the host
    s = analyse_system(text).system
    assert [(c.formula, c.role) for c in s.components] == [(host, "HostHydride"), (substituent, "DopantSubstituent")]


def test_equal_metal_shares_without_an_anion_stay_an_alloy():
    # near miss: no anion shared, no main metal: an alloy of its own, bracketed or not
    assert len(parse_system("Ti0.5V0.5").components) == 1
    assert len(parse_system("(Ti0.5V0.5)").components) == 1


@pytest.mark.parametrize("text", ["Mg2NiH4", "Mg2FeH6", "LiK(BH4)2"])
def test_whole_number_compounds_are_not_split(text):
    assert len(analyse_system(text).system.components) == 1


def test_symbolic_family_has_its_members_parts_without_amounts():
    # a family written with its symbol has the parts of every member (tests/devset/README.md: 'xMgH2+(1-x)TiH2'
    # is MgH2 with TiH2); the counts depend on x, so no amount is given
    s = analyse_system("Mg1-xZnx(BH4)2").system
    assert [(c.formula, c.role, c.amount) for c in s.components] == [
        ("Mg(BH4)2", "HostHydride", None), ("Zn(BH4)2", "DopantSubstituent", None)]


@pytest.mark.parametrize("text, additive, role", [
    ("Mg(NH2)2–2LiH–KH", "KH", "Catalyst"),        # the composite has its reactant (LiH): KH catalyses
    ("KH–Mg(NH2)2–2LiH", "KH", "Catalyst"),        # whatever the order it is written in
    ("Mg(NH2)2–KH", "KH", "DestabilizingReactant"),  # alone with the amide it is the reactant
    ("2LiBH4–MgH2–TiH2", "TiH2", "Catalyst"),
])
def test_a_hydride_known_as_catalyst_is_one_where_the_host_has_its_reactant(text, additive, role):
    found = {c.formula: c.role for c in parse_system(text, strict=False).additives}
    assert found[additive] == role, found


def test_a_reactant_partner_of_an_electrolyte_substitutes():
    """An amide of the borohydride's own cation is its substituent however the sample is used (the two form
    a double salt, Li3BN2H8 = LiBH4 + 2LiNH2); another cation's amide reacts with it when it stores hydrogen."""
    from ontology.strategy_rules import system_with_electrolyte_roles

    for text, additive, stored_role in (("LiBH4–LiNH2", "LiNH2", "DopantSubstituent"),
                                        ("Mg(BH4)2–Mg(NH2)2", "Mg(NH2)2", "DopantSubstituent"),
                                        ("LiBH4–Mg(NH2)2", "Mg(NH2)2", "DestabilizingReactant")):
        system = parse_system(text)
        stored = {a.formula: a.role for a in system_with_electrolyte_roles(system, "HydrogenStorage").additives}
        conducting = {a.formula: a.role for a in system_with_electrolyte_roles(system, "SolidElectrolyte").additives}
        assert stored[additive] == stored_role and conducting[additive] == "DopantSubstituent", (stored, conducting)


def test_a_neutral_n_donor_molecule_coordinates_a_borohydride():
    """'LiBH4–0.5NH3' is an ammoniate (written with a dash as tables do): NH3 enters the cation's sphere, as
    a methylamine does; a carbon nitride (no hydrogen) is no such molecule, and next to MgH2 NH3 is no ligand."""
    roles = lambda n: {c.formula: c.role for c in parse_system(n, strict=False).additives}  # noqa: E731
    assert roles("LiBH4–0.5NH3")["NH3"] == "DopantSubstituent"
    assert roles("Mg(BH4)2–2CH3NH2")["CH3NH2"] == "DopantSubstituent"
    assert roles("LiBH4–g-C3N4")["g-C3N4"] != "DopantSubstituent"


@pytest.mark.parametrize("text, host, ligand", [
    ("Mg(BH4)2·(CH3)2CHNH2", "Mg(BH4)2", "C3H9N"),       # a branched amine written with its groups
    ("Mg(BH4)2·1.5(CH3)2NH", "Mg(BH4)2", "C2H7N"),       # a count before the grouped ligand
    ("Ca(BH4)2·2(C2H5)2O", "Ca(BH4)2", "C4H10O"),        # an ether
    ("Mg(BH4)2⋅(CH3)3N", "Mg(BH4)2", "C3H9N"),           # another dot sign
])
def test_an_adduct_with_a_grouped_molecular_ligand_is_the_host_with_its_ligand(text, host, ligand):
    """A neutral molecule after the adduct dot written with bracketed groups is the ligand of the host
    hydride (its partner), as 'Mg(BH4)2·2NH3' is; the name stays as written."""
    from ontology.formula import parse_formula
    s = parse_system(text, strict=False)
    assert s.host.formula == host
    assert [parse_formula(a.formula).composition == parse_formula(ligand).composition for a in s.additives] == [True]
    assert s.additives[0].role == "DopantSubstituent"


@pytest.mark.parametrize("text, host, ligand", [
    ("Mg(BH4)2(en)1", "Mg(BH4)2", "C2H8N2"),            # the ligand abbreviation after the whole hydride
    ("Mg(BH4)2(NH3)2", "Mg(BH4)2", "NH3"),
    ("Ca(BH4)2(THF)2", "Ca(BH4)2", "THF"),
    ("LiBH4(NH3)", "LiBH4", "NH3"),
])
def test_a_ligand_bracketed_after_the_hydride_is_its_partner(text, host, ligand):
    """'Mg(BH4)2(en)1' is written as 'Mg(en)(BH4)2' and 'Mg(BH4)2·en' are: the hydride with its ligand."""
    parsed = analyse_system(text)
    assert not parsed.unknown
    assert [(c.formula, c.role) for c in parsed.system.components] == [(host, "HostHydride"), (ligand, "DopantSubstituent")]


@pytest.mark.parametrize("text", ["Mg(BH4)2(s)", "MgH2(110)", "Mg(BH4)2(Mg)"])
def test_a_state_a_facet_or_a_metal_in_brackets_after_a_hydride_is_no_ligand(text):
    assert len(parse_system(text, strict=False).components) == 1


@pytest.mark.parametrize("text, host, count", [
    ("Mg(BH4)2·2en", "Mg(BH4)2", 2.0),
    ("LiBH4·1.5en", "LiBH4", 1.5),
    ("Ca(BH4)2·4en", "Ca(BH4)2", 4.0),
])
def test_a_count_glued_to_a_lower_case_ligand_abbreviation_is_the_ligands_count(text, host, count):
    # ('·2en' as '·2NH3': the count may stand before a ligand written in lower case)
    parsed = analyse_system(text)
    assert not parsed.unknown
    s = parsed.system
    assert s.host.formula == host and [(a.formula, a.amount.value) for a in s.additives] == [("C2H8N2", count)]


@pytest.mark.parametrize("text", ["LiBH4·Mg(BH4)2", "Mg(BH4)2·Ca(BH4)2"])
def test_a_second_metal_salt_after_the_dot_is_no_ligand(text):
    assert not any(a.role == "DopantSubstituent" and "(" in a.formula for a in parse_system(text, strict=False).additives)


@pytest.mark.parametrize("written, additive", [
    ("KAlH4–6 wt% nano-VN@C", "VN@C"),
    ("Li3AlH6–3 wt% ultrafine Fe/C", "Fe/C"),
    ("MgH2–9 wt% nanosized CoB@rGO", "CoB@rGO"),
])
def test_a_size_tag_on_a_supported_catalyst_is_no_part_of_its_name(written, additive):
    """'nano-VN@C' is VN@C, as 'nano-TiO2' is TiO2: the tag says the catalyst's form, the support stays."""
    s = parse_system(written, strict=False)
    assert [c.formula for c in s.additives] == [additive]


def test_a_catalysts_own_words_before_its_support_stay():
    s = parse_system("MgH2–5 wt% graphene-wrapped Ni@C", strict=False)
    assert [c.formula for c in s.additives] != ["Ni@C"]


@pytest.mark.parametrize("text, host, partner", [
    ("4LiBH4+Mg2Cu-hydride", "LiBH4", "Mg2Cu"),
    ("MgH2-LaNi5-hydride", "MgH2", "LaNi5"),
    ("NaAlH4/TiFe-hydride", "NaAlH4", "TiFe"),
])
def test_a_formula_with_the_word_hydride_after_it_is_one_material(text, host, partner):
    # 'X-hydride' is the hydride of X: one part, no second part named 'hydride'
    s = parse_system(text)
    assert [c.formula for c in s.components] == [host, partner]
    assert s.name.endswith(f"{partner}-hydride")


def test_a_hydride_named_after_a_hyphen_is_still_its_own_part():
    # near miss: a formula after the hyphen is a second part, whatever it is ('MgH2-LiH' is two hydrides)
    assert [c.formula for c in parse_system("LaNi5-MgH2").components] == ["MgH2", "LaNi5"]


@pytest.mark.parametrize("text, shares", [
    ("LiBH4–MgH2 (2:1 mass ratio)", {"LiBH4": 66.7, "MgH2": 33.3}),
    ("LiBH4–SiO2 (70:30 wt%)", {"LiBH4": 70.0, "SiO2": 30.0}),
    ("NaBH4–C60 (80:20 wt %)", {"NaBH4": 80.0, "C60": 20.0}),
])
def test_a_mass_ratio_after_a_notation_gives_each_part_its_mass_share(text, shares):
    # as prose reads 'in a 2:1 mass ratio': each part's share of the mass, in wt%
    s = parse_system(text)
    assert {c.formula: (c.amount.value, c.amount.unit) for c in s.components} == {k: (v, "wt%") for k, v in shares.items()}


@pytest.mark.parametrize("text, parts", [
    ("LiBH4:LiI", ["LiBH4", "LiI"]),
    ("NaBH4:C60", ["NaBH4", "C60"]),
    ("Mg(BH4)2:MgO", ["Mg(BH4)2", "MgO"]),
])
def test_a_hydride_and_a_formula_joined_by_a_colon_are_one_mixture(text, parts):
    assert sorted(c.formula for c in parse_system(text).components) == sorted(parts)


def test_a_phosphor_activator_after_a_colon_is_no_mixture():
    # near miss: no hydride on either side ('Y2O3:Eu', an oxide activated by Eu)
    with pytest.raises(SystemParseError):
        parse_system("Y2O3:Eu")


@pytest.mark.parametrize("text, alloy, elements", [
    ("MgH2–10 wt% 25Ce75Ni", "25Ce75Ni", {"Ce": 25.0, "Ni": 75.0}),
    ("MgH2–5 wt% 40Y60Co", "40Y60Co", {"Y": 40.0, "Co": 60.0}),
    ("MgH2-7 wt% (30Ti70Fe)", "30Ti70Fe", {"Ti": 30.0, "Fe": 70.0}),
])
def test_an_alloy_written_with_each_metals_share_before_it_is_one_additive(text, alloy, elements):
    (add,) = parse_system(text).additives
    assert (add.formula, add.role) == (alloy, "Catalyst")


def test_shares_that_add_up_to_no_whole_are_no_alloy():
    # near miss: '30Ti50Ni' adds up to 80, no composition in per cent
    with pytest.raises(SystemParseError):
        parse_system("MgH2-5 wt% 30Ti50Ni")


@pytest.mark.parametrize("text, additive, term", [
    # a rare-earth or transition-metal hydride written with a fractional hydrogen count is the ontology's hydride of
    # that metal (a catalyst beside MgH2, never the host it would be as an unknown hydride written first)
    ("ZrH1.66-MgH2", "ZrH1.66", "ZirconiumHydride"),
    ("CeH2.5-MgH2-Co", "CeH2.5", "CeriumHydride"),
    ("LaH2.6–MgH2–Fe", "LaH2.6", "LanthanumHydride"),
])
def test_a_non_stoichiometric_binary_hydride_is_its_metals_hydride(text, additive, term):
    system = parse_system(text)
    assert system.host.formula == "MgH2"
    (part,) = [a for a in system.additives if a.formula == additive]
    assert (part.role, part.term) == ("Catalyst", term)


def test_a_non_stoichiometric_intermetallic_hydride_keeps_no_binary_term():
    # near miss: two metals besides hydrogen name no binary hydride
    assert parse_system("TiFeH0.1").host.term is None
