import type { TurnContext } from 'botbuilder';
import type { i18n as I18n } from 'i18next';
import type { Console } from '../console';
import type { Logger } from '../logger';
import type { RiskLevel } from '../safety/types';
import type { Stores } from '../storage';
import { Alerts } from './alerts';
import { loadCannedReplies, type CannedFile } from './canned';
import { registerHandoffConsole } from './console-routes';
import type { HandoffCore } from './core';
import { Desk } from './desk';
import { HandoffHub } from './events';
import { HandoffGate } from './gate';
import { channelPurges, localityFrom, riskLevelFrom, type HookStores } from './hooks';
import { Intake } from './intake';
import type { Notifier } from './notifiers/notifier';
import { parseSmtpUrl, SmtpNotifier } from './notifiers/smtp';
import { WebhookNotifier } from './notifiers/webhook';
import { OfficeHours } from './office-hours';
import { ChannelRelay } from './relay';
import { RetentionJob, type ExtraPurge } from './retention';
import { AccountNames } from './views';

export { HandoffGate } from './gate';
export { Intake, type IntakeRequest } from './intake';
export { Desk, DeskError, type ConversationView } from './desk';
export { ChannelRelay, RelayError, type RelayTarget, type RelayAdapter, type SendOutcome } from './relay';
export { HandoffHub, type TicketSummary, type ThreadItem, type QueueEvent, type ConversationEvent, type ConsoleAlert } from './events';
export { Alerts, HIGH_PRIORITY, CRITICAL_PRIORITY, isOverdue } from './alerts';
export { OfficeHours, OfficeHoursError, parseOfficeHours, isTimeZone } from './office-hours';
export { RetentionJob, type ExtraPurge, type RetentionReport } from './retention';
export { WebhookNotifier } from './notifiers/webhook';
export { SmtpNotifier, parseSmtpUrl } from './notifiers/smtp';
export type { Notifier, OffConsoleAlert } from './notifiers/notifier';
export { ownershipOf, transition, maySend, type Ownership } from './ownership';
export { OUTCOMES, type Outcome } from './outcomes';
export { HANDOFF_ROLES, HANDOFF_API } from './console-routes';

/** The handoff's settings (from src/config.ts: OFFICE_HOURS, CRITICAL_ALERT_AFTER_MINUTES, RETENTION_*, alerts). */
export interface HandoffSettings {
  officeHours: string;
  timeZone: string;
  criticalAfterMinutes: number;
  retentionOrdinaryDays: number;
  retentionSafetyDays: number;
  publicUrl?: string;
  alertWebhookUrl?: string;
  smtpUrl?: string;
  alertEmailFrom?: string;
  alertEmailTo?: string[];
}

export const DEFAULT_HANDOFF_SETTINGS: HandoffSettings = {
  officeHours: 'Mon-Fri 07:30-17:00',
  timeZone: 'Asia/Ho_Chi_Minh',
  criticalAfterMinutes: 5,
  retentionOrdinaryDays: 90,
  retentionSafetyDays: 365,
};

/** The off-console notifiers the settings ask for (webhook, e-mail, both or none). */
export function notifiersFrom(s: HandoffSettings): Notifier[] {
  const out: Notifier[] = [];
  if (s.alertWebhookUrl) out.push(new WebhookNotifier(s.alertWebhookUrl));
  if (s.smtpUrl && s.alertEmailFrom && s.alertEmailTo?.length) out.push(new SmtpNotifier(parseSmtpUrl(s.smtpUrl), s.alertEmailFrom, s.alertEmailTo));
  return out;
}

export interface HandoffDeps {
  /** The stores the handoff needs; with riskFlags, consents + surveyProfiles and channels it also derives the hooks below. */
  stores: Pick<Stores, 'tickets' | 'transcripts' | 'consoleAccounts' | 'audit'> & Partial<Pick<Stores, 'events'>> & HookStores;
  i18n: I18n;
  logger: Logger;
  now: () => Date;
  settings?: Partial<HandoffSettings>;
  /** Replaces the notifiers built from the settings (tests). */
  notifiers?: Notifier[];
  locality?: (userId: string) => Promise<string | undefined>;
  riskLevelOf?: (conversationId: string) => Promise<RiskLevel | undefined>;
  resetDialogs?: (context: TurnContext) => Promise<void>;
  canned?: CannedFile;
  /** More data to expire on the retention schedule (channel failures, sessions…). */
  extraPurges?: ExtraPurge[];
}

/** The assembled handoff: what the bot, the server and the console use. */
export interface Handoff {
  core: HandoffCore;
  intake: Intake;
  desk: Desk;
  relay: ChannelRelay;
  hub: HandoffHub;
  gate: HandoffGate;
  alerts: Alerts;
  retention: RetentionJob;
  settings: HandoffSettings;
  /** Adds the queue's routes to the console (createHttpApp's `consoleFeatures`). */
  consoleFeature: (console: Console) => void;
  /** Starts the overdue-alert and retention schedules. */
  start(): void;
  /** Stops the schedules and ends the console streams (before the HTTP server closes). */
  stop(): Promise<void>;
}

export function createHandoff(deps: HandoffDeps): Handoff {
  const settings: HandoffSettings = { ...DEFAULT_HANDOFF_SETTINGS, ...deps.settings };
  const logger = deps.logger.child({ module: 'handoff' });
  const hub = new HandoffHub(deps.stores.events, (err) => logger.error({ err: { name: err instanceof Error ? err.name : 'error', message: err instanceof Error ? err.message : '' } }, 'handoff: event not published'));
  const relay = new ChannelRelay();
  const criticalAfterMs = settings.criticalAfterMinutes * 60_000;
  const alerts = new Alerts({
    tickets: deps.stores.tickets,
    hub,
    notifiers: deps.notifiers ?? notifiersFrom(settings),
    logger,
    now: deps.now,
    criticalAfterMs,
    ...(settings.publicUrl ? { publicUrl: settings.publicUrl } : {}),
  });
  const core: HandoffCore = {
    tickets: deps.stores.tickets,
    transcripts: deps.stores.transcripts,
    accounts: deps.stores.consoleAccounts,
    audit: deps.stores.audit,
    hub,
    relay,
    alerts,
    names: new AccountNames(deps.stores.consoleAccounts),
    hours: new OfficeHours(settings.officeHours, settings.timeZone),
    i18n: deps.i18n,
    logger,
    now: deps.now,
    criticalAfterMs,
    ...(deps.resetDialogs ? { resetDialogs: deps.resetDialogs } : {}),
  };
  const riskLevelOf = deps.riskLevelOf ?? riskLevelFrom(deps.stores, deps.now);
  const locality = deps.locality ?? localityFrom(deps.stores);
  if (riskLevelOf) core.riskLevelOf = riskLevelOf;
  if (locality) core.locality = locality;
  const intake = new Intake(core);
  const desk = new Desk(core);
  const retention = new RetentionJob({
    transcripts: deps.stores.transcripts,
    tickets: deps.stores.tickets,
    ordinaryDays: settings.retentionOrdinaryDays,
    safetyDays: settings.retentionSafetyDays,
    now: deps.now,
    logger,
    extra: [...channelPurges(deps.stores), ...(deps.extraPurges ?? [])],
  });
  const canned = deps.canned ?? loadCannedReplies();
  return {
    core,
    intake,
    desk,
    relay,
    hub,
    gate: new HandoffGate(intake, logger),
    alerts,
    retention,
    settings,
    consoleFeature: (console) => registerHandoffConsole(console, { core, desk, accounts: deps.stores.consoleAccounts, canned }),
    start() {
      hub.start();
      alerts.start();
      retention.start();
    },
    async stop() {
      hub.endAll();
      await alerts.stop();
      await retention.stop();
    },
  };
}
