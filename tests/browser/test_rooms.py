"""A live room in Chromium: a host on a desktop and three phones play a whole game. One phone
reloads mid-question; one is on a network so slow that its answer reaches the server after
the time is up, and the server refuses it. axe checks the host's and the players' screens."""

from __future__ import annotations

import re

import pytest
import vendor_axe
from conftest import DESKTOP, PHONE, SCREENSHOTS
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


class HeldFrames:
    """The socket of one page, with the frames it sends matching `word` held until released:
    a slow network, for that page's messages only."""

    def __init__(self, page, word: str):
        self.word, self.held, self.holding, self.server = word, [], True, None
        page.route_web_socket(re.compile(r".*/socket\.io/.*"), self._route)

    def _route(self, ws):
        self.server = ws.connect_to_server()
        ws.on_message(self._outgoing)

    def _outgoing(self, message):
        if self.holding and isinstance(message, str) and f'"{self.word}"' in message:
            self.held.append(message)
        else:
            self.server.send(message)

    def release(self):
        self.holding = False
        for message in self.held:
            self.server.send(message)
        self.held.clear()


def audit(page, where: str) -> list[str]:
    """axe's findings on the page as it is now, in light and dark; a screenshot of each."""
    found = []
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme, reduced_motion="reduce")
        try:
            violations = vendor_axe.audit(page)
        except vendor_axe.AxeUnavailable as missing:
            pytest.skip(f"axe-core is not available: {missing}")
        found += [f"{where} ({scheme}): [{v['impact']}] {v['id']}: {v['help']} {v['targets'][:3]}"
                  for v in violations]
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"room-{where.replace(' ', '-')}-{scheme}.png"))
    page.emulate_media(color_scheme="light")
    return found


def right_answer(live, page) -> str:
    prompt = page.locator("#q-label").inner_text().split(": ", 1)[1]
    question = live.question(prompt)
    return "True" if question.answer is True else "False" if question.answer is False else question.answer


def tap(page, text: str) -> None:
    page.locator("button[data-choice]", has_text=re.compile(rf"^\s*[A-H]?\s*{re.escape(text)}\s*$")).click()


def test_a_host_and_three_phones_play_a_whole_game(open_page, live, nickname):
    problems = []
    host = open_page(DESKTOP)
    host_frames = HeldFrames(host, "reveal")  # held only while the slow phone's answer travels
    host_frames.release()
    host.goto("/host")
    host.select_option("#round", "quick")
    host.select_option("#seconds", "10")
    host.get_by_role("button", name="Create the room").click()
    pin = host.locator("#pin").inner_text()
    assert re.fullmatch(r"\d{6}", pin)
    # The click returns once the lobby page commits, before its images load: wait
    # (and fail on time-out) for the QR code to decode rather than look once.
    host.wait_for_function("() => { const img = document.querySelector('img.qr'); "
                           "return img && img.complete && img.naturalWidth > 0; }")
    problems += audit(host, "host lobby")

    phones = []
    for name in ("quick", "reload", "late"):
        phone = open_page(PHONE)
        if name == "late":
            late_frames = HeldFrames(phone, "answer")
        phone.goto(f"/join?pin={pin}")
        phone.fill("#nickname", f"{nickname} {name}")
        phone.get_by_role("button", name="Join").click()
        phone.get_by_role("heading", name="You're in!").wait_for()
        phones.append(phone)
    quick, reload, late = phones
    expect(host.locator("#players-h")).to_have_text("3 players in the room")
    problems += audit(quick, "phone lobby")

    host.get_by_role("button", name="Start the game").click()
    for phone in phones:
        phone.locator("button[data-choice]").first.wait_for()
    answer = right_answer(live, quick)
    problems += audit(quick, "phone question")
    problems += audit(host, "host question")
    tap(quick, answer)
    expect(quick.locator("#note")).to_have_text(f"Answer sent: {answer}. Wait for the others.")
    expect(host.locator("#answered")).to_have_text("1 of 3 answered")

    reload.reload()  # back where the game is: the same question, its countdown still running
    reload.locator("button[data-choice]").first.wait_for()
    assert int(reload.locator(".countdown-number").inner_text()) <= 10
    wrong = next(b.inner_text()[1:].strip() for b in reload.locator("button[data-choice]").all()
                 if b.inner_text()[1:].strip() != answer)
    tap(reload, wrong)
    expect(host.locator("#answered")).to_have_text("2 of 3 answered")

    host_frames.holding = True  # the big screen's "reveal" waits too, so the late answer lands first
    tap(late, answer)  # in time on the phone, but held on the way
    expect(host.locator(".countdown-number")).to_have_text("0", timeout=15_000)
    late_frames.release()
    expect(late.locator("#note")).to_have_text("Time is up: that answer came too late.")
    host_frames.release()

    expect(host.locator(".live-option.right .verdict")).to_have_text("Right answer")
    assert host.locator("figure.citation blockquote").inner_text()
    assert host.locator(".live-option.right").inner_text().find(answer) >= 0
    assert "1 player" in host.locator(".live-option.right .count").inner_text()
    assert host.locator(".top li").count() == 3
    expect(quick.locator("#verdict")).to_have_text(re.compile(r"Right! \+\d+ points"))
    expect(reload.locator("#verdict")).to_contain_text(f"Wrong: the right answer was {answer}.")
    expect(late.locator("#verdict")).to_contain_text(f"No answer: the right one was {answer}.")
    assert quick.locator("#place").inner_text().startswith("You are 1st of 3")
    problems += audit(host, "host reveal")
    problems += audit(quick, "phone reveal")

    while host.get_by_role("button", name="Next question").is_visible():
        host.get_by_role("button", name="Next question").click()
        for phone in phones:
            phone.locator("button[data-choice]:not([disabled])").first.wait_for()
            tap(phone, right_answer(live, phone))
        expect(host.locator(".live-option.right .verdict")).to_have_text("Right answer")
    late_frames.holding = False
    host.get_by_role("button", name="Show the podium").click()
    host.get_by_role("heading", name="Game over").wait_for()
    assert host.locator(".top li").first.inner_text().startswith("1st")
    for phone in phones:
        phone.get_by_role("heading", name="Game over").wait_for()
    assert quick.locator("#place").inner_text().startswith("You are 1st of 3")
    problems += audit(host, "host podium")
    host.get_by_role("link", name="Full results").click()
    assert host.get_by_role("heading", name=re.compile("Results of game")).is_visible()
    assert problems == [], "\n".join(problems)


def test_join_without_javascript_says_live_games_need_it(browser, live):
    context = browser.new_context(java_script_enabled=False, base_url=live.url)
    try:
        page = context.new_page()
        page.goto("/join")
        assert "Live games need JavaScript" in page.locator("main").inner_text()
    finally:
        context.close()
