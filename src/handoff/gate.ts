import { ActivityTypes, type Activity, type Middleware, type ResourceResponse, type TurnContext } from 'botbuilder';
import { TURN_HANDLED } from '../bot/bot';
import type { Logger } from '../logger';
import type { Intake } from './intake';
import { maySend, routeInbound, type Sender } from './ownership';
import { gateView, relayStamp, sendingNotice, setGateView, type GateView } from './turn-keys';

function isHumanTyped(a: Partial<Activity>): boolean {
  return (a.channelData as { humanAgent?: unknown } | undefined)?.humanAgent === true;
}

/**
 * THE ownership gate (issue 7 §1): one middleware that every turn passes — the teen's messages, proactive
 * turns (counselor relay, reminders, any later feature) and every send inside them.
 *
 * - Inbound: bot state → the dialogs (or the answer to a pending rating); queued → the dialogs, and the message
 *   is copied to the waiting ticket (live in the console); human → only the counselor: the dialogs are
 *   skipped (TURN_HANDLED), so the bot cannot answer it.
 * - Outbound: it filters the activities of every send by who may talk in the current state (MAY_SEND):
 *   bot output never while a person owns the chat; a human-typed message only from the ticket's owner, in a
 *   relay turn stamped with that ticket; the handoff's own notices always. While queued, what the bot says
 *   is copied to the ticket too, so the counselor who claims it sees the whole exchange.
 *
 * WARNING: it must come AFTER the safety middleware. The safety answer is sent before this gate runs, which is
 * how it always goes out; a later "send" in the same turn is bot output like any other.
 */
export class HandoffGate implements Middleware {
  constructor(
    private readonly intake: Intake,
    private readonly logger: Logger,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const conversationId = context.activity.conversation?.id;
    if (!conversationId) return next();
    const view = await this.intake.view(conversationId);
    setGateView(context, view);
    context.onSendActivities((ctx, activities, nextSend) => this.filter(ctx, activities, nextSend));
    const message = context.activity.type === ActivityTypes.Message;
    const route = routeInbound(view.state);
    if (message && route === 'counselor' && view.ticket) {
      // A person owns the chat: the message is theirs, live, and the dialogs never see it.
      context.turnState.set(TURN_HANDLED, true);
      await this.intake.teenMessage(context, { ...view, ticket: view.ticket });
      return next();
    }
    if (message && route === 'dialogs_and_ticket' && view.ticket && (await this.intake.teenMessage(context, { ...view, ticket: view.ticket }))) {
      context.turnState.set(TURN_HANDLED, true);
      return next();
    }
    if (message && view.ticket?.ratingPending && (await this.intake.rating(context, view.ticket))) {
      context.turnState.set(TURN_HANDLED, true);
    }
    await next();
    // While a person is awaited, the exchange with the bot is copied to the ticket once the turn is over,
    // unless the turn must not be kept (a survey answer, a consent choice: NO_TRANSCRIPT_TURN).
    await this.intake.copyQueuedTurn(context, route === 'dialogs_and_ticket');
  }

  private senderOf(ctx: TurnContext, a: Partial<Activity>, view: GateView): Sender {
    if (sendingNotice(ctx)) return 'handoff_notice';
    if (!isHumanTyped(a)) return 'bot';
    const stamp = relayStamp(ctx);
    const owner = view.state === 'human' && stamp !== undefined && stamp.ticketId === view.ticket?.id && stamp.counselorId === view.ticket.claimedBy;
    return owner ? 'owner' : 'other_counselor';
  }

  private async filter(ctx: TurnContext, activities: Partial<Activity>[], next: () => Promise<ResourceResponse[]>): Promise<ResourceResponse[]> {
    const view = gateView(ctx) ?? { state: 'bot' as const };
    const senders = activities.map((a) => this.senderOf(ctx, a, view));
    const keep = activities.map((a, i) => a.type === ActivityTypes.Trace || maySend(view.state, senders[i] as Sender));
    const allowed = activities.filter((_, i) => keep[i]);
    if (view.state === 'queued') {
      const said = activities.filter((a, i) => keep[i] && senders[i] === 'bot' && a.type === ActivityTypes.Message && a.text).map((a) => a.text as string);
      if (said.length > 0) this.intake.noteBotOutput(ctx, said);
    }
    if (allowed.length !== activities.length) {
      this.logger.info(
        { conversationId: ctx.activity.conversation?.id, state: view.state, dropped: activities.length - allowed.length },
        'handoff gate: withheld messages the current owner may not send',
      );
      activities.splice(0, activities.length, ...allowed);
    }
    if (allowed.length === 0) return [];
    return next();
  }
}
