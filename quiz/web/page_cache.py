"""Whole pages rendered once per question bank, with holes for what differs per visitor.

The home and article pages come from the immutable bank and the configuration, except the
CSRF token of their start buttons and the nickname in the header. They are rendered once
with a marker in each of those places, kept per bank, and filled per request: a string
replace instead of a template rendering. A request with a flashed message pending renders
its own page (the message shows once).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from flask import current_app, request, session
from markupsafe import escape

from quiz.bank.model import Bank
from quiz.security import csrf_token

# Markers left where the token and the nickname go (escaping leaves them intact; a nickname
# cannot hold a NUL character, so none can fake one).
TOKEN, NAME = "\x00csrf-token\x00", "\x00nickname\x00"

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
    nickname = session.get("nickname")
    if session.get("_flashes"):
        return render(csrf_token(), nickname)
    pages = per_bank(f"pages_{name}", bank)
    held_key = (request.script_root, key, bool(nickname))  # links differ per mount point
    page = pages.get(held_key)
    if page is None:
        page = pages[held_key] = render(TOKEN, NAME if nickname else None)
    return page.replace(TOKEN, csrf_token()).replace(NAME, str(escape(nickname or "")))
