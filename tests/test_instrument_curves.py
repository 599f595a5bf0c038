"""Instrument exports read as the instruments write them, and the values derived from them.

The fixtures in fixtures/instruments/ follow the real layouts (EC-Lab .mpt with its 'Nb header lines'
count, Latin-1 and decimal commas; Gamry .DTA ZCURVE table; NETZSCH Proteus '#KEY:VALUE' header and
'##' column row); the numbers are made up with known answers: the spectra are a 1000 Ω bulk
resistance in parallel with 1 nF, in series with a 1 µF blocking electrode; the GCPL run has
3 cycles of 1.5/1.2, 1.2/1.15, 1.1/1.06 mAh (discharge/charge) on 1.234 mg.
"""
from __future__ import annotations

import math
import shutil
from pathlib import Path

import numpy as np
import pytest

from ingest.instruments.curve_formats import read_curve_file, read_curve_text
from ingest.instruments.curves import CurveError, derive

FIX = Path(__file__).with_name("fixtures") / "instruments"
K_B_EV = 8.617333262e-5
SPECTRA = ["eclab_peis.mpt", "gamry_eispot.DTA", "impedance_25C.csv"]


def _by(measurements, prop):
    return [m for m in measurements if m["property"] == prop]


@pytest.mark.parametrize("name", SPECTRA)
def test_impedance_spectrum_gives_conductivity_from_pellet_geometry(name):
    ms = derive("eis", read_curve_file(FIX / name), thickness="1 mm", area="0.5 cm^2", temperature="25 degC")
    (sigma,) = _by(ms, "ionic_conductivity")
    # R_b = 1000 Ω: σ = 0.1 cm / (1000 Ω · 0.5 cm²) = 2e-4 S/cm
    assert sigma["value"] == pytest.approx(2e-4, rel=0.01)
    assert sigma["unit"] == "S/cm"
    assert "circle fitted to the bulk semicircle" in sigma["method"]
    assert sigma["conditions"]["temperature"]["value"] == pytest.approx(298.15)


def test_a_spectrum_that_is_only_the_electrode_spike_gives_the_real_axis_intercept(tmp_path):
    f = np.logspace(3, -1, 17)
    z = 500.0 + 1 / (1j * 2 * np.pi * f * 1e-6)
    path = tmp_path / "spike.csv"
    path.write_text("f (Hz),Zreal (Ohm),Zimag (Ohm)\n" + "\n".join(f"{a},{b.real},{b.imag}" for a, b in zip(f, z)))
    (sigma,) = derive("eis", read_curve_file(path), thickness="2 mm", area="1 cm^2")
    assert sigma["value"] == pytest.approx(0.2 / 500.0, rel=0.01)
    assert "intercept" in sigma["method"]


@pytest.mark.parametrize("given,missing", [({"area": "1 cm^2"}, "--thickness"), ({"thickness": "1 mm"}, "--area"),
                                           ({}, "--thickness and --area")])
def test_conductivity_without_pellet_geometry_names_the_missing_option(given, missing):
    with pytest.raises(CurveError, match=missing):
        derive("eis", read_curve_file(FIX / "eclab_peis.mpt"), **given)


def test_spectra_at_several_temperatures_give_the_arrhenius_energy(tmp_path):
    from kg.notebook import derive_from_curves

    ea, paths, temps = 0.45, [], [300.0, 330.0, 360.0, 390.0]
    sigma0 = 2e-4 * 298.15 * math.exp(ea / (K_B_EV * 298.15))
    for t in temps:
        r_b = 0.1 / (0.5 * sigma0 / t * math.exp(-ea / (K_B_EV * t)))      # σT = A exp(−Ea/kT)
        f = np.logspace(7, 0, 36)
        w = 2 * np.pi * f
        z = r_b / (1 + 1j * w * r_b * 1e-10) + 1 / (1j * w * 1e-6)
        path = tmp_path / f"eis_{t:g}K.csv"
        path.write_text("freq (Hz),Z' (ohm),-Z'' (ohm)\n" + "\n".join(f"{a},{b.real},{-b.imag}" for a, b in zip(f, z)))
        paths.append(path)
    ms = derive_from_curves(paths, "arrhenius", thickness="1 mm", area="0.5 cm^2",
                            temperatures="300, 330, 360, 390 K")
    assert len(_by(ms, "ionic_conductivity")) == 4
    (energy,) = _by(ms, "ion_migration_activation_energy")
    assert energy["value"] == pytest.approx(ea, rel=0.02)
    assert energy["unit"] == "eV"


def test_several_spectra_without_temperatures_are_refused(tmp_path):
    from kg.notebook import derive_from_curves
    from ontology.errors import UserError

    with pytest.raises(UserError, match="--temperatures"):
        derive_from_curves([FIX / "eclab_peis.mpt", FIX / "gamry_eispot.DTA"], "arrhenius",
                           thickness="1 mm", area="0.5 cm^2")


def test_eclab_gcpl_gives_capacity_retention_and_coulombic_efficiency():
    curve = read_curve_file(FIX / "eclab_gcpl.mpt")
    assert curve.meta["active_mass"] == "1.234 mg"        # read from the header's decimal comma
    ms = derive("cycling", curve)
    (cap,) = _by(ms, "specific_capacity")
    assert cap["value"] == pytest.approx(1.2 / 1.234e-3, rel=1e-4)     # charge given back / active mass
    assert cap["conditions"]["cycles"]["value"] == 1
    (ret,) = _by(ms, "capacity_retention")
    assert ret["value"] == pytest.approx(100 * 1.06 / 1.2, rel=1e-4)
    first, last = _by(ms, "coulombic_efficiency")
    assert first["value"] == pytest.approx(80.0, rel=1e-4)             # 1.2 out of 1.5
    assert last["value"] == pytest.approx(100 * 1.06 / 1.1, rel=1e-4)


def test_active_mass_given_by_the_user_wins_and_the_placeholder_is_refused(tmp_path):
    ms = derive("cycling", read_curve_file(FIX / "eclab_gcpl.mpt"), active_mass="2 mg")
    assert _by(ms, "specific_capacity")[0]["value"] == pytest.approx(600.0, rel=1e-4)
    text = (FIX / "eclab_gcpl.mpt").read_bytes().replace(b"Mass of active material : 1,234 mg",
                                                          b"Mass of active material : 0,001 mg")
    placeholder = tmp_path / "placeholder.mpt"
    placeholder.write_bytes(text)
    with pytest.raises(CurveError, match="--active-mass"):
        derive("cycling", read_curve_file(placeholder))


def test_eclab_reader_keeps_latin1_units_and_flips_minus_im_z():
    curve = read_curve_file(FIX / "eclab_peis.mpt")
    zi = curve.role("z_imag").values
    assert np.all(zi < 0)                                  # Im(Z) of a capacitive spectrum
    assert curve.meta["technique"] == "Potentio Electrochemical Impedance Spectroscopy"


def test_netzsch_sta_gives_tpd_and_tga_values_with_the_heating_rate_of_its_range():
    curve = read_curve_file(FIX / "netzsch_sta.txt")
    assert curve.meta["heating_rate"] == "10 K/min"
    assert curve.meta["sample_mass"] == "12.345 mg"
    tpd = derive("tpd", curve)
    (peak,) = _by(tpd, "peak_dehydrogenation_temperature")
    assert peak["value"] == pytest.approx(352.0, abs=2.0)
    assert peak["conditions"]["heating_rate"]["value"] == 10.0
    assert "DSC" in peak["note"]
    tga = derive("tga", curve)
    (released,) = _by(tga, "hydrogen_capacity")
    assert released["value"] == pytest.approx(6.5, abs=0.05)


def test_netzsch_with_decimal_comma_reads_the_same(tmp_path):
    text = (FIX / "netzsch_sta.txt").read_bytes().decode("cp1252")
    head, _, body = text.partition("##")
    column_row, _, rows = body.partition("\r\n")
    comma = head.replace("#DECIMAL:POINT", "#DECIMAL:COMMA") + "##" + column_row + "\r\n" + rows.replace(".", ",")
    path = tmp_path / "netzsch_comma.csv"
    path.write_bytes(comma.encode("cp1252"))
    a = derive("tga", read_curve_file(FIX / "netzsch_sta.txt"))
    b = derive("tga", read_curve_file(path))
    assert [m["value"] for m in a] == [m["value"] for m in b]


def test_format_is_told_by_content_not_by_extension(tmp_path):
    renamed = tmp_path / "run.txt"
    shutil.copy(FIX / "eclab_peis.mpt", renamed)
    assert read_curve_file(renamed).meta["instrument_format"].startswith("EC-Lab")


@pytest.mark.parametrize("content,match", [
    (b"EC-Lab ASCII FILE\r\nsomething else\r\n", "Nb header lines"),
    (b"EXPLAIN\r\nTAG\tCV\r\nCURVE\tTABLE\r\n", "ZCURVE"),
    (b"BIO-LOGIC MODULAR FILE\x1a\x00\x00\x00", "binary"),
    (b"just some words\n", "expected a CSV/TSV"),
])
def test_broken_or_unknown_files_name_what_was_expected(tmp_path, content, match):
    path = tmp_path / "bad.mpt"
    path.write_bytes(content)
    with pytest.raises(CurveError, match=match):
        read_curve_file(path)


def test_cli_attach_eis_stores_the_file_and_the_conductivity(monkeypatch, tmp_path, capsys):
    from tests.test_entry import _hkg, _stored_fixture

    assert _hkg(monkeypatch, tmp_path, "entry", "add", str(_stored_fixture(tmp_path)), "--id", "mg1",
                "--no-graph") == 0
    assert _hkg(monkeypatch, tmp_path, "entry", "attach", "mg1", str(FIX / "gamry_eispot.DTA"), "--kind", "eis",
                "--sample", "S1", "--thickness", "1 mm", "--area", "0.5 cm^2", "--no-graph") == 0
    assert "ionic_conductivity" in capsys.readouterr().out
    assert _hkg(monkeypatch, tmp_path, "entry", "attach", "mg1", str(FIX / "eclab_peis.mpt"), "--kind", "eis",
                "--sample", "S1", "--no-graph") == 2
    assert "--thickness and --area" in capsys.readouterr().err


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_ta_universal_analysis_tga_in_mg_gives_released_hydrogen_and_rate(tmp_path, encoding):
    path = tmp_path / "tga.txt"
    path.write_bytes((FIX / "ta_tga_q500.txt").read_text(encoding="utf-8").encode(encoding))
    curve = read_curve_file(path)
    assert curve.meta["heating_rate"] == "10 K/min"          # from 'OrgMethod 1: Ramp 10.00 °C/min'
    ms = derive("tga", curve)
    (released,) = _by(ms, "hydrogen_capacity")
    assert released["value"] == pytest.approx(6.2, abs=0.05)  # the weight in mg, read as % of the start mass
    (peak,) = _by(ms, "peak_dehydrogenation_temperature")
    assert peak["value"] == pytest.approx(300.0, abs=2.0)
    assert peak["conditions"]["heating_rate"]["value"] == 10.0


def test_ta_export_without_start_of_data_names_it(tmp_path):
    path = tmp_path / "ta.txt"
    path.write_text("Instrument\tTGA Q500\nSig1\tTime (min)\nSig2\tTemperature (°C)\n1\t30\n")
    with pytest.raises(CurveError, match="StartOfData"):
        read_curve_file(path)


def test_one_spectrum_for_an_arrhenius_fit_is_sent_to_eis():
    with pytest.raises(CurveError, match="--kind eis"):
        derive("arrhenius", read_curve_file(FIX / "gamry_eispot.DTA"), thickness="1 mm", area="0.5 cm^2")


def test_gcpl_cycles_pair_half_cycles_by_current_whatever_the_cycle_counter_says(tmp_path):
    # EC-Lab may start its 'cycle number' at the charge: the anode's discharge of cycle n then sits in cycle n - 1
    text = (FIX / "eclab_gcpl.mpt").read_bytes().decode("cp1252")
    lines = text.split("\r\n")
    n_header = int(lines[1].split(":")[1])
    rows = [line.split("\t") for line in lines[n_header:] if line]
    for row in rows:
        half = int(row[14])
        row[-1] = f"{(half + 1) // 2:.15E}".replace(".", ",")
    shifted = "\r\n".join(lines[:n_header] + ["\t".join(r) for r in rows]) + "\r\n"
    path = tmp_path / "shifted.mpt"
    path.write_bytes(shifted.encode("cp1252"))
    first, last = _by(derive("cycling", read_curve_file(path)), "coulombic_efficiency")
    assert first["value"] == pytest.approx(80.0, rel=1e-4)
    assert last["value"] == pytest.approx(100 * 1.06 / 1.1, rel=1e-4)


@pytest.mark.parametrize("fixture,old,new", [("netzsch_sta.txt", "##Temp./°C", "##Temp./C"),
                                             ("ta_tga_q500.txt", "Temperature (°C)", "Temperature (C)")])
def test_a_temperature_that_lost_its_degree_sign_is_celsius_not_coulomb(tmp_path, fixture, old, new):
    path = tmp_path / fixture
    path.write_bytes((FIX / fixture).read_bytes().replace(old.encode("cp1252" if "netzsch" in fixture else "utf-8"),
                                                          new.encode()))
    curve = read_curve_file(path)
    assert curve.role("temperature").unit == "degC"
    assert derive("tga", curve)[0]["value"] == pytest.approx(derive("tga", read_curve_file(FIX / fixture))[0]["value"])


@pytest.mark.parametrize("fixture", sorted(p.name for p in FIX.iterdir()))
def test_damaged_instrument_files_fail_only_with_curve_errors(fixture):
    import random

    rng = random.Random(fixture)
    lines = (FIX / fixture).read_bytes().decode("cp1252").splitlines()
    for _ in range(30):
        damaged = list(lines)
        i = rng.randrange(len(damaged))
        cut = rng.choice(["delete", "truncate", "insert", "end"])
        if cut == "delete":
            del damaged[i]
        elif cut == "truncate":
            damaged[i] = damaged[i][: rng.randrange(len(damaged[i]) + 1)]
        elif cut == "insert":
            damaged.insert(i, rng.choice(["", "abc", "\t\t", "1,2;3", "StartOfData", "ZCURVE\tTABLE", "Nb header lines : 9"]))
        else:
            damaged = damaged[:i]
        try:
            curve = read_curve_text("\n".join(damaged), fixture)
            for kind in ("eis", "cycling", "tpd", "tga"):
                try:
                    derive(kind, curve, thickness="1 mm", area="1 cm^2", active_mass="1 mg")
                except CurveError:
                    pass
        except CurveError:
            pass


def test_one_eclab_file_with_a_spectrum_per_temperature_gives_the_arrhenius_energy(tmp_path):
    from kg.notebook import derive_from_curves

    ea, temps, blocks = 0.5, [300.0, 340.0, 380.0], []
    for t in temps:
        r_b = 1000.0 * math.exp(ea / K_B_EV * (1 / t - 1 / 300.0)) * t / 300.0     # σT ∝ exp(−Ea/kT)
        f = np.logspace(7, 0, 29)
        z = r_b / (1 + 1j * 2 * np.pi * f * r_b * 1e-10) + 1 / (1j * 2 * np.pi * f * 1e-6)
        blocks += [f"{a:.7E}\t{b.real:.7E}\t{-b.imag:.7E}" for a, b in zip(f, z)]
    text = "EC-Lab ASCII FILE\r\nNb header lines : 4\r\n\r\nfreq/Hz\tRe(Z)/Ohm\t-Im(Z)/Ohm\r\n" + "\r\n".join(blocks)
    path = tmp_path / "peis_loop.mpt"
    path.write_text(text + "\r\n", encoding="cp1252")
    with pytest.raises(CurveError, match="3 impedance spectra"):
        derive("eis", read_curve_file(path), thickness="1 mm", area="1 cm^2")
    ms = derive_from_curves([path], "arrhenius", thickness="1 mm", area="1 cm^2", temperatures="300,340,380 K")
    (energy,) = _by(ms, "ion_migration_activation_energy")
    assert energy["value"] == pytest.approx(ea, rel=0.02)


def test_an_inductive_tail_at_high_frequency_stays_out_of_the_bulk_arc(tmp_path):
    f = np.logspace(6, 0, 25)
    w = 2 * np.pi * f
    z = 20.0 + 1j * w * 1e-4 + 1000.0 / (1 + 1j * w * 1000.0 * 1e-9) + 1 / (1j * w * 1e-6)   # leads' inductance
    assert -z.imag[0] < 0
    path = tmp_path / "inductive.csv"
    path.write_text("freq (Hz),Re(Z) (Ohm),-Im(Z) (Ohm)\n" + "\n".join(f"{a},{b.real},{-b.imag}" for a, b in zip(f, z)))
    (sigma,) = derive("eis", read_curve_file(path), thickness="1 mm", area="0.5 cm^2")
    assert 0.1 / (sigma["value"] * 0.5) == pytest.approx(1020.0, rel=0.03)      # R_b read = 20 Ω leads + 1000 Ω


def test_instrument_unit_spellings_are_read_from_the_ontologys_unit_table():
    from ontology.units import instrument_unit, parse_unit

    assert [instrument_unit(u) for u in ("Ohm", " Ohm-1", "Deg", "µF", "mA.h")] == ["ohm", "1/ohm", "degree", "µF",
                                                                                    "mA.h"]
    assert parse_unit(instrument_unit("Ohm-1")) == parse_unit("1/ohm")
    assert parse_unit(instrument_unit("µF")) == parse_unit("uF")        # read by parse_unit's own rewrites
