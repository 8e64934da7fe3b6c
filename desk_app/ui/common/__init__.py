"""Pieces every area of the workstation shares: the task runner, the session context, safe text."""
