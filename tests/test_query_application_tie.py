"""'What else behaved like MgH2 + Nb2O5?' after the lab recorded its own MgH2 + Nb2O5 for hydrogen
storage: one anode paper and one storage entry tie, and the host's usual application decides."""
from __future__ import annotations

import numpy as np

from kg.analogs.application import query_applications
from kg.analogs.model import QueryProfile


class _Index:
    """What query_applications reads of a FeatureIndex: hosts, additives and application masks."""

    def __init__(self, hosts, additives, apps):
        self.hosts = sorted(set(hosts))                 # host index -> host id
        self.host_idx = [self.hosts.index(h) for h in hosts]
        self.by_additive = {}
        for i, a in enumerate(additives):
            if a:
                self.by_additive.setdefault(a, []).append(i)
        self.by_id = {}
        names = sorted({a for row in apps for a in row})
        self._application_masks = {a: np.array([a in row for row in apps]) for a in names}

    def __len__(self):
        return len(self.host_idx)


def _query():
    return QueryProfile(text="MgH2 + Nb2O5", kind="text", name="MgH2–Nb2O5", host="MagnesiumHydride",
                        additives=[{"formula": "Nb2O5"}])


def test_a_tie_among_lookalikes_goes_to_the_host_s_usual_application():
    index = _Index(["MagnesiumHydride"] * 5, ["Nb2O5", "Nb2O5", "Ni", "Fe", "Co"],
                   [{"Anode"}, {"HydrogenStorage"}, {"HydrogenStorage"}, {"HydrogenStorage"}, {"Anode"}])
    assert query_applications(index, _query()) == ["HydrogenStorage"]


def test_lookalikes_that_agree_keep_their_application():
    # near miss: two anode papers on the pair make it an anode question, whatever the host usually is
    index = _Index(["MagnesiumHydride"] * 4, ["Nb2O5", "Nb2O5", "Ni", "Fe"],
                   [{"Anode"}, {"Anode"}, {"HydrogenStorage"}, {"HydrogenStorage"}])
    assert query_applications(index, _query()) == ["Anode"]
