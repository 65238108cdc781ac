import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n';
import { openDatabase } from '../../src/storage/sqlite/db';
import { SqliteSurveyResultStore } from '../../src/storage/sqlite/surveys';
import { csvField, ExportError, writeCsv, writeXlsx } from '../../src/surveys/export';
import { SurveyLabels } from '../../src/surveys/labels';
import { bucketFor, staffFilterSchema, toStoreFilter } from '../../src/surveys/staff-filters';
import { seedResults } from './seed';

const labels = new SurveyLabels(createI18n(), 'vi');

describe('CSV fields', () => {
  it('quotes separators and quotes, and neutralises formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1')).toBe("'-1");
    expect(csvField(-1)).toBe('-1');
    expect(csvField(new Date('2026-03-01T23:30:00.000Z'))).toBe('2026-03-01 23:30');
  });
});

describe('staff filters', () => {
  it('turn local calendar days into UTC instants (Vietnam, UTC+7), "to" included', () => {
    const f = staffFilterSchema.parse({ from: '2026-03-01', to: '2026-03-31', locality: 'none', top: 'S' });
    expect(toStoreFilter(f, 420)).toEqual({ from: '2026-02-28T17:00:00.000Z', to: '2026-03-31T17:00:00.000Z', locality: null, top: 'S' });
    expect(bucketFor(f)).toBe('day');
    expect(bucketFor(staffFilterSchema.parse({ from: '2025-01-01', to: '2026-01-01' }))).toBe('month');
    expect(bucketFor(staffFilterSchema.parse({}))).toBe('month');
    expect(staffFilterSchema.safeParse({ from: '2026-03-05', to: '2026-03-01' }).success).toBe(false);
  });
});

describe('streamed exports', () => {
  it('read the store in batches and stop when the client goes away', async () => {
    const db = openDatabase(':memory:');
    const store = new SqliteSurveyResultStore(db);
    await seedResults({ surveyResults: store }, Array.from({ length: 25 }, (_, i) => ({ userId: `u${i}`, completedAt: `2026-03-01T00:00:${String(i).padStart(2, '0')}.000Z` })));
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    expect(await writeCsv(store, {}, out, { labels, batchSize: 10 })).toBe(25);
    expect(Buffer.concat(chunks).toString('utf8').trim().split('\r\n')).toHaveLength(26);
    let batches = 0;
    const stopped = await writeCsv(store, {}, new PassThrough().resume(), { labels, batchSize: 10, aborted: () => ++batches > 1 });
    expect(stopped).toBe(10);
    db.close();
  });

  it('a failing output is reported as an ExportError (and the XLSX worker is stopped)', async () => {
    const db = openDatabase(':memory:');
    const store = new SqliteSurveyResultStore(db);
    await seedResults({ surveyResults: store }, [{}, {}]);
    const broken = new Writable({ write: (_c, _e, cb) => cb(new Error('socket closed')) });
    broken.on('error', () => undefined);
    await expect(writeXlsx(store, {}, broken, { labels })).rejects.toThrow(ExportError);
    await expect(writeCsv(store, {}, broken, { labels })).rejects.toThrow(ExportError);
    db.close();
  });
});
