"""Read the corpus: `questions/sources/<id>.md`, YAML front matter then the verbatim article.

Also segments each body into sentences with character offsets, marks the passages the
front matter tells us to skip, and finds quotes in a body.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

import yaml

from quiz.bank.broken_text import after_credit, unquotable
from quiz.bank.model import Bank, Citation, Problem, Segment, Source
from quiz.bank.sentences import echo_length, split_line, title_bangs
from quiz.bank.text import plain, plain_with_map

try:  # libyaml: the same safe loading, several times faster on every article of the corpus
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader

FRONT_MATTER_FIELDS = ("id", "title", "byline", "publication", "origin", "skip", "show")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class CorpusError(ValueError):
    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


def split_front_matter(text: str) -> tuple[str, str, int]:
    """Return (front matter, body, line the body starts on); the body is kept byte for byte."""
    if not text.startswith("---\n"):
        raise ValueError("a source file starts with a '---' line and YAML front matter")
    end = text.find("\n---\n", 3)
    if end == -1:
        raise ValueError("the front matter is not closed by a '---' line")
    front = text[4 : end + 1]
    body = text[end + 5 :]
    return front, body, front.count("\n") + 3


def _skip_rules(skip: list) -> list[tuple[str, str | None]]:
    """Each skip entry as (first line prefix, last line prefix or None for a single line)."""
    rules = []
    for entry in skip:
        if isinstance(entry, str):
            rules.append((entry, ""))
        elif isinstance(entry, dict) and isinstance(entry.get("from"), str):
            rules.append((entry["from"], entry.get("to")))
        else:
            raise ValueError(f"a skip entry is a line prefix or {{from:, to:}}, not {entry!r}")
    return rules


def skipped_lines(body: str, skip: list) -> set[int]:
    """0-based indexes of the body lines inside skipped passages.

    A string entry skips each line that starts with it (leading spaces ignored); a
    `{from: A, to: B}` entry skips from the line starting with A through the line starting
    with B, or to the end of the article when `to` is missing.
    """
    lines = [plain(line) for line in body.split("\n")]
    skipped: set[int] = set()
    for first, last in _skip_rules(skip):
        first_p = plain(first)
        for i, line in enumerate(lines):
            if not line.startswith(first_p):
                continue
            if last == "":
                skipped.add(i)
                continue
            j = i
            while j < len(lines):
                skipped.add(j)
                if last is not None and j > i and lines[j].startswith(plain(last)):
                    break
                j += 1
    return skipped


def unmatched_skips(body: str, skip: list) -> list[str]:
    """Skip prefixes that start no line: a typo there would silently skip nothing.

    A `to:` that starts no line after its `from:` would silently skip to the end.
    """
    lines = [plain(line) for line in body.split("\n")]
    missing = []
    for first, last in _skip_rules(skip):
        starts = [i for i, line in enumerate(lines) if line.startswith(plain(first))]
        if not starts:
            missing.append(first)
        elif last and not any(line.startswith(plain(last)) for line in lines[starts[0] + 1 :]):
            missing.append(last)
    return missing


def segment(body: str, skip: list, title: str = "") -> tuple[Segment, ...]:
    """Split a body into sentences, each with its offsets, line and skipped flag.

    Lines are never joined (a quote stands within one line); see quiz.bank.sentences for how
    a line is split.
    """
    skipped = skipped_lines(body, skip)
    bangs = title_bangs(f"{title}\n{body}")
    segments: list[Segment] = []
    offset, previous = 0, ""
    for number, line in enumerate(body.split("\n")):
        spans = split_line(line, bangs, echo_length(line, previous))
        for i, (start, end) in enumerate(spans):
            start = after_credit(line, start, end)  # the caption after its photo's credit
            fragment = i == 0 and _broken_off(line[start:end], previous)
            # the sentence's first half, on the line before (a skipped line is no half of it)
            if fragment and segments and number not in skipped and not segments[-1].skipped:
                segments[-1] = replace(segments[-1], fragment=True)
            # an embedded tweet's text with its link debris is no proof a question may quote
            tweet = unquotable(line[start:end])
            segments.append(Segment(offset + start, offset + end, line[start:end], number + 1,
                                    number in skipped, fragment or tweet))
        offset += len(line) + 1
        previous = line if line.strip() else previous
    return tuple(segments)


def _broken_off(sentence: str, previous: str) -> bool:
    """A line going on in lower case from a line that ended mid-sentence."""
    ended = previous.rstrip().endswith((".", "!", "?", ":")) or not previous.strip()
    return sentence[:1].islower() and not ended


def parse_source(path: Path, text: str) -> Source:
    """Parse one source file; raises CorpusError with the line of the first problem."""
    where = str(path)
    try:
        front, body, body_line = split_front_matter(text)
        meta = yaml.load(front, Loader=_Loader) or {}
    except (ValueError, yaml.YAMLError) as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        raise CorpusError(Problem(where, line, 1, f"bad front matter: {exc}")) from None
    if not isinstance(meta, dict):
        raise CorpusError(Problem(where, 2, 1, "the front matter must be a mapping"))
    for key in meta:
        if key not in FRONT_MATTER_FIELDS:
            raise CorpusError(Problem(where, 2, 1, f"unknown front matter field {key!r}"))
    for key in ("id", "title", "origin"):
        if not isinstance(meta.get(key), str) or not meta[key].strip():
            raise CorpusError(Problem(where, 2, 1, f"front matter needs '{key}' (text)"))
    if meta.get("show") is not None and (not isinstance(meta["show"], str) or not meta["show"].strip()):
        raise CorpusError(Problem(where, 2, 1, "front matter 'show' must be the show's name (text)"))
    if not _ID.match(meta["id"]):
        raise CorpusError(Problem(where, 2, 1, f"source id {meta['id']!r} is not a slug"))
    if meta["id"] != path.stem:
        raise CorpusError(Problem(where, 2, 1, f"id {meta['id']!r} differs from file name"))
    skip = meta.get("skip") or []
    try:
        segments = segment(body, skip, str(meta["title"]))
        unmatched = unmatched_skips(body, skip)
    except ValueError as exc:
        raise CorpusError(Problem(where, 2, 1, str(exc))) from None
    if unmatched:
        message = f"skip entry {unmatched[0]!r} starts no line of the article"
        raise CorpusError(Problem(where, 2, 1, message))
    return Source(
        id=meta["id"],
        title=meta["title"],
        byline=meta.get("byline"),
        publication=meta.get("publication"),
        origin=meta["origin"],
        skip=tuple(str(s) if isinstance(s, str) else repr(s) for s in skip),
        body=body,
        path=where,
        body_line=body_line,
        segments=segments,
        show=meta.get("show"),
    )


def load_sources(folder: Path) -> tuple[dict[str, Source], list[Problem]]:
    """Every `*.md` in `folder` by id, plus the problems of those that could not be read."""
    sources: dict[str, Source] = {}
    problems: list[Problem] = []
    for path in sorted(folder.glob("*.md")):
        read = load_source(path)
        if isinstance(read, Problem):
            problems.append(read)
        else:
            sources[read.id] = read
    return sources, problems


def load_source(path: Path) -> Source | Problem:
    """One article file, or what is wrong with it."""
    try:
        return parse_source(path, path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        return Problem(str(path), 1, 1, "source file is not UTF-8 text")
    except CorpusError as exc:
        return exc.problem


def locate(source: Source, quote: str) -> tuple[int, int, bool] | None:
    """Where `quote` stands in the body: (start, end, skipped), preferring an unskipped place.

    Compared after NFKC, straight quotes and collapsed spaces, line by line (a quote never
    spans two lines of the article).
    """
    # a bank cites the same sentences again and again: each is looked up once per source
    found = source.__dict__.get("_located")
    if found is None:
        found = {}
        object.__setattr__(source, "_located", found)
    if quote not in found:
        found[quote] = _locate(source, quote)
    return found[quote]


def _locate(source: Source, quote: str) -> tuple[int, int, bool] | None:
    wanted = plain(quote)
    if not wanted:
        return None
    found_skipped = None
    index = _line_index(source)
    for start, norm, mapping, skipped in index:
        at = norm.find(wanted)
        if at == -1:
            continue
        hit = (start + mapping[at], start + mapping[at + len(wanted) - 1] + 1, skipped)
        if not skipped:
            return hit
        found_skipped = found_skipped or hit
    return found_skipped


def _line_index(source: Source) -> list[tuple[int, str, list[int], bool]]:
    """Per body line: (offset, normalised text, index map, skipped); cached on the Source."""
    cached = source.__dict__.get("_line_index")
    if cached is not None:
        return cached
    skipped = {seg.line - 1 for seg in source.segments if seg.skipped}
    index = []
    offset = 0
    for number, line in enumerate(source.body.split("\n")):
        norm, mapping = plain_with_map(line)
        index.append((offset, norm, mapping, number in skipped))
        offset += len(line) + 1
    object.__setattr__(source, "_line_index", index)
    return index


def with_segments(source: Source) -> Source:
    return replace(source, segments=segment(source.body, list(source.skip), source.title))


def located_citations(bank: Bank):
    """(how many questions cite each source, [(citation, its source, (start, end, skipped))]
    for every citation whose quote stands in its article)."""
    citing: Counter[str] = Counter()
    found: list[tuple[Citation, Source, tuple[int, int, bool]]] = []
    for question in bank.questions:
        citing.update({c.source for c in question.sources})
        for citation in question.sources:
            source = bank.sources.get(citation.source)
            place = locate(source, citation.quote) if source else None
            if place is not None:
                found.append((citation, source, place))
    return citing, found
