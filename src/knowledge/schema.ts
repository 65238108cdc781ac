/**
 * The shape of a knowledge-base entry (see .tmp/KB_FORMAT.md), checked with zod when files are loaded. Rules that
 * need more than one entry (duplicate ids, dangling `related`) live in ./validate.
 */
import { z } from 'zod';

export const DOMAINS = ['rights', 'training', 'jobs', 'abroad', 'programme'] as const;
export type Domain = (typeof DOMAINS)[number];

export const MAX_ANSWER_CHARS = 600;
export const MAX_MORE_CHARS = 1200;
export const MIN_VI_QUESTIONS = 6;
export const MIN_EN_QUESTIONS = 3;
export const MIN_RELATED = 1;
export const MAX_RELATED = 4;
/** The only placeholder an answer may contain; the engine fills it from the organisation profile. */
export const ORG_CONTACT_PLACEHOLDER = '{{orgContact}}';

const ID = /^(rights|training|jobs|abroad|programme)\.[a-z0-9]+(-[a-z0-9]+)*$/;

/** "YYYY-MM-DD" that is a real calendar date (rejects 2026-02-30). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'is not a real calendar date');

const text = (max?: number) => {
  const base = z.string().trim().min(1, 'is empty');
  return max === undefined ? base : base.max(max, `is longer than ${max} characters`);
};

/** Both languages are required: a missing one is reported as "missing translation". */
const bilingual = (max?: number) =>
  z.object(
    {
      vi: text(max).optional(),
      en: text(max).optional(),
    },
    { error: 'must have vi and en texts' },
  ).strict();

const questions = z
  .object({
    vi: z.array(text()).optional(),
    en: z.array(text()).optional(),
  })
  .strict();

/** One entry as written in a content file (before cross-entry checks). */
export const entrySchema = z
  .object({
    id: z.string().regex(ID, 'must be "<domain>.<slug>" with a known domain and a slug of a-z, 0-9 and single dashes'),
    domain: z.enum(DOMAINS, { error: `must be one of ${DOMAINS.join(', ')}` }),
    reviewed: isoDate,
    facts: z.array(z.string().regex(/^\d+(\.\d+)*$/, 'must be facts.md section numbers like "1.2"')).default([]),
    source: bilingual(),
    questions,
    answer: bilingual(MAX_ANSWER_CHARS),
    more: bilingual(MAX_MORE_CHARS).optional(),
    related: z.array(z.string()).default([]),
  })
  .strict();

export type RawEntry = z.infer<typeof entrySchema>;

/** A text in both languages. */
export interface Bilingual {
  vi: string;
  en: string;
}

/** A validated knowledge-base entry. */
export interface Entry {
  id: string;
  domain: Domain;
  /** Date the answer was last checked against the fact sheet, YYYY-MM-DD. */
  reviewed: string;
  facts: string[];
  source: Bilingual;
  questions: { vi: string[]; en: string[] };
  answer: Bilingual;
  more?: Bilingual;
  related: string[];
  /** The content file the entry came from (relative to the content folder), for error messages. */
  file: string;
}

/** A content file: a YAML list of entries. Each item is checked separately so one bad entry names its id. */
export const fileSchema = z.array(z.unknown(), { error: 'a content file must be a YAML list of entries' });
