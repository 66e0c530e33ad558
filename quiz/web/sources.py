"""Article pages: each source's text with every quoted sentence marked and linkable.

A quote's place in the body comes from `quiz.bank.corpus.locate`; overlapping quotes share
one mark. Mark N has the id `q-N`, so a citation links to /sources/<id>#q-N.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from flask import Blueprint, abort, redirect, render_template, url_for
from markupsafe import Markup

from quiz.bank.corpus import located_citations
from quiz.bank.model import Bank, Citation, Source
from quiz.bank.text import plain
from quiz.web.common import bank, bank_memo

bp = Blueprint("sources", __name__, url_prefix="/sources")


@dataclass
class SourceMarks:
    spans: list[tuple[int, int, int]] = field(default_factory=list)  # (start, end, mark number)
    anchors: dict[str, int] = field(default_factory=dict)  # plain(quote) -> mark number
    questions: int = 0  # how many questions cite the article


def _merge(places: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for start, end in sorted(places):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


def build_marks(bank: Bank) -> dict[str, SourceMarks]:
    """Every source's marks: computed once per bank (it is immutable)."""
    places: dict[str, dict[str, tuple[int, int]]] = defaultdict(dict)
    citing, located = located_citations(bank)
    for citation, _, place in located:
        places[citation.source][plain(citation.quote)] = place[:2]
    marks: dict[str, SourceMarks] = {}
    for source_id in bank.sources:
        quotes = places.get(source_id, {})
        spans = _merge(list(quotes.values()))
        found = SourceMarks(questions=citing[source_id])
        for number, (start, end) in enumerate(spans, 1):
            found.spans.append((start, end, number))
            for quote, (q_start, _) in quotes.items():
                if start <= q_start < end:
                    found.anchors[quote] = number
        marks[source_id] = found
    return marks


def marks_for(bank: Bank) -> dict[str, SourceMarks]:
    return bank_memo("source_marks", build_marks)


@dataclass(frozen=True)
class ArticlePage:
    """What an article's page shows that is the same for every reader."""

    source: Source
    marks: SourceMarks
    body: Markup


def article_pages(bank: Bank) -> dict[str, ArticlePage]:
    """Every article's page data, found by one look-up a view."""
    marks, marked_up = marks_for(bank), bodies(bank)
    return {sid: ArticlePage(source, marks[sid], marked_up[sid]) for sid, source in bank.sources.items()}


def bodies(bank: Bank) -> dict[str, Markup]:
    """Every article's marked-up body, rendered once per bank: the same for every reader.

    Kept as ASCII, any other character written as an HTML character reference (the browser
    shows the same text): a page made of ASCII strings is joined and encoded to bytes by
    copying, whereas one curly quote in the body made Python widen, and encode to UTF-8 one
    by one, every character of the page on every view."""
    marks = marks_for(bank)
    html = {sid: render_template("_article_body.html", paragraphs=paragraphs(source, marks[sid].spans))
            for sid, source in bank.sources.items()}
    return {sid: ascii_html(text) for sid, text in html.items()}


def ascii_html(html: str) -> Markup:
    return Markup(html.encode("ascii", "xmlcharrefreplace").decode("ascii"))


def paragraphs(source: Source, spans: list[tuple[int, int, int]]) -> list[dict]:
    """The body as paragraphs (one per non-blank line) of (text, mark number or None) pieces."""
    skipped_lines = {seg.line for seg in source.segments if seg.skipped}
    out = []
    offset = 0
    for number, line in enumerate(source.body.split("\n"), 1):
        start, end = offset + len(line) - len(line.lstrip()), offset + len(line.rstrip())
        offset += len(line) + 1
        if start >= end:
            continue
        pieces, at = [], start
        for m_start, m_end, mark in spans:
            if m_end <= at or m_start >= end:
                continue
            if m_start > at:
                pieces.append((source.body[at:m_start], None))
            pieces.append((source.body[max(m_start, at):min(m_end, end)], mark))
            at = min(m_end, end)
        if at < end:
            pieces.append((source.body[at:end], None))
        out.append({"skipped": number in skipped_lines, "pieces": pieces})
    return out


def citation_href(citation: Citation) -> str:
    """The article page, scrolled to the citation's quote."""
    from flask import url_for

    marks = marks_for(bank()).get(citation.source)
    number = marks.anchors.get(plain(citation.quote)) if marks else None
    anchor = f"q-{number}" if number else None
    return url_for("sources.article", source_id=citation.source, _anchor=anchor)


@bp.app_template_global()
def cite(citation: Citation) -> dict:
    """What a citation card shows: the article's title and byline, the quote, the link."""
    source = bank().sources.get(citation.source)
    return {
        "title": source.title if source else citation.source,
        "byline": source.byline if source else None,
        "publication": source.publication if source else None,
        "quote": citation.quote,
        "href": citation_href(citation),
    }


@bp.get("")
def index():
    marks = marks_for(bank())
    articles = sorted(bank().sources.values(), key=lambda s: s.title.casefold())
    return render_template("sources.html", articles=articles, marks=marks)


@bp.get("/")
def index_slash():
    """/sources/ is the list of articles too."""
    return redirect(url_for("sources.index"), 308)


@bp.get("/<source_id>")
def article(source_id: str):
    page = bank_memo("article_pages", article_pages).get(source_id)
    if page is None:
        abort(404, description=f"There is no article {source_id!r}.")
    return render_template("article.html", source=page.source, marks=page.marks, body=page.body)
