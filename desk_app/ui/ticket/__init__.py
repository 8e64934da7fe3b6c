"""The ticket workspace: one tab per ticket with its conversation, composer, fields and the customer panel."""
