"""Tests of the customer profile, security actions, approvals, audit and their security plumbing."""
