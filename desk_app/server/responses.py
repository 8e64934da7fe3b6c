"""JSON responses for routes that built their answer from the contract's models already (#7).

FastAPI validates what a route returns against its `response_model` once more, on a worker thread of its own
(one more hop per request), then serialises it. A hot read route that returns the very model its decorator
names can skip that: `model_json(...)` serialises it with pydantic (the same JSON FastAPI would write) and
FastAPI passes the Response through. The decorator keeps `response_model` (and `status_code`) for the
OpenAPI schema, so a route returning a Response passes its status code here too.
"""

from __future__ import annotations

from typing import Any

from fastapi import Response
from pydantic import BaseModel, TypeAdapter

JSON = "application/json"


def model_json(model: BaseModel, status_code: int = 200) -> Response:
    return Response(model.model_dump_json(), status_code=status_code, media_type=JSON)


def dict_json(model: type[BaseModel], answer: dict[str, Any], status_code: int = 200) -> Response:
    """An answer kept as JSON data (an Idempotency-Key's stored first answer), checked against its model and
    serialised as FastAPI would."""
    return model_json(model.model_validate(answer), status_code)


def list_json(adapter: TypeAdapter[Any], items: list[Any]) -> Response:
    return Response(adapter.dump_json(items), media_type=JSON)
