"""One walk through every page type, recording what the tests then check page by page.

A walk costs a whole round in a browser, so each viewport is walked once per session (see
the desktop_pages and phone_pages fixtures) and the tests assert on what it recorded:
axe's findings in light and dark, sideways scrolling, focus rings, titles, screenshots.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import vendor_axe
from quizplay import tour

from quiz.config import PROJECT_ROOT

SCHEMES = ("light", "dark")
# The README shows these pages' first screen, as a player sees it on opening them; retaken
# only when asked (QUIZ_README_SCREENSHOTS=1), so a test run leaves the checkout unchanged.
README_SCREENSHOTS = PROJECT_ROOT / "docs" / "screenshots"
README_PAGES = {"home": "home", "question-choice": "question", "feedback-right": "feedback"}

# Every element a keyboard can reach, focused one by one (folded parts opened): does it show
# where focus is?
FOCUS_RINGS = """() => {
    const reachable = 'a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]),'
        + ' select:not([disabled]), textarea, [tabindex]:not([tabindex="-1"])';
    const missing = [];
    for (const folded of document.querySelectorAll('details')) folded.open = true;  // reach it all
    for (const el of document.querySelectorAll(reachable)) {
        if (!el.getClientRects().length) continue;  // not rendered at this size
        el.focus();
        const s = getComputedStyle(el);
        const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
        if (!ring || !el.matches(':focus-visible')) missing.push(el.outerHTML.slice(0, 120));
    }
    document.activeElement.blur();
    return missing;
}"""


# What a page says about itself, in one round trip: its width, headline, verdicts, language
# and landmarks (banner, navigation, main, contentinfo) and where the skip link points.
FACTS = """() => {
    const words = el => el.innerText.split(/\\s+/).join(' ').trim();
    const h1 = document.querySelector('h1');
    return {
        scroll_width: document.documentElement.scrollWidth,
        client_width: document.documentElement.clientWidth,
        heading: h1 ? words(h1) : '',
        verdicts: [...document.querySelectorAll('.verdict-line')].map(words),
        structure: {
            lang: document.documentElement.lang,
            banner: document.querySelectorAll('body > header').length,
            navigation: document.querySelectorAll('body > header nav').length,
            main: document.querySelectorAll('main').length,
            contentinfo: document.querySelectorAll('body > footer').length,
            skip: (document.querySelector('a[href="#main"]') || {}).className || '',
        },
    };
}"""


@dataclass
class Visit:
    name: str
    url: str
    title: str
    scroll_width: int
    client_width: int
    heading: str = ""  # the h1's text
    verdicts: list[str] = field(default_factory=list)  # the results' "Right" / "Wrong" lines
    structure: dict = field(default_factory=dict)  # lang and the landmark elements
    violations: dict[str, list[dict]] = field(default_factory=dict)  # scheme -> axe's findings
    no_focus_ring: list[str] = field(default_factory=list)
    screenshots: list[Path] = field(default_factory=list)


def survey(page, live, nickname: str, size: str, folder: Path) -> dict[str, Visit]:
    """Walk every page type in `page` (its context already has axe loaded) and record each."""
    visits: dict[str, Visit] = {}

    def record(name: str) -> None:
        visit = Visit(name, page.url, page.title(), **page.evaluate(FACTS))
        for scheme in SCHEMES:
            page.emulate_media(color_scheme=scheme)
            visit.violations[scheme] = vendor_axe.audit(page)
            if scheme == "light" or size == "desktop":  # dark pages: one size is enough to look at
                suffix = "" if scheme == "light" else "-dark"
                path = folder / f"{name}-{size}{suffix}.png"
                page.screenshot(path=str(path), full_page=True)
                visit.screenshots.append(path)
        page.emulate_media(color_scheme="light")
        if name in README_PAGES and os.environ.get("QUIZ_README_SCREENSHOTS") == "1":
            page.screenshot(path=str(README_SCREENSHOTS / f"{README_PAGES[name]}-{size}.png"))
        page.keyboard.press("Tab")  # keyboard modality: focus() then shows :focus-visible
        visit.no_focus_ring = page.evaluate(FOCUS_RINGS)
        visits[name] = visit

    tour(page, live, nickname, record)
    return visits
