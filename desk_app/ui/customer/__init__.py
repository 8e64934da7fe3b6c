"""The customer profile beside a ticket: identity, activity, risk signals, reveals and actions."""
