import { TestAdapter, TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import { createBotApp, type BotApp } from '../../src/bot/app';
import type { HandoffSettings } from '../../src/handoff';
import type { ConversationEvent, QueueEvent } from '../../src/handoff/events';
import type { Notifier, OffConsoleAlert } from '../../src/handoff/notifiers/notifier';
import { createI18n } from '../../src/i18n';
import { createLogger } from '../../src/logger';
import { openSqliteStores, type Stores } from '../../src/storage';
import type { ConsoleRole } from '../../src/storage/ports/console';
import { testKnowledge } from '../helpers/knowledge';
import { tempDir } from '../helpers/tmp';

/** A clock tests move by hand. Starts on a Monday 10:00 in Hanoi (inside the default office hours). */
export class ManualClock {
  constructor(public ms = Date.parse('2026-01-12T03:00:00.000Z')) {}
  readonly now = (): Date => new Date(this.ms);
  advance(ms: number): void {
    this.ms += ms;
  }
  set(iso: string): void {
    this.ms = Date.parse(iso);
  }
}

/** botbuilder's TestAdapter with proactive turns (it has none): they run the whole middleware pipeline. */
export class ProactiveTestAdapter extends TestAdapter {
  override continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: 'event', name: 'continueConversation' }, reference, true);
    return this.processActivity(activity, logic);
  }
}

export class RecordingNotifier implements Notifier {
  readonly name = 'recording';
  readonly alerts: OffConsoleAlert[] = [];
  notify(alert: OffConsoleAlert): Promise<void> {
    this.alerts.push(alert);
    return Promise.resolve();
  }
}

export interface HandoffBot {
  app: BotApp;
  adapter: ProactiveTestAdapter;
  stores: Stores;
  clock: ManualClock;
  notifier: RecordingNotifier;
  queueEvents: QueueEvent[];
  /** Every message the teen's channel received, proactive ones included. */
  sent: Partial<Activity>[];
  say(text: string): Promise<Partial<Activity>[]>;
  /** A counselor account in storage. */
  counselor(name?: string, role?: ConsoleRole): Promise<{ id: string; username: string }>;
  /** Queue events as one counselor's console receives them (subscribes now). */
  listenAs(accountId: string): QueueEvent[];
  /** Conversation events of one ticket (subscribes now). */
  watch(ticketId: string): ConversationEvent[];
  close(): Promise<void>;
}

/**
 * The real bot (real SQLite, the whole middleware pipeline: language, transcript, safety, handoff gate) on
 * botbuilder's TestAdapter, with the handoff's relay pointed at the same adapter for proactive turns.
 */
export async function handoffBot(o: { settings?: Partial<HandoffSettings>; clock?: ManualClock; locale?: string } = {}): Promise<HandoffBot> {
  const tmp = tempDir();
  const stores = openSqliteStores(tmp.dir);
  const i18n = createI18n();
  const clock = o.clock ?? new ManualClock();
  const notifier = new RecordingNotifier();
  const app = createBotApp({
    i18n,
    stores,
    logger: createLogger('silent'),
    knowledge: testKnowledge(i18n),
    now: clock.now,
    handoff: { settings: { officeHours: 'Mon-Fri 07:30-17:00', ...o.settings }, notifiers: [notifier] },
  });
  const sent: Partial<Activity>[] = [];
  const adapter = app.attach(new ProactiveTestAdapter(app.logic, { locale: o.locale ?? 'vi-VN' }));
  adapter.use({
    onTurn: async (ctx: TurnContext, next) => {
      ctx.onSendActivities(async (_c, acts, nextSend) => {
        const res = await nextSend();
        sent.push(...acts.filter((a) => a.type === 'message'));
        return res;
      });
      await next();
    },
  });
  app.services.handoff.relay.register('test', {
    adapter: { continueConversationAsync: (_id: string, ref: Partial<ConversationReference>, logic: (c: TurnContext) => Promise<void>) => adapter.continueConversation(ref, logic) },
  });
  const queueEvents: QueueEvent[] = [];
  const unsub = app.services.handoff.hub.subscribeQueue('observer', (e) => queueEvents.push(e), () => undefined);
  let n = 0;
  return {
    app,
    adapter,
    stores,
    clock,
    notifier,
    queueEvents,
    sent,
    async say(text) {
      adapter.activeQueue.splice(0);
      await adapter.receiveActivity(text);
      return adapter.activeQueue.splice(0).filter((a) => a.type === 'message');
    },
    async counselor(name = `counselor${(n += 1)}`, role = 'counselor') {
      const id = `acc-${name}`;
      const at = clock.now().toISOString();
      await stores.consoleAccounts.create({ id, username: name, displayName: name.toUpperCase(), role, passwordHash: 'x', disabled: false, createdAt: at, updatedAt: at });
      return { id, username: name };
    },
    listenAs(accountId) {
      const events: QueueEvent[] = [];
      app.services.handoff.hub.subscribeQueue(accountId, (e) => events.push(e), () => undefined);
      return events;
    },
    watch(ticketId) {
      const events: ConversationEvent[] = [];
      app.services.handoff.hub.subscribeConversation(ticketId, 'observer', (e) => events.push(e), () => undefined);
      return events;
    },
    async close() {
      unsub();
      await app.services.handoff.stop();
      await stores.close();
      tmp.cleanup();
    },
  };
}

export const textsOf = (acts: Partial<Activity>[]): string[] => acts.map((a) => a.text ?? '');
