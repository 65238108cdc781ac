import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/storage/sqlite/db';
import { SqliteRiskFlagStore } from '../../../src/storage/sqlite/risk-flags';
import { riskFlagsConformance } from '../conformance/risk-flags';

riskFlagsConformance(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bdh-risk-flags-'));
  const file = path.join(dir, 'data.db');
  const dbs = [openDatabase(file)];
  return {
    store: new SqliteRiskFlagStore(dbs[0] as ReturnType<typeof openDatabase>),
    reopen: async () => {
      const db = openDatabase(file);
      dbs.push(db);
      return new SqliteRiskFlagStore(db);
    },
    close: async () => {
      for (const db of dbs) db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('SQLite risk_flags schema', () => {
  it('has no column for message text', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bdh-risk-schema-'));
    const db = openDatabase(path.join(dir, 'data.db'));
    const cols = (db.prepare('PRAGMA table_info(risk_flags)').all() as { name: string }[]).map((c) => c.name);
    expect(cols).toContain('rule_id');
    expect(cols.some((c) => /text|message|content|body/.test(c))).toBe(false);
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
