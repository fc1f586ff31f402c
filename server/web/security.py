"""Headers and request guards that apply to every route.

* Every response, a 404 or a CSRF refusal included, carries a Content-Security-Policy
  that forbids inline script, plus the usual anti-framing and no-sniff headers;
  personal data is never cached (:func:`add_security_headers`, a ``before_send`` hook).
* Only the Host names in ``INTERVIEWER_ALLOWED_HOSTS`` are served (400 otherwise), so
  a DNS-rebinding page cannot use the server from a visitor's machine.
* ``X-Forwarded-For`` and ``X-Forwarded-Proto`` are believed only from the proxies
  in ``INTERVIEWER_TRUSTED_PROXIES`` (none by default): a client cannot choose the
  address its rate limits are counted against.
* The JSON API takes only ``application/json`` bodies. A browser cannot send
  that cross-site without a CORS preflight, which this app never grants, so a
  script elsewhere cannot drive the API with a visitor's cookie. Any API request
  a browser marks as from another site (``Sec-Fetch-Site``; a link that would
  start an export included) is refused, and so is every unsafe request, form
  posts included, whose ``Origin`` is not this host and port.
* The HTML forms (log in, register, log out) carry a CSRF token as well; see
  :data:`CSRF_EXCLUDE` for the paths Litestar's CSRF middleware leaves to the
  rules above.
* A path with a control character (NUL, newline) is a 404 before any handler.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

from litestar.enums import ScopeType
from litestar.types import ASGIApp, HTTPScope, Message, Receive, Scope, Send

CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "object-src 'none'",
    ]
)

SECURITY_HEADERS: list[tuple[bytes, bytes]] = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]

CSRF_EXCLUDE = ["^/api/", "^/schema", "^/health$", "^/static/"]

_UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key == name:
            return value.decode("latin-1")
    return None


async def _refuse(send: Send, status: int, detail: str) -> None:
    body = json.dumps({"status_code": status, "detail": detail}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                *SECURITY_HEADERS,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body, "more_body": False})


def _same_origin(scope: Scope, origin: str) -> bool:
    host = _header(scope, b"host")
    if origin == "null" or host is None:
        return False
    return urlsplit(origin).netloc.lower() == host.lower()


def add_security_headers(message: Message, scope: Scope) -> None:
    """``before_send`` hook: the security headers on every HTTP response."""
    if message["type"] != "http.response.start":
        return
    headers: list[Any] = list(message.get("headers", []))
    present = {bytes(k).lower() for k, _ in headers}
    headers.extend(h for h in SECURITY_HEADERS if h[0] not in present)
    if not str(scope.get("path", "")).startswith("/static/") and b"cache-control" not in present:
        headers.append((b"cache-control", b"no-store"))
    message["headers"] = headers


def host_allowed(host: str | None, allowed: list[str]) -> bool:
    """Whether a Host header (port and letter case aside) names this server."""
    if not host:
        return False
    name = host.strip().lower()
    if name.startswith("["):  # [::1]:8000
        name = name[: name.find("]") + 1] if "]" in name else name
    elif name.count(":") == 1:
        name = name.split(":", 1)[0]
    name = name.strip("[]")
    for entry in allowed:
        entry = entry.lower().strip("[]")
        if entry == "*" or name == entry:
            return True
        if entry.startswith("*.") and name.endswith(entry[1:]):
            return True
    return False


class SecurityMiddleware:
    """Checks the Host header, applies trusted proxy headers, guards the JSON API's
    unsafe methods."""

    def __init__(self, app: ASGIApp, allowed_hosts: list[str], trusted_proxies: list[str]) -> None:
        self.allowed_hosts = allowed_hosts
        self.app: ASGIApp = app
        if trusted_proxies:
            from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

            # uvicorn and Litestar type the same ASGI protocol with their own TypedDicts,
            # which mypy cannot match up; the middleware is a plain ASGI app.
            self.app = ProxyHeadersMiddleware(app, trusted_hosts=trusted_proxies)  # type: ignore[arg-type, assignment]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != ScopeType.HTTP:
            await self.app(scope, receive, send)
            return
        if not host_allowed(_header(scope, b"host"), self.allowed_hosts):
            await _refuse(
                send,
                400,
                "This server does not answer to that host name; see INTERVIEWER_ALLOWED_HOSTS.",
            )
            return
        path: str = scope["path"]
        if any(ord(ch) < 32 or ord(ch) == 127 for ch in path):
            await _refuse(send, 404, "Not found.")  # a NUL or newline is never in our paths
            return
        problem = self._origin_problem(scope) if scope["method"] in _UNSAFE else None
        if problem is None and path.startswith("/api/"):
            problem = self._api_problem(scope)
        if problem is not None:
            await _refuse(send, *problem)
            return
        await self.app(scope, receive, send)

    @staticmethod
    def _origin_problem(scope: HTTPScope) -> tuple[int, str] | None:
        """A form post or API call a browser made from another site or origin (another
        port of this host included) is refused: no log-in CSRF, no forged log-out."""
        if _header(scope, b"sec-fetch-site") in ("cross-site", "same-site"):
            return 403, "Requests from another site are refused."
        origin = _header(scope, b"origin")
        if origin is not None and not _same_origin(scope, origin):
            return 403, "Requests from another origin are refused."
        return None

    @staticmethod
    def _api_problem(scope: HTTPScope) -> tuple[int, str] | None:
        """Any API request a browser marks as from another site (a GET that would start an
        export and write audit entries included); unsafe methods need a JSON body. (Their
        origin was checked by :meth:`_origin_problem` first.)"""
        if _header(scope, b"sec-fetch-site") in ("cross-site", "same-site"):
            return 403, "Requests to the API from another site are refused."
        if scope["method"] not in _UNSAFE:
            return None
        content_type = (_header(scope, b"content-type") or "").split(";")[0].strip().lower()
        length = _header(scope, b"content-length")
        chunked = (_header(scope, b"transfer-encoding") or "").lower() == "chunked"
        has_body = chunked or (length is not None and length.strip() not in ("", "0"))
        if content_type == "application/json":
            return None
        if not content_type and not has_body:
            return None  # e.g. POST .../confirm with no body at all
        return 415, "The API takes only application/json bodies; send JSON with that Content-Type."
