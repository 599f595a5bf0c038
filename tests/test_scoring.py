"""Strict scoring (ingest/evaluation/scoring.py) on hand-made facts and predictions with known figures, and
the strict half of `hkg bench extract` run end to end on two dev-set documents."""
from __future__ import annotations

import io
import json
import shutil
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from ingest.evaluation.scoring import material_key, same_host, score_document, score_groups

DEVSET = Path(__file__).parent / "devset"


def _fact(prop, value, unit, host, additives=(), strategies=(), basis="measured", **kw):
    comps = [{"material": host, "role": "HostHydride", "amount": None, "amount_unit": None}]
    comps += [{"material": m, "role": r, "amount": a, "amount_unit": u} for m, r, a, u in additives]
    return {"kind": "measurement", "property": prop, "value": value, "value_max": None, "unit": unit,
            "host": host, "components": comps, "strategies": list(strategies), "basis": basis,
            "qualifier": "=", "uncertainty": None, "application": "hydrogen_storage", "section": None, **kw}


def _row(prop, value, unit, host, components=None, additives=None, **kw):
    row = {"kind": "measurement", "property": prop, "value": value, "value_max": None, "unit": unit,
           "material": host, "conditions": {}, "source": {"section": None}, **kw}
    if components is not None:
        row["components"] = components
    if additives is not None:
        row["additives"] = additives
    return row


NB = ("Nb2O5", "Catalyst", 5.0, "wt%")
FACTS = [
    _fact("dehydrogenation_activation_energy", 78.4, "kJ/mol", "MgH2", [NB], ["MetalCompoundCatalysis"]),
    _fact("dehydrogenation_activation_energy", 160.0, "kJ/mol", "MgH2"),
    _fact("ionic_conductivity", 0.25, "mS/cm", "LiBH4",
          [("LiI", "DopantSubstituent", None, None), ("SBA-15", "ScaffoldConfinementHost", None, None)],
          ["AnionSubstitution", "Nanoconfinement"]),
    _fact("hydrogen_capacity", 7.6, "wt%", "MgH2", basis="theoretical"),
    {"kind": "mechanism", "mechanism": "ElectronTransfer", "host": "MgH2", "additive": "Nb2O5",
     "strategy": "MetalCompoundCatalysis"},
    {"kind": "mechanism", "mechanism": "InterfacialConduction", "host": "LiBH4", "additive": "SBA-15",
     "strategy": None},
]

ROWS = [
    # right value, right whole system (given the new contract's way), right strategies, no basis field
    _row("dehydrogenation_activation_energy", 78.4, "kJ/mol", "MgH2",
         components=[{"material": "MgH2", "role": "HostHydride"},
                     {"material": "Nb2O5", "role": "Catalyst", "amount": 5.0, "amount_unit": "wt%"}],
         strategies=["MetalCompoundCatalysis"]),
    # the baseline given the dopant: lenient hit, strict miss
    _row("dehydrogenation_activation_energy", 160.0, "kJ/mol", "MgH2", additives=["Nb2O5"]),
    # the scaffold is missing: lenient hit, strict miss
    _row("ionic_conductivity", 0.25, "mS/cm", "LiBH4", additives=["LiI"]),
    # today's contract (no components): host + additives; Mg is the same host as MgH2
    _row("hydrogen_capacity", 7.6, "wt%", "Mg", additives=[], basis="theoretical", qualifier="=",
         uncertainty=None, application="hydrogen_storage", strategies=[]),
    # a value the text does not give
    _row("hydrogen_capacity", 3.0, "wt%", "MgH2", additives=[]),
    {"kind": "mechanism", "mechanism": "ElectronTransfer", "host": "MgH2", "additive": "Nb2O5",
     "strategy": "MetalCompoundCatalysis"},
    {"kind": "mechanism", "mechanism": "Spillover", "host": "MgH2", "additive": "Nb2O5", "strategy": None},
]


def test_known_precision_and_recall():
    f = score_groups([("mine", FACTS, ROWS)])["all"]
    assert f["facts"] == 4 and f["extracted"] == 5
    assert f["lenient"]["matched"] == 4
    assert f["lenient"]["precision"] == pytest.approx(4 / 5) and f["lenient"]["recall"] == 1.0
    assert f["strict"]["matched"] == 2
    assert f["strict"]["precision"] == pytest.approx(2 / 5) and f["strict"]["recall"] == pytest.approx(2 / 4)
    # roles over the 2 strict pairs: the first has them, the fourth (no components) does not
    assert f["accuracy"]["roles"] == {"right": 1, "of": 2, "accuracy": 0.5}
    # strategies over the 4 lenient pairs: rows 1 and 4 give the right set; rows 2, 3 give none
    assert f["accuracy"]["strategies"]["right"] == 2
    # basis: only row 4 carries it
    assert f["accuracy"]["basis"]["right"] == 1
    # complete: row 4 is right in everything but its roles (no components) -> none complete
    assert f["complete"]["matched"] == 0
    assert f["mechanisms"] == {"claims": 2, "extracted": 2, "found": 1, "recall": 0.5, "precision": 0.5}


def test_complete_when_every_field_is_right():
    fact = _fact("hydrogen_capacity", 6.1, "wt%", "MgH2", [NB], ["MetalCompoundCatalysis"])
    row = _row("hydrogen_capacity", 6.1, "wt%", "MgH2",
               components=[{"material": "MgH2", "role": "HostHydride"},
                           {"material": "Nb2O5", "role": "Catalyst", "amount": 5, "amount_unit": "wt%"}],
               strategies=["MetalCompoundCatalysis"], basis="measured", qualifier="=", uncertainty=None,
               application="hydrogen_storage")
    assert score_document([fact], [row]).complete == 1
    wrong_amount = json.loads(json.dumps(row))
    wrong_amount["components"][1]["amount"] = 10
    t = score_document([fact], [wrong_amount])
    assert (t.strict, t.complete, t.right["amounts"]) == (1, 0, 0)
    extra = json.loads(json.dumps(row))
    extra["components"].append({"material": "C", "role": "ScaffoldConfinementHost"})
    assert score_document([fact], [extra]).strict == 0, "an extra additive is a different system"


def test_section_is_required_only_when_asked():
    fact = _fact("hydrogen_capacity", 5.8, "wt%", "MgH2", section="4")
    row = _row("hydrogen_capacity", 5.8, "wt%", "MgH2", additives=[])
    assert score_document([fact], [row]).strict == 1
    assert score_document([fact], [row], section=True).strict == 0


def test_materials_compare_by_normalised_formula():
    assert material_key("Li(CB9H10)") == material_key("LiCB9H10")
    assert material_key("nickel") == material_key("Ni")
    assert material_key("SBA-15") == material_key("SBA15")
    assert material_key("CMK-3") == material_key("CMK3") != material_key("SBA-15")
    assert same_host("Mg", "MgH2") and same_host("Mg2Ni", "Mg2NiH4")
    assert not same_host("LiBH4", "Li4(BH4)3I")
    assert material_key("Nb2O5") != material_key("NbF5")
    assert material_key("CNT") == material_key("carbon nanotubes") != material_key("CN")  # a name, not C+N+T


def test_roles_and_amounts_find_the_host_by_host_as_systems_match():
    """A system matched with its host written Mg (the fact says MgH2) is judged on its roles and
    amounts too: the host is one host in either state, as same_system has it."""
    from ingest.evaluation.scoring import amounts_right, roles_right

    fact = _fact("particle_size", 30.0, "nm", "MgH2", [("Ni", "Catalyst", 2.0, "at%")])
    comps = [{"material": "Mg", "role": "HostHydride"}, {"material": "Ni", "role": "Catalyst",
                                                          "amount": 2.0, "amount_unit": "at%"}]
    row = _row("particle_size", 30.0, "nm", "Mg", components=comps)
    assert roles_right(fact, row) and amounts_right(fact, row)
    comps[0]["role"] = None
    assert not roles_right(fact, row), "a host without its role is a wrong role"
    comps[0]["role"], comps[1]["role"] = "HostHydride", "DestabilizingReactant"
    assert not roles_right(fact, row)


def test_bench_scores_two_documents_end_to_end(tmp_path):
    """The strict bench runs `hkg extract --jsonl` on each document and scores it per style."""
    from ui.cli.bench_strict import print_strict, styles_figures

    names = ["respectively_mgh2_ni_co_fe", "sectioned_mgh2_coni"]
    (tmp_path / "styles").mkdir()
    for n in names:
        shutil.copy(DEVSET / "styles" / f"{n}.md", tmp_path / "styles" / f"{n}.md")
    lines = [line for line in (DEVSET / "styles.jsonl").read_text(encoding="utf-8").splitlines()
             if json.loads(line)["doc"] in names]
    (tmp_path / "styles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = styles_figures(tmp_path)
    assert result["documents"] == 2
    assert set(result["groups"]) == {"respectively", "sectioned"}
    assert result["all"]["facts"] == 6 + 8
    assert result["all"]["extracted"] > 0
    out = io.StringIO()
    with redirect_stdout(out):
        print_strict({"strict_styles": result})
    assert "respectively" in out.getvalue() and "ALL STYLES (2 docs)" in out.getvalue()


def test_bench_names_a_missing_document(tmp_path):
    from ui.cli.bench_strict import styles_figures
    from ui.cli.common import CliError

    (tmp_path / "styles").mkdir()
    (tmp_path / "styles.jsonl").write_text(json.dumps({"doc": "nowhere", "style": "x", "kind": "measurement"}) + "\n")
    with pytest.raises(CliError, match="nowhere"):
        styles_figures(tmp_path)


def test_table_facts_match_their_own_row_only():
    fact = dict(_fact("ionic_conductivity", 0.25, "mS/cm", "LiBH4"), table="Table 3", row=7)
    here = _row("ionic_conductivity", 0.25, "mS/cm", "LiBH4", additives=[])
    here["source"] = {"table": "Table 3", "row": 7, "section": "3.1.4"}
    elsewhere = dict(here, source={"table": "Table 3", "row": 8, "section": "3.1.4"})
    assert score_document([fact], [elsewhere], section=True).strict == 0
    t = score_document([fact], [here], section=True)
    assert t.strict == 1 and t.right["section"] == 1, "a table fact's place is its row, not a section"


def test_review_figures_score_prose_tables_and_claims(tmp_path):
    """The review half of the strict bench on a two-section text written here."""
    from ui.cli.bench_strict import review_figures

    corpus = tmp_path / "review.md"
    corpus.write_text(
        "# A short review\n\n## 2.1.1. Metals\n\n"
        "Milled with vanadium, MgH2–V shows a dehydrogenation activation energy of only 62.3 kJ mol<sup>-1</sup>.\n\n"
        "## 2.1.2. Oxides\n\n"
        "Pristine MgH2 needs 160.7 kJ mol<sup>-1</sup> for its dehydrogenation.\n", encoding="utf-8")
    devset = tmp_path / "devset"
    devset.mkdir()
    facts = [dict(_fact("dehydrogenation_activation_energy", 62.3, "kJ/mol", "MgH2", [("V", "Catalyst", None, None)],
                        ["MetalCatalysis"]), section="2.1.1"),
             dict(_fact("dehydrogenation_activation_energy", 160.7, "kJ/mol", "MgH2"), section="2.1.2")]
    (devset / "prose.jsonl").write_text("".join(json.dumps(f) + "\n" for f in facts), encoding="utf-8")
    (devset / "review_mechanisms.jsonl").write_text(json.dumps(
        {"kind": "mechanism", "mechanism": "BondWeakening", "host": "MgH2", "additive": "V",
         "strategy": "MetalCatalysis"}) + "\n", encoding="utf-8")
    result = review_figures(corpus, devset)
    prose = result["groups"]["review prose"]
    assert prose["facts"] == 2 and prose["mechanisms"]["claims"] == 1
    assert prose["extracted"] >= 1
    # MgH2–V's value carries its whole system (host and vanadium) today
    assert 1 <= prose["strict"]["matched"] <= prose["lenient"]["matched"] <= 2
    assert "review tables" not in result["groups"], "no tables.jsonl, no table figures"


def test_claims_match_narrower_terms_and_their_section():
    from ingest.evaluation.scoring import mechanism_match

    claim = {"kind": "mechanism", "mechanism": "CatalyticEffect", "host": "MgH2", "additive": "TiF3",
             "strategy": "MetalCatalysis", "section": "2.1"}
    row = {"kind": "mechanism", "mechanism": "InSituCatalyticPhase", "host": "Mg", "additive": "TiF3",
           "strategy": "MultiMetalCatalysis", "source": {"section": "2.1"}}
    assert mechanism_match(claim, row, section=True)              # narrower mechanism and strategy
    assert not mechanism_match(claim, {**row, "strategy": "Catalysis"})       # broader: not enough
    assert not mechanism_match(claim, {**row, "mechanism": "VolumeBuffering"})
    assert not mechanism_match(claim, {**row, "source": {"section": "3.2"}}, section=True)
    assert mechanism_match(claim, {**row, "source": {"section": "3.2"}})      # other styles: no sections


def test_a_family_of_the_annotated_strategy_counts_as_right():
    """The rules name the RHC family (Li-RHC) where an annotation gives the class; a sibling or a
    missing strategy is still wrong."""
    from ingest.evaluation.scoring import _strategies_right

    fact = {"strategies": ["ReactiveHydrideComposite"]}
    assert _strategies_right(fact, {"strategies": ["LithiumRHC"]})
    assert not _strategies_right(fact, {"strategies": ["Alloying"]})
    assert not _strategies_right(fact, {"strategies": []})
    assert not _strategies_right({"strategies": ["LithiumRHC"]}, {"strategies": ["ReactiveHydrideComposite"]})


def test_a_narrower_property_matches_the_broader_annotation_only():
    from ingest.evaluation.scoring import lenient_match

    fact = {"property": "hydrogen_capacity", "value": 6.0, "host": "MgH2"}
    row = {"property": "reversible_hydrogen_capacity", "value": 6.0, "value_max": None, "material": "MgH2"}
    assert lenient_match(fact, row)
    assert not lenient_match({**fact, "property": "reversible_hydrogen_capacity"},
                             {**row, "property": "hydrogen_capacity"})
    assert not lenient_match(fact, {**row, "property": "specific_capacity"})


def test_show_claims_lists_the_missed_and_the_false_with_their_sentence():
    from ingest.evaluation.scoring import mechanism_misses
    from ui.cli.bench_strict import print_claim_misses

    text = "Nb weakens the Mg–H bond. Pd spills hydrogen over."
    want = [{"kind": "mechanism", "mechanism": "BondWeakening", "host": "MgH2", "additive": "Nb"},
            {"kind": "mechanism", "mechanism": "Spillover", "host": "MgH2", "additive": "Pd"}]
    rows = [{"kind": "mechanism", "mechanism": "BondWeakening", "host": "MgH2", "additive": "Nb",
             "source": {"start": 0, "end": 25}},
            {"kind": "mechanism", "mechanism": "Spillover", "host": "MgH2", "additive": "Fe",
             "source": {"start": 26, "end": 50}}]
    missed, wrong = mechanism_misses(want, rows)
    assert [c["additive"] for c in missed] == ["Pd"] and [r["additive"] for r in wrong] == ["Fe"]
    out = io.StringIO()
    with redirect_stdout(out):
        print_claim_misses([("doc", text, want, rows)])
    printed = out.getvalue()
    assert "1 missed, 1 not annotated" in printed and "| Pd spills hydrogen over." in printed
    assert "additive=Nb" not in printed


@pytest.mark.parametrize("listed, joined", [
    ("Ti-V-Cr-Mn", "TiVCrMn"),
    ("Fe–Co–Ni–Mo–W", "FeCoNiMoW"),
    ("Zr - Nb - Hf", "ZrNbHf"),
])
def test_an_alloy_written_element_by_element_is_the_alloy_its_symbols_write(listed, joined):
    """'Ti-V-Cr-Mn' and 'TiVCrMn' are one equiatomic alloy (the extractor joins the symbols, an annotator may keep
    the hyphens): the scorer's key is the same."""
    assert material_key(listed) == material_key(joined)


def test_a_pair_or_a_repeated_symbol_is_no_listed_alloy():
    assert material_key("Mg-Ni") != material_key("MgNi")            # two parts: a host–additive notation
    assert material_key("Ti-V-Ti") != material_key("Ti2V")


def test_a_document_without_facts_scores_its_rows_as_wrong():
    """A dev-set document whose numbers are all out of scope says so with one record of kind 'none': it adds no
    fact, and every row extracted from it is an extra."""
    marker = {"doc": "d", "style": "unfamiliar", "kind": "none"}
    t = score_document([marker], [_row("hydrogen_capacity", 7.1, "wt%", "MgH2", additives=[])])
    assert (t.facts, t.rows, t.strict) == (0, 1, 0)
    assert score_document([marker], []).facts == 0


def test_strategy_misses_skip_a_document_that_holds_no_fact():
    """A dev document annotated as holding no fact ('kind': 'none', no property) is no fact to pair: listing the
    strategy misses (`hkg bench extract --show-strategies`) skipped it nowhere and failed with a KeyError."""
    from ingest.evaluation.scoring import strategy_misses

    none = {"doc": "d", "style": "s", "kind": "none"}
    row = {"property": "hydrogen_capacity", "value": 5.0, "unit": "wt%", "material": "MgH2"}
    assert strategy_misses([none], [row]) == []


def test_molar_ratios_compare_per_formula_unit_of_the_host():
    """A composition written in fractions of one formula unit (0.25 : 0.75) is the one written per host (1 : 3);
    a different share is still wrong, and so is a ratio read as a mass share."""
    from ingest.evaluation.scoring import amounts_right

    fact = _fact("ionic_conductivity", 0.2, "mS/cm", "LiBH4", [("LiNH2", "DopantSubstituent", 3.0, "ratio")])

    def row_with(host_amount, amount, unit="ratio"):
        comps = [{"material": "LiBH4", "role": "HostHydride", "amount": host_amount,
                  "amount_unit": "ratio" if host_amount is not None else None},
                 {"material": "LiNH2", "role": "DopantSubstituent", "amount": amount, "amount_unit": unit}]
        return _row("ionic_conductivity", 0.2, "mS/cm", "LiBH4", components=comps)

    assert amounts_right(fact, row_with(0.25, 0.75))
    assert amounts_right(fact, row_with(None, 3.0))
    assert amounts_right(fact, row_with(2.0, 6.0))
    assert not amounts_right(fact, row_with(1 / 3, 2 / 3)), "1 : 2 is another composition"
    assert not amounts_right(fact, row_with(None, 0.75)), "no host count: 0.75 per LiBH4"
    assert not amounts_right(fact, row_with(0.5, 3.0 / 4)), "1 : 1.5"
    assert not amounts_right(fact, row_with(None, 3.0, "wt%"))
