"""One error hierarchy for every layer (this module imports nothing, so all layers may import it).

    HydrideKGError                 anything HydrideKG refuses or cannot do on purpose: a message, never
    │                              a traceback (the CLI exits 2, the JSON API answers 503, a page shows it)
    ├── UserError                  bad input the user can fix; ``field`` names the input, ``fix`` says how
    │   ├── NotFound               the thing named does not exist            (JSON API: 404)
    │   └── Conflict               it changed meanwhile / already exists     (JSON API: 409)
    └── (resource problems: a store that is locked or unreachable, a server that refuses)

Each edge maps these once: ``ui/cli/__init__.py`` (exit code 2), ``ui/http_api.py`` (400/404/409/503),
``ui/app/state.py`` (``user_errors``: ``st.error``). Anything else is a bug and keeps its traceback
(the CLI) or is reported as one (the API's 500, a page's short message).

The classes that were ``ValueError`` (or ``KeyError``, ``RuntimeError``) before keep that base as well,
so code that catches those (pydantic validators, parsers) works as it did.
"""
from __future__ import annotations


class HydrideKGError(Exception):
    """Root of the errors HydrideKG raises on purpose; the message says what happened and what to do."""

    field: str | None = None
    fix: str | None = None


class UserError(HydrideKGError):
    """Input the user can correct: ``field`` is the input (an option, a document path, a variable),
    ``fix`` what to do about it. Both are optional; ``str()`` gives the message and the fix."""

    def __init__(self, *args: object, field: str | None = None, fix: str | None = None) -> None:
        super().__init__(*args)
        if field is not None:
            self.field = field
        if fix is not None:
            self.fix = fix

    def __str__(self) -> str:
        text = str(self.args[0]) if len(self.args) == 1 else super().__str__()
        if self.fix and self.fix not in text:
            text = f"{text} — fix: {self.fix}"
        return text


class NotFound(UserError):
    """The thing asked for does not exist (an entry id, a file, an experiment)."""


class Conflict(UserError):
    """The change was based on a state that moved on (another revision), or the thing already exists."""
