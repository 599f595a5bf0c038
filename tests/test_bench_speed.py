"""The speed figure of `hkg bench extract`: the median of paired run-by-run CPU-time ratios, so that
one slow run (another process on a shared machine) does not move it."""
from __future__ import annotations

from ui.cli.extract import paired_ratio


class _Clock:
    """A clock each timed call advances by the next of its durations."""

    def __init__(self):
        self.now, self.calls = 0.0, []

    def __call__(self):
        return self.now

    def runner(self, name, durations):
        durations = iter(durations)

        def run():
            self.calls.append(name)
            self.now += next(durations)
        return run


def test_the_figure_is_the_median_of_the_pairs_ratios_and_one_slow_run_does_not_move_it():
    clock = _Clock()
    run = clock.runner("extract", [4.0, 5.0, 18.0, 4.5, 4.0])   # the third extraction ran on a busy core
    base = clock.runner("blank", [2.0, 2.0, 2.0, 2.0, 2.0])
    speed = paired_ratio(run, base, 5, clock=clock)
    assert speed["pairs"] == 5 and speed["clock"] == "process CPU time"
    assert speed["ratio"] == speed["ratio_paired_median"] == 2.25
    assert speed["ratio_min_min"] == 2.0 and speed["extract_seconds"] == 4.5
    # the order inside a pair alternates: a machine slowing down over the runs falls on both sides
    assert clock.calls[:4] == ["blank", "extract", "extract", "blank"]


def test_the_bench_prints_how_the_speed_was_measured(capsys):
    from ui.cli.extract import _print_report

    _print_report({"ratio": 2.1, "ratio_paired_median": 2.1, "ratio_min_min": 2.0, "pairs": 9,
                   "extract_seconds": 0.7, "blank_tokenizer_seconds": 0.33, "target_ratio": 3.0})
    out = capsys.readouterr().out
    assert "2.10x spaCy's blank tokenizer" in out and "median of 9 paired run-by-run ratios of process CPU time" in out
