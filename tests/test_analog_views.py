"""How the Analogs page explains analogs (ui/app/analog_views.py): a sentence and a small table from
the explanation paths, profile notes in words, and a neighbourhood graph whose drawn labels are short
(names on hover). Analogs are built here from the result dataclasses, not searched."""
from __future__ import annotations

from kg.analogs.model import Analog, Path, PathNode
from ui.app.analog_views import explanation_rows, explanation_sentence, neighbourhood, neighbourhood_figure, note_text

SYS = PathNode("System", "sys:1", "MgH2–5 wt% Nb2O5")
Q = PathNode("Query", "MgH2 + Nb2O5", "MgH2–Nb2O5")


def _analog(paths, system_id="sys:1", name="MgH2–5 wt% Nb2O5", score=0.9):
    return Analog(system_id=system_id, name=name, host="MagnesiumHydride", score=score, facets={},
                  paths=paths)


def _paths():
    nb = PathNode("Material", "NiobiumPentoxide", "Nb2O5")
    return [
        Path("performance", [SYS, PathNode("Measurement", "m1", "dehydrogenation_activation_energy = 60 kJ/mol")],
             ["<OF_SYSTEM"], "same property, dehydrogenation activation energy: 60 vs query 120 kJ/mol (ratio 0.5×)",
             evidence=[{"place": "§2.1.2"}]),
        Path("host", [SYS, PathNode("Material", "MagnesiumHydride", "magnesium hydride"), Q],
             ["HAS_HOST", "<HAS_HOST"], "same host"),
        Path("elements", [SYS, nb], ["HAS_ADDITIVE"], "additive Nb2O5 shares Nb, O with the query"),
        Path("additive_class", [SYS, nb, PathNode("Material", "TransitionMetalOxide", "transition metal oxide")],
             ["HAS_ADDITIVE", "IS_A"], "additive class transition metal oxide as in the query"),
        Path("role", [SYS, nb, PathNode("Role", "Catalyst", "catalyst")], ["HAS_ADDITIVE", "AS_ROLE"],
             "Nb2O5 acts as catalyst"),
        Path("strategy", [SYS, PathNode("Strategy", "MetalOxideCatalysis", "metal oxide catalysis"), Q],
             ["MODIFIED_BY", "<MODIFIED_BY"], "same strategy"),
        Path("strategy", [SYS, PathNode("Strategy", "BallMilling", "mechanical milling"), Q],
             ["MODIFIED_BY", "<MODIFIED_BY"], "same strategy"),
        Path("mechanism_claim", [SYS, PathNode("Mechanism", "ElectronTransfer", "electron transfer"), Q],
             ["CREDITED", "<CREDITED"], "only the query: electron transfer credited for Nb2O5"),
    ]


def test_sentence_names_what_is_shared_in_reading_order_and_the_value_ratio():
    text = explanation_sentence(_analog(_paths()))
    assert text.startswith("Shares the host magnesium hydride, the additive elements Nb, O (in Nb2O5), "
                           "the additive class transition metal oxide, the additive role catalyst (Nb2O5) "
                           "and the strategies metal oxide catalysis and mechanical milling"), text
    assert "dehydrogenation activation energy: 60 vs query 120 kJ mol⁻¹ (ratio 0.5×)" in text
    assert "only the query: electron transfer" in text       # a difference, not claimed as shared
    assert "kJ/mol" not in text and "_" not in text and text.endswith(".")


def test_table_rows_have_aspect_shared_detail_and_place():
    rows = explanation_rows(_analog(_paths()))
    assert [r["aspect"] for r in rows] == ["host", "additive elements", "additive class", "additive role",
                                           "strategy", "strategy", "mechanism", "value"]
    value = rows[-1]
    assert value["where"] == "§2.1.2" and value["shared"] == ""
    assert "kJ mol⁻¹" in value["detail"]
    mech = next(r for r in rows if r["aspect"] == "mechanism")
    assert mech["shared"] == ""                               # only one side claims it


def test_nothing_shared_says_so():
    assert explanation_sentence(_analog([])) == "Shares no structure with the query."


def test_profile_notes_in_words():
    note = "inferred from 4 graph system(s): strategies=['AnionSubstitution', 'Nanoconfinement']"
    assert note_text(note).endswith("strategies: anion substitution, nanoconfinement")
    assert "--application" not in note_text("analogs for anode (--application all for every application)")


def test_neighbourhood_draws_only_short_labels_and_names_every_node_on_hover():
    analogs = [_analog(_paths(), "sys:1", "MgH2–5 wt% Nb2O5 milled 20 h under argon"),
               _analog(_paths()[:2], "sys:2", "MgH2–Nb", 0.5)]
    nodes, edges = neighbourhood("MgH2–Nb2O5", analogs)
    assert nodes["sys:1"]["text"] == "1" and nodes["sys:2"]["text"] == "2"
    assert "milled 20 h" in nodes["sys:1"]["hover"]
    host = nodes["Material:MagnesiumHydride"]
    assert host["text"] == "" and "shared by 2 analogs" in host["hover"]
    assert ("sys:2", "Material:MagnesiumHydride") in edges and len(edges) == len(set(edges))
    fig = neighbourhood_figure("MgH2–Nb2O5", analogs)
    drawn = [t for tr in fig.data if tr.text is not None for t in tr.text]
    assert set(drawn) == {"MgH2–Nb2O5", "1", "2"}
    named = [h for tr in fig.data if tr.hovertext is not None for h in tr.hovertext]
    assert any("electron transfer" in h for h in named) and any("MgH2–Nb" in h for h in named)
