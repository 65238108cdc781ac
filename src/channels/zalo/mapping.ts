import type { Activity, Attachment } from 'botbuilder';
import type { ChannelOption } from '../../storage/ports/channel-contacts';
import { channelConversationId, inboundEnvelope, type InboundActivity } from '../shared/inbound';
import { choicesOf, linksOf } from '../shared/options';
import { splitText, truncate } from '../shared/split-text';
import { CHANNEL, type ZaloEvent } from './events';

/** Marker serviceUrl for Zalo conversation references. */
export const SERVICE_URL = 'urn:channel:zalo';
/** "Tin tư vấn" text limit (§2.4). */
export const MAX_TEXT = 2000;
/** Buttons per message: community code allows 5 (UNCONFIRMED for v3, hence the numbered fallback). */
export const MAX_BUTTONS = 5;
export const MAX_BUTTON_TITLE = 100;
export const MAX_BUTTON_PAYLOAD = 1000;

/** Event names of the non-message activities the bot may handle (ActivityHandler.onEvent). */
export const EVENT_CHAT_OPENED = 'chatOpened';
export const EVENT_USER_SUBMITTED_INFO = 'userSubmittedInfo';

export function conversationIdOf(oaId: string, userId: string): string {
  return channelConversationId(CHANNEL, oaId, userId);
}

/**
 * Maps one stored Zalo event to the Activity the bot sees. `picked` is the option a typed number chose
 * ("2" after a numbered list): the bot then sees that option's value, as if it had been tapped.
 */
export function toActivity(e: ZaloEvent, picked?: ChannelOption): InboundActivity {
  const common = inboundEnvelope({ channel: CHANNEL, serviceUrl: SERVICE_URL, timestamp: e.timestamp, userId: e.userId, botId: e.oaId, ...(e.msgId ? { id: e.msgId } : {}) });
  switch (e.kind) {
    case 'follow':
      return { activity: { ...common, type: 'conversationUpdate', membersAdded: [{ id: e.userId, name: '' }] }, mediaOnly: false };
    case 'chatnow':
      return { activity: { ...common, type: 'event', name: EVENT_CHAT_OPENED }, mediaOnly: false };
    case 'submit_info':
      return { activity: { ...common, type: 'event', name: EVENT_USER_SUBMITTED_INFO, value: e.info ?? {} }, mediaOnly: false };
    default:
      break;
  }
  if (picked) {
    const channelData = { numberedOption: { typed: e.text ?? '', title: picked.title } };
    return { activity: { ...common, type: 'message', text: picked.value, value: picked.value, channelData }, mediaOnly: false };
  }
  const attachments: Attachment[] = (e.attachments ?? []).map((a) => ({
    contentType: `application/vnd.zalo.${a.type}`,
    ...(a.url ? { contentUrl: a.url } : {}),
  }));
  const text = e.text ?? '';
  return {
    activity: { ...common, type: 'message', text, ...(attachments.length ? { attachments } : {}) },
    mediaOnly: text.trim() === '',
  };
}

/** One customer-service message in a neutral form; the transport builds the v3 request from it. */
export type ZaloBody =
  | { kind: 'text'; text: string; options?: ChannelOption[]; hint?: string }
  | { kind: 'image'; url: string };

export interface OutboundTexts {
  optionsPrompt: string;
  /** "Trả lời bằng số (1, 2, 3)…" — shown under a numbered list; `{{numbers}}` already filled per message. */
  numberedHint: (numbers: string) => string;
}

function imagesOf(attachments: Attachment[] | undefined): ZaloBody[] {
  return (attachments ?? [])
    .filter((a) => a.contentUrl && a.contentType.startsWith('image/'))
    .map((a) => ({ kind: 'image' as const, url: a.contentUrl as string }));
}

/**
 * Maps one outgoing bot activity to Zalo messages: text split at 2000 characters, link actions written
 * into the text, images as media templates, and the choices attached to the last text (sent as
 * `oa.query.show` buttons, or as a numbered list when buttons are refused). Zalo has no typing API.
 */
export function toZaloBodies(activity: Partial<Activity>, texts: OutboundTexts): ZaloBody[] {
  if (activity.type !== 'message') return [];
  let text = activity.text ?? '';
  const links = linksOf(activity);
  if (links.length) text = [text, ...links.map((l) => `${l.title}: ${l.target}`)].filter(Boolean).join('\n');
  const bodies: ZaloBody[] = splitText(text, MAX_TEXT).map((t) => ({ kind: 'text', text: t }));
  bodies.push(...imagesOf(activity.attachments));
  const choices = choicesOf(activity).map((c) => ({ title: truncate(c.title, MAX_BUTTON_TITLE), value: truncate(c.value, MAX_BUTTON_PAYLOAD) }));
  if (choices.length) {
    let last = bodies[bodies.length - 1];
    if (!last || last.kind !== 'text') {
      last = { kind: 'text', text: texts.optionsPrompt };
      bodies.push(last);
    }
    last.options = choices;
    last.hint = texts.numberedHint(choices.map((_, i) => String(i + 1)).join(', '));
  }
  return bodies;
}
