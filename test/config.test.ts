import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config';

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
  ])('rejects %j with one line naming the variable', (env, pattern) => {
    const message = fails(env as Record<string, string>);
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
