"""Which additive and strategy a claim carries when the sentence names a core–shell catalyst or sets two actors
against each other (issue 10 item 3). The sentences are written for these tests."""
from __future__ import annotations

from ingest.documents.document import parse_document
from ingest.extract import _prose_sentences
from ingest.extraction.mechanisms.mechanisms import mechanism_claims


def _claims(text):
    return mechanism_claims(_prose_sentences(parse_document(text)), "src:scope")


def _got(text, mechanism=None):
    return {(c.mechanism, c.additive, c.strategy) for c in _claims(text) if mechanism is None or c.mechanism == mechanism}


def _hosts_and_additives(text):
    return {(c.host, c.additive) for c in _claims(text)}


def test_a_catalyst_written_in_its_shell_is_credited_whole():
    texts = [
        "LiAlH4 was ball milled with 5 wt% Co@C. The catalyst weakens the Al–H bonds of the alanate.\n",
        "Our Fe@C powder was added to MgH2 at 8 wt%. This catalyst offers many active sites for H2 dissociation.\n",
        "NaAlH4 doped with Ni@C releases hydrogen sooner. The added catalyst weakens the Al–H bonds.\n",
    ]
    for text in texts:
        additives = {a for _, a, _ in _got(text)}
        assert additives and all("@C" in a for a in additives), (text, additives)


def test_the_shell_of_a_core_shell_catalyst_named_alone_is_the_carbon():
    # near miss: the sentence credits the carbon itself, not the catalyst it wraps
    text = ("MgH2 was milled with 7 wt% ZrO2@C. The carbon materials act as electron carriers and so help "
            "the dissociation of hydrogen molecules.\n")
    assert {a for _, a, _ in _got(text)} <= {"C"}


def test_a_design_named_in_a_clause_set_against_the_phrase_is_not_its_strategy():
    texts = [
        ("LiAlH4 was milled with 6 wt% Ni@C. The nickel cores weaken the Al–H bonds, while the carbon shell "
         "keeps the LiAlH4 particles from agglomerating.\n"),
        ("MgH2 was milled with 6 wt% Co@C. The cobalt lowers the energy barrier of H2 dissociation, whereas the "
         "carbon shell prevents agglomeration of the hydride.\n"),
        ("NaAlH4 was doped with 4 wt% Fe@C; the iron breaks the Al–H bonds, whilst the carbon shell suppresses the "
         "agglomeration of the alanate.\n"),
    ]
    for text in texts:
        got = _got(text)
        assert all(s != "CoreShellStructuring" for m, _, s in got if m != "AgglomerationSuppression"), (text, got)
        assert any(m == "AgglomerationSuppression" and s == "CoreShellStructuring" for m, _, s in got), (text, got)


def test_a_design_named_in_the_phrases_own_clause_stays_its_strategy():
    # near miss: no contrasting clause — the shell named beside the phrase is what the sentence credits
    text = ("LiAlH4 was milled with 6 wt% Ni@C. The carbon shell of the catalyst prevents agglomeration of "
            "the hydride grains.\n")
    assert any(s == "CoreShellStructuring" for _, _, s in _got(text))


def test_a_bare_nano_form_in_a_support_claim_is_the_supports_nanostructuring():
    # the nanocrystals are the hydride's, grown on the graphene: the graphene's design is credited, not a nanosizing
    texts = [
        ("MgH2 was grown on few-layer graphene (MgH2/graphene) and tested as an anode. Graphene cushions the volume "
         "change, and prevents the aggregation of these nanocrystals.\n"),
        ("MgH2 anchored on graphene (MgH2/graphene) served as the anode of a lithium half cell. The flexible "
         "graphene accommodates the volume expansion and keeps the nanocrystals from agglomerating.\n"),
        ("MgH2 was deposited on graphene (MgH2/graphene) for a lithium-ion anode. During cycling the graphene "
         "sheets suppress the aggregation of the nanocrystals.\n"),
    ]
    for text in texts:
        got = {(a, s) for _, a, s in _got(text)}
        assert got and got <= {("graphene", "Nanostructuring")}, (text, got)


def test_a_nano_form_of_the_named_host_keeps_the_reading_of_a_form_said_of_it():
    # near miss: the nano form is written of MgH2 itself, which the sentence names
    text = ("MgH2 anchored on graphene (MgH2/graphene) served as the anode of a lithium half cell. The flexible "
            "graphene accommodates the volume expansion of the MgH2 nanocrystals.\n")
    assert {s for _, _, s in _got(text)} == {"ConductiveCompositing"}


def test_a_scaffold_that_keeps_the_particles_small_is_credited_with_a_size_effect():
    texts = [
        ("LiBH4 was melt-infiltrated into a mesoporous carbon. The confinement keeps the LiBH4 particles small, "
         "which lowers the desorption temperature.\n"),
        ("MgH2 was confined in a carbon aerogel. The pores restrict the crystallite size of MgH2 to below 5 nm, "
         "which is responsible for the faster kinetics.\n"),
        ("NaAlH4 was infiltrated into ordered mesoporous carbon. Because the nanopores limit the particle size of "
         "the alanate, hydrogen is released at lower temperature.\n"),
    ]
    for text in texts:
        got = _got(text, "SizeEffect")
        assert got and all(s == "Nanoconfinement" for _, _, s in got), (text, got)


def test_a_processing_step_that_keeps_the_particles_small_credits_no_additive():
    # near miss: the milling is the subject, not the nickel the sample holds
    text = "MgH2 was milled with 5 wt% Ni. Ball milling keeps the particles small.\n"
    assert _got(text, "SizeEffect") == set()


def test_two_strategies_credited_together_each_credit_their_own_actor():
    texts = [
        ("MgH2 doped with Ni was confined in porous carbon. The enhanced kinetics are attributed to the synergy "
         "between the catalysis of Ni and the confinement by the carbon.\n", "Ni"),
        ("LiBH4 with TiF3 was infiltrated into CMK-3. The improvement results from the interplay between catalysis "
         "by TiF3 and nanoconfinement in CMK-3.\n", "TiF3"),
        ("NaAlH4 with 2 mol% TiCl3 was loaded into a carbon aerogel. The faster release is ascribed to the synergy "
         "of the catalysis of TiCl3 and the confinement in the aerogel.\n", "TiCl3"),
    ]
    for text, catalyst in texts:
        got = _got(text)
        assert {a for m, a, _ in got if m == "CatalyticEffect"} == {catalyst}, (text, got)
        confined = {(a, s) for m, a, s in got if m == "ConfinementEffect"}
        assert len(confined) == 1 and all(s == "Nanoconfinement" and a != catalyst for a, s in confined), (text, got)


def test_one_strategy_credited_alone_gives_one_claim():
    # near miss: only the catalysis is credited; the scaffold the sample sits in is not credited with confinement
    text = ("MgH2 doped with Ni was confined in porous carbon. The enhanced kinetics are attributed to the "
            "catalysis of Ni.\n")
    assert {m for m, _, _ in _got(text)} == {"CatalyticEffect"}


def test_two_metals_named_as_species_or_clusters_are_one_phase_not_a_host():
    # ('Ti-Al species' is no aluminium (alane) host doped with Ti: a phase of the doped alanate)
    texts = [
        "NaAlH4 was doped with 2 mol% TiCl3. Ti-Al species act as active sites for H2 dissociation.\n",
        ("NaAlH4 was doped with 2 mol% TiCl3. Al–Ti clusters formed at the surface act as active sites for H2 "
         "dissociation.\n"),
        ("Sodium alanate was milled with 3 mol% TiCl3. We suggest that Al-Ti species on the surface serve as "
         "active sites for H2 dissociation.\n"),
    ]
    for text in texts:
        assert _hosts_and_additives(text) == {("NaAlH4", "TiCl3")}, text


def test_alane_named_as_the_host_stays_the_host():
    # near miss: the passage's hydride is alane itself
    text = "AlH3 was milled with 2 mol% TiCl3. Ti-Al species act as active sites for H2 dissociation.\n"
    assert {h for h, _ in _hosts_and_additives(text)} == {"AlH3"}


def test_a_phrase_describing_the_subject_of_a_making_step_credits_nothing():
    texts = [
        "MgH2 nanoparticles with a high specific surface area were mixed with 5 wt% TiO2.\n",
        "A porous carbon with a high specific surface area was used to host LiBH4.\n",
        "MgH2 with a reduced particle size was obtained by milling with 5 wt% Nb2O5 for 20 h.\n",
    ]
    for text in texts:
        assert _got(text, "SizeEffect") == set(), text


def test_a_described_sample_that_acts_still_claims():
    # near miss: the same modifier on the subject of an active verb of the result
    text = "MgH2 was milled with 5 wt% Nb2O5. MgH2 with a reduced particle size releases hydrogen faster.\n"
    assert _got(text, "SizeEffect")


def test_a_phase_that_provides_a_pathway_for_hydrogen_diffusion_is_a_channel():
    texts = [
        "MgH2 was milled with 5 wt% V. The VH0.81 phase provides fast pathways for hydrogen diffusion.\n",
        "MgH2 was milled with 7 wt% TiO2. TiO2 opens a path for hydrogen diffusion into the particle.\n",
        ("NaAlH4 was doped with 3 mol% TiCl3. An Al–Ti phase at the surface offers a pathway for diffusion of "
         "hydrogen through the Al layer.\n"),
    ]
    for text in texts:
        assert _got(text, "ChannelEffect"), text


def test_diffusion_paths_named_as_a_drawback_are_no_channel():
    # near miss: the long paths of the bulk hydride are what the additive is meant to overcome
    text = "MgH2 was milled with 7 wt% TiO2. Hydrogen diffusion pathways in bulk MgH2 are long.\n"
    assert _got(text, "ChannelEffect") == set()


def test_a_doped_sample_named_back_in_words_is_the_passages_host():
    texts = [
        ("LiAlH4 was milled with 5 mol% TiCl3. The doped aluminium hydride releases 7.0 wt% H2 below 200 °C. The Ti "
         "catalyses the decomposition of the doped aluminium hydride.\n", "LiAlH4", "TiCl3"),
        ("LiAlH4 was ball milled with 3 mol% NbF5. The catalysed aluminium hydride decomposes faster because NbF5 "
         "weakens the Al–H bonds.\n", "LiAlH4", "NbF5"),
        ("NaAlH4 was doped with 2 mol% CeCl3. In the doped aluminum hydride, CeAl4 acts as a hydrogen pump.\n",
         "NaAlH4", "CeCl3"),
    ]
    for text, host, additive in texts:
        assert _hosts_and_additives(text) == {(host, additive)}, text


def test_alane_doped_and_named_back_stays_alane():
    # near miss: the passage's own host is alane, so the name points back to it
    text = ("AlH3 was milled with 2 mol% TiCl3. The doped aluminium hydride decomposes faster because Ti weakens "
            "the Al–H bonds.\n")
    assert _hosts_and_additives(text) == {("AlH3", "TiCl3")}


def test_an_additive_that_keeps_the_hydride_amorphous_is_credited_with_amorphization():
    texts = [
        "LiBH4 was mixed with 50 wt% Al2O3. The alumina keeps LiBH4 amorphous.\n",
        "LiBH4 was mixed with 50 wt% Al2O3. The alumina keeps part of LiBH4 amorphous.\n",
        "LiBH4 was mixed with 50 wt% Al2O3. The alumina keeps a fraction of the LiBH4 amorphous.\n",
    ]
    for text in texts:
        assert {a for _, a, _ in _got(text, "Amorphization")} == {"Al2O3"}, text


def test_an_additive_that_keeps_the_hydride_crystalline_claims_no_amorphization():
    # near miss
    assert _got("LiBH4 was mixed with 50 wt% Al2O3. The alumina keeps the LiBH4 crystalline.\n",
                "Amorphization") == set()
