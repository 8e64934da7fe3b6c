"""Tests of desk_app/client/: the typed REST client and the event stream."""
