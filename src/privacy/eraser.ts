import type { Stores } from '../storage';

/** Whose data to erase: the pseudonymous channel user id, and the conversation the request came from. */
export interface ErasureTarget {
  userId: string;
  /** Conversation state is keyed by conversation id, which on the web does not contain the user id. */
  conversationId?: string;
}

/** How each key of `Stores` takes part in erasure: it erases, or it says why it holds no user data. */
export type ErasureStep =
  | { erase: (stores: Stores, target: ErasureTarget) => Promise<number> }
  | { holdsNoUserData: string };

/** Rows (or items) deleted per store. */
export type ErasureReport = Record<string, number>;

async function deleteFlags(stores: Stores, target: ErasureTarget): Promise<number> {
  const r = await stores.riskFlags.deleteByUser(target.userId);
  return r.flags + r.misses;
}

/**
 * Messenger/Zalo: unsent messages, the contact record (reply window, offered options) and delivery failures.
 * The inbox holds a verified event only until its turn has run (the deletion request itself), and its dedupe
 * keys hold no content; tokens belong to the Page/OA.
 */
async function deleteChannelData(stores: Stores, target: ErasureTarget): Promise<number> {
  const c = stores.channels;
  return (await c.outbox.deleteByUser(target.userId)) + (await c.contacts.deleteByUser(target.userId)) + (await c.failures.deleteByUser(target.userId));
}

async function deleteBotState(stores: Stores, target: ErasureTarget): Promise<number> {
  let n = await stores.botState.deleteMatching(target.userId);
  if (target.conversationId && !target.conversationId.includes(target.userId)) n += await stores.botState.deleteMatching(target.conversationId);
  return n;
}

/**
 * Every key of `Stores` MUST appear here (the type requires it, and test/surveys/privacy-eraser.test.ts checks
 * the keys of a real store set at run time), so a new store holding user data cannot be left out of "delete my
 * data" silently.
 */
export const ERASURE_PLAN: { readonly [K in keyof Stores]-?: ErasureStep } = {
  engine: { holdsNoUserData: 'the engine name, not a store' },
  ping: { holdsNoUserData: 'a readiness probe, not a store' },
  close: { holdsNoUserData: 'closes the database, not a store' },
  botState: { erase: deleteBotState },
  transcripts: { erase: (s, t) => s.transcripts.deleteByUser(t.userId) },
  tickets: { erase: (s, t) => s.tickets.deleteByUser(t.userId) },
  feedback: { erase: (s, t) => s.feedback.deleteByUser(t.userId) },
  consents: { erase: (s, t) => s.consents.deleteByUser(t.userId) },
  surveyResults: { erase: (s, t) => s.surveyResults.deleteByUser(t.userId) },
  surveyProfiles: { erase: (s, t) => s.surveyProfiles.deleteByUser(t.userId) },
  riskFlags: { erase: deleteFlags },
  channels: { erase: deleteChannelData },
  events: { holdsNoUserData: 'transient notifications between app instances; they expire within EVENT_TTL_SECONDS and are not kept per user' },
  consoleAccounts: { holdsNoUserData: 'staff console accounts only' },
  consoleSessions: { holdsNoUserData: 'staff console sessions only' },
  audit: {
    holdsNoUserData: 'staff actions; exports record filters, never user ids — kept as the record of who accessed data',
  },
};

/**
 * "Delete my data": deletes a user's data from every store that holds it and returns the counts per store.
 * Each store is attempted even if another fails; failures are rethrown together at the end, so a partial
 * erasure is never reported as complete.
 */
export class DataEraser {
  constructor(private readonly stores: Stores) {}

  async erase(target: ErasureTarget): Promise<ErasureReport> {
    const report: ErasureReport = {};
    const failures: { store: string; error: unknown }[] = [];
    for (const [name, step] of Object.entries(ERASURE_PLAN)) {
      if (!('erase' in step)) continue;
      try {
        report[name] = await step.erase(this.stores, target);
      } catch (error) {
        failures.push({ store: name, error });
      }
    }
    if (failures.length > 0) throw new ErasureError(failures.map((f) => f.store), failures[0]?.error);
    return report;
  }
}

/** Some stores could not be erased; names them (no user data in the message). */
export class ErasureError extends Error {
  override readonly name = 'ErasureError';
  constructor(
    readonly stores: string[],
    cause: unknown,
  ) {
    super(`erasure failed in: ${stores.join(', ')}`, { cause });
  }
}
