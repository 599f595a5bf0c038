"""Text that cannot drive a terminal: which characters a stored field may not hold, and how to show
older text that holds them.

An imported archive could put ``ESC[2J`` (clear the screen), BEL, NUL or a right-to-left override
(U+202E, which reverses what follows on screen) into a title; ``hkg entry list`` printed it raw.
New text is refused at validation (``control_chars``); text stored before that is shown escaped
(``escape_controls``) wherever it reaches a terminal or a Markdown report.
"""
from __future__ import annotations

import re
import unicodedata

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


# -- invisible characters in refused text ---------------------------------------------------------
# A character that prints as nothing or onto its neighbour: format characters (zero-width space and
# joiners, the direction marks, soft hyphen, BOM), combining marks, controls, and spaces other than ' '.
# "not understood in 'MgH2​'" shows no reason; the message names the character and where it is.
def _invisible(c: str) -> bool:
    category = unicodedata.category(c)
    return category in ("Cf", "Cc", "Mn", "Me", "Zl", "Zp") or (category == "Zs" and c != " ")


def invisible_note(text: object) -> str:
    """'' for text with nothing invisible, else '; it contains U+200B ZERO WIDTH SPACE at position 5;
    remove it' (positions counted from 1; at most three characters named) to append to a refusal."""
    if not isinstance(text, str):
        return ""
    found = [(i, c) for i, c in enumerate(text, 1) if _invisible(c)]
    if not found:
        return ""
    named = ", ".join(f"U+{ord(c):04X} {unicodedata.name(c, 'unnamed character')} at position {i}"
                      for i, c in found[:3])
    more = f" and {len(found) - 3} more" if len(found) > 3 else ""
    return f"; it contains {named}{more} (not visible): remove {'it' if len(found) == 1 else 'them'}"


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
                f"starting with a letter or digit{invisible_note(entry_id)}")
    if entry_id.lower() in RESERVED_ENTRY_IDS:
        return f"entry id '{entry_id}' is reserved (the name of a storage folder); choose another id"
    return None
