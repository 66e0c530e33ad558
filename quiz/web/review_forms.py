"""The review page's forms, and the article text with a draft's quotes marked."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import HiddenField, RadioField, TextAreaField
from wtforms.validators import InputRequired, Length

from quiz.bank.corpus import locate
from quiz.bank.model import Question, Source
from quiz.bank.review import REASONS

# Key -> what it does; the page lists them and review.js binds them.
SHORTCUTS = (
    ("a", "approve"),
    *((str(n), f"reject: {reason}") for n, reason in enumerate(REASONS, 1)),
    ("e", "edit a copy in questions/curated/"),
    ("s", "skip to the next draft"),
)


class DecisionForm(FlaskForm):
    """Approve or edit; `seen` is the hash of the content the author read."""

    seen = HiddenField(validators=[InputRequired()])


class RejectForm(DecisionForm):
    reason = RadioField("Reason", choices=list(REASONS), validators=[InputRequired()])


class EditForm(FlaskForm):
    text = TextAreaField("The file", validators=[InputRequired(), Length(max=500_000)])


def marked_paragraphs(source: Source, question: Question) -> list[dict]:
    """The article, one paragraph per non-blank line, in (text, marked) pieces: the quotes
    the question cites from this article are marked."""
    spans = sorted(
        place[:2] for c in question.sources if c.source == source.id
        for place in [locate(source, c.quote)] if place is not None
    )
    skipped = {seg.line for seg in source.segments if seg.skipped}
    out, offset = [], 0
    for number, line in enumerate(source.body.split("\n"), 1):
        start, end = offset + len(line) - len(line.lstrip()), offset + len(line.rstrip())
        offset += len(line) + 1
        if start < end:
            out.append({"skipped": number in skipped, "pieces": _pieces(source.body, start, end, spans)})
    return out


def _pieces(body: str, start: int, end: int, spans: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    pieces, at = [], start
    for m_start, m_end in spans:
        if m_end <= at or m_start >= end:
            continue
        if m_start > at:
            pieces.append((body[at:m_start], False))
        pieces.append((body[max(m_start, at):min(m_end, end)], True))
        at = min(m_end, end)
    if at < end:
        pieces.append((body[at:end], False))
    return pieces
