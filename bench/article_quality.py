"""How well `quiz generate` does on articles it was not written for.

    python bench/article_quality.py [--split train|test|all] [--out bench/out]

Copies the bank to a temporary folder, runs `quiz generate` on it as it is, adds the fixture
articles of tests/fixtures/articles/ as sources (all of them, as an author would) and runs
`quiz generate` again. Prints, per fixture article of the split: the facts a person listed,
the facts asked by a question whose answer and cited sentence are right, the questions
generated and how many of them fail a mechanical check (bench/article_checks.py); then the
totals for train and test, and how many questions about the five Metallic Rouge articles
stayed byte for byte the same. Writes a review sheet (markdown) listing every generated
question with its quotes, for a person to judge which are publishable unchanged, and counts
the verdicts a reader has recorded in bench/article_judgements.yaml (bench/article_judgements.py):
a verdict counts while its question is unchanged; the others are reported unjudged.
`--add-unjudged` writes a stub there for each, for the reader to fill in.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from article_fixtures import FOLDER, all_facts, article_paths, index, split  # noqa: E402

from bench import article_judgements  # noqa: E402
from bench.article_checks import judge_article  # noqa: E402
from bench.article_review import write_review  # noqa: E402
from quiz.bank import load_bank  # noqa: E402
from quiz.bank.corpus import load_sources  # noqa: E402
from quiz.bank.review import content_hash  # noqa: E402

QUESTIONS = ROOT / "questions"
HOME_SHOW = ("Metallic Rouge", "Metallic Rogue")  # the show of the five articles of the bank


def run_generate(questions: Path) -> float:
    """`quiz generate` on another questions folder, as CI runs it; returns its wall time."""
    env = {**os.environ, "QUIZ_QUESTIONS_DIR": str(questions)}
    command = [sys.executable, "-c", "from quiz.__main__ import run; run()", "generate"]
    start = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"quiz generate failed:\n{done.stderr}")
    return elapsed


def generated_questions(questions: Path) -> list[dict]:
    out = []
    for path in sorted((questions / "generated").glob("*.yaml")):
        out += yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]
    return out


def home_questions(questions: list[dict], home: set[str]) -> dict[str, str]:
    """The questions citing only the bank's own articles, by id, each as canonical text."""
    return {
        q["id"]: json.dumps(q, sort_keys=True, ensure_ascii=False)
        for q in questions
        if {c["source"] for c in q["sources"]} <= home
    }


def compare_home(before: dict[str, str], after: dict[str, str]) -> dict[str, int]:
    same = sum(1 for qid, text in before.items() if after.get(qid) == text)
    return {
        "before": len(before),
        "unchanged": same,
        "changed": sum(1 for qid in before if qid in after and after[qid] != before[qid]),
        "removed": len(set(before) - set(after)),
        "added": len(set(after) - set(before)),
    }


def measure(workdir: Path, verdicts: dict) -> dict:
    bank = workdir / "questions"
    shutil.copytree(QUESTIONS, bank)
    home = set(load_sources(bank / "sources")[0])
    time_before = run_generate(bank)
    before = home_questions(generated_questions(bank), home)
    for path in article_paths():
        shutil.copy(path, bank / "sources" / path.name)
    time_after = run_generate(bank)
    questions = generated_questions(bank)
    sources, problems = load_sources(bank / "sources")
    if problems:
        sys.exit("\n".join(map(str, problems)))
    digests = {q.id: content_hash(q) for q in load_bank(bank).questions}
    facts = all_facts()
    shows = {article: HOME_SHOW for article in home}
    shows.update({article: listed.names for article, listed in facts.items()})
    articles = {}
    for article, listed in facts.items():
        citing = [q for q in questions if article in {c["source"] for c in q["sources"]}]
        articles[article] = {
            "listed": listed,
            "result": judge_article(citing, sources[article], listed, shows),
            "digests": {q["id"]: digests[q["id"]] for q in citing},
            "verdicts": {q["id"]: article_judgements.current(verdicts, q["id"], digests[q["id"]])
                         for q in citing},
            "reasons": {q["id"]: verdicts[q["id"]].reason for q in citing if q["id"] in verdicts},
        }
    return {
        "articles": articles,
        "home": compare_home(before, home_questions(questions, home)),
        "seconds": (time_before, time_after),
        "sources": sources,
    }


def figures(entry: dict) -> tuple[int, ...]:
    """(listed facts, asked naming the show, asked in any wording, questions, judged
    publishable, judged either way, failing a mechanical check, naming no name of their show)."""
    result, verdicts = entry["result"], entry["verdicts"].values()
    return (
        len(entry["listed"].facts),
        sum(1 for ids in result.asked.values() if ids),
        sum(1 for ids in result.asked_any.values() if ids),
        len(result.judged),
        sum(1 for v in verdicts if v is True),
        sum(1 for v in verdicts if v is not None),
        sum(1 for item in result.judged if item.flags),
        sum(1 for item in result.judged if not item.names_show),
    )


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


def report(result: dict, parts: dict[str, list[str]], shown: list[str]) -> None:
    row = "{:<46} {:>5} {:>5} {:>6} {:>4} {:>9} {:>5} {:>6} {:>6} {:>7} {:>7}"
    print("asked: listed facts asked by a question naming its show, with the right answer and a quote")
    print("of the proving sentence; any: the same in any wording; publ: questions a reader judged")
    print("publishable unchanged (bench/article_judgements.yaml), publ%: of the questions generated;")
    print("judged: with a verdict on the question as it is; failing: a mechanical check; unnamed:")
    print("naming none of their show's names (bench/article_checks.py)")
    for part in shown:
        print(f"\n{part} split")
        print(row.format("article", "facts", "asked", "asked%", "any", "questions", "publ", "publ%",
                         "judged", "failing", "unnamed"))
        for article in parts[part]:
            listed, asked, loose, made, good, judged, failing, unnamed = figures(result["articles"][article])
            cells = (listed, asked, _percent(asked, listed), loose, made, good, _percent(good, made),
                     judged, failing, unnamed)
            print(row.format(article[:46], *cells))
    print("\ntotals  (targets on test: asked >= 60% of the facts, publishable >= 85% of the questions)")
    for part in shown:  # a rule writer's run (--split train) shows nothing of the test split
        totals = [figures(result["articles"][a]) for a in parts[part]]
        listed, asked, loose, made, good, judged, failing, unnamed = (
            sum(col) for col in zip(*totals, strict=True))
        print(
            f"{part:<5}  facts {listed:4}  asked {asked:4} ({_percent(asked, listed).strip()})"
            f"  in any wording {loose:4} ({_percent(loose, listed).strip()})  questions {made:4}"
            f"  publishable {good:4} ({_percent(good, made).strip()} of the questions;"
            f" {_percent(good, judged).strip()} of the {judged} judged, {made - judged} unjudged)"
            f"  failing a mechanical check {failing:4}  naming no show {unnamed:4}"
        )
    home = result["home"]
    print(
        f"\nMetallic Rouge questions unchanged with the fixtures in the bank: {home['unchanged']} of "
        f"{home['before']} ({_percent(home['unchanged'], home['before']).strip()}); changed "
        f"{home['changed']}, gone {home['removed']}, new {home['added']}"
    )
    before, after = result["seconds"]
    print(f"quiz generate: {before:.2f} s on the bank, {after:.2f} s with the fixtures "
          "(one run each; bench/generate_time.py measures it)")


def add_unjudged(result: dict, verdicts: dict, path: Path, articles: list[str]) -> None:
    """A stub in the judgements file for every question of these articles without a current verdict."""
    questions = [(qid, article, digest) for article in sorted(articles)
                 for qid, digest in result["articles"][article]["digests"].items()]
    added = article_judgements.add_stubs(verdicts, questions)
    article_judgements.write(verdicts, path)
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    print(f"{added} unjudged questions added to {shown}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("train", "test", "all"), default="all")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    parser.add_argument("--judgements", type=Path, default=article_judgements.FILE)
    parser.add_argument("--add-unjudged", action="store_true",
                        help="write a stub verdict for every question without a current one")
    args = parser.parse_args()
    parts = split()
    shown = ["train", "test"] if args.split == "all" else [args.split]
    verdicts = article_judgements.read(args.judgements)
    with tempfile.TemporaryDirectory() as workdir:
        result = measure(Path(workdir), verdicts)
    report(result, parts, shown)
    if args.add_unjudged:
        add_unjudged(result, verdicts, args.judgements, [a for part in shown for a in parts[part]])
    sheet = write_review(result, parts, shown, index(), args.out)
    print(f"review sheet: {sheet.relative_to(ROOT) if sheet.is_relative_to(ROOT) else sheet}")
    print(f"fixtures: {FOLDER.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
