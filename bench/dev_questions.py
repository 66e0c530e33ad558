"""The questions `quiz generate` writes from the dev to dev6 articles of
tests/fixtures/show_names.yaml, for an editor to read.

    python -m bench.dev_questions [--add-unjudged] [--quiet]

Each dev to dev6 entry (a real article's headline and opening paragraphs) becomes a source file
as an author would drop it into `questions/sources/` (bench/show_names.py's `as_source`
shape: the headline in front matter, the text as body), all of them at once beside the
bank's own articles in a temporary copy of the bank; then `quiz generate` runs on that copy.
Prints every question citing a dev article, grouped by article, with its answer, choices,
cited sentence and the verdict recorded in bench/dev_judgements.yaml (same format as
bench/article_judgements.yaml; `--add-unjudged` writes a null stub for every question
without a current verdict), then the totals. The holdout entries are never read.
Deterministic: the same code and fixtures print the same lines.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import article_judgements  # noqa: E402
from bench.show_names import labelled  # noqa: E402
from quiz.bank import load_bank  # noqa: E402
from quiz.bank.generate import write  # noqa: E402
from quiz.bank.model import Question  # noqa: E402
from quiz.bank.review import content_hash  # noqa: E402
from quiz.bank.show import find_show  # noqa: E402
from quiz.bank.workers import generate  # noqa: E402

SPLITS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6")  # never the holdout: its articles are not read
JUDGEMENTS = Path(__file__).resolve().parent / "dev_judgements.yaml"
HEADER = """\
# An editor's verdicts on the questions bench/dev_questions.py generates from the dev to dev6
# articles of tests/fixtures/show_names.yaml: publishable unchanged (true) or not
# (false, with a reason naming the mechanism), or null while waiting for a reader. A verdict
# counts while the question's content hash is the one here; see bench/article_judgements.py.
"""


def source_text(entry: dict) -> str:
    """The file an author would save: the headline in front matter, the article as body."""
    title = json.dumps(entry["headline"])
    return f"---\nid: {entry['id']}\ntitle: {title}\norigin: {entry['id']}.txt\n---\n" + entry["text"]


def dev_entries() -> list[dict]:
    return [e for e in labelled() if e["split"] in SPLITS]


def generated(entries: list[dict]) -> tuple[dict[str, list[Question]], dict[str, str]]:
    """Article id -> the questions citing it, and article id -> the show find_show gives."""
    with tempfile.TemporaryDirectory() as workdir:
        bank = Path(workdir) / "questions"
        shutil.copytree(ROOT / "questions", bank)
        for entry in entries:
            (bank / "sources" / f"{entry['id']}.md").write_text(source_text(entry), encoding="utf-8")
        write(bank, generate(bank))
        loaded = load_bank(bank)
    ids = [e["id"] for e in entries]
    citing: dict[str, list[Question]] = {aid: [] for aid in ids}
    for question in sorted(loaded.questions, key=lambda q: q.id):
        cited = [c.source for c in question.sources if c.source in citing]
        if cited:
            citing[cited[0]].append(question)
    shows = {aid: find_show(loaded.sources[aid])[0] for aid in ids}
    return citing, shows


def _answer(question: Question) -> str:
    answer = question.answer
    return " → ".join(map(str, answer)) if isinstance(answer, tuple) else str(answer)


def question_lines(question: Question, verdict: article_judgements.Verdict | None) -> list[str]:
    digest = content_hash(question)
    if verdict is None or verdict.hash != digest or verdict.publishable is None:
        said = "unjudged"
    else:
        said = "publishable" if verdict.publishable else f"NOT publishable: {verdict.reason}"
    lines = [
        f"  - {question.id} ({question.type}) {question.prompt}",
        f"      answer: {_answer(question)}   [{said}]",
    ]
    if question.choices:
        lines.append("      choices: " + " | ".join(question.choices))
    lines += [f'      quote: "{c.quote}"' for c in question.sources]
    return lines


def main(argv: list[str]) -> int:
    entries = dev_entries()
    citing, shows = generated(entries)
    verdicts = article_judgements.read(JUDGEMENTS)
    totals = {split: [0, 0, 0, 0] for split in SPLITS}  # articles asking, questions, publishable, judged
    for entry in entries:
        aid, questions = entry["id"], citing[entry["id"]]
        counts = totals[entry["split"]]
        counts[0] += bool(questions)
        for question in questions:
            verdict = article_judgements.current(verdicts, question.id, content_hash(question))
            counts[1] += 1
            counts[2] += verdict is True
            counts[3] += verdict is not None
        if questions and "--quiet" not in argv:
            print(f"## {aid} ({entry['split']}): show {entry['show']!r}, found {shows[aid]!r}")
            print(f"   {entry['headline']}")
            for question in questions:
                print("\n".join(question_lines(question, verdicts.get(question.id))))
    for split, (asking, made, good, judged) in totals.items():
        print(
            f"{split:5} articles {sum(e['split'] == split for e in entries):3}  giving questions {asking:3}"
            f"  questions {made:4}  publishable {good:4}  judged {judged:4}  unjudged {made - judged:4}"
        )
    if "--add-unjudged" in argv:
        rows = [(q.id, aid, content_hash(q)) for aid, qs in citing.items() for q in qs]
        added = article_judgements.add_stubs(verdicts, rows)
        article_judgements.write(verdicts, JUDGEMENTS, HEADER)
        print(f"{added} unjudged questions added to {JUDGEMENTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
