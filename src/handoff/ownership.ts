import type { Ticket } from '../storage/ports/tickets';

/**
 * Who answers a conversation. `bot` = the assistant; `queued` = a person was asked for: the bot still answers
 * (the teen can go on with a question, or with the flow a safety answer paused) and every message is also
 * copied to the ticket, live in the console; `human` = a counselor owns the chat and the bot is silent.
 * The state is derived from the conversation's one open ticket, so every instance and every reply path reads
 * the same answer from storage (no second copy to drift: the "bot keeps talking after handoff" failure).
 */
export type Ownership = 'bot' | 'queued' | 'human';

/** The ownership a ticket (or its absence) means. */
export function ownershipOf(ticket: Pick<Ticket, 'status'> | undefined): Ownership {
  if (!ticket || ticket.status === 'closed') return 'bot';
  return ticket.status === 'queued' ? 'queued' : 'human';
}

/** Things that change (or try to change) who owns a conversation. */
export type HandoffCommand =
  | 'request'
  | 'claim'
  | 'transfer_by_owner'
  | 'transfer_by_other'
  | 'release_by_owner'
  | 'release_by_other'
  | 'close_by_owner'
  | 'close_by_other'
  | 'withdraw'
  | 'withdraw_risk';

/** Why a command is refused in a state (the console shows it; the store enforces the same rule atomically). */
export type Refusal = 'closed' | 'already_claimed' | 'not_owner' | 'not_claimed' | 'risk_stays';

export type Transition = { ok: true; to: Ownership } | { ok: false; reason: Refusal };

const ok = (to: Ownership): Transition => ({ ok: true, to });
const no = (reason: Refusal): Transition => ({ ok: false, reason });

/**
 * The state machine, as a table. Closing a queued ticket is open to any counselor (spam, duplicates); every
 * change to a claimed ticket is the owner's. A teen may withdraw an ordinary request, never a risk case
 * (S11: risk cases close only with a counselor's outcome).
 */
export const TRANSITIONS: Readonly<Record<Ownership, Readonly<Record<HandoffCommand, Transition>>>> = {
  bot: {
    request: ok('queued'),
    claim: no('closed'),
    transfer_by_owner: no('closed'),
    transfer_by_other: no('closed'),
    release_by_owner: no('closed'),
    release_by_other: no('closed'),
    close_by_owner: no('closed'),
    close_by_other: no('closed'),
    withdraw: no('closed'),
    withdraw_risk: no('closed'),
  },
  queued: {
    request: ok('queued'),
    claim: ok('human'),
    transfer_by_owner: no('not_claimed'),
    transfer_by_other: no('not_claimed'),
    release_by_owner: no('not_claimed'),
    release_by_other: no('not_claimed'),
    close_by_owner: ok('bot'),
    close_by_other: ok('bot'),
    withdraw: ok('bot'),
    withdraw_risk: no('risk_stays'),
  },
  human: {
    request: ok('human'),
    claim: no('already_claimed'),
    transfer_by_owner: ok('human'),
    transfer_by_other: no('not_owner'),
    release_by_owner: ok('queued'),
    release_by_other: no('not_owner'),
    close_by_owner: ok('bot'),
    close_by_other: no('not_owner'),
    withdraw: no('not_owner'),
    withdraw_risk: no('not_owner'),
  },
};

export function transition(state: Ownership, command: HandoffCommand): Transition {
  return TRANSITIONS[state][command];
}

/** Who is sending a message to the teen. */
export type Sender = 'bot' | 'safety' | 'handoff_notice' | 'owner' | 'other_counselor';

/**
 * The gate's rule: the bot is silent while a person owns the chat; the safety answer and the handoff's own
 * notices (queued, out of hours, returned) always go out; a counselor's message only from the owner, and
 * only while they own it.
 */
export const MAY_SEND: Readonly<Record<Ownership, Readonly<Record<Sender, boolean>>>> = {
  bot: { bot: true, safety: true, handoff_notice: true, owner: false, other_counselor: false },
  queued: { bot: true, safety: true, handoff_notice: true, owner: false, other_counselor: false },
  human: { bot: false, safety: true, handoff_notice: true, owner: true, other_counselor: false },
};

export function maySend(state: Ownership, sender: Sender): boolean {
  return MAY_SEND[state][sender];
}

/** Where a teen's message goes: the bot's dialogs, the dialogs and the waiting ticket, or only the counselor. */
export function routeInbound(state: Ownership): 'dialogs' | 'dialogs_and_ticket' | 'counselor' {
  if (state === 'bot') return 'dialogs';
  return state === 'queued' ? 'dialogs_and_ticket' : 'counselor';
}
