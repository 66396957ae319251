"""URL fetching: private addresses refused, timeouts, redirects and size caps."""
from __future__ import annotations

import http.server
import socket
import threading
import time

import pytest

from lesart.fetch import FetchError, FetchOptions, fetch

PAGE = b"<html><head><title>Lokal</title></head><body><p>Ein Absatz.</p></body></html>"


class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
        elif self.path == "/big":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<p>x</p>" * 200_000)
        elif self.path == "/redirect":
            self.send_response(301)
            self.send_header("Location", "/page")
            self.end_headers()
        else:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            self.wfile.write(PAGE)


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture()
def silent_server():
    """Accepts connections and never answers."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(5)
    yield f"http://127.0.0.1:{sock.getsockname()[1]}/"
    sock.close()


LOCAL = FetchOptions(timeout=2, allow_private=True)


def test_loopback_is_refused_by_default(server):
    with pytest.raises(FetchError, match="private/loopback"):
        fetch(server + "/page")
    with pytest.raises(FetchError, match="private/loopback"):
        fetch("http://127.0.0.1/")


def test_fetch_with_allow_private(server):
    got = fetch(server + "/page", LOCAL)
    assert got.body == PAGE and got.charset == "utf-8"


def test_redirects_followed_and_limited(server):
    assert fetch(server + "/redirect", LOCAL).url.endswith("/page")
    with pytest.raises(FetchError, match="redirects"):
        fetch(server + "/loop", LOCAL)


def test_size_cap(server):
    with pytest.raises(FetchError, match="too large"):
        fetch(server + "/big", FetchOptions(timeout=5, max_bytes=100_000, allow_private=True))


def test_a_url_that_never_answers_times_out(silent_server):
    t0 = time.monotonic()
    with pytest.raises(FetchError, match="no answer within 1 s"):
        fetch(silent_server, FetchOptions(timeout=1, allow_private=True))
    assert time.monotonic() - t0 < 5


def test_other_schemes_are_refused():
    with pytest.raises(FetchError, match="scheme"):
        fetch("file:///etc/passwd")
