"""Bank speed: generating the whole bank, and `quiz check` of a 10,000-question bank.

    python bench/bank_bench.py [--questions 10000] [--runs 5]

Prints one line per figure with its target. The synthetic bank copies the generated
questions (real prompts, real quotes, so every citation is looked up in the corpus) under
new ids until it holds the number asked for, 500 questions per file.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quiz.bank.files import dump_questions, read_yaml  # noqa: E402
from quiz.bank.load import run_check  # noqa: E402
from quiz.bank.workers import generate  # noqa: E402

QUESTIONS = ROOT / "questions"
PER_FILE = 500


def timed(action, runs: int) -> tuple[float, float, float]:
    """Seconds: (first run, median of the others, least CPU time of the others).

    CPU time is the figure to compare when the machine is busy: wall-clock time then
    includes waiting for a core, and the least of several runs is the one least disturbed.
    """
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        action()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return wall[0], statistics.median(wall[1:] or wall), min(cpu[1:] or cpu)


def cli(folder: Path, *args: str) -> float:
    """Wall-clock seconds of one `quiz` command in a fresh process, start-up included."""
    env = {**os.environ, "QUIZ_QUESTIONS_DIR": str(folder)}
    start = time.perf_counter()
    command = [sys.executable, "-c", "from quiz.cli import main; main()", *args]
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"quiz {' '.join(args)} failed:\n{done.stdout}{done.stderr}")
    return seconds


def synthetic_bank(folder: Path, count: int) -> None:
    """`count` questions made from the generated ones, in files of PER_FILE."""
    shutil.copytree(QUESTIONS / "sources", folder / "sources")
    seeds = []
    for path in sorted((QUESTIONS / "generated").glob("*.yaml")):
        doc, _ = read_yaml(path)
        seeds += [_plain(q) for q in doc["questions"]]
    out = folder / "curated"
    out.mkdir()
    batch: list[dict] = []
    for n in range(count):
        question = dict(seeds[n % len(seeds)])
        question["id"] = f"c-bench-{n:05d}"
        batch.append(question)
        if len(batch) == PER_FILE or n == count - 1:
            name = f"bench-{n // PER_FILE:03d}.yaml"
            (out / name).write_text(dump_questions("bench", batch), encoding="utf-8")
            batch = []


def _plain(value):
    """Located YAML values back to plain dicts and lists, for dumping."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"machine: {os.cpu_count()} cores, load average {load:.1f}")
    files: dict[str, str] = {}
    first, median, cpu = timed(lambda: files.update(generate(QUESTIONS)), args.runs)
    count = sum(text.count("\n  - id: ") for text in files.values())
    print(f"generate whole bank ({count} questions, in process): first {first:.2f} s, "
          f"median {median:.2f} s, best CPU {cpu:.2f} s   (target < 2 s)")
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "questions"
        shutil.copytree(QUESTIONS / "sources", copy / "sources")
        shutil.copy(QUESTIONS / "aliases.yaml", copy / "aliases.yaml")
        print(f"quiz generate (command, fresh process): {cli(copy, 'generate'):.2f} s")

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "questions"
        synthetic_bank(folder, args.questions)
        results = []
        first, median, cpu = timed(lambda: results.append(run_check(folder)), args.runs)
        result = results[-1]
        if result.problems:
            raise SystemExit(f"the synthetic bank has problems, e.g. {result.problems[0]}")
        print(f"quiz check of {result.questions} questions in {result.files} files (in process): "
              f"first {first:.2f} s, median {median:.2f} s, best CPU {cpu:.2f} s   (target < 3 s)")
        print(f"quiz check (command, fresh process): {cli(folder, 'check'):.2f} s")


if __name__ == "__main__":
    main()
