import { z } from 'zod';
import { RIASEC, type Riasec } from './types';
import { readYamlFile } from './yaml-file';

/** Local training offers shown with a result when they fit its letters (LOCAL_PROGRAMMES_FILE). */
const bilingual = z.object({ vi: z.string().trim().min(1).max(200), en: z.string().trim().min(1).max(200) }).strict();
const programmesFile = z
  .object({
    programmes: z.array(
      z
        .object({
          id: z.string().regex(/^[a-z0-9-]+$/),
          codes: z.array(z.enum(RIASEC)).min(1),
          level: z.enum(['so-cap', 'trung-cap', 'cao-dang', 'nine-plus', 'trung-hoc-nghe', 'other']),
          name: bilingual,
          where: bilingual.optional(),
          contact: z.string().trim().min(1).max(200).optional(),
        })
        .strict(),
    ),
  })
  .strict();

export type LocalProgramme = z.infer<typeof programmesFile>['programmes'][number];

/** Most results show at most this many local programmes. */
export const MAX_PROGRAMMES_SHOWN = 3;

export function loadLocalProgrammes(file: string): LocalProgramme[] {
  return readYamlFile(file, programmesFile).programmes;
}

/** Programmes sharing a letter with `letters`, those matching the strongest letter first. */
export function programmesFor(programmes: readonly LocalProgramme[], letters: readonly Riasec[], limit = MAX_PROGRAMMES_SHOWN): LocalProgramme[] {
  const rank = (p: LocalProgramme) => Math.min(...p.codes.map((c) => (letters.includes(c) ? letters.indexOf(c) : Infinity)));
  return programmes
    .map((p, i) => ({ p, r: rank(p), i }))
    .filter((x) => x.r !== Infinity)
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.p);
}
