"""A real browser plays a round on a 390px phone, with and without JavaScript, light and dark."""

from __future__ import annotations

import shutil

import pytest

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from live_server import base_env, gunicorn, upgrade_database

    folder = tmp_path_factory.mktemp("browser")
    env = base_env(f"sqlite:///{folder / 'quiz.sqlite'}")
    upgrade_database(env)
    with gunicorn(env, folder / "gunicorn.log", workers=1) as live:
        yield live.url


@pytest.fixture(scope="module")
def browser():
    path = chromium_path()
    if path is None:
        pytest.skip("Chromium is not installed (Debian: apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=path, args=["--no-sandbox"])
        yield launched
        launched.close()


def fits_the_phone(page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{page.url} scrolls sideways: {width}px wide"


def answer_something(page) -> None:
    """Pick the first option, or type, or fill every place: whatever the question asks."""
    options = page.locator(".options label.option")
    places = page.locator(".order-place select")
    if options.count():
        options.first.click()
    elif places.count():
        for place in range(places.count()):
            places.nth(place).select_option(index=place + 1)
    elif page.locator("input#text").count():
        page.fill("input#text", "Rouge")
    page.click("button[type=submit]:has-text('Answer'), button[type=submit]:has-text('Skip')")


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_a_round_is_played_on_a_phone(server, browser, javascript):
    context = browser.new_context(viewport=PHONE, java_script_enabled=javascript)
    page = context.new_page()
    page.goto(server + "/")
    fits_the_phone(page)
    page.click("text=Pick a nickname")
    page.fill("#nickname", f"Phone {'js' if javascript else 'nojs'}")
    page.click("button:has-text('Save nickname')")
    assert "Playing as" in page.inner_text("main")
    page.click("button:has-text('Start a quick round')")
    for number in range(1, 11):
        if "/results" in page.url:
            break
        assert f"question {number} of" in page.inner_text("main").lower()  # CSS may set the case
        fits_the_phone(page)
        answer_something(page)
        assert page.locator("h1.verdict").count() == 1
        assert page.locator("figure.citation a").count() >= 1
        fits_the_phone(page)
        next_link = page.locator("a.button").first
        next_link.click()
    assert "/results" in page.url
    assert "points" in page.inner_text(".summary")
    fits_the_phone(page)
    context.close()


def test_dark_mode_follows_the_system_and_focus_is_visible(server, browser):
    looks = {}
    for scheme in ("light", "dark"):
        context = browser.new_context(viewport=PHONE, color_scheme=scheme)
        page = context.new_page()
        page.goto(server + "/sources")
        looks[scheme] = page.evaluate("getComputedStyle(document.body).backgroundColor")
        page.keyboard.press("Tab")  # the skip link comes first, and shows itself
        focused = page.evaluate(
            "(() => { const e = document.activeElement, s = getComputedStyle(e);"
            " return [e.className, s.outlineStyle, e.getBoundingClientRect().left]; })()"
        )
        assert focused[0] == "skip-link" and focused[1] != "none" and focused[2] >= 0
        context.close()
    assert looks["light"] != looks["dark"]


def test_a_citation_link_lands_on_the_highlighted_quote(server, browser):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(server + "/sources/bones-trailer-anime-expo#q-1")
    mark = page.locator("mark#q-1")
    assert mark.count() == 1
    assert mark.evaluate("e => getComputedStyle(e).outlineStyle") != "none"  # :target
    context.close()
