"""How the client talks HTTP: which server addresses are safe, and which requests may be retried.

Retries happen in urllib3, below requests, with backoff and Retry-After. Only requests that are safe to
send twice go through the retrying path: the idempotent methods, and POSTs that carry an
`Idempotency-Key` (the service answers a repeat with the first result instead of acting twice).
"""

from __future__ import annotations

import ipaddress
import urllib.parse
from collections.abc import Mapping
from typing import Any

import requests
from requests.adapters import BaseAdapter, HTTPAdapter
from urllib3.response import BaseHTTPResponse
from urllib3.util.retry import Retry

from desk_app.client.errors import RESPONSE_TOO_LARGE, BadResponse, InsecureServerError

IDEMPOTENT_METHODS = frozenset({"GET", "PUT", "DELETE", "HEAD", "OPTIONS"})
RETRY_STATUSES = (502, 503, 504)
IDEMPOTENCY_HEADER = "Idempotency-Key"
MAX_RESPONSE_BYTES = 64 * 1024 * 1024  # far above any answer of the contract (a ticket of long messages)
READ_CHUNK = 256 * 1024


class CappedRetry(Retry):
    """urllib3's `Retry`, but a Retry-After longer than `MAX_RETRY_AFTER` is not slept through.

    A worker thread should not sleep for an hour because a proxy said so; after the cap the retry
    happens anyway, and if the service is still down the caller gets `ServiceUnavailable`.
    """

    MAX_RETRY_AFTER = 30.0

    def get_retry_after(self, response: BaseHTTPResponse) -> float | None:
        seconds = super().get_retry_after(response)
        return None if seconds is None else min(seconds, self.MAX_RETRY_AFTER)


def retry_policy() -> Retry:
    """Three retries with backoff on connection errors and 502/503/504, honouring Retry-After."""
    return CappedRetry(
        total=3,
        backoff_factor=0.3,
        status_forcelist=RETRY_STATUSES,
        allowed_methods=IDEMPOTENT_METHODS | {"POST"},
        respect_retry_after_header=True,
        raise_on_status=False,  # the last 5xx response comes back and becomes a typed error
    )


def may_retry(method: str, headers: Mapping[str, str]) -> bool:
    """Whether sending this request twice is harmless."""
    method = method.upper()
    return method in IDEMPOTENT_METHODS or (method == "POST" and bool(headers.get(IDEMPOTENCY_HEADER)))


class RoutingAdapter(BaseAdapter):
    """Sends each request through a retrying adapter if it may be retried, else through a plain one."""

    def __init__(self, retry: Retry | None = None) -> None:
        super().__init__()
        self.retrying = HTTPAdapter(max_retries=retry if retry is not None else retry_policy())
        self.once = HTTPAdapter(max_retries=0)

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        adapter = self.retrying if may_retry(request.method or "GET", request.headers) else self.once
        return adapter.send(request, **kwargs)

    def close(self) -> None:
        self.retrying.close()
        self.once.close()


def read_capped(response: requests.Response, limit: int = MAX_RESPONSE_BYTES) -> None:
    """Reads a streamed response's body into it, refusing one over `limit` bytes (a broken proxy, a hostile
    server) before it fills the memory; `.json()` and `.text` then work on what was read.

    A connection cut mid-body raises requests' own exception (the caller turns it into ServiceUnavailable).
    """
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit:
        response.close()
        raise BadResponse(response.status_code, RESPONSE_TOO_LARGE, f"the answer declares {declared} bytes")
    chunks, size = [], 0
    for chunk in response.iter_content(READ_CHUNK):
        size += len(chunk)
        if size > limit:
            response.close()
            raise BadResponse(response.status_code, RESPONSE_TOO_LARGE, f"the answer is over {limit} bytes")
        chunks.append(chunk)
    response._content = b"".join(chunks)  # what requests itself fills in when it reads a body (not streamed)


def check_base_url(base_url: str) -> str:
    """The server's root URL without a trailing slash; refuses addresses that would leak tokens.

    Plain http is allowed only to loopback (127.0.0.0/8, ::1, localhost), where nothing crosses a
    network. User names or passwords in the URL, queries and fragments are refused too.
    """
    parts = urllib.parse.urlsplit(base_url.strip())
    try:
        host = parts.hostname
        parts.port  # noqa: B018  (raises ValueError on a bad port)
    except ValueError:
        raise InsecureServerError("the server address has an invalid port") from None
    if parts.scheme not in ("https", "http") or not host:
        raise InsecureServerError("the server address must start with https:// and name a host")
    if parts.username is not None or parts.password is not None:
        raise InsecureServerError("the server address must not contain a user name or password")
    if parts.query or parts.fragment:
        raise InsecureServerError("the server address must not contain a query or fragment")
    if parts.scheme == "http" and not is_loopback(host):
        raise InsecureServerError(
            f"refusing plain http:// to {host}: tokens would cross the network unencrypted; use https://"
        )
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), "", ""))


def is_loopback(host: str) -> bool:
    """Whether `host` is this machine: localhost, 127.0.0.0/8 or ::1."""
    if host.lower().rstrip(".") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
