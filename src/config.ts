import fs from 'node:fs';
import path from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { z } from 'zod';
import type { HandoffSettings } from './handoff';
import { isTimeZone, OfficeHoursError, parseOfficeHours } from './handoff/office-hours';

/**
 * The one configuration schema. Every setting the service reads is here, parsed once at start-up from the
 * environment (plus an optional `.env` file, which never overrides a real environment variable).
 * Names are an interface (README, deploy scripts, operators): keep them, add new ones in the same style.
 */

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalText = z.preprocess(emptyToUndefined, z.string().trim().optional());
const port = z.coerce.number({ message: 'expected a port number' }).int('expected a whole number').min(1, 'expected 1-65535').max(65535, 'expected 1-65535');
const url = z.preprocess(emptyToUndefined, z.url({ protocol: /^https?$/, message: 'expected an http(s) URL' }));
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

export const configSchema = z.object({
  PORT: port.default(3978),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  STORAGE: z.enum(['sqlite', 'cosmos'], { message: 'expected sqlite or cosmos' }).default('sqlite'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'expected one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  /** Public base URL of this service (for links and webhook set-up). */
  PUBLIC_URL: url.optional(),

  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: z.preprocess(
    emptyToUndefined,
    z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], { message: 'expected MultiTenant, SingleTenant or UserAssignedMSI' }).optional(),
  ),
  MicrosoftAppTenantId: optionalText,

  MESSENGER_VERIFY_TOKEN: optionalText,
  MESSENGER_APP_SECRET: optionalText,
  MESSENGER_PAGE_ACCESS_TOKEN: optionalText,
  MESSENGER_GRAPH_URL: url.default('https://graph.facebook.com'),
  MESSENGER_GRAPH_VERSION: z.string().regex(/^v\d+\.\d+$/, 'expected a Graph API version like v23.0').default('v23.0'),

  ZALO_APP_ID: optionalText,
  ZALO_APP_SECRET: optionalText,
  ZALO_OA_SECRET_KEY: optionalText,
  ZALO_REFRESH_TOKEN: optionalText,
  ZALO_API_URL: url.default('https://openapi.zalo.me'),
  ZALO_OAUTH_URL: url.default('https://oauth.zaloapp.com'),

  COSMOS_ENDPOINT: url.optional(),
  COSMOS_KEY: optionalText,
  COSMOS_DATABASE: z.string().min(1).default('bandonghanh'),

  /** Secret that signs web-chat session tokens; generated and kept in DATA_DIR when not set. */
  WEB_SESSION_SECRET: z.preprocess(emptyToUndefined, z.string().min(32, 'expected at least 32 characters').optional()),
  /** Origins allowed to embed the web widget (comma-separated), or * for any. */
  WEB_ALLOWED_ORIGINS: z.string().default('*'),

  /** Organisation profile shown in answers; unset values are simply not shown (never invented). */
  ORG_UNIT: optionalText,
  ORG_PHONE: optionalText,
  ORG_EMAIL: optionalText,
  ORG_ADDRESS: optionalText,
  ORG_OFFICE_HOURS: optionalText,

  /** Logs message text at debug level only when true (never in production). */
  LOG_SENSITIVE: bool.default(false),

  /** Counselors' working hours (handoff): `24/7` or `Mon-Fri 07:30-11:30,13:30-17:00; Sat 07:30-11:30`. */
  OFFICE_HOURS: z
    .string()
    .default('Mon-Fri 07:30-17:00')
    .superRefine((v, ctx) => {
      try {
        parseOfficeHours(v);
      } catch (err) {
        if (!(err instanceof OfficeHoursError)) throw err;
        ctx.addIssue({ code: 'custom', message: `expected days and times like "Mon-Fri 07:30-17:00; Sat 07:30-11:30" or 24/7: ${err.message}` });
      }
    }),
  OFFICE_TIMEZONE: z.string().default('Asia/Ho_Chi_Minh').refine(isTimeZone, 'expected an IANA time zone like Asia/Ho_Chi_Minh'),
  /** A critical handoff nobody claimed within this many minutes alerts again and turns red. */
  CRITICAL_ALERT_AFTER_MINUTES: z.coerce.number({ message: 'expected a number of minutes' }).int('expected whole minutes').min(1, 'expected 1-1440').max(1440, 'expected 1-1440').default(5),
  /** Off-console alerts: a webhook that receives `{ text, alert }` JSON… */
  ALERT_WEBHOOK_URL: url.optional(),
  /** …and/or e-mail through this server: smtp://user:pass@host:587 (STARTTLS) or smtps://…:465. */
  SMTP_URL: z.preprocess(emptyToUndefined, z.url({ protocol: /^smtps?$/, message: 'expected smtp://… or smtps://…' }).optional()),
  ALERT_EMAIL_FROM: z.preprocess(emptyToUndefined, z.email({ message: 'expected an e-mail address' }).optional()),
  ALERT_EMAIL_TO: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .transform((v) => v.split(',').map((x) => x.trim()).filter(Boolean))
      .refine((list) => list.length > 0 && list.every((x) => z.email().safeParse(x).success), 'expected comma-separated e-mail addresses')
      .optional(),
  ),
  /** Days transcripts and handoff threads are kept: ordinary chats, and safety cases (longer). */
  RETENTION_ORDINARY_DAYS: z.coerce.number({ message: 'expected a number of days' }).int('expected whole days').min(1, 'expected at least 1').default(90),
  RETENTION_SAFETY_DAYS: z.coerce.number({ message: 'expected a number of days' }).int('expected whole days').min(1, 'expected at least 1').default(365),

  /** YAML list of the province's communes/wards for the survey profile; without it the question is skipped. */
  LOCALITIES_FILE: optionalText,
  /** YAML list of local training programmes shown with survey results; without it none are shown. */
  LOCAL_PROGRAMMES_FILE: optionalText,
  /** Months survey results, profiles and consent records are kept (the privacy notice quotes it). */
  SURVEY_RETENTION_MONTHS: z.coerce.number({ message: 'expected a number of months' }).int('expected whole months').min(1, 'expected 1-120').max(120, 'expected 1-120').default(12),
});

export type RawConfig = z.infer<typeof configSchema>;

export interface Config extends RawConfig {
  /** Absolute data folder. */
  dataDir: string;
  channels: { messenger: boolean; zalo: boolean; botFrameworkAuth: boolean };
}

/** A configuration problem: one line naming the variable and what it expects. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const GROUPS: Record<string, string[]> = {
  Messenger: ['MESSENGER_VERIFY_TOKEN', 'MESSENGER_APP_SECRET', 'MESSENGER_PAGE_ACCESS_TOKEN'],
  Zalo: ['ZALO_APP_ID', 'ZALO_APP_SECRET', 'ZALO_OA_SECRET_KEY'],
};

function groupEnabled(raw: RawConfig, group: string): boolean {
  const names = GROUPS[group] ?? [];
  const set = names.filter((n) => raw[n as keyof RawConfig] !== undefined);
  if (set.length > 0 && set.length < names.length) {
    const missing = names.filter((n) => !set.includes(n));
    throw new ConfigError(
      `${missing.join(', ')}: expected to be set because ${set.join(', ')} ${set.length > 1 ? 'are' : 'is'} set (${group} needs all of ${names.join(', ')}, or none to stay disabled)`,
    );
  }
  return set.length === names.length;
}

/** Reads `.env` (if present) under the environment: real environment variables win. */
export function readEnvFile(file: string): Record<string, string> {
  if (!fs.existsSync(file)) return {};
  return parseDotenv(fs.readFileSync(file));
}

/**
 * Parses and checks the configuration. Throws a `ConfigError` whose message is one line per wrong variable:
 * `PORT: expected a port number (got "abc")`.
 */
export function loadConfig(env: Record<string, string | undefined>, cwd = process.cwd()): Readonly<Config> {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const name = issue.path.join('.');
      const got = env[name];
      const shown = got === undefined ? 'missing' : `got ${JSON.stringify(got.length > 40 ? got.slice(0, 40) + '…' : got)}`;
      return `${name}: ${issue.message} (${shown})`;
    });
    throw new ConfigError(lines.join('\n'));
  }
  const raw = result.data;
  if (raw.MicrosoftAppId && !raw.MicrosoftAppPassword && raw.MicrosoftAppType !== 'UserAssignedMSI') {
    throw new ConfigError('MicrosoftAppPassword: expected to be set because MicrosoftAppId is set (or set MicrosoftAppType=UserAssignedMSI)');
  }
  if (raw.MicrosoftAppType === 'SingleTenant' && !raw.MicrosoftAppTenantId) {
    throw new ConfigError('MicrosoftAppTenantId: expected a tenant id because MicrosoftAppType is SingleTenant');
  }
  if (raw.SMTP_URL && (!raw.ALERT_EMAIL_FROM || !raw.ALERT_EMAIL_TO)) {
    throw new ConfigError('ALERT_EMAIL_FROM, ALERT_EMAIL_TO: expected to be set because SMTP_URL is set');
  }
  if (raw.RETENTION_SAFETY_DAYS < raw.RETENTION_ORDINARY_DAYS) {
    throw new ConfigError('RETENTION_SAFETY_DAYS: expected at least RETENTION_ORDINARY_DAYS (safety cases are kept longer)');
  }
  if (raw.STORAGE === 'cosmos' && !raw.COSMOS_ENDPOINT) {
    throw new ConfigError('COSMOS_ENDPOINT: expected the Cosmos DB account URL because STORAGE is cosmos');
  }
  const config: Config = {
    ...raw,
    dataDir: path.resolve(cwd, raw.DATA_DIR),
    channels: {
      messenger: groupEnabled(raw, 'Messenger'),
      zalo: groupEnabled(raw, 'Zalo'),
      botFrameworkAuth: Boolean(raw.MicrosoftAppId),
    },
  };
  return Object.freeze(config);
}

/** The start-up path: `.env` below the real environment, then `loadConfig`. */
export function loadConfigFromProcess(): Readonly<Config> {
  const fileValues = readEnvFile(path.resolve(process.cwd(), '.env'));
  const known = new Set(Object.keys(configSchema.shape));
  const unknown = Object.keys(fileValues).filter((k) => !known.has(k));
  if (unknown.length > 0) {
    throw new ConfigError(`${unknown.join(', ')}: unknown setting in .env (expected one of the settings listed in README.md)`);
  }
  return loadConfig({ ...fileValues, ...process.env });
}

/** The organisation profile shown in answers (ORG_*); unset fields stay unset and are never invented. */
export function orgProfile(config: Readonly<Config>): { unit?: string; phone?: string; email?: string; address?: string; officeHours?: string } {
  const entries = {
    unit: config.ORG_UNIT,
    phone: config.ORG_PHONE,
    email: config.ORG_EMAIL,
    address: config.ORG_ADDRESS,
    officeHours: config.ORG_OFFICE_HOURS,
  };
  return Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined));
}

/** The handoff's settings (office hours, alerts, retention) from the configuration. */
export function handoffSettings(config: Readonly<Config>): HandoffSettings {
  return {
    officeHours: config.OFFICE_HOURS,
    timeZone: config.OFFICE_TIMEZONE,
    criticalAfterMinutes: config.CRITICAL_ALERT_AFTER_MINUTES,
    retentionOrdinaryDays: config.RETENTION_ORDINARY_DAYS,
    retentionSafetyDays: config.RETENTION_SAFETY_DAYS,
    ...(config.PUBLIC_URL ? { publicUrl: config.PUBLIC_URL } : {}),
    ...(config.ALERT_WEBHOOK_URL ? { alertWebhookUrl: config.ALERT_WEBHOOK_URL } : {}),
    ...(config.SMTP_URL ? { smtpUrl: config.SMTP_URL } : {}),
    ...(config.ALERT_EMAIL_FROM ? { alertEmailFrom: config.ALERT_EMAIL_FROM } : {}),
    ...(config.ALERT_EMAIL_TO ? { alertEmailTo: config.ALERT_EMAIL_TO } : {}),
  };
}

/** The survey's settings from configuration (files are read and checked by loadSurveySettings at start-up). */
export function surveySettingsInput(config: Readonly<Config>): { localitiesFile?: string; localProgrammesFile?: string; retentionMonths: number } {
  return {
    ...(config.LOCALITIES_FILE ? { localitiesFile: path.resolve(config.LOCALITIES_FILE) } : {}),
    ...(config.LOCAL_PROGRAMMES_FILE ? { localProgrammesFile: path.resolve(config.LOCAL_PROGRAMMES_FILE) } : {}),
    retentionMonths: config.SURVEY_RETENTION_MONTHS,
  };
}
