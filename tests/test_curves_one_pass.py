"""The half-cycles of a cycling file and the sweeps of an impedance file, read in one numpy pass each: the same
answers as the point-by-point reading gave (runs of one current sign, rests inside a run; a sweep starts where the
frequency jumps back)."""
from __future__ import annotations

import math

import numpy as np

from ingest.instruments.curves import _half_cycles_by_current, _sweep_starts


def test_half_cycles_are_the_runs_of_one_current_sign():
    nan = math.nan
    current = np.array([0.0, 1.0, 1.0, 0.0, 1.0, -1.0, -1.0, nan, -2.0, 1.0, 1.0, -1.0])
    q_chg = np.array([0.0, 0.5, 1.0, 1.0, 1.5, 0.0, 0.0, 0.0, 0.0, nan, 2.0, 0.0])
    q_dis = np.array([0.0, 0.0, 0.0, 0.0, 0.0, 0.4, 1.1, 9.0, 0.9, 0.0, 0.0, nan])
    halves = _half_cycles_by_current(current, q_chg, q_dis)
    # charge run (a rest inside it), discharge run (a point without current skipped), a charge run whose first
    # charge is missing, a discharge run of one missing charge
    assert halves[:2] == [1.5, 1.1] and all(math.isnan(h) for h in halves[2:]) and len(halves) == 4
    assert _half_cycles_by_current(np.array([0.0, nan]), np.zeros(2), np.zeros(2)) == []


def test_a_sweep_starts_where_the_frequency_jumps_back():
    falling = np.array([1e6, 1e5, 1e4, 1e3])
    assert _sweep_starts(falling) == [0, 4]
    assert _sweep_starts(np.concatenate([falling, falling, falling])) == [0, 4, 8, 12]
    assert _sweep_starts(np.concatenate([falling[::-1], falling[::-1]])) == [0, 4, 8]     # rising sweeps
    assert _sweep_starts(np.array([])) == [0, 0]
