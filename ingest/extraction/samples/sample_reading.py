"""What the steps that read one sentence's samples (``ingest.extraction.samples.samples``) share: the sentence's
chemistry mentions in order, its '-doped' prefixes and which of them a sample has taken, and what the text puts into
the host being read."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.extraction.text.nlp import Mention
from ontology.models import MaterialSystem


@dataclass
class SentenceReading:
    """What the steps reading one sentence's samples share: its words, its chemistry mentions in order
    (with their systems), its '-doped' prefixes, and which mentions and prefixes a sample has taken."""

    text: str
    candidates: list[tuple[Mention, MaterialSystem | None]]
    prefixes: list[re.Match[str]]
    consumed: set[int]                                      # starts of mentions a sample has taken in
    prefix_used: set[int] = field(default_factory=set)      # starts of prefixes a sample has taken
    out: list[tuple[Mention, MaterialSystem]] = field(default_factory=list)


@dataclass
class Additions:
    """What the text puts into one host, gathered before its sample is composed (``_with``): the parts
    (separator, notation, amount text), the roles the words give them, where the sample's words begin."""

    start: int
    parts: list[tuple[str, str, str | None]] = field(default_factory=list)
    in_situ: set[str] = field(default_factory=set)
    catalysts: set[str] = field(default_factory=set)
    substituents: set[str] = field(default_factory=set)
    mixed_with: set[str] = field(default_factory=set)   # what the host was milled or mixed with, not put into
