import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectPath } from '../../src/paths';
import { SURVEY_API } from '../../src/surveys/console-routes';
import { createAccount, signIn, type ConsoleClient } from '../helpers/console';
import { startServer, type RunningServer } from '../helpers/server';
import { seedResults } from './seed';

let server: RunningServer;
let staff: ConsoleClient;
let admin: ConsoleClient;
let counselor: ConsoleClient;
let staffId: string;
let ids: string[];

beforeAll(async () => {
  server = await startServer({}, { surveys: { localitiesFile: projectPath('src', 'surveys', 'data', 'localities.example.yaml') } });
  const s = await createAccount(server.stores, 'staff');
  staffId = s.id;
  staff = await signIn(server.url, s.username);
  admin = await signIn(server.url, (await createAccount(server.stores, 'admin')).username);
  counselor = await signIn(server.url, (await createAccount(server.stores, 'counselor')).username);
  ids = await seedResults(server.stores, [
    { userId: 'teen-1', completedAt: '2026-03-01T16:30:00.000Z', locality: 'vd-xa-1', code: 'RIC', ageBand: '16-17', grade: 'g11', gender: 'male' },
    { userId: 'teen-2', completedAt: '2026-03-02T02:00:00.000Z', locality: 'vd-xa-1', channel: 'web' },
    { userId: 'teen-3', completedAt: '2026-03-20T02:00:00.000Z', locality: 'vd-phuong-1', code: 'AES' },
    { userId: 'teen-4', completedAt: '2026-04-05T02:00:00.000Z', code: 'SEC', ageBand: '18+' },
  ]);
});
afterAll(async () => {
  await server.stop();
});

const json = async <T>(res: Response): Promise<T> => (await res.json()) as T;

describe('survey console API: access', () => {
  const routes: [string, string][] = [
    ['GET', `${SURVEY_API}/meta`],
    ['GET', `${SURVEY_API}/stats`],
    ['GET', `${SURVEY_API}/results`],
    ['GET', `${SURVEY_API}/results/x`],
    ['POST', `${SURVEY_API}/export`],
  ];

  it('denies every route without a session (401)', async () => {
    for (const [method, path] of routes) {
      const res = await fetch(`${server.url}${path}`, { method, headers: { 'Content-Type': 'application/json' }, ...(method === 'POST' ? { body: '{"format":"csv"}' } : {}) });
      expect(res.status, `${method} ${path}`).toBe(401);
    }
  });

  it('denies counselors (403): survey results are for programme staff and admins', async () => {
    for (const [method, path] of routes) {
      const res = await counselor.call(method, path, method === 'POST' ? { format: 'csv' } : undefined);
      expect(res.status, `${method} ${path}`).toBe(403);
    }
  });

  it('enforces CSRF on the export (403 without the token, nothing exported, nothing audited)', async () => {
    const before = (await server.stores.audit.list({ action: 'export.csv' })).length;
    const res = await staff.call('POST', `${SURVEY_API}/export`, { format: 'csv' }, { csrf: false });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: string }).error).toBe('csrf');
    expect((await server.stores.audit.list({ action: 'export.csv' })).length).toBe(before);
  });
});

describe('survey console API: data', () => {
  it('lists results newest first without user ids, with locality names; filters and pages', async () => {
    const all = await json<{ total: number; items: Record<string, unknown>[] }>(await staff.call('GET', `${SURVEY_API}/results`));
    expect(all.total).toBe(4);
    expect(all.items.map((r) => r.id)).toEqual([...ids].reverse());
    expect(JSON.stringify(all)).not.toMatch(/teen-\d|userId|consent/);
    expect(all.items.at(-1)).toMatchObject({ locality: 'vd-xa-1', localityName: 'Xã Ví Dụ Ba', grade: 'g11', gender: 'male', code: 'RIC' });
    // 1 March 16:30Z is 23:30 on 1 March in Vietnam; 2 March 02:00Z is 09:00 on 2 March.
    const day = await json<{ total: number }>(await staff.call('GET', `${SURVEY_API}/results?from=2026-03-02&to=2026-03-02`));
    expect(day.total).toBe(1);
    const combo = await json<{ items: { id: string }[] }>(await staff.call('GET', `${SURVEY_API}/results?locality=vd-xa-1&top=S&channel=web`));
    expect(combo.items.map((r) => r.id)).toEqual([ids[1]]);
    const none = await json<{ items: { id: string }[] }>(await staff.call('GET', `${SURVEY_API}/results?locality=none&ageBand=18%2B`));
    expect(none.items.map((r) => r.id)).toEqual([ids[3]]);
    const page = await json<{ items: { id: string }[] }>(await staff.call('GET', `${SURVEY_API}/results?limit=2&offset=2`));
    expect(page.items.map((r) => r.id)).toEqual([ids[1], ids[0]]);
  });

  it('rejects bad filters with 400', async () => {
    for (const q of ['from=2026-13-45', 'from=2026-03-05&to=2026-03-01', 'top=X', 'ageBand=adult', 'limit=5000', 'unknown=1']) {
      expect((await staff.call('GET', `${SURVEY_API}/results?${q}`)).status, q).toBe(400);
    }
  });

  it('aggregates for the charts: by top letter, locality, age band, channel and time', async () => {
    const { bucket, stats } = await json<{ bucket: string; stats: Record<string, unknown> & { byLocality: { locality: string | null; total: number }[] } }>(
      await admin.call('GET', `${SURVEY_API}/stats?from=2026-03-01&to=2026-03-31`),
    );
    expect(bucket).toBe('day');
    expect(stats.total).toBe(3);
    expect(stats.byTop).toEqual({ R: 1, I: 0, A: 1, S: 1, E: 0, C: 0 });
    expect(stats.byLocality[0]).toMatchObject({ locality: 'vd-xa-1', total: 2 });
    expect(stats.overTime).toEqual([{ bucket: '2026-03-01', total: 1 }, { bucket: '2026-03-02', total: 1 }, { bucket: '2026-03-20', total: 1 }]);
    const months = await json<{ bucket: string; stats: { overTime: unknown[] } }>(await staff.call('GET', `${SURVEY_API}/stats`));
    expect(months.bucket).toBe('month');
    expect(months.stats.overTime).toEqual([{ bucket: '2026-03', total: 3 }, { bucket: '2026-04', total: 1 }]);
  });

  it('gives labels and localities for the page in the asked language', async () => {
    const vi = await json<{ labels: { types: Record<string, string> }; localities: { id: string }[]; channels: string[] }>(await staff.call('GET', `${SURVEY_API}/meta?lang=vi`));
    expect(vi.labels.types.S).toBe('Xã hội');
    expect(vi.localities.map((l) => l.id)).toContain('vd-xa-1');
    expect(vi.channels.sort()).toEqual(['web', 'zalo']);
    const en = await json<{ labels: { types: Record<string, string> } }>(await staff.call('GET', `${SURVEY_API}/meta?lang=en`));
    expect(en.labels.types.S).toBe('Social');
  });

  it('shows one result (audited) and answers 404 for an unknown id', async () => {
    const res = await staff.call('GET', `${SURVEY_API}/results/${ids[2]}`);
    expect(res.status).toBe(200);
    expect((await json<{ result: { code: string } }>(res)).result.code).toBe('AES');
    expect((await server.stores.audit.list({ action: 'survey.view' })).map((e) => e.target)).toContain(ids[2]);
    expect((await staff.call('GET', `${SURVEY_API}/results/nope`)).status).toBe(404);
  });

  it('exports CSV with the filtered rows and writes who, when and which filters to the audit log', async () => {
    const res = await staff.call('POST', `${SURVEY_API}/export`, { format: 'csv', lang: 'vi', filters: { locality: 'vd-xa-1' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="ket-qua-trac-nghiem-\d{8}\.csv"/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toContain('Mã Holland');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual([ids[0], ids[1]]);
    expect(lines[1]).toContain('2026-03-01 23:30');
    expect(lines[1]).toContain('Xã Ví Dụ Ba');
    expect(text).not.toMatch(/teen-\d/);
    const audit = await server.stores.audit.list({ action: 'export.csv' });
    expect(audit.at(0)).toMatchObject({ actorId: staffId, target: 'survey_results', details: { filters: { locality: 'vd-xa-1' }, rows: 2 } });
  });

  it('exports XLSX that opens with the right rows, headers in English when asked', async () => {
    const res = await admin.call('POST', `${SURVEY_API}/export`, { format: 'xlsx', lang: 'en', filters: { top: 'S' } });
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(10).value).toBe('Holland code');
    const rows: unknown[][] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) rows.push(row.values as unknown[]);
    });
    expect(rows.map((r) => r[1])).toEqual([ids[1], ids[3]]);
    expect(rows[0]![2]).toBeInstanceOf(Date);
    expect((await server.stores.audit.list({ action: 'export.xlsx' })).length).toBe(1);
  });

  it('rejects a bad export request (400) without auditing it', async () => {
    expect((await staff.call('POST', `${SURVEY_API}/export`, { format: 'pdf' })).status).toBe(400);
    expect((await staff.call('POST', `${SURVEY_API}/export`, { format: 'csv', filters: { from: 'yesterday' } })).status).toBe(400);
    expect((await server.stores.audit.list({ action: 'export.pdf' })).length).toBe(0);
  });
});
