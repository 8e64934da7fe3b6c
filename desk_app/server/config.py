"""The service's settings: policies and wiring, from command-line flags or environment variables."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs


def default_database_url() -> str:
    data = Path(platformdirs.user_data_dir("desk-server", appauthor=False))
    return f"sqlite:///{data / 'desk.sqlite3'}"


@dataclass(frozen=True)
class Settings:
    database_url: str = field(default_factory=lambda: os.environ.get("DESK_DATABASE_URL") or default_database_url())
    integration_key: str = field(default_factory=lambda: os.environ.get("DESK_INTEGRATION_KEY", ""))
    access_ttl_seconds: int = 900
    refresh_ttl_seconds: int = 12 * 3600
    step_up_seconds: int = 600  # how recent a second-factor proof must be to approve or reveal
    action_ttl_seconds: int = 3600  # a pending request expires after this
    review_seconds: int = 1800  # an emergency action must be reviewed within this
    reveal_visible_seconds: int = 30
    idle_lock_seconds: int = 600
    reset_2fa_withdrawal_lock_hours: int = 48
    login_failure_limit: int = 5
    login_failure_window_seconds: int = 900
    max_request_bytes: int = 1_000_000
    # #7: requests a service process works on at once (admission.WorkGate); the rest wait their turn
    max_in_flight: int = field(default_factory=lambda: int(os.environ.get("DESK_MAX_IN_FLIGHT", "2")))
    large_withdrawal_usd: int = 10_000
    webhook_url: str = field(default_factory=lambda: os.environ.get("DESK_EXECUTOR_WEBHOOK_URL", ""))
    webhook_secret: str = field(default_factory=lambda: os.environ.get("DESK_EXECUTOR_WEBHOOK_SECRET", ""))
    # The execution outbox (actions.py): a call to the account system not recorded within the lease (a crashed
    # process) is retried by the sweeper with the same execution id, at most this many calls in all.
    execution_lease_seconds: float = field(
        default_factory=lambda: float(os.environ.get("DESK_EXECUTION_LEASE_SECONDS", "120")))
    execution_max_attempts: int = field(
        default_factory=lambda: int(os.environ.get("DESK_EXECUTION_MAX_ATTEMPTS", "5")))
    # A refresh token presented again within this many seconds of its rotation (a second app instance of the
    # same agent) gets new tokens; later reuse is theft and ends every session of that sign-in (auth.py).
    refresh_reuse_grace_seconds: float = field(
        default_factory=lambda: float(os.environ.get("DESK_REFRESH_REUSE_GRACE_SECONDS", "30")))
    # #13 attachments: per file, per message, pixels of an image; files go to attachments_dir ("" = beside the database)
    attachment_max_bytes: int = 10 * 1024 * 1024
    attachment_max_count: int = 5
    attachment_max_pixels: int = 40_000_000
    attachments_dir: str = field(default_factory=lambda: os.environ.get("DESK_ATTACHMENTS_DIR", ""))
    # uploads no message carried after this long are deleted by the sweeper (with their bytes, if nothing else
    # uses them)
    unsent_upload_ttl_seconds: float = field(
        default_factory=lambda: float(os.environ.get("DESK_UNSENT_UPLOAD_TTL_SECONDS", str(24 * 3600))))
    # how often an open event stream checks that its session is still signed in
    events_recheck_seconds: float = field(
        default_factory=lambda: float(os.environ.get("DESK_EVENTS_RECHECK_SECONDS", "30")))
    # Knowledge base (#9): articles not reviewed for this long are marked stale; their public pages live here.
    kb_stale_days: int = 180
    kb_public_url: str = field(default_factory=lambda: os.environ.get("DESK_KB_PUBLIC_URL",
                                                                      "https://support.example.com/hc"))
    # Engineering's tools update escalations with this key (X-Engineering-Key); empty: no one may.
    engineering_key: str = field(default_factory=lambda: os.environ.get("DESK_ENGINEERING_KEY", ""))
    # #13: presence without a heartbeat for this long is gone (workstations beat every ~10 s)
    presence_ttl_seconds: float = field(
        default_factory=lambda: float(os.environ.get("DESK_PRESENCE_TTL_SECONDS", "30")))
