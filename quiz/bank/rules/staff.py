"""Credits (who does what on the show), cast, and people's earlier works."""

from __future__ import annotations

import re

from quiz.bank.rules import Reader, Sentence, pattern
from quiz.bank.rules.credit_roles import ROLE_WORDS, credit, looks_like_role
from quiz.bank.rules.patterns import (
    LIST,
    NAME,
    PERSON,
    ROLE_HEADS,
    role_name,
    split_list,
)

_HEADS = "|".join(ROLE_HEADS)
# "Director: Motonobu Hori" in a staff list.
STAFF_LINE = pattern("staff.list_line", rf"^(?P<roles>[A-Za-z0-9][\w ,/&'-]{{1,60}}?): (?P<names>{LIST})$",
    needs=(": ",))
# "BONES President and Metallic Rouge producer Masahiko Minami": titles before a name.
# (never a verb before the title: "joining director X" is no "joining director")
_NOT_TITLE = r"(?:the|and|includes?|including|featuring|joining|replacing|succeeding)\b"
_TITLE = rf"(?:{NAME} )?(?:(?!{_NOT_TITLE})[a-z]+ ){{0,3}}(?i:{_HEADS})"
TITLED = pattern(
    "staff.titled_name",
    # ("joining director X": X is the director the one named before joins)
    rf"(?:^|, |\band |\b(?:anime|series|show)'s |\b(?:includes?|including|featuring|joining) )"
    rf"(?P<titles>{_TITLE}(?: and {_TITLE})*) (?P<p>{PERSON})",
)
# "X is known for his work on A and B", "X, who is best known for directing A", "X is known for
# composing the soundtracks of anime series such as A and B"; never "known for voicing Y" (a role)
_MAKING_VERB = r"(?:directing|composing|writing|creating|producing|designing|animating|illustrating)"
KNOWN_FOR = pattern(
    "staff.known_for",
    r"(?P<p>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}),? (?:who is |is )?(?:best |well |widely )?(?:known|famous) for "
    rf"(?:(?:his |her |their )?(?:works?|projects?)(?: on)?"
    rf"|{_MAKING_VERB}(?: [a-z]+){{0,6}}? (?:such as|like)|{_MAKING_VERB})"
    rf"(?: such as)? (?:the )?(?P<list>{LIST})",
    needs=("famous", "known"),
)
WORKED_ON = pattern(
    "staff.worked_on",
    rf"(?P<p>{PERSON}|He|She),? (?:who )?has (?:previously )?worked on (?:multiple |many |several )?"
    rf"(?:projects|works|shows|anime)?,? such as (?P<list>{LIST})",
    needs=("worked on ",),
)
# Earlier works in parentheses after a name, before what the person does now: "Masaya Fujimori
# ( You Are Umasou , Izetta: The Last Witch ) is directing", "Aimoto ( Hokenshitsu no Shinigami )
# launched", "Haruo Sotozaki (Tales of Zestiria the X) will be directing"
IN_PARENTHESES = pattern(
    "staff.works_in_parentheses",
    rf"(?P<p>{PERSON}|[A-Z][a-z]+) \( ?(?P<works>[^()]+?) ?\) "
    r"(?=(?:is|was|will|and|both|has|have|launched|published|wrote|joins|returns)\b)",
    needs=(") ",),
)
# A person and their role in brackets: "Masahiko Murata (director), Shinzo Fujita (series
# composition)"; only brackets holding nothing but a staff list's words (an earlier work, or a
# job on another work, "ClassicaLoid episode director", is no credit here)
NAME_ROLE = pattern(
    "staff.name_then_role_aside", rf"(?P<p>{PERSON}) \((?P<roles>[A-Za-z][A-Za-z ,&/]{{1,50}})\)",
    needs=(" (",),
)
_ROLE_VOCABULARY = frozenset({
    *ROLE_HEADS, *ROLE_WORDS, "chief", "series", "character", "characters", "sound", "art", "original",
    "mechanical", "concept", "color", "colour", "3dcg", "cg", "key", "assistant", "general", "scenario",
    "composer", "designs", "background", "prop", "editing",
})
STARS_AS = pattern(
    "staff.stars_as",
    rf"(?P<a>{PERSON}) (?:co-)?stars as (?:the |her |his |their )?(?P<d>[a-z][a-z ]*?), (?P<c>{NAME})",
    needs=("stars as ",),
)
_COMPANIONS = ("partner", "buddy", "companion", "friend")
# A work introduced with its director: "<show>, an upcoming original anime movie by director X",
# "<show>, an anime film from director X". Only "a"/"an" (a work the article introduces, which
# role_by_director checks is the show), never "the film by director X", another work.
BY_DIRECTOR = pattern(
    "staff.work_by_director",
    r"(?:^|, |\bof )an? (?:(?:upcoming|new|original|anime|animated|feature|TV|television|short)[ -])*"
    rf"(?:anime|animation|film|movie|series|show)(?: (?:film|movie|series|project|work))? "
    rf"(?:by|from) director (?P<p>{PERSON})",
    needs=(" director ",),
)
# The role first, opening the sentence, the person after a plain "is": "The Director is X" (a
# staff list's line written as a sentence), "The director will be X, who directed A and B".
# Only a person ends the clause: "The lead writer is one of the big names" names nobody.
ROLE_IS = pattern(
    "staff.the_role_is_name",
    rf"^[Tt]he (?P<roles>[A-Za-z][a-z]+(?: [a-z]+){{0,2}}) (?:is|will be) (?P<p>{PERSON})(?=$|[.,;])",
    needs=(" is ", " will be "),
)


def staff_list(reader: Reader, s: Sentence) -> None:
    match = STAFF_LINE.match(s.bare)  # "Music: X (Attack on Titan)": the aside is X's earlier work
    if not match or len(match["roles"].split()) > 6:
        return
    roles = [r for r in re.split(r",|/|&| and ", match["roles"]) if r.strip()]
    if not any(looks_like_role(role_name(r)) for r in roles):
        return
    for role in roles:
        # "Kyohei Ishiguro/Yoshitoshi Shinomiya": two names one job, neither a name alone
        for name in (n for n in split_list(match["names"]) if "/" not in n):
            credit(reader, name, role)


# The list of makers of the work the show adapts: "the manga series by X (writer), Y (artist)"
_SOURCE_MAKERS = re.compile(
    r"\b(?:manga|novels?|light novels?|comics?|webtoons?|books?)(?: series)? by"
    r"(?: [^.;()]+ \([^()]*\),?)*(?: and)? ?$"
)


# "X (art) and Y (script) launched a vertical-scrolling manga adaptation of the novels": their
# jobs are on the manga
_MANGA_MADE = re.compile(
    r"\b(?:launch|began|begin|serializ|draw|publish)\w* (?:a |an |the )?(?:[\w-]+ ){0,3}manga\b"
)


def role_is_name(reader: Reader, s: Sentence) -> None:
    for match in ROLE_IS.finditer(s.bare):
        credit(reader, match["p"], match["roles"])  # credit() asks nothing of a word that is no role


def work_by_director(reader: Reader, s: Sentence) -> None:
    for match in BY_DIRECTOR.finditer(s.bare):
        if reader.names_show(s.bare[: match.start()]):  # "<show>, an anime film from director X"
            credit(reader, match["p"], "director")


def roles_in_brackets(reader: Reader, s: Sentence) -> None:
    for match in NAME_ROLE.finditer(s.text):
        if _SOURCE_MAKERS.search(s.text, 0, match.start()) or _MANGA_MADE.search(s.text, match.end()):
            continue  # the writer of the manga, or of a manga adaptation, not a job on the show
        roles = [r.strip() for r in re.split(r",|/|&| and ", match["roles"]) if r.strip()]
        named = [role_name(r) for r in roles]
        if all(set(n.lower().split()) <= _ROLE_VOCABULARY and looks_like_role(n) for n in named):
            for role in roles:
                credit(reader, match["p"], role)


# A title held at a company ("Science SARU co-founder and producer X"), or a credit on the work
# named before it ("the 2015 film Red Kite, director X's previous film"): none on the show
_COMPANY_TITLE = re.compile(r"\b(?:co-?founder|founder|CEO|president|chairman) $", re.I)
_OTHER_WORK = re.compile(r" ?'s? (?:previous|earlier|last|former|prior)\b")


def titled_credits(reader: Reader, s: Sentence) -> None:
    for match in TITLED.finditer(s.text):
        if _shared(s.text, match) or _OTHER_WORK.match(s.text, match.end()) \
                or (match[0].startswith("and ") and _COMPANY_TITLE.search(s.text, 0, match.start())):
            continue
        for title in match["titles"].split(" and "):
            owner = re.match(rf"(?P<n>{NAME}) (?P<rest>.+)$", title)
            role = title
            if owner and owner["rest"].lower() != title.lower():
                role = owner["rest"]
                if role.lower() == "president":
                    reader.add("president", owner["n"], match["p"], "person", "studio")
                    continue
                if not _same_show(reader, owner["n"]):
                    continue
            credit(reader, match["p"], role)


# A job word before a person's name: "producer Kiyotaka Waki", "Studio Orange producer Yoshihiro Watanabe"
_JOB_BEFORE_NAME = re.compile(r"\b([a-z]+) (?=[A-Z][a-z]+ [A-Z][a-z])")


def _shared(text: str, match: re.Match) -> bool:
    """Whether the job a title gives is one the sentence gives another person too ("producer X,
    as well as Studio Orange producer Y"): then "the producer" is neither."""
    jobs = {title.split()[-1].lower() for title in match["titles"].split(" and ")}
    held = [m[1] for m in _JOB_BEFORE_NAME.finditer(text)]
    return any(held.count(job) > 1 for job in jobs)


def _same_show(reader: Reader, name: str) -> bool:
    return name.lower() == reader.show.lower() or name in reader.known.get("show", ())


def earlier_works(reader: Reader, s: Sentence) -> None:
    for match in KNOWN_FOR.finditer(s.text):
        for work in _works(match["list"]):
            reader.add("known_for", match["p"], work, "work", "person")
    for match in WORKED_ON.finditer(s.text):
        person = reader.last_person if match["p"] in ("He", "She") else match["p"]
        for work in _works(match["list"]):
            reader.add("worked_on", person, work, "work", "person")


# An aside item that names a job ("ClassicaLoid episode director") or a song ("Jujutsu Kaisen
# opening"), not a work
_NOT_A_WORK = re.compile(r"\b(?:director|designer|producer|writer|composer|supervisor|creator|opening|ending"
                         r"|episode|on|franchise|seasons?)\b")


def works_in_parentheses(reader: Reader, s: Sentence) -> None:
    for match in IN_PARENTHESES.finditer(s.text):
        person = _full_name(reader, match["p"])
        if not person:
            continue
        # " , " between titles where a title may hold a comma ("Hurt, so I'll ..."), else ","
        items = match["works"].split(" , ") if " , " in match["works"] else match["works"].split(",")
        characters = reader.known.get("character", set())
        for work in (w.strip(" ,.") for w in items):
            if work[:1].isupper() and not _NOT_A_WORK.search(work) and work not in characters:
                reader.add("worked_on", person, work, "work", "person")


def _full_name(reader: Reader, name: str) -> str:
    """A person the rules know as a maker, or their surname alone ("Aimoto"); a title that
    looks like a name ("Mugen Train (Kimetsu no Yaiba ...)") is none."""
    people = reader.known.get("person", set())
    if name in people:
        return name
    return next((p for p in sorted(people) if p.endswith(f" {name}")), "") if " " not in name else ""


def _works(text: str) -> list[str]:
    return [re.sub(r" (?:shows?|series|films?|anime)$", "", w) for w in split_list(text)]


def cast(reader: Reader, s: Sentence) -> None:
    for match in STARS_AS.finditer(s.text):
        actor, character, role = match["a"], match["c"], match["d"]
        reader.add("cast", character, actor, "person", "character")
        if len(character.split()) > 1:
            reader.add("full_name", character, character, "name", "character")
        if "lead" in role.split():
            reader.add("protagonist", reader.show, character, "character")
        elif role.split()[-1] in _COMPANIONS:
            lead = next(iter(reader.names("lead", s.text)), "") or _lead(reader)
            reader.add("companion", lead, character, "character", "character")


def _lead(reader: Reader) -> str:
    leads = [f.value for f in reader.facts if f.relation == "protagonist"]
    return leads[-1] if leads else ""


RULES = [
    staff_list, role_is_name, work_by_director, roles_in_brackets, titled_credits, earlier_works,
    works_in_parentheses, cast,
]
