"""A TCP proxy for tests that can freeze: it stops forwarding (without closing anything), the
way a stalled server (SIGSTOP, an overloaded host) looks to a client."""

from __future__ import annotations

import socket
import threading
import time


class FreezingProxy:
    """Forward 127.0.0.1:``port`` to ``upstream``; freeze once ``freeze_after`` bytes went from
    clients to the server (or on :meth:`freeze`)."""

    def __init__(self, upstream: tuple[str, int], freeze_after: int | None = None) -> None:
        self.upstream = upstream
        self.freeze_after = freeze_after
        self.sent = 0
        self.frozen = threading.Event()
        self.frozen_at: float | None = None
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = self._server.getsockname()[1]
        self._sockets: list[socket.socket] = [self._server]
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def freeze(self) -> None:
        if not self.frozen.is_set():
            self.frozen_at = time.monotonic()
            self.frozen.set()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(self.upstream)
            except OSError:
                client.close()
                continue
            self._sockets += [client, server]
            threading.Thread(target=self._pump, args=(client, server, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, False),
                             daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, upstream: bool) -> None:
        while True:
            try:
                data = src.recv(65536)
            except OSError:
                return
            if not data:
                return
            while self.frozen.is_set():  # stalled: hold the bytes, close nothing
                time.sleep(0.05)
            try:
                dst.sendall(data)
            except OSError:
                return
            if upstream:
                with self._lock:
                    self.sent += len(data)
                    if self.freeze_after is not None and self.sent >= self.freeze_after:
                        self.freeze()

    def close(self) -> None:
        self.frozen.clear()
        for s in self._sockets:
            try:
                s.close()
            except OSError:
                pass
