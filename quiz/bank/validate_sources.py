"""The citation rules: every question quotes an article, and the quote is in it."""

from __future__ import annotations

from quiz.bank.corpus import locate
from quiz.bank.files import Mapping, Sequence
from quiz.bank.model import Citation
from quiz.bank.validate_text import At, Checks, short, suggest


class SourceChecks(Checks):
    """The `sources:` of a question: known articles, quotes found outside skipped passages."""

    def check_sources(self, item: Mapping, at: At) -> tuple[Citation, ...]:
        if "sources" not in item:
            self.report(at, "missing field 'sources': every question cites at least one quote")
            return ()
        cites = item["sources"]
        if not isinstance(cites, Sequence) or not cites:
            self.report(item.values_at["sources"], "'sources' must list at least one {source, quote}")
            return ()
        out = []
        for cite, cite_at in zip(cites, cites.items_at, strict=True):
            citation = self.check_citation(cite, cite_at)
            if citation is not None:
                out.append(citation)
        return tuple(out)

    def check_citation(self, cite: object, at: At) -> Citation | None:
        if not isinstance(cite, Mapping) or not {"source", "quote"} <= set(cite):
            self.report(at, "each source is a mapping with 'source' and 'quote'")
            return None
        for key in cite:
            if key not in ("source", "quote"):
                self.report(cite.keys_at[key], f"unknown field {key!r} in a source")
        sid, quote = cite["source"], cite["quote"]
        source = self.sources.get(sid) if isinstance(sid, str) else None
        if source is None and sid in self.broken:
            message = f"source {sid!r} could not be loaded: fix the problem reported for its file"
            self.report(cite.values_at["source"], message)
            return None
        if source is None:
            known = ", ".join(sorted(self.sources)) or "none"
            hint = suggest(sid, self.sources)
            self.report(cite.values_at["source"], f"unknown source {sid!r}{hint}; known: {known}")
            return None
        quote_at = cite.values_at["quote"]
        if not isinstance(quote, str) or not quote.strip():
            self.report(quote_at, "quote must be non-empty text")
            return None
        self.check_plain(quote, quote_at, "quote")
        place = locate(source, quote)
        if place is None:
            self.report(quote_at, f"quote not found in source {sid!r}: {short(quote)}")
            return None
        if place[2]:
            message = (
                f"quote is inside a passage source {sid!r} marks skip "
                "(boilerplate or off-topic); cite the article itself"
            )
            self.report(quote_at, message)
            return None
        return Citation(sid, quote.strip())
