-- Human handoff (issue 7). The ticket keeps the conversation reference the relay needs to answer through the
-- teen's own channel, the rating asked after return-to-bot, and alert/notice bookkeeping. Its thread
-- (messages while a person is involved, with delivery status) and the counselors' internal notes get tables
-- of their own, deleted with the ticket.
ALTER TABLE tickets ADD COLUMN reference TEXT;
ALTER TABLE tickets ADD COLUMN locality TEXT;
ALTER TABLE tickets ADD COLUMN raised_at TEXT;
ALTER TABLE tickets ADD COLUMN closed_by TEXT;
ALTER TABLE tickets ADD COLUMN rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5);
ALTER TABLE tickets ADD COLUMN rating_pending INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tickets ADD COLUMN last_alert_at TEXT;
ALTER TABLE tickets ADD COLUMN notice_at TEXT;
CREATE INDEX tickets_conversation ON tickets (conversation_id, created_at);

CREATE TABLE ticket_messages (
  seq          INTEGER PRIMARY KEY AUTOINCREMENT,
  ticket_id    TEXT NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
  at           TEXT NOT NULL,
  author       TEXT NOT NULL CHECK (author IN ('teen', 'bot', 'counselor', 'system')),
  counselor_id TEXT,
  text         TEXT,
  status       TEXT NOT NULL CHECK (status IN ('received', 'sent', 'pending', 'retrying', 'failed', 'blocked')),
  failure_code TEXT,
  platform_code TEXT,
  -- 1 = copied from the transcript as it was when the ticket opened (context for the counselor).
  context      INTEGER NOT NULL DEFAULT 0,
  risk_level   TEXT
);
CREATE INDEX ticket_messages_ticket ON ticket_messages (ticket_id, seq);
CREATE INDEX ticket_messages_at ON ticket_messages (at);

CREATE TABLE ticket_notes (
  seq       INTEGER PRIMARY KEY AUTOINCREMENT,
  ticket_id TEXT NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
  at        TEXT NOT NULL,
  author_id TEXT NOT NULL,
  text      TEXT NOT NULL
);
CREATE INDEX ticket_notes_ticket ON ticket_notes (ticket_id, seq);
