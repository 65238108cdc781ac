import { LEVEL_RANK, RISK_LEVELS, type RiskLevel } from '../safety/types';
import type { Stores } from '../storage';
import type { ExtraPurge } from './retention';

/** A "talk to a counselor" tap this soon after a risk answer keeps that risk's priority. */
export const RECENT_RISK_MS = 24 * 60 * 60 * 1000;

/** Optional stores the handoff reads when the application has them. */
export type HookStores = Partial<Pick<Stores, 'riskFlags' | 'consents' | 'surveyProfiles' | 'channels'>>;

/** The most urgent risk level flagged in a conversation within RECENT_RISK_MS. */
export function riskLevelFrom(stores: HookStores, now: () => Date): ((conversationId: string) => Promise<RiskLevel | undefined>) | undefined {
  const flags = stores.riskFlags;
  if (!flags) return undefined;
  return async (conversationId) => {
    const recent = await flags.list({ conversationId, from: new Date(now().getTime() - RECENT_RISK_MS), limit: 200 });
    let top: RiskLevel | undefined;
    for (const f of recent) if ((RISK_LEVELS as readonly string[]).includes(f.level) && (!top || LEVEL_RANK[f.level] > LEVEL_RANK[top])) top = f.level;
    return top;
  };
}

/** The teen's commune/ward, only while they have an active consent (and a profile that names one). */
export function localityFrom(stores: HookStores): ((userId: string) => Promise<string | undefined>) | undefined {
  const { consents, surveyProfiles } = stores;
  if (!consents || !surveyProfiles) return undefined;
  return async (userId) => ((await consents.active(userId)) ? (await surveyProfiles.get(userId))?.locality : undefined);
}

/** Channel delivery failures expire with ordinary chats (they hold no text, but they name a user). */
export function channelPurges(stores: HookStores): ExtraPurge[] {
  const failures = stores.channels?.failures;
  return failures ? [{ name: 'channel-failures', purge: (c) => failures.purgeBefore(c.ordinaryBefore) }] : [];
}
