import type { Activity } from 'botbuilder';
import type { TFunction } from 'i18next';
import type { InboxItem } from '../../storage/ports/channel-inbox';
import type { WindowDecision } from '../reply-window';
import { ChannelAdapter, type ChannelLogic } from '../shared/base-adapter';
import type { ChannelTransport, Outbound } from '../shared/delivery';
import type { GraphApi } from './api';
import { CHANNEL, MessengerEvent } from './events';
import { conversationIdOf, toActivity, toGraphBodies, type GraphBody, type OutboundTexts } from './mapping';

/**
 * Sends one GraphBody. Bot output always goes as `messaging_type: RESPONSE`; only a counselor's message
 * between 24 h and 7 days gets `MESSAGE_TAG` + `HUMAN_AGENT` (the policy sets `decision.tag` only then).
 * Sender actions carry nothing but the recipient (§1.5) and are skipped where only a tagged send may go.
 */
export class GraphTransport implements ChannelTransport<GraphBody> {
  readonly channel = CHANNEL;

  constructor(private readonly api: GraphApi) {}

  async send(out: Outbound<GraphBody>, decision: WindowDecision): Promise<string> {
    const recipient = { id: out.userId };
    if ('sender_action' in out.body) {
      if (decision.tag) return '';
      await this.api.sendMessage({ recipient, sender_action: out.body.sender_action });
      return '';
    }
    const tagged = decision.tag === 'HUMAN_AGENT' && out.humanAgent;
    return this.api.sendMessage({
      recipient,
      messaging_type: tagged ? 'MESSAGE_TAG' : 'RESPONSE',
      ...(tagged ? { tag: 'HUMAN_AGENT' } : {}),
      message: out.body.message,
    });
  }
}

/**
 * Facebook Messenger as a botbuilder BotAdapter (Botkit's facebook_adapter shape, with the gaps fixed:
 * `activity.id` is the `mid`, the timestamp is the event's, send errors are surfaced, not swallowed).
 */
export class MessengerAdapter extends ChannelAdapter<GraphBody, OutboundTexts> {
  protected outboundTexts(t: TFunction): OutboundTexts {
    return { optionsPrompt: t('channels:options.prompt'), linksLabel: t('channels:options.links') };
  }

  protected bodiesOf(activity: Partial<Activity>, texts: OutboundTexts): GraphBody[] {
    return toGraphBodies(activity, texts);
  }

  protected override isEphemeral(body: GraphBody): boolean {
    return 'sender_action' in body;
  }

  /** Runs the turn for one inbox item; records the user's inbound time first (reply windows). */
  async processItem(item: InboxItem, logic: ChannelLogic): Promise<void> {
    const event = MessengerEvent.parse(JSON.parse(item.payload));
    const { activity, mediaOnly } = toActivity(event);
    await this.contacts.recordInbound({
      channel: CHANNEL,
      userId: event.psid,
      conversationId: conversationIdOf(event.pageId, event.psid),
      at: Math.min(event.timestamp, this.clock()),
    });
    await this.runTurn(activity, mediaOnly ? this.politeMediaAnswer : logic);
  }
}
