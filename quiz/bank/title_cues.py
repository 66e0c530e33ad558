"""Where an article names a title (see show.py): the cues and how much each says.

Each cue is searched in every sentence of every article; each declares the words one of which
every text it matches holds (as the rules' patterns do: quiz/bank/rules/remembered.py), so a
sentence with none of them is not searched.
"""

from __future__ import annotations

import re

from quiz.bank import title_forms as forms
from quiz.bank.rules.patterns import NAME, PERSON, TITLE
from quiz.bank.rules.remembered import Remembered
from quiz.bank.text import CAPITAL_OR_DIGIT


def _cue(regex: str, needs: tuple[str, ...] = ()) -> Remembered:
    return Remembered(re.compile(regex), needs)


# single quotes bound a title too, a full stop inside them ("called 'Lazarus.'"); never an
# apostrophe a word follows, which is a possessive's (one TITLE in the pattern: each costs
# every run of `quiz generate` its compiling)
_T = rf"(?:[\"*_]|(?<!\w)'(?={CAPITAL_OR_DIGIT}))?(?P<n>{TITLE})(?:[\"*_]|[.,]?'(?!\w))?"
_OWNER = rf"(?:(?:{PERSON}|{NAME})(?: and {PERSON})? ?'s )?"
_WORK = r"(?:anime|manga|light novels?|novels?|movie|film)"
# A title in quotes, which bound it: small lower-case words may stand between its capitalised
# ones ("Attack on Titan", "Spy x Family").
CAPITAL = rf"{CAPITAL_OR_DIGIT}[\w\-]*"
SMALL = "a|an|the|on|in|of|to|at|for|with|from|x|no|wa|ga|wo|ni"
_QUOTED = rf"{CAPITAL}(?:(?: (?:{SMALL}|and))* {CAPITAL})*!*"
# A title between commas after the work it names ("the manga, March Comes in Like a Lion, is"),
# or a comma and the sentence's end, which bound it as quotes do; no "and", which a list holds.
_APPOSED = rf"{CAPITAL}(?:(?: (?:{SMALL}|as))* {CAPITAL})*!*"
# Up to three words between "anime" and "titled", none saying a song is titled so.
_FILLER = r"(?:(?!song|theme|single|opening|ending|track|episode)[a-z]+ ){0,3}?"
# What sort of work a title's is, between the two ("The X sequel anime film", "the X spinoff
# manga", "the X original television anime"); "original" only before a TV anime, as a platform
# or company owns one otherwise ("a Netflix original anime").
_SORT = r"(?:sequel|spinoff|spin-off|short|original(?= (?:TV|television) anime))"
# A title before its work ("X manga"): never the last of a list ("A, B, and C manga"), whose
# work word is each one's.
BEFORE_WORK = _cue(rf"{_T}(?: ?\([^)]*\))? (?:{_SORT} )?(?:(?:TV |television )?anime|{_WORK})\b",
                   needs=("anime", "film", "manga", "movie", "novel"))
# A title in quotes or italics: a headline's own quotes bound one too.
QUOTES = _cue(rf"\"(?P<n>{TITLE})\"|\*(?P<i>{TITLE})\*|(?<!\w)_(?P<u>{TITLE})_(?!\w)"
              rf"|\"(?P<q>{_QUOTED}),?\"|(?<= )'(?P<s>{_QUOTED}),?'(?!\w)",
              needs=("\"", "'", "*", "_"))
# Where an article names a title, and how much each place says.
CUES = (
    (3, _cue(rf"\b(?:TV|television) anime(?: adaptation| series)? of (?:the )?{_OWNER}{_T}(?! ?'s)",
             needs=("TV", "television"))),
    (3, _cue(rf"\b(?:anime|manga|light novel|novel|animated film|anime film)"
             rf"(?: series| film| movie| adaptation| work| project)? {_T}",
             needs=("animated film", "anime", "manga", "novel"))),
    # " ,": some stored pages keep a space where a linked name ended ("Visual Prison , the"); or
    # its translation in brackets inside the quotes that bound it ("series, "X (Y),""), never
    # unquoted, where brackets follow a cast list's actor ("the anime, Ken Ogawa (Soma), ...")
    (3, _cue(rf"\b(?:anime|series|film|manga),? (?:{_T}(?= ?[,.])"
             rf"|[\"\u201c](?P<b>{TITLE}) ?\([^()]*\)[,.]?[\"\u201d])",
             needs=("anime", "film", "manga", "series"))),
    (3, _cue(rf"\b(?:anime|series|film|movie|manga|novel), (?P<n>{_APPOSED})(?= ?[,.])",
             needs=("anime", "film", "manga", "movie", "novel", "series"))),
    # not what is "for" or "of the anime": "the new opening theme for the anime is titled X"
    (3, _cue(rf"(?<!for the )(?<!of the )\b(?i:anime|series|film|movie|adaptations?|title) {_FILLER}"
             rf"(?:will be |is |was )?(?:[Tt]itled|[Cc]alled|[Nn]amed|[Ee]ntitled) {_T}",
             needs=("called", "named", "titled", "Called", "Named", "Titled"))),  # a headline's case
    (3, _cue(rf"{_T}(?: \([^)]*\))? (?:will |is set to |is scheduled to |is slated to |is gearing up )?"
             r"(?:premiere[sd]?|airs|be released|be premiering|be streaming|be airing"
             r"|begin streaming|is directed by|is produced by|is slated|is scheduled|is set for"
             r"|for its premiere|(?:will )?(?:hits?|opens?|open) (?:in )?(?:Japanese )?"
             r"(?:theaters|theatres|cinemas))\b(?! (?:the|it|its|all|new|every|episodes?)\b)",
             needs=("airs", "be airing", "be premiering", "be released", "be streaming",
                    "begin streaming", "cinemas", "is directed by", "is produced by", "is scheduled",
                    "is set for", "is slated", "premiere", "theaters", "theatres"))),
    (2, BEFORE_WORK),
    (3, _cue(rf"{_T}(?: \([^)]*\))? ?, (?:the|an?) (?:[a-z]+ ){{0,3}}?"
             r"(?:anime|adaptation|series|film|movie)\b",
             needs=("adaptation", "anime", "film", "movie", "series"))),
    (2, _cue(rf"\b(?:season|seasons|sequel|episodes?) of (?:the )?{_T}(?! ?'s)",
             needs=("episode", "season", "sequel"))),
    (2, _cue(rf"\badaptation of (?:the )?{_OWNER}{_T}(?! ?'s)",
             needs=("adaptation of ",))),
    (2, _cue(rf"{_T}{forms.ENDS_IN_SEASON}")),
    # hyphened words may stand between ("simuldub of the long-awaited X")
    (2, _cue(rf"\b(?:(?:simul)?dub|simulcast|trailer|teaser|promo|promotional video|PV|key visual|cast"
             rf"|staff) (?:for|of) (?:the )?(?:[a-z][a-z\-]* ){{0,2}}?{_T}(?! ?'s)",
             needs=("PV", "cast", "dub", "key visual", "promo", "staff", "teaser", "trailer"))),
    (2, _cue(rf"{_T}(?:'s)? (?:new |official |first |second |third |final |main )*"
             r"(?:trailer|teaser|key visual|PV|promotional video)\b",
             needs=("PV", "key visual", "promotional video", "teaser", "trailer"))),
    # a theme song is a work's: "the 2nd ED theme for X", "the opening theme of X"
    (2, _cue(rf"\b(?:opening|ending|OP|ED|theme)(?: theme)?(?: songs?)? (?:for|of|to) (?:the )?{_T}(?! ?'s)",
             needs=("ED", "OP", "ending", "opening", "theme"))),
    # a sentence saying what kind of work a title is: "X is a comedy action series"
    (2, _cue(rf"{_T} (?:is|was) an? (?:(?!of|the|for|fan)[a-z\-]+ ){{0,4}}?"
             rf"(?:anime|manga|series|film|light novel|novel|movie)\b"
             rf"(?! (?:artist|author|creator|studio|publisher|magazine|fans?|industry|company)\b)",
             needs=(" is a", " is an", " was a", " was an"))),
    # only a work is based on another: "X is based on the manga by", "X, adapted from the novel"
    (2, _cue(rf"{_T},? (?:(?:is|was|will be) )?(?:based on|adapted from|an adaptation of) (?:the|a|an|[A-Z])",
             needs=("based on", "adapted from", "an adaptation of"))),
    (2, _cue(rf"\bupcoming {_T}",
             needs=("upcoming ",))),
    # a licence is to a work: "acquired the rights to X", "the rights to rerelease X"
    (2, _cue(rf"\brights to (?:[a-z]+ )?(?:the )?{_T}(?! ?'s)",
             needs=("rights to ",))),
    (1, QUOTES),
)

# A name in quotes just after a song's word is the song's ("her new single "Lantern."", "the ending
# theme "Ember"", "also the coupling song "Violet""), whatever else the text says of it ("Lantern"
# will be released on October 12"): no show.
SONG_NAME = _cue(r"\b(?:[Ss]ongs?|[Ss]ingles?|[Tt]heme|[Tt]racks?|[Aa]lbum|OP|ED)\W{0,2}"
                 r"\"(?P<s>[^\"]{1,60}?)[.,!?]?\"", needs=("\"",))
