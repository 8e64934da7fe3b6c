"""What the workstation remembers between runs (QSettings): last server and user, open ticket tabs, window layout.

Never tokens, passwords or personal data: those live in the keyring (desk_app.credentials) or nowhere.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QSettings

from desk_app.reply_checks import DEFAULT_ALLOWED_DOMAINS

ORGANIZATION = "desk_app"
APPLICATION = "desk-app"
MAX_TABS = 50  # ticket tabs remembered per agent and server
MAX_SESSIONS = 10  # agent-and-server pairs whose tabs are remembered


class DeskSettings:
    """A thin, typed view over one QSettings object (passed in, so tests use a file of their own)."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.qsettings = settings if settings is not None else QSettings(ORGANIZATION, APPLICATION)

    # --- sign-in ----------------------------------------------------------------------------------

    @property
    def last_server(self) -> str:
        return str(self.qsettings.value("signin/server", "") or "")

    @last_server.setter
    def last_server(self, url: str) -> None:
        self.qsettings.setValue("signin/server", url)

    @property
    def last_username(self) -> str:
        return str(self.qsettings.value("signin/username", "") or "")

    @last_username.setter
    def last_username(self, username: str) -> None:
        self.qsettings.setValue("signin/username", username)

    # --- language ---------------------------------------------------------------------------------

    @property
    def language(self) -> str:
        """The UI language the agent chose in Settings: a catalogue code, or "" for the OS's language."""
        return str(self.qsettings.value("ui/language", "") or "")

    @language.setter
    def language(self, code: str) -> None:
        self.qsettings.setValue("ui/language", code)

    # --- ticket tabs ------------------------------------------------------------------------------

    def _all_tabs(self) -> dict[str, list[int]]:
        try:
            data = json.loads(str(self.qsettings.value("tabs/open", "{}") or "{}"))
        except ValueError:
            return {}
        if not isinstance(data, dict):
            return {}
        return {str(k): [int(i) for i in v if isinstance(i, int)] for k, v in data.items() if isinstance(v, list)}

    def open_tickets(self, server: str, username: str) -> list[int]:
        """The ticket tabs this agent had open on this server last time, in tab order."""
        return self._all_tabs().get(f"{server}|{username}", [])

    def set_open_tickets(self, server: str, username: str, ids: list[int]) -> None:
        tabs = self._all_tabs()
        key = f"{server}|{username}"
        tabs.pop(key, None)  # re-inserted last: the dict's order is how recently each was used
        if ids:
            tabs[key] = [int(i) for i in ids][:MAX_TABS]
        recent = dict(list(tabs.items())[-MAX_SESSIONS:])  # demo services come and go on new ports
        self.qsettings.setValue("tabs/open", json.dumps(recent))

    # --- inbox filters ----------------------------------------------------------------------------

    def view_filters(self, view: str) -> dict[str, object]:
        """The filters an inbox view was left with (the agent's saved filters)."""
        try:
            saved = json.loads(str(self.qsettings.value(f"filters/{view}", "{}") or "{}"))
        except ValueError:
            return {}
        return saved if isinstance(saved, dict) else {}

    def set_view_filters(self, view: str, filters: dict[str, object]) -> None:
        self.qsettings.setValue(f"filters/{view}", json.dumps(filters))

    # --- reply checks (#6) ------------------------------------------------------------------------

    @property
    def allowed_domains(self) -> tuple[str, ...]:
        """The exchange's own domains (comma-separated in the settings); a reply linking elsewhere needs a yes."""
        value = self.qsettings.value("composer/allowed_domains", "")
        items = value if isinstance(value, list) else str(value or "").replace(",", " ").split()
        domains = tuple(str(d).strip().lower() for d in items if str(d).strip())
        return domains or DEFAULT_ALLOWED_DOMAINS

    @allowed_domains.setter
    def allowed_domains(self, domains: tuple[str, ...]) -> None:
        self.qsettings.setValue("composer/allowed_domains", ",".join(domains))

    # --- window -----------------------------------------------------------------------------------

    def window_geometry(self) -> QByteArray | None:
        value = self.qsettings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self.qsettings.setValue("window/geometry", geometry)

    def sync(self) -> None:
        self.qsettings.sync()
