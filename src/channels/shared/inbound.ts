import type { Activity } from 'botbuilder';

/** What a webhook channel's mapping makes of one stored event. */
export interface InboundActivity {
  activity: Partial<Activity>;
  /** Only attachments (photo, sticker, voice…) and no text: answered politely instead of by the bot logic. */
  mediaOnly: boolean;
}

/** The stable per-user conversation id of a webhook channel: one account (Page, OA), one user. */
export function channelConversationId(channel: string, botId: string, userId: string): string {
  return `${channel}:${botId}:${userId}`;
}

/**
 * The envelope every inbound activity of a webhook channel shares: a one-to-one conversation between the user
 * and the Page/OA, the event's own time, and the platform message id when there is one.
 */
export function inboundEnvelope(e: { channel: string; serviceUrl: string; timestamp: number; userId: string; botId: string; id?: string }): Partial<Activity> {
  return {
    channelId: e.channel,
    serviceUrl: e.serviceUrl,
    timestamp: new Date(e.timestamp),
    from: { id: e.userId, name: '', role: 'user' },
    recipient: { id: e.botId, name: '', role: 'bot' },
    conversation: { id: channelConversationId(e.channel, e.botId, e.userId), isGroup: false, conversationType: 'personal', name: '' },
    ...(e.id ? { id: e.id } : {}),
  };
}
