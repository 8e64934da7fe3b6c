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
    large_withdrawal_usd: int = 10_000
    webhook_url: str = field(default_factory=lambda: os.environ.get("DESK_EXECUTOR_WEBHOOK_URL", ""))
    webhook_secret: str = field(default_factory=lambda: os.environ.get("DESK_EXECUTOR_WEBHOOK_SECRET", ""))
    # #13 attachments: per file, per message, pixels of an image; files go to attachments_dir ("" = beside the database)
    attachment_max_bytes: int = 10 * 1024 * 1024
    attachment_max_count: int = 5
    attachment_max_pixels: int = 40_000_000
    attachments_dir: str = field(default_factory=lambda: os.environ.get("DESK_ATTACHMENTS_DIR", ""))
    # how often an open event stream checks that its session is still signed in
    events_recheck_seconds: float = field(
        default_factory=lambda: float(os.environ.get("DESK_EVENTS_RECHECK_SECONDS", "30")))
    events_recheck_seconds: float = field(
        default_factory=lambda: float(os.environ.get("DESK_EVENTS_RECHECK_SECONDS", "30")))
    # #13: presence without a heartbeat for this long is gone (workstations beat every ~10 s)
    presence_ttl_seconds: float = field(
        default_factory=lambda: float(os.environ.get("DESK_PRESENCE_TTL_SECONDS", "30")))
