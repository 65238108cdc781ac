-- FAQ feedback: 👍/👎 per answer and every unanswered question (text scrubbed before it gets here).
CREATE TABLE faq_votes (
  id        INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id   TEXT NOT NULL,
  entry_id  TEXT NOT NULL,
  vote      TEXT NOT NULL CHECK (vote IN ('up', 'down')),
  channel   TEXT NOT NULL,
  at        TEXT NOT NULL,
  text      TEXT,
  lang      TEXT CHECK (lang IN ('vi', 'en'))
);
CREATE INDEX faq_votes_at ON faq_votes (at);
CREATE INDEX faq_votes_entry ON faq_votes (entry_id, at);
CREATE INDEX faq_votes_user ON faq_votes (user_id);

CREATE TABLE faq_unanswered (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id       TEXT NOT NULL,
  text          TEXT NOT NULL,
  lang          TEXT NOT NULL CHECK (lang IN ('vi', 'en')),
  channel       TEXT NOT NULL,
  at            TEXT NOT NULL,
  confidence    REAL NOT NULL,
  best_entry_id TEXT
);
CREATE INDEX faq_unanswered_at ON faq_unanswered (at);
CREATE INDEX faq_unanswered_user ON faq_unanswered (user_id);
