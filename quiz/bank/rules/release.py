"""Release: dated events (premieres, announcements, trailers), seasonal line-ups, interviews;
the platforms that show the show are read by platforms.py, its channels by channels.py."""

from __future__ import annotations

import re

from quiz.bank.rules import Reader, Sentence, channels, pattern, platforms, runs
from quiz.bank.rules.abroad import abroad_dates, only_abroad
from quiz.bank.rules.films import film_format
from quiz.bank.rules.patterns import NAME, find_dates
from quiz.bank.rules.seasons import premiere_season, season_at
from quiz.bank.rules.songs import song_released
from quiz.bank.rules.tied import (
    FILM,
    OTHER_START,
    RELEASE,
    another_film,
    dated_by_noun,
    opens_sentence,
    own_release_date,
    part_announced,
    release_dated,
    unnamed,
)

# Which event a date belongs to, told by the words around it.
# "was revealed last July 26" dates a reveal, as "announced" does, not what the sentence says next
_ANNOUNCE = re.compile(r"\b(?:announc\w*|unveil\w*|(?:was|were) revealed)\b", re.I)
_TRAILER = re.compile(
    r"\b(?:trailer|promotional video|teaser|PV)\b.*\b(?:released|dropped|debuted|out)\b"
    # the verb first: "released a second promotional video for the series on Friday, January 29"
    r"|\b(?:released|dropped|debuted|unveiled) (?:a|an|the|its) (?:[\w-]+ ){0,3}?"
    r"(?:trailer|promotional video|teaser|PV)\b"
)
# a date this sentence gives to something else than the show's (new) premiere
_OTHER_EVENT = re.compile(
    r"\b(?:special|recap|re-?air\w*|rerun|stage play|manga|novels?|(?:volume|issue)s?|magazine|published|"
    r"launched|songs?|began|started|delayed|originally|previous\w*|was (?:scheduled|slated)|had been|"
    r"episode \d+)\b"
    # a live-action work's start ("a live-action series ... is set to premiere on"), not the anime's
    r"|\blive-action\b|\b(?:Blu-rays?|DVDs?|home video)\b"  # a disc's release date, not the premiere
    # the dub's own start ("The English dub will premiere on ..."), not the show's
    r"|\bdub (?:will |is set to |is scheduled to |to )?(?:premier|debut|launch|releas|air|stream)\w*"
    r"|\b(?:premier|debut|launch|releas)\w* (?:its|the|an) (?:[A-Z]\w+ )?dub\b"
    # "In its English-dubbed format, X ... is set to premiere", "weekly dubbed episodes starting May 13"
    r"|\bdubbed\b"
    # an OVA's release ("March 19 release date for the new original video anime ( OVA )"), not the show's
    r"|\bOVAs?\b|\boriginal video anime\b"
    # a record's release ("will release a new single titled "Y" on February 3rd"), not the show's
    r"|\b(?:(?<!every )(?<!a )singles?(?! (?:episode|cour|season|day|night))|albums?|CDs?)\b", re.I
)
# The anime named by its source ("The official website for the television anime of X's Y manga
# revealed ... that the anime will premiere on"): the manga names the anime, it is no event
_SOURCE_NAMED = re.compile(
    r"\b(?:television |TV )?anime(?: adaptation| series)? (?:of|for) [^.;]*?"
    r"\b(?:manga|(?:light |web )?novels?(?: series)?)\b"
)
# between "announced" and a date: the date is another event's ("... premiering on November 21")
_OTHER_DATED = re.compile(
    r"\b(?:premier\w*|debut\w*|releas\w*|airs?|airing|launch\w*|broadcast\w*)\b"
    # what was announced is still to come ("announced on Thursday that it will add the dub ...
    # on September 2"): the date is that event's, an announcement is never in the future
    r"|\bthat\b[^.]*\bwill\b", re.I)
# (not "to be aired from January 8th", a passive still to come); "made its debut" is "debuted"
_PAST = re.compile(r"(?<!\bbe )\b(?:premiered|aired|debuted|ran|made (?:its|their) (?:[\w-]+ )?debuts?)\b")
_EARLIER_SEASON = re.compile(r"\b(?:[Tt]he )?(?P<q>first|previous|last) season\b")
# "On March 22, 2023, Fuji TV ... announced"; "unveiled ... on the 22nd of March, 2023"
_ANNOUNCED_FIRST = re.compile(r"^On [^,]+, [^.]*?\b(?:announc|unveil)")
# an announcement still to come dates nothing ("will be announced at a later date", "is yet to
# be revealed", "will likely be announced on"): read just before the announcing word
_TO_COME = re.compile(r"\b(?:will|would|to|yet to)(?: [a-z]+ly)? be $")
_ANNOUNCED_BY = pattern(
    "release.announced_by",
    rf"(?P<o>{NAME}), on (?:their|its) (?P<e>{NAME}), announced|hosted by (?P<h>{NAME})"
    rf"|(?P<t>{NAME}) treated audiences to an? (?:[a-z]+ )*?trailer",
    needs=(" treated audiences to a", ", announced", "hosted by "),
)
_ROUNDTABLE = pattern(
    "release.roundtable_interview",
    rf"roundtable interview (?:with (?P<o>{NAME}) )?at (?P<v>{NAME})(?: attended by (?P<a>{NAME}))?",
    needs=("roundtable interview ",),
)
# "slated for a 2020 broadcast", "the 2021 premiere for the anime", "to make its Debut later in 2023"
PREMIERE_YEAR = pattern(
    "release.premiere_year",
    r"\b(?:(?:slated|set|scheduled|planned) for an? (?P<y1>\d{4}) (?:broadcast|premiere|release|debut)|"
    r"the (?P<y2>\d{4}) (?:premiere|debut|broadcast) (?:for|of) the (?:anime|series|film|show)|"
    # "ahead of the 2023 premiere", "reveals ... the anime's 2023 premiere" (not "of" another work)
    r"\b(?:the|its|the (?:anime|series|show|film)'s) (?P<y6>\d{4}) (?:premiere|debut)\b"
    r"(?! (?:of|for) (?!the\b))|"
    r"(?:will|to)\b(?: \w+){0,3} (?:debut|premiere|air|broadcast)\w*(?: later| early| sometime)? "
    r"in (?P<y3>\d{4})\b|"
    # "scheduled to release on Netflix sometime in 2022" (of the show only: a manga is released too)
    r"(?:will|to)\b(?: \w+){0,3} releas\w*(?: on [A-Z][\w+]*)?(?: later| sometime)? in (?P<y7>\d{4})\b|"
    # "the second season is delayed to 2024": when it now premieres
    r"(?:delayed|postponed|pushed back) (?:to|until) (?P<y4>\d{4})\b|"
    # a film opening in a year: "the film will open in 2025", "an anime movie by director X which
    # will open in theaters in 2017"
    rf"{FILM},?(?: [\w.]+){{0,5}}? (?:will|to) open(?: in (?:theaters|theatres|cinemas|Japan))? "
    r"in (?P<y5>\d{4})\b)",
    re.I,
)

# The season a show is slated for, as outlets name their seasonal line-ups: "as part of the
# Spring 2021 anime schedule", "one of the Summer 2023 anime season's new releases"
SLOT = pattern(
    "release.season_slot",
    r"\b(?P<when>(?:[Ww]inter|[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn) \d{4}) "
    r"anime (?:schedule|season|lineup|slate)\b",
    needs=("lineup", "schedule", "season", "slate"),
)

# The work itself announced ("announced the aforementioned title", "announced a new TV anime",
# "The unveiling of "X"", "X was announced"), not its cast, a video, a song, a delay or a season
# ("announced three new cast members", "announced on March 5 that the band will perform").
_WORK_ANNOUNCED = re.compile(
    r"\b(?:announc|unveil)\w*(?: (?:on|in) [^,]+?,?)?(?: that)? (?:the |a |an )?"
    r"(?:(?:aforementioned|new|original|upcoming|television|TV|anime)\s)*"
    r"(?:title|anime|series|film|movie|adaptation|project)\b(?!'s|’s| (?:will|is|has|would|to|was)\b)"
    r"|\bunveiling of [\"“]?[A-Z]"
    r"|\b(?:anime|adaptation|series|film|movie|title|project|[A-Z][\w!?]*[\"”’']?) "
    r"(?:was|were|has been|have been|had been) (?:officially |first )?(?:announced|unveiled)"
)

# The thing announced, named before the work it belongs to: "the English dub cast for the
# anime adaptation of X's manga series was announced" announces the cast, not the series.
_PART_OF_WORK = re.compile(
    r"\b(?:cast|dub|staff|songs?|theme|visual|trailer|video|PV)s? (?:for|of)\b")


def _work_announced(text: str) -> bool:
    found = _WORK_ANNOUNCED.search(text)
    return found is not None and not part_announced(text, found, _PART_OF_WORK)


def announced_on(text: str) -> bool:
    """Whether the sentence dates the announcement itself: "On <date>, X announced ...", or
    "announced ... on <date>" with no other event ("premiering") between the two."""
    if _ANNOUNCED_FIRST.search(text):
        return True
    said = _ANNOUNCE.search(text)
    if said and _TO_COME.search(text, 0, said.start()):
        return False  # "this will likely be announced in the weeks leading up to ... 2024"
    dates = [text.find(spelling, said.end()) for _, spelling in find_dates(text)] if said else []
    return any(at > 0 and not _OTHER_DATED.search(text[said.end():at]) for at in dates)


def _elsewhere(text: str) -> bool:
    """Whether a sentence dates another event than the show's premiere."""
    return bool(_OTHER_EVENT.search(_SOURCE_NAMED.sub("anime", text)) or OTHER_START.search(text))


def event_of(text: str) -> str:
    """The event a sentence dates, or "" when it does not say (or dates something else)."""
    dates = find_dates(text)
    # "The video previews the theme song, and reveals the anime's October 2 premiere date"
    if dates and own_release_date(text, dates[0][1]) and not _PAST.search(text):
        return "premiere"
    # "A new trailer was revealed on Wednesday ahead of the season's October 5 premiere date"
    if dates and dated_by_noun(text, dates[0][1]) and not _PAST.search(text) and not _elsewhere(text):
        return "premiere"
    if _ANNOUNCE.search(text) and announced_on(text):
        # dated, but another thing's announcement: no date of the show's
        return "announced" if _work_announced(text) else ""
    trailer = _TRAILER.search(text)
    if trailer and not (dates and release_dated(text, dates[0][1], trailer, RELEASE)):
        return "trailer_released"
    if _elsewhere(text):
        return ""
    if RELEASE.search(text):
        return "earlier" if _PAST.search(text) else "premiere"
    return ""


def dated_events(reader: Reader, s: Sentence) -> None:
    dates = find_dates(s.bare)
    if not dates:
        _premiere_year(reader, s)
        return
    event = event_of(s.bare)
    also = None
    own = event or _ANNOUNCE.search(s.bare) or RELEASE.search(s.bare)  # its own event lends no date
    if not own and opens_sentence(s.bare, dates[0][1]):  # "Months later, on July 3, 2023, fans saw ..."
        also = reader.next_sentence()  # + "A trailer ... was released"
        event = event_of(also.text) if also else ""
        event = event if event in ("announced", "trailer_released") else ""
    if event == "premiere" and (another_film(reader, s.bare) or song_released(reader, s.bare)):
        return
    # a season without its year ("this summer") dates only a premiere still to come, and only
    # where the article dates it no closer ("this fall" beside "on October 7")
    alone = {sp for when, sp in dates if when.season and when.year is None}
    if alone and (event != "premiere" or _dated_closer(reader)):
        dates = [(when, sp) for when, sp in dates if sp not in alone]
        if not dates:
            return
    if event in ("earlier", ""):  # a past premiere is an earlier season's, or the show's own
        return _earlier(reader, s, dates[0][1]) if event else None
    abroad = abroad_dates(s.bare) if event == "premiere" else {}
    spellings = dict.fromkeys(spelling for _when, spelling in (dates if event == "premiere" else dates[:1]))
    for spelling in (sp for sp in spellings if sp in abroad and sp not in alone):
        reader.add("release_abroad", reader.show, spelling, "date", qualifier=abroad[spelling])
    # a later start abroad is not the premiere, nor a later channel's ("on A on May 9, and on B on May 10")
    home = [sp for sp in spellings if sp not in abroad or not only_abroad(s.bare, sp, abroad)]
    season = premiere_season(reader, s.bare, home[0]) if event == "premiere" and home else ""
    for spelling in home[:1] if season is not None else ():  # None: the season may be another date's
        reader.add(event, reader.show, spelling, "date", qualifier=season)
        if also is not None:
            reader.add(event, reader.show, spelling, "date", sentence=also)


def _dated_closer(reader: Reader) -> bool:
    """Whether a sentence of the article dates the premiere by a month or a day (not one "back
    in June", a past date: "A preview for the anime was streamed back in June")."""
    return any(event_of(t.bare) == "premiere" and any(w.month for w, _ in find_dates(t.bare))
               and not _BACK_IN.search(t.bare) for t in reader.sentences)


_BACK_IN = re.compile(r"\bback in (?:[A-Z]|\d)")

def _earlier(reader: Reader, s: Sentence, spelling: str) -> None:
    """A premiere told in the past: an earlier season's, or the show's own."""
    season = _EARLIER_SEASON.search(s.bare)
    if season:  # "The first season premiered in October 2020."
        reader.add("earlier_premiere", reader.show, spelling, "date", qualifier=f"{season['q']} season")
    elif runs.premiered_itself(reader, s):  # "The anime premiered on October 8"
        reader.add("premiered", reader.show, spelling, "date")


def season_slot(reader: Reader, s: Sentence) -> None:
    """The line-up a sentence about the show puts it in (a line-up alone dates no show)."""
    for found in SLOT.finditer(s.bare) if reader.names_show(s.text) else ():
        if (season := season_at(reader, s.bare, found.span("when"))) is not None:
            reader.add("anime_season", reader.show, found["when"], "season", qualifier=season)


def _premiere_year(reader: Reader, s: Sentence) -> None:
    years = list(PREMIERE_YEAR.finditer(s.bare))  # first: it skips most sentences unsearched
    if not years or OTHER_START.search(unnamed(reader, s.bare)) or another_film(reader, s.bare):
        return
    for found in years:
        group = next(g for g in ("y1", "y2", "y3", "y4", "y5", "y6", "y7") if found[g])
        if group == "y7" and (not reader.names_show(s.text) or _elsewhere(s.bare)):
            continue
        if (season := season_at(reader, s.bare, found.span(group))) is not None:
            reader.add("premiere", reader.show, found[group], "date", qualifier=season)


def announcement(reader: Reader, s: Sentence) -> None:
    if not _ANNOUNCE.search(s.text):
        return
    for match in _ANNOUNCED_BY.finditer(s.text):
        reader.add("announced_by", reader.show, match["o"] or match["h"] or match["t"], "platform")
        if match["e"]:
            reader.add("announced_at", reader.show, match["e"], "event")


def news(reader: Reader, s: Sentence) -> None:
    for match in _ROUNDTABLE.finditer(s.text):
        venue = re.sub(r" \d{4}$", "", match["v"])  # "Anime NYC 2023" is the 2023 Anime NYC
        reader.add("roundtable_at", reader.show, venue, "event")
        said = [f for f in reader.facts if f.citations[0].quote == s.quote]
        for person in sorted({f.value for f in said if f.kind == "person"}):
            reader.add("roundtable_guest", reader.show, person, "person")


RULES = [
    dated_events, film_format, season_slot, platforms.platforms, announcement, news,
    *channels.RULES, *runs.RULES,
]
