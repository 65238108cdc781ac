import type { i18n as I18n } from 'i18next';
import { z } from 'zod';
import { LANGUAGES, type Lang } from '../i18n';
import { projectPath } from '../paths';
import { SurveyDataError } from './errors';
import { RIASEC, type Riasec } from './types';
import { readYamlFile } from './yaml-file';

/**
 * The survey's content files (src/surveys/data): the items, example occupations per type and the training
 * paths. They are data that staff can read and review, validated at start-up; their texts are put into
 * i18next as namespace `surveyContent` so dialogs reach them like any other string.
 */
export const SURVEY_DATA_DIR = projectPath('src', 'surveys', 'data');
export const CONTENT_NAMESPACE = 'surveyContent';
/** At least this many items, the same number for each type (issue 6). */
export const MIN_ITEMS = 36;
/** Chat-sized statements. */
export const MAX_ITEM_CHARS = 120;

const text = z.string().trim().min(1, 'is empty');
const bilingual = z.object({ vi: text, en: text }).strict();

const itemsFile = z
  .object({
    itemSet: z.string().regex(/^[a-z0-9-]+$/, 'use a-z, 0-9 and dashes'),
    items: z.array(
      z
        .object({
          id: z.string().regex(/^[RIASEC][0-9]{1,2}$/, 'must be a RIASEC letter and a number, like R1'),
          type: z.enum(RIASEC),
          vi: text.max(MAX_ITEM_CHARS),
          en: text.max(MAX_ITEM_CHARS),
        })
        .strict(),
    ),
  })
  .strict();

const occupationsFile = z
  .object({
    facts: z.array(z.string()),
    occupations: z.object(Object.fromEntries(RIASEC.map((c) => [c, z.array(bilingual).min(3)])) as Record<Riasec, z.ZodArray<typeof bilingual>>).strict(),
  })
  .strict();

const pathsFile = z
  .object({
    paths: z
      .array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), facts: z.array(z.string()).min(1), confidence: text, vi: text, en: text }).strict())
      .min(1),
  })
  .strict();

export interface SurveyItem {
  id: string;
  type: Riasec;
}

export interface SurveyContent {
  itemSet: string;
  /** In the order they are asked. */
  items: SurveyItem[];
  /** Highest possible score per type (items per type × 2). */
  maxScore: number;
  occupations: Record<Riasec, { vi: string; en: string }[]>;
  paths: { id: string; vi: string; en: string }[];
}

/** Rules that need the whole item list: unique ids, id letter = type, balance, no same type twice in a row. */
function checkItems(file: string, items: z.infer<typeof itemsFile>['items']): void {
  const problems: string[] = [];
  const ids = new Set<string>();
  const perType = new Map<Riasec, number>();
  items.forEach((item, i) => {
    if (ids.has(item.id)) problems.push(`duplicate id ${item.id}`);
    ids.add(item.id);
    if (item.id[0] !== item.type) problems.push(`${item.id}: id letter does not match type ${item.type}`);
    if (i > 0 && items[i - 1]?.type === item.type) problems.push(`${item.id}: same type as the item before it`);
    perType.set(item.type, (perType.get(item.type) ?? 0) + 1);
  });
  const counts = RIASEC.map((c) => perType.get(c) ?? 0);
  if (items.length < MIN_ITEMS) problems.push(`has ${items.length} items, needs at least ${MIN_ITEMS}`);
  if (new Set(counts).size !== 1) problems.push(`types are not balanced (${RIASEC.map((c, i) => `${c}=${counts[i]}`).join(', ')})`);
  if (problems.length > 0) throw new SurveyDataError(file, problems.join('; '));
}

/** Reads and checks the three content files of a data folder. Throws SurveyDataError. */
export function loadSurveyContent(dir = SURVEY_DATA_DIR): { content: SurveyContent; texts: Record<Lang, Record<string, unknown>> } {
  const itemsPath = `${dir}/items.yaml`;
  const raw = readYamlFile(itemsPath, itemsFile);
  checkItems(itemsPath, raw.items);
  const occ = readYamlFile(`${dir}/occupations.yaml`, occupationsFile);
  const paths = readYamlFile(`${dir}/training-paths.yaml`, pathsFile);
  const content: SurveyContent = {
    itemSet: raw.itemSet,
    items: raw.items.map(({ id, type }) => ({ id, type })),
    maxScore: (raw.items.length / RIASEC.length) * 2,
    occupations: occ.occupations,
    paths: paths.paths.map(({ id, vi, en }) => ({ id, vi, en })),
  };
  const bundle = (lang: Lang): Record<string, unknown> => ({
    items: Object.fromEntries(raw.items.map((item) => [item.id, item[lang]])),
    paths: Object.fromEntries(paths.paths.map((p) => [p.id, p[lang]])),
  });
  const texts: Record<Lang, Record<string, unknown>> = { vi: bundle('vi'), en: bundle('en') };
  return { content, texts };
}

const loaded = new WeakMap<I18n, SurveyContent>();

/**
 * The survey content for an i18next instance: loaded from the default folder once, its texts registered as
 * namespace `surveyContent` (`surveyContent:items.R1`, `surveyContent:paths.so-cap`).
 */
export function surveyContent(i18n: I18n): SurveyContent {
  const cached = loaded.get(i18n);
  if (cached) return cached;
  const { content, texts } = loadSurveyContent();
  for (const lang of LANGUAGES) {
    i18n.removeResourceBundle(lang, CONTENT_NAMESPACE);
    i18n.addResourceBundle(lang, CONTENT_NAMESPACE, texts[lang], false, true);
  }
  loaded.set(i18n, content);
  return content;
}
