"""Text for terminals: control characters (ESC sequences, BEL, RLO, …) shown, never obeyed."""
from __future__ import annotations

import unicodedata


def plain(text: str) -> str:
    """``text`` with every control or bidi-format character replaced by its escape (``\\x1b``, ``\\u202e``)."""
    return "".join(ch if ch == "\t" or unicodedata.category(ch) not in ("Cc", "Cf") else
                   ch.encode("unicode_escape").decode("ascii") for ch in str(text))
