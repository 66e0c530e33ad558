"""gunicorn settings for Rouge Quiz: gunicorn reads ./gunicorn.conf.py when started from this
directory (elsewhere: `gunicorn -c <this file> ...`). Workers, threads and the address stay on
the command line (docs/OPERATIONS.md, "gunicorn")."""

import gc

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
    worker.log.debug("%d objects of the loaded app frozen out of garbage collection", gc.get_freeze_count())
