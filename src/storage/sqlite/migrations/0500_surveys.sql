-- Career-interest survey (issue 6): consent records, optional profiles, completed results.
-- Pseudonymous channel user ids only; no names, no phone numbers, no individual answers.

CREATE TABLE survey_consents (
  id                 TEXT PRIMARY KEY,
  user_id            TEXT NOT NULL,
  channel            TEXT NOT NULL,
  age_band           TEXT NOT NULL CHECK (age_band IN ('under13', '13-15', '16-17', '18+')),
  text_version       TEXT NOT NULL,
  parental_confirmed INTEGER NOT NULL CHECK (parental_confirmed IN (0, 1)),
  given_at           TEXT NOT NULL,
  withdrawn_at       TEXT
);
CREATE INDEX survey_consents_user ON survey_consents (user_id, given_at);
CREATE INDEX survey_consents_given ON survey_consents (given_at);

CREATE TABLE survey_profiles (
  user_id    TEXT PRIMARY KEY,
  age_band   TEXT CHECK (age_band IN ('under13', '13-15', '16-17', '18+')),
  grade      TEXT,
  locality   TEXT,
  gender     TEXT CHECK (gender IN ('female', 'male', 'other')),
  updated_at TEXT NOT NULL
);
CREATE INDEX survey_profiles_updated ON survey_profiles (updated_at);

CREATE TABLE survey_results (
  id           TEXT PRIMARY KEY,
  user_id      TEXT NOT NULL,
  consent_id   TEXT NOT NULL,
  channel      TEXT NOT NULL,
  lang         TEXT NOT NULL CHECK (lang IN ('vi', 'en')),
  item_set     TEXT NOT NULL,
  completed_at TEXT NOT NULL,
  score_r      INTEGER NOT NULL,
  score_i      INTEGER NOT NULL,
  score_a      INTEGER NOT NULL,
  score_s      INTEGER NOT NULL,
  score_e      INTEGER NOT NULL,
  score_c      INTEGER NOT NULL,
  max_score    INTEGER NOT NULL,
  code         TEXT NOT NULL CHECK (length(code) = 3),
  top          TEXT NOT NULL CHECK (top IN ('R', 'I', 'A', 'S', 'E', 'C')),
  age_band     TEXT NOT NULL CHECK (age_band IN ('under13', '13-15', '16-17', '18+')),
  grade        TEXT,
  locality     TEXT,
  gender       TEXT CHECK (gender IN ('female', 'male', 'other'))
);
-- Keyset order for lists and exports, and the filters staff use most.
CREATE INDEX survey_results_completed ON survey_results (completed_at, id);
CREATE INDEX survey_results_user ON survey_results (user_id);
CREATE INDEX survey_results_locality ON survey_results (locality, completed_at);
CREATE INDEX survey_results_top ON survey_results (top, completed_at);
