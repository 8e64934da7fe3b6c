"""The client's plumbing: sending a request, turning the answer into a contract model or a typed error,
and keeping the session's tokens fresh (sign-in, silent refresh, sign-out, step-up).

Several worker threads share one client. A 401 for an expired access token triggers one refresh, under
a lock; threads that hit the same 401 meanwhile wait for it and then retry with the new token instead
of refreshing again (a refresh token is good for one use).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import requests
from pydantic import BaseModel, TypeAdapter, ValidationError

from desk_app.client.errors import (
    BAD_RESPONSE,
    ApiError,
    BadResponse,
    InsecureServerError,
    RateLimited,
    ServiceUnavailable,
    SessionExpired,
    ValidationFailed,
    bad_response_from_validation,
    error_from_exception,
    error_from_response,
)
from desk_app.client.tokens import Tokens
from desk_app.client.transport import RoutingAdapter, check_base_url, read_capped
from desk_app.contract import (
    API_PREFIX,
    ErrorCode,
    LoginRequest,
    LoginResponse,
    RefreshRequest,
    StepUpRequest,
    StepUpResponse,
)

log = logging.getLogger(__name__)

T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)
Timeout = float | tuple[float, float]
Params = Mapping[str, str | int]

DEFAULT_TIMEOUT: tuple[float, float] = (3.05, 15)
USER_AGENT = "desk-app"


_ADAPTERS: dict[Any, TypeAdapter[Any]] = {}


def adapter_for(tp: type[T]) -> TypeAdapter[T]:
    """One cached pydantic `TypeAdapter` per response type (a model or e.g. `list[MessageOut]`)."""
    adapter = _ADAPTERS.get(tp)
    if adapter is None:
        adapter = _ADAPTERS.setdefault(tp, TypeAdapter(tp))
    return adapter


def build_request(model: type[M], **fields: Any) -> M:
    """A contract request model; a bad value becomes `ValidationFailed` naming only the field.

    Like every error of the client, it is raised outside the `except` block, so it has no
    `__context__` either: pydantic's error holds the input (a password, a TOTP code).
    """
    failure: ValidationFailed | None = None
    try:
        return model(**fields)
    except ValidationError as exc:
        first = exc.errors(include_url=False, include_input=False)[0]
        field = ".".join(str(part) for part in first["loc"]) or None
        failure = ValidationFailed(None, ErrorCode.validation_error, f"invalid {field}", field)
    raise failure


def _not_signed_in() -> SessionExpired:
    return SessionExpired(None, ErrorCode.unauthenticated, "not signed in")


class BaseClient:
    """Sends requests to the service's `/api/v1` and holds the session's tokens in memory."""

    def __init__(
        self,
        base_url: str,
        *,
        session: requests.Session | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        verify: bool | str = True,
        on_tokens_changed: Callable[[Tokens], None] | None = None,
        reload_tokens: Callable[[], Tokens | None] | None = None,
    ) -> None:
        """`verify` is True or the path of a CA bundle; turning certificate checks off is refused.

        `on_tokens_changed` is called (on the calling worker thread, under the token lock) after a
        sign-in or refresh, so the app can save the new tokens; it must not block for long.
        `reload_tokens` reads the saved tokens back (the keyring): another app instance of the same agent
        may have rotated them, so they are read before a refresh and after a refused one.
        """
        self.base_url = check_base_url(base_url)
        if verify is False:
            raise InsecureServerError("TLS certificate verification cannot be turned off")
        self._owns_session = session is None
        self._session = session if session is not None else requests.Session()
        self._session.mount(self.base_url + "/", RoutingAdapter())
        self._timeout = timeout
        self._verify = verify
        self._on_tokens_changed = on_tokens_changed
        self._reload_tokens = reload_tokens
        self._tokens: Tokens | None = None
        self._auth_lock = threading.RLock()

    # --- lifecycle and tokens ---------------------------------------------------------------------

    def close(self) -> None:
        """Closes the connection pools (and the session, if the client created it)."""
        if self._owns_session:
            self._session.close()

    def __enter__(self) -> BaseClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def tokens(self) -> Tokens | None:
        """The current tokens, or None when not signed in."""
        return self._tokens

    def set_tokens(self, tokens: Tokens | None) -> None:
        """Restores tokens (e.g. from the keyring) or forgets them; `on_tokens_changed` is not called."""
        with self._auth_lock:
            self._tokens = tokens

    # --- auth -------------------------------------------------------------------------------------

    def login(self, username: str, password: str, totp: str) -> LoginResponse:
        """Signs in; keeps the tokens and reports them through `on_tokens_changed`."""
        request = build_request(LoginRequest, username=username, password=password, totp=totp)
        response = self._call("POST", "/auth/login", LoginResponse, body=request, auth=False)
        self._store(Tokens.from_login(response))
        return response

    def refresh(self) -> LoginResponse:
        """Trades the refresh token for new tokens now; `SessionExpired` if the service refuses."""
        with self._auth_lock:
            current = self._tokens
            if current is None:
                raise _not_signed_in()
            return self._refresh_locked(current)

    def logout(self) -> None:
        """Ends the session on the service and forgets the tokens here, even if the service is away."""
        try:
            if self._tokens is not None:
                self._send("POST", "/auth/logout", refresh=False).close()
        except SessionExpired:
            pass  # already over on the service's side
        finally:
            self.set_tokens(None)

    def step_up(self, totp: str) -> StepUpResponse:
        """Confirms the agent with a fresh TOTP code for the calls that need it."""
        request = build_request(StepUpRequest, totp=totp)
        return self._call("POST", "/auth/step-up", StepUpResponse, body=request)

    def _store(self, tokens: Tokens) -> None:
        with self._auth_lock:
            self._tokens = tokens
            if self._on_tokens_changed is None:
                return
            try:
                self._on_tokens_changed(tokens)
            except Exception as exc:  # saving may fail (locked keyring); the session is still good
                log.warning("on_tokens_changed failed: %s", type(exc).__name__)

    def _saved_elsewhere(self, current: Tokens) -> Tokens | None:
        """Tokens another instance of this agent saved since `current` (None: none, or the same)."""
        if self._reload_tokens is None:
            return None
        try:
            saved = self._reload_tokens()
        except Exception as exc:  # a locked keyring: go on with what we have
            log.warning("reload_tokens failed: %s", type(exc).__name__)
            return None
        if saved is None or saved.refresh_token == current.refresh_token:
            return None
        return saved

    def _refresh_locked(self, current: Tokens, reloaded: bool = False) -> LoginResponse:
        """Refreshes; the caller holds the lock. Transient failures keep the tokens for a later try.

        A refused refresh first looks for tokens another instance saved meanwhile (it rotated ours) and
        refreshes those instead, once."""
        ended: SessionExpired | None = None
        try:
            request = build_request(RefreshRequest, refresh_token=current.refresh_token)
            response = self._call("POST", "/auth/refresh", LoginResponse, body=request, auth=False)
        except (ServiceUnavailable, RateLimited, BadResponse):
            raise
        except ApiError as exc:
            ended = SessionExpired(exc.status, exc.code, "the session has ended; sign in again")
        if ended is not None:
            newer = None if reloaded else self._saved_elsewhere(current)
            if newer is not None:
                self._tokens = newer
                return self._refresh_locked(newer, reloaded=True)
            if self._tokens is current:
                self._tokens = None
            raise ended
        self._store(Tokens.from_login(response))
        return response

    def _refresh_after_401(self, used: Tokens) -> None:
        """Refreshes once for all threads that were refused with the same access token."""
        with self._auth_lock:
            current = self._tokens
            if current is None:
                raise _not_signed_in()
            if current.access_token != used.access_token:
                return  # another thread refreshed (or the app restored tokens) meanwhile
            newer = self._saved_elsewhere(current)
            if newer is not None:  # another app instance of this agent rotated them: go on with its tokens
                self._tokens = newer
                if not newer.expired():
                    return
                current = newer
            self._refresh_locked(current)

    # --- requests ---------------------------------------------------------------------------------

    def open_stream(self, path: str, headers: Mapping[str, str], timeout: Timeout) -> requests.Response:
        """Opens a streaming GET (for server-sent events) with the same auth and refresh as any call.

        The caller reads and closes the 2xx response; errors are raised as for any call.
        """
        return self._send("GET", path, headers=headers, stream=True, timeout=timeout)

    def _call(
        self,
        method: str,
        path: str,
        response_type: type[T],
        *,
        params: Params | None = None,
        body: BaseModel | None = None,
        headers: Mapping[str, str] | None = None,
        auth: bool = True,
        exclude_unset: bool = False,
    ) -> T:
        """Sends a request and parses the answer as `response_type` (a model or e.g. a list of one)."""
        json_body = None if body is None else body.model_dump(mode="json", exclude_unset=exclude_unset)
        response = self._send(method, path, params=params, json_body=json_body, headers=headers, auth=auth)
        with response:
            return self._parse(response, response_type)

    def _send(
        self,
        method: str,
        path: str,
        *,
        params: Params | None = None,
        json_body: Any = None,
        headers: Mapping[str, str] | None = None,
        auth: bool = True,
        refresh: bool = True,
        stream: bool = False,
        timeout: Timeout | None = None,
        data: Any = None,
    ) -> requests.Response:
        """Sends a request and returns a 2xx response; refreshes once if the access token expired.

        `data` is a raw body (bytes or a file-like object, #13 attachments) instead of `json_body`; a
        file-like body is sent once, so a refresh retry needs one that can be read again (or none)."""
        for attempt in range(2):
            used = self._tokens if auth else None
            if auth and used is None:
                raise _not_signed_in()
            all_headers = {"Accept": "application/json", "User-Agent": USER_AGENT, **(headers or {})}
            if used is not None:
                all_headers["Authorization"] = f"Bearer {used.access_token}"
            response = self._request(method, path, params, json_body, all_headers, stream, timeout, data)
            if 200 <= response.status_code < 300:
                return response
            with response:
                error = error_from_response(response)
            if refresh and used is not None and attempt == 0 and self._should_refresh(error, used):
                self._refresh_after_401(used)
                continue
            raise error
        raise AssertionError("unreachable")  # pragma: no cover

    def _request(
        self,
        method: str,
        path: str,
        params: Params | None,
        json_body: Any,
        headers: dict[str, str],
        stream: bool,
        timeout: Timeout | None,
        data: Any = None,
    ) -> requests.Response:
        """One HTTP exchange (with urllib3's retries); a transport failure becomes `ServiceUnavailable`.

        The error is raised outside the `except` block: requests' exception holds the request, headers
        and all, and must not ride along as `__context__`.
        """
        failure: ServiceUnavailable | None = None
        try:
            response = self._session.request(
                method,
                f"{self.base_url}{API_PREFIX}{path}",
                params=params,
                json=json_body,
                data=data,
                headers=headers,
                timeout=timeout if timeout is not None else self._timeout,
                verify=self._verify,
                allow_redirects=False,  # an API never redirects; following one could leave https
                stream=True,  # read below within a cap, unless the caller streams it
            )
            if not stream:
                read_capped(response)
            return response
        except requests.RequestException as exc:
            failure = error_from_exception(exc)
        raise failure

    @staticmethod
    def _should_refresh(error: ApiError, used: Tokens) -> bool:
        if error.status != 401:
            return False
        return error.code == ErrorCode.token_expired or (
            error.code == ErrorCode.unauthenticated and bool(used.refresh_token)
        )

    @staticmethod
    def _parse(response: requests.Response, response_type: type[T]) -> T:
        """The body as `response_type`; anything else (HTML, truncated JSON, wrong types) is BadResponse."""
        status = response.status_code
        content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if content_type != "application/json" and not content_type.endswith("+json"):
            shown = content_type or "no content type"
            raise BadResponse(status, BAD_RESPONSE, f"expected a JSON response, got {shown}")
        failure: ApiError | None = None
        try:
            data = response.json()
        except ValueError:  # requests' JSONDecodeError is one, and a RequestException too: order matters
            failure = BadResponse(status, BAD_RESPONSE, "the response is not valid JSON")
        except requests.RequestException as exc:
            failure = error_from_exception(exc)
        if failure is not None:
            raise failure  # outside the except blocks: the decoder's error holds the whole body
        try:
            parsed: T = adapter_for(response_type).validate_python(data)
            return parsed
        except ValidationError as exc:
            name = getattr(response_type, "__name__", str(response_type))
            failure = bad_response_from_validation(status, f"the {name} response", exc)
        raise failure
