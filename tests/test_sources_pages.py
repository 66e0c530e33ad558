"""Article pages: the text with every quoted sentence marked, linked from every citation."""

from __future__ import annotations

import re
from html import unescape

import pytest

from quiz.bank import load_bank
from quiz.bank.text import plain

MARK = re.compile(r'<mark id="(q-\d+)">(.*?)</mark>', re.S)


@pytest.fixture(params=["fixture-bank", "real-bank"])
def site(request, make_app, play_bank, bank):
    chosen = play_bank if request.param == "fixture-bank" else bank
    return make_app(chosen).test_client(), chosen


def marks_of(client, source_id: str) -> dict[str, str]:
    response = client.get(f"/sources/{source_id}")
    assert response.status_code == 200
    return {mark_id: plain(unescape(text)) for mark_id, text in MARK.findall(response.get_data(as_text=True))}


def test_the_articles_page_lists_every_article_with_its_question_count(site):
    client, bank = site
    page = unescape(client.get("/sources").get_data(as_text=True))
    for source in bank.sources.values():
        count = sum(any(c.source == source.id for c in q.sources) for q in bank.questions)
        assert source.title in page
        assert f'href="/sources/{source.id}"' in page
        assert f"{count} question{'' if count == 1 else 's'}" in page


def test_every_citation_links_to_a_mark_holding_its_quote(site):
    client, bank = site
    pages = {source_id: marks_of(client, source_id) for source_id in bank.sources}
    with client.application.test_request_context():
        from quiz.web.sources import citation_href

        for question in bank.questions:
            for citation in question.sources:
                href = citation_href(citation)
                path, anchor = href.split("#")
                assert path == f"/sources/{citation.source}"
                assert plain(citation.quote) in pages[citation.source][anchor]


def test_an_article_page_marks_only_quoted_text_and_dims_skipped_passages(site):
    client, bank = site
    source = bank.sources["official-trailer-ruju-naomi"]
    html = client.get(f"/sources/{source.id}").get_data(as_text=True)
    quotes = [plain(c.quote) for q in bank.questions for c in q.sources if c.source == source.id]
    for marked in (plain(unescape(t)) for _, t in MARK.findall(html)):
        assert any(q in marked for q in quotes)  # nothing is marked that no question quotes
    skipped = re.findall(r'<p class="skipped">(.*?)</p>', html, re.S)
    assert any("About the author" in unescape(p) for p in skipped)
    assert not any("<mark" in p for p in skipped)
    count = sum(any(c.source == source.id for c in q.sources) for q in bank.questions)
    assert f"{count} question" in html
    assert 'name="scope" value="official-trailer-ruju-naomi"' in html  # play a round on it


def test_the_article_text_is_all_there(site):
    client, bank = site
    for source in bank.sources.values():
        html = client.get(f"/sources/{source.id}").get_data(as_text=True)
        body = html.split('<div class="article-body">', 1)[1].split("</div>", 1)[0]
        shown = unescape(re.sub(r"<span class=\"visually-hidden\">.*?</span>|<[^>]+>", "", body))
        assert plain(shown) == plain(source.body)
        # every character as the article writes it (curly quotes, dashes, accents), not only
        # its plain form
        assert shown.split() == source.body.split()


def test_an_unknown_article_is_404(site):
    client, _ = site
    response = client.get("/sources/no-such-article")
    assert response.status_code == 404
    assert "There is no article" in unescape(response.get_data(as_text=True))


def test_a_round_can_be_started_from_an_article_page(make_app, play_bank, players):
    player = players(make_app(play_bank), "Reader")
    page = player.client.get("/sources/special-music-clip").get_data(as_text=True)
    assert "Play a round on this article" not in page  # no question cites it yet
    round_id = player.start(kind="source", scope="popverse-creators-roundtable")
    assert player.question_page(round_id)


def test_article_text_and_titles_are_escaped(make_app, tmp_path):
    folder = tmp_path / "questions"
    (folder / "sources").mkdir(parents=True)
    (folder / "curated").mkdir()
    (folder / "sources" / "markup.md").write_text(
        "---\nid: markup\ntitle: <b>Bold</b> & co\norigin: x.txt\n---\n"
        "A <script>alert(1)</script> line & more.\nThe <i>quoted</i> sentence.\n",
        encoding="utf-8",
    )
    (folder / "curated" / "q.yaml").write_text(
        "topic: t\nquestions:\n  - id: q1\n    type: truefalse\n    prompt: Is it quoted?\n"
        "    answer: true\n    explanation: It is.\n    sources:\n"
        "      - source: markup\n        quote: line & more.\n",
        encoding="utf-8",
    )
    loaded = load_bank(folder)
    assert not loaded.problems, loaded.problems
    client = make_app(loaded).test_client()
    html = client.get("/sources/markup").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html and "<b>Bold</b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; co" in html
    assert '<mark id="q-1">line &amp; more.</mark>' in html
