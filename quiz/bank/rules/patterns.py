"""Regular expressions and small parsers shared by the extraction rules.

Rules match the plain form of a sentence (NFKC, straight quotes, single spaces), so a
pattern never has to care about curly quotes or non-breaking spaces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from quiz.bank.answers import parse_number
from quiz.bank.text import CAPITAL_LETTER, LETTER, LETTER_OR_DIGIT, SMALL_LETTER

# A name is a run of capitalised tokens ("Fullmetal Alchemist", "Twitter/X", "10GAUGE",
# "+Ultra", "Yu-ka", "Sacks&Guns", "3Hz"), which may hold numbers
# ("Mob Psycho 100"), small linking words ("Ghost in the Shell", "Carole & Tuesday") and the
# Japanese particles of romanised titles ("Kill la Kill", "Oshi no Ko", "Atarashii Joushi wa Do
# Tennen"). A cross or a star joins the words of some titles ("SPY×FAMILY", "I★CHU").
# A dash glued to a name before the sentence goes on ("Akihiro Yamada—was recently") joins no
# word of it.
GLUED_ON = r"(?!(?:w(?:as|ere|ill|ho|hich)|is|and)\b)"
# the same in a title's word, where "and" may be part of it ("Hide-and-Seek"): "Sakamoto-who also
# voices the character Akira-will provide the song" ends each name before its dash
GOES_ON = r"(?!(?:w(?:as|ere|ill|ho|hich)|is)\b)"
_TOK = (rf"(?:{CAPITAL_LETTER}\w*(?:-{GOES_ON}\w*)*(?:[&×★☆]{CAPITAL_LETTER}\w*)*(?:/{CAPITAL_LETTER}\w*)?\+?"
        rf"|\d+[A-Z][A-Za-z\d]*|\+[A-Z]\w*)")
_NEXT = rf"(?:{_TOK}|\d+(?:st|nd|rd|th)?\b)"  # "Mob Psycho 100", "Tokyo 24th Ward"
_LINK = r"(?:&|of the|of|in the|in|no|la|wa|ga|ni|wo)"
# after a linking word comes a word, never a number: "Weekly Shonen Magazine in 2016" ends before "in"
# nor a month: "MAPPA in October 2020" ends before "in"
_NO_MONTH = r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?: \d|$|[,.;]))"
NAME = rf"{_TOK}(?: {_LINK} {_NO_MONTH}{_TOK}| {_NEXT})*"
# A title may also hold "from", "to", "of a", "or the", "the" and "is (a)" between capitalised
# words ("Uncle from Another World", "Our Last Crusade or the Rise of a New World",
# "Kaguya-sama: Love is War", "Odd Taxi: In the Woods", "The Devil is a Part-Timer!"), a
# subtitle after a colon
# ("Re:Zero - Starting Life in Another World", "Sword Art Online: Alicization") and end in "!"
# ("Sacks&Guns!!"). Too loose for prose ("Netflix on July 6th"): only where the words around
# it say a title stands there.
_TITLE_LINK = (r"(?:&|of the|of a|of|in the|in|no|la|wa|ga|ni|wo|o|de|to|from|or the|and the|on the|x"
               r"|is an?|is|the|as an?)")
# A "!" the sentence goes on after belongs to the title ("Hibike! Euphonium": the sentence
# splitter ends no sentence there).
_TTOK = rf"{_TOK}(?:!+(?= {CAPITAL_LETTER}))?"
# A title may open with an abbreviated honorific ("Dr. Stone", "Mr. Osomatsu"), number its
# hero ("Kaiju No. 8": an abbreviation's full stop ends no title there) and hold a fraction
# ("Ranma 1/2"). A stage name may open with one too ("Mr. Children").
HONORIFIC = r"(?:Dr|Mr|Mrs|Ms)\. "
_TITLE_WORDS = rf"(?:{HONORIFIC})?{_TTOK}(?: {_TITLE_LINK} {_TTOK}| {_NEXT}| No\. \d+\b| \d+/\d+\b)*"
TITLE = rf"{_TITLE_WORDS}(?:(?::| [\-\u2212:]) ?{_TITLE_WORDS})*!*"
# A person: two or three capitalised words, each maybe with an apostrophe, macron, accent or
# hyphen ("Shin'ya Sugai", "Yūichi", "Kazumi Kōda", "Yu-ka"), but not a possessive "'s"; a
# surname's particle may stand before a second capital ("Kylie McNeill", "Jason DeMarco").
_PERSON_WORD = (rf"(?:Ma?c|De|Le)?{CAPITAL_LETTER}{SMALL_LETTER}+"
                rf"(?:(?:'(?!s\b)|-{GLUED_ON}){LETTER}{SMALL_LETTER}*)*")
PERSON = rf"{_PERSON_WORD}(?: {_PERSON_WORD}){{1,2}}"
# A performer or a studio where a noun says one stands there ("singer milet", "studio
# ufotable", "artist LiSA", "unit GRANRODEO", "singer-songwriter Myuk"): any spelling, lower
# case included, since stage names need not be capitalised; never a small English word.
_NOT_A_NAME = r"(?:and|or|who|whose|of|the|a|an|for|with|behind|is|was|has|in|on|at|to|from|that)\b"
STAGE_NAME = rf"(?:{PERSON}|(?!{_NOT_A_NAME}){LETTER_OR_DIGIT}[\w'\-&]*(?<=[\w!]))"
NAMED_AS = re.compile(
    rf"\b(?:[Ss]inger(?:-songwriter)?|[Aa]rtist|[Bb]and|[Uu]nit|[Dd]uo|[Ss]tudio|[Rr]apper) "
    rf"(?P<stage>{STAGE_NAME})"
)
# Names joined by commas and "and": "Fullmetal Alchemist, My Hero Academia, and Mob Psycho 100".
LIST = rf"{NAME}(?:(?:,? and |, ){NAME})*"
QUOTED = r"[\"'](?P<quoted>[^\"]+?)\.?[\"']"
NUMBER_WORDS = (
    r"(?:\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -]"
    r"(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
    r"nineteen)"
)

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SEASONS = {"winter": (1, 3), "spring": (4, 6), "summer": (7, 9), "fall": (10, 12), "autumn": (10, 12)}
# a month in full, or cut short with a stop ("Apr. 25", and "Sept. 25" as news agencies write it)
MONTH_WORDS = "|".join(MONTHS) + "|" + "|".join(rf"{m[:3]}\." for m in MONTHS if len(m) > 4) + r"|Sept\."
_M = f"(?P<m>{MONTH_WORDS})"
# words a number after them counts or numbers, never a day ("Episode 12", "Season 2", "Top 10")
_NUMBERED = ")(?<!".join(("[Ee]pisode ", "[Ss]eason ", "[Pp]art ", "[Vv]olume ", "[Tt]op ", r"No\. ", "#"))
_DATES = (
    re.compile(rf"\b{_M} (?P<d>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<y>\d{{4}})\b"),
    # "the 13th of March, 2023", and as British outlets write it: "10 October 2015"
    re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?: of)? {_M},? (?P<y>\d{{4}})\b"),
    re.compile(rf"\b{_M},?(?: of)? (?P<y>\d{{4}})\b"),  # "April 2020", "August of 2018"
    # "in the Summer season of 2017", "the Fall Season of 2024": the anime season of that year
    re.compile(r"\b(?P<s>[Ww]inter|[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn) (?:anime )?[Ss]eason,? of "
               r"(?P<y>\d{4})\b"),
    re.compile(r"\b(?P<s>[Ww]inter|[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn) (?:of )?(?P<y>\d{4})\b"),
    re.compile(rf"\b(?:in|this|next) (?P<m>{'|'.join(MONTHS)})\b(?! \d)"),
    # a season without its year ("will premiere this summer", "premieres this Fall"): the season
    # the article's own year has next, asked as a season alone; only as a start's time
    _SEASON_ALONE := re.compile(r"\b(?:this|next) (?P<s>[Ww]inter|[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn)\b"
                                r"(?!,? (?:of )?\d)"),
    # a day without its year ("on January 7", "July 12th"): the article's own year
    re.compile(rf"\b{_M} (?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,? \d)(?!:)"),
    # and day first ("on 25 December", "the 3rd of May"), as British outlets write it; never a
    # number range, a part's number or a count before a month ("episodes 1-12 March", "Episode 12
    # April", "Season 2 April premiere", "Top 10 April releases"), nor the verb "may" in a
    # headline ("Season 3 May Be Delayed")
    re.compile(rf"(?<![\d,.:/-] )(?<![\d,.:/-])(?<!{_NUMBERED})\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?: of)? "
               rf"{_M}(?!,? \d)(?!(?<=May) [A-Z])"),
)


# the verb of a start a few words before a season without its year: "will premiere this summer",
# "will premiere with new episodes this summer"; "announced earlier this Spring" dates nothing
_START_BEFORE = re.compile(
    r"\b(?:premier\w*|debut\w*|air(?:s|ing)?|broadcast\w*|stream(?:s|ing)?)(?: [\w-]+){0,3} $")


@dataclass(frozen=True)
class When:
    """A date as precise as the article gives it: a day, a month, a season or a month alone."""

    year: int | None
    month: int | None = None
    day: int | None = None
    season: str = ""

    @property
    def display(self) -> str:
        if self.season:
            return f"{self.season.title()} {self.year}" if self.year else self.season.title()
        if self.month is None:
            return str(self.year)
        month = MONTHS[self.month - 1]
        if self.day:
            return f"{month} {self.day}, {self.year}" if self.year else f"{month} {self.day}"
        return f"{month} {self.year}" if self.year else month

    @property
    def precision(self) -> str:
        if self.day:
            return "day"  # with or without its year: a day is asked as typed text
        if self.season:
            return "season"
        if self.month is None:
            return "year"
        return "month" if self.year else "month-only"

    def span(self) -> tuple[date, date] | None:
        """First and last day it may mean; None without a year."""
        if self.year is None:
            return None
        if self.season:
            first, last = SEASONS[self.season]
        elif self.month is None:
            first, last = 1, 12
        else:
            first = last = self.month
        if self.day:
            day = date(self.year, self.month, self.day)
            return day, day
        end = date(self.year + (last == 12), last % 12 + 1, 1)
        return date(self.year, first, 1), date.fromordinal(end.toordinal() - 1)

    def agrees(self, other: When) -> bool:
        """Whether both can be true of one event (one contains the other)."""
        mine, theirs = self.span(), other.span()
        if mine is None or theirs is None:
            return self.month is None or other.month is None or self.month == other.month
        inner, outer = sorted((mine, theirs), key=lambda s: s[1].toordinal() - s[0].toordinal())
        return outer[0] <= inner[0] and inner[1] <= outer[1]


def find_dates(text: str) -> list[tuple[When, str]]:
    """Every date in a sentence with its spelling there, most precise patterns first."""
    return list(_dates_in(text))


@lru_cache(maxsize=4096)  # pure: the rules ask it of each sentence in both passes, several times
def _dates_in(text: str) -> tuple[tuple[When, str], ...]:
    found: list[tuple[int, When, str]] = []
    taken: list[tuple[int, int]] = []
    for pattern in _DATES:
        for match in pattern.finditer(text):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            if pattern is _SEASON_ALONE and not _START_BEFORE.search(text, 0, match.start()):
                continue
            taken.append(match.span())
            found.append((match.start(), _when(match), match.group(0)))
    return tuple((when, spelling) for _, when, spelling in sorted(found, key=lambda f: f[0]))


def _when(match: re.Match) -> When:
    parts = match.groupdict()
    year = int(parts["y"]) if parts.get("y") else None
    if parts.get("s"):
        return When(year, season=parts["s"].lower())
    month = next(i for i, m in enumerate(MONTHS, 1) if m.startswith(parts["m"].rstrip(".")))
    return When(year, month, int(parts["d"]) if parts.get("d") else None)


def parse_when(display: str) -> When | None:
    """The When a fact's value was displayed from (the inverse of When.display)."""
    if display in MONTHS:
        return When(None, MONTHS.index(display) + 1)
    alone = re.fullmatch(r"(?:(?:this|next) )?(\w+)", display.lower())
    if alone and alone[1] in SEASONS:  # "Summer", and a spelling of it ("this summer")
        return When(None, season=alone[1])
    if re.fullmatch(r"\d{4}", display):
        return When(int(display))
    dates = find_dates(f"in {display}")
    return dates[0][0] if dates else None


def split_list(text: str) -> list[str]:
    """The items of "A, B, and C" / "A and B"; an "&" stays inside its name."""
    parts = re.split(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+", text)
    return [part.strip(" .") for part in parts if part.strip(" .")]


def to_number(text: str) -> int | None:
    value = parse_number(text.replace("-", " "))
    return int(value) if value is not None and value == int(value) else None


# -- roles ----------------------------------------------------------------------------------

ROLE_HEADS = (
    "director", "supervisor", "producer", "composer", "designer", "writer", "president",
    "lyricist", "editor", "animator", "engineer", "adviser", "advisor",
)
# The wording of a role in prose, mapped to its name in a staff list.
ROLE_SYNONYMS = {
    "directs": "director",
    "character designs": "character design",
    "character designer": "character design",
    # "X will be the original character designer", "credited for ... original character designs"
    "original character designer": "original character design",
    "original character designs": "original character design",
    "main character designs": "main character designer",
    "mechanical designer": "mechanical design",
    "mechanical designs": "mechanical design",
    "music composer": "music",
    "composer": "music",
    "series composition writer": "series composition",
    "series composer": "series composition",
    "series' composition": "series composition",
    "composition": "series composition",
    "series composition": "series composition",
    # one title, worded three ways by different articles: one credit, not three
    "supervising director": "chief director",
    "chief supervisor": "chief director",
    "general director": "chief director",
    "screenwriter": "screenplay",
    "scriptwriter": "script",
    "script writer": "script",
    "scripts": "script",
    "series scripts": "script",
}
# Roles that answer the same question: the director of a show is also asked about when
# someone is its chief director, so neither is ever a wrong choice for the other.
ROLE_FAMILIES = (
    frozenset({"director", "chief director", "supervising director", "chief supervisor"}),
    frozenset({"screenplay", "series composition", "script"}),
    frozenset({"music", "composer"}),
    # the main character designer of a show is one of its character designers; who drew the
    # original designs the animation's are adapted from designed its characters too
    frozenset({"character design", "main character designer", "original character design"}),
)
# Roles held by a company rather than a person.
COMPANY_ROLES = frozenset({"animation production", "production", "animation"})


def role_name(text: str) -> str:
    """A role as a staff list writes it, lower case except acronyms ("3DCG supervisor")."""
    words = [w if w.isupper() and len(w) > 1 else w.lower() for w in text.split()]
    name = " ".join(words).strip(" .:")
    name = re.sub(r"^(?:the|its|their) ", "", name)
    *before, last = name.split() or [""]
    if last.endswith("s") and last[:-1] in ROLE_HEADS:  # "chief animation directors": each one's role
        name = " ".join([*before, last[:-1]])
    return ROLE_SYNONYMS.get(name, name)


def role_family(role: str) -> frozenset[str]:
    return next((family for family in ROLE_FAMILIES if role in family), frozenset({role}))


def is_agent_role(role: str) -> bool:
    """'art director' names a person's job; 'set design' names the work credited."""
    return role.split()[-1] in ROLE_HEADS or role.split()[0] in ROLE_HEADS


# Sports a show may be about ("the archery anime"), in lower case
SPORTS = (r"(?:soccer|football|baseball|basketball|volleyball|tennis|table tennis|archery|swimming|"
           r"boxing|golf|rugby|cycling|figure skating|badminton|hockey|karate|judo|kendo)")
