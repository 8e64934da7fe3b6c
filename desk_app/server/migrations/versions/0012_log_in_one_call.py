"""The audit chain and the event log appended in one round trip at commit, on PostgreSQL (#7).

`desk_append_log(entries, events)` takes the chain's lock, reads the newest hash, chains and inserts the
transaction's audit entries, then takes the events' lock, inserts its events and notifies the event
streams: everything that has to happen under those desk-wide locks, in one call, so a writer holds them
for that call and its commit instead of six round trips of a busy Python process (at_commit.py).

Each entry's hash is the one `audit._digest` makes: SHA-256 of the JSON array
`[prev_hash, at, actor, event, customer_id, ticket_id, action_id, details]`. The service sends the
array's text after the previous hash (`tail`), since only the database knows that hash under the lock;
the details and the events' JSON are stored as the text the service made (`json`, not `jsonb`), so the
chain verifies from the stored rows exactly as it did. Nothing changes on SQLite, whose writers hold the
database's one write lock already.

Revision ID: 0012
Revises: 0011
"""
import sqlalchemy as sa  # noqa: F401
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

# 7204551 is the audit chain's lock, 7204552 the event log's; 'desk_events' is events.CHANNEL.
APPEND_LOG = """
CREATE OR REPLACE FUNCTION desk_append_log(entries jsonb, events jsonb) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    entry jsonb;
    previous text;
    digest text;
BEGIN
    IF jsonb_array_length(entries) > 0 THEN
        PERFORM pg_advisory_xact_lock(7204551);
        -- A statement of its own, so (read committed) it sees the entry the lock's last holder committed.
        SELECT hash INTO previous FROM audit_log ORDER BY id DESC LIMIT 1;
        previous := coalesce(previous, repeat('0', 64));
        FOR entry IN SELECT value FROM jsonb_array_elements(entries) WITH ORDINALITY ORDER BY ordinality LOOP
            digest := encode(sha256(convert_to('["' || previous || '",' || (entry->>'tail'), 'UTF8')), 'hex');
            INSERT INTO audit_log (at, actor, event, customer_id, ticket_id, action_id, details, prev_hash, hash)
            VALUES ((entry->>'at')::timestamptz, entry->>'actor', entry->>'event', (entry->>'customer_id')::bigint,
                    (entry->>'ticket_id')::bigint, (entry->>'action_id')::bigint, (entry->>'details')::json,
                    previous, digest);
            previous := digest;
        END LOOP;
    END IF;
    IF jsonb_array_length(events) > 0 THEN
        PERFORM pg_advisory_xact_lock(7204552);
        INSERT INTO events (at, kind, audience, ticket_id, customer_id, action_id, data)
        SELECT (e->>'at')::timestamptz, e->>'kind', (e->>'audience')::json, (e->>'ticket_id')::bigint,
               (e->>'customer_id')::bigint, (e->>'action_id')::bigint, (e->>'data')::json
        FROM jsonb_array_elements(events) WITH ORDINALITY AS listed(e, n)
        ORDER BY n;
        PERFORM pg_notify('desk_events', '');
    END IF;
END
$$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(APPEND_LOG)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS desk_append_log(jsonb, jsonb)")
