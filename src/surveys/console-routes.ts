import type { Response } from 'restify';
import type { i18n as I18n } from 'i18next';
import { z } from 'zod';
import type { Console } from '../console';
import type { ConsoleContext } from '../console/router';
import { toLang, type Lang } from '../i18n';
import type { Logger } from '../logger';
import { sendError } from '../server/http-errors';
import type { Stores } from '../storage';
import type { StoredSurveyResult } from '../storage/ports/surveys';
import { surveyContent } from './content';
import { VIETNAM_UTC_OFFSET_MINUTES, writeCsv, writeXlsx } from './export';
import { SurveyLabels } from './labels';
import type { LocalityList } from './localities';
import { bucketFor, staffFilterSchema, toStoreFilter, type StaffFilter } from './staff-filters';

/** Programme staff and admins review survey results; counselors do not (data minimisation). */
export const SURVEY_ROLES = ['staff', 'admin'] as const;
export const SURVEY_API = '/console/api/surveys';
const DEFAULT_PAGE = 50;
const MAX_PAGE = 200;

export interface SurveyConsoleDeps {
  stores: Pick<Stores, 'surveyResults' | 'audit'>;
  i18n: I18n;
  logger: Logger;
  /** The configured communes/wards (LOCALITIES_FILE), for names and the locality filter. */
  localities?: LocalityList;
  /** Staff time zone for dates and charts; Vietnam (UTC+7) by default. */
  utcOffsetMinutes?: number;
  now?: () => Date;
}

/** What the browser may see of a result: never the user id or the consent id. */
export function publicResult(r: StoredSurveyResult, labels: SurveyLabels) {
  return {
    id: r.id,
    completedAt: r.completedAt,
    channel: r.channel,
    lang: r.lang,
    ageBand: r.ageBand,
    grade: r.grade ?? null,
    locality: r.locality ?? null,
    localityName: r.locality ? labels.locality(r.locality) : null,
    gender: r.gender ?? null,
    code: r.code,
    scores: r.scores,
    maxScore: r.maxScore,
    itemSet: r.itemSet,
  };
}

const pageQuery = z.object({ limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(DEFAULT_PAGE), offset: z.coerce.number().int().min(0).default(0) });
const exportBody = z
  .object({ format: z.enum(['csv', 'xlsx']), lang: z.enum(['vi', 'en']).default('vi'), filters: staffFilterSchema.default({}) })
  .strict();

const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

/** Splits the query into filters (validated) and the rest. Answers 400 and returns undefined when invalid. */
function filtersOf(ctx: ConsoleContext<unknown>): StaffFilter | undefined {
  const { limit: _l, offset: _o, lang: _lang, bucket: _b, ...rest } = ctx.query;
  const parsed = staffFilterSchema.safeParse(rest);
  if (parsed.success) return parsed.data;
  sendError(ctx.res, 400, 'invalid_request', parsed.error.issues.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`).join('; '));
  return undefined;
}

/** The staff survey pages' API: metadata, aggregates, the list, one result, and CSV/XLSX exports (audited). */
export function surveysConsoleFeature(deps: SurveyConsoleDeps): (console: Console) => void {
  const offset = deps.utcOffsetMinutes ?? VIETNAM_UTC_OFFSET_MINUTES;
  const now = deps.now ?? (() => new Date());
  const labelsFor = (lang: Lang) => new SurveyLabels(deps.i18n, lang, deps.localities);
  const store = deps.stores.surveyResults;
  const log = deps.logger.child({ module: 'surveys:console' });

  return (console) => {
    const { router } = console;
    router.add({
      method: 'GET',
      path: `${SURVEY_API}/meta`,
      roles: SURVEY_ROLES,
      handler: async (ctx) => {
        const labels = labelsFor(toLang(ctx.query.lang));
        const stats = await store.stats({}, { bucket: 'month', utcOffsetMinutes: offset });
        const content = surveyContent(deps.i18n);
        return {
          labels: labels.all(),
          localities: (deps.localities?.all ?? []).map((l) => ({ id: l.id, name: l.name })),
          /** Ids found in results but missing from the configured list (renamed or removed places). */
          unlistedLocalities: stats.byLocality.map((l) => l.locality).filter((id): id is string => id !== null && !deps.localities?.get(id)),
          channels: stats.byChannel.map((c) => c.channel),
          itemSet: content.itemSet,
          maxScore: content.maxScore,
          total: stats.total,
        };
      },
    });

    router.add({
      method: 'GET',
      path: `${SURVEY_API}/stats`,
      roles: SURVEY_ROLES,
      handler: async (ctx) => {
        const f = filtersOf(ctx);
        if (!f) return undefined;
        const bucket = ctx.query.bucket === 'day' || ctx.query.bucket === 'month' ? ctx.query.bucket : bucketFor(f);
        return { bucket, stats: await store.stats(toStoreFilter(f, offset), { bucket, utcOffsetMinutes: offset }) };
      },
    });

    router.add({
      method: 'GET',
      path: `${SURVEY_API}/results`,
      roles: SURVEY_ROLES,
      handler: async (ctx) => {
        const f = filtersOf(ctx);
        if (!f) return undefined;
        const page = pageQuery.safeParse(ctx.query);
        if (!page.success) return sendError(ctx.res, 400, 'invalid_request', 'limit must be 1-200 and offset ≥ 0');
        const filter = toStoreFilter(f, offset);
        const labels = labelsFor(toLang(ctx.query.lang));
        const [total, items] = await Promise.all([store.count(filter), store.list(filter, page.data)]);
        return { total, limit: page.data.limit, offset: page.data.offset, items: items.map((r) => publicResult(r, labels)) };
      },
    });

    router.add({
      method: 'GET',
      path: `${SURVEY_API}/results/:id`,
      roles: SURVEY_ROLES,
      handler: async (ctx) => {
        const result = await store.get(ctx.params.id ?? '');
        if (!result) return sendError(ctx.res, 404, 'not_found', 'no such result');
        await deps.stores.audit.record({ at: now().toISOString(), actorId: ctx.account.id, actorName: ctx.account.username, action: 'survey.view', target: result.id });
        return { result: publicResult(result, labelsFor(toLang(ctx.query.lang))) };
      },
    });

    router.add({
      method: 'POST',
      path: `${SURVEY_API}/export`,
      roles: SURVEY_ROLES,
      body: exportBody,
      handler: async (ctx) => {
        const { format, lang, filters } = ctx.body;
        const filter = toStoreFilter(filters, offset);
        const matched = await store.count(filter);
        await deps.stores.audit.record({
          at: now().toISOString(),
          actorId: ctx.account.id,
          actorName: ctx.account.username,
          action: `export.${format}`,
          target: 'survey_results',
          details: { filters, rows: matched },
        });
        await streamExport(ctx.res, format, () => {
          const options = { labels: labelsFor(lang), utcOffsetMinutes: offset, aborted: () => ctx.res.destroyed || ctx.req.socket.destroyed };
          return format === 'csv' ? writeCsv(store, filter, ctx.res, options) : writeXlsx(store, filter, ctx.res, options);
        }, now(), offset).catch((err: unknown) => log.error({ err, format }, 'survey export failed'));
        return undefined;
      },
    });
  };
}

/** Sends the download headers and runs the writer; a failure after the headers cuts the connection. */
async function streamExport(res: Response, format: 'csv' | 'xlsx', write: () => Promise<number>, at: Date, offset: number): Promise<void> {
  const day = new Date(at.getTime() + offset * 60_000).toISOString().slice(0, 10).replace(/-/g, '');
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[format],
    'Content-Disposition': `attachment; filename="ket-qua-trac-nghiem-${day}.${format}"`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  try {
    await write();
  } catch (err) {
    res.destroy();
    throw err;
  }
}
