"""Tests of the Qt workstation, one folder per area."""
