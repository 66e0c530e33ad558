"""A reader's verdicts on the questions generated from the fixture articles, kept in
bench/article_judgements.yaml and counted by bench/article_quality.py:

    judgements:
      <question id>: {article: <id>, hash: '<content hash>', publishable: true, reason: ''}

"Publishable unchanged" needs a person: the right answer to what it asks, about the right
show, in natural English, four options of the same kind, citing the sentence that proves
it. A verdict holds while the question is unchanged: `hash` is the content hash `quiz
review` uses (quiz.bank.review.content_hash: prompt, answer, choices, explanation, quotes),
so a question the generator rewrites comes back unjudged. `publishable: null` is a stub
waiting for a reader (`article_quality.py --add-unjudged` writes one for every question
without a current verdict); `reason` says what is wrong when it is not publishable.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

FILE = Path(__file__).resolve().parent / "article_judgements.yaml"
HEADER = """\
# A reader's verdicts on the questions bench/article_quality.py generates from the fixture
# articles (tests/fixtures/articles/): publishable unchanged (true) or not (false, with a
# reason), or null while waiting for a reader. A verdict counts while the question's
# content hash is the one here; see bench/article_judgements.py.
"""


@dataclass(frozen=True)
class Verdict:
    article: str
    hash: str
    publishable: bool | None
    reason: str = ""


def read(path: Path = FILE) -> dict[str, Verdict]:
    """Question id -> its verdict; an absent file holds none."""
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out = {}
    for qid, entry in (data.get("judgements") or {}).items():
        publishable = entry.get("publishable")
        if publishable not in (True, False, None):
            raise SystemExit(f"{path}: {qid}: publishable must be true, false or null")
        out[str(qid)] = Verdict(str(entry.get("article", "")), str(entry.get("hash", "")), publishable,
                                str(entry.get("reason") or ""))
    return out


def current(verdicts: dict[str, Verdict], qid: str, digest: str) -> bool | None:
    """The verdict on a question as it is now: None when unjudged or changed since."""
    verdict = verdicts.get(qid)
    return verdict.publishable if verdict is not None and verdict.hash == digest else None


def add_stubs(verdicts: dict[str, Verdict], questions: list[tuple[str, str, str]]) -> int:
    """A null verdict for each (id, article, hash) without a current one; how many were added.
    A verdict on an earlier version is replaced, its old word kept in the reason."""
    added = 0
    for qid, article, digest in questions:
        old = verdicts.get(qid)
        if old is not None and old.hash == digest:
            continue
        was = "" if old is None or old.publishable is None else (
            f"earlier version judged {'publishable' if old.publishable else 'not publishable'}"
            f"{': ' + old.reason if old.reason else ''}")
        verdicts[qid] = Verdict(article, digest, None, was)
        added += 1
    return added


def _scalar(value: object) -> str:
    """The value as it stands inside a flow mapping, where a plain comma would end it: dumped
    as the one item of a flow list, whose rules are the mapping's."""
    return yaml.safe_dump([value], default_flow_style=True, width=10_000, allow_unicode=True).strip()[1:-1]


def write(verdicts: dict[str, Verdict], path: Path = FILE, header: str = HEADER) -> None:
    """Rewrite the file, one line a question, grouped by article."""
    lines = [header.rstrip("\n"), "judgements:"]
    article = None
    for qid, verdict in sorted(verdicts.items(), key=lambda item: (item[1].article, item[0])):
        if verdict.article != article:
            article = verdict.article
            lines.append(f"  # {article}")
        lines.append(
            f"  {qid}: {{article: {verdict.article}, hash: '{verdict.hash}', "
            f"publishable: {_scalar(verdict.publishable)}, reason: {_scalar(verdict.reason)}}}"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
