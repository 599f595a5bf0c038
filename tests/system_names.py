"""One key for the notations of one system, so tests compare systems rather than spellings (a module
of its own, imported by the question and analog tests)."""
from __future__ import annotations


def canonical(name: str) -> str:
    """The system's key ('Li4(BH4)3I' and '3LiBH4–LiI' share one), or the name itself when it does not
    parse as a system."""
    from ontology.system import SystemParseError, parse_system

    try:
        system = parse_system(name, strict=False)
    except (SystemParseError, ValueError):
        return name
    return system.key or name
