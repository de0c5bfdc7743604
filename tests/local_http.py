"""Small local HTTP servers for tests: a quiet request handler and a server
running in a thread (127.0.0.1, a free port)."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class QuietHandler(BaseHTTPRequestHandler):
    """A handler that logs nothing and answers with `reply`."""

    def reply(self, status: int, mime: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("content-type", mime)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (size limit, timeout): expected, and must not print into later tests

    def log_message(self, *args):
        pass


class LocalServer:
    """`handler` served in a daemon thread; `url` without a trailing slash."""

    def __init__(self, handler: type[BaseHTTPRequestHandler]):
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        # A short poll keeps close() quick (the default waits up to 0.5 s per test).
        threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
