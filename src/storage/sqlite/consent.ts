import { randomUUID } from 'node:crypto';
import { consentSchema, type ConsentRecord, type ConsentStore, type StoredConsent } from '../ports/consent';
import type { AgeBand } from '../../surveys/types';
import type { Db } from './db';

interface Row {
  id: string;
  user_id: string;
  channel: string;
  age_band: AgeBand;
  text_version: string;
  parental_confirmed: 0 | 1;
  given_at: string;
  withdrawn_at: string | null;
}

const toConsent = (r: Row): StoredConsent => ({
  id: r.id,
  userId: r.user_id,
  channel: r.channel,
  ageBand: r.age_band,
  textVersion: r.text_version,
  parentalConfirmed: r.parental_confirmed === 1,
  givenAt: r.given_at,
  ...(r.withdrawn_at === null ? {} : { withdrawnAt: r.withdrawn_at }),
});

/** Consent records in table `survey_consents` (migration 0500). */
export class SqliteConsentStore implements ConsentStore {
  constructor(private readonly db: Db) {}

  async record(consent: ConsentRecord): Promise<StoredConsent> {
    const c = consentSchema.parse(consent);
    const id = randomUUID();
    this.db
      .prepare(
        `INSERT INTO survey_consents (id, user_id, channel, age_band, text_version, parental_confirmed, given_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, c.userId, c.channel, c.ageBand, c.textVersion, c.parentalConfirmed ? 1 : 0, c.givenAt);
    return { id, ...c };
  }

  async active(userId: string): Promise<StoredConsent | undefined> {
    const row = this.db
      .prepare<[string], Row>('SELECT * FROM survey_consents WHERE user_id = ? AND withdrawn_at IS NULL ORDER BY given_at DESC, rowid DESC LIMIT 1')
      .get(userId);
    return row ? toConsent(row) : undefined;
  }

  async listByUser(userId: string): Promise<StoredConsent[]> {
    const rows = this.db.prepare<[string], Row>('SELECT * FROM survey_consents WHERE user_id = ? ORDER BY given_at DESC, rowid DESC').all(userId);
    return rows.map(toConsent);
  }

  async withdraw(userId: string, at: string): Promise<number> {
    return this.db.prepare('UPDATE survey_consents SET withdrawn_at = ? WHERE user_id = ? AND withdrawn_at IS NULL').run(at, userId).changes;
  }

  async deleteByUser(userId: string): Promise<number> {
    return this.db.prepare('DELETE FROM survey_consents WHERE user_id = ?').run(userId).changes;
  }

  async purgeBefore(before: string): Promise<number> {
    return this.db.prepare('DELETE FROM survey_consents WHERE given_at < ?').run(before).changes;
  }
}
