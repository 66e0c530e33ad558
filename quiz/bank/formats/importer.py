"""Turn a Moodle XML, GIFT, Aiken or Open Trivia DB file into a curated question file.

Parse, give every question a unique id, cite the corpus sentence that proves its answer, then
run the validator over the result, so that an import either writes a file `quiz check`
accepts (apart from uncited questions, which it lists) or reports every problem at a line of
the input and writes nothing.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from quiz.bank.cite import best_citation
from quiz.bank.corpus import load_sources
from quiz.bank.files import Mapping, Sequence, dump_questions, read_yaml
from quiz.bank.formats import Draft, LineProblem, number_text, parse
from quiz.bank.formats.text import escape_markup
from quiz.bank.load import bank_files
from quiz.bank.validate import ID_PATTERN, TOPIC_PATTERN, FileChecker

ID_PREFIX = "c-"
ID_WORDS_LIMIT = 48  # characters of the prompt kept in a made-up id
UNCITED = "missing field 'sources'"


@dataclass
class Conversion:
    text: str = ""
    drafts: list[Draft] = field(default_factory=list)
    problems: list[LineProblem] = field(default_factory=list)
    notes: list[LineProblem] = field(default_factory=list)

    @property
    def uncited(self) -> list[Draft]:
        return [d for d in self.drafts if not d.sources]


def slugify(text: str, limit: int = ID_WORDS_LIMIT) -> str:
    """`c-` and the prompt's first words as a slug: "Who sings X?" -> "c-who-sings-x"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = ""
    for word in re.findall(r"[a-z0-9]+", ascii_text.lower()):
        longer = f"{slug}-{word}" if slug else word
        if len(longer) > limit:
            slug = slug or word[:limit]
            break
        slug = longer
    return ID_PREFIX + (slug or "question")


def default_topic(output: Path | None) -> str:
    """The output file's name when it is a topic slug ("curated/music.yaml" -> music)."""
    if output is not None and TOPIC_PATTERN.match(output.stem):
        return output.stem
    return "imported"


def taken_ids(questions_dir: Path, output: Path | None) -> set[str]:
    """Ids already in the bank, except those of the file about to be replaced."""
    replaced = output.resolve() if output is not None else None
    ids = set()
    for path in bank_files(questions_dir):
        if path.resolve() == replaced:
            continue
        doc, _ = read_yaml(path)
        items = doc.get("questions") if isinstance(doc, Mapping) else None
        for item in items if isinstance(items, Sequence) else []:
            if isinstance(item, Mapping) and isinstance(item.get("id"), str):
                ids.add(item["id"])
    return ids


def assign_ids(drafts: list[Draft], taken: set[str], path: str) -> list[LineProblem]:
    """Keep an id the format carried when it is a free slug; otherwise make one up."""
    notes = []
    for draft in drafts:
        carried = draft.id if draft.id and ID_PATTERN.match(draft.id) else None
        base = carried or slugify(draft.id or draft.prompt)
        unique, n = base, 2
        while unique in taken:
            unique, n = f"{base[:76]}-{n}", n + 1
        if carried and unique != carried:
            notes.append(LineProblem(path, draft.line, f"id {carried!r} is already used: renamed {unique!r}"))
        draft.id = unique
        taken.add(unique)
    return notes


def explain(draft: Draft) -> str:
    """A plain explanation for formats that carry none (the citation card says the rest)."""
    if draft.type == "truefalse":
        return f"The statement is {'true' if draft.answer else 'false'}."
    if draft.type == "multi":
        return "The right answers are " + ", ".join(draft.answer) + "."
    if draft.type == "number":
        return f"The answer is {number_text(draft.answer)}."
    return f"The answer is {draft.answer}."


def plain_only(draft: Draft, path: str) -> LineProblem | None:
    """Text that reads as HTML in a plain-text format (Aiken's "<Space Dandy>") kept as text."""
    before = (draft.prompt, draft.answer, draft.choices, draft.accept, draft.explanation)
    draft.prompt, draft.explanation = escape_markup(draft.prompt), escape_markup(draft.explanation)
    draft.choices = tuple(escape_markup(c) for c in draft.choices)
    draft.accept = tuple(escape_markup(a) for a in draft.accept)
    if isinstance(draft.answer, str):
        draft.answer = escape_markup(draft.answer)
    elif isinstance(draft.answer, tuple):
        draft.answer = tuple(escape_markup(a) for a in draft.answer)
    if before == (draft.prompt, draft.answer, draft.choices, draft.accept, draft.explanation):
        return None
    return LineProblem(path, draft.line, "text that reads as an HTML tag or entity is kept as "
                                         "text, written with \u2039 \u203a \uff06 for < > &")


def cite(draft: Draft, sources: dict) -> None:
    if draft.sources:
        return
    best = best_citation(sources, draft.prompt, draft.type, draft.answer, draft.accept)
    if best is not None:
        draft.sources = [{"source": best.source, "quote": best.quote}]


def recheck(text: str, path: str, drafts: list[Draft], sources: dict) -> list[LineProblem]:
    """The validator's verdict on the file to be written, at the lines of the input."""
    doc, problems = read_yaml(path, data=text.encode("utf-8"))
    checker = FileChecker(path, sources, {})
    checker.check(doc)
    items = doc.get("questions") if isinstance(doc, Mapping) else None
    starts = [line for line, _ in items.items_at] if isinstance(items, Sequence) else []
    out = []
    for problem in [*problems, *checker.problems]:
        if problem.message.startswith(UNCITED):
            continue  # written as is: `quiz check` lists them until a quote is added
        index = bisect_right(starts, problem.line) - 1
        line = drafts[index].line if 0 <= index < len(drafts) else 1
        out.append(LineProblem(path, line, problem.message))
    return out


def convert(
    text: str, path: str, fmt: str, questions_dir: Path, topic: str, output: Path | None = None,
    **options,
) -> Conversion:
    """The question file for `text`, or the problems that stop it being written."""
    parsed = parse(text, path, fmt, **options)
    result = Conversion(problems=parsed.problems, notes=parsed.notes)
    if result.problems:
        return result
    if not parsed.drafts:
        result.problems.append(LineProblem(path, 1, f"no questions found in this {fmt} file"))
        return result
    sources, _ = load_sources(Path(questions_dir) / "sources")
    result.notes += assign_ids(parsed.drafts, taken_ids(Path(questions_dir), output), path)
    for draft in parsed.drafts:
        result.notes += filter(None, [plain_only(draft, path)])
        draft.explanation = draft.explanation or explain(draft)
        cite(draft, sources)
    result.drafts = parsed.drafts
    header = f"# Imported from {Path(path).name} ({fmt}).\n"
    result.text = dump_questions(topic, [d.to_yaml(topic) for d in parsed.drafts], header)
    result.problems = recheck(result.text, path, parsed.drafts, sources)
    return result


def read_input(path: Path) -> tuple[str | None, LineProblem | None]:
    """The input file's text, or the problem that stops it being read."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, LineProblem(str(path), 1, f"cannot read file: {exc.strerror}")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        message = f"not UTF-8 text (byte 0x{data[exc.start]:02x}); save the file as UTF-8"
        return None, LineProblem(str(path), line, message)


def import_file(
    path: Path, fmt: str, questions_dir: Path, topic: str, output: Path | None = None, **options
) -> Conversion:
    text, problem = read_input(path)
    if problem is not None:
        return Conversion(problems=[problem])
    return convert(text, str(path), fmt, questions_dir, topic, output, **options)


def write_whole(path: Path, text: str) -> None:
    """Write `path` in one step: a reader (or a crash) never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise
