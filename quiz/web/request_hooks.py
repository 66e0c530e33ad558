"""The app's own steps before and after every request, run by one hook each.

Flask calls each before_request and after_request function on its own (and checks each time
whether it is a coroutine), so the steps every request takes, page or not, are gathered
here into one function per side. They are registered before the extensions' hooks:

before: the request's id and start time (quiz.request_log), so that whatever refuses the
        request below still logs and echoes an id; then a path with control characters is
        refused (quiz.web.control_chars); then a request that can change something (a POST)
        has its CSRF token checked by Flask-WTF.
after:  runs last: the response is counted with its latency (quiz.metrics, unless
        QUIZ_METRICS=off), then it gets its X-Request-ID header and access-log line.
"""

from __future__ import annotations

from flask import Flask, Response, request

from quiz import metrics, request_log
from quiz.extensions import csrf
from quiz.web.control_chars import refuse_control_characters


def init_app(app: Flask) -> None:
    """Before the extensions' init_app (the CSRF setting below is read by Flask-WTF's)."""
    counting = metrics.counting(app)
    # Flask-WTF's own hook looks up the view's exemptions on every request, GETs included,
    # and only then looks at the method; here the method comes first, and its protect() is
    # called for exactly the requests its hook would check, with the same exemptions.
    app.config["WTF_CSRF_CHECK_DEFAULT"] = False

    @app.before_request
    def begin_request() -> None:
        request_log.begin()
        refuse_control_characters()
        config = app.config
        if request.method in config["WTF_CSRF_METHODS"] and config["WTF_CSRF_ENABLED"]:
            csrf.protect(apply_exemptions=True)

    @app.after_request
    def finish_request(response: Response) -> Response:
        if counting:
            metrics.count_response(response, request_log.started())
        return request_log.finish(response)
