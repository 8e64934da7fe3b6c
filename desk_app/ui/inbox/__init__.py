"""The inbox: one table model over the service's ticket views, with filters and live SLA countdowns."""
