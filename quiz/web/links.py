"""The links every page prints (header, footer, stylesheet, icon), built once per mount point.

`url_for` costs about as much as the rest of a small page's template, and these nine links
never change while the app runs; only the prefix the app is mounted under (SCRIPT_NAME)
could, so they are kept per prefix.
"""

from __future__ import annotations

from flask import Flask, current_app, request, url_for

# name in templates -> (endpoint, arguments); an endpoint the app lacks gives None
FIXED = {
    "home": ("home.index", {}),
    "sources": ("sources.index", {}),
    "boards": ("board.index", {}),
    "me": ("board.me", {}),
    "nickname": ("play.nickname", {}),
    "style": ("static", {"filename": "style.css"}),
    "favicon": ("static", {"filename": "favicon.svg"}),
    "play_js": ("static", {"filename": "play.js"}),
}


def site_links() -> dict[str, str | None]:
    held = current_app.extensions.setdefault("quiz_links", {})
    prefix = request.script_root
    links = held.get(prefix)
    if links is None:
        links = held[prefix] = {
            name: url_for(endpoint, **args) if endpoint in current_app.view_functions else None
            for name, (endpoint, args) in FIXED.items()
        }
    return links


MAX_KEPT_URLS = 10_000  # board links a process keeps (a few per board and window); then afresh


def kept_url(endpoint: str, **values) -> str:
    """url_for(endpoint, **values), kept per mount point: a board page prints half a dozen
    links to itself, and each url_for cost as much as a row of the table."""
    held = current_app.extensions.setdefault("quiz_kept_urls", {})
    key = (request.script_root, endpoint, *sorted(values.items()))
    url = held.get(key)
    if url is None:
        if len(held) >= MAX_KEPT_URLS:
            held.clear()
        url = held[key] = url_for(endpoint, **values)
    return url


def init_app(app: Flask) -> None:
    app.add_template_global(kept_url)
    app.context_processor(lambda: {"links": site_links()})
