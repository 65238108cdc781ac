import { z } from 'zod';
import { foldedText } from '../nlu/normalize';
import { SurveyDataError } from './errors';
import { readYamlFile } from './yaml-file';

/**
 * The communes and wards a user may pick in the optional profile (LOCALITIES_FILE). Since 1 July 2025 local
 * government has two tiers, province and commune/ward; districts are gone (reference facts.md §6), so the
 * list holds communes (xã), wards (phường) and special zones (đặc khu), never districts.
 */
export const LOCALITY_KINDS = ['xa', 'phuong', 'dac-khu'] as const;

const localitiesFile = z
  .object({
    province: z.string().trim().min(1),
    localities: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z0-9-]{1,100}$/, 'use a-z, 0-9 and dashes'),
            kind: z.enum(LOCALITY_KINDS),
            name: z.string().trim().min(1).max(100),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export type Locality = z.infer<typeof localitiesFile>['localities'][number];

/** Words a user may type before a name ("xã", "phường") that say nothing about which one. */
const PREFIX = /^(xa|phuong|dac khu|thi tran|p|x)\s+/;
const key = (s: string) => foldedText(s).replace(PREFIX, '').trim();

export class LocalityList {
  private readonly byId: Map<string, Locality>;
  constructor(
    readonly province: string,
    readonly all: readonly Locality[],
  ) {
    this.byId = new Map(all.map((l) => [l.id, l]));
  }

  get(id: string): Locality | undefined {
    return this.byId.get(id);
  }

  /**
   * Localities a typed text may mean, best first: an exact name (with or without "xã/phường", diacritics or
   * case) wins alone; otherwise every name containing the text, at most `limit`.
   */
  match(text: string, limit = 5): Locality[] {
    const k = key(text);
    if (k.length < 2) return [];
    const exact = this.all.filter((l) => key(l.name) === k || foldedText(l.name) === foldedText(text));
    if (exact.length > 0) return exact.slice(0, limit);
    return this.all.filter((l) => key(l.name).includes(k)).slice(0, limit);
  }
}

/** Reads and checks a localities YAML file. Throws SurveyDataError (duplicate ids too). */
export function loadLocalities(file: string): LocalityList {
  const data = readYamlFile(file, localitiesFile);
  const seen = new Set<string>();
  for (const l of data.localities) {
    if (seen.has(l.id)) throw new SurveyDataError(file, `duplicate locality id ${l.id}`);
    seen.add(l.id);
  }
  return new LocalityList(data.province, data.localities);
}
