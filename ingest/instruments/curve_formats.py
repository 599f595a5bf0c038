"""Which reader a curve file needs, told from its content (the extension is only a hint).

Instrument exports are read as the instruments write them — BioLogic EC-Lab ``.mpt``
(``ingest.instruments.eclab``), Gamry ``.DTA`` impedance (``ingest.instruments.gamry``), NETZSCH Proteus ASCII
(``ingest.instruments.netzsch``), TA Instruments Universal Analysis text (``ingest.instruments.ta_instruments``) — and
anything else as a plain CSV/TSV with 'name (unit)' headers (``ingest.instruments.curves.read_curve``).
Every reader returns the same ``Curve``.
"""
from __future__ import annotations

from pathlib import Path

from . import eclab, gamry, netzsch, ta_instruments
from .curves import Curve, CurveError, read_curve

# (looks_like, read), tried in order; the plain CSV reader comes last (each reader names its format in
# the curve's meta 'instrument_format')
_READERS = ((eclab.looks_like, eclab.read), (gamry.looks_like, gamry.read), (netzsch.looks_like, netzsch.read),
            (ta_instruments.looks_like, ta_instruments.read))
EXPECTED = ("a CSV/TSV with one header row of 'name (unit)' columns, a BioLogic EC-Lab .mpt export "
            "('EC-Lab ASCII FILE'), a Gamry .DTA with a ZCURVE table, or a NETZSCH Proteus ASCII export "
            "('##Temp./°C;…' column row), or a TA Instruments Universal Analysis text export ('Sig1…', 'StartOfData')")


def decode(data: bytes) -> str:
    """UTF-16 with its BOM (some TA exports); UTF-8 when the bytes are UTF-8; else Windows Latin-1,
    which EC-Lab, Gamry and Proteus write."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_curve_file(path: str | Path) -> Curve:
    """Read any supported curve file (see the module doc), naming the format expected when it fails."""
    return read_curve_bytes(read_bytes(path), Path(path).name)


def read_bytes(path: str | Path) -> bytes:
    """A curve file's bytes; a file that cannot be read is a ``CurveError`` naming it."""
    path = Path(path)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise CurveError(path.name, f"cannot read: {exc}") from None


def read_curve_bytes(data: bytes, name: str) -> Curve:
    """A curve file's content already read (``name`` for messages): text in any encoding ``decode`` knows."""
    if b"\x00" in data[:4096] and data[:2] not in (b"\xff\xfe", b"\xfe\xff"):
        raise CurveError(name, "is a binary file (e.g. an EC-Lab .mpr or a NETZSCH .ngb); export it as text: "
                               + EXPECTED)
    return read_curve_text(decode(data), name)


def read_curve_text(text: str, name: str) -> Curve:
    for looks_like, read in _READERS:
        if looks_like(text):
            return read(text, name)
    try:
        return read_curve(name, text=text, name=name)
    except CurveError as exc:
        raise CurveError(name, f"{str(exc).removeprefix(name + ': ')} (expected {EXPECTED})") from None
