"""/metrics under gunicorn: every worker's counts in one scrape, a restarted worker's kept."""

from __future__ import annotations

import os
import re
import signal
import time
from collections import Counter

import requests
from live_server import base_env, gunicorn, upgrade_database
from prometheus_client.parser import text_string_to_metric_families

ACCESS = re.compile(r"^<(\d+)> GET /healthz 200$", re.M)
REQUESTS = 60


def healthz_count(url: str) -> float:
    """quiz_http_requests_total for GET /healthz 200, as a Prometheus server scrapes it."""
    text = requests.get(url + "/metrics", timeout=10).text
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == "quiz_http_requests_total" and sample.labels == {
                "endpoint": "health.healthz", "method": "GET", "status": "200",
            }:
                return sample.value
    return 0.0


def served_by(server, start: int, expected: int) -> Counter:
    """Which worker (pid) answered each /healthz since log offset `start`."""
    deadline = time.monotonic() + 10
    while len(ACCESS.findall(server.log_text()[start:])) < expected and time.monotonic() < deadline:
        time.sleep(0.1)
    return Counter(ACCESS.findall(server.log_text()[start:]))


def counted_and_served(server) -> tuple[float, int]:
    """(the scraped /healthz count, the /healthz requests the access log shows served), once
    they agree or after 10 s. The log is the reference, not the requests this test sent: a
    start-up probe that timed out on a slow machine may still be served, and counted, later."""
    deadline = time.monotonic() + 10
    while True:
        counted, served = healthz_count(server.url), len(ACCESS.findall(server.log_text()))
        if counted == served or time.monotonic() > deadline:
            return counted, served
        time.sleep(0.1)


def spread_requests(url: str, count: int) -> None:
    # a new connection each, so the kernel deals them out among the workers (reuse_port)
    for _ in range(count):
        assert requests.get(url + "/healthz", headers={"Connection": "close"}, timeout=10).status_code == 200


def test_counts_from_every_worker_add_up_and_outlive_a_worker(tmp_path):
    env = base_env(f"sqlite:///{tmp_path / 'quiz.sqlite'}")
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)  # gunicorn.conf.py makes the folder itself
    upgrade_database(env)
    with gunicorn(env, tmp_path / "server.log", workers=3) as server:
        start = len(server.log_text())
        spread_requests(server.url, REQUESTS)
        workers = served_by(server, start, REQUESTS)
        # spread out (the start-up probe's line may land late in the log, hence >=)
        assert sum(workers.values()) >= REQUESTS and len(workers) >= 2, workers
        counted, served = counted_and_served(server)
        assert counted == served >= REQUESTS

        # a worker that exits (here killed; also max_requests, a timeout) is replaced, and
        # what it had counted is still in the total
        os.kill(int(workers.most_common(1)[0][0]), signal.SIGKILL)
        server.wait_until_ready(4)  # the three first and the one that replaces the killed one
        spread_requests(server.url, 10)
        after = counted_and_served(server)
        assert after[0] == after[1] >= served + 10, server.log_text()[-2000:]
