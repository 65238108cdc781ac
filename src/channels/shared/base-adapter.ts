import {
  BotAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import type { i18n as I18n, TFunction } from 'i18next';
import type { Logger } from 'pino';
import { toLang, type Lang } from '../../i18n';
import type { ChannelContactStore } from '../../storage/ports/channel-contacts';
import type { Delivery, Outbound } from './delivery';
import type { WindowDecision } from '../reply-window';
import { NotSupportedError } from './errors';
import { sleep } from './http';

/** The bot's turn handler, e.g. `(ctx) => bot.run(ctx)`. */
export type ChannelLogic = (context: TurnContext) => Promise<void>;

/** True when a counselor typed this activity (the lead's relay sets `channelData.humanAgent`). */
export function isHumanAgent(activity: Partial<Activity>): boolean {
  const data = activity.channelData as { humanAgent?: unknown } | undefined;
  return data?.humanAgent === true;
}

/** The platform user id an outgoing activity is for: the recipient, else the last part of the conversation id. */
export function recipientOf(activity: Partial<Activity>): string {
  const id = activity.recipient?.id;
  if (id) return id;
  const conv = activity.conversation?.id ?? '';
  return conv.slice(conv.lastIndexOf(':') + 1);
}

/**
 * Shared BotAdapter behaviour for the webhook channels (Messenger, Zalo): a turn per inbound activity,
 * outbound activities mapped by the subclass and handed to the channel's Delivery (window policy, outbox,
 * failure records), proactive turns for counselors and reminders. `delay` sleeps and `trace` is skipped,
 * as CloudAdapterBase does.
 *
 * WARNING: the TurnContext is revoked when the turn ends; everything must happen inside `logic`.
 */
export abstract class ChannelAdapter<T, Texts> extends BotAdapter {
  private readonly texts = new Map<Lang, Texts>();

  constructor(
    protected readonly delivery: Delivery<T>,
    protected readonly log: Logger,
    protected readonly contacts: ChannelContactStore,
    protected readonly i18n: I18n,
    protected readonly clock: () => number,
  ) {
    super();
  }

  /** The fixed strings the channel's mapping adds to outgoing messages (option prompts, labels), per language. */
  protected abstract outboundTexts(t: TFunction): Texts;

  /** Maps one outgoing bot activity to platform bodies (none when the platform has no equivalent). */
  protected abstract bodiesOf(activity: Partial<Activity>, texts: Texts): T[];

  /** Bodies that are never queued or recorded (typing indicators). */
  protected isEphemeral(_body: T): boolean {
    return false;
  }

  /** One outgoing bot activity as deliveries: bodies in the activity's language, to its recipient. */
  protected toPlatform(activity: Partial<Activity>): Outbound<T>[] {
    const bodies = this.bodiesOf(activity, this.textsFor(toLang(activity.locale)));
    const base = { conversationId: activity.conversation?.id ?? '', userId: recipientOf(activity), humanAgent: isHumanAgent(activity) };
    return bodies.map((body) => ({ ...base, body, ...(this.isEphemeral(body) ? { ephemeral: true } : {}) }));
  }

  private textsFor(lang: Lang): Texts {
    let texts = this.texts.get(lang);
    if (!texts) {
      texts = this.outboundTexts(this.i18n.getFixedT(lang));
      this.texts.set(lang, texts);
    }
    return texts;
  }

  /** A photo, sticker or voice note: the bot cannot read it, so it says so kindly (middleware still runs). */
  protected readonly politeMediaAnswer = async (ctx: TurnContext): Promise<void> => {
    const t = this.i18n.getFixedT(toLang(ctx.activity.locale));
    await ctx.sendActivity(t('channels:attachment.unsupported'));
  };

  /** The reply window for one user: may we send, is it free, how long is left (bot or counselor message). */
  windowFor(userId: string, humanAgent = false): Promise<WindowDecision> {
    return this.delivery.windowFor(userId, humanAgent);
  }

  /** Runs one inbound activity through the middleware and `logic`, as a full turn. */
  async runTurn(activity: Partial<Activity>, logic: ChannelLogic): Promise<void> {
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  override async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const activity of activities) responses.push(await this.sendOne(activity));
    return responses;
  }

  private async sendOne(activity: Partial<Activity>): Promise<ResourceResponse> {
    if (activity.type === 'delay') {
      await sleep(typeof activity.value === 'number' ? activity.value : 1000);
      return { id: '' };
    }
    if (activity.type !== 'message' && activity.type !== 'typing') return { id: '' };
    let id = '';
    for (const out of this.toPlatform(activity)) {
      const res = await this.delivery.deliver(out);
      if (res.id) id = res.id;
    }
    return { id };
  }

  override async continueConversation(reference: Partial<ConversationReference>, logic: ChannelLogic): Promise<void> {
    const activity = TurnContext.applyConversationReference(
      { type: 'event', name: 'continueConversation' },
      reference,
      true,
    );
    await this.runTurn(activity, logic);
  }

  /**
   * CloudAdapter-style proactive turn (counselor messages, reminders). The app id or claims identity is
   * ignored: these channels are single-tenant. Accepts `(appId, ref, logic)` and `(claims, ref, audience, logic)`.
   */
  override async continueConversationAsync(
    _botAppIdOrClaims: string | object,
    reference: Partial<ConversationReference>,
    logicOrAudience: ChannelLogic | string,
    maybeLogic?: ChannelLogic,
  ): Promise<void> {
    const logic = typeof logicOrAudience === 'function' ? logicOrAudience : maybeLogic;
    if (!logic) throw new TypeError('continueConversationAsync: logic is required');
    await this.continueConversation(reference, logic);
  }

  override async updateActivity(): Promise<void> {
    throw new NotSupportedError('this channel cannot edit sent messages');
  }

  override async deleteActivity(): Promise<void> {
    throw new NotSupportedError('this channel cannot delete sent messages');
  }
}
