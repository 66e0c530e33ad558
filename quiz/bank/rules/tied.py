"""Which event of its sentence a date belongs to, when the sentence names two.

"The X anime, which is set to be released on April 2024, has shared more news this Wednesday,
as the first promotional video ... has been released": the date is the anime's release, next to
its own verb, not the video's, though the sentence is about the video. And a sentence that dates
an event of its own ("is finally hitting the anime scene in January 2018") lends its date to no
event of the next sentence ("A new promotional video has also been released").
"""

from __future__ import annotations

import re

from quiz.bank.rules import SEASON, Reader

# A film as the subject of its own verb: "The film", "the new film", "an upcoming original anime
# movie"; not the object of a preposition ("a pop-up shop for the film will open", "the trailer for
# the film"), which makes something else the subject
_NOT_AFTER = "".join(rf"(?<!\b{word} )" for word in ("for", "of", "at", "to", "with", "in", "on", "from"))
_PREPOSITION = "(?:for|of|at|to|with|in|on|from) "
FILM = rf"{_NOT_AFTER}\b(?:the|this|its|an?) (?:(?!{_PREPOSITION})[\w-]+ ){{0,3}}?(?:film|movie)"
# The verbs of a show's (or a film's) release: its premiere, its opening in theaters
RELEASE = re.compile(
    r"\b(?:premier\w*|release|released|releasing|debut\w*|air|airs|aired|airing|launch|watch|stream\w*|scheduled|"
    r"broadcast|(?:opens?|hits?) (?:in )?(?:\w+ )?(?:theaters|theatres|cinemas|TV|television)"
    r"|in(?:to)? (?:\w+ )?(?:theaters|theatres|cinemas)"
    # a film "set to open in Japan": its release there (a country, not "opens in Tokyo", where a
    # shop or an exhibition may open)
    r"|(?:to open|opens|will open) in (?:Japan|North America|the (?:US|U\.S|UK)|Europe|China|Korea|Taiwan)"
    # a film's opening is its release: "The film will open on March 6", "the film, which will open
    # this fall"
    rf"|{FILM},? (?:which )?(?:will|is (?:set|slated|scheduled) to) open\b(?! (?:up|with|for)\b)"
    # the show's start as its subject's verb: "The TV anime series will start on April 4", "The show
    # is slated to begin in April"; not work on it ("will begin production")
    r"|\b(?:anime|series|show|film|movie)(?: \w+)? (?:will|is (?:set|slated|scheduled|going) to) "
    r"(?:start|begin)\b(?! (?:production|work|filming|recording|development|serializ\w*|casting|auditions?)"
    r"\b))\b",
    re.I,
)
# A start that is not the show's premiere: a second outlet's ("will also stream on ABEMA starting
# on January 10"), a later cour's or half's ("The second half of the anime is set to air in
# January"), a screening's (a festival's, a "world premiere screening"), a limited run's, a
# game's ("a Switch game that will debut on March 5"), or a first plan that slipped ("initially
# made available in January 2014", "originally slated to premiere in 2019"), a preview's ("An
# April 27 preview will screen the film"; not the verb, "the video previews the song") or a sale's
# ("Tickets for the theatrical release go on sale March 25")
OTHER_START = re.compile(
    r"\b(?:also (?:stream|air|broadcast)\w*|screenings?|limited (?:\w+ ){0,2}(?:release|run)|"
    r"(?:second|third|next) (?:cours?|half)|games?|initially|originally|"
    r"previews?(?! (?:the|its|a|an|and)\b)|tickets?|on sale|pre-?orders?)\b",
    re.I,
)
# the date opens the sentence as its time ("On July 3, 2023, ...", "Months later, on July 3, 2023,"):
# the sentence's event may then be told in the next one
_TIME_FIRST = re.compile(r"^(?:[A-Z]\w*(?: \w+){0,3}, )?(?:[Oo]n |[Ii]n |[Bb]ack in )?$")


def opens_sentence(text: str, spelling: str) -> bool:
    """Whether the date `spelling` is the sentence's opening time phrase."""
    at = text.find(spelling)
    return at >= 0 and _TIME_FIRST.match(text[:at]) is not None


# a release named by a noun after its date: "revealed the show's April 13, 2024 broadcast date"
_DATED_NOUN = re.compile(r" (?:premiere|debut|broadcast|release)\b", re.I)


def dated_by_noun(text: str, spelling: str) -> bool:
    """Whether a release noun follows the date `spelling`: "ahead of the season's October 5
    premiere date", "revealed ... and January 8 premiere": the date is that release's."""
    at = text.find(spelling)
    return at >= 0 and _DATED_NOUN.match(text, at + len(spelling)) is not None


# the show's own release, by its possessive and the noun after the date: "reveals the anime's
# October 2 premiere date", "the film's October 21 opening date" (a film's opening is its release)
_SHOWS = re.compile(r"\b(?:the|its) (?:anime|film|movie|series|show)(?:'s|') $")
_OWN_DATE = re.compile(r" (?:premiere|debut|broadcast|release|opening) date\b")


def own_release_date(text: str, spelling: str) -> bool:
    """Whether the date `spelling` is the show's own release date, said so by the words around it:
    then the sentence's other news (a song, a video) does not make it another event's date."""
    at = text.find(spelling)
    owned = at >= 0 and _SHOWS.search(text[:at]) is not None
    return owned and _OWN_DATE.match(text, at + len(spelling)) is not None


def release_dated(text: str, spelling: str, trailer: re.Match, release: re.Pattern) -> bool:
    """Whether the date `spelling` stands after a release verb of its own (outside the trailer's
    words), with no trailer between the two: then it dates the release, not the trailer."""
    at = text.find(spelling)
    if at < 0:
        return False
    if dated_by_noun(text, spelling):  # "the show's April 13, 2024 broadcast date"
        return True
    own = [m for m in release.finditer(text, 0, at) if not trailer.start() <= m.start() < trailer.end()]
    # the trailer told first, then a release verb before the date: the date is the release's
    return bool(own) and (trailer.start() > at or own[-1].start() >= trailer.end())


# a later part announced ("would be getting a second season", "a sequel", "a new season")
_LATER_PART = re.compile(r"\b(?:sequel|new season|next season|season two|final season)\b", re.I)


def part_announced(text: str, verb: re.Match, part_first: re.Pattern) -> bool:
    """Whether a sentence announces a part of the work: named before it (`part_first`: "the
    cast for the anime"), or a season or a sequel after it ("Netflix announced in December 2021
    that the anime series would be getting a second season"); the date is then that part's news."""
    if part_first.search(text, 0, verb.start()):
        return True
    rest = text[verb.end() :]
    return SEASON.search(rest) is not None or _LATER_PART.search(rest) is not None


# a film's opening ("will open on March 6", "set to open in Japan", "opens in theaters")
_OPENS = re.compile(r"\b(?:will|to) open\b|\bopens\b", re.I)
_RAN = re.compile(r"\b(?:premiered|aired)\b")


def another_film(reader: Reader, text: str) -> bool:
    """Whether a film's opening may be another work's than the show's: in an article on a
    live-action film, or on an anime it says has premiered or aired ("the Zombie Land Saga anime
    premiered in October 2018"), "the film" is that adaptation, or a film of the franchise."""
    if not _OPENS.search(text):
        return False
    return reader.live_action or any(_RAN.search(t.text) for t in reader.sentences)


def unnamed(reader: Reader, text: str) -> str:
    """The sentence with the show's names said as "the anime": a title's own words ("Gods' Game We
    Play", "The Seven Deadly Sins Special") say nothing of which event a date is."""
    for name in sorted({reader.show, *reader.spellings} - {""}, key=len, reverse=True):
        text = text.replace(name, "the anime")
    return text
