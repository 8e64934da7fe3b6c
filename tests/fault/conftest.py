"""The fault tests drive the real desk UI as tests/ui does, with the local store (drafts, outbox) in place."""

from tests.ui.conftest import make_desk  # noqa: F401
from tests.ui.ticket.local_windows import local_windows  # noqa: F401
