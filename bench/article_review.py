"""The review sheet of bench/article_quality.py: every question generated from a fixture
article, with its answer, choices and quotes, for a person to mark publishable or not.

"Publishable unchanged" means: the right answer to what it asks, about the right show, in
natural English, four options of the same kind, citing the sentence that proves it. Only a
reader can say that; the sheet puts what the mechanical checks found beside each question
and leaves a box to tick.
"""

from __future__ import annotations

from pathlib import Path

SHEET = "article_quality_review.md"


def _answer(question: dict) -> str:
    if question["type"] == "order":
        return " → ".join(map(str, question["items"]))
    answer = question.get("answer")
    if isinstance(answer, list):
        return "; ".join(map(str, answer))
    return str(answer)


def _verdict(verdict: bool | None, reason: str) -> str:
    if verdict is None:
        return "unjudged (bench/article_judgements.yaml)"
    return "publishable" if verdict else f"not publishable: {reason or 'no reason given'}"


def question_lines(item, verdict: bool | None = None, digest: str = "", reason: str = "") -> list[str]:
    q = item.question
    lines = [
        f"- [{'x' if verdict else ' '}] **{q['id']}** ({q['type']}) {q['prompt']}",
        f"  - verdict: {_verdict(verdict, reason)}; hash {digest}",
        f"  - answer: {_answer(q)}",
    ]
    if q.get("choices"):
        lines.append("  - choices: " + " | ".join(map(str, q["choices"])))
    if q.get("accept"):
        lines.append("  - also accepted: " + " | ".join(map(str, q["accept"])))
    for citation in q["sources"]:
        lines.append(f'  - quote ({citation["source"]}): "{citation["quote"]}"')
    if item.facts:
        lines.append("  - asks listed fact: " + ", ".join(item.facts))
    if not item.names_show:
        lines.append("  - warning: names none of its show's names")
    for flag in item.flags:
        lines.append(f"  - check: {flag}")
    return lines


def article_lines(article: str, entry: dict, meta: dict, title: str) -> list[str]:
    listed, result = entry["listed"], entry["result"]
    lines = [
        f"### {article}",
        "",
        f"{title}  ",
        f"{meta['outlet']}, <{meta['url']}>  ",
        f"show: {listed.show}",
        "",
        "Listed facts:",
        "",
    ]
    for fact in listed.facts:
        ids = result.asked_any[fact.id]
        mark = "x" if ids else " "
        asked = f" (asked by {', '.join(ids)})" if ids else ""
        lines.append(f"- [{mark}] {fact.id}: {fact.question} → {' / '.join(fact.answers)}{asked}")
    lines += ["", f"Generated questions ({len(result.judged)}):", ""]
    for item in result.judged:
        qid = item.question["id"]
        verdict = entry["verdicts"].get(qid)
        reason = entry["reasons"].get(qid, "") if verdict is False else ""
        lines += question_lines(item, verdict, entry["digests"].get(qid, ""), reason)
    return lines + [""]


def write_review(result: dict, parts: dict[str, list[str]], shown: list[str], meta: dict, out: Path) -> Path:
    lines = [
        "# Generated questions on the fixture articles",
        "",
        "A question is publishable unchanged when it gives the right answer to what it asks,",
        "about the right show, in natural English, with four options of the same kind, citing",
        "the sentence that proves it. Record each verdict in bench/article_judgements.yaml",
        "(`python bench/article_quality.py --add-unjudged` writes a stub for each unjudged",
        "question; set `publishable: true` or `false` with a reason); a ticked box is a",
        "recorded verdict of publishable on the question as it is now.",
        "",
    ]
    for part in shown:
        lines += [f"## {part} split", ""]
        for article in parts[part]:
            title = result["sources"][article].title
            lines += article_lines(article, result["articles"][article], meta[article], title)
    out.mkdir(parents=True, exist_ok=True)
    sheet = out / SHEET
    sheet.write_text("\n".join(lines), encoding="utf-8")
    return sheet
