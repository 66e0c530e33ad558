"""Just enough of a browser for the benchmarks: cookies, forms, CSRF tokens.

`Browser` talks HTTP to a running server; `TestBrowser` has the same interface over Flask's
test client (bench/profile_page.py). Forms are read from the pages themselves, so the
benchmarks post exactly the fields the app renders.
"""

from __future__ import annotations

import http.client
from html.parser import HTMLParser
from urllib.parse import urlencode, urlsplit


class Browser:
    """Just enough of a browser: one loopback connection, the session cookie, no redirects."""

    def __init__(self, base_url: str) -> None:
        parts = urlsplit(base_url)
        self.conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, form: dict | None = None) -> tuple[int, dict, str]:
        headers = {"Cookie": self.cookie_header()} if self.cookies else {}
        body = None
        if form is not None:
            body = urlencode(form, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        self.conn.request(method, path, body=body, headers=headers)
        response = self.conn.getresponse()
        page = response.read().decode("utf-8", "replace")
        for value in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = value.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0]
        return response.status, dict(response.headers), page

    def cookie_header(self) -> str:
        # Flask's session cookie: what a browser would send back
        return "; ".join(f"{k}={v}" for k, v in self.cookies.items())

    def close(self) -> None:
        self.conn.close()


class TestBrowser:
    """The same interface over Flask's test client, for profiling in-process."""

    def __init__(self, app) -> None:
        self.client = app.test_client()

    def request(self, method: str, path: str, form: dict | None = None) -> tuple[int, dict, str]:
        response = self.client.open(path, method=method, data=form)
        return response.status_code, dict(response.headers), response.get_data(as_text=True)

    def close(self) -> None:
        pass


class FormReader(HTMLParser):
    """The fields of every <form method="post"> in a page: hidden values, groups, selects."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[dict] = []
        self._select: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and (a.get("method") or "").lower() == "post":
            self.forms.append({"action": a.get("action") or "", "fields": []})
        if not self.forms:
            return
        fields = self.forms[-1]["fields"]
        if tag == "input" and a.get("name"):
            fields.append((a.get("type", "text").lower(), a["name"], a.get("value") or ""))
        elif tag == "select" and a.get("name"):
            self._select = a["name"]
            fields.append(("select", a["name"], []))
        elif tag == "option" and self._select and a.get("value"):
            fields[-1][2].append(a["value"])

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None


def read_forms(page: str) -> list[dict]:
    reader = FormReader()
    reader.feed(page)
    return reader.forms


def csrf_token(page: str) -> str:
    for form in read_forms(page):
        for _kind, name, value in form["fields"]:
            if name == "csrf_token":
                return value
    raise RuntimeError("no csrf_token field in the page")


def fill_form(fields: list[tuple]) -> dict[str, list[str]]:
    """A valid submission: hidden values kept, the first option of each group, a typed word,
    and distinct items for a run of selects (an ordering question's places)."""
    body: dict[str, list[str]] = {}
    used_in_selects = 0
    for kind, name, value in fields:
        if kind in ("hidden",):
            body[name] = [value]
        elif kind in ("radio", "checkbox"):
            body.setdefault(name, [value])
        elif kind in ("text", "search", "number"):
            body[name] = ["42"]
        elif kind == "select":
            options = value
            body[name] = [options[used_in_selects % len(options)]] if options else [""]
            used_in_selects += 1
    return body
