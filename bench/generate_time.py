"""How long `quiz generate` takes on every article: the bank's and the fixture articles.

    python bench/generate_time.py [--runs 7] [--against OTHER_CHECKOUT]

Copies the bank to a temporary folder twice, once as it is and once with the fixture
articles of tests/fixtures/articles/ added to sources/, and runs `quiz generate` in each,
alternating, as a command (a fresh interpreter, imports included, as an author runs it).
Prints the median, fastest and slowest wall time of each, and the CPU time the command
used (user + system), which a busy machine inflates far less than wall time; the load
average is printed beside them. The target: under 2 s with all the articles.

Each bank is also read with `quiz generate --jobs 1` (one process, where the default reads
the shows on every core), so that what the second core gives is seen beside it.
With `--against`, the same runs are made with another checkout's code as well (its `quiz`
package put first on the import path), alternating with this one's, so that a change is
measured against what it replaces under the same load.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "articles"
TARGET = 2.0


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_generate(questions: Path, code: Path = ROOT, *options: str) -> tuple[float, float]:
    """One `quiz generate` on a questions folder: (wall seconds, CPU seconds)."""
    env = {**os.environ, "QUIZ_QUESTIONS_DIR": str(questions), "PYTHONPATH": str(code)}
    # an author's command runs with the bytecode Python caches on first import; a shell that
    # turns the cache off would time compiling every module on each run instead
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # the console script's entry point; a checkout older than it had only the Flask group
    entry = ("from quiz.__main__ import run; run()" if (code / "quiz" / "__main__.py").exists()
             else "from quiz.cli import main; main()")
    command = [sys.executable, "-c", entry, "generate", *options]
    cpu, start = children_cpu(), time.perf_counter()
    done = subprocess.run(command, env=env, cwd=code, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"quiz generate failed:\n{done.stderr}")
    return wall, children_cpu() - cpu


def banks(workdir: Path) -> dict[str, Path]:
    """The bank as it is, and the bank with every fixture article added."""
    alone, grown = workdir / "bank" / "questions", workdir / "all" / "questions"
    for folder in (alone, grown):
        shutil.copytree(ROOT / "questions", folder)
    for path in sorted(FIXTURES.glob("*.md")):
        shutil.copy(path, grown / "sources" / path.name)
    return {"the bank's 5 articles": alone, f"all {len(list(grown.glob('sources/*.md')))} articles": grown}


def describe(name: str, runs: list[tuple[float, float]]) -> str:
    walls, cpus = [w for w, _ in runs], [c for _, c in runs]
    return (f"{name:<22} wall median {statistics.median(walls):5.2f} s (fastest {min(walls):.2f}, "
            f"slowest {max(walls):.2f})   CPU median {statistics.median(cpus):5.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--against", type=Path, help="another checkout to measure in the same runs")
    args = parser.parse_args()
    codes = {"": (ROOT,), "--jobs 1: ": (ROOT, "--jobs", "1"),
             **({"other: ": (args.against.resolve(),)} if args.against else {})}
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as workdir:
        folders = banks(Path(workdir))
        for folder in folders.values():
            for code in codes.values():
                run_generate(folder, *code)  # warm the file cache and the bytecode, unmeasured
        results: dict[str, list[tuple[float, float]]] = {
            label + name: [] for name in folders for label in codes}
        for _ in range(args.runs):
            for name, folder in folders.items():  # alternating, so all meet the same load
                for label, code in codes.items():
                    results[label + name].append(run_generate(folder, *code))
    print(f"`quiz generate`, {args.runs} runs each, alternating; load average "
          f"{load_before:.1f} before, {os.getloadavg()[0]:.1f} after, on {os.cpu_count()} cores")
    for name, runs in results.items():
        print(describe(name, runs))
    everything = results[list(folders)[-1]]  # this code, all articles, on every core
    wall, cpu = statistics.median(w for w, _ in everything), statistics.median(c for _, c in everything)
    print(f"all articles: median {wall:.2f} s wall, {'under' if wall < TARGET else 'OVER'} the "
          f"{TARGET:.0f} s target; CPU {cpu:.2f} s, {'under' if cpu < TARGET else 'OVER'} it "
          f"(wall time on a busy machine counts the waits for a core)")


if __name__ == "__main__":
    main()
