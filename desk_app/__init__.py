"""desk_app: the agent workstation and its reference service for an exchange's support and security desks."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("desk-app")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
