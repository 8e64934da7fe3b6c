"""Security plumbing shared by the customer, approvals and audit screens: step-up, capture guard."""
