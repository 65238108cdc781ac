import type { TurnContext } from 'botbuilder';
import type { i18n as I18n } from 'i18next';
import type { Logger } from '../logger';
import type { RiskLevel } from '../safety/types';
import type { AuditLogStore, ConsoleAccountStore } from '../storage/ports/console';
import type { NewTicketMessage, Ticket, TicketStore } from '../storage/ports/tickets';
import type { TranscriptStore } from '../storage/ports/transcripts';
import type { Alerts } from './alerts';
import type { HandoffHub, ThreadItem } from './events';
import type { OfficeHours } from './office-hours';
import type { ChannelRelay } from './relay';
import { summarize, threadItem, type AccountNames } from './views';

/** Everything the teen side (intake, gate) and the counselor side (desk) share. Built once by createHandoff. */
export interface HandoffCore {
  tickets: TicketStore;
  transcripts: TranscriptStore;
  accounts: ConsoleAccountStore;
  audit: AuditLogStore;
  hub: HandoffHub;
  relay: ChannelRelay;
  alerts: Alerts;
  names: AccountNames;
  hours: OfficeHours;
  i18n: I18n;
  logger: Logger;
  now: () => Date;
  criticalAfterMs: number;
  /** The teen's commune/ward, only when they consented to share it. */
  locality?: (userId: string) => Promise<string | undefined>;
  /** The most urgent risk level flagged in the conversation recently (a "talk to a counselor" tap after a risk reply). */
  riskLevelOf?: (conversationId: string) => Promise<RiskLevel | undefined>;
  /** Return to bot: clears the dialog stack in the conversation's state (inside a turn of that conversation). */
  resetDialogs?: (context: TurnContext) => Promise<void>;
}

/** Tells every console: the queue row, and the open conversation view. */
export async function publishTicket(core: HandoffCore, ticket: Ticket): Promise<void> {
  const summary = await summarize(ticket, await core.relay.window(ticket), core.names, core.now().getTime(), core.criticalAfterMs);
  core.hub.publishQueue({ type: 'ticket', ticket: summary });
  core.hub.publishConversation(ticket.id, { type: 'ticket', ticket: summary });
}

/** Adds a line to the ticket's thread and shows it live in the open conversation views. */
export async function appendThread(core: HandoffCore, message: NewTicketMessage): Promise<ThreadItem> {
  const stored = await core.tickets.addMessage(message);
  const item = await threadItem(stored, core.names);
  core.hub.publishConversation(message.ticketId, { type: 'message', message: item });
  return item;
}

/** Updates a thread line's delivery status and shows it live. */
export async function updateThread(core: HandoffCore, ticketId: string, seq: number, change: { status: NewTicketMessage['status']; failureCode?: string; platformCode?: string }): Promise<ThreadItem | undefined> {
  const stored = await core.tickets.updateMessage(seq, change);
  if (!stored) return undefined;
  const item = await threadItem(stored, core.names);
  core.hub.publishConversation(ticketId, { type: 'message', message: item });
  return item;
}

/** Logs an error without any message text. */
export function logFailure(core: HandoffCore, err: unknown, what: string, fields: Record<string, unknown> = {}): void {
  core.logger.error({ ...fields, err: { name: err instanceof Error ? err.name : 'error', message: err instanceof Error ? err.message : '' } }, what);
}
