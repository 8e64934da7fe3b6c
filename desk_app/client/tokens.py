"""The session's tokens, held in memory by the client and in the keyring by `desk_app.credentials`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from desk_app.contract import LoginResponse


@dataclass(frozen=True)
class Tokens:
    """An access token, the refresh token that renews it, and when the access token expires.

    The tokens are left out of `repr`, so logging or printing a `Tokens` never shows them.
    """

    access_token: str = field(repr=False)
    refresh_token: str = field(repr=False)
    expires_at: datetime

    @classmethod
    def from_login(cls, response: LoginResponse, now: datetime | None = None) -> Tokens:
        """The tokens of a login or refresh response, with `expires_in` turned into a time."""
        start = now if now is not None else datetime.now(UTC)
        return cls(
            access_token=response.access_token,
            refresh_token=response.refresh_token,
            expires_at=start + timedelta(seconds=response.expires_in),
        )

    def expired(self, now: datetime | None = None) -> bool:
        """Whether the access token has expired (the refresh token may still be good)."""
        return (now if now is not None else datetime.now(UTC)) >= self.expires_at
