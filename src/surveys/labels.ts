import type { i18n as I18n, TFunction } from 'i18next';
import type { Lang } from '../i18n';
import type { LocalityList } from './localities';
import { AGE_BANDS, GENDERS, GRADES, RIASEC, type AgeBand, type Gender, type Grade, type Riasec } from './types';

/**
 * Human-readable names of the survey's codes (types, age bands, grades, genders, localities) in one language,
 * from the same locale files the bot speaks, so staff pages and exports use the teen-facing wording.
 */
export class SurveyLabels {
  readonly t: TFunction;
  private readonly cache = new Map<string, string>();
  constructor(
    i18n: I18n,
    readonly lang: Lang,
    private readonly localities?: LocalityList,
  ) {
    this.t = i18n.getFixedT(lang);
  }

  /** Labels are looked up once each: an export asks for the same few labels 100,000 times. */
  private memo(key: string, make: () => string): string {
    let v = this.cache.get(key);
    if (v === undefined) {
      v = make();
      this.cache.set(key, v);
    }
    return v;
  }

  type(c: Riasec): string {
    return this.memo(`t:${c}`, () => this.t(`survey:types.${c}.name`));
  }

  ageBand(b: AgeBand): string {
    return this.memo(`a:${b}`, () => this.t(`privacy:consent.ages.${b}`));
  }

  grade(g: Grade | undefined): string {
    if (!g) return this.unknown();
    return this.memo(`g:${g}`, () => (g.startsWith('g') ? this.t('survey:export.gradeNumber', { n: g.slice(1) }) : this.t(`survey:profile.grades.${g}`)));
  }

  gender(g: Gender | undefined): string {
    return g ? this.memo(`s:${g}`, () => this.t(`survey:profile.genders.${g}`)) : this.unknown();
  }

  /** The configured name, or the stored id when the list no longer has it. */
  locality(id: string | undefined | null): string {
    if (!id) return this.unknown();
    return this.localities?.get(id)?.name ?? id;
  }

  private unknown(): string {
    return this.memo('unknown', () => this.t('survey:export.unknown'));
  }

  /** Every label at once, for the browser. */
  all(): { types: Record<Riasec, string>; ageBands: Record<AgeBand, string>; grades: Record<Grade, string>; genders: Record<Gender, string>; unknown: string } {
    const map = <K extends string>(keys: readonly K[], f: (k: K) => string) => Object.fromEntries(keys.map((k) => [k, f(k)])) as Record<K, string>;
    return {
      types: map(RIASEC, (c) => this.type(c)),
      ageBands: map(AGE_BANDS, (b) => this.ageBand(b)),
      grades: map(GRADES, (g) => this.grade(g)),
      genders: map(GENDERS, (g) => this.gender(g)),
      unknown: this.t('survey:export.unknown'),
    };
  }
}
