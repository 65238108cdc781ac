import { randomUUID } from 'node:crypto';
import {
  ActionTypes,
  ActivityTypes,
  BotAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import type { EventBus } from '../../storage/ports/events';
import type { WebSession } from './token';

export const WEB_CHANNEL_ID = 'webchat';
const BOT = { id: 'bandonghanh', name: 'Bạn Đồng Hành', role: 'bot' };
const COLLECT = Symbol('bdh.web.collect');
/** Activities kept per conversation for a browser that reconnects after a proactive message. */
const PENDING_LIMIT = 50;
/** Conversations with undelivered messages kept per instance; the oldest is dropped beyond this. */
const PENDING_CONVERSATIONS = 2000;
/** Bus topic of messages for a browser's event stream, whichever instance holds the stream. */
export const WEB_ACTIVITY_TOPIC = 'web.activity';

/** What the browser receives: only what it renders. */
export interface WebActivity {
  id: string;
  type: 'message' | 'typing';
  text?: string;
  /** `call` actions are phone numbers (`tel:111`) the page shows as links. */
  suggestedActions?: { title: string; value: string; type: 'reply' | 'call' }[];
  /** 'counselor' when a person typed it. */
  from: 'bot' | 'counselor';
  timestamp: string;
}

type Listener = (activity: WebActivity) => void;

function toWeb(a: Partial<Activity>): WebActivity | undefined {
  if (a.type !== ActivityTypes.Message && a.type !== ActivityTypes.Typing) return undefined;
  const channelData = a.channelData as { humanAgent?: boolean } | undefined;
  return {
    id: a.id ?? randomUUID(),
    type: a.type === ActivityTypes.Typing ? 'typing' : 'message',
    ...(a.text ? { text: a.text } : {}),
    ...(a.suggestedActions?.actions?.length
      ? {
          suggestedActions: a.suggestedActions.actions.map((x) => ({
            title: String(x.title ?? x.value),
            value: String(x.value ?? x.title),
            type: x.type === ActionTypes.Call ? ('call' as const) : ('reply' as const),
          })),
        }
      : {}),
    from: channelData?.humanAgent ? 'counselor' : 'bot',
    timestamp: new Date().toISOString(),
  };
}

/**
 * The website channel (try-it page and widget). A browser's message runs one turn and gets that turn's
 * replies in the HTTP response; messages sent outside a turn (a counselor's reply, a reminder) go to the
 * browser's event stream. Turns of one conversation run one at a time, in arrival order.
 *
 * With an event bus (several instances), a proactive message is published on the bus and every instance
 * delivers it to the streams it holds, so a counselor working on instance B reaches a teen connected to A.
 */
export class WebAdapter extends BotAdapter {
  private readonly unsubscribeBus: (() => void) | undefined;

  constructor(private readonly bus?: EventBus) {
    super();
    this.unsubscribeBus = bus?.subscribe(
      (event) => {
        const data = event.data as { conversationId?: unknown; activity?: WebActivity };
        if (typeof data.conversationId === 'string' && data.activity) this.deliver(data.conversationId, data.activity);
      },
      { topics: [WEB_ACTIVITY_TOPIC] },
    );
  }

  private readonly chains = new Map<string, Promise<unknown>>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly pending = new Map<string, WebActivity[]>();
  private readonly streamClosers = new Set<() => void>();

  /** Runs one inbound activity for a session and returns the replies of that turn. */
  process(session: WebSession, input: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<WebActivity[]> {
    const activity: Partial<Activity> = {
      id: randomUUID(),
      channelId: WEB_CHANNEL_ID,
      serviceUrl: 'web',
      timestamp: new Date(),
      from: { id: session.userId, name: '', role: 'user' },
      recipient: BOT,
      conversation: { id: session.conversationId, isGroup: false, conversationType: 'personal', name: '' },
      ...input,
    };
    return this.serialize(session.conversationId, async () => {
      const collected: WebActivity[] = [];
      const context = new TurnContext(this, activity);
      context.turnState.set(COLLECT, collected);
      await this.runMiddleware(context, logic);
      return collected;
    });
  }

  /** The conversation-start turn: the bot's welcome. */
  startConversation(session: WebSession, locale: string, logic: (context: TurnContext) => Promise<void>): Promise<WebActivity[]> {
    return this.process(
      session,
      { type: ActivityTypes.ConversationUpdate, locale, membersAdded: [{ id: session.userId, name: '' }] },
      logic,
    );
  }

  sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const collected = context.turnState.get<WebActivity[] | undefined>(COLLECT);
    const conversationId = context.activity.conversation.id;
    const responses: ResourceResponse[] = [];
    for (const a of activities) {
      const web = toWeb(a);
      if (!web) {
        responses.push({ id: '' });
        continue;
      }
      if (collected && web.type === 'message') collected.push(web);
      else if (!collected) this.emit(conversationId, web);
      responses.push({ id: web.id });
    }
    return Promise.resolve(responses);
  }

  updateActivity(): Promise<void> {
    return Promise.reject(new Error('the web channel does not edit sent messages'));
  }

  deleteActivity(): Promise<void> {
    return Promise.reject(new Error('the web channel does not delete sent messages'));
  }

  /** Proactive turn (counselor message, reminder): its messages go to the browser's event stream. */
  continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const activity = TurnContext.applyConversationReference(
      { type: ActivityTypes.Event, name: 'continueConversation' },
      { ...reference, channelId: WEB_CHANNEL_ID },
      true,
    );
    const conversationId = reference.conversation?.id ?? '';
    return this.serialize(conversationId, () => this.runMiddleware(new TurnContext(this, activity), logic));
  }

  override continueConversationAsync(
    _botAppIdOrIdentity: unknown,
    reference: Partial<ConversationReference>,
    logicOrAudience: unknown,
    maybeLogic?: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const logic = (typeof logicOrAudience === 'function' ? logicOrAudience : maybeLogic) as (context: TurnContext) => Promise<void>;
    return this.continueConversation(reference, logic);
  }

  /**
   * Subscribes a browser's event stream; returns the unsubscribe function. Pending messages are replayed.
   * `close` ends the stream from the server side (shutdown).
   */
  subscribe(conversationId: string, listener: Listener, close?: () => void): () => void {
    const set = this.listeners.get(conversationId) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(conversationId, set);
    if (close) this.streamClosers.add(close);
    for (const a of this.pending.get(conversationId) ?? []) listener(a);
    this.pending.delete(conversationId);
    return () => {
      set.delete(listener);
      if (close) this.streamClosers.delete(close);
      if (set.size === 0) this.listeners.delete(conversationId);
    };
  }

  /** Ends every open event stream (the browsers reconnect to another instance or after the restart). */
  closeStreams(): void {
    this.unsubscribeBus?.();
    for (const close of [...this.streamClosers]) close();
    this.streamClosers.clear();
  }

  /** Resolves when every queued turn has finished (graceful shutdown). */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.chains.values()]);
  }

  private emit(conversationId: string, activity: WebActivity): void {
    if (!this.bus) return this.deliver(conversationId, activity);
    // The bus hands the event back to this instance too; delivering here as well would show it twice.
    this.bus.publish({ topic: WEB_ACTIVITY_TOPIC, key: conversationId, data: { conversationId, activity } }).catch(() => this.deliver(conversationId, activity));
  }

  private deliver(conversationId: string, activity: WebActivity): void {
    const set = this.listeners.get(conversationId);
    if (set && set.size > 0) {
      for (const l of set) l(activity);
      return;
    }
    const queue = this.pending.get(conversationId) ?? [];
    queue.push(activity);
    if (queue.length > PENDING_LIMIT) queue.shift();
    this.pending.delete(conversationId);
    this.pending.set(conversationId, queue);
    if (this.pending.size > PENDING_CONVERSATIONS) this.pending.delete(this.pending.keys().next().value as string);
  }

  private serialize<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.chains.get(key) ?? Promise.resolve();
    const run = previous.then(work, work);
    const tail = run.catch(() => undefined);
    this.chains.set(key, tail);
    void tail.then(() => {
      if (this.chains.get(key) === tail) this.chains.delete(key);
    });
    return run;
  }
}
