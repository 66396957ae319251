"""Fetching a URL safely: timeout, size cap, few redirects, no private hosts.

A news URL handed to lesart may come from anyone (a crawl, a web form), so by
default we refuse addresses that reach into the machine's own network
(loopback, private, link-local, reserved); ``allow_private`` lifts that for
local testing.  Every redirect target is checked again.
"""
from __future__ import annotations

import ipaddress
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

USER_AGENT = "lesart/0.1 (+https://lesart.invalid; news analysis)"


class FetchError(Exception):
    """The URL could not be fetched; the message says why in one line."""


@dataclass(frozen=True)
class FetchOptions:
    timeout: float = 10.0          # seconds for connect and for each read, and for the whole fetch
    max_bytes: int = 20_000_000
    max_redirects: int = 5
    allow_private: bool = False


@dataclass
class Fetched:
    url: str                       # final URL after redirects
    body: bytes
    content_type: str | None
    charset: str | None


def check_host(url: str, allow_private: bool) -> None:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"unsupported URL scheme {parts.scheme!r} (only http and https)")
    host = parts.hostname
    if not host:
        raise FetchError("URL has no host")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(host, parts.port or (443 if parts.scheme == "https" else 80))
    except socket.gaierror as exc:
        raise FetchError(f"cannot resolve host {host!r}: {exc.strerror}") from None
    for info in infos:
        addr = ipaddress.ip_address(info[4][0].split("%", 1)[0])
        if (addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved
                or addr.is_multicast or addr.is_unspecified):
            raise FetchError(
                f"refused: {host} resolves to a private/loopback/link-local address ({addr}); "
                "use --allow-private to fetch it anyway")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # we follow redirects ourselves, checking each hop
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


def fetch(url: str, options: FetchOptions = FetchOptions()) -> Fetched:
    deadline = time.monotonic() + options.timeout
    for _ in range(options.max_redirects + 1):
        check_host(url, options.allow_private)
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,text/plain;q=0.9,*/*;q=0.5"})
        try:
            response = _OPENER.open(request, timeout=options.timeout)
        except urllib.error.HTTPError as exc:
            if exc.code in (301, 302, 303, 307, 308) and exc.headers.get("Location"):
                url = urllib.parse.urljoin(url, exc.headers["Location"])
                continue
            raise FetchError(f"HTTP {exc.code} {exc.reason}") from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, (socket.timeout, TimeoutError)):
                raise FetchError(f"no answer within {options.timeout:g} s") from None
            raise FetchError(f"cannot connect: {reason}") from None
        except (socket.timeout, TimeoutError):
            raise FetchError(f"no answer within {options.timeout:g} s") from None
        with response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > options.max_bytes:
                raise FetchError(f"too large: {int(declared) / 1e6:.1f} MB > {options.max_bytes / 1e6:.0f} MB limit")
            chunks, size = [], 0
            try:
                while True:
                    if time.monotonic() > deadline:
                        raise FetchError(f"download did not finish within {options.timeout:g} s")
                    chunk = response.read(65536)
                    if not chunk:
                        break
                    size += len(chunk)
                    if size > options.max_bytes:
                        raise FetchError(f"too large: more than {options.max_bytes / 1e6:.0f} MB")
                    chunks.append(chunk)
            except (socket.timeout, TimeoutError):
                raise FetchError(f"no answer within {options.timeout:g} s") from None
            return Fetched(url=response.geturl() or url, body=b"".join(chunks),
                           content_type=response.headers.get_content_type(),
                           charset=response.headers.get_content_charset())
    raise FetchError(f"more than {options.max_redirects} redirects")
