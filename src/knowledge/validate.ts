/**
 * Validation of the knowledge-base content: the zod entry schema plus the rules that span entries and files
 * (duplicate ids, dangling `related`, missing translations, counts, placeholders). Errors stop start-up;
 * warnings are style rules from KB_FORMAT.md that `npm run kb:check` prints but start-up tolerates.
 */
import { cleanText, syllables } from '../nlu/normalize';
import { hasDiacritics } from '../nlu/analyser';
import { viReadings } from '../nlu/teencode';
import type { KbIssue } from './errors';
import {
  entrySchema,
  fileSchema,
  MAX_RELATED,
  MIN_EN_QUESTIONS,
  MIN_RELATED,
  MIN_VI_QUESTIONS,
  ORG_CONTACT_PLACEHOLDER,
  type Entry,
  type RawEntry,
} from './schema';

/** A parsed YAML file waiting for validation. */
export interface ContentFile {
  file: string;
  data: unknown;
}

const MIN_UNACCENTED_VI = 2;
const MIN_TEEN_CODE_VI = 1;
/** Vietnamese mobile/landline (0…, 84…) and 1800/1900 service numbers, once spaces and dots are removed. */
const PHONE_DIGITS = /^(0\d{9,10}|84\d{9,10}|1[89]00\d{4,6})$/;

type Report = (issue: Omit<KbIssue, 'severity' | 'file' | 'id'>, severity?: KbIssue['severity']) => void;

function reporter(issues: KbIssue[], file: string, id: string): Report {
  return (issue, severity = 'error') => issues.push({ severity, file, id, ...issue });
}

function checkTranslations(raw: RawEntry, report: Report): void {
  const pairs: [string, { vi?: string; en?: string } | undefined][] = [
    ['source', raw.source],
    ['answer', raw.answer],
    ['more', raw.more],
  ];
  for (const [field, value] of pairs) {
    if (value === undefined) continue;
    for (const lang of ['vi', 'en'] as const) {
      if (value[lang] === undefined) report({ field: `${field}.${lang}`, problem: `missing translation (${lang})` });
    }
  }
  const vi = raw.questions.vi ?? [];
  const en = raw.questions.en ?? [];
  if (vi.length < MIN_VI_QUESTIONS) report({ field: 'questions.vi', problem: `has ${vi.length} questions, needs at least ${MIN_VI_QUESTIONS}` });
  if (en.length < MIN_EN_QUESTIONS) report({ field: 'questions.en', problem: `has ${en.length} questions, needs at least ${MIN_EN_QUESTIONS} (missing translation)` });
}

function isTeenCode(question: string): boolean {
  const tokens = syllables(cleanText(question));
  return tokens.some((t, i) => viReadings(t, tokens[i - 1]).length > 0);
}

function checkStyle(raw: RawEntry, report: Report): void {
  const vi = raw.questions.vi ?? [];
  const unaccented = vi.filter((q) => !hasDiacritics(cleanText(q))).length;
  if (unaccented < MIN_UNACCENTED_VI) report({ field: 'questions.vi', problem: `has ${unaccented} questions without diacritics, KB_FORMAT asks for ${MIN_UNACCENTED_VI}` }, 'warning');
  if (vi.filter(isTeenCode).length < MIN_TEEN_CODE_VI) report({ field: 'questions.vi', problem: 'has no question in teen code (dc, ko, 15t…)' }, 'warning');
  for (const lang of ['vi', 'en'] as const) {
    const seen = new Set<string>();
    for (const q of raw.questions[lang] ?? []) {
      const k = cleanText(q);
      if (seen.has(k)) report({ field: `questions.${lang}`, problem: `repeats the question "${q}"` }, 'warning');
      seen.add(k);
    }
  }
}

function checkTexts(raw: RawEntry, report: Report): void {
  const texts: [string, string | undefined][] = [
    ['answer.vi', raw.answer.vi], ['answer.en', raw.answer.en], ['more.vi', raw.more?.vi], ['more.en', raw.more?.en],
    ['source.vi', raw.source.vi], ['source.en', raw.source.en],
  ];
  for (const [field, value] of texts) {
    if (value === undefined) continue;
    for (const m of value.matchAll(/\{\{[^}]*\}\}/g)) {
      if (m[0] !== ORG_CONTACT_PLACEHOLDER) report({ field, problem: `unknown placeholder ${m[0]} (only ${ORG_CONTACT_PLACEHOLDER} is allowed)` });
    }
    for (const m of value.matchAll(/\+?\d[\d .-]{5,}\d/g)) {
      const digits = m[0].replace(/\D/g, '');
      if (PHONE_DIGITS.test(digits)) report({ field, problem: `contains "${m[0]}", which looks like a phone number: write {{orgContact}} instead` }, 'warning');
    }
  }
}

function checkRelatedShape(raw: RawEntry, report: Report): void {
  if (raw.related.length < MIN_RELATED || raw.related.length > MAX_RELATED) {
    report({ field: 'related', problem: `has ${raw.related.length} ids, needs ${MIN_RELATED}-${MAX_RELATED}` });
  }
  if (raw.related.includes(raw.id)) report({ field: 'related', problem: 'lists the entry itself' });
  if (new Set(raw.related).size !== raw.related.length) report({ field: 'related', problem: 'lists an id twice' });
}

function toEntry(raw: RawEntry, file: string): Entry {
  const entry: Entry = {
    id: raw.id,
    domain: raw.domain,
    reviewed: raw.reviewed,
    facts: raw.facts,
    source: { vi: raw.source.vi ?? '', en: raw.source.en ?? '' },
    questions: { vi: raw.questions.vi ?? [], en: raw.questions.en ?? [] },
    answer: { vi: raw.answer.vi ?? '', en: raw.answer.en ?? '' },
    related: raw.related,
    file,
  };
  if (raw.more) entry.more = { vi: raw.more.vi ?? '', en: raw.more.en ?? '' };
  return entry;
}

/** Validates one entry; returns it when it has no error of its own. */
function validateEntry(item: unknown, index: number, file: string, issues: KbIssue[]): Entry | undefined {
  const rawId = (item as { id?: unknown } | null)?.id;
  const id = typeof rawId === 'string' && rawId !== '' ? rawId : `#${index + 1}`;
  const report = reporter(issues, file, id);
  const parsed = entrySchema.safeParse(item);
  if (!parsed.success) {
    for (const zi of parsed.error.issues) report({ field: zi.path.join('.'), problem: zi.message });
    return undefined;
  }
  const raw = parsed.data;
  const before = issues.filter((i) => i.severity === 'error').length;
  if (!raw.id.startsWith(`${raw.domain}.`)) report({ field: 'id', problem: `must start with its domain "${raw.domain}."` });
  checkTranslations(raw, report);
  checkRelatedShape(raw, report);
  checkTexts(raw, report);
  checkStyle(raw, report);
  const fileDomain = /^([a-z]+)-/.exec(file.split('/').pop() ?? '')?.[1];
  if (fileDomain !== undefined && fileDomain !== raw.domain) report({ problem: `domain "${raw.domain}" is in a "${fileDomain}-*" file` }, 'warning');
  return issues.filter((i) => i.severity === 'error').length === before ? toEntry(raw, file) : undefined;
}

function checkAcrossEntries(entries: Entry[], allIds: Map<string, string>, issues: KbIssue[]): void {
  for (const e of entries) {
    for (const r of e.related) {
      if (!allIds.has(r)) issues.push({ severity: 'error', file: e.file, id: e.id, field: 'related', problem: `points to "${r}", which does not exist` });
    }
  }
  const owner = new Map<string, string>();
  for (const e of entries) {
    for (const q of [...e.questions.vi, ...e.questions.en]) {
      const k = cleanText(q);
      const other = owner.get(k);
      if (other !== undefined && other !== e.id) {
        issues.push({ severity: 'warning', file: e.file, id: e.id, field: 'questions', problem: `the question "${q}" is also in ${other}` });
      }
      owner.set(k, e.id);
    }
  }
}

/**
 * Validates every content file. Returns the entries that passed and every issue found; the caller decides
 * what to do with errors (start-up throws, kb:check prints).
 */
export function validateContent(files: ContentFile[]): { entries: Entry[]; issues: KbIssue[] } {
  const issues: KbIssue[] = [];
  const entries: Entry[] = [];
  const allIds = new Map<string, string>();
  for (const { file, data } of files) {
    const list = fileSchema.safeParse(data);
    if (!list.success) {
      issues.push({ severity: 'error', file, problem: list.error.issues[0]?.message ?? 'is not a list' });
      continue;
    }
    list.data.forEach((item, index) => {
      const rawId = (item as { id?: unknown } | null)?.id;
      if (typeof rawId === 'string') {
        const first = allIds.get(rawId);
        if (first !== undefined) issues.push({ severity: 'error', file, id: rawId, field: 'id', problem: `duplicate id (first defined in ${first})` });
        else allIds.set(rawId, file);
      }
      const entry = validateEntry(item, index, file, issues);
      if (entry && !entries.some((e) => e.id === entry.id)) entries.push(entry);
    });
  }
  checkAcrossEntries(entries, allIds, issues);
  return { entries, issues };
}
