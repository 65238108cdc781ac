-- Messenger and Zalo channel adapters. Times are epoch milliseconds (INTEGER) except where noted.

-- Durable inbox: a verified webhook event is stored here before the platform gets its 200, and deleted
-- once its turn has run. A lease (owner + until) marks the one item per user being processed; an expired
-- lease (the process died) makes the item claimable again.
CREATE TABLE channel_inbox (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  channel     TEXT    NOT NULL,
  user_key    TEXT    NOT NULL,
  dedupe_key  TEXT    NOT NULL,
  payload     TEXT    NOT NULL,
  received_at INTEGER NOT NULL,
  attempts    INTEGER NOT NULL DEFAULT 0,
  lease_owner TEXT,
  lease_until INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX channel_inbox_order ON channel_inbox (channel, id);
CREATE INDEX channel_inbox_user ON channel_inbox (channel, user_key, id);

-- Ids of events already accepted (Messenger mid, Zalo msg_id), kept for the retention period so that
-- platform redeliveries run no second turn. Holds no message content.
CREATE TABLE channel_dedupe (
  channel    TEXT    NOT NULL,
  dedupe_key TEXT    NOT NULL,
  seen_at    INTEGER NOT NULL,
  PRIMARY KEY (channel, dedupe_key)
) WITHOUT ROWID;
CREATE INDEX channel_dedupe_seen ON channel_dedupe (seen_at);

-- Outbound messages that could not be sent yet (rate limit, platform outage), retried in order per
-- conversation. next_attempt_at doubles as the lease while a retry is in flight.
CREATE TABLE channel_outbox (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  channel         TEXT    NOT NULL,
  conversation_id TEXT    NOT NULL,
  user_id         TEXT    NOT NULL,
  payload         TEXT    NOT NULL,
  human_agent     INTEGER NOT NULL DEFAULT 0,
  created_at      INTEGER NOT NULL,
  next_attempt_at INTEGER NOT NULL,
  attempts        INTEGER NOT NULL DEFAULT 0,
  last_error      TEXT
);
CREATE INDEX channel_outbox_conversation ON channel_outbox (channel, conversation_id, id);
CREATE INDEX channel_outbox_due ON channel_outbox (channel, next_attempt_at);

-- Per platform user: the last inbound time (reply windows) and the numbered options last offered as text
-- (so a typed "2" means the second option). Pseudonymous platform ids only.
CREATE TABLE channel_contacts (
  channel         TEXT    NOT NULL,
  user_id         TEXT    NOT NULL,
  conversation_id TEXT    NOT NULL,
  last_inbound_at INTEGER NOT NULL,
  options         TEXT,
  PRIMARY KEY (channel, user_id)
) WITHOUT ROWID;

-- Messages the platform refused or that were given up, for the handoff layer and the console.
CREATE TABLE channel_delivery_failures (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  channel         TEXT    NOT NULL,
  conversation_id TEXT    NOT NULL,
  user_id         TEXT    NOT NULL,
  at              TEXT    NOT NULL, -- ISO 8601
  code            TEXT    NOT NULL,
  reason_key      TEXT    NOT NULL,
  platform_code   TEXT,
  human_agent     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX channel_delivery_failures_conversation ON channel_delivery_failures (conversation_id, at);
CREATE INDEX channel_delivery_failures_at ON channel_delivery_failures (at);
CREATE INDEX channel_delivery_failures_user ON channel_delivery_failures (user_id);

-- OAuth token pairs (Zalo OA): one row per key. Rotated refresh tokens are written here before first use.
CREATE TABLE channel_tokens (
  key           TEXT    PRIMARY KEY,
  access_token  TEXT    NOT NULL,
  refresh_token TEXT    NOT NULL,
  expires_at    INTEGER NOT NULL,
  obtained_at   INTEGER NOT NULL
);

-- Short named locks (single-flight token refresh across processes) and pending OAuth states (PKCE).
CREATE TABLE channel_locks (
  key   TEXT    PRIMARY KEY,
  owner TEXT    NOT NULL,
  until INTEGER NOT NULL
);
CREATE TABLE channel_oauth_states (
  state      TEXT    PRIMARY KEY,
  verifier   TEXT    NOT NULL,
  expires_at INTEGER NOT NULL
);
