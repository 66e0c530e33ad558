"""When the show's run began and when it ends: the premiere an article tells in the past,
its anime's last broadcast, its manga's last chapter; and the titles of its parts.

The end is dated only when the date stands by the verb ("ends on July 6", "came to an end
on June 18") or opens the sentence ("On June 18, 2020, the anime came to an end"); the kind
of work that ends is the one the sentence names, else nothing is sure.
"""

from __future__ import annotations

import re

from quiz.bank.rules import Reader, Sentence, pattern
from quiz.bank.rules.patterns import find_dates

# "came to an end", "ended its run", "concluded"; "ends", "will end", "is set to conclude"
RUN_ENDS = pattern(
    "runs.run_ends",
    r"\b(?:(?P<past>came to an end|ended(?! up)|concluded|wrapped up|finished (?:its run|airing))|"
    r"(?P<next>ends|will (?:end|conclude)|is (?:set|scheduled) to (?:end|conclude)|concludes|is ending))\b"
    r"(?: its (?:run|serialization))?(?: in (?:the )?[A-Z]\w+)?(?: on (?P<d>[^,;]+))?",
    needs=("conclude", "end", "finished ", "is s", "wrapped up"),
)
# the kind of work the sentence says ends, most specific first
_KINDS = (("TV anime", r"\b(?:TV|television) anime\b"), ("anime", r"\banime\b"), ("manga", r"\bmanga\b"),
          ("light novel series", r"\blight novels?\b"))


def _kind(text: str) -> str:
    found = [kind for kind, words in _KINDS if re.search(words, text, re.I)]
    kinds = {k.split()[-1] for k in found}  # "TV anime" and "anime" are one kind
    return found[0] if len(kinds) == 1 else ""


def _date(text: str) -> str:
    dates = find_dates(text or "")
    return dates[0][1] if dates and text.startswith(dates[0][1]) else ""


def _opening_date(text: str) -> str:
    """ "On June 18, 2020, the anime came to an end": the date the sentence opens with."""
    dates = find_dates(text)
    return dates[0][1] if dates and text.startswith(f"On {dates[0][1]}") else ""


# the show itself as the subject: "The anime premiered ...", "Blue Lock premiered ..."
_ITSELF = re.compile(r"^The (?:TV |television )?(?:anime|series|show)\b")
# an article that speaks of more than one run of the franchise (a season, a sequel, a film):
# its "the anime" may be the earlier one
_OTHER_RUNS = re.compile(r"\b(?:seasons?|sequels?|cours?|films?|movies?|OVAs?)\b", re.I)


def premiered_itself(reader: Reader, s: Sentence) -> bool:
    """Whether a premiere told in the past is the show's own: it is the subject, and the
    article tells of no other run it could be."""
    if not (_ITSELF.match(s.bare) or s.bare.startswith(f"{reader.show} ")):
        return False
    return not any(_OTHER_RUNS.search(t.text) for t in reader.sentences)


def run_end(reader: Reader, s: Sentence) -> None:
    if not reader.names_show(s.text) or reader.season(s.text):
        return  # another work's end, or an earlier season's
    kind = _kind(s.bare)
    for found in RUN_ENDS.finditer(s.bare) if kind else ():
        spelling = _date(found["d"]) or _opening_date(s.bare)
        if spelling:
            relation = "run_ended" if found["past"] else "run_ends"
            reader.add(relation, reader.show, spelling, "date", qualifier=kind)
        return


# A premiere planned and then moved: "The anime had originally been scheduled to debut in X", "The
# film was originally slated for X before being delayed", "The second season was scheduled to
# premiere in X, but was delayed to Y"; a plan said without "originally" or a delay after it is
# the premiere itself (release.py)
PLANNED = pattern(
    "runs.planned_premiere",
    r"^(?P<who>[^,]+?) (?:was|were|had|has)(?P<first> originally| initially)?(?: been)? "
    r"(?:scheduled|slated|set|planned) (?:to (?:premiere|debut|air|open|launch)|for)\b"
    r"(?P<when>[^;]*?)(?:(?P<moved>,? (?:but|before being) (?:was |has been |had been |then )?"
    r"(?:delayed|postponed|pushed back)\b)|(?=[.;]$|$))",
    needs=("planned", "scheduled", "set", "slated"),
)
# the subject is the show, by a word for it or its season: "The anime", "The second season"
_THE_SHOW = re.compile(r"^(?:The|Its) (?:(?:first|second|third|fourth|final) season|(?:TV |television )?"
                       r"(?:anime|series|film|movie|show))$")


def planned_premiere(reader: Reader, s: Sentence) -> None:
    found = PLANNED.match(s.bare)
    if not found or not (found["first"] or found["moved"]):
        return
    if not (_THE_SHOW.match(found["who"]) or found["who"] == reader.show):
        return
    if reader.live_action:
        return  # "The film" of an article on a live-action film is not the anime
    dates = find_dates(found["when"])
    if dates:
        reader.add("planned_premiere", reader.show, dates[0][1], "date", qualifier=reader.season(s.text))


# The title of one part of a show told in parts: "the first film titled "Saikai"", "The first of
# the three anime films is titled "Ajin Part 1: Shodo"", "The second cour is titled "X""; only a
# title in quotes, so the words after it are never taken for it
PART_TITLED = pattern(
    "runs.part_titled",
    r"\b[Tt]he (?P<n>first|second|third|fourth|fifth|final|last) (?:of the (?:\w+ )?(?:anime |animated )?"
    r"(?P<many>film|movie|part|cour|arc)s|(?P<one>film|movie|part|cour|arc))"
    r",? (?:is |will be |was )?(?:titled|entitled|subtitled),? \"(?P<t>[^\"]+?)[.,]?\"",
    needs=("titled",),
)


def part_title(reader: Reader, s: Sentence) -> None:
    if reader.live_action:
        return  # a live-action film's parts are not the anime's
    for found in PART_TITLED.finditer(s.text):
        part = f"{found['n']} {found['many'] or found['one']}"
        reader.add("part_title", reader.show, found["t"].strip(), "title", qualifier=part)


RULES = [run_end, planned_premiere, part_title]
