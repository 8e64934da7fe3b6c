"""The knowledge base beside a ticket, and the macros supervisors manage (#9)."""
