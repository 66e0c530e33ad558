"""Judging generated questions against the facts a person listed for each fixture article.

A listed fact is *asked* when a question citing its article
- names its show (one of the names in its facts file, or in quotes a title only its
  article has, like a song listed as an answer) and passes the show checks below,
- asks about the same thing: its prompt shares a content word with the listed question
  ("premiere", "designer", "voices"), so a right answer to another question does not count,
- has a right answer matching one of the fact's accepted answers the way a player's typed
  answer is matched (case, punctuation, dates, numbers, small typos); a true statement
  counts when it contains an accepted answer,
- and cites a quote overlapping a sentence that proves the fact.

It is *asked in any wording* when all but the naming of the show hold: 'Who sings the
ending theme "Zutto"?' names no show and may still be right, "Which studio is behind
Takuya Igarashi?" offers a director as the show and is wrong; only a reader tells them apart.

A question *fails a mechanical check* when it offers the article's headline (or four words
in a row of it) as the show,
names another article's show that its quotes do not mention, cites articles about
different shows, offers fewer than four choices, gives an answer its quotes do not
contain, repeats another question's prompt, or is the third question on one fact. Whether
it is publishable unchanged needs a person: see the review sheet (bench/article_review.py).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from quiz.bank.answers import normalize, parse_number, text_matches
from quiz.bank.corpus import locate
from quiz.bank.text import plain

MAX_PER_FACT = 2  # DESIGN.md: at most two generated questions per fact
SHOW_FLAGS = ("offers the headline", "names another", "cites articles about")
# Words every question uses: sharing one of them says nothing about asking the same thing.
# fmt: off
COMMON = {
    "which", "what", "when", "where", "whose", "does", "will", "with", "from", "this", "that",
    "these", "anime", "series", "show", "according", "article", "name", "kind", "work", "true",
}
# fmt: on


@dataclass
class Judged:
    """One generated question and what the checks found."""

    question: dict
    names_show: bool
    facts: list[str] = field(default_factory=list)  # ids of the listed facts it asks
    flags: list[str] = field(default_factory=list)


@dataclass
class ArticleJudgement:
    judged: list[Judged]
    asked: dict[str, list[str]]  # fact id -> ids of the questions asking it, naming the show
    asked_any: dict[str, list[str]]  # the same, in any wording


def right_answers(question: dict) -> list[str]:
    """The answers that count as right, as text (none for true/false and order questions)."""
    kind, answer = question["type"], question.get("answer")
    if kind in ("choice", "number"):
        return [str(answer)]
    if kind == "text":
        return [str(answer), *map(str, question.get("accept") or ())]
    if kind == "multi":
        return [str(a) for a in answer]
    return []


def _mentions(text: str, name: str) -> bool:
    wanted = normalize(name)
    return bool(wanted) and f" {wanted} " in f" {normalize(text)} "


# Words that ask the same thing in other words: a film "opens", "hits theaters" or is "released"
# on the day a show "premieres", and a season "airs" in the season it premieres in; a work
# "adapted from" a novel is "based on" it; "Where is X set?" asks the region or city it is set
# in; one person's "series scripts" and "series composition" in one sentence are one credit, as
# the generator asks them (select.once_per_sentence); news writes a theme as "OP" or "ED"; a
# show "starts" or "begins" the day it premieres, and a "network" is a television channel.
SAME = {"relea": "premi", "debut": "premi", "opens": "premi", "opene": "premi", "open": "premi",
        "hit": "premi", "hits": "premi", "air": "premi", "airs": "premi", "aired": "premi",
        "airin": "premi", "start": "premi", "begin": "premi", "adapt": "based", "set": "setti",
        "scrip": "compo", "op": "openi", "ed": "endin", "netwo": "chann"}


def _stems(text: str, ignore: set[str]) -> set[str]:
    """Content words cut to five letters, so "premieres" meets "premiere" and "designer" "design"."""
    words = normalize(text).split()
    stems = (SAME.get(w[:5], w[:5]) for w in words if w not in COMMON and w not in ignore)
    return {s for s in stems if len(s) >= 4}


def _spans(source, quotes) -> list[tuple[int, int]]:
    return [place[:2] for place in (locate(source, q) for q in quotes) if place is not None]


def asks(question: dict, fact, source, show_words: set[str]) -> bool:
    """Whether the question asks the listed fact (see the module's docstring)."""
    # worded as the listed fact is ("What kind of work is X?": its words all common ones), or in
    # other words sharing one that is not
    same = normalize(question["prompt"]) == normalize(fact.question)
    if not same and not _stems(question["prompt"], show_words) & _stems(fact.question, show_words):
        return False
    cited = _spans(source, [c["quote"] for c in question["sources"] if c["source"] == source.id])
    proofs = _spans(source, fact.proofs)
    if not any(a < d and c < b for a, b in cited for c, d in proofs):
        return False
    # the bank names a studio without the generic word ("Gokumi" for "Studio Gokumi"), as
    # players' answers are matched (questions/README.md, aliases)
    wanted = (*fact.answers, *(a.removeprefix("Studio ") for a in fact.answers if a.startswith("Studio ")))
    if question["type"] == "truefalse":
        return question.get("answer") is True and any(_mentions(question["prompt"], a) for a in wanted)
    return any(text_matches(given, wanted[0], wanted[1:]) for given in right_answers(question))


# A date as articles write it: "July 6th", "the 13th of March", "Apr. 2020", "January 11, 2024",
# "August of 2018".
_DATE = re.compile(
    r"\b(?:\d{1,2}(?:st|nd|rd|th)?(?: of)? )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
    r"[a-z]*\.?(?: \d{1,2}(?:st|nd|rd|th)?\b)?(?:,?(?: of)? \d{4}\b)?")


def _stated(quotes: str, answer: str) -> bool:
    """The answer stands in the quotes, a kind of work in the plural ("a novel": "the novels"),
    a date in any of the article's spellings of it."""
    if _mentions(quotes, answer) or _mentions(quotes, f"{answer}s"):
        return True
    return any(text_matches(span.group(0), answer) for span in _DATE.finditer(quotes))


def _answer_in_quotes(question: dict) -> bool:
    """Each right answer (a choice, a typed answer or its alias) stands in some quote."""
    quotes = " ".join(plain(c["quote"]) for c in question["sources"])
    answers = right_answers(question)
    if question["type"] == "text":  # the answer or any accepted spelling will do
        return any(_stated(quotes, a) for a in answers)
    # numbers are read, not copied ("eleven" for "11 Episodes")
    return all(parse_number(a) is not None or _stated(quotes, a) for a in answers)


def _unquoted(question: dict, title: str) -> str:
    """Prompt and explanation; 'According to the article "<headline>"' names no show."""
    text = plain(f"{question['prompt']} {question.get('explanation') or ''}")
    return text.replace(f'"{plain(title)}"', " ")


def names_show(question: dict, listed, title: str) -> bool:
    """The prompt names its show, or a title only its article has, in quotes: 'Who sings
    the ending theme "Zutto"?' (a listed answer); an unquoted "When does Zutto premiere?"
    offers the song as the show."""
    if any(_mentions(_unquoted(question, title), name) for name in listed.names):
        return True
    titles = {normalize(answer) for fact in listed.facts for answer in fact.answers}
    return any(normalize(quoted) in titles for quoted in re.findall(r'"([^"]+)"', plain(question["prompt"])))


def _borrows_headline(text: str, title: str, names: tuple[str, ...]) -> bool:
    """Four words in a row of the headline, three of them not the show's name ("Netflix
    Confirms Beastars Release Date"): the headline standing where the show should."""
    show_words = {w for name in names for w in normalize(name).split()}
    words = normalize(title).split()
    runs = (words[i : i + 4] for i in range(len(words) - 3))
    return any(sum(w not in show_words for w in run) >= 3 and _mentions(text, " ".join(run)) for run in runs)


def show_flags(question: dict, names: tuple[str, ...], title: str, shows: dict) -> list[str]:
    """Is the question about another show? `shows`: every article id -> its show's names."""
    flags = []
    text = plain(f"{question['prompt']} {question.get('explanation') or ''}")
    # the prompt alone: an explanation may fairly restate what the headline announces
    # ("Maesetsu! premieres on October 4" under "Maesetsu! Anime Premieres on October 4")
    if _borrows_headline(_unquoted({"prompt": question["prompt"]}, title), title, names):
        flags.append("offers the headline as the show")
    quotes = " ".join(c["quote"] for c in question["sources"])
    words = text + " " + " ".join(map(str, question.get("choices") or ()))
    for other in sorted({n for n in shows.values() if n[0] != names[0]}):
        name = next((n for n in other if _mentions(words, n) and not _mentions(quotes, n)), None)
        if name:
            flags.append(f"names another article's show: {name}")
    cited = sorted({shows[c["source"]][0] for c in question["sources"] if c["source"] in shows})
    if len(cited) > 1:
        flags.append("cites articles about different shows: " + ", ".join(cited))
    return flags


def form_flags(question: dict) -> list[str]:
    flags = []
    if question["type"] in ("choice", "multi") and len(question.get("choices") or ()) < 4:
        flags.append(f"{len(question['choices'])} choices")
    if question["type"] in ("choice", "text", "multi") and not _answer_in_quotes(question):
        flags.append("answer not in its quote")
    return flags


def judge_article(questions: list[dict], source, listed, shows) -> ArticleJudgement:
    """The questions citing one article, judged; and for each listed fact, the ids asking it."""
    judged = [
        Judged(
            q,
            names_show=names_show(q, listed, source.title),
            flags=show_flags(q, listed.names, source.title, shows) + form_flags(q),
        )
        for q in questions
    ]
    show_words = {w for name in listed.names for w in normalize(name).split()}
    asked: dict[str, list[str]] = {}
    asked_any: dict[str, list[str]] = {}
    for fact in listed.facts:
        asked[fact.id], asked_any[fact.id] = [], []
        for item in judged:
            if not _wrong_show(item) and asks(item.question, fact, source, show_words):
                item.facts.append(fact.id)
                asked_any[fact.id].append(item.question["id"])
                if item.names_show:
                    asked[fact.id].append(item.question["id"])
    _flag_repeats(judged, asked_any)
    return ArticleJudgement(judged, asked, asked_any)


def _wrong_show(item: Judged) -> bool:
    """A question about another show asks no fact of its article."""
    return any(flag.startswith(SHOW_FLAGS) for flag in item.flags)


def _flag_repeats(judged: list[Judged], asked: dict[str, list[str]]) -> None:
    by_id = {item.question["id"]: item for item in judged}
    for fact_id, ids in asked.items():
        for extra in ids[MAX_PER_FACT:]:
            by_id[extra].flags.append(f"question {MAX_PER_FACT + 1} or later on fact {fact_id}")
    prompts = defaultdict(list)
    for item in judged:
        prompts[(item.question["type"], normalize(item.question["prompt"]))].append(item)
    for same in prompts.values():
        for item in same[1:]:
            item.flags.append(f"same prompt as {same[0].question['id']}")
