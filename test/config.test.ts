import { describe, expect, it } from 'vitest';
import { ConfigError, handoffSettings, loadConfig } from '../src/config';

const fails = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.message;
    throw err;
  }
  throw new Error('expected a ConfigError');
};

describe('configuration', () => {
  it('defaults to the embedded mode', () => {
    const c = loadConfig({}, '/srv/app');
    expect(c.PORT).toBe(3978);
    expect(c.STORAGE).toBe('sqlite');
    expect(c.LOG_LEVEL).toBe('info');
    expect(c.dataDir).toBe('/srv/app/data');
    expect(c.channels).toEqual({ messenger: false, zalo: false, botFrameworkAuth: false });
    expect(Object.isFrozen(c)).toBe(true);
  });

  it.each([
    [{ PORT: 'abc' }, /^PORT: expected a port number \(got "abc"\)$/],
    [{ PORT: '70000' }, /^PORT: expected 1-65535/],
    [{ STORAGE: 'mongo' }, /^STORAGE: expected sqlite or cosmos \(got "mongo"\)$/],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL: expected one of fatal, error, warn, info/],
    [{ MESSENGER_GRAPH_URL: 'ftp://x' }, /^MESSENGER_GRAPH_URL: expected an http\(s\) URL/],
    [{ MESSENGER_GRAPH_VERSION: '23' }, /^MESSENGER_GRAPH_VERSION: expected a Graph API version like v23.0/],
    [{ WEB_SESSION_SECRET: 'short' }, /^WEB_SESSION_SECRET: expected at least 32 characters/],
    [{ LOG_SENSITIVE: 'maybe' }, /^LOG_SENSITIVE: expected true or false/],
    [{ SURVEY_RETENTION_MONTHS: '0' }, /^SURVEY_RETENTION_MONTHS: expected 1-120/],
    [{ SURVEY_RETENTION_MONTHS: 'a year' }, /^SURVEY_RETENTION_MONTHS: expected a number of months/],
  ])('rejects %j with one line naming the variable', (env, pattern) => {
    const message = fails(env);
    expect(message).toMatch(pattern);
    expect(message.split('\n')).toHaveLength(1);
  });

  it('names every wrong variable, one line each', () => {
    expect(fails({ PORT: 'x', STORAGE: 'y' }).split('\n').map((l) => l.split(':')[0])).toEqual(['PORT', 'STORAGE']);
  });

  it('a channel with only some of its secrets stops start-up', () => {
    expect(fails({ MESSENGER_APP_SECRET: 's' })).toMatch(/^MESSENGER_VERIFY_TOKEN, MESSENGER_PAGE_ACCESS_TOKEN: expected to be set/);
    expect(fails({ ZALO_APP_ID: '1', ZALO_APP_SECRET: 's' })).toMatch(/^ZALO_OA_SECRET_KEY: expected to be set/);
  });

  it('a channel with all its secrets is enabled', () => {
    const c = loadConfig({ MESSENGER_VERIFY_TOKEN: 'v', MESSENGER_APP_SECRET: 's', MESSENGER_PAGE_ACCESS_TOKEN: 't' });
    expect(c.channels.messenger).toBe(true);
    expect(c.channels.zalo).toBe(false);
  });

  it('Bot Framework authentication needs the password with the app id', () => {
    expect(fails({ MicrosoftAppId: 'id' })).toMatch(/^MicrosoftAppPassword: /);
    expect(fails({ MicrosoftAppId: 'id', MicrosoftAppPassword: 'p', MicrosoftAppType: 'SingleTenant' })).toMatch(/^MicrosoftAppTenantId: /);
    expect(loadConfig({ MicrosoftAppId: 'id', MicrosoftAppPassword: 'p' }).channels.botFrameworkAuth).toBe(true);
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ MicrosoftAppId: '', MESSENGER_APP_SECRET: '  ' }).channels).toEqual({ messenger: false, zalo: false, botFrameworkAuth: false });
  });

  it('cosmos storage needs an endpoint', () => {
    expect(fails({ STORAGE: 'cosmos' })).toMatch(/^COSMOS_ENDPOINT: /);
  });
});

describe('handoff settings', () => {
  it('have defaults: weekday office hours in Hanoi, a 5-minute critical alert, 90/365-day retention, no off-console alerts', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      OFFICE_HOURS: 'Mon-Fri 07:30-17:00',
      OFFICE_TIMEZONE: 'Asia/Ho_Chi_Minh',
      CRITICAL_ALERT_AFTER_MINUTES: 5,
      RETENTION_ORDINARY_DAYS: 90,
      RETENTION_SAFETY_DAYS: 365,
    });
    expect(c.ALERT_WEBHOOK_URL).toBeUndefined();
    expect(c.SMTP_URL).toBeUndefined();
    expect(handoffSettings(c)).toEqual({ officeHours: 'Mon-Fri 07:30-17:00', timeZone: 'Asia/Ho_Chi_Minh', criticalAfterMinutes: 5, retentionOrdinaryDays: 90, retentionSafetyDays: 365 });
  });

  it('reads the alert channels and passes them on', () => {
    const c = loadConfig({
      OFFICE_HOURS: '24/7',
      ALERT_WEBHOOK_URL: 'https://hooks.example.org/bdh',
      SMTP_URL: 'smtps://alerts:pw@mail.example.org',
      ALERT_EMAIL_FROM: 'bot@doan.example.org',
      ALERT_EMAIL_TO: 'tvv1@doan.example.org, tvv2@doan.example.org',
      CRITICAL_ALERT_AFTER_MINUTES: '3',
    });
    expect(handoffSettings(c)).toMatchObject({
      officeHours: '24/7',
      criticalAfterMinutes: 3,
      alertWebhookUrl: 'https://hooks.example.org/bdh',
      smtpUrl: 'smtps://alerts:pw@mail.example.org',
      alertEmailTo: ['tvv1@doan.example.org', 'tvv2@doan.example.org'],
    });
  });

  it.each([
    [{ OFFICE_HOURS: 'weekdays 9-5' }, /^OFFICE_HOURS: expected days and times like/],
    [{ OFFICE_TIMEZONE: 'Mars/Olympus' }, /^OFFICE_TIMEZONE: expected an IANA time zone/],
    [{ CRITICAL_ALERT_AFTER_MINUTES: '0' }, /^CRITICAL_ALERT_AFTER_MINUTES: expected 1-1440/],
    [{ ALERT_WEBHOOK_URL: 'ftp://x' }, /^ALERT_WEBHOOK_URL: expected an http\(s\) URL/],
    [{ SMTP_URL: 'http://mail' }, /^SMTP_URL: expected smtp:\/\/… or smtps:\/\/…/],
    [{ ALERT_EMAIL_TO: 'not-an-address' }, /^ALERT_EMAIL_TO: expected comma-separated e-mail addresses/],
    [{ RETENTION_ORDINARY_DAYS: 'x' }, /^RETENTION_ORDINARY_DAYS: expected a number of days/],
    [{ SMTP_URL: 'smtp://mail.example.org' }, /^ALERT_EMAIL_FROM, ALERT_EMAIL_TO: expected to be set because SMTP_URL is set/],
    [{ RETENTION_ORDINARY_DAYS: '400' }, /^RETENTION_SAFETY_DAYS: expected at least RETENTION_ORDINARY_DAYS/],
  ])('rejects %j with one line naming the variable', (env, pattern) => {
    const message = fails(env);
    expect(message).toMatch(pattern);
    expect(message.split('\n')).toHaveLength(1);
  });
});
