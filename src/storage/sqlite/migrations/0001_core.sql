-- Bot Framework conversation and user state (botbuilder Storage), with eTag optimistic concurrency.
CREATE TABLE bot_state (
  key        TEXT PRIMARY KEY,
  value      TEXT NOT NULL,
  etag       TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- Every message in and out, for counselors (recent transcript) and for retention/deletion.
CREATE TABLE transcripts (
  seq             INTEGER PRIMARY KEY AUTOINCREMENT,
  conversation_id TEXT NOT NULL,
  user_id         TEXT NOT NULL,
  channel         TEXT NOT NULL,
  direction       TEXT NOT NULL CHECK (direction IN ('in', 'out')),
  type            TEXT NOT NULL,
  text            TEXT,
  at              TEXT NOT NULL,
  kind            TEXT NOT NULL DEFAULT 'ordinary' CHECK (kind IN ('ordinary', 'safety'))
);
CREATE INDEX transcripts_conversation ON transcripts (conversation_id, seq);
CREATE INDEX transcripts_user ON transcripts (user_id);
CREATE INDEX transcripts_at ON transcripts (kind, at);

-- Handoff tickets: a conversation's request to reach a person, and who owns it.
CREATE TABLE tickets (
  id              TEXT PRIMARY KEY,
  conversation_id TEXT NOT NULL,
  user_id         TEXT NOT NULL,
  channel         TEXT NOT NULL,
  lang            TEXT NOT NULL,
  reason          TEXT NOT NULL,
  category        TEXT,
  level           TEXT,
  priority        INTEGER NOT NULL,
  status          TEXT NOT NULL CHECK (status IN ('queued', 'claimed', 'closed')),
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  claimed_by      TEXT,
  claimed_at      TEXT,
  closed_at       TEXT,
  outcome         TEXT,
  version         INTEGER NOT NULL DEFAULT 1
);
-- At most one open ticket per conversation.
CREATE UNIQUE INDEX tickets_one_open ON tickets (conversation_id) WHERE status <> 'closed';
CREATE INDEX tickets_queue ON tickets (status, priority DESC, created_at);
CREATE INDEX tickets_user ON tickets (user_id);
