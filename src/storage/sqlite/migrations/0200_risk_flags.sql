-- Risk triage flags (issue 4): rule id, category, level, time. No message text, ever.
CREATE TABLE IF NOT EXISTS risk_flags (
  id              TEXT PRIMARY KEY,
  turn_id         TEXT NOT NULL,
  conversation_id TEXT NOT NULL,
  user_id         TEXT NOT NULL,
  channel         TEXT NOT NULL,
  rule_id         TEXT NOT NULL,
  category        TEXT NOT NULL,
  level           TEXT NOT NULL CHECK (level IN ('imminent', 'disclosed', 'possible')),
  third_party     INTEGER NOT NULL DEFAULT 0 CHECK (third_party IN (0, 1)),
  at              TEXT NOT NULL,
  review_outcome  TEXT CHECK (review_outcome IN ('true_positive', 'false_alarm')),
  reviewed_by     TEXT,
  reviewed_at     TEXT
);
CREATE INDEX IF NOT EXISTS risk_flags_at ON risk_flags (at);
CREATE INDEX IF NOT EXISTS risk_flags_user ON risk_flags (user_id);
CREATE INDEX IF NOT EXISTS risk_flags_conversation ON risk_flags (conversation_id);

-- Misses reported by staff: a message that should have been flagged.
CREATE TABLE IF NOT EXISTS risk_misses (
  id              TEXT PRIMARY KEY,
  conversation_id TEXT NOT NULL,
  user_id         TEXT,
  category        TEXT,
  note            TEXT,
  reported_by     TEXT NOT NULL,
  at              TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS risk_misses_at ON risk_misses (at);
CREATE INDEX IF NOT EXISTS risk_misses_user ON risk_misses (user_id);
