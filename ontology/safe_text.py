"""Text that cannot drive a terminal: which characters a stored field may not hold, and how to show
older text that holds them.

An imported archive could put ``ESC[2J`` (clear the screen), BEL, NUL or a right-to-left override
(U+202E, which reverses what follows on screen) into a title; ``hkg entry list`` printed it raw.
New text is refused at validation (``control_chars``); text stored before that is shown escaped
(``escape_controls``) wherever it reaches a terminal or a Markdown report.
"""
from __future__ import annotations

import re

# C0 controls except tab/newline/carriage return, DEL, C1 controls (0x80-0x9f: CSI is 0x9b), the
# bidirectional embeddings/overrides/isolates, and the line/paragraph separators.
_CONTROL = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029"
CONTROL_RE = re.compile(f"[{_CONTROL}]")
# A one-line field (title, author, name) may not break lines or tab either.
CONTROL_ONE_LINE_RE = re.compile(f"[{_CONTROL}\t\n\r]")


def control_chars(text: str, *, one_line: bool = False) -> list[str]:
    """The forbidden characters of ``text``, each shown as ``U+XXXX`` (first occurrence order)."""
    found = (CONTROL_ONE_LINE_RE if one_line else CONTROL_RE).findall(text or "")
    return [f"U+{ord(c):04X}" for c in dict.fromkeys(found)]


def escape_controls(text: object, *, one_line: bool = True) -> str:
    """``text`` with every control character written as a visible escape (``\\x1b``, ``\\u202e``)."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    rx = CONTROL_ONE_LINE_RE if one_line else CONTROL_RE
    return rx.sub(_visible, text)


def _visible(m: re.Match[str]) -> str:
    c = m.group(0)
    return f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}"


# -- entry ids ---------------------------------------------------------------------------------
# An id names the entry's folder. \Z, not $: '$' also matches before a final line break, and 'dup\n'
# was stored as an entry beside 'dup' that prints the same.
ENTRY_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}\Z")
#: Names an entry id may not take: the entries folder's own subfolders (an entry 'files' was stored
#: among the attached files, where no listing finds it).
RESERVED_ENTRY_IDS = frozenset({"files"})


def entry_id_problem(entry_id: object) -> str | None:
    """Why ``entry_id`` cannot be an entry's id, or None when it can."""
    if not isinstance(entry_id, str) or not ENTRY_ID.match(entry_id):
        return (f"{entry_id!r} is not an entry id: an entry id is 1-64 letters, digits, '_', '.', '-', "
                "starting with a letter or digit")
    if entry_id.lower() in RESERVED_ENTRY_IDS:
        return f"entry id '{entry_id}' is reserved (the name of a storage folder); choose another id"
    return None
