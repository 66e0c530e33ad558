"""The citation finder: which sentences of the corpus prove a question's answer.

Each unskipped sentence is scored on two things: whether the answer (or an `accept` alias,
or a near spelling of it) stands in the sentence, and how many of the prompt's words it
shares. A sentence *supports* the answer when the answer is in it; true/false statements
have no answer words, so for them the sentence must share most of the statement's words.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process

from quiz.bank.answers import normalize, parse_number
from quiz.bank.corpus import locate
from quiz.bank.files import Mapping, Sequence, read_yaml
from quiz.bank.load import bank_files
from quiz.bank.model import Source
from quiz.bank.text import plain

STOPWORDS = frozenset(
    (
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "is", "are",
        "was", "were", "be", "been", "being", "by", "with", "as", "from", "that", "this", "these",
        "those", "which", "what", "who", "whom", "whose", "when", "where", "why", "how", "does",
        "do", "did", "it", "its", "his", "her", "hers", "their", "they", "he", "she", "him", "them",
        "has", "have", "had", "not", "no", "into", "than", "then", "there", "about", "after",
        "before", "over", "under", "will", "would", "can", "could", "should", "s", "i", "you",
        "your", "we", "our", "one",
        # how prompts name the article, not what it says
        "according", "article", "says", "names", "mentions", "states", "reports",
    )
)
FUZZY_CUTOFF = 85  # rapidfuzz partial_ratio from which a near spelling counts as the answer
SUPPORT = 0.85  # answer score from which a sentence supports a single answer
STATEMENT_SUPPORT = 0.5  # share of a true/false statement's words a sentence must hold
_NUMBER_WORDS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


@dataclass(frozen=True)
class Candidate:
    source: str
    quote: str
    line: int  # line of the source file the sentence stands on
    score: float  # 0-100, higher is better
    supports: bool  # the sentence holds the answer (or the true/false statement)


def number_words(n: int) -> str:
    """English words for 0-999 ("twenty five"), as normalize() spells them."""
    if n < 20:
        return _NUMBER_WORDS[n]
    if n < 100:
        tens, rest = divmod(n, 10)
        return _TENS[tens - 2] + (f" {_NUMBER_WORDS[rest]}" if rest else "")
    hundreds, rest = divmod(n, 100)
    return f"{_NUMBER_WORDS[hundreds]} hundred" + (f" {number_words(rest)}" if rest else "")


def answer_groups(qtype: str, answer, accept=()) -> list[list[str]]:
    """What must stand in a sentence: per right answer, the spellings that count for it."""
    accept = [str(a) for a in accept or ()]
    if qtype == "truefalse":
        return []
    if qtype in ("multi", "order"):
        return [[str(a)] for a in answer or ()]
    if qtype == "number":
        value = parse_number(answer) if answer is not None else None
        if value is None:
            return [[str(answer), *accept]]
        digits = str(int(value)) if value.is_integer() else str(value)
        spellings = [digits, *accept]
        if value.is_integer() and 0 <= value < 1000:
            spellings.append(number_words(int(value)))
        if value.is_integer() and value >= 1000:
            spellings.append(f"{int(value):,}")
        return [spellings]
    return [[str(answer), *accept]]


def _stems(words) -> set[str]:
    # a crude stem: "composer" and "composed" share "compo"; cheap enough for every sentence
    return {w[:5] for w in words if w not in STOPWORDS}


def _term_score(term: str, sentence: str, exact_only: bool) -> float:
    if not term:
        return 0.0
    if f" {term} " in f" {sentence} ":
        return 1.0
    if exact_only or len(term) < 5:
        return 0.0  # "2023" is not "2024"; short names are not near spellings of anything
    return fuzz.partial_ratio(term, sentence, score_cutoff=FUZZY_CUTOFF) / 100


def _terms(groups: list[list[str]], qtype: str) -> list[list[tuple[str, bool]]]:
    """Each spelling normalised once, with whether it must match exactly (numbers)."""
    return [
        [(normalize(t), qtype == "number" or parse_number(t) is not None) for t in group]
        for group in groups
    ]


def _answer_score(terms: list[list[tuple[str, bool]]], sentence: str) -> float:
    scores = [max(_term_score(t, sentence, exact) for t, exact in group) for group in terms]
    return sum(scores) / len(scores)


@dataclass(frozen=True)
class _Sentence:
    """A citable sentence of a source, prepared once for every question that is ranked."""

    quote: str
    normal: str
    stems: frozenset
    line: int
    headline: bool  # only repeats the article's title


def _sentences(source: Source) -> list[_Sentence]:
    """The source's citable sentences (not skipped, found by the validator), cached on it."""
    cached = source.__dict__.get("_cite_sentences")
    if cached is not None:
        return cached
    out, seen = [], set()
    for seg in source.segments:
        normal, quote = normalize(seg.text), plain(seg.text)
        if seg.skipped or not normal or normal in seen or not _citable(source, quote):
            continue
        seen.add(normal)
        line = source.body_line + seg.line - 1
        headline = quote == plain(source.title)
        out.append(_Sentence(quote, normal, frozenset(_stems(normal.split())), line, headline))
    object.__setattr__(source, "_cite_sentences", out)
    return out


def rank(
    sources: dict[str, Source], prompt: str, qtype: str, answer, accept=(), limit: int = 5
) -> list[Candidate]:
    """The best `limit` sentences for the question, best first (none scoring zero)."""
    groups = _terms(answer_groups(qtype, answer, accept), qtype)
    keywords = _stems(normalize(prompt).split())
    found: list[Candidate] = []
    for source in sources.values():
        for sentence in _sentences(source):
            overlap = len(keywords & sentence.stems) / len(keywords) if keywords else 0.0
            if groups:
                hit = _answer_score(groups, sentence.normal)
                score = 70 * hit + 30 * overlap
                supports = hit >= (SUPPORT if len(groups) == 1 else 0.5)
            else:
                score, supports = 100 * overlap, overlap >= STATEMENT_SUPPORT
            if sentence.headline:
                score -= 5  # the headline only repeats the title; the article's sentences prove more
            if score > 0:
                found.append(Candidate(source.id, sentence.quote, sentence.line, round(score, 1), supports))
    found.sort(key=lambda c: (-c.score, not c.supports, len(c.quote), c.source, c.line))
    return found[:limit]


def _citable(source: Source, quote: str) -> bool:
    place = locate(source, quote)
    return place is not None and not place[2]


def best_citation(sources: dict[str, Source], prompt: str, qtype: str, answer, accept=()):
    """The best supporting sentence, or None when no sentence holds the answer."""
    best = rank(sources, prompt, qtype, answer, accept, limit=1)
    return best[0] if best and best[0].supports else None


def sources_yaml(candidate: Candidate, indent: int = 4) -> str:
    """`sources:` with the candidate, indented to paste under a question of a curated file."""
    body = yaml.safe_dump(
        {"sources": [{"source": candidate.source, "quote": candidate.quote}]},
        sort_keys=False, allow_unicode=True, width=1000, default_flow_style=False,
    )
    lines = body.splitlines()
    lines = [lines[0]] + ["  " + line for line in lines[1:]]  # list items under the key
    return "\n".join(" " * indent + line for line in lines) + "\n"


def report(found: FoundQuestion, candidates: list[Candidate]) -> list[str]:
    """What `quiz cite` prints: the question, the ranked sentences (* supports the answer)."""
    answer = found.answer if found.type != "truefalse" else ("true" if found.answer else "false")
    lines = [f"{found.id} ({found.path}:{found.line}): {found.prompt}", f"answer: {answer}"]
    for c in candidates:
        lines.append(f"{c.score:5.1f}{'*' if c.supports else ' '} {c.source}:{c.line}  {c.quote}")
    return lines


@dataclass(frozen=True)
class FoundQuestion:
    """A question as written in its file (even one the validator refuses, e.g. uncited)."""

    id: str
    path: str
    line: int
    type: str
    prompt: str
    answer: object
    accept: tuple


def find_question(questions_dir: Path, question_id: str) -> FoundQuestion | None:
    for path in bank_files(Path(questions_dir)):
        for item in _items(path):
            if item.get("id") == question_id:
                return _found(item, path)
    return None


def question_ids(questions_dir: Path) -> list[str]:
    return [str(item["id"]) for path in bank_files(Path(questions_dir)) for item in _items(path)
            if "id" in item]


def suggest(question_id: str, ids: list[str]) -> str:
    best = process.extractOne(question_id, ids, score_cutoff=75)
    return f" (did you mean {best[0]!r}?)" if best else ""


def _items(path: Path) -> list[Mapping]:
    doc, _ = read_yaml(path)
    items = doc.get("questions") if isinstance(doc, Mapping) else None
    return [i for i in items if isinstance(i, Mapping)] if isinstance(items, Sequence) else []


def _found(item: Mapping, path: Path) -> FoundQuestion:
    qtype = str(item.get("type", "choice"))
    answer = item.get("items") if qtype == "order" else item.get("answer")
    accept = item.get("accept")
    return FoundQuestion(
        id=str(item["id"]), path=str(path), line=item.pos[0], type=qtype,
        prompt=str(item.get("prompt") or ""), answer=answer,
        accept=tuple(accept) if isinstance(accept, list) else (),
    )
