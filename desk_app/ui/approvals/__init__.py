"""The supervisors' queue of security actions waiting for a second person."""
