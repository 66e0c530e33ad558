"""Control characters in a URL's path are refused with 400 before any view runs.

No board name, article id or round id ever holds one, and passed on they do harm: PostgreSQL
refuses a NUL in a text value (a 500). Query parameters are each checked where they are read
(forms' choices, `next` in quiz.web.play, OpenTDB's token answering its own error code).
"""

from __future__ import annotations

import re

from flask import abort, request

# C0 and C1 controls and DEL: Unicode's category Cc
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
MESSAGE = "The address contains control characters (such as a NUL or a line break)."


def has_control_characters(text: str) -> bool:
    return CONTROL.search(text) is not None


def refuse_control_characters() -> None:
    """A step of every request (quiz.request_hooks)."""
    # the whole path, not only the parameters a route matched: werkzeug matches no route on
    # a path with a line break (a 404 that would hide the reason)
    if has_control_characters(request.path):
        abort(400, description=MESSAGE)

