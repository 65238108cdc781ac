import { randomUUID } from 'node:crypto';
import { ActionTypes, ActivityTypes, type Activity, type CardAction, type Middleware, type TurnContext } from 'botbuilder';
import type { NewRiskFlag, RiskFlagStore } from '../storage/ports/risk-flags';
import { assess as defaultAssess } from './assess';
import { buildSafetyReply, priorityFor, type SafetyReply, type SafetyReplyKind, type Translate } from './reply';
import type { RiskAssessment, RiskCategory } from './types';

/**
 * Key of the marker this middleware puts on `context.turnState` when a message triggered a safety reply.
 * Dialogs read it (`context.turnState.get(SAFETY_TURN_KEY) as SafetyTurn | undefined`) to know the turn was
 * a safety turn: they must not answer it as well, must keep the user's flow (FAQ, survey) paused and offer to
 * resume afterwards.
 */
export const SAFETY_TURN_KEY = 'bdh.safety.turn';

/** What the middleware did on this turn. Contains no message text. */
export interface SafetyTurn {
  turnId: string;
  assessment: RiskAssessment;
  replyKind: SafetyReplyKind;
  /** The safety reply reached the channel. False if sending failed (then the dialog layer may retry). */
  replied: boolean;
  /** onHandoff was called (imminent/disclosed) and did not throw. */
  handoffRequested: boolean;
  /**
   * Imminent, disclosed and illegal-request turns must get no other answer. Possible/check-in turns may also
   * get the FAQ answer after the gentle reply (reference §5.2 T3), at the dialog layer's discretion.
   */
  suppressDialog: boolean;
}

/** Passed to `onHandoff` for imminent and disclosed messages; the handoff queue stores it now. */
export interface SafetyHandoffRequest {
  turnId: string;
  level: 'imminent' | 'disclosed';
  category: RiskCategory;
  priority: number;
  ruleIds: string[];
}

/** Pino-compatible subset. Only ids, categories and levels are logged — never message text. */
export interface SafetyLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface SafetyMiddlewareDeps {
  /** `t` in the user's language (e.g. `fixedT(i18n, toLang(context.activity.locale))`). */
  i18nFor(context: TurnContext): Translate;
  flags: RiskFlagStore;
  /** Opens a handoff request with the given priority (the queue/console of a later issue consumes it). */
  onHandoff(context: TurnContext, request: SafetyHandoffRequest): Promise<void>;
  /** Optional hook after every safety turn (metrics, counsellor alerts). */
  onFlag?(context: TurnContext, turn: SafetyTurn): Promise<void>;
  logger: SafetyLogger;
  /**
   * Pseudonymous user id stored with the flags; must be the id `deleteByUser` is later called with.
   * Default: `activity.from.id` (channel-scoped ids, which DESIGN treats as pseudonymous).
   */
  userIdFor?(context: TurnContext): string;
  /**
   * Whether a counselor owns the conversation right now. Then a `possible` tip (a safety tip, 111, an offer to talk)
   * is not sent — the person already talking with the teen sees the flag — while crisis cards, disclosures and
   * refusals still go out at once. Asked only on a flagged turn.
   */
  personOwns?(context: TurnContext): Promise<boolean>;
  /** Injected for tests; defaults to the production detector. */
  assess?(text: string): RiskAssessment;
  now?(): Date;
}

function toCardAction(a: SafetyReply['actions'][number]): CardAction {
  const call = a.value.startsWith('tel:');
  return { type: call ? ActionTypes.Call : ActionTypes.PostBack, title: a.title, value: a.value };
}

function toActivities(reply: SafetyReply, recipientId: string): Partial<Activity>[] {
  return reply.messages.map((text, i) => {
    const activity: Partial<Activity> = { type: ActivityTypes.Message, text };
    if (i === reply.messages.length - 1 && reply.actions.length > 0) {
      activity.suggestedActions = { actions: reply.actions.map(toCardAction), to: [recipientId] };
    }
    return activity;
  });
}

/**
 * Risk triage as the FIRST middleware of every turn (issue 4, S4/S5): in any dialog, mid-survey, while
 * waiting for or talking with a counsellor. For each inbound message with text it assesses the text; on a
 * hit it sends the safety reply in the same turn, stores the flags (no text), opens a handoff for imminent
 * and disclosed levels, and marks the turn with SAFETY_TURN_KEY.
 *
 * It ALWAYS calls `next()` afterwards: the lead's gate and dialogs decide what else runs (they must not
 * answer a turn marked `suppressDialog`). Each side effect is isolated: a failing store or handoff is logged
 * and never prevents the reply, and a failing send never prevents storing and handing off.
 */
export class SafetyMiddleware implements Middleware {
  constructor(private readonly deps: SafetyMiddlewareDeps) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const text = context.activity.type === ActivityTypes.Message ? context.activity.text : undefined;
    if (typeof text === 'string' && text.trim() !== '') await this.triage(context, text);
    await next();
  }

  private async triage(context: TurnContext, text: string): Promise<void> {
    const assessment = (this.deps.assess ?? defaultAssess)(text);
    if (assessment.level === null && assessment.illegalRequest === undefined) return;
    const reply = buildSafetyReply(assessment, this.deps.i18nFor(context));
    if (reply === undefined) return;
    const turn: SafetyTurn = {
      turnId: randomUUID(),
      assessment,
      replyKind: reply.kind,
      replied: false,
      handoffRequested: false,
      suppressDialog: reply.kind === 'imminent' || reply.kind === 'disclosed' || reply.kind === 'illegal',
    };
    context.turnState.set(SAFETY_TURN_KEY, turn);
    this.deps.logger.info(this.logFields(turn), 'safety: risk flagged');
    const quiet = reply.kind === 'possible' && this.deps.personOwns !== undefined && (await this.deps.personOwns(context).catch(() => false));
    if (!quiet) turn.replied = await this.step(turn, 'reply', () => context.sendActivities(toActivities(reply, context.activity.from.id)));
    await this.step(turn, 'store', () => this.store(context, turn));
    if (assessment.level === 'imminent' || assessment.level === 'disclosed') {
      const request = this.handoffRequest(turn, assessment.level);
      turn.handoffRequested = await this.step(turn, 'handoff', () => this.deps.onHandoff(context, request));
    }
    if (this.deps.onFlag) await this.step(turn, 'onFlag', () => (this.deps.onFlag as NonNullable<SafetyMiddlewareDeps['onFlag']>)(context, turn));
  }

  private async step(turn: SafetyTurn, name: string, fn: () => Promise<unknown>): Promise<boolean> {
    try {
      await fn();
      return true;
    } catch (err) {
      const error = err instanceof Error ? err.name : 'unknown';
      this.deps.logger.error({ ...this.logFields(turn), step: name, error }, 'safety: step failed');
      return false;
    }
  }

  private logFields(turn: SafetyTurn): object {
    const a = turn.assessment;
    return {
      turnId: turn.turnId,
      level: a.level,
      checkIn: a.checkIn,
      ruleIds: a.flags.map((f) => f.ruleId),
      categories: [...new Set(a.flags.map((f) => f.category))],
      illegal: a.illegalRequest?.ruleId,
    };
  }

  private handoffRequest(turn: SafetyTurn, level: 'imminent' | 'disclosed'): SafetyHandoffRequest {
    const flags = turn.assessment.flags;
    return {
      turnId: turn.turnId,
      level,
      category: (flags[0] as (typeof flags)[number]).category,
      priority: priorityFor(level),
      ruleIds: flags.map((f) => f.ruleId),
    };
  }

  private async store(context: TurnContext, turn: SafetyTurn): Promise<void> {
    const a = turn.assessment;
    const base = {
      turnId: turn.turnId,
      conversationId: context.activity.conversation.id,
      userId: this.deps.userIdFor ? this.deps.userIdFor(context) : context.activity.from.id,
      channel: context.activity.channelId,
      at: this.deps.now ? this.deps.now() : new Date(),
    };
    const rows: NewRiskFlag[] = a.flags.map((f) => ({ ...base, ruleId: f.ruleId, category: f.category, level: f.level, thirdParty: f.thirdParty }));
    if (a.illegalRequest) {
      rows.push({ ...base, ruleId: a.illegalRequest.ruleId, category: 'illegal_request', level: 'possible', thirdParty: false });
    }
    for (const row of rows) await this.deps.flags.record(row);
  }
}
