"""A TCP forwarder to put between the app and its database, to cut the line and restore it."""

from __future__ import annotations

import contextlib
import socket
import threading


class TcpProxy:
    """Forwards 127.0.0.1:<port> to an upstream address until `cut()`; `restore()` reopens it.

    Cutting closes the listening socket and every open connection, as a database restart or a
    network failure would: new connections are refused, pooled ones are dead.

    Stalling is a database that hangs instead: connections are still accepted, but from then
    on nothing is forwarded on any of them, new or open, until `restore()`; nothing is closed.
    """

    def __init__(self, upstream: tuple[str, int]):
        self.upstream = upstream
        self.port = 0
        self._listener: socket.socket | None = None
        self._open: set[socket.socket] = set()
        self._lock = threading.Lock()
        self._flowing = threading.Event()
        self._flowing.set()
        self._held: list[socket.socket] = []  # accepted while stalled, never forwarded

    def stall(self) -> None:
        self._flowing.clear()

    def restore(self) -> None:
        if not self._flowing.is_set():  # after a stall: forward again, on the same listener
            self._flowing.set()
            with self._lock:
                held, self._held = self._held, []
            for sock in held:
                sock.close()
            return
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self.port = listener.getsockname()[1]
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    start = restore

    def cut(self) -> None:
        self._flowing.set()
        with self._lock:
            doomed = [self._listener, *self._open] if self._listener else list(self._open)
            doomed += self._held
            self._listener = None
            self._open.clear()
            self._held = []
        for sock in doomed:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    stop = cut

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # cut
            if not self._flowing.is_set():
                with self._lock:
                    self._held.append(client)  # accepted, and never answered
                continue
            try:
                server = socket.create_connection(self.upstream, timeout=5)
            except OSError:
                client.close()
                continue
            server.settimeout(None)
            with self._lock:
                if self._listener is not listener:
                    client.close()
                    server.close()
                    return
                self._open.update((client, server))
            for src, dst in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(src, dst), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                self._flowing.wait()  # stalled: hold what came until restore()
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (src, dst):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
