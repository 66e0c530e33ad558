"""How often `find_show` names an article's show, against the show a person wrote down.

Prints, for each article of tests/fixtures/show_names.yaml (split "dev" to "dev8" and
"holdout") and for the train and test articles of tests/fixtures/articles/SPLIT.yaml, what
`find_show` gives and whether it is right (the person's show or another spelling they
accepted), wrong (another non-empty name: every question of the article would name the wrong
show), none (no show found where there is one) or, for an article about no one show, right
when it is "".
Then the totals per split.

    python -m bench.show_names [--quiet] [--details dev,dev2,dev3,dev4,dev5,dev6,dev7,dev8,train]

`--details` lists the articles of the splits named only; without it, those of every split but
the holdout and the test split, whose articles are not read while writing rules: their
totals are enough, and the test split's are never listed.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import yaml

from quiz.bank.corpus import parse_source
from quiz.bank.model import Source
from quiz.bank.show import find_show
from quiz.bank.text import fold

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
OUTCOMES = ("right", "wrong", "none")
SPLITS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "holdout", "train", "test")


def labelled() -> list[dict]:
    """The hand-labelled articles of show_names.yaml."""
    return yaml.safe_load((FIXTURES / "show_names.yaml").read_text(encoding="utf-8"))["articles"]


def as_source(entry: dict) -> Source:
    """A labelled article as the corpus would read it: headline in front matter, text as body."""
    title = json.dumps(entry["headline"])
    front = f"---\nid: {entry['id']}\ntitle: {title}\norigin: {entry['id']}.txt\n---\n"
    return parse_source(Path(f"{entry['id']}.md"), front + entry["text"])


def train_articles(split: str = "train") -> list[tuple[str, Source, list[str]]]:
    """(id, source, the show's names) of the fixture articles of a split ("train" or "test": the
    test ones are only counted, never printed one by one)."""
    folder = FIXTURES / "articles"
    chosen = yaml.safe_load((folder / "SPLIT.yaml").read_text(encoding="utf-8"))[split]
    out = []
    for article in chosen:
        facts = yaml.safe_load((folder / "facts" / f"{article}.yaml").read_text(encoding="utf-8"))
        path = folder / f"{article}.md"
        names = [facts["show"], *(facts.get("aliases") or [])]
        out.append((article, parse_source(path, path.read_text(encoding="utf-8")), names))
    return out


def _key(name: str) -> str:
    """A name as compared: folded, its words only ("Re:Zero" = "Re: Zero")."""
    return " ".join("".join(c if c.isalnum() else " " for c in fold(name)).split())


def outcome(found: str, names: list[str]) -> str:
    """right, wrong or none for a found name against the accepted names (none accepted: "")."""
    accepted = {_key(n) for n in names if n}
    if not found:
        return "right" if not accepted else "none"
    return "right" if _key(found) in accepted else "wrong"


def judged(split: str) -> list[tuple[str, str, str, str]]:
    """(id, found, label, outcome) for one split ("dev" to "dev8", "holdout" or "train")."""
    if split in ("train", "test"):
        rows = train_articles(split)
    else:
        rows = [
            (e["id"], as_source(e), [e["show"], *e.get("also", [])])
            for e in labelled()
            if e["split"] == split
        ]
    out = []
    for aid, source, names in rows:
        found = find_show(source)[0]
        out.append((aid, found, names[0], outcome(found, names)))
    return out


def main(argv: list[str]) -> int:
    # the holdout's only when named: its totals are enough
    details = {"dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "train"}
    if "--quiet" in argv:
        details = set()
    if "--details" in argv[:-1]:
        details = set(argv[argv.index("--details") + 1].split(",")) - {"test"}
    for split in SPLITS:
        rows = judged(split)
        if split in details:
            print(f"== {split}")
            for aid, found, label, result in rows:
                print(f"  {result:5}  {aid}: found {found!r}, label {label!r}")
        totals = Counter(r[3] for r in rows)
        print(f"{split:8} articles {len(rows):3}  " + "  ".join(f"{k} {totals[k]:3}" for k in OUTCOMES))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
