"""After an answer, the verdict, the right answer and the way on are all on the first screen."""

from __future__ import annotations

import pytest
from conftest import DESKTOP, PHONE
from quizplay import pick_nickname, play_round, start_round

# one worker runs them all: one server, one Chromium, one walk through the pages
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

# Where each part of the feedback page is, whether it is inside the window as the page opens,
# and what a screen reader meets first in the content.
LAYOUT = """() => {
    const inView = el => {
        if (!el) return false;
        const r = el.getBoundingClientRect();
        return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
    };
    const main = document.querySelector('main');
    const first = [...main.querySelectorAll('h1, h2, p, dl, section, figure')][0];
    return {
        scrolled: window.scrollY,
        verdict: inView(document.querySelector('h1.verdict')),
        answer: inView(document.querySelector('dd.correct-answer')),
        next: inView(document.querySelector('p.next a.button')),
        focused_next: !!document.activeElement.closest('p.next'),
        first_read: first ? first.className : '',
        sources: document.querySelectorAll('.citation').length,
        open_sources: [...document.querySelectorAll('.citation')]
            .filter(c => !c.closest('details') || c.closest('details').open).length,
    };
}"""


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_verdict_answer_and_next_button_are_in_view_without_scrolling(open_page, live, nickname, viewport):
    page = open_page(viewport)
    pick_nickname(page, nickname)
    start_round(page)
    seen = []

    def check(question, right):
        page.wait_for_load_state("load")
        layout = page.evaluate(LAYOUT)
        seen.append((question.id, layout))
        assert layout["scrolled"] == 0, question.id  # nothing focused below the fold scrolls it
        assert not layout["focused_next"], question.id
        assert layout["verdict"] and layout["answer"] and layout["next"], (question.id, layout)
        assert "verdict" in layout["first_read"], question.id  # heard before anything else
        # one citation open under the answer, the others folded
        assert layout["open_sources"] == 1, (question.id, layout)
        assert layout["sources"] == len(question.sources), question.id

    play_round(page, live, on_feedback=check)
    assert len(seen) == len(live.bank.questions)
    assert any(len(q.sources) > 1 for q in live.bank.questions)  # the folding was tried


def test_extra_citations_open_from_their_summary(open_page, live, nickname):
    page = open_page(PHONE)
    pick_nickname(page, nickname)
    start_round(page)
    opened = []

    def open_more(question, right):
        if len(question.sources) < 2:
            return
        more = page.locator("details.more-sources")
        more.locator("summary").click()
        quotes = " ".join(more.locator("blockquote").all_inner_texts()).split()
        assert " ".join(question.sources[1].quote.split()) in " ".join(quotes)
        opened.append(question.id)

    play_round(page, live, on_feedback=open_more)
    assert opened
