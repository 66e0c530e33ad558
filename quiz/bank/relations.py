"""What each kind of fact means: its topic, how it is asked and stated, how it may conflict.

Templates use the fact's {subject}, {value} and {qualifier}, plus phrases generation looks
up in the other facts (see quiz.bank.phrasing): {show}, {song}, {companion}, {as_role}, ...
A template whose lookup finds nothing is not used.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Relation:
    name: str
    topic: str
    label: str  # how `quiz facts` names it
    state: str  # the fact as a true sentence
    ask: str = ""  # a question the value answers
    ask_subject: str = ""  # a question the subject answers
    ask_all: str = ""  # a multi question: every value of one subject ({n} of them)
    ask_any: str = ""  # a typed question any one of a subject's values answers
    ask_pair: str = ""  # when a subject has two values: ask one, naming the {other}
    ask_year: str = ""  # a number question: the year of a date
    negate: str = ""  # a statement the articles rule out (a false true/false question)
    single: bool = False  # one value per subject: two different values are a conflict
    claims: bool = False  # each sentence lists all it claims: different lists are a conflict
    closed: bool = False  # the articles give every value: another value makes a false statement
    text: bool = True  # the value may be typed (else only chosen)
    choice: bool = True
    group: str = ""  # relations whose values are never wrong choices for one another
    avoid: tuple[str, ...] = ()  # relations whose values are never wrong choices here at all
    event: str = ""  # order questions: the event this date marks


_R = Relation
_STUDIO = "studio"
_STAFF = "staff-production"
_MUSIC = "music"
_RELEASE = "release-broadcast"
_STORY = "story-world"
_CAST = "characters-cast"
_CAREERS = ("worked_on", "known_for")

RELATIONS: dict[str, Relation] = {r.name: r for r in (
    # -- staff and production -------------------------------------------------------------
    _R("credit", _STAFF, "credit", "{value} {credit} {subject}.", ask="{who} {credit} {subject}?",
       ask_all="Which {n} people share the {qualifier} credit on {subject}?", closed=True),
    _R("known_for", _STAFF, "known for", "{subject} is known for {value}.",
       ask="Which of these works is {subject} known for?",
       ask_all="Which {n} works is {subject} known for?", claims=True, text=False, group="career",
       avoid=("studio_work",)),
    _R("worked_on", _STAFF, "earlier work", "{subject} has worked on {value}.",
       ask="Which of these earlier works has {subject} worked on?",
       ask_subject="Which of these people has worked on {value}?",
       ask_all="Which {n} of these earlier works has {subject} worked on?", text=False,
       group="career", avoid=("studio_work",)),
    _R("reunion_years", _STUDIO, "reunites with the studio after (years)",
       "{subject} teams up with {studio} again after {value} years.",
       ask="After how many years does {subject} team up with {studio} again for {show}?", single=True),
    # -- studio ---------------------------------------------------------------------------
    _R("studio", _STUDIO, "studio", "{value} is the studio behind {subject}.",
       ask="Which studio is behind {subject}?", single=True),
    _R("studio_work", _STUDIO, "studio's work", "{subject} made {value}.",
       ask="Which of these works did {subject} make?", ask_subject="Which studio made {value}?",
       ask_all="Which {n} of these do the articles list as {subject} works?", text=False,
       avoid=_CAREERS),
    _R("adapted_in", _STUDIO, "adapted in (year)", "{qualifier} adapted {subject} in {value}.",
       ask_pair="{qualifier} adapted {subject} in {other} and again in which year?"),
    _R("anniversary", _STUDIO, "anniversary (years)", "{show} marks {subject}'s {ordinal} anniversary.",
       ask="{show} marks which anniversary for {subject}?", single=True),
    _R("president", _STUDIO, "president", "{value} is the president of {subject}.",
       ask="Who is the president of {subject}?", single=True, closed=True),
    # -- music ----------------------------------------------------------------------------
    _R("theme", _MUSIC, "theme song", "\"{value}\" is the {theme_kind} of {season_subject}.",
       ask="What is the {theme_kind} of {season_subject}?", single=True, closed=True, group="songs"),
    # an artist named for a theme the article does not title yet
    _R("theme_artist", _MUSIC, "theme song performed by",
       "{value} performs the {theme_kind} of {season_subject}.",
       ask="Who performs the {theme_kind} of {season_subject}?", single=True, closed=True),
    _R("performer", _MUSIC, "sung by", "{value} sings {song}.", ask="Who sings {song_for}?",
       ask_subject="Which song does {value} sing for {show}?", single=True, closed=True),
    _R("composer", _MUSIC, "music composed by", "{value} composed the music for {song}.",
       ask="Who composed the music for {song}?"),
    _R("lyricist", _MUSIC, "lyrics by", "{value} wrote the lyrics for {song}.",
       ask="Who wrote the lyrics for {song}?", ask_all="Which {n} people wrote the lyrics for {song}?"),
    # -- release and broadcast ------------------------------------------------------------
    _R("announced", _RELEASE, "announced on", "{subject} was announced on {value}.",
       ask="On what date was {subject} announced?", ask_year="In which year was {subject} announced?",
       single=True, event="{announcer} announces {subject}"),
    _R("announced_by", _RELEASE, "announced by", "{value} announced {subject}.",
       ask="Which broadcaster announced {subject}?", single=True),
    _R("announced_at", _RELEASE, "announced at", "{announcer} announced {subject} on its {value}.",
       ask="At which event did {announcer} announce {subject}?", text=False),
    _R("trailer_released", _RELEASE, "trailer released on", "A {subject} trailer came out on {value}.",
       ask="On what date did a {subject} trailer come out?", single=True, event="A trailer comes out"),
    _R("premiere", _RELEASE, "premieres", "{season_subject} premieres {on_value}.",
       ask="When does {season_subject} premiere?", ask_year="In which year does {season_subject} premiere?",
       single=True, event="{subject} premieres"),
    _R("earlier_premiere", _RELEASE, "earlier season premiered",
       "The {qualifier} of {subject} premiered {on_value}.",
       ask="When did the {qualifier} of {subject} premiere?",
       ask_year="In which year did the {qualifier} of {subject} premiere?", single=True),
    # the premiere an article tells in the past, of the show itself (not of an earlier season)
    _R("premiered", _RELEASE, "premiered", "{subject} premiered {on_value}.",
       ask="When did {subject} premiere?", ask_year="In which year did {subject} premiere?", single=True,
       event="{subject} premieres"),
    # the premiere planned before a delay moved it
    _R("planned_premiere", _RELEASE, "originally scheduled premiere",
       "{season_subject} was originally scheduled to premiere {on_value}.",
       ask="When was {season_subject} originally scheduled to premiere?", single=True),
    # the end of the show's run, by the kind of work that ends ("TV anime", "manga")
    _R("run_ended", _RELEASE, "run ended on", "The {subject} {qualifier} ended {on_value}.",
       ask="On what date did the {subject} {qualifier} end?", single=True),
    _R("run_ends", _RELEASE, "run ends on", "The {subject} {qualifier} ends {on_value}.",
       ask="On what date does the {subject} {qualifier} end?", single=True),
    # a later start abroad ("outside of Japan"), never asked as the premiere
    _R("release_abroad", _RELEASE, "released abroad", "{subject} is released {qualifier} {on_value}.",
       ask="When is {subject} released {qualifier}?", single=True),
    # the seasonal line-up a show airs in, kept apart from the premiere's day
    _R("anime_season", _RELEASE, "anime season", "{season_subject} airs in the {value} anime season.",
       ask="In which anime season does {season_subject} air?", single=True),
    _R("episodes", _RELEASE, "episodes", "{season_subject} has {value} episodes.",
       ask="How many episodes does {season_subject} have?", single=True),
    _R("platform", _RELEASE, "shown on", "{subject} is shown on {value}.",
       ask="Which of these services shows {subject}?",
       ask_all="Which {n} of these services show {subject}?",
       text=False, group="platforms"),
    _R("block", _RELEASE, "programming block", "{subject} airs on {broadcaster}'s {value} block.",
       ask="On which {broadcaster} programming block does {subject} air?", single=True,
       choice=False, group="platforms"),
    _R("block_of", _RELEASE, "block of", "{subject} is a programming block of {value}.",
       single=True, text=False, choice=False),
    # the channel a broadcast schedule or a time slot names first ("premieres on AT-X at 11:30
    # p.m. and then on TOKYO MX"); the others only lend it wrong choices
    _R("first_channel", _RELEASE, "airs first on", "{season_subject} airs first on {value}.",
       ask="Which channel airs {season_subject} first?", single=True),
    _R("channel", _RELEASE, "airs on", "", text=False, choice=False, group="platforms"),
    _R("streams_in", _RELEASE, "streams", "{subject} streams {show} {value}.",
       ask_subject="Which service streams {show} {value}?", text=False, choice=False),
    _R("roundtable_at", _RELEASE, "roundtable interview at",
       "The creators of {subject} gave a roundtable interview at {value}.",
       ask="At which convention did the creators of {subject} give a roundtable interview?",
       single=True),
    _R("roundtable_guest", _RELEASE, "roundtable guest",
       "{value} talked about {subject} in a roundtable interview at {venue}.",
       ask="Which of these people talked about {subject} in the roundtable interview at {venue}?",
       ask_all="Which {n} people talked about {subject} in the roundtable interview at {venue}?",
       text=False),
    # -- story and world ------------------------------------------------------------------
    _R("work_format", _STORY, "is a", "{subject} is {a_value}.", ask="What kind of work is {subject}?",
       single=True, closed=True, text=False),
    _R("sport", _STORY, "about the sport", "{subject} is about {value}.",
       ask="Which sport is {subject} about?", single=True, closed=True, text=False),
    _R("source_kind", _STORY, "based on", "{subject} is based on {a_value}.",
       ask="What kind of work is {subject} based on?", single=True, closed=True, text=False),
    _R("source_author", _STORY, "based on the work of", "{subject} is based on the {qualifier} by {value}.",
       ask="Whose {qualifier} is {subject} based on?",
       ask_all="Which {n} people created the {qualifier} {subject} is based on?", closed=True,
       group="source makers"),  # the artist of the manga is no wrong answer to "whose manga"
    _R("adaptation", _STORY, "new adaptation", "{subject} is getting {a_value} adaptation.",
       ask="What new adaptation is {subject} getting?", text=False),
    _R("english_publisher", _STORY, "published in English by",
       "{value} publishes the {subject} {qualifier} in English.",
       ask="Which company publishes the {subject} {qualifier} in English?", single=True),
    _R("illustrator", _STORY, "illustrated by", "{value} illustrates the {subject} {qualifier}.",
       ask="Who illustrates the {subject} {qualifier}?", single=True, group="source makers"),
    _R("manga_artist", _STORY, "manga adaptation by", "{value} launched a manga adaptation of {subject}.",
       ask="Who launched the manga adaptation of {subject}?", single=True, group="source makers"),
    _R("english_title", _STORY, "English title", "{subject} is known in English as {value}.",
       ask="What is the English title of {subject}?", single=True, choice=False),
    _R("japanese_title", _STORY, "Japanese title", "{subject} is titled {value} in Japanese.",
       ask="What is the Japanese title of {subject}?", single=True, choice=False),
    # the title of one part of a show told in parts ("the first film", "the second cour")
    _R("part_title", _STORY, "part titled", "The {qualifier} of {subject} is titled {value}.",
       ask="What is the {qualifier} of {subject} titled?", choice=False),
    _R("manga_launched", _STORY, "manga launched on", "The {subject} {qualifier} was launched {on_value}.",
       ask="When was the {subject} {qualifier} launched?",
       ask_year="In which year was the {subject} {qualifier} launched?", single=True),
    _R("novels_began", _STORY, "first volume published on",
       "The first volume of the {subject} {qualifier} was published {on_value}.",
       ask="When was the first volume of the {subject} {qualifier} published?", single=True),
    _R("serialized_in", _STORY, "manga serialized in", "The {subject} manga is serialized in {value}.",
       ask="In which magazine is the {subject} manga serialized?", single=True),
    _R("volumes", _STORY, "volumes", "The {subject} {qualifier} spans {value} collected volumes.",
       ask="How many collected volumes does the {subject} {qualifier} have?", single=True),
    _R("publisher", _STORY, "published by", "{value} published the {subject} {qualifier}.",
       ask="Who published the {subject} {qualifier}?", single=True),
    _R("first_publisher", _STORY, "first published by", "{value} first published the {subject} {qualifier}.",
       ask="Who first published the {subject} {qualifier}?", single=True),
    _R("manga_magazine", _STORY, "manga runs in", "The {subject} manga was launched in {value}.",
       ask="In which magazine was the {subject} manga launched?", single=True),
    _R("manga_site", _STORY, "manga launched on",
       "The {subject} manga was launched on the {qualifier} {value}.",
       ask="On which {qualifier} was the {subject} manga launched?", single=True),
    _R("coexist", _STORY, "coexists with humans",
       "{subject} is set in a world where humans and {value} coexist.",
       ask="In the world of {subject}, humans coexist with whom?", choice=False),
    _R("lives_in", _STORY, "lives there with humans", "Humans and {value} both live in {subject}.",
       ask="Who lives in {subject} alongside humans?", choice=False),
    _R("setting_year", _STORY, "set in (year AD)", "The {subject} trailer shows a world set in AD {value}.",
       ask="In which year AD is the world shown in the {subject} trailer set?", single=True),
    # the year a story is set in, said of the story itself ("set in the near-future year of 2049")
    _R("story_year", _STORY, "set in (year)", "{subject} is set in the year {value}.",
       ask="In which year is {subject} set?", single=True),
    _R("mission_to", _STORY, "mission to", "{subject} and {companion} are sent on a mission to {value}.",
       ask="Where are {subject} and {companion} sent on their mission?", single=True, closed=True,
       group="places"),
    _R("mission_count", _STORY, "targets (how many)",
       "{subject} and {companion} are sent after {count} {target}.",
       ask="How many {target} are {subject} and {companion} sent after?", single=True),
    _R("mission_target", _STORY, "targets", "",
       text=False, choice=False),
    _R("targets_hostile_to", _STORY, "targets are hostile to",
       "The {target} that {subject} and {companion} are sent after are hostile to {value}.",
       ask="The {target} that {subject} and {companion} are sent after are hostile to whom?",
       single=True, choice=False),
    _R("secret_mission", _STORY, "mission is secret",
       "{subject} and {companion} must carry out a secret mission.", text=False, choice=False),
    _R("genre", _STORY, "genre", "{subject} is described as {a_value} anime.",
       ask_all="Which {n} of these genre labels do the articles give {subject}?", text=False,
       choice=False),
    _R("inspired_by", _STORY, "inspired by", "{subject} draws inspiration from {value}.",
       ask="Which of these works does {subject} draw inspiration from?",
       ask_pair="{subject} draws inspiration from {other} and which other work?", group="influence",
       avoid=_CAREERS),
    _R("echoes", _STORY, "echoes", "{subject} echoes {value} in its {qualifier}.",
       ask="Which series does {subject} echo in its {qualifier}, according to the articles?",
       group="influence", avoid=_CAREERS),
    _R("setting", _STORY, "set in", "{subject} is set in {the_value}.", ask="Where is {subject} set?",
       single=True, choice=False),
    _R("original", _STORY, "original", "{subject} is an original anime, not based on an existing manga.",
       negate="{subject} is based on an existing manga.", text=False, choice=False),
    # -- characters and cast --------------------------------------------------------------
    _R("cast", _CAST, "voiced by", "{value} voices {full} {in_show}.", ask="Who voices {full} {in_show}?",
       ask_subject="Which character does {value} voice {in_show}?", single=True, closed=True),
    _R("cast_member", _CAST, "in the cast", "{value} is in the cast of {subject}.",
       ask="Which of these voice actors is in the cast of {subject}?",
       ask_all="Which {n} of these voice actors are in the cast of {subject}?",
       ask_any="Name a voice actor the articles list in the cast of {subject}.", text=False),
    _R("known_role", _CAST, "known for voicing", "{subject} is known for voicing {value} in {qualifier}.",
       ask="Which {qualifier} character is {subject} known for voicing?", single=True),
    _R("full_name", _CAST, "full name", "{subject}'s full name is {value}.",
       ask="What is {subject}'s full name?", single=True, choice=False),
    _R("protagonist", _CAST, "main protagonist", "{value} is the main protagonist of {subject}.",
       ask="Who is the main protagonist of {subject}?", single=True),
    _R("species", _CAST, "is a", "{subject} is {a_value}.", ask="What kind of being is {subject}?",
       single=True, closed=True),
    _R("companion", _CAST, "companion", "{value} is {subject}'s companion.",
       ask="Who is {subject}'s companion?", ask_subject="Whose companion is {value}?", single=True,
       closed=True),
    _R("origin", _CAST, "comes from", "{subject} comes from {value}.", ask="Where does {subject} come from?",
       single=True, group="places"),
    _R("named", _CAST, "character", "", text=False, choice=False),
    _R("description", _CAST, "described as", "{subject} is the {value}.",
       ask_subject="Which character of {show} is the {value}?", single=True, closed=True, text=False),
    _R("says", _CAST, "says", "In a {show} trailer, {subject} says {value}.",
       ask_subject="In a {show} trailer, which character says {value}?", text=False),
)}

TOPICS = (_STORY, _CAST, _STAFF, _MUSIC, _RELEASE, _STUDIO)

# Wrong choices for kinds the corpus names too few of.
VOCABULARY = {
    "genre": ("romance", "sports", "slice of life", "horror", "comedy", "isekai"),
    "species": ("human", "cyborg", "alien"),
    "source_kind": ("manga", "light novel", "video game", "visual novel", "web novel", "card game"),
    # no "soccer" nor "football", one sport by two names
    "sport": ("baseball", "basketball", "volleyball", "tennis", "swimming", "archery", "boxing", "golf"),
    # kinds no adaptation an article announces can also be: a film may be live-action, a stage
    # play a musical, a show on TV an anime already
    "format": ("video game", "mobile game", "radio drama", "live-action TV drama"),
    # what kind of anime work a show is: a film among the kinds it is not
    "work_format": ("TV anime series", "OVA", "TV special", "web series"),
}
