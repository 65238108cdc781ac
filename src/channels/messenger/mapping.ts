import type { Activity, Attachment, CardAction } from 'botbuilder';
import { channelConversationId, inboundEnvelope, type InboundActivity } from '../shared/inbound';
import { choicesOf, linksOf } from '../shared/options';
import { splitText, truncate } from '../shared/split-text';
import { CHANNEL, type MessengerEvent } from './events';

/** Marker serviceUrl for Messenger conversation references (no Bot Connector behind it). */
export const SERVICE_URL = 'urn:channel:messenger';
/** Postback payload of the Get Started button (set by `npm run setup:messenger`). */
export const GET_STARTED_PAYLOAD = 'GET_STARTED';

// Send API limits (reference/channels.md §1.5).
export const MAX_TEXT = 2000;
export const MAX_QUICK_REPLIES = 13;
export const MAX_QUICK_REPLY_TITLE = 20;
export const MAX_PAYLOAD = 1000;
export const MAX_TEMPLATE_TEXT = 640;
export const MAX_TEMPLATE_BUTTONS = 3;
export const MAX_BUTTON_TITLE = 20;

/** A stable per-user conversation id: one Page, one PSID. */
export function conversationIdOf(pageId: string, psid: string): string {
  return channelConversationId(CHANNEL, pageId, psid);
}

const CONTENT_TYPES: Record<string, string> = {
  image: 'image/*',
  video: 'video/*',
  audio: 'audio/*',
  file: 'application/octet-stream',
};

/** Maps one stored Messenger event to the Activity the bot sees. */
export function toActivity(e: MessengerEvent): InboundActivity {
  const common = inboundEnvelope({ channel: CHANNEL, serviceUrl: SERVICE_URL, timestamp: e.timestamp, userId: e.psid, botId: e.pageId, ...(e.mid ? { id: e.mid } : {}) });
  if (e.kind === 'postback' && e.postback) {
    const channelData = { postback: e.postback };
    if (e.postback.payload === GET_STARTED_PAYLOAD) {
      return { activity: { ...common, type: 'conversationUpdate', membersAdded: [{ id: e.psid, name: '' }], channelData }, mediaOnly: false };
    }
    return { activity: { ...common, type: 'message', text: e.postback.payload, value: e.postback.payload, channelData }, mediaOnly: false };
  }
  if (e.quickReply !== undefined) {
    const channelData = { quickReply: { payload: e.quickReply, title: e.text ?? '' } };
    return { activity: { ...common, type: 'message', text: e.quickReply, value: e.quickReply, channelData }, mediaOnly: false };
  }
  const attachments: Attachment[] = (e.attachments ?? []).map((a) => ({
    contentType: CONTENT_TYPES[a.type] ?? `application/vnd.messenger.${a.type}`,
    ...(a.url ? { contentUrl: a.url } : {}),
  }));
  const text = e.text ?? '';
  return {
    activity: { ...common, type: 'message', text, ...(attachments.length ? { attachments } : {}) },
    mediaOnly: text.trim() === '',
  };
}

export interface QuickReply {
  content_type: 'text';
  title: string;
  payload: string;
}
export type GraphButton =
  | { type: 'postback'; title: string; payload: string }
  | { type: 'web_url'; title: string; url: string }
  | { type: 'phone_number'; title: string; payload: string };
export interface GraphMessage {
  text?: string;
  attachment?: {
    type: 'image' | 'video' | 'audio' | 'file' | 'template';
    payload: { url: string; is_reusable: boolean } | { template_type: 'button'; text: string; buttons: GraphButton[] };
  };
  quick_replies?: QuickReply[];
}
/** One Send API call without recipient / messaging_type (added at send time from the window decision). */
export type GraphBody = { sender_action: 'typing_on' } | { message: GraphMessage };

/** Localised fallbacks the mapping needs. */
export interface OutboundTexts {
  /** Text for a message that only carries choices (quick replies need a text). */
  optionsPrompt: string;
  /** Text above link buttons when there is no short text to carry them. */
  linksLabel: string;
}

function toButton(a: CardAction): GraphButton | undefined {
  const title = truncate((a.title ?? '').trim() || String(a.value ?? ''), MAX_BUTTON_TITLE);
  if (!title) return undefined;
  if (a.type === 'openUrl' && typeof a.value === 'string') return { type: 'web_url', title, url: a.value };
  if (a.type === 'call' && typeof a.value === 'string') return { type: 'phone_number', title, payload: a.value };
  const value = typeof a.value === 'string' && a.value ? a.value : (a.text ?? a.title ?? '');
  return value ? { type: 'postback', title, payload: truncate(value, MAX_PAYLOAD) } : undefined;
}

function templates(text: string, buttons: GraphButton[]): GraphBody[] {
  const out: GraphBody[] = [];
  for (let i = 0; i < buttons.length; i += MAX_TEMPLATE_BUTTONS) {
    const payload = { template_type: 'button' as const, text: truncate(text, MAX_TEMPLATE_TEXT), buttons: buttons.slice(i, i + MAX_TEMPLATE_BUTTONS) };
    out.push({ message: { attachment: { type: 'template', payload } } });
  }
  return out;
}

function mediaOf(a: Attachment): GraphBody | undefined {
  if (!a.contentUrl) return undefined;
  const kind = (['image', 'video', 'audio'] as const).find((k) => a.contentType.startsWith(`${k}/`)) ?? (a.contentType === 'application/pdf' ? 'file' : undefined);
  return kind ? { message: { attachment: { type: kind, payload: { url: a.contentUrl, is_reusable: true } } } } : undefined;
}

function cardsOf(activity: Partial<Activity>, texts: OutboundTexts): GraphBody[] {
  const out: GraphBody[] = [];
  for (const a of activity.attachments ?? []) {
    const media = mediaOf(a);
    if (media) out.push(media);
    else if (a.contentType === 'application/vnd.microsoft.card.hero' || a.contentType === 'application/vnd.microsoft.card.thumbnail') {
      const card = (a.content ?? {}) as { title?: string; text?: string; buttons?: CardAction[] };
      const text = card.text || card.title || texts.linksLabel;
      const buttons = (card.buttons ?? []).map(toButton).filter((b): b is GraphButton => b !== undefined);
      out.push(...(buttons.length ? templates(text, buttons) : [{ message: { text: truncate(text, MAX_TEXT) } }]));
    }
  }
  return out;
}

/**
 * Maps one outgoing bot activity to Send API calls, in order: text split at 2000 characters on sentence
 * boundaries, media, cards as button templates (≤ 3 buttons each), link actions as a button template, and
 * the choices as quick replies (≤ 13, titles ≤ 20) on the last message. `typing` becomes its own
 * `typing_on` call: a sender action "cannot be sent with message" (§1.5).
 */
export function toGraphBodies(activity: Partial<Activity>, texts: OutboundTexts): GraphBody[] {
  if (activity.type === 'typing') return [{ sender_action: 'typing_on' }];
  const bodies: GraphBody[] = splitText(activity.text ?? '', MAX_TEXT).map((text) => ({ message: { text } }));
  bodies.push(...cardsOf(activity, texts));
  const links = linksOf(activity).map((l) => toButton({ type: l.type, title: l.title, value: l.target }));
  const linkButtons = links.filter((b): b is GraphButton => b !== undefined);
  if (linkButtons.length) {
    const last = bodies[bodies.length - 1];
    const carry = last && 'message' in last && last.message.text && last.message.text.length <= MAX_TEMPLATE_TEXT ? last.message.text : undefined;
    if (carry !== undefined) bodies.pop();
    bodies.push(...templates(carry ?? texts.linksLabel, linkButtons));
  }
  const choices = choicesOf(activity).slice(0, MAX_QUICK_REPLIES);
  if (choices.length) {
    if (bodies.length === 0) bodies.push({ message: { text: texts.optionsPrompt } });
    const last = bodies[bodies.length - 1] as { message: GraphMessage };
    last.message.quick_replies = choices.map((c) => ({
      content_type: 'text',
      title: truncate(c.title, MAX_QUICK_REPLY_TITLE),
      payload: truncate(c.value, MAX_PAYLOAD),
    }));
  }
  return bodies;
}
