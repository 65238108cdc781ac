import type { Activity } from 'botbuilder';
import type { TFunction } from 'i18next';
import type { Logger } from 'pino';
import type { InboxItem } from '../../storage/ports/channel-inbox';
import type { ChannelContactStore } from '../../storage/ports/channel-contacts';
import { ChannelAdapter, type ChannelLogic } from '../shared/base-adapter';
import type { ChannelTransport, Outbound } from '../shared/delivery';
import { ChannelSendError } from '../shared/errors';
import { numberedList, pickNumbered } from '../shared/options';
import { toSendError, ZaloApiError, type ZaloApi } from './api';
import { CHANNEL, ZaloEvent } from './events';
import { conversationIdOf, MAX_BUTTONS, MAX_TEXT, toActivity, toZaloBodies, type OutboundTexts, type ZaloBody } from './mapping';
import type { ZaloTokenManager } from './tokens';

const TOKEN_CODES = new Set([-216, -220]);
/** Answers that mean "this message shape is not accepted" (§2.4): fall back to numbered text. */
const SHAPE_REFUSED = new Set(['-201', '-233']);

/**
 * Sends one ZaloBody through `/v3.0/oa/message/cs`. A -216/-220 answer refreshes the token once and
 * retries; options go as `oa.query.show` buttons until Zalo refuses that shape once, then as numbered
 * text whose numbers the adapter reads back.
 */
export class ZaloTransport implements ChannelTransport<ZaloBody> {
  readonly channel = CHANNEL;
  private buttons = true;

  constructor(
    private readonly api: ZaloApi,
    private readonly tokens: ZaloTokenManager,
    private readonly contacts: ChannelContactStore,
    private readonly log: Logger,
  ) {}

  async send(out: Outbound<ZaloBody>): Promise<string> {
    const b = out.body;
    if (b.kind === 'image') {
      const payload = { template_type: 'media', elements: [{ media_type: 'image', url: b.url }] };
      return this.post(out.userId, { attachment: { type: 'template', payload } });
    }
    if (!b.options?.length) return this.post(out.userId, { text: b.text });
    if (this.buttons && b.options.length <= MAX_BUTTONS) {
      try {
        return await this.post(out.userId, {
          text: b.text,
          attachment: { type: 'template', payload: { buttons: b.options.map((o) => ({ title: o.title, type: 'oa.query.show', payload: o.value })) } },
        });
      } catch (err) {
        if (!(err instanceof ChannelSendError && SHAPE_REFUSED.has(err.platformCode ?? ''))) throw err;
        this.buttons = false;
        this.log.warn({ platformCode: err.platformCode }, 'zalo refused buttons; using numbered options from now on');
      }
    }
    return this.sendNumbered(out.userId, b.text, b.options, b.hint ?? '');
  }

  private async sendNumbered(userId: string, text: string, options: NonNullable<Extract<ZaloBody, { kind: 'text' }>['options']>, hint: string): Promise<string> {
    const list = [numberedList(options), hint].filter(Boolean).join('\n\n');
    const combined = `${text}\n\n${list}`;
    let id: string;
    if (combined.length <= MAX_TEXT) id = await this.post(userId, { text: combined });
    else {
      await this.post(userId, { text });
      id = await this.post(userId, { text: list.slice(0, MAX_TEXT) });
    }
    await this.contacts.setOptions(CHANNEL, userId, options);
    return id;
  }

  private async post(userId: string, message: object): Promise<string> {
    const body = { recipient: { user_id: userId }, message };
    const token = await this.tokens.accessToken();
    try {
      return await this.api.sendCs(token, body);
    } catch (err) {
      if (!(err instanceof ZaloApiError)) throw err;
      if (!TOKEN_CODES.has(err.code)) throw toSendError(err);
      const fresh = await this.tokens.refresh(token);
      try {
        return await this.api.sendCs(fresh, body);
      } catch (again) {
        throw again instanceof ZaloApiError ? toSendError(again) : again;
      }
    }
  }
}

/** Zalo Official Account as a botbuilder BotAdapter. */
export class ZaloAdapter extends ChannelAdapter<ZaloBody, OutboundTexts> {
  protected outboundTexts(t: TFunction): OutboundTexts {
    return { optionsPrompt: t('channels:options.prompt'), numberedHint: (numbers) => t('channels:options.numberedHint', { numbers }) };
  }

  protected bodiesOf(activity: Partial<Activity>, texts: OutboundTexts): ZaloBody[] {
    return toZaloBodies(activity, texts);
  }

  /** Runs the turn for one inbox item: records the interaction time, reads a typed option number. */
  async processItem(item: InboxItem, logic: ChannelLogic): Promise<void> {
    const event = ZaloEvent.parse(JSON.parse(item.payload));
    await this.contacts.recordInbound({
      channel: CHANNEL,
      userId: event.userId,
      conversationId: conversationIdOf(event.oaId, event.userId),
      at: Math.min(event.timestamp, this.clock()),
    });
    const picked = event.kind === 'message' && event.text !== undefined
      ? pickNumbered(event.text, await this.contacts.takeOptions(CHANNEL, event.userId))
      : undefined;
    const { activity, mediaOnly } = toActivity(event, picked);
    await this.runTurn(activity, mediaOnly ? this.politeMediaAnswer : logic);
  }
}
