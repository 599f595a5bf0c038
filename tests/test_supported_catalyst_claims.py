"""'Which mechanisms are credited to Ni-based additives?': a catalyst written on its support with a
slash (CoNi/NC, Ni/C) owns the claims made about its active part, as one written with '@' does; they
are not only 'mechanisms of its elements'."""
from __future__ import annotations

from kg.analogs.questions import credited_mechanisms


class _Reader:
    def record(self, claim):
        return {"source": claim.get("source"), "place": "§9"}


def _claim(cid, additive, mechanism):
    return {"id": cid, "host": "LiBH4", "additive": additive, "mechanism": mechanism, "source": "doi:10.0/x",
            "start": int(cid), "row": None}


def test_the_active_part_of_a_slash_written_catalyst_owns_its_claims():
    claims = [_claim("1", "CoNi", "BondWeakening"), _claim("2", "Ni", "HydrogenDissociationSites")]
    got = credited_mechanisms(claims, "LithiumBorohydride", {"formula": "CoNi/NC", "text": "CoNi/NC"}, _Reader())
    assert got["mechanisms"] == ["BondWeakening"]
    assert got["mechanisms_of_its_elements"] == ["HydrogenDissociationSites (Ni)"]


def test_an_at_written_catalyst_as_before():
    claims = [_claim("1", "CoNi", "BondWeakening")]
    got = credited_mechanisms(claims, "LithiumBorohydride", {"formula": "CoNi@C", "text": "CoNi@C"}, _Reader())
    assert got["mechanisms"] == ["BondWeakening"]
