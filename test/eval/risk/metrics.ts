import type { RiskAssessment } from '../../../src/safety/types';
import { LEVEL_RANK, RISK_CATEGORIES, RISK_LEVELS } from '../../../src/safety/types';
import type { EvalSet, RiskItem } from './dataset';

/** Hit rate: `hit` of `total`. */
export interface Ratio {
  hit: number;
  total: number;
}

export interface Miss {
  id: string;
  text: string;
  expected: string;
  got: string;
  holdout: boolean;
}

export interface EvalReport {
  /** Caught = assessed level at least the expected one (a `possible` item is caught by any alert). */
  recallByLevel: Record<string, Ratio>;
  recallByCategory: Record<string, Ratio>;
  /** Expected category (or an `alt`) among the flags, over caught items. */
  categoryCorrect: Ratio;
  recallOverall: Ratio;
  /** Detected at all (any alert), regardless of level. */
  detectedOverall: Ratio;
  falseAlarms: Ratio;
  /** Third-party framing recognised on items tagged `third`. */
  thirdParty: Ratio;
  /** First-person items whose top flag says third party (the reply would talk about "your friend"). */
  wrongThirdParty: Ratio;
  illegalDetected: Ratio;
  holdout: { recall: Ratio; falseAlarms: Ratio };
  misses: Miss[];
  falseAlarmList: Miss[];
  wrongCategory: Miss[];
}

function ratio(): Ratio {
  return { hit: 0, total: 0 };
}

function bump(r: Ratio, ok: boolean): void {
  r.total++;
  if (ok) r.hit++;
}

/** An alert of any kind: a level (check-ins have level `possible`). */
export function alerted(a: RiskAssessment): boolean {
  return a.level !== null;
}

function caught(item: RiskItem, a: RiskAssessment): boolean {
  return a.level !== null && LEVEL_RANK[a.level] >= LEVEL_RANK[item.level];
}

function describe(a: RiskAssessment): string {
  if (a.level === null) return a.illegalRequest ? `illegal:${a.illegalRequest.kind}` : 'none';
  return `${a.level}${a.checkIn ? '/checkIn' : ''} [${a.flags.map((f) => `${f.ruleId}:${f.level}`).join(', ')}]`;
}

/** Runs `assess` over the whole set and computes every metric the gate and the CLI print. */
export function evaluate(set: EvalSet, assess: (text: string) => RiskAssessment): EvalReport {
  const rep: EvalReport = {
    recallByLevel: Object.fromEntries(RISK_LEVELS.map((l) => [l, ratio()])),
    recallByCategory: Object.fromEntries(RISK_CATEGORIES.map((c) => [c, ratio()])),
    categoryCorrect: ratio(),
    recallOverall: ratio(),
    detectedOverall: ratio(),
    falseAlarms: ratio(),
    thirdParty: ratio(),
    wrongThirdParty: ratio(),
    illegalDetected: ratio(),
    holdout: { recall: ratio(), falseAlarms: ratio() },
    misses: [],
    falseAlarmList: [],
    wrongCategory: [],
  };
  for (const item of set.risk) {
    const a = assess(item.text);
    const ok = caught(item, a);
    bump(rep.recallByLevel[item.level] as Ratio, ok);
    bump(rep.recallByCategory[item.category] as Ratio, ok);
    bump(rep.recallOverall, ok);
    bump(rep.detectedOverall, alerted(a));
    if (item.holdout) bump(rep.holdout.recall, ok);
    const miss = { id: item.id, text: item.text, expected: `${item.category}/${item.level}`, got: describe(a), holdout: item.holdout };
    if (!ok) rep.misses.push(miss);
    if (ok) {
      const okCats = [item.category, ...(item.alt ?? [])];
      const catOk = a.flags.some((f) => okCats.includes(f.category));
      bump(rep.categoryCorrect, catOk);
      if (!catOk) rep.wrongCategory.push(miss);
    }
    if (item.tags.includes('third') && ok) bump(rep.thirdParty, a.flags.some((f) => f.thirdParty));
    if (!item.tags.includes('third') && ok) bump(rep.wrongThirdParty, a.flags[0]?.thirdParty === true);
  }
  for (const item of set.benign) {
    const a = assess(item.text);
    bump(rep.falseAlarms, alerted(a));
    if (item.holdout) bump(rep.holdout.falseAlarms, alerted(a));
    if (alerted(a)) rep.falseAlarmList.push({ id: item.id, text: item.text, expected: 'none', got: describe(a), holdout: item.holdout });
  }
  for (const item of set.illegal) bump(rep.illegalDetected, assess(item.text).illegalRequest?.kind === item.kind);
  return rep;
}

export function pct(r: Ratio): string {
  return r.total === 0 ? '   n/a' : `${((100 * r.hit) / r.total).toFixed(1).padStart(5)}%`;
}
