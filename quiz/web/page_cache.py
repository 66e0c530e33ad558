"""Pages rendered once per shape, with holes for what differs from one request to the next.

The home and article pages come from the immutable bank and the configuration, except the
CSRF token of their start buttons and the nickname in the header; a question page is the
same markup for every question of one type and number of options, but for the numbers,
the texts and the form's address. Such a page is rendered once with a marker in each of
those places (`slot(name)`), kept per bank, and filled per request: a join of strings
instead of a template rendering, a fifth of the question page's cost. The templates stay
the only source of the markup. A request with a flashed message pending renders its own
page (the message shows once).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Mapping

from flask import current_app, request, session
from markupsafe import escape

from quiz.bank.model import Bank
from quiz.security import csrf_token


def slot(name: str) -> str:
    """The marker rendered where the value `name` goes. Escaping leaves it intact, and no
    filled-in text can fake one (values are escaped, nicknames and bank texts hold no NUL)."""
    return f"\x00{name}\x00"


_SLOT = re.compile("\x00([a-z0-9_-]+)\x00")
TOKEN, NAME = slot("csrf-token"), slot("nickname")

# render(csrf_token, nickname) -> the page's HTML
Render = Callable[[str, str | None], str]


def per_bank(name: str, bank: Bank) -> dict:
    """The app's store `name` of things made from this bank; emptied when the bank changes
    (it is immutable, so nothing made from it goes stale otherwise)."""
    held = current_app.extensions.get(f"quiz_per_bank_{name}")
    if held is None or held[0] is not bank:
        held = current_app.extensions[f"quiz_per_bank_{name}"] = (bank, {})
    return held[1]


def per_visitor(name: str, bank: Bank, key: Hashable, render: Render) -> str:
    """The page `name` for this visitor: kept under `key` for this bank, holes filled."""
    return filled(name, bank, key, render, {})


def filled(name: str, bank: Bank, key: Hashable, render: Render, values: Mapping[str, object]) -> str:
    """The page `name` of shape `key`: `render(TOKEN, NAME or None)` once per shape, with
    `slot(v)` wherever a value of `values` goes, then each request's values put in the
    holes, escaped. The CSRF token and the nickname are filled in every page."""
    nickname = session.get("nickname")
    if session.get("_flashes"):
        return render(csrf_token(), nickname)
    shapes = per_bank(f"pages_{name}", bank)
    held_key = (request.script_root, key, bool(nickname))  # links differ per mount point
    parts = shapes.get(held_key)
    if parts is None:
        # literal text at even indexes, the names of the holes at odd ones
        parts = shapes[held_key] = _SLOT.split(render(TOKEN, NAME if nickname else None))
    given = {"csrf-token": csrf_token(), "nickname": escape(nickname or "")}
    page = parts.copy()
    for index in range(1, len(parts), 2):
        hole = parts[index]
        page[index] = given[hole] if hole in given else escape(values[hole])
    return "".join(page)
