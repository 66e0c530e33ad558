"""The authors' review page in Chromium: approve, reject, edit with a mistake then a fix, and a
draft that changed since it was reviewed. Each test has a review server of its own, on a
copy of a small bank (tests/conftest.py's `review_questions`), since the page writes files.
Screenshots of each step go to test-artifacts/screenshots/review-*.png; the authoring guide
shows copies of them (docs/screenshots/)."""

from __future__ import annotations

import threading

import pytest
from conftest import DESKTOP

from quiz.bank.review import load, review_path
from quiz.review_app import create_review_app

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


@pytest.fixture
def review_url(review_questions):
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, create_review_app(review_questions), threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="review-test-server", daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=10)


@pytest.fixture
def review_page(browser, review_url):
    """review_page(**context options): a page of a fresh browser context on the review server."""
    contexts = []

    def open_(**options):
        context = browser.new_context(viewport=DESKTOP, base_url=review_url, **options)
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context.new_page()

    yield open_
    for context in contexts:
        context.close()


def decisions(folder) -> dict:
    found, problems = load(review_path(folder))
    assert problems == []
    return {qid: (d.decision, d.reason) for qid, d in found.items()}


def test_approve_with_the_a_key_moves_on_and_counts(review_page, review_questions, screenshots):
    page = review_page()
    page.goto("/")
    page.get_by_role("link", name="Review the next draft").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Rouge is an android."
    assert page.locator("mark#cited").inner_text().startswith("It's a story about an android girl")
    assert "0 of 2 reviewed" in page.locator(".review-crumbs").inner_text()
    page.screenshot(path=screenshots / "review-draft-desktop.png", full_page=True)
    page.keyboard.press("a")
    page.wait_for_url("**/draft/g-targets-number")
    assert "Approved g-android-true." in page.locator(".flashes").inner_text()
    assert "1 of 2 reviewed" in page.locator(".review-crumbs").inner_text()
    assert decisions(review_questions) == {"g-android-true": ("approved", "")}


def test_reject_with_a_reason_by_key_and_by_click(review_page, review_questions):
    page = review_page()
    page.goto("/draft/g-targets-number")
    page.keyboard.press("2")  # the second reason: trivial
    page.wait_for_url("**/draft/g-android-true")  # what is left of this article comes first
    page.get_by_role("button", name="awkward").click()
    page.wait_for_url("**/draft/g-ramen-text")  # then the next article
    assert decisions(review_questions) == {"g-targets-number": ("rejected", "trivial"),
                                           "g-android-true": ("rejected", "awkward")}


def test_without_javascript_the_forms_still_decide(review_page, review_questions):
    page = review_page(java_script_enabled=False)
    page.goto("/draft/g-ramen-text")
    page.get_by_role("button", name="Approve").click()
    page.wait_for_url("**/draft/g-android-true")
    assert decisions(review_questions) == {"g-ramen-text": ("approved", "")}


def test_edit_shows_problems_as_path_line_col_then_saves_the_fix(review_page, review_questions, screenshots):
    page = review_page()
    page.goto("/draft/g-ramen-text")
    page.keyboard.press("e")
    page.wait_for_url("**/curated/official-trailer-ruju-naomi?question=c-ramen-text")
    editor = page.get_by_label("questions/curated/official-trailer-ruju-naomi.yaml")
    assert editor.evaluate("e => document.activeElement === e")  # ready to type
    text = editor.input_value()
    assert "  - id: c-ramen-text\n" in text
    editor.fill(text.replace("seen eating ramen", "seen eating udon"))
    page.get_by_role("button", name="Check and save").click()
    alert = page.get_by_role("alert")
    assert ("questions/curated/official-trailer-ruju-naomi.yaml:14:16: quote not found in source "
            "'official-trailer-ruju-naomi'") in alert.inner_text()
    page.screenshot(path=screenshots / "review-edit-problem-desktop.png", full_page=True)
    path = review_questions / "curated" / "official-trailer-ruju-naomi.yaml"
    assert "seen eating ramen" in path.read_text()  # nothing written
    fixed = page.get_by_label("questions/curated/official-trailer-ruju-naomi.yaml").input_value()
    fixed = fixed.replace("seen eating udon", "seen eating ramen")
    editor.fill(fixed.replace("prompt: What is Naomi", "prompt: In the trailer, what is Naomi"))
    page.get_by_role("button", name="Check and save").click()
    assert "passes `quiz check`" in page.locator(".flashes").inner_text()
    assert "prompt: In the trailer, what is Naomi seen eating in the trailer?" in path.read_text()
    assert decisions(review_questions) == {"g-ramen-text": ("edited", "")}


def test_a_draft_changed_since_review_comes_back(review_page, review_questions, screenshots):
    page = review_page()
    page.goto("/draft/g-android-true")
    page.keyboard.press("a")
    page.wait_for_url("**/draft/g-targets-number")
    drafts = review_questions / "generated" / "story-world.yaml"
    drafts.write_text(drafts.read_text().replace("prompt: Rouge is an android.", "prompt: Rouge is a robot."))
    page.goto("/")
    assert "0 of 2" in page.get_by_role("row", name="Studio Bones").inner_text()
    page.get_by_role("link", name="Studio Bones").click()
    page.wait_for_url("**/draft/g-android-true")
    status = page.get_by_role("status").filter(has_text="Changed since review")
    assert "It was approved" in status.inner_text()
    page.screenshot(path=screenshots / "review-changed-desktop.png", full_page=True)
    page.get_by_role("button", name="wrong").click()
    page.wait_for_url("**/draft/g-targets-number")
    assert decisions(review_questions)["g-android-true"] == ("rejected", "wrong")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_on_the_review_pages(review_page, scheme):
    import vendor_axe

    try:
        vendor_axe.source()
    except vendor_axe.AxeUnavailable as missing:
        pytest.skip(f"axe-core is not available: {missing}")
    page = review_page(color_scheme=scheme, reduced_motion="reduce")
    found = {}
    for url in ("/", "/draft/g-targets-number"):
        page.goto(url)
        found[url] = vendor_axe.audit(page)
    page.keyboard.press("e")
    page.wait_for_url("**/curated/**")
    page.get_by_role("button", name="Check and save").click()  # unchanged: saved, a flash shown
    found["edit"] = vendor_axe.audit(page)
    assert {url: [(v["id"], v["targets"][:3]) for v in violations] for url, violations in found.items()
            if violations} == {}
