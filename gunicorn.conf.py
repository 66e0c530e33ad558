"""gunicorn settings for Rouge Quiz: gunicorn reads ./gunicorn.conf.py when started from this
directory (elsewhere: `gunicorn -c <this file> ...`). Workers, threads and the address stay on
the command line (docs/OPERATIONS.md, "gunicorn")."""

import gc
import os
import shutil
import tempfile
from pathlib import Path

# Each worker listens on a socket of its own (SO_REUSEPORT) and the kernel deals incoming
# connections out among them. On one shared socket, the connections of a burst went to
# whichever worker woke first: 31 of 32 to one worker while others idled, and a browser
# keeps its connection, so they stayed there.
reuse_port = True


def post_worker_init(worker):
    # The app and its question bank, some 100,000 objects, live as long as the worker. Moved
    # out of the garbage collector's generations once loaded, they are no longer walked by
    # every full collection: that walking was a twentieth of an answer POST's time.
    gc.collect()
    gc.freeze()
    # At info level: with reuse_port a worker's socket listens before its app is loaded, and the
    # connections the kernel deals it wait until this line; it tells an operator (and the
    # tests) when a new or replaced worker can serve.
    worker.log.info("Worker ready: %d objects of the loaded app frozen out of garbage collection",
                    gc.get_freeze_count())


# --- metrics and the access log (quiz.metrics, quiz.request_log) -----------------------------

# Every worker writes its Prometheus counters to files in this folder and /metrics adds them
# up. Set here, before any worker imports prometheus_client, which reads it once.
MADE_METRICS_DIR = not os.environ.get("PROMETHEUS_MULTIPROC_DIR")
if MADE_METRICS_DIR:
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="quiz-metrics-")
METRIC_FILES = ("counter_*.db", "gauge_*.db", "histogram_*.db", "summary_*.db")

# With --access-logfile - (or accesslog = "-"), each line ends with the request id the app
# echoed in its X-Request-ID response header.
access_log_format = '%(h)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s %(M)sms request_id=%({x-request-id}o)s'


def on_starting(server):
    # counts left by an earlier run in the same folder would be added to this one's
    folder = Path(os.environ["PROMETHEUS_MULTIPROC_DIR"])
    for stale in (path for pattern in METRIC_FILES for path in folder.glob(pattern)):
        stale.unlink()


def on_exit(server):
    if MADE_METRICS_DIR:
        shutil.rmtree(os.environ["PROMETHEUS_MULTIPROC_DIR"], ignore_errors=True)


def child_exit(server, worker):
    # a dead worker's gauges go; its counters stay counted (prometheus_client's rule)
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)
