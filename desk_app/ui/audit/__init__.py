"""The hash-chained audit trail, paged and verified."""
