"""Accessibility of every page type: axe-core in light and dark, focus rings, words not colour."""

from __future__ import annotations

import re

import pytest
from vendor_axe import blocking

# one worker runs them all: one server, one Chromium, one walk through the pages
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


def _report(found: dict[str, list[dict]]) -> str:
    lines = []
    for where, violations in found.items():
        for v in violations:
            lines.append(f"{where}: [{v['impact']}] {v['id']}: {v['help']}")
            lines.extend(f"    {target}" for target in v["targets"][:5])
    return "\n".join(lines)


@pytest.mark.parametrize("size", ["desktop", "phone"])
def test_axe_finds_nothing_serious_on_any_page_in_light_or_dark(request, size):
    visits = request.getfixturevalue(f"{size}_pages")
    found = {
        f"{visit.name} ({scheme})": blocking(violations)
        for visit in visits.values()
        for scheme, violations in visit.violations.items()
        if blocking(violations)
    }
    assert not found, "axe found serious or critical problems:\n" + _report(found)


def test_axe_finds_no_lesser_problems_either(desktop_pages):
    # landmarks, one h1 per page, heading order: "moderate" for axe, still worth keeping
    found = {
        f"{visit.name} ({scheme})": violations
        for visit in desktop_pages.values()
        for scheme, violations in visit.violations.items()
        if violations
    }
    assert not found, _report(found)


@pytest.mark.parametrize("size", ["desktop", "phone"])
def test_everything_a_keyboard_reaches_shows_a_focus_ring(request, size):
    visits = request.getfixturevalue(f"{size}_pages")
    missing = {name: visit.no_focus_ring for name, visit in visits.items() if visit.no_focus_ring}
    assert not missing, missing


def test_right_and_wrong_are_told_in_words_and_icons_not_by_colour_alone(desktop_pages):
    assert desktop_pages["feedback-right"].heading == "✔ Right!"
    assert desktop_pages["feedback-wrong"].heading == "✘ Wrong"
    verdicts = desktop_pages["results"].verdicts
    assert verdicts and all(re.match(r"^(✔ Right|✘ Wrong|◑ Partly right) · \d+ points", v) for v in verdicts)
    assert any(v.startswith("✘ Wrong") for v in verdicts)  # the tour answers one question wrong


def test_every_page_says_its_language_and_has_landmarks_and_a_skip_link(desktop_pages):
    # axe checks these too; stated here so that a failure names them plainly
    expected = {"lang": "en", "banner": 1, "navigation": 1, "main": 1, "contentinfo": 1, "skip": "skip-link"}
    wrong = {name: visit.structure for name, visit in desktop_pages.items() if visit.structure != expected}
    assert not wrong, wrong
