import type { TurnContext } from 'botbuilder';
import type { Ticket } from '../storage/ports/tickets';
import type { Ownership } from './ownership';

/** What the gate read at the start of the turn (updated in place when the handoff changes state mid-turn). */
export interface GateView {
  state: Ownership;
  /** The open ticket, or (state `bot`) the latest closed one, for a pending rating. */
  ticket?: Ticket;
}

const VIEW = Symbol('bdh.handoff.view');
const NOTICE = Symbol('bdh.handoff.notice');
const RELAY = Symbol('bdh.handoff.relay');
const RECORDED = Symbol('bdh.handoff.recorded');

/** A counselor's relay turn: which ticket and which counselor the human-typed message is from. */
export interface RelayStamp {
  ticketId: string;
  counselorId: string;
}

export const gateView = (ctx: TurnContext): GateView | undefined => ctx.turnState.get<GateView | undefined>(VIEW);
export const setGateView = (ctx: TurnContext, view: GateView): void => {
  ctx.turnState.set(VIEW, view);
};

export const relayStamp = (ctx: TurnContext): RelayStamp | undefined => ctx.turnState.get<RelayStamp | undefined>(RELAY);
export const setRelayStamp = (ctx: TurnContext, stamp: RelayStamp): void => {
  ctx.turnState.set(RELAY, stamp);
};

/** True while the handoff sends its own notice (queued, out of hours, returned, rating): always allowed. */
export const sendingNotice = (ctx: TurnContext): boolean => ctx.turnState.get<boolean | undefined>(NOTICE) === true;

/** Sends the handoff's own messages to the teen through the gate (they go out in every state). */
export async function sendNotice(ctx: TurnContext, activities: Parameters<TurnContext['sendActivities']>[0]): Promise<void> {
  ctx.turnState.set(NOTICE, true);
  try {
    await ctx.sendActivities(activities);
  } finally {
    ctx.turnState.set(NOTICE, false);
  }
}

/** The teen's message of this turn was already copied into the ticket thread (by the request itself). */
export const threadRecorded = (ctx: TurnContext): boolean => ctx.turnState.get<boolean | undefined>(RECORDED) === true;
export const markThreadRecorded = (ctx: TurnContext): void => {
  ctx.turnState.set(RECORDED, true);
};
