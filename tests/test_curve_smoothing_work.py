"""Smoothing a long curve costs work in proportion to its points, and gives the same moving average.

The moving average was a convolution with a window of 1 % of the points, so its work grew with the
square of the length: a 2-million-point logger file kept ``hkg entry attach`` busy for minutes.
"""
from __future__ import annotations

import numpy as np

from ingest.instruments import curves


def _reference(y: np.ndarray) -> np.ndarray:
    """The moving average as defined: the mean of the w points around each point, edges repeated."""
    w = max(1, (len(y) // 100) | 1)
    ypad = np.pad(y, w // 2, mode="edge")
    return np.array([ypad[i:i + w].mean() for i in range(len(y))])


def test_the_moving_average_is_unchanged():
    rng = np.random.default_rng(7)
    x = np.linspace(100, 450, 3_001)
    y = np.exp(-((x - 300) / 25) ** 2) + rng.normal(0, 0.05, x.size)
    assert np.allclose(curves._smooth(y), _reference(y), atol=1e-9)
    short = np.array([0.0, 1.0, 0.5])
    assert curves._smooth(short) is short          # under 100 points: nothing to average


def test_no_convolution_whose_window_grows_with_the_curve(monkeypatch):
    """The work of a convolution is points × window; the window here is 1 % of the points."""
    real = np.convolve

    def convolve(a, v, mode="full"):
        assert len(v) <= 101, f"a convolution over a {len(v)}-point window: work grows with the square"
        return real(a, v, mode)

    monkeypatch.setattr(curves.np, "convolve", convolve)
    y = np.sin(np.linspace(0, 20, 200_000))
    assert curves._smooth(y).shape == y.shape
