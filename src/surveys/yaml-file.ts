import fs from 'node:fs';
import { parse } from 'yaml';
import type { z } from 'zod';
import { SurveyDataError } from './errors';

/** Reads a YAML file and checks it with a zod schema; any problem is a SurveyDataError naming the file. */
export function readYamlFile<T>(file: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new SurveyDataError(file, err instanceof Error ? err.message : String(err));
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new SurveyDataError(file, parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; '));
  }
  return parsed.data;
}
