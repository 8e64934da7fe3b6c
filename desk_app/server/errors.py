"""Errors the service answers with: a stable code, a message, the field at fault; never a 500 page."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from desk_app.contract import ErrorCode

log = logging.getLogger(__name__)


class ApiError(Exception):
    """An error a client can act on; raised anywhere in a request, answered as JSON."""

    def __init__(self, status: int, code: ErrorCode, message: str, field: str | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.field = status, code, message, field
        self.headers = headers or {}


def not_found(what: str) -> ApiError:
    return ApiError(404, ErrorCode.not_found, f"{what} not found")


def forbidden(message: str = "Your role may not do this") -> ApiError:
    return ApiError(403, ErrorCode.forbidden, message)


def conflict(code: ErrorCode, message: str) -> ApiError:
    return ApiError(409, code, message)


def error_body(code: ErrorCode | str, message: str, field: str | None = None) -> dict[str, object]:
    return {"error": {"code": str(code), "message": message, "field": field}}


_STATUS_CODES = {
    400: ErrorCode.validation_error,
    401: ErrorCode.unauthenticated,
    403: ErrorCode.forbidden,
    404: ErrorCode.not_found,
    405: ErrorCode.validation_error,
    406: ErrorCode.validation_error,
    413: ErrorCode.payload_too_large,
    415: ErrorCode.validation_error,
}


def _field(loc: Sequence[int | str]) -> str | None:
    """The field at fault: `("body", "tags", 0)` -> "tags.0", `("header", "if-match")` -> "If-Match".

    Only the first part names where the value was (body, query, path, header); a body field may itself
    be called "body". A JSON syntax error's location is a character position, not a field.
    """
    where, *parts = loc or ("",)
    if where == "body" and len(parts) == 1 and isinstance(parts[0], int):
        return None
    if where == "header" and parts:
        parts = ["-".join(word.capitalize() for word in str(parts[0]).split("-"))]
    return ".".join(str(part) for part in parts) or None


def install(app: FastAPI) -> None:
    """Route every error through one JSON shape."""

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(error_body(exc.code, exc.message, exc.field), exc.status, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        message = str(first.get("msg", "invalid request"))
        return JSONResponse(error_body(ErrorCode.validation_error, message, _field(first.get("loc", ()))), 422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _STATUS_CODES.get(exc.status_code, ErrorCode.validation_error)
        return JSONResponse(error_body(code, str(exc.detail)), exc.status_code, headers=exc.headers)
