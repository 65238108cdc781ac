import { ActivityTypes, TurnContext } from 'botbuilder';
import { turnLang } from '../bot/turn';
import { foldedText } from '../nlu/normalize';
import { NO_TRANSCRIPT_TURN } from '../privacy/markers';
import { SAFETY_TURN_KEY, type SafetyTurn } from '../safety/middleware';
import { buildSafetyReply, priorityFor } from '../safety/reply';
import type { RiskLevel } from '../safety/types';
import type { HandoffReason, Ticket } from '../storage/ports/tickets';
import { appendThread, logFailure, publishTicket, type HandoffCore } from './core';
import { noticeMessage, queuedNotice, RATING_VALUES, withActions } from './notices';
import { TEEN_ACTOR } from './outcomes';
import { ownershipOf } from './ownership';
import { gateView, markThreadRecorded, sendNotice, setGateView, threadRecorded, type GateView } from './turn-keys';
import { menuTitles } from '../../dialogs/menu';

/** Transcript lines copied into a new ticket, so the counselor sees what led to it. */
export const CONTEXT_LINES = 20;
/** An out-of-hours notice is repeated at most once a day per conversation (S7). */
export const AFTER_HOURS_NOTICE_MS = 24 * 60 * 60 * 1000;
/** A rating question is answered by the next message only if it comes within this time. */
export const RATING_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * The conversation reference the relay answers through, as stored on the ticket. The activity id is left out:
 * it changes with every message and proactive sends do not need it (so the ticket is not rewritten each turn).
 */
function referenceOf(ctx: TurnContext): string {
  const ref = TurnContext.getConversationReference(ctx.activity);
  delete ref.activityId;
  return JSON.stringify(ref);
}

/** turnState: the bot's messages of this turn while a ticket waits. */
const BOT_SAID = Symbol('bdh.handoff.botSaid');

/** Why and how urgently a turn asks for a person. */
export interface IntakeRequest {
  reason: HandoffReason;
  priority: number;
  level?: RiskLevel;
  category?: string;
}

/**
 * The teen's side of the handoff: opening a request (menu, phrases, risk, abstentions), the teen's messages
 * (and, while waiting, the bot's answers) copied to the ticket thread and shown live in the console,
 * withdrawing an ordinary request, and the rating after return-to-bot.
 */
export class Intake {
  constructor(private readonly core: HandoffCore) {}

  /** Who owns the conversation now (and its latest ticket). One indexed read per turn. */
  async view(conversationId: string): Promise<GateView> {
    const ticket = await this.core.tickets.latestFor(conversationId);
    return { state: ownershipOf(ticket), ...(ticket ? { ticket } : {}) };
  }

  /**
   * Opens (or raises) the conversation's ticket from inside a turn and tells the teen what happens next.
   * Called by the handoff dialog and by the safety middleware's onHandoff (imminent/disclosed risk).
   */
  async request(ctx: TurnContext, req: IntakeRequest): Promise<Ticket> {
    const core = this.core;
    const a = ctx.activity;
    const at = core.now().toISOString();
    const locality = core.locality ? await core.locality(a.from.id).catch(() => undefined) : undefined;
    const { ticket, created, raised } = await core.tickets.request({
      conversationId: a.conversation.id,
      userId: a.from.id,
      channel: a.channelId,
      lang: turnLang(ctx),
      reason: req.reason,
      priority: req.priority,
      at,
      reference: referenceOf(ctx),
      ...(req.level ? { level: req.level } : {}),
      ...(req.category ? { category: req.category } : {}),
      ...(locality ? { locality } : {}),
    });
    if (req.reason === 'risk') await core.transcripts.markSafety(a.conversation.id);
    if (created) await this.copyContext(ctx, ticket);
    else await this.recordTeenMessage(ctx, ticket);
    setGateView(ctx, { state: ownershipOf(ticket), ticket });
    await publishTicket(core, ticket);
    // Everyone hears of a new or more urgent waiting case; a case someone already has alerts only them.
    if ((created || raised) && ticket.status === 'queued') await core.alerts.ticketArrived(ticket, created ? 'new' : 'raised');
    if (ticket.status === 'claimed' && req.reason === 'risk' && ticket.claimedBy) core.alerts.direct(ticket, 'risk_in_chat', ticket.claimedBy);
    await this.tellQueued(ctx, ticket, { risk: req.reason === 'risk', firstTime: created });
    return ticket;
  }

  /** Copies the recent transcript (earlier turns) and this turn's message into a new ticket's thread. */
  private async copyContext(ctx: TurnContext, ticket: Ticket): Promise<void> {
    for (const e of await this.core.transcripts.recent(ticket.conversationId, CONTEXT_LINES)) {
      if (e.type !== ActivityTypes.Message || !e.text) continue;
      await this.core.tickets.addMessage({ ticketId: ticket.id, at: e.at, author: e.direction === 'in' ? 'teen' : 'bot', text: e.text, status: e.direction === 'in' ? 'received' : 'sent', context: true });
    }
    await this.recordTeenMessage(ctx, ticket);
  }

  /** Puts the teen's message of this turn in the thread once, with the safety triage's level if any. */
  async recordTeenMessage(ctx: TurnContext, ticket: Ticket): Promise<void> {
    const a = ctx.activity;
    if (a.type !== ActivityTypes.Message || !a.text?.trim() || threadRecorded(ctx)) return;
    markThreadRecorded(ctx);
    const safety = ctx.turnState.get<SafetyTurn | undefined>(SAFETY_TURN_KEY);
    const level = safety?.assessment.level ?? undefined;
    await appendThread(this.core, {
      ticketId: ticket.id,
      at: a.timestamp ? new Date(a.timestamp).toISOString() : this.core.now().toISOString(),
      author: 'teen',
      text: a.text,
      status: 'received',
      ...(level ? { riskLevel: level } : {}),
    });
    if (safety?.replied) {
      await appendThread(this.core, { ticketId: ticket.id, at: this.core.now().toISOString(), author: 'system', text: `safety:${safety.replyKind}`, status: 'sent' });
    }
  }

  /**
   * The queued notice: on opening, and again (out of hours) at most once a day. After a safety answer, the
   * notice carries that answer's buttons (call 111…), since a new message hides the previous quick replies.
   */
  private async tellQueued(ctx: TurnContext, ticket: Ticket, o: { risk: boolean; firstTime: boolean }): Promise<void> {
    if (ticket.status !== 'queued') return;
    const now = this.core.now();
    const last = ticket.noticeAt ? Date.parse(ticket.noticeAt) : undefined;
    // A repeated ordinary request is always answered; a repeated risk flag only out of hours, once a day.
    if (o.risk && !o.firstTime && (this.core.hours.isOpen(now) || (last !== undefined && now.getTime() - last < AFTER_HOURS_NOTICE_MS))) return;
    const t = this.core.i18n.getFixedT(ticket.lang);
    let activities = queuedNotice({ t, hours: this.core.hours, now, risk: o.risk, firstTime: o.firstTime });
    if (activities.length === 0) return;
    const safety = ctx.turnState.get<SafetyTurn | undefined>(SAFETY_TURN_KEY);
    const reply = safety?.replied ? buildSafetyReply(safety.assessment, this.core.i18n.getFixedT(turnLang(ctx))) : undefined;
    if (reply?.actions.length) activities = withActions(activities, reply.actions);
    await sendNotice(ctx, activities);
    await this.core.tickets.markNotice(ticket.id, now.toISOString());
    for (const act of activities) await appendThread(this.core, { ticketId: ticket.id, at: now.toISOString(), author: 'system', text: act.text ?? '', status: 'sent' });
  }

  /**
   * A teen message while a person is asked for or in charge. Owned by a counselor: copied to the thread now,
   * live in the console. Waiting: copied after the turn (copyQueuedTurn), with the bot's answer. Returns true
   * when it was answered here ("Cancel request" while waiting).
   */
  async teenMessage(ctx: TurnContext, view: GateView & { ticket: Ticket }): Promise<boolean> {
    const ticket = view.ticket;
    const reference = referenceOf(ctx);
    if (reference !== ticket.reference) await this.core.tickets.setReference(ticket.id, reference);
    if (view.state === 'queued' && this.wantsToCancel(ctx)) {
      await this.withdraw(ctx, ticket);
      return true;
    }
    if (view.state === 'human') await this.recordTeenMessage(ctx, ticket);
    return false;
  }

  /** Remembers what the bot said this turn while the ticket waits (the gate calls it for each send). */
  noteBotOutput(ctx: TurnContext, texts: string[]): void {
    const said = ctx.turnState.get<string[] | undefined>(BOT_SAID) ?? [];
    said.push(...texts);
    ctx.turnState.set(BOT_SAID, said);
  }

  /**
   * After a turn while the ticket waits: copies the teen's message (when `teen`) and the bot's answers to the
   * thread, so the counselor who claims it sees the whole exchange — unless the turn must not be kept (a
   * survey answer, a consent choice; a safety turn is always kept), as the transcript does.
   */
  async copyQueuedTurn(ctx: TurnContext, teen: boolean): Promise<void> {
    const view = gateView(ctx);
    const said = ctx.turnState.get<string[] | undefined>(BOT_SAID) ?? [];
    ctx.turnState.set(BOT_SAID, []);
    if (view?.state !== 'queued' || !view.ticket) return;
    const keep = ctx.turnState.get(NO_TRANSCRIPT_TURN) !== true || ctx.turnState.get(SAFETY_TURN_KEY) !== undefined;
    if (!keep) return;
    if (teen) await this.recordTeenMessage(ctx, view.ticket);
    for (const text of said) await appendThread(this.core, { ticketId: view.ticket.id, at: this.core.now().toISOString(), author: 'bot', text, status: 'sent' });
  }

  /** The "Cancel request" quick reply (in either language). Plain "hủy" keeps cancelling the bot's dialogs. */
  private wantsToCancel(ctx: TurnContext): boolean {
    const text = foldedText(ctx.activity.text ?? '');
    return ['vi', 'en'].some((lang) => foldedText(this.core.i18n.getFixedT(lang)('handoff:queued.cancel')) === text);
  }

  /** The teen cancels while waiting: an ordinary request closes (outcome `withdrawn`); a risk case stays. */
  private async withdraw(ctx: TurnContext, ticket: Ticket): Promise<void> {
    const t = this.core.i18n.getFixedT(turnLang(ctx));
    const isRisk = ticket.reason === 'risk';
    await this.recordTeenMessage(ctx, ticket);
    if (isRisk) {
      const text = `${t('handoff:queued.riskStays')}\n\n${t('handoff:queued.danger')}`;
      await sendNotice(ctx, [noticeMessage(text)]);
      await appendThread(this.core, { ticketId: ticket.id, at: this.core.now().toISOString(), author: 'system', text, status: 'sent' });
      return;
    }
    const result = await this.core.tickets.closeAs(ticket.id, { by: TEEN_ACTOR, outcome: 'withdrawn', at: this.core.now().toISOString(), ratingRequested: false });
    if (!result.ok) return;
    setGateView(ctx, { state: 'bot', ticket: result.ticket });
    await sendNotice(ctx, [noticeMessage(t('handoff:queued.cancelled'), menuTitles(t))]);
    await publishTicket(this.core, result.ticket);
  }

  /**
   * The first message after return-to-bot may answer the rating question: 1-5 is stored, "skip" is noted;
   * anything else clears the question and goes on to the bot. Returns true when the turn is answered here.
   */
  async rating(ctx: TurnContext, ticket: Ticket): Promise<boolean> {
    const now = this.core.now();
    const text = foldedText(ctx.activity.text ?? '').replace(/[^\p{L}\p{N} ]/gu, '').trim();
    const t = this.core.i18n.getFixedT(turnLang(ctx));
    const fresh = ticket.closedAt !== undefined && now.getTime() - Date.parse(ticket.closedAt) < RATING_WINDOW_MS;
    const value = (RATING_VALUES as readonly string[]).includes(text) ? Number(text) : undefined;
    const skip = [t('handoff:rating.skip'), 'bo qua', 'skip'].map(foldedText).includes(text);
    await this.core.tickets.rate(ticket.id, fresh ? value ?? null : null, now.toISOString());
    if (!fresh || (value === undefined && !skip)) return false;
    await sendNotice(ctx, [noticeMessage(value !== undefined ? t('handoff:rating.thanks') : t('common:menu.prompt'), menuTitles(t))]);
    return true;
  }

  /** The safety middleware's onHandoff: priority from the level, always at once (S6). */
  async fromRisk(ctx: TurnContext, r: { level: RiskLevel; category: string; priority: number }): Promise<void> {
    try {
      await this.request(ctx, { reason: 'risk', priority: r.priority, level: r.level, category: r.category });
    } catch (err) {
      logFailure(this.core, err, 'handoff: risk request failed', { conversationId: ctx.activity.conversation.id });
      throw err;
    }
  }

  /** A plain "talk to a person" request; a recent risk flag in the conversation sets its priority. */
  async fromUser(ctx: TurnContext, reason: 'user_request' | 'abstentions'): Promise<Ticket> {
    const level = this.core.riskLevelOf ? await this.core.riskLevelOf(ctx.activity.conversation.id).catch(() => undefined) : undefined;
    return this.request(ctx, level ? { reason: 'risk', priority: priorityFor(level), level } : { reason, priority: priorityFor(null) });
  }

  /** The view the gate stored for this turn. */
  current(ctx: TurnContext): GateView | undefined {
    return gateView(ctx);
  }
}
