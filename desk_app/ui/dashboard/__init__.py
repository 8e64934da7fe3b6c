"""The supervisor's dashboard (#10): SLA, queues, CSAT, agent load and trends at a glance."""
