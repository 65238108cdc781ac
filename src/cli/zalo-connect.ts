/**
 * `npm run zalo:connect` — connects the Zalo OA the first time (stores the first token pair). Later pairs
 * come from automatic refreshes; run this again only if the refresh token dies (unused for 3 months, or
 * the OA admin revoked the app).
 *
 *   start --redirect-uri https://<host>/webhooks/zalo/oauth/callback
 *       prints the consent link (PKCE; valid 30 minutes). The OA admin opens it; the server's callback
 *       route stores the pair. The redirect URI must be registered in the Zalo app settings.
 *   code --code <authorization code> [--state <state from start>]
 *       exchanges a code by hand (when the callback could not be reached) and stores the pair.
 *   refresh-token --token <refresh token>
 *       stores a pair obtained from a refresh token (e.g. copied from Zalo's API Explorer).
 *   status
 *       says whether a pair is stored and when the access token expires (never prints tokens).
 *
 * Usage: tsx src/cli/zalo-connect.ts <command> [options]
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { ChannelTokenStore } from '../storage/ports/channel-tokens';
import { pkcePair, ZaloOAuthClient } from '../channels/zalo/api';
import { pairFrom, ZALO_TOKEN_KEY } from '../channels/zalo/tokens';
import type { ZaloSettings } from '../channels/zalo';

export const OAUTH_STATE_TTL_MS = 30 * 60 * 1000;

export interface ZaloConnectDeps {
  settings: Pick<ZaloSettings, 'appId' | 'appSecret' | 'oauthUrl'>;
  tokens: ChannelTokenStore;
  clock: () => number;
  print: (line: string) => void;
}

const USAGE = 'usage: zalo:connect start --redirect-uri <url> | code --code <code> [--state <s>] | refresh-token --token <t> | status';

/** Runs one zalo:connect command; returns the exit code. */
export async function zaloConnect(argv: string[], d: ZaloConnectDeps): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'redirect-uri': { type: 'string' }, code: { type: 'string' }, state: { type: 'string' }, token: { type: 'string' } },
  });
  const oauth = new ZaloOAuthClient(d.settings);
  const now = d.clock();
  switch (positionals[0]) {
    case 'start': {
      const redirect = values['redirect-uri'];
      if (!redirect) break;
      const state = randomBytes(16).toString('hex');
      const { verifier, challenge } = pkcePair();
      await d.tokens.saveOAuthState(state, verifier, now + OAUTH_STATE_TTL_MS);
      d.print(`Open this link as the OA admin within 30 minutes:\n${oauth.permissionUrl(redirect, state, challenge)}`);
      d.print(`state: ${state}`);
      return 0;
    }
    case 'code': {
      if (!values.code) break;
      const verifier = values.state ? await d.tokens.takeOAuthState(values.state, now) : undefined;
      if (values.state && verifier === undefined) {
        d.print('That state is unknown or expired: run `start` again.');
        return 1;
      }
      await d.tokens.save(ZALO_TOKEN_KEY, pairFrom(await oauth.exchangeCode(values.code, verifier), d.clock()));
      d.print('Zalo OA connected: token pair stored.');
      return 0;
    }
    case 'refresh-token': {
      if (!values.token) break;
      await d.tokens.save(ZALO_TOKEN_KEY, pairFrom(await oauth.refresh(values.token), d.clock()));
      d.print('Zalo OA connected: token pair stored (the refresh token you gave is now used up).');
      return 0;
    }
    case 'status': {
      const pair = await d.tokens.get(ZALO_TOKEN_KEY);
      d.print(pair ? `Connected. Access token expires ${new Date(pair.expiresAt).toISOString()}.` : 'Not connected.');
      return pair ? 0 : 1;
    }
    default:
      break;
  }
  d.print(USAGE);
  return 64;
}

async function main(argv: string[]): Promise<number> {
  const { loadConfigFromProcess } = await import('../config');
  const { zaloSettingsFrom } = await import('../channels/shared/settings');
  const { openConfiguredStores } = await import('../storage');
  const config = loadConfigFromProcess();
  const settings = zaloSettingsFrom(config);
  if (!settings) {
    console.error('Zalo is not configured: set ZALO_APP_ID, ZALO_APP_SECRET and ZALO_OA_SECRET_KEY.');
    return 78;
  }
  // The configured storage (SQLite or Cosmos DB), where the running service reads the token pair.
  const stores = await openConfiguredStores(config);
  try {
    return await zaloConnect(argv, { settings, tokens: stores.channels.tokens, clock: Date.now, print: (l) => console.log(l) });
  } finally {
    await stores.close();
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(`zalo:connect failed: ${err instanceof Error ? err.message : String(err)}`);
      process.exitCode = 1;
    },
  );
}
