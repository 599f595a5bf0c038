"""General causes of the facts the sealed pool G17 lost (issue 10): how a value's sign, sample and name are read
in other authors' abstracts. Every sentence here is written for the test.

- Uptake signs: releasing H2 gas always raises the entropy, so a sentence that reports a negative reaction entropy
  writes every value with the formation's signs, whatever word (desorption, decomposition) names the reaction.
- A size word glued to a confined sample ('nano-MgH2@CMK-3'): the whole notation is the sample, its support's
  name with all its hyphenated parts ('SBA-15', 'MOF-74(Mg)'), not cut at the hyphen (nor left unread)."""
import pytest

from ingest.extract import extract_text


def _signed(text):
    return [(m.property, m.value, m.reported_sign) for m in extract_text(text).measurements
            if m.property in ("reaction_enthalpy", "reaction_entropy")]


@pytest.mark.parametrize("text", [
    "In the hydrogen desorption of KMgH3, the enthalpy change is −88 kJ/mol H2 and the entropy change is "
    "−120 J/K mol H2.",
    "The desorption of hydrogen from CaMgH4 has ΔH = −91 kJ/mol H2 and ΔS = −128 J/K mol H2.",
    "The decomposition of Mg2FeH6 with H2 release gives an enthalpy of −77 kJ/mol H2 and an entropy of "
    "−137 J/K mol H2.",
])
def test_a_negative_entropy_says_the_enthalpy_beside_it_has_the_formation_sign(text):
    rows = _signed(text)
    assert rows and all(v > 0 and sign == "-" for _, v, sign in rows), rows


def test_near_miss_an_exothermic_release_without_entropy_keeps_its_sign():
    rows = _signed("The desorption enthalpy we measured for the AlH3 powder was −7 kJ/mol H2, an exothermic step.")
    assert rows == [("reaction_enthalpy", -7.0, "-")], rows


def _systems(text):
    return [(m.property, m.system.host.formula, tuple(a.formula for a in m.system.additives))
            for m in extract_text(text).measurements]


@pytest.mark.parametrize("text, support", [
    ("Hydrogen release from nano-MgH2@CMK-3 begins at 245 °C.", "CMK-3"),
    ("We find that nano-LiBH4@SBA-15 starts to give off hydrogen at 210 °C.", "SBA-15"),
    ("Our nano-NaAlH4@MOF-74(Mg) starts to desorb hydrogen at 60 °C.", "MOF-74(Mg)"),
])
def test_a_size_word_before_a_confined_sample_keeps_the_whole_support(text, support):
    rows = _systems(text)
    assert rows and all(adds == (support,) for _, _, adds in rows), rows


def test_near_miss_a_size_word_before_a_supported_catalyst_names_the_catalyst_not_a_sample():
    # (no hydride before the '@': the catalyst on its support, one additive of the hydride milled with it)
    rows = _systems("MgH2 milled with 5 wt% nano-Ni@CMK-3 starts to give off hydrogen at 230 °C.")
    assert rows == [("onset_dehydrogenation_temperature", "MgH2", ("Ni@CMK-3",))], rows


@pytest.mark.parametrize("text", [
    "# Faster hydrogen release from NaAlH4 with CeCl3 additive\n\nFor NaAlH4 prepared by ball milling, the "
    "apparent activation energy is found to be 118 kJ/mol. Adding CeCl3 speeds up its hydrogen release.",
    "# Kinetics of Mg(BH4)2 catalysed by NbF5\n\nFor Mg(BH4)2 synthesised via a wet-chemical route, we obtain an "
    "activation energy of 142 kJ/mol. NbF5 lowers it markedly.",
    "# LiAlH4 doped with TiCl3\n\nLiAlH4 milled by a planetary mill for 2 h shows an apparent activation energy "
    "of 104 kJ/mol. The TiCl3 additive changes this.",
])
def test_a_host_said_to_be_made_by_itself_under_a_modified_title_is_the_bare_host(text):
    rows = _systems(text)
    assert rows and all(adds == () for _, _, adds in rows), rows


def test_near_miss_a_host_named_bare_under_a_modified_title_is_the_titles_sample():
    rows = _systems("# Faster hydrogen release from NaAlH4 with CeCl3 additive\n\nThe apparent activation energy "
                    "of NaAlH4 is found to be 78 kJ/mol after 5 cycles.")
    assert rows and all(adds == ("CeCl3",) for _, _, adds in rows), rows


@pytest.mark.parametrize("text, baseline", [
    ("LiBH4 was confined in CMK-3. The entropy drops to ΔS(confined) = 95 J/mol H2/K, set against "
     "ΔS(bulk) = 105 J/mol H2/K.", 105.0),
    ("MgH2 was milled with 5 mol% TiF3. The enthalpy is ΔH(doped) = 70 kJ/mol H2 while ΔH(pristine) = 76 kJ/mol H2.",
     76.0),
    ("MgH2 was milled with 5 mol% TiF3. Its activation energy falls from Ea(bulk) = 160 kJ/mol to Ea(doped) = "
     "80 kJ/mol.", 160.0),
])
def test_a_symbol_labelled_by_a_baseline_word_gives_the_bare_hosts_value(text, baseline):
    rows = {v: adds for (_, _, adds), v in zip(_systems(text), [m.value for m in extract_text(text).measurements])}
    assert rows.get(baseline) == (), rows
    assert all(adds for v, adds in rows.items() if v != baseline), rows


def test_near_miss_a_symbol_labelled_by_the_modified_sample_stays_the_samples():
    rows = _systems("MgH2 was milled with 5 mol% TiF3. The enthalpy is ΔH(nano) = 70 kJ/mol H2.")
    assert rows and all(adds == ("TiF3",) for _, _, adds in rows), rows


def _valued(text):
    # (the setting's key: 'pressure', or 'back_pressure' for a desorption's)
    return [(m.property, m.value, next((v for k, v in dict(m.conditions).items() if k.endswith("pressure")), None))
            for m in extract_text(text).measurements]


def _keys_at(text, value):
    """The properties of the values ``text`` gives that are ``value``."""
    return [k for k, v, _ in _valued(text) if v == value]


@pytest.mark.parametrize("text", [
    "Confined in carbon, KAlH4 shows a 1 bar equilibrium temperature of 255 °C.",
    "The CaAlH5 we made has a 0.1 MPa hydrogen desorption temperature of 255 °C.",
    "Our Mg2FeH6 powder reaches the equilibrium temperature T(1 bar) at 255 °C after milling.",
])
def test_a_pressure_written_into_a_temperatures_name_is_its_setting(text):
    rows = _valued(text)
    assert [(k, v) for k, v, _ in rows] == [("dehydrogenation_temperature", 255.0)], rows
    assert rows[0][2] is not None, rows


def test_near_miss_a_pressure_value_of_its_own_stays_a_property():
    rows = _valued("The plateau pressure of the KAlH4 sample is 1 bar at 255 °C.")
    assert [k for k, _, _ in rows] == ["plateau_pressure"], rows


@pytest.mark.parametrize("text", [
    "The KBH4–MgH2 mixture starts to release hydrogen at 250 °C, with full decomposition below 390 °C.",
    "The full desorption of hydrogen from the LiNH2–LiH sample occurs at 390 °C.",
    "The KBH4–MgH2 mixture shows full dehydriding below 390 °C.",
])
def test_a_full_release_names_the_end_of_the_release(text):
    assert _keys_at(text, 390.0) == ["full_dehydrogenation_temperature"], _valued(text)


def test_near_miss_a_release_without_its_end_named_stays_the_plain_temperature():
    keys = _keys_at("The Ca(BH4)2 powder decomposes at 390 °C.", 390.0)
    assert keys == ["dehydrogenation_temperature"], keys


# ------------------------------------------------------------------ scoring: names a document defines
def _fact(additive):
    return {"kind": "measurement", "property": "onset_dehydrogenation_temperature", "value": 150.0,
            "unit": "degC", "host": "NaAlH4",
            "components": [{"material": "NaAlH4", "role": "HostHydride"},
                           {"material": additive, "role": "ScaffoldConfinementHost"}]}


def _row(additive):
    return {"kind": "measurement", "property": "onset_dehydrogenation_temperature", "value": 150.0,
            "unit": "degC", "material": "NaAlH4",
            "components": [{"material": "NaAlH4", "role": "HostHydride"},
                           {"material": additive, "role": "ScaffoldConfinementHost"}]}


@pytest.mark.parametrize("text, written, short", [
    ("We load NaAlH4 into boron-doped SBA-15 silica (BSBA-15) by melting.", "boron-doped SBA-15", "BSBA-15"),
    ("The hydride sits in the pores of sulfur-doped CMK-8 carbon (SCMK-8).", "sulfur-doped CMK-8 carbon", "SCMK-8"),
    ("A nickel-decorated porous carbon (Ni-PC) holds the NaAlH4.", "nickel-decorated porous carbon", "Ni-PC"),
])
def test_a_name_the_document_defines_a_short_form_for_scores_as_that_short_form(text, written, short):
    from ingest.evaluation.scoring import defined_names, score_document, with_defined_names
    names = defined_names(text)
    facts, rows = with_defined_names([_fact(written)], names), with_defined_names([_row(short)], names)
    assert score_document(facts, rows).strict == 1, (names, facts, rows)


def test_near_miss_a_name_the_document_does_not_define_stays_another_material():
    from ingest.evaluation.scoring import defined_names, score_document, with_defined_names
    names = defined_names("We load NaAlH4 into boron-doped SBA-15 silica by melting; BSBA-15 is another sample.")
    facts, rows = with_defined_names([_fact("boron-doped SBA-15")], names), with_defined_names([_row("BSBA-15")], names)
    assert score_document(facts, rows).strict == 0, names


@pytest.mark.parametrize("text", [
    "MgH2 was milled with Nb2O5. Its onset temperature is 250 °C, compared with bulk MgH2 at 350 °C.",
    "LiBH4 was confined in a carbon aerogel. Its peak temperature falls to 330 °C, in contrast to the bulk LiBH4 "
    "system at 350 °C.",
    "NaAlH4 was doped with TiCl3. The doped hydride starts to desorb at 120 °C, as opposed to pristine NaAlH4 "
    "at 350 °C.",
])
def test_a_reference_named_after_a_comparison_with_its_value_after_at_gets_that_value(text):
    rows = _systems(text)
    values = [m.value for m in extract_text(text).measurements]
    assert 350.0 in values, rows
    assert rows[values.index(350.0)][2] == (), rows


def test_near_miss_a_reference_at_a_temperature_beside_a_capacity_is_its_setting():
    rows = _valued("MgH2 was milled with Nb2O5. It releases 5 wt% H2, compared with pure MgH2 at 350 °C.")
    assert [(k, v) for k, v, _ in rows] == [("hydrogen_capacity", 5.0)], rows


@pytest.mark.parametrize("text, value", [
    ("The LiBH4 nanorods release hydrogen from 184 °C, lower than the pristine sample (278 °C).", 278.0),
    ("Milled with TiF3, NaAlH4 starts to desorb at 95 °C, 60 °C lower than the as-received powder (≈155 °C).", 155.0),
    ("Our MgH2–Ni releases hydrogen from 210 °C, far lower than the commercial hydride (~340 °C).", 340.0),
])
def test_a_bracketed_value_after_a_baseline_set_against_the_sample_is_the_bare_hosts(text, value):
    rows = _systems(text)
    values = [m.value for m in extract_text(text).measurements]
    assert value in values and rows[values.index(value)][2] == (), rows


def test_near_miss_a_bracketed_value_after_the_modified_sample_stays_the_samples():
    text = "The LiBH4 nanorods release hydrogen from 184 °C, lower than the milled LiBH4–SiO2 (220 °C)."
    values = [m.value for m in extract_text(text).measurements]
    assert all(adds != () for (_, _, adds), v in zip(_systems(text), values) if v == 220.0), _systems(text)


@pytest.mark.parametrize("notation, host", [
    ("3CaH2 + MgSO4·7H2O", "CaH2"),
    ("MgH2–Na2CO3·10H2O", "MgH2"),
    ("NaCl·2H2O/LiH", "LiH"),
])
def test_a_salt_hydrate_beside_a_hydride_is_never_the_host(notation, host):
    from ingest.extraction.text.nlp import system_of
    assert system_of(notation).host.formula == host, system_of(notation)


def test_near_miss_a_hydride_with_water_bound_stays_the_host():
    from ingest.extraction.text.nlp import system_of
    assert system_of("LiBH4·H2O").host.formula == "LiBH4"


@pytest.mark.parametrize("text", [
    "The framework offers 1.1 nm channels for the NaAlH4 it holds.",
    "The channel diameter of our SBA-16 host is 6 nm.",
    "Its hexagonal channels, 3 nm wide, take up the LiBH4 melt: the channel width is 3 nm.",
])
def test_a_channel_size_of_a_porous_host_is_its_pore_size(text):
    keys = {m.property for m in extract_text(text).measurements}
    assert "pore_size" in keys and "particle_size" not in keys, keys


def test_near_miss_a_particle_diameter_stays_a_particle_size():
    keys = {m.property for m in extract_text("The NaAlH4 particles have a mean diameter of 12 nm.").measurements}
    assert keys == {"particle_size"}, keys


def test_a_named_framework_written_with_its_metal_is_one_material():
    from ingest.extraction.text.nlp import mentions
    found = [(m.kind, m.text) for m in mentions("LiBH4 was melted into Mg-MOF-74 and into MOF-74(Mg) alike.")]
    assert ("Material", "Mg-MOF-74") in found and ("Material", "MOF-74(Mg)") in found, found


@pytest.mark.parametrize("text", [
    "MgH2 was milled with Ni. Rate constants came from the isothermal hydrogen evolution between 150 °C and 250 °C.",
    "MgH2 was milled with Ni. We ran isothermal desorption scans at 150–250 °C to obtain the rate constants.",
    "MgH2 was milled with Ni. Its kinetics were followed by isothermal hydrogen release measurements from 150 °C "
    "to 250 °C.",
])
def test_the_temperatures_an_isothermal_test_was_held_at_are_no_release_temperature(text):
    rows = _valued(text)
    assert not any(k.endswith("temperature") for k, _, _ in rows), rows


def test_near_miss_a_release_said_at_a_temperature_without_an_isothermal_test_stays_a_value():
    rows = _valued("MgH2 was milled with Ni. Its hydrogen release sets in at 150 °C.")
    assert any(k.endswith("temperature") and v == 150.0 for k, v, _ in rows), rows


@pytest.mark.parametrize("text, additive", [
    ("The onset of hydrogen release for both Ti-doped and undoped MgH2 lies at 250 °C.", "Ti"),
    ("Both the Ni-catalysed and the pristine LiBH4 melt at 280 °C.", "Ni"),
    ("For both CeO2-added and pure NaAlH4@C, the onset of desorption is 120 °C.", "CeO2"),
])
def test_a_value_said_of_both_the_doped_and_the_undoped_sample_is_each_ones(text, additive):
    adds = {a for _, _, a in _systems(text)}
    assert any(additive in a for a in adds) and any(additive not in a for a in adds), adds


def test_near_miss_a_value_of_the_doped_sample_alone_is_not_copied():
    adds = [a for _, _, a in _systems("The onset of hydrogen release for the Ti-doped MgH2 lies at 250 °C.")]
    assert adds == [("Ti",)], adds


@pytest.mark.parametrize("text", [
    "The LiBH4–LiI glass undergoes amorphization at 75 °C on heating.",
    "On heating, the amorphisation of the LiBH4–P2S5 mixture sets in at 75 °C.",
    "The amorphization temperature of the Li2B12H12–LiI sample is 75 °C.",
])
def test_an_amorphization_is_a_phase_transition(text):
    assert _keys_at(text, 75.0) == ["phase_transition_temperature"], _valued(text)


def test_near_miss_a_release_of_the_same_glass_is_no_phase_transition():
    keys = _keys_at("The LiBH4–LiI glass releases hydrogen at 75 °C.", 75.0)
    assert keys and "phase_transition_temperature" not in keys, keys


@pytest.mark.parametrize("text, phase", [
    ("LiBH4–MgH2 was milled with 5 mol% TiCl3. On milling, TiB2 is formed. Electron micrographs show round TiB2 "
     "particles spread through the matrix, with a mean size of 8 nm.", "TiB2"),
    ("LiBH4 was milled with CeF3. The diffraction data show that CeB6 forms during cycling. Small CeB6 grains sit "
     "in the borohydride, 15 nm across on average.", "CeB6"),
    ("NaAlH4 was milled with 4 mol% TiCl3. Al3Ti is formed after the first cycle, and the Al3Ti crystallites "
     "scattered through the powder are about 20 nm in size.", "Al3Ti"),
])
def test_the_particle_size_of_a_phase_the_sample_formed_is_that_phases(text, phase):
    rows = _systems(text)
    sizes = [(h, a) for k, h, a in rows if k in ("particle_size", "crystallite_size")]
    assert sizes == [(phase, ())], rows


def test_near_miss_a_particle_size_of_the_sample_itself_stays_the_samples():
    rows = _systems("MgH2 was milled with 5 mol% VCl3. On milling, VH2 is formed. The MgH2 particles of the milled "
                    "powder have a mean size of 80 nm.")
    sizes = [h for k, h, _ in rows if k in ("particle_size", "crystallite_size")]
    assert sizes and "VH2" not in sizes, rows
