"""`quiz review`: the local page where an author approves, rejects or edits the drafts."""

from __future__ import annotations

from pathlib import Path

import click


@click.command("review")
@click.option("--port", default=5002, show_default=True, type=int)
def review(port: int) -> None:
    """Approve, reject or edit the generator's drafts on a local page (127.0.0.1 only)."""
    from werkzeug.serving import run_simple

    from quiz.config import defaults, from_environment
    from quiz.review_app import create_review_app

    folder = Path(from_environment().get("QUESTIONS_DIR") or defaults("")["QUESTIONS_DIR"])
    app = create_review_app(folder)
    click.echo(f"Review on http://127.0.0.1:{port}/ (Ctrl+C to stop); "
               f"decisions go to {folder / 'review.yaml'}")
    # bound to this machine only: the page writes the author's files
    run_simple("127.0.0.1", port, app, threaded=True)
